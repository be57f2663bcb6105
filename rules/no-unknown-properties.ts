import type { JSONSchema4, JSONSchema4ObjectSchema } from "@typescript-eslint/utils/json-schema";
import type { RuleFix, RuleFixer } from "@typescript-eslint/utils/ts-eslint";
import { createRule } from "../lib/eslint/create-rule.js";
import { AUTH_CONFIG, CONFIG_FILE, DOCKER_AUTH_CONFIG, DOCKER_CONFIG_FILE, type GoStruct, goFold, matchField, nearFields } from "../lib/core/fields.js";
import { renameKey } from "../lib/eslint/json-fix.js";
import { asObject, type KeyedProperty, keyOf } from "../lib/core/model.js";
import { CLIENT_NAME } from "../lib/core/registry.js";
import { type FlavorOption, flavorOf, flavorSchema, modelOf } from "../lib/eslint/rule-context.js";

type MessageIds = "unknownProperty" | "misspelledProperty" | "nonCanonicalCase" | "dockerOnlyProperty" | "renameTo";

export interface Options extends FlavorOption {
  allow?: string[];
}

const schema: JSONSchema4 = {
  type: "object",
  properties: {
    ...(flavorSchema as JSONSchema4ObjectSchema).properties,
    allow: {
      type: "array",
      items: { type: "string" },
      uniqueItems: true,
      description: "Extra key names to accept, exactly as written, at the top level and in `auths` entries.",
    },
  },
  additionalProperties: false,
};

const WHERE = { top: "at the top level", entry: 'in an "auths" entry' } as const;

export default createRule<MessageIds, [Options]>({
  name: "no-unknown-properties",
  meta: {
    type: "suggestion",
    docs: {
      description: "disallow keys that the client does not read, at the top level and in `auths` entries",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [schema],
    defaultOptions: [{ allow: [] }],
    messages: {
      unknownProperty:
        '"{{key}}" is not a field {{where}} that {{client}} reads: it is ignored, and lost when the client next rewrites the file.',
      misspelledProperty:
        '"{{key}}" is not a field {{where}} that {{client}} reads; did you mean "{{field}}"? As written it is ignored.',
      nonCanonicalCase:
        '"{{key}}" is read as "{{field}}" only because Go matches field names case-insensitively; readers that match names exactly ignore it. Write "{{field}}".',
      dockerOnlyProperty: '"{{key}}" is a Docker CLI field: {{client}} does not read it from this file.',
      renameTo: 'Rename "{{key}}" to "{{field}}".',
    },
  },
  create(context) {
    const model = modelOf(context);
    // A legacy .dockercfg is a map of registries: its keys are not fields.
    if (model === null || model.shape !== "config") return {};
    const options = context.options[0];
    const flavor = flavorOf(context, options);
    const allow = new Set(options.allow ?? []);
    const client = CLIENT_NAME[flavor];

    function check(props: readonly KeyedProperty[], own: GoStruct, docker: GoStruct, where: string): void {
      const folded = props.map((p) => goFold(p.key));
      props.forEach((p, i) => {
        if (allow.has(p.key)) return;
        const field = matchField(own, p.key) ?? matchField(docker, p.key);
        // Deprecated and ignored fields are no-deprecated-properties' business.
        if (field !== null && field.status !== "current") return;
        const loc = p.property.key.loc;
        const rename = (name: string) => (fixer: RuleFixer): RuleFix => renameKey(fixer, p.property, name);
        const taken = (name: string): boolean => props.some((q, j) => j !== i && goFold(q.key) === goFold(name));

        if (field !== null && own.fields.includes(field)) {
          if (p.key === field.name) return;
          const data = { key: p.shown, field: field.name };
          // A sibling spelled exactly right: Go fills the field from both, and a rename would
          // duplicate the key. Another variant: renaming both at once would.
          if (props.some((q) => q.key === field.name)) {
            context.report({ loc, messageId: "nonCanonicalCase", data });
          } else if (p.escaped || folded.filter((f) => f === folded[i]).length > 1) {
            context.report({ loc, messageId: "nonCanonicalCase", data, suggest: [{ messageId: "renameTo", data, fix: rename(field.name) }] });
          } else {
            context.report({ loc, messageId: "nonCanonicalCase", data, fix: rename(field.name) });
          }
          return;
        }
        if (field !== null) {
          context.report({ loc, messageId: "dockerOnlyProperty", data: { key: p.shown, client } });
          return;
        }
        const near = nearFields(p.key, own.fields.filter((f) => f.status === "current").map((f) => f.name));
        const first = near[0];
        if (first === undefined) {
          context.report({ loc, messageId: "unknownProperty", data: { key: p.shown, where, client } });
          return;
        }
        context.report({
          loc,
          messageId: "misspelledProperty",
          data: { key: p.shown, where, client, field: first },
          suggest: near
            .filter((name) => !taken(name))
            .map((name) => ({ messageId: "renameTo" as const, data: { key: p.shown, field: name }, fix: rename(name) })),
        });
      });
    }

    return {
      Program() {
        const fileStruct = CONFIG_FILE[flavor];
        const entryStruct = AUTH_CONFIG[flavor];
        check(model.top, fileStruct, DOCKER_CONFIG_FILE, WHERE.top);
        // Go decodes every key that folds to "auths" into the same map, so all of them hold entries.
        for (const top of model.top) {
          const auths = matchField(fileStruct, top.key)?.name === "auths" ? asObject(top.property.value) : null;
          for (const entry of auths?.properties ?? []) {
            const fields = asObject(entry.value);
            if (fields) check(fields.properties.map(keyOf), entryStruct, DOCKER_AUTH_CONFIG, WHERE.entry);
          }
        }
      },
    };
  },
});
