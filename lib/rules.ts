import canonicalRegistryKey from "../rules/canonical-registry-key.js";
import noDuplicateRegistry from "../rules/no-duplicate-registry.js";

/** Every rule, by name. The plugin entry, its configs and the command-line tool share this. */
export const rules = {
  "canonical-registry-key": canonicalRegistryKey,
  "no-duplicate-registry": noDuplicateRegistry,
};

export type RuleName = keyof typeof rules;
