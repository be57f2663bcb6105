import { daemonUnknownKeyFindings, type DaemonUnknownKeyMessageIds } from "../lib/core/checks/daemon-no-unknown-keys.js";
import type { DaemonDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";

export default createRule<DaemonUnknownKeyMessageIds, [], DaemonDocument>({
  name: "daemon-no-unknown-keys",
  meta: {
    type: "problem",
    docs: {
      description: "disallow daemon.json keys that stop dockerd, and flag names that it silently ignores",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      unknownKey: '"{{key}}" is not a dockerd option: dockerd does not start.',
      nestedUnknownKey: '"{{key}}" in "{{parent}}" is no dockerd option: dockerd does not start.',
      ignoredObject: '"{{key}}" is not a dockerd option: dockerd ignores this object.',
      ignoredKey: '"{{key}}" is the flag\'s name: dockerd reads "{{field}}", not this.',
      flagOnlyKey: '"{{key}}" is a command-line flag only: dockerd ignores it in daemon.json.',
      renameTo: 'Rename "{{key}}" to "{{field}}".',
    },
  },
  kind: "daemon",
  check: daemonUnknownKeyFindings,
});
