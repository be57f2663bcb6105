import { emptyCredentialFindings, type EmptyCredentialMessageIds } from "../lib/core/checks/no-empty-credential.js";
import { createRule } from "../lib/eslint/create-rule.js";
import { type FlavorOption, flavorSchema } from "../lib/eslint/rule-context.js";

export default createRule<EmptyCredentialMessageIds, [FlavorOption]>({
  name: "no-empty-credential",
  meta: {
    type: "suggestion",
    docs: {
      description: "disallow `auths` entries that give the client no credential to send",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [flavorSchema],
    defaultOptions: [{}],
    messages: {
      noCredential: 'Entry "{{key}}" has no credential or helper: log in again, or remove it.',
      fieldsIgnored: 'Entry "{{key}}" has no "auth": {{client}} ignores its other fields.',
      removeEntry: 'Remove the "{{key}}" entry.',
    },
  },
  check: emptyCredentialFindings,
});
