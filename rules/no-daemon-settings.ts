import { noDaemonSettingsFindings, type NoDaemonSettingsMessageIds } from "../lib/core/checks/no-daemon-settings.js";
import { createRule } from "../lib/eslint/create-rule.js";
import { type FlavorOption, flavorSchema } from "../lib/eslint/rule-context.js";

export default createRule<NoDaemonSettingsMessageIds, [FlavorOption]>({
  name: "no-daemon-settings",
  meta: {
    type: "problem",
    docs: {
      description: "disallow dockerd settings such as `registry-mirrors` in a client credential file, where nothing reads them",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [flavorSchema],
    defaultOptions: [{}],
    messages: {
      daemonSetting: '"{{key}}" is a dockerd setting, ignored here: move it to daemon.json.',
      daemonSettingContainers: '"{{key}}" is a dockerd setting, ignored here: use registries.conf.',
      removeKey: 'Remove "{{key}}" from this file.',
    },
  },
  check: noDaemonSettingsFindings,
});
