import { createRule } from "../lib/eslint/create-rule.js";
import { removeProperty } from "../lib/eslint/json-fix.js";
import type { KeyedProperty, Section } from "../lib/core/model.js";
import { CLIENT_NAME, judgeKey, registryLabel } from "../lib/core/registry.js";
import { type FlavorOption, flavorOf, flavorSchema, modelOf } from "../lib/eslint/rule-context.js";

type MessageIds = "duplicateKey" | "sameRegistry" | "removeThis" | "removeOther";

export default createRule<MessageIds, [FlavorOption]>({
  name: "no-duplicate-registry",
  meta: {
    type: "problem",
    docs: {
      description: "disallow two keys in one object that serve the same registry",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [flavorSchema],
    defaultOptions: [{}],
    messages: {
      duplicateKey:
        'Key "{{key}}" appears again later in "{{section}}": Go\'s JSON decoder keeps only the last one, so this entry is ignored.',
      sameRegistry:
        'Keys "{{other}}" and "{{key}}" in "{{section}}" are both for {{registry}}: {{client}} uses only one of them.',
      removeThis: 'Remove this "{{key}}" entry.',
      removeOther: 'Remove the "{{other}}" entry.',
    },
  },
  create(context) {
    const model = modelOf(context);
    if (model === null) return {};
    const flavor = flavorOf(context, context.options[0]);
    const client = CLIENT_NAME[flavor];
    const { sourceCode } = context;

    function check(section: Section): void {
      const sectionName = section.property?.key ?? "(top level)";
      const lastByKey = new Map<string, KeyedProperty>();
      for (const entry of section.entries) lastByKey.set(entry.key, entry);
      const firstByRegistry = new Map<string, KeyedProperty>();

      // Built only for the entries reported, not for every entry of a large file.
      const removeThis = (entry: KeyedProperty) => ({
        messageId: "removeThis" as const,
        data: { key: entry.shown },
        fix: (fixer: Parameters<typeof removeProperty>[0]) => removeProperty(fixer, sourceCode, entry.property),
      });
      for (const entry of section.entries) {
        if (lastByKey.get(entry.key) !== entry) {
          context.report({
            loc: entry.property.key.loc,
            messageId: "duplicateKey",
            data: { key: entry.shown, section: sectionName },
            suggest: [removeThis(entry)],
          });
          continue;
        }
        const { registry, reason } = judgeKey(entry.key, flavor, section.name);
        if (reason === "noHost") continue;
        const first = firstByRegistry.get(registry);
        if (first === undefined) {
          firstByRegistry.set(registry, entry);
          continue;
        }
        const data = { key: entry.shown, other: first.shown, section: sectionName, registry: registryLabel(registry), client };
        context.report({
          loc: entry.property.key.loc,
          messageId: "sameRegistry",
          data,
          suggest: [
            { ...removeThis(entry), data },
            {
              messageId: "removeOther",
              data,
              fix: (fixer) => removeProperty(fixer, sourceCode, first.property),
            },
          ],
        });
      }
    }

    return {
      Program() {
        if (model.auths) check(model.auths);
        if (model.credHelpers) check(model.credHelpers);
      },
    };
  },
});
