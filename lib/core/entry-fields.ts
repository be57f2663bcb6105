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

const NO_PROPS: KeyedProperty[] = [];
/** Above this many fields an entry's fields are indexed once; below, a scan is cheaper than an index. */
const INDEX_FROM = 16;
// Keyed by an entry's `fields` array, which the model builds once per entry: every rule that asks
// about the same large entry shares one pass over its fields (a hostile entry with thousands of
// fields stays linear however many rules and field names ask).
const indexes = new WeakMap<readonly KeyedProperty[], Map<string, KeyedProperty[]>>();

function indexOf(fields: readonly KeyedProperty[]): Map<string, KeyedProperty[]> {
  let index = indexes.get(fields);
  if (index === undefined) {
    index = new Map();
    for (const f of fields) {
      const folded = goFold(f.key);
      const list = index.get(folded);
      if (list === undefined) index.set(folded, [f]);
      else list.push(f);
    }
    indexes.set(fields, index);
  }
  return index;
}

/** The properties that fill field `name`, in file order (may be shared: do not modify). */
export function fieldProps(fields: readonly KeyedProperty[], name: string): KeyedProperty[] {
  const folded = goFold(name);
  if (fields.length < INDEX_FROM) return fields.filter((f) => goFold(f.key) === folded);
  return indexOf(fields).get(folded) ?? NO_PROPS;
}

/** The string Go ends up with in field `name`: the last string-valued match, or null. */
export function fieldString(fields: readonly KeyedProperty[], name: string): FieldValue | null {
  const folded = goFold(name);
  const props = fields.length < INDEX_FROM ? fields : (indexOf(fields).get(folded) ?? NO_PROPS);
  for (let i = props.length - 1; i >= 0; i--) {
    const prop = props[i] as KeyedProperty;
    if (props === fields && goFold(prop.key) !== folded) continue;
    const value = stringValue(prop.property.value);
    if (value !== null) return { prop, value };
  }
  return null;
}

/** Whether any property filling one of the entry's fields has a value Go cannot decode into a string. */
export function hasTypeError(fields: readonly KeyedProperty[]): boolean {
  return fields.some((f) => nonStringType(f.property.value) !== null && STRING_FIELDS.has(goFold(f.key)));
}

/** `types.AuthConfig` fields (all strings), folded. */
const STRING_FIELDS = new Set(DOCKER_AUTH_CONFIG.fields.map((f) => goFold(f.name)));

// ---------------------------------------------------------------------------------------------
// Verdicts per entry, computed once.

// One small object per entry that a rule asked about, with a slot per flavor (and use): allocated
// only on the first question, so entries no rule asks about cost nothing. A rule's `flavor` option
// views the same model under another flavor (withFlavor), so every flavor has its own slot.
interface EntryMemo {
  auths?: Partial<Record<Flavor, KeyVerdict>>;
  helpers?: Partial<Record<Flavor, KeyVerdict>>;
  strings?: EntryStrings | null;
  auth?: Partial<Record<Flavor, AuthVerdict | null>>;
  credential?: Partial<Record<Flavor, CredentialVerdict | null>>;
}

const memos = new WeakMap<KeyedProperty, EntryMemo>();

function memoOf(entry: KeyedProperty): EntryMemo {
  let memo = memos.get(entry);
  if (memo === undefined) {
    memo = {};
    memos.set(entry, memo);
  }
  return memo;
}

/** judgeKey of an entry's key, once per entry, flavor and use. */
export function verdictOf(entry: KeyedProperty, flavor: Flavor, use: KeyUse = "auths"): KeyVerdict {
  const memo = memoOf(entry);
  const slot = (memo[use === "auths" ? "auths" : "helpers"] ??= {});
  return (slot[flavor] ??= judgeKey(entry.key, flavor, use));
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
  const slot = (memoOf(entry).auth ??= {});
  let verdict = slot[flavor];
  if (verdict === undefined) {
    const auth = entry.fields === null ? null : fieldString(entry.fields, "auth");
    verdict = auth === null ? null : decodeAuth(auth.value, flavor);
    slot[flavor] = verdict;
  }
  return verdict;
}

/** entryCredential of an entry, once per entry and flavor; null when its value is not an object. */
export function credentialOf(entry: Entry, flavor: Flavor): CredentialVerdict | null {
  const slot = (memoOf(entry).credential ??= {});
  let verdict = slot[flavor];
  if (verdict === undefined) {
    const strings = entryStringsOf(entry);
    // The entry's `auth`, decoded once for every rule (decodedAuthOf).
    verdict = strings === null ? null : entryCredential(strings, flavor, decodedAuthOf(entry, flavor));
    slot[flavor] = verdict;
  }
  return verdict;
}
