import buildkitdMirrors from "../rules/buildkitd-mirrors.js";
import buildkitdRegistryKey from "../rules/buildkitd-registry-key.js";
import canonicalRegistryKey from "../rules/canonical-registry-key.js";
import daemonInsecureRegistries from "../rules/daemon-insecure-registries.js";
import daemonNoDeprecatedKeys from "../rules/daemon-no-deprecated-keys.js";
import daemonNoUnknownKeys from "../rules/daemon-no-unknown-keys.js";
import daemonRegistryMirrors from "../rules/daemon-registry-mirrors.js";
import daemonStrictJson from "../rules/daemon-strict-json.js";
import noDaemonSettings from "../rules/no-daemon-settings.js";
import noDeprecatedProperties from "../rules/no-deprecated-properties.js";
import noDuplicateRegistry from "../rules/no-duplicate-registry.js";
import noEmptyCredential from "../rules/no-empty-credential.js";
import noLegacyRegistryKey from "../rules/no-legacy-registry-key.js";
import noPlaintextCredentials from "../rules/no-plaintext-credentials.js";
import noUnknownProperties from "../rules/no-unknown-properties.js";
import registriesConfCredentialHelpers from "../rules/registries-conf-credential-helpers.js";
import registriesConfNoScheme from "../rules/registries-conf-no-scheme.js";
import registriesConfTableScope from "../rules/registries-conf-table-scope.js";
import registriesConfV2 from "../rules/registries-conf-v2.js";
import registriesConfValidRegistry from "../rules/registries-conf-valid-registry.js";
import strictJson from "../rules/strict-json.js";
import validAuth from "../rules/valid-auth.js";
import validCredentialHelper from "../rules/valid-credential-helper.js";
import validPullSecret from "../rules/valid-pull-secret.js";

/** Every rule, by name. The plugin entry, its configs and the command-line tool share this. */
export const rules = {
  "buildkitd-mirrors": buildkitdMirrors,
  "buildkitd-registry-key": buildkitdRegistryKey,
  "canonical-registry-key": canonicalRegistryKey,
  "daemon-insecure-registries": daemonInsecureRegistries,
  "daemon-no-deprecated-keys": daemonNoDeprecatedKeys,
  "daemon-no-unknown-keys": daemonNoUnknownKeys,
  "daemon-registry-mirrors": daemonRegistryMirrors,
  "daemon-strict-json": daemonStrictJson,
  "no-daemon-settings": noDaemonSettings,
  "no-deprecated-properties": noDeprecatedProperties,
  "no-duplicate-registry": noDuplicateRegistry,
  "no-empty-credential": noEmptyCredential,
  "no-legacy-registry-key": noLegacyRegistryKey,
  "no-plaintext-credentials": noPlaintextCredentials,
  "no-unknown-properties": noUnknownProperties,
  "registries-conf-credential-helpers": registriesConfCredentialHelpers,
  "registries-conf-no-scheme": registriesConfNoScheme,
  "registries-conf-table-scope": registriesConfTableScope,
  "registries-conf-v2": registriesConfV2,
  "registries-conf-valid-registry": registriesConfValidRegistry,
  "strict-json": strictJson,
  "valid-auth": validAuth,
  "valid-credential-helper": validCredentialHelper,
  "valid-pull-secret": validPullSecret,
};

export type RuleName = keyof typeof rules;
