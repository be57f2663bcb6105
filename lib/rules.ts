import canonicalRegistryKey from "../rules/canonical-registry-key.js";
import noDuplicateRegistry from "../rules/no-duplicate-registry.js";
import noPlaintextCredentials from "../rules/no-plaintext-credentials.js";
import validCredentialHelper from "../rules/valid-credential-helper.js";

/** Every rule, by name. The plugin entry, its configs and the command-line tool share this. */
export const rules = {
  "canonical-registry-key": canonicalRegistryKey,
  "no-duplicate-registry": noDuplicateRegistry,
  "no-plaintext-credentials": noPlaintextCredentials,
  "valid-credential-helper": validCredentialHelper,
};

export type RuleName = keyof typeof rules;
