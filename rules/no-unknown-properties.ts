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
  check: unknownPropertyFindings,
});
