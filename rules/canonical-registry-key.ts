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
      nonCanonicalKey:
        'Key "{{key}}" is meant for {{registry}}, but {{client}} looks up "{{canonical}}": push and pull will not find these credentials.',
      nonCanonicalHelperKey:
        'Key "{{key}}" is meant for {{registry}}, but {{client}} looks up "{{canonical}}": this credential helper is never asked for {{registry}}.',
      hubHostKey:
        'Key "{{key}}" is used only for images named "{{key}}/…": Docker Hub images (docker.io/…) look up "{{canonical}}", so push and pull will not find these credentials.',
      useCanonical: 'Rename the key to "{{canonical}}".',
      keepThis: 'Remove the existing "{{canonical}}" entry, so that this one can be renamed to it.',
      keepOther: 'Remove this entry and keep the existing "{{canonical}}" entry.',
    },
  },
  check: canonicalKeyFindings,
});
