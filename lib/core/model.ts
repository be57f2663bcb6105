// A file's registry model: what the Docker CLI or containers/image will read out of it, built once
// per file from the jsonc-eslint-parser AST and shared by every rule (WeakMap keyed by the Program).
import type { AST } from "jsonc-eslint-parser";
import { goFold } from "./fields.js";
import { displayKey, type Flavor } from "./registry.js";

export interface KeyedProperty {
  property: AST.JSONProperty;
  /** The key as the client sees it (JSON escapes decoded). */
  key: string;
  /** The key as reports quote it: user info in a URL key masked (see displayKey). */
  shown: string;
  /** The key is written with escapes or is not a string token a fixer can keep the quotes of. */
  escaped: boolean;
}

/** A `credHelpers` entry, or an `auths` entry with its fields (null when its value is not an object). */
export interface Entry extends KeyedProperty {
  fields: KeyedProperty[] | null;
}

export interface Section {
  /** `auths` or `credHelpers` in a config file; the root object in a legacy `.dockercfg` file. */
  name: "auths" | "credHelpers";
  /** The top-level property holding the section; null for the legacy root. */
  property: KeyedProperty | null;
  object: AST.JSONObjectExpression;
  entries: Entry[];
}

export interface RegistryModel {
  /** `config`: config.json / auth.json; `legacy`: `.dockercfg` entries without the `auths` wrapper. */
  shape: "config" | "legacy";
  root: AST.JSONObjectExpression;
  top: KeyedProperty[];
  auths: Section | null;
  credHelpers: Section | null;
  credsStore: KeyedProperty | null;
}

/** Top-level keys that make a JSON object a registry-credentials file. */
const MARKERS = new Set(["auths", "credHelpers", "credsStore"].map(goFold));
/** Fields of a legacy `.dockercfg` entry (`LegacyLoadFromReader`), folded. */
const LEGACY_FIELDS = new Set(["auth", "email", "username", "password"].map(goFold));
const AUTH = goFold("auth");

export function keyOf(property: AST.JSONProperty): KeyedProperty {
  const k = property.key;
  if (k.type === "JSONIdentifier") return { property, key: k.name, shown: k.name, escaped: false };
  if (typeof k.value === "string") {
    const escaped = k.raw.slice(1, -1).includes("\\");
    return { property, key: k.value, shown: k.value.includes("@") ? displayKey(k.value) : k.value, escaped };
  }
  const key = String(k.value);
  return { property, key, shown: key, escaped: true };
}

export function asObject(node: AST.JSONNode | null | undefined): AST.JSONObjectExpression | null {
  return node?.type === "JSONObjectExpression" ? node : null;
}

/** The string a value node holds, or null when it is not a string. */
export function stringValue(node: AST.JSONNode): string | null {
  if (node.type === "JSONLiteral") return typeof node.value === "string" ? node.value : null;
  if (node.type === "JSONTemplateLiteral") return node.quasis[0].value.cooked;
  return null;
}

/**
 * The property a field is read from: the exact name, else the first name Go's case folding
 * matches (goFold). Go assigns every matching key in turn; a file with several spellings of one
 * field is reported by no-unknown-properties.
 */
export function findField(props: readonly KeyedProperty[], name: string): KeyedProperty | null {
  let loose: KeyedProperty | null = null;
  const folded = goFold(name);
  for (const p of props) {
    if (p.key === name) return p;
    if (loose === null && goFold(p.key) === folded) loose = p;
  }
  return loose;
}

function entryOf(property: AST.JSONProperty, withFields: boolean): Entry {
  const entry = keyOf(property) as Entry;
  const object = withFields ? asObject(property.value) : null;
  entry.fields = object ? object.properties.map(keyOf) : null;
  return entry;
}

function section(name: Section["name"], property: KeyedProperty | null, object: AST.JSONObjectExpression): Section {
  const withFields = name === "auths";
  return { name, property, object, entries: object.properties.map((p) => entryOf(p, withFields)) };
}

function isLegacy(top: readonly KeyedProperty[]): boolean {
  if (top.length === 0) return false;
  let withAuth = false;
  for (const { property } of top) {
    const entry = asObject(property.value);
    if (entry === null) return false;
    for (const field of entry.properties) {
      const name = goFold(keyOf(field).key);
      if (!LEGACY_FIELDS.has(name)) return false;
      if (name === AUTH) withAuth = true;
    }
  }
  return withAuth;
}

function build(program: AST.JSONProgram): RegistryModel | null {
  const root = asObject(program.body[0]?.expression);
  if (root === null) return null;
  const top = root.properties.map(keyOf);
  const isConfig = top.some((p) => MARKERS.has(goFold(p.key)));
  if (!isConfig && !isLegacy(top)) return null;

  const sectionOf = (name: Section["name"]): Section | null => {
    const p = findField(top, name);
    const object = asObject(p?.property.value);
    return p && object ? section(name, p, object) : null;
  };
  return {
    shape: isConfig ? "config" : "legacy",
    root,
    top,
    auths: isConfig ? sectionOf("auths") : section("auths", null, root),
    credHelpers: isConfig ? sectionOf("credHelpers") : null,
    credsStore: isConfig ? findField(top, "credsStore") : null,
  };
}

const models = new WeakMap<object, RegistryModel | null>();

/** The registry model of a parsed file, or null when it is not a registry-credentials file. */
export function registryModel(program: AST.JSONProgram): RegistryModel | null {
  let model = models.get(program);
  if (model === undefined) {
    model = build(program);
    models.set(program, model);
  }
  return model;
}

/** The flavor a file name implies: `auth.json` is containers/image's, everything else docker's. */
export function flavorForFilename(filename: string): Flavor {
  const base = filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1);
  return base === "auth.json" ? "containers" : "docker";
}
