// A document's registry model: what the Docker CLI or containers/image reads out of it, built once
// per parsed text and shared by every rule (WeakMap keyed by the Program).
//
// Both clients decode the file with Go's encoding/json (docker/cli cli/config/configfile/file.go
// `LoadFromReader`: `json.NewDecoder(r).Decode(c)`; containers/image pkg/docker/config/config.go
// `authPath.parse`: `json.Unmarshal(raw, &fileContents)`), and the model does what its decoder
// (`decodeState.object`, `literalStore`) does with the fields:
// - every key that case-folds to a field name (bytes.EqualFold, see goFold) is assigned, in file
//   order: `auths`, `Auths` and `authſ` all fill `auths`;
// - a map field (`auths`, `credHelpers`) keeps its map across assignments, so two sections merge;
//   `null` sets it to nil (the entries written before are gone); a value of another type is a
//   type error that leaves it as it was;
// - within the map, each key occurrence decodes into a fresh zero value that replaces the earlier
//   one: a repeated `auths` key (from one section or two) is the last one's value, not a merge;
//   an entry written as `null` is an empty entry;
// - a string field (`credsStore`) takes each string in turn; `null` leaves it unchanged.
// Measured with docker 28.2.2 and skopeo 1.9.3 (tests/oracle-model.test.ts).
import type { AST } from "jsonc-eslint-parser";
import { DOCKER_CONFIG_FILE, goFold, matchField, nearFields } from "./fields.js";
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
  /**
   * Whether the client ends up with this entry: no later entry of the same key replaces it and no
   * later `null` empties its section. Every written entry is listed, live or not, so that rules
   * can still report on each key written; a rule about what the client uses reads live ones only.
   */
  live: boolean;
  /**
   * The last later entry of the same key that replaces this one: the one the client keeps, unless
   * a `null` empties the map after it too (then `resetBy` is set). Null when no later key replaces it.
   */
  overwrittenBy: Entry | null;
  /** The later top-level `null` (`"auths": null`) that empties the map after this entry; null when none. */
  resetBy: KeyedProperty | null;
  /** The top-level property this entry is written in; null for the root of a legacy file. */
  section: KeyedProperty | null;
  /** The object this entry is a property of. */
  parent: AST.JSONObjectExpression;
}

export interface Section {
  /** `auths` or `credHelpers` in a config file; the root object in a legacy `.dockercfg` file. */
  name: "auths" | "credHelpers";
  /** The last top-level property that writes the section as an object; null for the legacy root. */
  property: KeyedProperty | null;
  /** The last object the section is written in (the legacy root in a legacy file). */
  object: AST.JSONObjectExpression;
  /**
   * Every entry written in any of the section's objects, in file order: `auths` and `Auths`
   * merged. Entries a later key or a `null` discards are marked (`live: false`).
   */
  entries: Entry[];
  /** Every object the section is written in, in file order (more than one: `auths` and `Auths`). */
  objects: AST.JSONObjectExpression[];
  /** Every top-level property that folds to the field, whatever its value (objects, `null`, wrong types). */
  properties: KeyedProperty[];
  /** What the client's map holds: each key's live entry, in file order. */
  live: ReadonlyMap<string, Entry>;
}

/**
 * What the host knows of the file, from its name or its place (lib/eslint/hosts):
 * - `dockercfg`: read as a legacy `.dockercfg` (a file named so, or a kubernetes.io/dockercfg
 *   payload): the root object is the map of entries. containers/image reads `~/.dockercfg` this way
 *   (`getAuthFilePaths`, `legacyFormat`), as does the kubelet; docker has not read it since v23.
 * - `docker-config`: a file only a client reads: `.docker/config.json`, `containers/auth.json`, a
 *   `.dockerconfigjson` (the payload of a kubernetes.io/dockerconfigjson Secret).
 * - `config-json`: named `config.json` somewhere else: may be any application's.
 * - `json`: any other file.
 */
