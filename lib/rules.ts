import canonicalRegistryKey from "../rules/canonical-registry-key.js";
import noDeprecatedProperties from "../rules/no-deprecated-properties.js";
import noDuplicateRegistry from "../rules/no-duplicate-registry.js";
import noUnknownProperties from "../rules/no-unknown-properties.js";
import strictJson from "../rules/strict-json.js";

/** Every rule, by name. The plugin entry, its configs and the command-line tool share this. */
export const rules = {
  "canonical-registry-key": canonicalRegistryKey,
  "no-deprecated-properties": noDeprecatedProperties,
  "no-duplicate-registry": noDuplicateRegistry,
  "no-unknown-properties": noUnknownProperties,
  "strict-json": strictJson,
};

export type RuleName = keyof typeof rules;
