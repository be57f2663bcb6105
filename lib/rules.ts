import canonicalRegistryKey from "../rules/canonical-registry-key.js";
import noDeprecatedProperties from "../rules/no-deprecated-properties.js";
import noDuplicateRegistry from "../rules/no-duplicate-registry.js";
import noEmptyCredential from "../rules/no-empty-credential.js";
import noPlaintextCredentials from "../rules/no-plaintext-credentials.js";
import noUnknownProperties from "../rules/no-unknown-properties.js";
import strictJson from "../rules/strict-json.js";
import validAuth from "../rules/valid-auth.js";
import validCredentialHelper from "../rules/valid-credential-helper.js";
import validPullSecret from "../rules/valid-pull-secret.js";

/** Every rule, by name. The plugin entry, its configs and the command-line tool share this. */
export const rules = {
  "canonical-registry-key": canonicalRegistryKey,
  "no-deprecated-properties": noDeprecatedProperties,
  "no-duplicate-registry": noDuplicateRegistry,
  "no-empty-credential": noEmptyCredential,
  "no-plaintext-credentials": noPlaintextCredentials,
  "no-unknown-properties": noUnknownProperties,
  "strict-json": strictJson,
  "valid-auth": validAuth,
  "valid-credential-helper": validCredentialHelper,
  "valid-pull-secret": validPullSecret,
};

export type RuleName = keyof typeof rules;
