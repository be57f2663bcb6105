// Keys at the top level and in `auths` entries that are not fields the client decodes.
import type { RegistryDocument } from "../document.js";
import { renameKey } from "../edits.js";
import { AUTH_CONFIG, CONFIG_FILE, DOCKER_AUTH_CONFIG, DOCKER_CONFIG_FILE, type GoStruct, goFold, matchField, nearCurrentFields } from "../fields.js";
import type { Finding } from "../finding.js";
import { asObject, type KeyedProperty, keyOf } from "../model.js";
import { CLIENT_NAME, type Flavor } from "../registry.js";

export type UnknownPropertyMessageIds = "unknownProperty" | "misspelledProperty" | "nonCanonicalCase" | "dockerOnlyProperty" | "renameTo";

export interface UnknownPropertyOptions {
  flavor?: Flavor;
  allow?: string[];
}

type Out = Finding<UnknownPropertyMessageIds>;

export function unknownPropertyFindings(doc: RegistryDocument, [options]: readonly [UnknownPropertyOptions]): Out[] {
  const { model, flavor } = doc;
  // A legacy .dockercfg is a map of registries: its keys are not fields.
  if (model === null || model.shape !== "config") return [];
  const allow = new Set(options.allow ?? []);
  const client = CLIENT_NAME[flavor];
  const findings: Out[] = [];

  function check(props: readonly KeyedProperty[], own: GoStruct, docker: GoStruct): void {
    // Per object, once: how many keys fold to each name, and the exact keys. Every per-key
    // question below is then a lookup, so the object costs time linear in its size.
    const folded = props.map((p) => goFold(p.key));
    const foldCount = new Map<string, number>();
    for (const f of folded) foldCount.set(f, (foldCount.get(f) ?? 0) + 1);
    const exact = new Set(props.map((p) => p.key));
    props.forEach((p, i) => {
      if (allow.has(p.key)) return;
      const field = matchField(own, p.key) ?? matchField(docker, p.key);
      // Deprecated and ignored fields are no-deprecated-properties' business.
      if (field !== null && field.status !== "current") return;
      const range = p.property.key.range;
      const rename = (name: string) => [renameKey(p.property, name)];

      if (field !== null && own.fields.includes(field)) {
        if (p.key === field.name) return;
        const data = { key: p.shown, field: field.name };
        // A sibling spelled exactly right: Go fills the field from both, and a rename would
        // duplicate the key. Another variant: renaming both at once would.
        if (exact.has(field.name)) {
          findings.push({ range, messageId: "nonCanonicalCase", data });
        } else if (p.escaped || (foldCount.get(folded[i] as string) ?? 0) > 1) {
          findings.push({ range, messageId: "nonCanonicalCase", data, suggestions: [{ messageId: "renameTo", data, fix: rename(field.name) }] });
        } else {
          findings.push({ range, messageId: "nonCanonicalCase", data, fix: rename(field.name) });
        }
        return;
      }
      if (field !== null) {
        findings.push({ range, messageId: "dockerOnlyProperty", data: { key: p.shown, client } });
        return;
      }
      const near = nearCurrentFields(own, p.key);
      const first = near[0];
      if (first === undefined) {
        findings.push({ range, messageId: "unknownProperty", data: { key: p.shown, client } });
        return;
      }
      // A field some key of this object already fills (in any case) is no rename target: the key
      // itself does not fold to it, since it matches no field.
      const taken = (name: string): boolean => foldCount.has(goFold(name));
      findings.push({
        range,
        messageId: "misspelledProperty",
        data: { key: p.shown, client, field: first },
        suggestions: near
          .filter((name) => !taken(name))
          .map((name) => ({ messageId: "renameTo" as const, data: { key: p.shown, field: name }, fix: rename(name) })),
      });
    });
  }

  const fileStruct = CONFIG_FILE[flavor];
  const entryStruct = AUTH_CONFIG[flavor];
  check(model.top, fileStruct, DOCKER_CONFIG_FILE);
  // Go decodes every key that folds to "auths" into the same map, so all of them hold entries.
  for (const top of model.top) {
    const auths = matchField(fileStruct, top.key)?.name === "auths" ? asObject(top.property.value) : null;
    for (const entry of auths?.properties ?? []) {
      const fields = asObject(entry.value);
      if (fields) check(fields.properties.map(keyOf), entryStruct, DOCKER_AUTH_CONFIG);
    }
  }
  return findings;
}
