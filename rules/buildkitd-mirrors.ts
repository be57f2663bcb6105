import { buildkitMirrorFindings, type BuildkitMirrorMessageIds } from "../lib/core/checks/buildkitd-mirrors.js";
import type { BuildkitDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";

export default createRule<BuildkitMirrorMessageIds, [], BuildkitDocument>({
  name: "buildkitd-mirrors",
  meta: {
    type: "problem",
    docs: {
      description: "require buildkitd.toml mirrors without a scheme, and plain-HTTP or insecure mirrors configured as such",
      recommended: false,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      httpsScheme: 'Mirror "{{mirror}}" has a scheme, which BuildKit drops: write "{{host}}".',
      httpScheme: 'BuildKit drops "http://" from mirror "{{mirror}}" and still uses HTTPS.',
      otherScheme: 'Mirror "{{mirror}}": BuildKit drops the scheme and uses HTTPS for "{{host}}".',
      settingNotInherited: 'Mirror "{{mirror}}" does not inherit "{{setting}} = true" from its registry.',
      addMirrorTable: 'Set {{setting}} = true in [registry."{{host}}"].',
    },
  },
  kind: "buildkitd",
  check: buildkitMirrorFindings,
});
