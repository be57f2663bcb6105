import type { RuleFix, RuleFixer } from "@typescript-eslint/utils/ts-eslint";
import type { AST } from "jsonc-eslint-parser";
import { createRule } from "../lib/eslint/create-rule.js";
import {
  HELPER_PREFIX,
  helpersOf,
  helperNameProblem,
  servingHelper,
  STORE_HELPERS,
  storedSecrets,
} from "../lib/core/credentials.js";
import { emptyValue, removeProperty, replaceString } from "../lib/eslint/json-fix.js";
import { type KeyedProperty, stringValue } from "../lib/core/model.js";
import { CLIENT_NAME, judgeKey, registryLabel } from "../lib/core/registry.js";
import { type FlavorOption, flavorOf, flavorSchema, modelOf } from "../lib/eslint/rule-context.js";

type MessageIds =
  | "helperPrefix"
  | "helperPath"
  | "helperWhitespace"
  | "emptyCredsStore"
  | "emptyHelper"
  | "emptyHelperName"
  | "shadowedEntry"
  | "useName"
  | "removeCredsStore"
  | "removeHelper"
  | "emptyEntry";

export default createRule<MessageIds, [FlavorOption]>({
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
  create(context) {
    const model = modelOf(context);
    if (model === null) return {};
    const flavor = flavorOf(context, context.options[0]);
    const client = CLIENT_NAME[flavor];
    const { sourceCode } = context;

    function checkName(setting: KeyedProperty, section: "credsStore" | "credHelpers"): void {
      const { property } = setting;
      const value = stringValue(property.value);
      if (value === null) return; // a wrong type is not a helper name question
      const problem = helperNameProblem(value);
      if (problem === null) return;
      const loc = property.key.loc;
      const remove = {
        messageId: section === "credsStore" ? ("removeCredsStore" as const) : ("removeHelper" as const),
        data: { key: setting.shown },
        fix: (fixer: RuleFixer): RuleFix => removeProperty(fixer, sourceCode, property),
      };
      if (problem.kind === "empty") {
        if (section === "credsStore") {
          context.report({ loc, messageId: "emptyCredsStore", data: { client, stores: STORE_HELPERS.join(", ") }, suggest: [remove] });
          return;
        }
        const registry = registryLabel(judgeKey(setting.key, flavor, "credHelpers").registry);
        const messageId = flavor === "docker" ? "emptyHelper" : "emptyHelperName";
        context.report({ loc, messageId, data: { key: setting.shown, registry, client }, suggest: [remove] });
        return;
      }
      const data = {
        setting: section === "credsStore" ? '"credsStore"' : `The credential helper for ${JSON.stringify(setting.shown)}`,
        value: JSON.stringify(value),
        program: JSON.stringify(HELPER_PREFIX + value),
        client,
      };
      const messageId =
        problem.kind === "prefix" ? "helperPrefix" : problem.kind === "path" ? "helperPath" : "helperWhitespace";
      const { name } = problem;
      if (name === null) {
        context.report({ loc, messageId, data });
        return;
      }
      const rename = (fixer: RuleFixer): RuleFix => replaceString(fixer, property.value, name);
      // Stripping the prefix is certain; a path or stray spaces may hide another mistake.
      const automatic = problem.kind === "prefix" && isPlainString(property.value);
      context.report({
        loc,
        messageId,
        data,
        ...(automatic ? { fix: rename } : { suggest: [{ messageId: "useName", data: { name }, fix: rename }] }),
      });
    }

    function checkShadowed(): void {
      if (model?.auths == null) return;
      const helpers = helpersOf(model, flavor);
      const store = model.credsStore ? stringValue(model.credsStore.property.value) : null;
      if (helpers.size === 0 && !store) return;
      for (const entry of model.auths.entries) {
        if (entry.fields === null) continue;
        const serving = servingHelper(entry.key, flavor, helpers, store);
        if (serving === null) continue;
        // Placeholders count here: whatever they become at run time is never read either.
        const fields = storedSecrets(entry.fields, { allowPlaceholders: false });
        if (fields.length === 0) continue;
        const data = {
          key: entry.shown,
          fields: fields.join(", "),
          helper: serving.helper,
          via: serving.via,
          registry: registryLabel(judgeKey(entry.key, flavor, "auths").registry),
          client,
        };
        context.report({
          loc: entry.property.key.loc,
          messageId: "shadowedEntry",
          data,
          suggest: [{ messageId: "emptyEntry", data: { key: entry.shown }, fix: (fixer) => emptyValue(fixer, entry.property) }],
        });
      }
    }

    return {
      Program() {
        // containers/image does not read credsStore (containers-auth.md §2.2).
        if (model.credsStore && flavor === "docker") checkName(model.credsStore, "credsStore");
        for (const entry of model.credHelpers?.entries ?? []) checkName(entry, "credHelpers");
        checkShadowed();
      },
    };
  },
});

/** A string token a fix can rewrite without touching escapes. */
function isPlainString(node: AST.JSONNode): boolean {
  return node.type === "JSONLiteral" && typeof node.value === "string" && !node.raw.slice(1, -1).includes("\\");
}
