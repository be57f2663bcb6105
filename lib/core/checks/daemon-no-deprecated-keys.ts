// Keys docker/cli docs/deprecated.md lists as removed or deprecated: dockerd from the removal on
// refuses them as unknown (moby daemon/config/config.go findConfigurationConflicts), or accepts
// and ignores them (skipValidateOptions: "Deprecated options that are safe to ignore if present").
import { DEPRECATED_KEYS } from "../daemon/dockerd.js";
import type { DaemonDocument } from "../document.js";
import { removeProperty, renameKey } from "../edits.js";
import type { Finding } from "../finding.js";

export type DaemonDeprecatedKeyMessageIds = "removedKey" | "removedKeyWithReplacement" | "ignoredKey" | "renameTo" | "removeKey";

type Out = Finding<DaemonDeprecatedKeyMessageIds>;

export function daemonDeprecatedKeyFindings(doc: DaemonDocument): Out[] {
  const findings: Out[] = [];
  const present = new Set(doc.model.top.map((p) => p.key));
  for (const entry of doc.model.top) {
    const deprecated = DEPRECATED_KEYS[entry.key];
    if (deprecated === undefined) continue;
    const range = entry.property.key.range;
    const remove = { messageId: "removeKey" as const, data: { key: entry.shown }, fix: [removeProperty(doc.ast, entry.property)] };
    if (deprecated.status === "ignored") {
      findings.push({ messageId: "ignoredKey", range, data: { key: entry.shown, version: deprecated.version }, suggestions: [remove] });
      continue;
    }
    const replacement = deprecated.replacement;
    if (replacement === undefined) {
      findings.push({ messageId: "removedKey", range, data: { key: entry.shown, version: deprecated.version }, suggestions: [remove] });
      continue;
    }
    const data = { key: entry.shown, version: deprecated.version, field: replacement };
    // `graph` → `data-root`: the same setting under its current name (since 17.05), so a rename is
    // certainly right unless the file already has the new key.
    findings.push(
      present.has(replacement) || entry.escaped
        ? { messageId: "removedKeyWithReplacement", range, data, suggestions: [remove] }
        : { messageId: "removedKeyWithReplacement", range, data, fix: [renameKey(entry.property, replacement)] },
    );
  }
  return findings;
}
