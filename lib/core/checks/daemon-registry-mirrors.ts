// `registry-mirrors` entries as dockerd validates them (moby daemon/pkg/registry/config.go
// ValidateMirror: at start, and in `dockerd --validate` since v29.0) and uses them: for Docker Hub
// only (loadMirrors puts them on IndexConfigs["docker.io"]).
import type { AST } from "jsonc-eslint-parser";
import { mirrorMeantFor, mirrorProblem } from "../daemon/dockerd.js";
import type { DaemonDocument } from "../document.js";
import type { Finding } from "../finding.js";
import { stringValue } from "../model.js";
import { displayKey } from "../registry.js";

export type DaemonMirrorMessageIds =
  | "noScheme"
  | "unsupportedScheme"
  | "userinfo"
  | "queryOrFragment"
  | "invalidUri"
  | "hubOnly"
  | "addHttps"
  | "addHttp"
  | "removeUserinfo";

type Out = Finding<DaemonMirrorMessageIds>;

/** A string element written without escapes: its inner text is its value, offsets map one to one. */
function plain(node: AST.JSONNode): boolean {
  return node.type === "JSONLiteral" && typeof node.value === "string" && node.raw.slice(1, -1) === node.value;
}

export function daemonMirrorFindings(doc: DaemonDocument): Out[] {
  const findings: Out[] = [];
  for (const { property, key } of doc.model.top) {
    if (key !== "registry-mirrors" || property.value.type !== "JSONArrayExpression") continue;
    for (const element of property.value.elements) {
      if (element === null) continue;
      const mirror = stringValue(element);
      if (mirror === null) continue; // a wrong type is daemon-strict-json's
      const range = element.range;
      const shown = displayKey(mirror);
      const inner = element.range[0] + 1;
      const problem = mirrorProblem(mirror);
      if (problem === null) {
        const registry = mirrorMeantFor(mirror);
        if (registry !== null) findings.push({ messageId: "hubOnly", range, data: { mirror: shown, registry } });
        continue;
      }
      switch (problem.kind) {
        case "noScheme": {
          // Which scheme the mirror speaks is the user's to say: suggestions, not a fix.
          const at = { range: [inner, inner] as const, text: "" };
          findings.push({
            messageId: "noScheme",
            range,
            data: { mirror: shown },
            ...(plain(element) && !mirror.includes("@") && mirror !== ""
              ? {
                  suggestions: [
                    { messageId: "addHttps" as const, data: { mirror: shown }, fix: [{ ...at, text: "https://" }] },
                    { messageId: "addHttp" as const, data: { mirror: shown }, fix: [{ ...at, text: "http://" }] },
                  ],
                }
              : {}),
          });
          break;
        }
        case "unsupportedScheme":
          findings.push({ messageId: "unsupportedScheme", range, data: { mirror: shown, scheme: problem.scheme } });
          break;
        case "userinfo":
          // Never quote the user info; the removal's text is empty.
          findings.push({
            messageId: "userinfo",
            range,
            data: { mirror: shown },
            ...(plain(element)
              ? { suggestions: [{ messageId: "removeUserinfo" as const, data: { mirror: shown }, fix: [{ range: [inner + problem.start, inner + problem.end] as const, text: "" }] }] }
              : {}),
          });
          break;
        case "queryOrFragment":
          findings.push({ messageId: "queryOrFragment", range, data: { mirror: shown } });
          break;
        case "invalidUri":
          findings.push({ messageId: "invalidUri", range, data: { mirror: shown } });
          break;
      }
    }
  }
  return findings;
}
