// `http://` / `https://` in registries.conf: containers/image parseLocation rejects it in every
// `location`, `prefix`, mirror `location`, `unqualified-search-registries` entry and v1 list
// entry ("invalid location '…': URI schemes are not supported"), and then fails every pull.
import type { AST } from "toml-eslint-parser";
import { locationScheme, registriesConf } from "../daemon/registries-conf.js";
import type { RegistriesConfDocument } from "../document.js";
import { mergedSpanHoldsUserInfo } from "../edits.js";
import type { Edit, Finding, Suggestion } from "../finding.js";
import { type Assignment, eol, lineRange, stringSlice } from "../toml.js";
import type { ConfEndpoint } from "../daemon/registries-conf.js";

export type RegistriesConfSchemeMessageIds = "scheme" | "httpScheme" | "stripScheme" | "stripAndInsecure";

type Out = Finding<RegistriesConfSchemeMessageIds>;

export function registriesConfSchemeFindings(doc: RegistriesConfDocument): Out[] {
  const conf = registriesConf(doc.model);
  const findings: Out[] = [];

  function check(a: Assignment | undefined, where: string, endpoint: ConfEndpoint | null): void {
    if (a === undefined || a.value.type !== "TOMLValue" || a.value.kind !== "string") return;
    const node = a.value as AST.TOMLStringValue;
    const scheme = locationScheme(node.value);
    if (scheme === null) return;
    const cut = stringSlice(doc.text, node, 0, scheme.length + 3);
    const strip: Edit[] = cut === null ? [] : [{ range: cut, text: "" }];
    const data = { where, scheme };
    if (scheme === "https") {
      // The client speaks TLS to it anyway: stripping changes nothing but the error.
      findings.push({ messageId: "scheme", range: node.range, data, ...(strip.length ? { fix: strip } : {}) });
      return;
    }
    // `http://` meant plain HTTP, which containers/image uses only for `insecure = true`.
    const suggestions: Suggestion<RegistriesConfSchemeMessageIds>[] = [];
    if (strip.length) {
      const insecure = endpoint?.field("insecure");
      const kv = a.kv;
      if (endpoint !== null && insecure === undefined && kv !== null && kv.parent.type === "TOMLTable") {
        const line = lineRange(doc.text, kv.range);
        if (line[1] > kv.range[1]) {
          const indent = doc.text.slice(line[0], kv.range[0]);
          const insert = { range: [line[1], line[1]] as const, text: `${indent}insecure = true${eol(doc.text)}` };
          const both = [...strip, insert];
          if (!mergedSpanHoldsUserInfo(doc.text, both)) suggestions.push({ messageId: "stripAndInsecure", data, fix: both });
        }
      }
      suggestions.push({ messageId: "stripScheme", data, fix: strip });
    }
    findings.push({ messageId: "httpScheme", range: node.range, data, ...(suggestions.length ? { suggestions } : {}) });
  }

  for (const registry of conf.registries) {
    check(registry.field("location"), "location", registry);
    check(registry.field("prefix"), "prefix", null);
    for (const mirror of registry.mirrors) check(mirror.field("location"), "mirror location", mirror);
  }
  for (const a of doc.model.assignments) {
    const search = a.path.length === 2 && a.path[0] === "unqualified-search-registries";
    const v1 = a.path.length === 4 && a.path[0] === "registries" && a.path[2] === "registries";
    if (search) check(a, "unqualified-search-registries entry", null);
    else if (v1) check(a, `registries.${String(a.path[1])} entry`, null);
  }
  return findings;
}
