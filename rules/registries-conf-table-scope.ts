import { registriesConfScopeFindings, type RegistriesConfScopeMessageIds } from "../lib/core/checks/registries-conf-table-scope.js";
import type { RegistriesConfDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";

export default createRule<RegistriesConfScopeMessageIds, [], RegistriesConfDocument>({
  name: "registries-conf-table-scope",
  meta: {
    type: "problem",
    docs: {
      description: "require top-level registries.conf settings above the first table, and `[[registry]]` before its mirrors",
      recommended: false,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      topLevelKeyInTable:
        '"{{key}}" is written after {{table}}, so TOML makes it a field of that table, which containers/image ignores: the top-level setting is never applied.',
      registryNotArray:
        '{{table}} makes "registry" a table, not an array of [[registry]] tables: Podman, Buildah and Skopeo fail every pull ("incompatible types: TOML value has type map[string]interface {}; destination has type slice").',
      mirrorWithoutRegistry:
        '{{table}} has no [[registry]] above it: TOML makes "registry" a table, and Podman, Buildah and Skopeo fail every pull ("incompatible types: TOML value has type map[string]interface {}; destination has type slice"). Put the [[registry]] it mirrors first.',
      moveToTop: 'Move "{{key}}" above the first table.',
    },
  },
  kind: "registries-conf",
  check: registriesConfScopeFindings,
});
