// The fields of an `auths` entry as Go's encoding/json fills `types.AuthConfig` from them: a key
// matches a field case-insensitively (Unicode simple folding: `ſ` is `s`, `K` is `k`), every
// matching key is assigned in order so the last one wins, and `null` leaves the field unchanged.
// And the verdicts every rule reads about an entry, computed once per entry and flavor: its key
// judged, its fields resolved, its `auth` decoded, its credential weighed.
import type { AST } from "jsonc-eslint-parser";
import { type AuthVerdict, type CredentialVerdict, decodeAuth, entryCredential, type EntryStrings } from "./auth.js";
import { DOCKER_AUTH_CONFIG, goFold } from "./fields.js";
import type { Entry, KeyedProperty } from "./model.js";
import { stringValue } from "./model.js";
import { type Flavor, judgeKey, type KeyUse, type KeyVerdict } from "./registry.js";

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

interface FieldIndex {
  props: Map<string, KeyedProperty[]>;
  strings: Map<string, FieldValue | null>;
}

const NO_PROPS: KeyedProperty[] = [];
// Keyed by an entry's `fields` array, which the model builds once per entry: every rule that asks
// about the same entry shares one pass over its fields.
const indexes = new WeakMap<readonly KeyedProperty[], FieldIndex>();

function indexOf(fields: readonly KeyedProperty[]): FieldIndex {
  let index = indexes.get(fields);
  if (index === undefined) {
    const props = new Map<string, KeyedProperty[]>();
    for (const f of fields) {
      const folded = goFold(f.key);
      const list = props.get(folded);
      if (list === undefined) props.set(folded, [f]);
      else list.push(f);
    }
    index = { props, strings: new Map() };
    indexes.set(fields, index);
  }
  return index;
}

/** The properties that fill field `name`, in file order (shared: do not modify). */
export function fieldProps(fields: readonly KeyedProperty[], name: string): KeyedProperty[] {
  return indexOf(fields).props.get(goFold(name)) ?? NO_PROPS;
}

/** The string Go ends up with in field `name`: the last string-valued match, or null. */
export function fieldString(fields: readonly KeyedProperty[], name: string): FieldValue | null {
  const index = indexOf(fields);
  const folded = goFold(name);
  let found = index.strings.get(folded);
  if (found === undefined) {
    found = null;
    for (const prop of index.props.get(folded) ?? NO_PROPS) {
      const value = stringValue(prop.property.value);
      if (value !== null) found = { prop, value };
    }
    index.strings.set(folded, found);
  }
  return found;
}

/** Whether any property filling one of the entry's fields has a value Go cannot decode into a string. */
export function hasTypeError(fields: readonly KeyedProperty[]): boolean {
  return fields.some((f) => nonStringType(f.property.value) !== null && STRING_FIELDS.has(goFold(f.key)));
}

/** `types.AuthConfig` fields (all strings), folded. */
const STRING_FIELDS = new Set(DOCKER_AUTH_CONFIG.fields.map((f) => goFold(f.name)));

// ---------------------------------------------------------------------------------------------
// Verdicts per entry, computed once.

interface EntryMemo {
  verdicts: Map<string, KeyVerdict>;
  strings?: EntryStrings | null;
  auth: Map<Flavor, AuthVerdict | null>;
  credential: Map<Flavor, CredentialVerdict | null>;
}

const memos = new WeakMap<KeyedProperty, EntryMemo>();

function memoOf(entry: KeyedProperty): EntryMemo {
  let memo = memos.get(entry);
  if (memo === undefined) {
    memo = { verdicts: new Map(), auth: new Map(), credential: new Map() };
    memos.set(entry, memo);
  }
  return memo;
}

/** judgeKey of an entry's key, once per entry, flavor and use. */
export function verdictOf(entry: KeyedProperty, flavor: Flavor, use: KeyUse = "auths"): KeyVerdict {
  const memo = memoOf(entry);
  const slot = `${flavor} ${use}`;
  let verdict = memo.verdicts.get(slot);
  if (verdict === undefined) {
    verdict = judgeKey(entry.key, flavor, use);
    memo.verdicts.set(slot, verdict);
  }
  return verdict;
}

const STRING_FIELD_NAMES = ["auth", "username", "password", "identitytoken", "registrytoken"] as const;

/** The string fields an `auths` entry ends up with (null when its value is not an object). */
export function entryStringsOf(entry: Entry): EntryStrings | null {
  const memo = memoOf(entry);
  if (memo.strings === undefined) {
    const fields = entry.fields;
    memo.strings =
      fields === null
        ? null
        : (Object.fromEntries(STRING_FIELD_NAMES.map((f) => [f, fieldString(fields, f)?.value ?? null])) as unknown as EntryStrings);
  }
  return memo.strings;
}

/** decodeAuth of the `auth` string an entry ends up with, once per entry and flavor; null when it has none. */
export function decodedAuthOf(entry: Entry, flavor: Flavor): AuthVerdict | null {
  const memo = memoOf(entry);
  let verdict = memo.auth.get(flavor);
  if (verdict === undefined) {
    const auth = entry.fields === null ? null : fieldString(entry.fields, "auth");
    verdict = auth === null ? null : decodeAuth(auth.value, flavor);
    memo.auth.set(flavor, verdict);
  }
  return verdict;
}

/** entryCredential of an entry, once per entry and flavor; null when its value is not an object. */
export function credentialOf(entry: Entry, flavor: Flavor): CredentialVerdict | null {
  const memo = memoOf(entry);
  let verdict = memo.credential.get(flavor);
  if (verdict === undefined) {
    const strings = entryStringsOf(entry);
    verdict = strings === null ? null : entryCredential(strings, flavor);
    memo.credential.set(flavor, verdict);
  }
  return verdict;
}
