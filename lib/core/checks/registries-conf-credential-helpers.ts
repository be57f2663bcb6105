// `credential-helpers` in registries.conf: containers/image (pkg/docker/config/config.go) treats
// "containers-auth.json" as its own auth files and runs `docker-credential-<name>` for every other
// entry, so a name must be what follows that prefix.
import { HELPER_PREFIX, helperNameProblem } from "../credentials.js";
import { AuthenticationFileHelper } from "../daemon/registries-conf.js";
import type { RegistriesConfDocument } from "../document.js";
import { editDistance } from "../fields.js";
import type { Finding } from "../finding.js";
import { replaceTomlString, tomlString } from "../toml.js";
import type { AST } from "toml-eslint-parser";

export type RegistriesConfHelperMessageIds = "helperPrefix" | "helperPath" | "helperWhitespace" | "emptyHelper" | "authFileTypo" | "useName";

type Out = Finding<RegistriesConfHelperMessageIds>;

export function registriesConfHelperFindings(doc: RegistriesConfDocument): Out[] {
  const findings: Out[] = [];
  for (const a of doc.model.assignments) {
    if (a.path.length !== 2 || a.path[0] !== "credential-helpers") continue;
    const value = tomlString(a.value);
    if (value === null || value === AuthenticationFileHelper) continue;
    const node = a.value as AST.TOMLStringValue;
    const data = { value, program: HELPER_PREFIX + value };
    if (value.length >= 8 && editDistance(value.toLowerCase(), AuthenticationFileHelper, 3) <= 3) {
      const name = AuthenticationFileHelper;
      findings.push({ messageId: "authFileTypo", range: node.range, data, suggestions: [{ messageId: "useName", data: { name }, fix: [replaceTomlString(doc.text, node, name)] }] });
      continue;
    }
    const problem = helperNameProblem(value);
    if (problem === null) continue;
    if (problem.kind === "empty") {
      findings.push({ messageId: "emptyHelper", range: node.range });
      continue;
    }
    const messageId = problem.kind === "prefix" ? "helperPrefix" : problem.kind === "path" ? "helperPath" : "helperWhitespace";
    const { name } = problem;
    if (name === null) {
      findings.push({ messageId, range: node.range, data });
      continue;
    }
    const rename = [replaceTomlString(doc.text, node, name)];
    // Stripping the prefix is certain; a path or stray spaces may hide another mistake.
    findings.push(
      problem.kind === "prefix"
        ? { messageId, range: node.range, data, fix: rename }
        : { messageId, range: node.range, data, suggestions: [{ messageId: "useName", data: { name }, fix: rename }] },
    );
  }
  return findings;
}
