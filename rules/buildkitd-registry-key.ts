import { buildkitRegistryKeyFindings, type BuildkitRegistryKeyMessageIds } from "../lib/core/checks/buildkitd-registry-key.js";
import type { BuildkitDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";

export default createRule<BuildkitRegistryKeyMessageIds, [], BuildkitDocument>({
  name: "buildkitd-registry-key",
  meta: {
    type: "problem",
    docs: {
      description: "require `[registry.\"<host>\"]` keys in buildkitd.toml that BuildKit looks up",
      recommended: false,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      hubIndexKey:
        '[registry."{{key}}"] never applies: BuildKit looks Docker Hub images up as [registry."docker.io"] (index.docker.io/… names are docker.io/…), so these mirrors and settings are never used.',
      hubRegistryKey:
        '[registry."{{key}}"] applies only to images named "{{key}}/…": BuildKit looks Docker Hub images (alpine, docker.io/…) up as [registry."docker.io"], and sends those requests to {{key}} itself.',
      schemeKey: '[registry."{{key}}"] never applies: BuildKit looks tables up by host[:port], without a scheme.',
      pathKey: '[registry."{{key}}"] never applies: BuildKit looks tables up by host[:port], without a path.',
      renameTo: 'Rename the table to [registry."{{canonical}}"].',
    },
  },
  kind: "buildkitd",
  check: buildkitRegistryKeyFindings,
});
