import { credentialHelperFindings, type CredentialHelperMessageIds } from "../lib/core/checks/valid-credential-helper.js";
import { createRule } from "../lib/eslint/create-rule.js";
import { type FlavorOption, flavorSchema } from "../lib/eslint/rule-context.js";

export default createRule<CredentialHelperMessageIds, [FlavorOption]>({
  name: "valid-credential-helper",
  meta: {
    type: "problem",
    docs: {
      description: "require credential helper names the client can run, and no credentials a helper hides",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [flavorSchema],
    defaultOptions: [{}],
    messages: {
      helperPrefix: '{{setting}} is {{value}}: drop the "docker-credential-" prefix.',
      helperPath: '{{setting}} is a path, {{value}}: {{client}} finds no such program.',
      helperWhitespace: '{{setting}} is {{value}}, with whitespace: no such program exists.',
      emptyCredsStore: '"credsStore" is empty: {{client}} keeps credentials in this file.',
      emptyHelper: 'The helper for "{{key}}" is empty: its credentials stay in this file.',
      emptyHelperName: 'Helper for "{{key}}" is empty: {{client}} finds no such program.',
      shadowedEntry: 'Credentials of "{{key}}" are unused: {{client}} asks "{{helper}}".',
      useName: 'Write "{{name}}".',
      removeCredsStore: 'Remove "credsStore".',
      removeHelper: 'Remove the "{{key}}" entry.',
      emptyEntry: 'Replace the credentials of "{{key}}" with {}, as a helper leaves them.',
    },
  },
  check: credentialHelperFindings,
});
