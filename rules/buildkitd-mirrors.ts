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
      httpsScheme: 'Mirror "{{mirror}}": BuildKit drops the scheme and uses HTTPS anyway; write "{{host}}".',
      httpScheme:
        'Mirror "{{mirror}}": BuildKit drops "http://" and still uses HTTPS. Plain HTTP for a mirror is set in its own table: [registry."{{host}}"] http = true.',
      otherScheme: 'Mirror "{{mirror}}": BuildKit drops the scheme and uses HTTPS for "{{host}}".',
      settingNotInherited:
        '"{{setting}} = true" applies to {{registry}} only, not to its mirror "{{mirror}}": BuildKit reaches the mirror with verified HTTPS unless [registry."{{host}}"] sets {{setting}} = true.',
      addMirrorTable: 'Set {{setting}} = true in [registry."{{host}}"].',
    },
  },
  kind: "buildkitd",
  check: buildkitMirrorFindings,
});
