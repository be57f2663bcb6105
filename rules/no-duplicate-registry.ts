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
      duplicateKey:
        'Key "{{key}}" appears again later in "{{section}}": Go\'s JSON decoder keeps only the last one, so this entry is ignored.',
      sameRegistry:
        'Keys "{{other}}" and "{{key}}" in "{{section}}" are both for {{registry}}: {{client}} uses only one of them.',
      removeThis: 'Remove this "{{key}}" entry.',
      removeOther: 'Remove the "{{other}}" entry.',
    },
  },
  check: duplicateFindings,
});
