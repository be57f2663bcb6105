import type { RuleFix, RuleFixer } from "@typescript-eslint/utils/ts-eslint";
import type { AST } from "jsonc-eslint-parser";
import {
  authMismatch,
  base64Problem,
  decodeAuth,
  type Repair,
  repairAuth,
  type SilentFlags,
} from "../lib/core/auth.js";
import { isReference } from "../lib/core/references.js";
import { createRule } from "../lib/eslint/create-rule.js";
import { fieldProps, fieldString, nonStringType } from "../lib/core/entry-fields.js";
import type { Entry } from "../lib/core/model.js";
import { CLIENT_NAME, type Flavor } from "../lib/core/registry.js";
import { type FlavorOption, flavorOf, flavorSchema, modelOf } from "../lib/eslint/rule-context.js";

type MessageIds =
  | "notString"
  | "illegalCharacter"
  | "urlSafeAlphabet"
  | "whitespaceInBase64"
  | "badPadding"
  | "noColon"
  | "encodedTwice"
  | "emptyUsername"
  | "trailingNewline"
  | "embeddedNewline"
  | "surroundingWhitespace"
  | "utf16"
  | "notUtf8"
  | "authMismatch"
  | "reencodeWithoutNewline"
  | "reencodeTrimmed"
  | "reencodeWithoutNul"
  | "rewriteStandardBase64"
  | "decodeOnce";

const HOW = "Encode it with: printf '%s' 'user:password' | base64 -w0 (macOS: base64 without -w0).";

/** What happens when the client cannot decode the value. */
export const REFUSED: Record<Flavor, string> = {
  docker:
    "the Docker CLI prints \"WARNING: Error parsing config file\" on every command and stops decoding the other entries, in random order",
  containers: "containers/image fails the credential lookup for this registry",
  // secrets.go MakeDockerKeyring returns the first json.Unmarshal error of any listed Secret.
  kubernetes:
    "the kubelet refuses the whole Secret, and with it every image pull of every Pod that lists this Secret in imagePullSecrets, even of images that need no credentials",
};

export const NO_COLON_CONTAINERS = 'it warns "missing semicolon" and uses no credentials for this registry';

/** The messageIds that mean the client refuses the value (docker: "Error parsing config file"). */
export const REFUSAL_MESSAGE_IDS: ReadonlySet<string> = new Set<MessageIds>([
  "notString",
  "illegalCharacter",
  "urlSafeAlphabet",
  "whitespaceInBase64",
  "badPadding",
  "noColon",
  "encodedTwice",
  "emptyUsername",
]);

const SILENT: Record<keyof SilentFlags, MessageIds> = {
  trailingNewline: "trailingNewline",
  embeddedNewline: "embeddedNewline",
  surroundingWhitespace: "surroundingWhitespace",
  nul: "utf16",
  notUtf8: "notUtf8",
};

const REPAIR_FOR: Partial<Record<MessageIds, [Repair, MessageIds]>> = {
  trailingNewline: ["dropTrailingNewline", "reencodeWithoutNewline"],
  embeddedNewline: ["trimWhitespace", "reencodeTrimmed"],
  surroundingWhitespace: ["trimWhitespace", "reencodeTrimmed"],
  utf16: ["dropNul", "reencodeWithoutNul"],
  illegalCharacter: ["standardBase64", "rewriteStandardBase64"],
  urlSafeAlphabet: ["standardBase64", "rewriteStandardBase64"],
  whitespaceInBase64: ["standardBase64", "rewriteStandardBase64"],
  badPadding: ["standardBase64", "rewriteStandardBase64"],
  encodedTwice: ["decodeOnce", "decodeOnce"],
};

const BASE64_MESSAGE = {
  urlSafe: "urlSafeAlphabet",
  whitespace: "whitespaceInBase64",
  padding: "badPadding",
  character: "illegalCharacter",
} as const;

export default createRule<MessageIds, [FlavorOption]>({
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
  create(context) {
    const model = modelOf(context);
    if (model === null || model.auths === null) return {};
    const auths = model.auths;
    const flavor = flavorOf(context, context.options[0]);
    const client = CLIENT_NAME[flavor];
    const refused = REFUSED[flavor];

    function check(entry: Entry): void {
      if (entry.fields === null) return;
      const key = entry.shown;
      for (const prop of fieldProps(entry.fields, "auth")) {
        const type = nonStringType(prop.property.value);
        if (type !== null) {
          context.report({ loc: prop.property.key.loc, messageId: "notString", data: { key, type, client } });
        }
      }
      const auth = fieldString(entry.fields, "auth");
      if (auth === null || auth.value === "" || isReference(auth.value)) return;
      const { property } = auth.prop;
      const valueNode = property.value;

      const report = (messageId: MessageIds, data: Record<string, string | number> = {}): void => {
        const all = { key, client, refused, ...data };
        const repair = REPAIR_FOR[messageId];
        const fixed = repair ? repairAuth(auth.value, repair[0], flavor) : null;
        context.report({
          loc: property.key.loc,
          messageId,
          data: all,
          ...(repair && fixed !== null
            ? { suggest: [{ messageId: repair[1], data: all, fix: (fixer: RuleFixer) => replaceString(fixer, valueNode, fixed) }] }
            : {}),
        });
      };

      const v = decodeAuth(auth.value, flavor);
      if (v.error === "base64") {
        const offset = v.offset ?? 0;
        report(BASE64_MESSAGE[base64Problem(auth.value, offset)], { offset });
        return;
      }
      if (v.error === "noColon") {
        const why =
          flavor === "docker"
            ? `"Invalid auth configuration file", and ${refused}`
            : flavor === "kubernetes"
              ? `"unable to parse auth field, must be formatted as base64(username:password)", and ${refused}`
              : NO_COLON_CONTAINERS;
        report(repairAuth(auth.value, "decodeOnce", flavor) !== null ? "encodedTwice" : "noColon", { refused: why });
        return;
      }
      if (v.error === "emptyUser") {
        report("emptyUsername");
        return;
      }
      for (const flag of Object.keys(SILENT) as (keyof SilentFlags)[]) {
        if (v.flags[flag]) report(SILENT[flag]);
      }
      const username = fieldString(entry.fields, "username");
      const password = fieldString(entry.fields, "password");
      const differs = authMismatch(
        auth.value,
        username && username.value !== "" ? username.value : null,
        password && password.value !== "" ? password.value : null,
      );
      if (differs.length > 0) {
        const fields = differs.map((f) => `"${f}" field`).join(" and ");
        context.report({ loc: property.key.loc, messageId: "authMismatch", data: { key, client, fields } });
      }
    }

    return {
      Program() {
        for (const entry of auths.entries) check(entry);
      },
    };
  },
});

/** Replace a string value's text, keeping its quote style (the new value is plain base64: no escapes needed). */
function replaceString(fixer: RuleFixer, node: AST.JSONNode, value: string): RuleFix {
  const [start, end] = node.range;
  return fixer.replaceTextRange([start + 1, end - 1], value);
}
