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
      hubIndexKey: '[registry."{{key}}"] never applies: Docker Hub is "docker.io".',
      hubRegistryKey: '[registry."{{key}}"] misses Docker Hub images, which use "docker.io".',
      schemeKey: '[registry."{{key}}"] never applies: BuildKit keys have no scheme.',
      pathKey: '[registry."{{key}}"] never applies: BuildKit keys have no path.',
      renameTo: 'Rename the table to [registry."{{canonical}}"].',
    },
  },
  kind: "buildkitd",
  check: buildkitRegistryKeyFindings,
});
