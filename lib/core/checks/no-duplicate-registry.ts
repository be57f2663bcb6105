// Two keys in one `auths` or `credHelpers` object that the client reads for the same registry.
//
// This rule owns "two keys for one registry": a key repeated, a key beside the exact key the
// client looks up for its registry (its canonical twin), a second form the client picks at random.
// canonical-registry-key says nothing of the keys reported here (duplicateEntries below is the one
// decision both read), so that each key gets one report with the remedy that fits: remove one.
import type { RegistryDocument } from "../document.js";
import { removeProperty } from "../edits.js";
import type { Finding, Suggestion } from "../finding.js";
import type { Entry, Section } from "../model.js";
import { CLIENT_NAME, type Flavor, judgeKey, type KeyVerdict, registryLabel } from "../registry.js";

export type DuplicateMessageIds = "duplicateKey" | "sameRegistry" | "sameRegistryRandom" | "removeThis" | "removeOther";

type Out = Finding<DuplicateMessageIds>;

interface Judged {
  entry: Entry;
  verdict: KeyVerdict;
}

interface Group {
  /** In file order. */
  members: Judged[];
  /** The member whose key is exactly the one the client looks up for the registry. */
  exact: Judged | undefined;
}

interface Groups {
  /** Entries whose key appears again later in the section (Go keeps the last). */
  overridden: Entry[];
  /** The other entries the client keeps (Entry.live), by the registry their key is meant for. */
  byRegistry: Map<string, Group>;
  /** Each entry reported as the second key for a registry, with the entry it is measured against. */
  pairs: Map<Entry, { other: Entry; random: boolean; registry: string }>;
  /** Every entry this rule reports. */
  reported: Set<Entry>;
}

const memo = new WeakMap<Section, Map<Flavor, Groups>>();

function groupsOf(section: Section, flavor: Flavor): Groups {
  let byFlavor = memo.get(section);
  if (byFlavor === undefined) memo.set(section, (byFlavor = new Map()));
  let groups = byFlavor.get(flavor);
  if (groups !== undefined) return groups;
  const last = new Map<string, Entry>();
  for (const entry of section.entries) last.set(entry.key, entry);
  groups = { overridden: [], byRegistry: new Map(), pairs: new Map(), reported: new Set() };
  for (const entry of section.entries) {
    if (last.get(entry.key) !== entry) {
      groups.overridden.push(entry);
      continue;
    }
    // An entry a later `"auths": null` empties is not in the client's map: no twin of a key
    // written after the null (Go's `literalStore` sets the map to nil; docker 28.2.2 finds
    // `https://127.0.0.1:5000` written after `{"127.0.0.1:5000": …}, null`).
    if (!entry.live) continue;
    const verdict = judgeKey(entry.key, flavor, section.name);
    // registry-1.docker.io is a key of its own: docker uses it for images named
    // registry-1.docker.io/…, beside the Hub key for docker.io/… ones.
    if (verdict.reason === "noHost" || verdict.reason === "hubHost") continue;
    let group = groups.byRegistry.get(verdict.registry);
    if (group === undefined) groups.byRegistry.set(verdict.registry, (group = { members: [], exact: undefined }));
    group.members.push({ entry, verdict });
    if (verdict.found && entry.key === verdict.canonical) group.exact = { entry, verdict };
  }
  for (const [registry, { members, exact }] of groups.byRegistry) {
    if (members.length < 2) continue;
    if (exact !== undefined) {
      // The client looks the exact key up first: every other spelling is never used.
      for (const g of members) if (g.entry !== exact.entry) groups.pairs.set(g.entry, { other: exact.entry, random: false, registry });
      continue;
    }
    // No exact key: the client takes one of the forms it finds, in Go's random map order. Keys it
    // does not find at all are canonical-registry-key's.
    const [first, ...rest] = members.filter((g) => g.verdict.found);
    if (first !== undefined) for (const g of rest) groups.pairs.set(g.entry, { other: first.entry, random: true, registry });
  }
  groups.reported = new Set([...groups.overridden, ...groups.pairs.keys()]);
  byFlavor.set(flavor, groups);
  return groups;
}

/** The entries of a section this rule reports: canonical-registry-key leaves them alone. */
export function duplicateEntries(section: Section, flavor: Flavor): ReadonlySet<Entry> {
  return groupsOf(section, flavor).reported;
}

export function duplicateFindings(doc: RegistryDocument): Out[] {
  const { model, flavor } = doc;
  if (model === null) return [];
  const client = CLIENT_NAME[flavor];
  const findings: Out[] = [];

  const remove = (messageId: "removeThis" | "removeOther", entry: Entry, data: Record<string, string>): Suggestion<DuplicateMessageIds> => ({
    messageId,
    data,
    fix: [removeProperty(doc.ast, entry.property)],
  });

  function check(section: Section): void {
    const sectionName = section.property?.key ?? "(top level)";
    const groups = groupsOf(section, flavor);
    for (const entry of groups.overridden) {
      const data = { key: entry.shown, section: sectionName };
      findings.push({ range: entry.property.key.range, messageId: "duplicateKey", data, suggestions: [remove("removeThis", entry, data)] });
    }
    for (const [entry, { other, random, registry }] of groups.pairs) {
      const data = { key: entry.shown, other: other.shown, registry: registryLabel(registry), client };
      findings.push({
        range: entry.property.key.range,
        messageId: random ? "sameRegistryRandom" : "sameRegistry",
        data,
        suggestions: [remove("removeThis", entry, data), remove("removeOther", other, data)],
      });
    }
  }

  if (model.auths) check(model.auths);
  if (model.credHelpers) check(model.credHelpers);
  return findings;
}