export type FileKind = "dockercfg" | "docker-config" | "config-json" | "json";

export interface RegistryModel {
  /** `config`: config.json / auth.json; `legacy`: `.dockercfg` entries without the `auths` wrapper. */
  shape: "config" | "legacy";
  root: AST.JSONObjectExpression;
  top: KeyedProperty[];
  auths: Section | null;
  credHelpers: Section | null;
  /** The `credsStore` property whose string the client ends up with (the last string written); null when none. */
  credsStore: KeyedProperty | null;
  /** Every top-level property that folds to `credsStore`, in file order. */
  credsStores: KeyedProperty[];
  /** What the host said of the file. */
  fileKind: FileKind;
  /**
   * The file is read as a legacy `.dockercfg`. With `shape: "config"` it holds the new format,
   * which legacy readers cannot parse (containers/image decodes the root as the map of entries).
   * `shape: "legacy"` with `legacyFile: false`: legacy entries in a client's own config file
   * (`.docker/config.json`), which the client reads as a config: it finds none of them.
   */
  legacyFile: boolean;
  /**
   * The file is a registry config only through a misspelled marker (`credHelper`, `credStore`,
   * `auth`): a client's own file (see FileKind) with no `auths`, `credHelpers` or `credsStore` but
   * a near miss of one. The sections are null: the client reads none. For no-unknown-properties.
   */
  markerTypo: boolean;
}

const AUTHS = goFold("auths");
const CRED_HELPERS = goFold("credHelpers");
const CREDS_STORE = goFold("credsStore");
const MARKER_NAMES = ["auths", "credHelpers", "credsStore"];

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

function isNull(node: AST.JSONNode): boolean {
  return node.type === "JSONLiteral" && node.value === null && node.raw === "null";
}

/**
 * The property a string field is read from, as Go assigns it: the last property whose key folds
 * to `name` (goFold) and whose value is not `null` (a `null` leaves a string field unchanged).
 * A file with several spellings of one field is reported by no-unknown-properties.
 */
export function findField(props: readonly KeyedProperty[], name: string): KeyedProperty | null {
  const folded = goFold(name);
  let found: KeyedProperty | null = null;
  for (const p of props) if (goFold(p.key) === folded && !isNull(p.property.value)) found = p;
  return found;
}

function entryOf(property: AST.JSONProperty, parent: AST.JSONObjectExpression, section: KeyedProperty | null, withFields: boolean): Entry {
  const { key, shown, escaped } = keyOf(property);
  const object = withFields ? asObject(property.value) : null;
  // One literal with every field: one hidden class for all entries, however many a file has.
  return {
    property,
    key,
    shown,
    escaped,
    fields: object ? object.properties.map(keyOf) : null,
    live: true,
    overwrittenBy: null,
    resetBy: null,
    section,
    parent,
  };
}

/**
 * A map field as Go fills it from `properties` (every top-level property folding to it, in file
 * order); null when none of them is an object.
 */
function mapSection(name: Section["name"], properties: KeyedProperty[], legacyRoot: AST.JSONObjectExpression | null): Section | null {
  const withFields = name === "auths";
  const entries: Entry[] = [];
  const objects: AST.JSONObjectExpression[] = [];
  let live = new Map<string, Entry>();
  let property: KeyedProperty | null = null;
  const assign = (object: AST.JSONObjectExpression, owner: KeyedProperty | null): void => {
    objects.push(object);
    property = owner;
    for (const p of object.properties) {
      const entry = entryOf(p, object, owner, withFields);
      const before = live.get(entry.key);
      if (before !== undefined) {
        before.live = false;
        before.overwrittenBy = entry;
        live.delete(entry.key); // re-inserted below: the map's order is that of the live entries
      }
      live.set(entry.key, entry);
      entries.push(entry);
    }
  };
  if (legacyRoot !== null) assign(legacyRoot, null);
  for (const p of properties) {
    const object = asObject(p.property.value);
    if (object !== null) assign(object, p);
    else if (isNull(p.property.value)) {
      for (const entry of live.values()) {
        entry.live = false;
        entry.resetBy = p;
      }
      live = new Map();
    }
    // Any other value is a type error (strict-json's): Go leaves the map as it was.
  }
  const last = objects[objects.length - 1];
  if (last === undefined) return null;
  // `overwrittenBy` names the last entry of the chain of overwrites: resolved from the end, so
  // that each entry's successor is already resolved (linear, however often a key repeats).
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i] as Entry;
    const by = entry.overwrittenBy;
    if (by === null) continue;
    entry.overwrittenBy = by.overwrittenBy ?? by;
    entry.resetBy = by.resetBy;
  }
  return { name, property, object: last, entries, objects, properties, live };
}

