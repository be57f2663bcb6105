import canonicalRegistryKey from "../rules/canonical-registry-key.js";
import noDuplicateRegistry from "../rules/no-duplicate-registry.js";
import noEmptyCredential from "../rules/no-empty-credential.js";
import validAuth from "../rules/valid-auth.js";

/** Every rule, by name. The plugin entry, its configs and the command-line tool share this. */
export const rules = {
  "canonical-registry-key": canonicalRegistryKey,
  "no-duplicate-registry": noDuplicateRegistry,
  "no-empty-credential": noEmptyCredential,
  "valid-auth": validAuth,
};

export type RuleName = keyof typeof rules;
