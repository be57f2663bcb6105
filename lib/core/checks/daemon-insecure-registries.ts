// `insecure-registries` entries as dockerd loads them (moby daemon/pkg/registry/config.go
// loadInsecureRegistries): `http://`/`https://` is stripped with a warning, any other scheme stops
// the daemon, and what is left must be a CIDR or a host[:port] (validateHostPort).
import type { AST } from "jsonc-eslint-parser";
import { insecureProblem } from "../daemon/dockerd.js";
import type { DaemonDocument } from "../document.js";
import type { Finding } from "../finding.js";
import { stringValue } from "../model.js";
import { displayKey } from "../registry.js";

export type DaemonInsecureMessageIds = "scheme" | "otherScheme" | "hyphen" | "path" | "invalidHost" | "invalidPort";

type Out = Finding<DaemonInsecureMessageIds>;

function plain(node: AST.JSONNode): boolean {
  return node.type === "JSONLiteral" && typeof node.value === "string" && node.raw.slice(1, -1) === node.value;
}

export function daemonInsecureFindings(doc: DaemonDocument): Out[] {
  const findings: Out[] = [];
  for (const { property, key } of doc.model.top) {
    if (key !== "insecure-registries" || property.value.type !== "JSONArrayExpression") continue;
    for (const element of property.value.elements) {
      if (element === null) continue;
      const entry = stringValue(element);
      if (entry === null) continue;
      const range = element.range;
      let problem = insecureProblem(entry);
      let rest = entry;
      if (problem?.kind === "httpScheme") {
        // dockerd strips it itself, so stripping it here changes nothing it does: an autofix.
        const inner = element.range[0] + 1;
        findings.push({
          messageId: "scheme",
          range,
          data: { entry: displayKey(entry), scheme: problem.scheme },
          ...(plain(element) ? { fix: [{ range: [inner, inner + problem.length] as const, text: "" }] } : {}),
        });
        rest = entry.slice(problem.length);
        problem = insecureProblem(rest);
      }
      if (problem === null || problem.kind === "httpScheme") continue;
      findings.push({ messageId: problem.kind, range, data: { entry: displayKey(rest) } });
    }
  }
  return findings;
}
