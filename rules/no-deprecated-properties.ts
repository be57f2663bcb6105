import { deprecatedFindings, type DeprecatedMessageIds, type DeprecatedOptions } from "../lib/core/checks/no-deprecated-properties.js";
import { createRule } from "../lib/eslint/create-rule.js";

export type Options = DeprecatedOptions;

export default createRule<DeprecatedMessageIds, [Options]>({
  name: "no-deprecated-properties",
  meta: {
    type: "suggestion",
    docs: {
      description: "disallow fields the clients no longer use, and the legacy `.dockercfg` format",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          allow: {
            type: "array",
            items: { type: "string", enum: ["email", "serveraddress", "experimental"] },
            uniqueItems: true,
            description: "Deprecated fields to accept, for files that tools of your own still read them from.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
    messages: {
      removedEmail: '"{{key}}" is unused: the Docker CLI ignores it (v29 drops it on save), and Podman never reads it.',
      removedExperimental: '"{{key}}" has done nothing since Docker 23, and Docker CLI v29 drops it on save.',
      ignoredServerAddress: '"{{key}}" is ignored: the Docker CLI replaces it with the entry\'s key, and Podman never reads it.',
      legacyFormat: 'Legacy .dockercfg format, ignored by the Docker CLI since v23: move the entries under "auths" in ~/.docker/config.json.',
      removeField: 'Remove "{{key}}".',
      wrapInAuths: 'Wrap the entries in {"auths": …} (then save the file as ~/.docker/config.json).',
    },
  },
  check: deprecatedFindings,
});
