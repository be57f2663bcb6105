// `auths` entries that store a secret in the file instead of leaving it to a credential helper.
import { helperFor, helperKeyFor, storedSecrets } from "../credentials.js";
import type { RegistryDocument } from "../document.js";
import { emptyValue } from "../edits.js";
import { decodedAuthOf, fieldString } from "../entry-fields.js";
import type { Finding } from "../finding.js";
import { vendorHelperFor } from "../helper-registries.js";
import { type Entry, type KeyedProperty, stringValue } from "../model.js";
import { isPlaceholderValue } from "../placeholders.js";
import { isReference } from "../references.js";
import { type Flavor, judgeKey, registryLabel, splitKey } from "../registry.js";

export type PlaintextMessageIds =
  | "plaintextCredentials"
  | "plaintextCredentialsKnownHelper"
  | "plaintextCredentialsContainers"
  | "plaintextCredentialsKubernetes"
  | "removeCredentials";

export interface PlaintextOptions {
  flavor?: Flavor;
  allowRegistries?: string[];
  allowPlaceholders?: boolean;
}

export function plaintextFindings(
  doc: RegistryDocument,
  [options]: readonly [PlaintextOptions],
): Finding<PlaintextMessageIds>[] {
  const { model, flavor } = doc;
  if (model === null || model.auths === null) return [];
  const { allowRegistries = [], allowPlaceholders = true } = options;
  const registryOf = (key: string): string => judgeKey(key, flavor, "auths").registry;
  const allowed = allowRegistries.map(registryOf).filter((r) => r !== "");
  // A namespaced containers key (`quay.io/org`) is covered by its host.
  const isAllowed = (registry: string): boolean =>
    allowed.some((a) => registry === a || registry.startsWith(`${a}/`) || splitKey(registry).host === a);

  const findings: Finding<PlaintextMessageIds>[] = [];
  for (const entry of model.auths.entries) {
    if (entry.fields === null) continue;
    const fields = plaintextFields(entry, entry.fields, flavor, allowPlaceholders);
    if (fields.length === 0) continue;
    const registry = registryOf(entry.key);
    if (isAllowed(registry)) continue;
    // Credentials a helper hides are valid-credential-helper's (shadowedEntry): one report per
    // entry, with the remedy that fits (remove them), not two.
    if (helperFor(model, entry.key, flavor) !== null) continue;
    // A vendor helper only where it serves the registry (ecr-login never serves Docker Hub);
    // else the store helpers, which serve any registry.
    // The kubelet runs no credential helper: a pull Secret's remedy is encryption in the repository.
    const helper = flavor === "kubernetes" ? null : vendorHelperFor(helperKeyFor(entry.key, flavor));
    const messageId =
      flavor === "kubernetes"
        ? "plaintextCredentialsKubernetes"
        : helper !== null
          ? "plaintextCredentialsKnownHelper"
          : flavor === "containers"
            ? "plaintextCredentialsContainers"
            : "plaintextCredentials";
    findings.push({
      range: entry.property.key.range,
      messageId,
      data: {
        registry: registry === "" ? "a key with no host" : registryLabel(registry),
        fields: fields.join(", "),
        ...(helper !== null ? { helper } : {}),
      },
      suggestions: [{ messageId: "removeCredentials", data: { key: entry.shown }, fix: [emptyValue(entry.property)] }],
    });
  }
  return findings;
}

/**
 * The secret fields an entry stores in the file, one report's worth. Not counted:
 * - with `allowPlaceholders`, a value that only holds the place of a credential: a reference
 *   (storedSecrets) or a template's placeholder (`<DOCKER_AUTH>`, `REGISTRY_PASSWORD`);
 * - the `auth` the client decodes when it cannot decode it: valid-auth reports that one (the
 *   client refuses it), and one defect gets one report. The gate is valid-auth's: the last
 *   string-valued `auth` (Go's assignment order), not empty, not a reference, and decodeAuth
 *   failing for this flavor.
 */
function plaintextFields(entry: Entry, fields: readonly KeyedProperty[], flavor: Flavor, allowPlaceholders: boolean): string[] {
  const judged = fieldString(fields, "auth");
  // valid-auth's decoding of the same `auth`, made once for every rule (decodedAuthOf).
  const refused =
    judged !== null && judged.value !== "" && !isReference(judged.value) && decodedAuthOf(entry, flavor)?.ok === false ? judged.prop : null;
  const stored = fields.filter((f) => {
    if (f === refused) return false;
    const value = stringValue(f.property.value);
    return !(allowPlaceholders && value !== null && isPlaceholderValue(value));
  });
  return storedSecrets(stored, { allowPlaceholders });
}
