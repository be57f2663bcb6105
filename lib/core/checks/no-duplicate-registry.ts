// Two keys in one `auths` or `credHelpers` object that the client reads for the same registry.
import type { RegistryDocument } from "../document.js";
import { removeProperty } from "../edits.js";
import type { Finding, Suggestion } from "../finding.js";
import type { KeyedProperty, Section } from "../model.js";
import { CLIENT_NAME, judgeKey, registryLabel } from "../registry.js";

export type DuplicateMessageIds = "duplicateKey" | "sameRegistry" | "removeThis" | "removeOther";

type Out = Finding<DuplicateMessageIds>;

export function duplicateFindings(doc: RegistryDocument): Out[] {
  const { model, flavor } = doc;
  if (model === null) return [];
  const client = CLIENT_NAME[flavor];
  const findings: Out[] = [];

  // Built only for the entries reported, not for every entry of a large file.
  const removeThis = (entry: KeyedProperty, data: Record<string, string>): Suggestion<DuplicateMessageIds> => ({
    messageId: "removeThis",
    data,
    fix: [removeProperty(doc.ast, entry.property)],
  });

  function check(section: Section): void {
    const sectionName = section.property?.key ?? "(top level)";
    const lastByKey = new Map<string, KeyedProperty>();
    for (const entry of section.entries) lastByKey.set(entry.key, entry);
    const firstByRegistry = new Map<string, KeyedProperty>();
    for (const entry of section.entries) {
      const range = entry.property.key.range;
      if (lastByKey.get(entry.key) !== entry) {
        findings.push({
          range,
          messageId: "duplicateKey",
          data: { key: entry.shown, section: sectionName },
          suggestions: [removeThis(entry, { key: entry.shown })],
        });
        continue;
      }
      const { registry, reason } = judgeKey(entry.key, flavor, section.name);
      if (reason === "noHost") continue;
      const first = firstByRegistry.get(registry);
      if (first === undefined) {
        firstByRegistry.set(registry, entry);
        continue;
      }
      const data = { key: entry.shown, other: first.shown, section: sectionName, registry: registryLabel(registry), client };
      findings.push({
        range,
        messageId: "sameRegistry",
        data,
        suggestions: [removeThis(entry, data), { messageId: "removeOther", data, fix: [removeProperty(doc.ast, first.property)] }],
      });
    }
  }

  if (model.auths) check(model.auths);
  if (model.credHelpers) check(model.credHelpers);
  return findings;
}
