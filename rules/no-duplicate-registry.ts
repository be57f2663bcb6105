import { duplicateFindings, type DuplicateMessageIds } from "../lib/core/checks/no-duplicate-registry.js";
import { createRule } from "../lib/eslint/create-rule.js";
import { type FlavorOption, flavorSchema } from "../lib/eslint/rule-context.js";

export default createRule<DuplicateMessageIds, [FlavorOption]>({
  name: "no-duplicate-registry",
  meta: {
    type: "problem",
    docs: {
      description: "disallow two keys in one object that serve the same registry",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [flavorSchema],
    defaultOptions: [{}],
    messages: {
      duplicateKey: '"{{key}}" appears again later in "{{section}}": this one is ignored.',
      sameRegistry: '"{{key}}" is unused: {{client}} uses "{{other}}".',
      sameRegistryRandom: '"{{key}}" and "{{other}}" clash; one wins at random.',
      removeThis: 'Remove this "{{key}}" entry.',
      removeOther: 'Remove the "{{other}}" entry.',
    },
  },
  check: duplicateFindings,
});
