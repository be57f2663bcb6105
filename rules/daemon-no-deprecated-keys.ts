import { daemonDeprecatedKeyFindings, type DaemonDeprecatedKeyMessageIds } from "../lib/core/checks/daemon-no-deprecated-keys.js";
import type { DaemonDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";

export default createRule<DaemonDeprecatedKeyMessageIds, [], DaemonDocument>({
  name: "daemon-no-deprecated-keys",
  meta: {
    type: "problem",
    docs: {
      description: "disallow daemon.json keys that dockerd has removed or ignores",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      removedKey: '"{{key}}" was removed in Docker {{version}}: dockerd does not start.',
      removedKeyWithReplacement: '"{{key}}" was removed in Docker {{version}}: write "{{field}}".',
      ignoredKey: '"{{key}}" is deprecated since Docker {{version}}: dockerd ignores it.',
      renameTo: 'Rename "{{key}}" to "{{field}}".',
      removeKey: 'Remove "{{key}}".',
    },
  },
  kind: "daemon",
  check: daemonDeprecatedKeyFindings,
});
