import { NO_COLON_CONTAINERS, REFUSAL_MESSAGE_IDS, REFUSED, validAuthFindings, type ValidAuthMessageIds } from "../lib/core/checks/valid-auth.js";
import { createRule } from "../lib/eslint/create-rule.js";
import { type FlavorOption, flavorSchema } from "../lib/eslint/rule-context.js";

// The client facts the messages are built from, for tests and the differential suite.
export { NO_COLON_CONTAINERS, REFUSAL_MESSAGE_IDS, REFUSED };


export default createRule<ValidAuthMessageIds, [FlavorOption]>({
  name: "valid-auth",
  meta: {
    type: "problem",
    docs: {
      description: "require `auth` values that the client decodes to the intended user:password",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [flavorSchema],
    defaultOptions: [{}],
    messages: {
      notString: '"auth" of "{{key}}" is a JSON {{type}}: the whole file is unreadable.',
      illegalCharacter: '"auth" of "{{key}}" is not base64 (byte {{offset}}): encode user:password.',
      urlSafeAlphabet: '"auth" of "{{key}}" is URL-safe base64 (byte {{offset}}): use standard base64.',
      whitespaceInBase64: '"auth" of "{{key}}" has a space or tab (byte {{offset}}), which base64 lacks.',
      badPadding: '"auth" of "{{key}}" has wrong base64 padding (byte {{offset}}): re-encode it.',
      noColon: '"auth" of "{{key}}" has no ":" when decoded: {{client}} refuses it.',
      encodedTwice: '"auth" of "{{key}}" is base64 encoded twice: {{client}} refuses it.',
      emptyUsername: '"auth" of "{{key}}" has an empty user name: {{client}} refuses it.',
      trailingNewline: '"auth" of "{{key}}": the password ends in a line break (from echo?).',
      embeddedNewline: '"auth" of "{{key}}": a line break inside the user name or password.',
      surroundingWhitespace: '"auth" of "{{key}}": a blank around the user name or password.',
      utf16: '"auth" of "{{key}}" was encoded from UTF-16: encode UTF-8 instead.',
      notUtf8: '"auth" of "{{key}}" decodes to non-UTF-8 bytes, not user:password.',
      authMismatch: '"auth" of "{{key}}" and its {{fields}} differ: one is stale.',
      reencodeWithoutNewline: "Re-encode without the line break at the end of the password.",
      reencodeTrimmed: 'Re-encode without the whitespace around the user name and password.',
      reencodeWithoutNul: "Re-encode without the NUL bytes (as UTF-8).",
      rewriteStandardBase64: "Rewrite the value in padded standard base64 (the decoded text stays the same).",
      decodeOnce: "Replace the value with its decoded text, which is the base64 of user:password.",
    },
  },
  check: validAuthFindings,
});