/** Whether a marker property has the type that makes it one: `auths`/`credHelpers` an object, `credsStore` a string. */
function isMarker(folded: string, value: AST.JSONNode): boolean {
  if (folded === AUTHS || folded === CRED_HELPERS) return value.type === "JSONObjectExpression";
  if (folded === CREDS_STORE) return stringValue(value) !== null;
  return false;
}

/**
 * Whether a file with no marker is meant as a registry config all the same: a top-level key one
 * typo from a marker, with the marker's type (`credHelper: {…}`, `credStore: "…"`, `auth: {…}`).
 * In a file named `config.json` outside `.docker/`, only when every other top-level key is a
 * `ConfigFile` field too: an application's `{"auth": {…}, "port": 80}` is not a registry file.
 */
function hasMarkerTypo(top: readonly KeyedProperty[], kind: FileKind): boolean {
  let typo = false;
  for (const p of top) {
    const near = nearFields(p.key, MARKER_NAMES)[0];
    if (near !== undefined && goFold(near) !== goFold(p.key)) {
      if (typedLikeMarker(near, p.property.value, kind === "config-json")) {
        typo = true;
        continue;
      }
    }
    if (kind === "config-json" && matchField(DOCKER_CONFIG_FILE, p.key) === null) return false;
  }
  return typo;
}

/** A key that names a registry host: `ghcr.io`, `localhost:5000`, `https://index.docker.io/v1/`. */
function looksLikeRegistry(key: string): boolean {
  const host = key.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split("/")[0] ?? "";
  return host === "localhost" || (/[.:]/.test(host) && !/[\s@]/.test(host));
}

/**
 * Whether a near-miss marker's value has the marker's type; in a file that may be an application's
 * (`strict`), also its content: a non-empty map keyed by registries, of objects (`auths`) or of
 * strings (`credHelpers`).
 */
function typedLikeMarker(marker: string, value: AST.JSONNode, strict: boolean): boolean {
  if (marker === "credsStore") return stringValue(value) !== null;
  const object = asObject(value);
  if (object === null) return false;
  if (!strict) return true;
  const elem = marker === "auths" ? (v: AST.JSONNode) => v.type === "JSONObjectExpression" : (v: AST.JSONNode) => stringValue(v) !== null;
  return object.properties.length > 0 && object.properties.every((p) => looksLikeRegistry(keyOf(p).key) && elem(p.value));
}

/** Fields of a legacy `.dockercfg` entry (docker's old `LegacyLoadFromReader`), folded. */
const LEGACY_FIELDS = new Set(["auth", "email", "username", "password"].map(goFold));
const AUTH = goFold("auth");

