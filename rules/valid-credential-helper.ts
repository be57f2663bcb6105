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
      helperPrefix:
        "{{setting}} is {{value}}, so {{client}} runs {{program}}, a program that does not exist: write the helper name without \"docker-credential-\".",
      helperPath:
        '{{setting}} is a path, {{value}}: {{client}} runs {{program}}, a program that does not exist. Put the helper on PATH as "docker-credential-NAME" and write only NAME.',
      helperWhitespace:
        "{{setting}} is {{value}}, with whitespace or control characters: {{client}} runs {{program}}, a program that does not exist.",
      emptyCredsStore:
        '"credsStore" is empty: {{client}} uses no credential helper and keeps credentials in this file. Name a helper ({{stores}}) or remove "credsStore".',
      emptyHelper:
        'The credential helper for "{{key}}" is empty: {{client}} keeps {{registry}} credentials in this file, not in a helper, even when "credsStore" names one. Name a helper or remove the entry.',
      emptyHelperName:
        'The credential helper for "{{key}}" is empty: {{client}} runs "docker-credential-", a program that does not exist.',
      shadowedEntry:
        'Entry "{{key}}" holds credentials ({{fields}}) that {{client}} never reads: it asks the credential helper "{{helper}}" (from "{{via}}") for {{registry}}.',
      useName: 'Write "{{name}}".',
      removeCredsStore: 'Remove "credsStore".',
      removeHelper: 'Remove the "{{key}}" entry.',
      emptyEntry: 'Replace the credentials of "{{key}}" with {}, the marker a credential helper leaves.',
    },
  },
  check: credentialHelperFindings,
});
