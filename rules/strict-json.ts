import { strictJsonFindings, type StrictJsonMessageIds } from "../lib/core/checks/strict-json.js";
import { createRule } from "../lib/eslint/create-rule.js";
import { type FlavorOption, flavorSchema } from "../lib/eslint/rule-context.js";

export default createRule<StrictJsonMessageIds, [FlavorOption]>({
  name: "strict-json",
  meta: {
    type: "problem",
    docs: {
      description: "require strict JSON that Go's decoder accepts, with the value types the client expects",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [flavorSchema],
    defaultOptions: [{}],
    messages: {
      byteOrderMark: 'A UTF-8 byte order mark is not JSON: {{effect}}.',
      comment: 'Comments are not JSON: {{effect}}.',
      trailingComma: 'A trailing comma is not JSON: {{effect}}.',
      singleQuotes: 'Single-quoted strings are not JSON: {{effect}}.',
      unquotedKey: 'Unquoted keys are not JSON: {{effect}}.',
      invalidString: 'A raw control character or bad escape in a string: {{effect}}.',
      invalidValue: 'This value is not JSON: {{effect}} ("{{reason}}").',
      invalidWhitespace: 'This character is not JSON whitespace: {{effect}}.',
      notJson: 'This is not JSON: {{effect}} ("{{reason}}").',
      wrongType: 'A value in "{{field}}" is not {{expected}}: {{effect}}.',
      removeComment: "Remove this comment.",
    },
  },
  check: strictJsonFindings,
});
