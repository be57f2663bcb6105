// Keys dockerd refuses (it does not start) and keys it accepts but never reads (silently
// ignored), as moby daemon/config/config.go findConfigurationConflicts and the Config struct judge
// them (facts in ../daemon/dockerd.ts). Removed and deprecated keys are daemon-no-deprecated-keys'.
import type { AST } from "jsonc-eslint-parser";
import { DEPRECATED_KEYS, FLAG_ONLY, FLAT_OPTIONS, isAcceptedKey, READ_KEYS, STRUCT_KEYS } from "../daemon/dockerd.js";
import type { DaemonDocument } from "../document.js";
import { renameKey } from "../edits.js";
import { nearFields } from "../fields.js";
import type { Finding, Suggestion } from "../finding.js";
import { type KeyedProperty, asObject, keyOf } from "../model.js";

export type DaemonUnknownKeyMessageIds =
  | "unknownKey"
  | "nestedUnknownKey"
  | "ignoredObject"
  | "ignoredKey"
  | "flagOnlyKey"
  | "renameTo";

type Out = Finding<DaemonUnknownKeyMessageIds>;

export function daemonUnknownKeyFindings(doc: DaemonDocument): Out[] {
  const findings: Out[] = [];
  const present = new Set(doc.model.top.map((p) => p.key));

  const rename = (entry: KeyedProperty, siblings: ReadonlySet<string>, to: string): Suggestion<DaemonUnknownKeyMessageIds>[] =>
    siblings.has(to) || entry.escaped ? [] : [{ messageId: "renameTo", data: { key: entry.shown, field: to }, fix: [renameKey(entry.property, to)] }];

  function judge(entry: KeyedProperty, siblings: ReadonlySet<string>, parent: string | null): void {
    const { key, shown } = entry;
    if (key in DEPRECATED_KEYS) return;
    const range = entry.property.key.range;
    if (isAcceptedKey(key)) {
      if (!(key in FLAG_ONLY)) return;
      const field = FLAG_ONLY[key] ?? null;
      if (field === null) {
        findings.push({ messageId: "flagOnlyKey", range, data: { key: shown } });
        return;
      }
      // `"registry-mirror": [...]` → `"registry-mirrors"`: a suggestion, because the setting then
      // takes effect (a mirror, an insecure registry) and that is the user's call.
      const value = entry.property.value;
      const suggestions = value.type === "JSONArrayExpression" ? rename(entry, siblings, field) : [];
      findings.push({ messageId: "ignoredKey", range, data: { key: shown, field }, ...(suggestions.length ? { suggestions } : {}) });
      return;
    }
    const near = nearFields(key, READ_KEYS).filter((f) => f !== key);
    const suggestions = near.flatMap((f) => rename(entry, siblings, f));
    const data: Record<string, string> = parent === null ? { key: shown } : { key: shown, parent };
    findings.push({ messageId: parent === null ? "unknownKey" : "nestedUnknownKey", range, data, ...(suggestions.length ? { suggestions } : {}) });
  }

  for (const entry of doc.model.top) {
    const object = asObject(entry.property.value as AST.JSONNode);
    // configValuesSet: an object under a key outside flatOptions is checked key by key instead.
    if (object !== null && !FLAT_OPTIONS.has(entry.key)) {
      const field = FLAG_ONLY[entry.key];
      if (typeof field === "string") {
        // `"log-opt": {…}`: the flag's name, not checked (its keys are) and not read.
        const suggestions = rename(entry, present, field);
        findings.push({ messageId: "ignoredKey", range: entry.property.key.range, data: { key: entry.shown, field }, ...(suggestions.length ? { suggestions } : {}) });
      } else if (!isAcceptedKey(entry.key) && !STRUCT_KEYS.has(entry.key) && !(entry.key in DEPRECATED_KEYS)) {
        // Not checked itself, and no field reads it.
        const suggestions = nearFields(entry.key, READ_KEYS).flatMap((f) => rename(entry, present, f));
        findings.push({
          messageId: "ignoredObject",
          range: entry.property.key.range,
          data: { key: entry.shown },
          ...(suggestions.length ? { suggestions } : {}),
        });
      }
      const inner = object.properties.map(keyOf);
      const innerKeys = new Set([...present, ...inner.map((p) => p.key)]);
      for (const nested of inner) judge(nested, innerKeys, entry.shown);
      continue;
    }
    judge(entry, present, null);
  }
  return findings;
}
