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
      unknownKey:
        '"{{key}}" is not a dockerd option: dockerd does not start ("the following directives don\'t match any configuration option: {{key}}").',
      nestedUnknownKey:
        '"{{key}}" (inside "{{parent}}") is not a dockerd option: dockerd checks the keys of this object as top-level options and does not start ("the following directives don\'t match any configuration option: {{key}}").',
      ignoredObject:
        '"{{key}}" is not a dockerd option. dockerd does not check it, because its value is an object whose keys it checks as options instead, and nothing reads it.',
      ignoredKey:
        '"{{key}}" is the command-line flag\'s name: dockerd accepts it in daemon.json but reads "{{field}}", so this setting is silently ignored.',
      flagOnlyKey:
        '"{{key}}" is a command-line flag that no daemon.json field reads: dockerd accepts it and ignores it. Give it on the command line.',
      renameTo: 'Rename "{{key}}" to "{{field}}".',
    },
  },
  kind: "daemon",
  check: daemonUnknownKeyFindings,
});
