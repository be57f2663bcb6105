import type { JSONSchema4, JSONSchema4ObjectSchema } from "@typescript-eslint/utils/json-schema";
import { unknownPropertyFindings, type UnknownPropertyMessageIds, type UnknownPropertyOptions } from "../lib/core/checks/no-unknown-properties.js";
import { createRule } from "../lib/eslint/create-rule.js";
import { flavorSchema } from "../lib/eslint/rule-context.js";

export type Options = UnknownPropertyOptions;

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

export default createRule<UnknownPropertyMessageIds, [Options]>({
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
      unknownProperty: '"{{key}}" is unknown to {{client}}: ignored, and lost on rewrite.',
      misspelledProperty: '"{{key}}" is unknown to {{client}}: did you mean "{{field}}"?',
      nonCanonicalCase: '"{{key}}" is read as "{{field}}" only by Go; exact readers ignore it.',
      dockerOnlyProperty: '"{{key}}" is a Docker CLI field: {{client}} ignores it here.',
      renameTo: 'Rename "{{key}}" to "{{field}}".',
    },
  },
  check: unknownPropertyFindings,
});