/** Whether every top-level value is an entry of legacy fields, at least one with `auth`. */
function isLegacyShaped(top: readonly KeyedProperty[]): boolean {
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

function build(program: AST.JSONProgram, kind: FileKind): RegistryModel | null {
  const root = asObject(program.body[0]?.expression);
  if (root === null) return null;
  const top = root.properties.map(keyOf);
  const auths: KeyedProperty[] = [];
  const credHelpers: KeyedProperty[] = [];
  const credsStores: KeyedProperty[] = [];
  let marked = false;
  for (const p of top) {
    const folded = goFold(p.key);
    if (folded === AUTHS) auths.push(p);
    else if (folded === CRED_HELPERS) credHelpers.push(p);
    else if (folded === CREDS_STORE) credsStores.push(p);
    else continue;
    // In a client's own file any marker counts, whatever its type (docker refuses `"auths": []`);
    // elsewhere only one of the marker's type (a Firebase `"auths": ["google"]` is not docker's).
    if (!marked && (kind === "docker-config" || isMarker(folded, p.property.value))) marked = true;
  }
  const legacyFile = kind === "dockercfg";
  const base = { root, top, fileKind: kind, legacyFile, markerTypo: false };
  if (!marked) {
    if (legacyFile) {
      // containers/image `json.Unmarshal(raw, &fileContents.AuthConfigs)`: the root is the map.
      return { ...base, shape: "legacy", auths: mapSection("auths", [], root), credHelpers: null, credsStore: null, credsStores: [] };
    }
    if (kind === "docker-config" && isLegacyShaped(top)) {
      // docker reads a `.docker/config.json` as a config whatever it holds: these entries are
      // ignored. Kept as `legacy` (with `legacyFile: false`) for the migration report.
      return { ...base, shape: "legacy", auths: mapSection("auths", [], root), credHelpers: null, credsStore: null, credsStores: [] };
    }
    if ((kind === "docker-config" || kind === "config-json") && hasMarkerTypo(top, kind)) {
      return { ...base, shape: "config", auths: null, credHelpers: null, credsStore: null, credsStores, markerTypo: true };
    }
    return null;
  }
  let credsStore: KeyedProperty | null = null;
  for (const p of credsStores) if (stringValue(p.property.value) !== null) credsStore = p;
  return {
    ...base,
    shape: "config",
    auths: mapSection("auths", auths, null),
    credHelpers: mapSection("credHelpers", credHelpers, null),
    credsStore,
    credsStores,
  };
}

const models = new WeakMap<object, Map<FileKind, RegistryModel | null>>();

/**
 * The registry model of a parsed text, or null when it is not a registry-credentials config.
 * `kind` is what the host knows of the file (default `json`: no legacy shape, no typo'd marker).
 */
export function registryModel(program: AST.JSONProgram, kind: FileKind = "json"): RegistryModel | null {
  let byKind = models.get(program);
  if (byKind === undefined) models.set(program, (byKind = new Map()));
  let model = byKind.get(kind);
  if (model === undefined) {
    model = build(program, kind);
    byKind.set(kind, model);
  }
  return model;
}

/** The last part of a path, with either separator. */
export function baseName(filename: string): string {
  return filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1);
}

/** The flavor a file name implies: `auth.json` is containers/image's, everything else docker's. */
export function flavorForFilename(filename: string): Flavor {
  return baseName(filename) === "auth.json" ? "containers" : "docker";
}

/**
 * What a file's name says of how clients read it (see FileKind). docker reads only
 * `$DOCKER_CONFIG/config.json` (`~/.docker/config.json`, cli/config/config.go `load`);
 * containers/image reads `~/.dockercfg` in the legacy format; a `.dockerconfigjson` is the payload
 * of a kubernetes.io/dockerconfigjson Secret, in docker's format.
 */
export function fileKindForFilename(filename: string): FileKind {
  const base = baseName(filename);
  if (base === ".dockercfg") return "dockercfg";
  if (base === ".dockerconfigjson") return "docker-config";
  const dir = filename.slice(0, filename.length - base.length - 1);
  const parent = baseName(dir);
  if (parent === ".docker" && base === "config.json") return "docker-config";
  if (base === "auth.json" && parent === "containers") return "docker-config";
  return base === "config.json" ? "config-json" : "json";
}
