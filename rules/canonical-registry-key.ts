import { canonicalKeyFindings, type CanonicalKeyMessageIds } from "../lib/core/checks/canonical-registry-key.js";
import { createRule } from "../lib/eslint/create-rule.js";
import { type FlavorOption, flavorSchema } from "../lib/eslint/rule-context.js";

export default createRule<CanonicalKeyMessageIds, [FlavorOption]>({
  name: "canonical-registry-key",
  meta: {
    type: "problem",
    docs: {
      description: "require registry keys that the client looks up",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [flavorSchema],
    defaultOptions: [{}],
    messages: {
      nonCanonicalKey: 'Key "{{key}}" is never looked up: write "{{canonical}}".',
      nonCanonicalHelperKey: 'Helper key "{{key}}" is never used: write "{{canonical}}".',
      hubHostKey: 'Key "{{key}}" is not the Docker Hub key "{{canonical}}".',
      useCanonical: 'Rename the key to "{{canonical}}".',
      keepThis: 'Remove the existing "{{canonical}}" entry (then rename this one).',
      keepOther: 'Remove this entry and keep the existing "{{canonical}}" entry.',
    },
  },
  check: canonicalKeyFindings,
});
