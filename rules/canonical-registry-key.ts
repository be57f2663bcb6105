import type { RuleFix, RuleFixer } from "@typescript-eslint/utils/ts-eslint";
import { createRule } from "../lib/create-rule.js";
import { removeProperty, renameKey } from "../lib/json-fix.js";
import type { KeyedProperty, Section } from "../lib/model.js";
import { CLIENT_NAME, judgeKey, type KeyVerdict, registryLabel } from "../lib/registry.js";
import { type FlavorOption, flavorOf, flavorSchema, modelOf } from "../lib/rule-context.js";

type MessageIds =
  | "nonCanonicalKey"
  | "nonCanonicalHelperKey"
  | "hubHostKey"
  | "legacyKeyForm"
  | "useCanonical"
  | "keepThis"
  | "keepOther";

export default createRule<MessageIds, [FlavorOption]>({
  name: "canonical-registry-key",
  meta: {
    type: "problem",
    docs: {
      description: "require registry keys that the client looks up",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [flavorSchema],
    defaultOptions: [{}],
    messages: {
      nonCanonicalKey:
        'Key "{{key}}" is meant for {{registry}}, but {{client}} looks up "{{canonical}}": push and pull will not find these credentials.',
      nonCanonicalHelperKey:
        'Key "{{key}}" is meant for {{registry}}, but {{client}} looks up "{{canonical}}": this credential helper is never asked for {{registry}}.',
      hubHostKey:
        'Key "{{key}}" is used only for images named "{{key}}/…": Docker Hub images (docker.io/…) look up "{{canonical}}", so push and pull will not find these credentials.',
      legacyKeyForm:
        'Key "{{key}}" is a legacy form of "{{canonical}}": {{client}} finds it only through a fallback that normalises every key; write "{{canonical}}".',
      useCanonical: 'Rename the key to "{{canonical}}".',
      keepThis: 'Remove the existing "{{canonical}}" entry, so that this one can be renamed to it.',
      keepOther: 'Remove this entry and keep the existing "{{canonical}}" entry.',
    },
  },
  create(context) {
    const model = modelOf(context);
    if (model === null) return {};
    const flavor = flavorOf(context, context.options[0]);
    const client = CLIENT_NAME[flavor];
    const { sourceCode } = context;

    function check(section: Section): void {
      const use = section.name;
      const verdicts = section.entries.map((entry) => judgeKey(entry.key, flavor, use));
      // How many entries would end up under each canonical key: a rename into a taken key is
      // never automatic.
      const claims = new Map<string, number>();
      for (const v of verdicts) claims.set(v.canonical, (claims.get(v.canonical) ?? 0) + 1);
      const byKey = new Map<string, KeyedProperty>();
      for (const entry of section.entries) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);

      section.entries.forEach((entry, i) => {
        const v = verdicts[i] as KeyVerdict;
        if (v.reason === "canonical" || v.reason === "noHost") return;
        const data = { key: entry.shown, canonical: v.canonical, registry: registryLabel(v.registry), client };
        const messageId =
          v.reason === "hubHost"
            ? "hubHostKey"
            : v.found
              ? "legacyKeyForm"
              : use === "credHelpers"
                ? "nonCanonicalHelperKey"
                : "nonCanonicalKey";
        const rename = (fixer: RuleFixer): RuleFix => renameKey(fixer, entry.property, v.canonical);
        const existing = byKey.get(v.canonical);
        if (existing !== undefined) {
          // One edit per suggestion: ESLint merges several edits into one replacement that spans
          // the text between them, which would copy other entries' secrets into the fix text that
          // `--format json` prints. After "keep this", the rename is an autofix of its own.
          context.report({
            loc: entry.property.key.loc,
            messageId,
            data,
            suggest: [
              {
                messageId: "keepThis",
                data,
                fix: (fixer) => removeProperty(fixer, sourceCode, existing.property),
              },
              { messageId: "keepOther", data, fix: (fixer) => removeProperty(fixer, sourceCode, entry.property) },
            ],
          });
          return;
        }
        const automatic = v.certain && !entry.escaped && claims.get(v.canonical) === 1;
        context.report({
          loc: entry.property.key.loc,
          messageId,
          data,
          ...(automatic
            ? { fix: rename }
            : { suggest: [{ messageId: "useCanonical", data, fix: rename }] }),
        });
      });
    }

    return {
      Program() {
        if (model.auths) check(model.auths);
        if (model.credHelpers) check(model.credHelpers);
      },
    };
  },
});
