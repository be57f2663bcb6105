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
      topLevelKeyInTable: '"{{key}}" after {{table}} belongs to that table: the setting is ignored.',
      registryNotArray: '{{table}} makes "registry" a table, not [[registry]]: every pull fails.',
      mirrorWithoutRegistry: '{{table}} has no [[registry]] above it: every pull fails.',
      moveToTop: 'Move "{{key}}" above the first table.',
    },
  },
  kind: "registries-conf",
  check: registriesConfScopeFindings,
});
