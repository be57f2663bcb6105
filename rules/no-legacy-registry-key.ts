import { legacyKeyFindings, type LegacyKeyMessageIds } from "../lib/core/checks/no-legacy-registry-key.js";
import { createRule } from "../lib/eslint/create-rule.js";
import { type FlavorOption, flavorSchema } from "../lib/eslint/rule-context.js";

export default createRule<LegacyKeyMessageIds, [FlavorOption]>({
  name: "no-legacy-registry-key",
  meta: {
    // The client finds these credentials: hygiene, a warning in the configs.
    type: "suggestion",
    docs: {
      description: "disallow registry keys in a legacy form that the client finds only through a fallback",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [flavorSchema],
    defaultOptions: [{}],
    messages: {
      legacyKeyForm: 'Key "{{key}}" is a legacy form: write "{{canonical}}".',
      useCanonical: 'Rename the key to "{{canonical}}".',
      keepThis: 'Remove the existing "{{canonical}}" entry (then rename this one).',
      keepOther: 'Remove this entry and keep the existing "{{canonical}}" entry.',
    },
  },
  check: legacyKeyFindings,
});
