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
      removedEmail: '"{{key}}" is ignored by the Docker CLI (v29 drops it on save) and Podman.',
      removedExperimental: '"{{key}}" does nothing since Docker 23; Docker CLI v29 drops it on save.',
      ignoredServerAddress: '"{{key}}" is ignored: clients use the entry\'s key instead.',
      legacyFormat: 'Legacy .dockercfg format, ignored since Docker CLI v23: wrap it in "auths".',
      configInLegacyFile: '"{{key}}" in .dockercfg is read as a registry: use .docker/config.json.',
      removeField: 'Remove "{{key}}".',
      wrapInAuths: 'Wrap the entries in {"auths": …} (and save as ~/.docker/config.json).',
    },
  },
  check: deprecatedFindings,
});
