import { entryCredential, type EntryStrings } from "../lib/auth.js";
import { createRule } from "../lib/create-rule.js";
import { fieldString, hasTypeError } from "../lib/entry-fields.js";
import { removeProperty } from "../lib/json-fix.js";
import { stringValue } from "../lib/model.js";
import { CLIENT_NAME, splitKey } from "../lib/registry.js";
import { type FlavorOption, flavorOf, flavorSchema, modelOf } from "../lib/rule-context.js";

type MessageIds = "noCredential" | "fieldsIgnored" | "removeEntry";

const FIELDS = ["auth", "username", "password", "identitytoken", "registrytoken"] as const;

export default createRule<MessageIds, [FlavorOption]>({
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
  create(context) {
    const model = modelOf(context);
    if (model === null || model.auths === null) return {};
    const auths = model.auths;
    const flavor = flavorOf(context, context.options[0]);
    const client = CLIENT_NAME[flavor];
    const { sourceCode } = context;

    // Docker asks `credsStore` for every registry without a `credHelpers` entry: then an `{}` entry
    // is the normal marker `docker login` leaves, and the file says nothing about the credential.
    const store = model.credsStore ? stringValue(model.credsStore.property.value) : null;
    if (flavor === "docker" && store !== null && store !== "") return {};
    const helperKeys = new Set((model.credHelpers?.entries ?? []).map((e) => e.key));
    const hasHelper = (key: string): boolean => helperKeys.has(key) || helperKeys.has(splitKey(key).host);

    return {
      Program() {
        for (const entry of auths.entries) {
          if (entry.fields === null || hasTypeError(entry.fields) || hasHelper(entry.key)) continue;
          const fields = entry.fields;
          const strings = Object.fromEntries(FIELDS.map((f) => [f, fieldString(fields, f)?.value ?? null])) as unknown as EntryStrings;
          const verdict = entryCredential(strings, flavor);
          if (verdict !== "none" && verdict !== "ignoredFields") continue;
          const data = { key: entry.shown, client };
          context.report({
            loc: entry.property.key.loc,
            messageId: verdict === "none" ? "noCredential" : "fieldsIgnored",
            data,
            suggest:
              verdict === "none"
                ? [{ messageId: "removeEntry", data, fix: (fixer) => removeProperty(fixer, sourceCode, entry.property) }]
                : [],
          });
        }
      },
    };
  },
});
