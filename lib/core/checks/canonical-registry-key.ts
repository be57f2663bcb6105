// Keys the client does not look up for the registry they are meant for, and the rename to the key
// it does look up: an autofix only when the rename is certainly right and takes no existing key.
// Keys the client finds only through its normalising fallback (a legacy URL form) are
// no-legacy-registry-key's: the same walk, the same renames, another defect (keyFindings).
import type { RegistryDocument } from "../document.js";
import { duplicateEntries } from "./no-duplicate-registry.js";
import { removeProperty, renameKey } from "../edits.js";
import type { Finding } from "../finding.js";
import type { KeyedProperty, Section } from "../model.js";
import { CLIENT_NAME, type Flavor, judgeKey, type KeyVerdict, lookupKey, registryLabel } from "../registry.js";

/** The remedies both rules offer for a key: the rename, or which of two entries to keep. */
export type KeyRemedyMessageIds = "useCanonical" | "keepThis" | "keepOther";

export type CanonicalKeyMessageIds = "nonCanonicalKey" | "nonCanonicalHelperKey" | "hubHostKey" | KeyRemedyMessageIds;

/** The defect a key's verdict has for one rule, or null when the key is the other rule's (or fine). */
export type KeyDefect<M extends string> = (verdict: KeyVerdict, use: Section["name"]) => M | null;

/** Not found for the registry it is meant for; found keys (legacy forms) are no-legacy-registry-key's. */
const notFound: KeyDefect<Exclude<CanonicalKeyMessageIds, KeyRemedyMessageIds>> = (v, use) =>
  v.reason === "hubHost" ? "hubHostKey" : v.found ? null : use === "credHelpers" ? "nonCanonicalHelperKey" : "nonCanonicalKey";

export function canonicalKeyFindings(doc: RegistryDocument): Finding<CanonicalKeyMessageIds>[] {
  return keyFindings(doc, notFound);
}

/** A key that is not the one the client looks up, with what its rename would meet. */
interface KeyCase {
  entry: KeyedProperty;
  verdict: KeyVerdict;
  /** The entry that already holds the canonical key, as the client files keys. */
  existing: KeyedProperty | undefined;
  /** Whether the rename is an autofix: certainly right and into a key no other entry claims. */
  automatic: boolean;
}

const cases = new WeakMap<Section, Map<Flavor, readonly KeyCase[]>>();

/**
 * The keys of a section that either rule may report, worked out once per section and flavor for
 * both (canonical-registry-key and no-legacy-registry-key read the same walk).
 */
function keyCases(section: Section, flavor: Flavor): readonly KeyCase[] {
  let byFlavor = cases.get(section);
  if (byFlavor === undefined) cases.set(section, (byFlavor = new Map()));
  let out = byFlavor.get(flavor);
  if (out !== undefined) return out;
  const use = section.name;
  const verdicts = section.entries.map((entry) => judgeKey(entry.key, flavor, use));
  // How many entries would end up under each canonical key: a rename into a taken key is
  // never automatic.
  // Keys are compared as the client files them: the kubelet files `index.docker.io/v1/` and
  // `https://index.docker.io/v1/` under one keyring key, so a rename into either is a collision.
  const id = (key: string): string => lookupKey(key, flavor);
  const claims = new Map<string, number>();
  for (const v of verdicts) claims.set(id(v.canonical), (claims.get(id(v.canonical)) ?? 0) + 1);
  const byKey = new Map<string, KeyedProperty>();
  for (const entry of section.entries) if (!byKey.has(id(entry.key))) byKey.set(id(entry.key), entry);
  // A repeated key, a key beside its canonical twin, a second form of one registry: those are
  // no-duplicate-registry's, with the remedy that fits (remove one), not a rename into a key
  // that exists.
  const duplicates = duplicateEntries(section, flavor);
  out = [];
  section.entries.forEach((entry, i) => {
    const verdict = verdicts[i] as KeyVerdict;
    if (verdict.reason === "canonical" || verdict.reason === "noHost" || duplicates.has(entry)) return;
    const automatic = verdict.certain && !entry.escaped && claims.get(id(verdict.canonical)) === 1;
    (out as KeyCase[]).push({ entry, verdict, existing: byKey.get(id(verdict.canonical)), automatic });
  });
  byFlavor.set(flavor, out);
  return out;
}

/**
 * Every key of `auths` and `credHelpers` that is not the one the client looks up for its
 * registry and that `defect` names a defect for, with the rename to the canonical key.
 */
export function keyFindings<M extends string>(doc: RegistryDocument, defect: KeyDefect<M>): Finding<M | KeyRemedyMessageIds>[] {
  type Out = Finding<M | KeyRemedyMessageIds>;
  const { model, flavor } = doc;
  if (model === null) return [];
  const client = CLIENT_NAME[flavor];
  const findings: Out[] = [];

  function check(section: Section): void {
    for (const { entry, verdict: v, existing, automatic } of keyCases(section, flavor)) {
      const messageId = defect(v, section.name);
      if (messageId === null) continue;
      const data = { key: entry.shown, canonical: v.canonical, registry: registryLabel(v.registry), client };
      const range = entry.property.key.range;
      const rename = [renameKey(entry.property, v.canonical)];
      if (existing !== undefined) {
        // registry-1.docker.io beside the Hub key: both are used (for images named with either),
        // so this is no duplicate; which to keep is the user's call.
        // One edit per suggestion: ESLint merges several edits into one replacement that spans
        // the text between them, which would copy other entries' secrets into the fix text that
        // `--format json` prints. After "keep this", the rename is an autofix of its own.
        findings.push({
          range,
          messageId,
          data,
          suggestions: [
            { messageId: "keepThis", data, fix: [removeProperty(doc.ast, existing.property)] },
            { messageId: "keepOther", data, fix: [removeProperty(doc.ast, entry.property)] },
          ],
        });
        continue;
      }
      findings.push(
        automatic
          ? { range, messageId, data, fix: rename }
          : { range, messageId, data, suggestions: [{ messageId: "useCanonical", data, fix: rename }] },
      );
    }
  }

  if (model.auths) check(model.auths);
  // The kubelet asks no helper: the form of a credHelpers key changes nothing (no-unknown-properties
  // reports the section itself).
  if (model.credHelpers && flavor !== "kubernetes") check(model.credHelpers);
  return findings;
}
