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
      noCredential:
        'Entry "{{key}}" holds no credential (no password, no token) and no credential helper serves it: {{client}} sends no credentials for this registry, and the registry answers "unauthorized" for private images. Log in again, or remove the entry.',
      fieldsIgnored:
        'Entry "{{key}}" has no "auth": {{client}} reads only "auth" (and "identitytoken" next to a valid "auth") and ignores the other fields, so it sends no credentials for this registry. Encode it with: printf \'%s\' \'user:password\' | base64 -w0.',
      removeEntry: 'Remove the "{{key}}" entry.',
    },
  },
  check: emptyCredentialFindings,
});
