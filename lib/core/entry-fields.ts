// The fields of an `auths` entry as Go's encoding/json fills `types.AuthConfig` from them: a key
// matches a field case-insensitively (Unicode simple folding: `ſ` is `s`, `K` is `k`), every
// matching key is assigned in order so the last one wins, and `null` leaves the field unchanged.
import type { AST } from "jsonc-eslint-parser";
import { DOCKER_AUTH_CONFIG, goFold } from "./fields.js";
import { type KeyedProperty, stringValue } from "./model.js";

/** Go's word for a JSON value that cannot fill a string field, or null when it can (string, null). */
export function nonStringType(node: AST.JSONNode): "number" | "bool" | "array" | "object" | null {
  switch (node.type) {
    case "JSONLiteral":
      if (typeof node.value === "number" || typeof node.value === "bigint") return "number";
      if (typeof node.value === "boolean") return "bool";
      return null;
    case "JSONUnaryExpression":
      return "number";
    case "JSONIdentifier":
      return node.name === "Infinity" || node.name === "NaN" ? "number" : null;
    case "JSONArrayExpression":
      return "array";
    case "JSONObjectExpression":
      return "object";
    default:
      return null;
  }
}

export interface FieldValue {
  prop: KeyedProperty;
  value: string;
}

/** The properties that fill field `name`, in file order. */
export function fieldProps(fields: readonly KeyedProperty[], name: string): KeyedProperty[] {
  const folded = goFold(name);
  return fields.filter((f) => goFold(f.key) === folded);
}

/** The string Go ends up with in field `name`: the last string-valued match, or null. */
export function fieldString(fields: readonly KeyedProperty[], name: string): FieldValue | null {
  let found: FieldValue | null = null;
  for (const prop of fieldProps(fields, name)) {
    const value = stringValue(prop.property.value);
    if (value !== null) found = { prop, value };
  }
  return found;
}

/** Whether any property filling one of the entry's fields has a value Go cannot decode into a string. */
export function hasTypeError(fields: readonly KeyedProperty[]): boolean {
  return fields.some((f) => nonStringType(f.property.value) !== null && STRING_FIELDS.has(goFold(f.key)));
}

/** `types.AuthConfig` fields (all strings), folded. */
const STRING_FIELDS = new Set(DOCKER_AUTH_CONFIG.fields.map((f) => goFold(f.name)));
