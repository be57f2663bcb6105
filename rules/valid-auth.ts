import { NO_COLON_CONTAINERS, REFUSAL_MESSAGE_IDS, REFUSED, validAuthFindings, type ValidAuthMessageIds } from "../lib/core/checks/valid-auth.js";
import { createRule } from "../lib/eslint/create-rule.js";
import { type FlavorOption, flavorSchema } from "../lib/eslint/rule-context.js";

// The client facts the messages are built from, for tests and the differential suite.
export { NO_COLON_CONTAINERS, REFUSAL_MESSAGE_IDS, REFUSED };

const HOW = "Encode it with: printf '%s' 'user:password' | base64 -w0 (macOS: base64 without -w0).";

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
      notString:
        '"auth" of "{{key}}" is a JSON {{type}}, not a string: {{client}} cannot read the whole file ("json: cannot unmarshal {{type}} into Go struct field … of type string"). ' +
        HOW,
      illegalCharacter:
        '"auth" of "{{key}}" is not base64: a character outside A–Z a–z 0–9 + / = at byte {{offset}}, where {{client}} stops ("illegal base64 data at input byte {{offset}}"); {{refused}}. ' +
        HOW,
      urlSafeAlphabet:
        '"auth" of "{{key}}" uses the URL-safe base64 alphabet (- or _ at byte {{offset}}), which {{client}} rejects ("illegal base64 data at input byte {{offset}}"); {{refused}}. ' +
        HOW,
      whitespaceInBase64:
        '"auth" of "{{key}}" has a space or tab at byte {{offset}} (a wrapped base64 line joined with spaces?), which {{client}} rejects ("illegal base64 data at input byte {{offset}}"); {{refused}}. ' +
        HOW,
      badPadding:
        '"auth" of "{{key}}" has wrong base64 padding: its length must be a multiple of 4, with "=" only at the end; {{client}} stops at byte {{offset}} ("illegal base64 data at input byte {{offset}}"); {{refused}}. ' +
        HOW,
      noColon:
        '"auth" of "{{key}}" decodes to text without the ":" between user name and password: {{client}} refuses it: {{refused}}. ' +
        HOW,
      encodedTwice:
        '"auth" of "{{key}}" is base64 of a base64 value (encoded twice), so it decodes to text without ":": {{client}} refuses it: {{refused}}. ' +
        HOW,
      emptyUsername:
        '"auth" of "{{key}}" decodes to an empty user name (":" first): {{client}} refuses it ("Invalid auth configuration file"); {{refused}}. ' +
        HOW,
      trailingNewline:
        '"auth" of "{{key}}" decodes to a password ending in a line break, probably from `echo` without -n: {{client}} loads it silently and sends the wrong password, and the registry answers "unauthorized". ' +
        HOW,
      embeddedNewline:
        '"auth" of "{{key}}" decodes to a user name or password with a line break inside (a wrapped base64 line, or text from a multi-line file?): {{client}} sends it as is, and the registry most likely answers "unauthorized". ' +
        HOW,
      surroundingWhitespace:
        '"auth" of "{{key}}" decodes to a user name or password with a space or tab at its start or end (a copy-paste or a quoting slip?): {{client}} sends it as is, and the registry most likely answers "unauthorized". ' +
        HOW,
      utf16:
        '"auth" of "{{key}}" decodes to text with NUL bytes: it was encoded from UTF-16 (PowerShell\'s [Text.Encoding]::Unicode), so {{client}} sends the wrong user name and password. Use [Text.Encoding]::UTF8, or: ' +
        HOW,
      notUtf8:
        '"auth" of "{{key}}" decodes to bytes that are not UTF-8 text: this is not base64 of user:password (a raw token pasted as auth?), and the registry will answer "unauthorized". ' +
        HOW,
      authMismatch:
        '"auth" of "{{key}}" disagrees with the {{fields}} of the same entry: {{client}} uses "auth" and ignores the {{fields}}, so one of them is stale. Update or remove the stale one.',
      reencodeWithoutNewline: "Re-encode without the line break at the end of the password.",
      reencodeTrimmed: "Re-encode without the whitespace and line breaks around the user name and the password.",
      reencodeWithoutNul: "Re-encode without the NUL bytes (as UTF-8).",
      rewriteStandardBase64: "Rewrite the value in padded standard base64 (the decoded text stays the same).",
      decodeOnce: "Replace the value with its decoded text, which is the base64 of user:password.",
    },
  },
  check: validAuthFindings,
});
