// The fields each client decodes out of a config file, with their Go types, and how Go's
// encoding/json matches JSON keys to them. Sources: docker/cli cli/config/configfile/file.go
// (ConfigFile), cli/config/types/authconfig.go (AuthConfig); containers/image
// pkg/docker/config/config.go (dockerConfigFile, dockerAuthConfig); Go's encoding/json (field
// matching with foldName); the Docker CLI 28.2.2 measured as an oracle (tests/oracle-*.test.ts).
// No ESLint in this module.
import type { Flavor } from "./registry.js";

/** A Go type as encoding/json sees it; `name` is how Go's error messages print it. */
export type GoType =
  | { kind: "string"; name: string }
  | { kind: "slice"; name: string; elem: GoType }
  | { kind: "map"; name: string; elem: GoType }
  | { kind: "struct"; name: string; struct: GoStruct };

/**
 * - `current`: read and kept.
 * - `ignored`: decoded but overwritten or unused (`serveraddress` is replaced by the map key).
 * - `removed`: no longer has any effect; Docker CLI v29 dropped the field from its struct.
 */
export type FieldStatus = "current" | "ignored" | "removed";

export interface GoField {
  /** The JSON name, exactly as the struct tag spells it. */
  name: string;
  type: GoType;
  status: FieldStatus;
}

export interface GoStruct {
  /** The struct's Go name, as in `Go struct field ConfigFile.auths`. */
  name: string;
  fields: readonly GoField[];
}

const STRING: GoType = { kind: "string", name: "string" };
const STRINGS: GoType = { kind: "slice", name: "[]string", elem: STRING };
const STRING_MAP: GoType = { kind: "map", name: "map[string]string", elem: STRING };

function struct(name: string, fields: Array<[string, GoType, FieldStatus?]>): GoStruct {
  return { name, fields: fields.map(([n, type, status = "current"]) => ({ name: n, type, status })) };
}

/** `types.AuthConfig` (cli/config/types/authconfig.go). `email` went in v29; docker 28 still types it. */
export const DOCKER_AUTH_CONFIG = struct("AuthConfig", [
  ["username", STRING],
  ["password", STRING],
  ["auth", STRING],
  ["email", STRING, "removed"],
  ["serveraddress", STRING, "ignored"],
  ["identitytoken", STRING],
  ["registrytoken", STRING],
]);

const PROXY_CONFIG = struct(
  "ProxyConfig",
  ["httpProxy", "httpsProxy", "noProxy", "ftpProxy", "allProxy"].map((n): [string, GoType] => [n, STRING]),
);

const FORMATS = [
  "psFormat",
  "imagesFormat",
  "networksFormat",
  "pluginsFormat",
  "volumesFormat",
  "statsFormat",
  "serviceInspectFormat",
  "servicesFormat",
  "tasksFormat",
  "secretFormat",
  "configFormat",
  "nodesFormat",
];

/** `configfile.ConfigFile` (cli/config/configfile/file.go). `experimental` went in v29. */
export const DOCKER_CONFIG_FILE = struct("ConfigFile", [
  [
    "auths",
    { kind: "map", name: "map[string]types.AuthConfig", elem: { kind: "struct", name: "types.AuthConfig", struct: DOCKER_AUTH_CONFIG } },
  ],
  ["HttpHeaders", STRING_MAP],
  ...FORMATS.map((n): [string, GoType] => [n, STRING]),
  ["detachKeys", STRING],
  ["credsStore", STRING],
  ["credHelpers", STRING_MAP],
  ["pruneFilters", STRINGS],
  [
    "proxies",
    { kind: "map", name: "map[string]configfile.ProxyConfig", elem: { kind: "struct", name: "configfile.ProxyConfig", struct: PROXY_CONFIG } },
  ],
  ["experimental", STRING, "removed"],
  ["currentContext", STRING],
  ["cliPluginsExtraDirs", STRINGS],
  ["plugins", { kind: "map", name: "map[string]map[string]string", elem: STRING_MAP }],
  ["aliases", STRING_MAP],
  ["features", STRING_MAP],
]);

/** containers/image `dockerAuthConfig`: the only entry fields Podman, Buildah and Skopeo read. */
export const CONTAINERS_AUTH_CONFIG = struct("dockerAuthConfig", [
  ["auth", STRING],
  ["identitytoken", STRING],
]);

/** containers/image `dockerConfigFile` (pkg/docker/config/config.go). */
export const CONTAINERS_CONFIG_FILE = struct("dockerConfigFile", [
  [
    "auths",
    {
      kind: "map",
      name: "map[string]config.dockerAuthConfig",
      elem: { kind: "struct", name: "config.dockerAuthConfig", struct: CONTAINERS_AUTH_CONFIG },
    },
  ],
  ["credHelpers", STRING_MAP],
]);

/**
 * kubernetes pkg/credentialprovider `dockerConfigEntryWithAuth`, what `DockerConfigEntry.UnmarshalJSON`
 * decodes an entry into: `identitytoken` and `registrytoken` are not read.
 */
export const KUBELET_AUTH_CONFIG = struct("dockerConfigEntryWithAuth", [
  ["username", STRING],
  ["password", STRING],
  ["email", STRING],
  ["auth", STRING],
]);

/** kubernetes pkg/credentialprovider `DockerConfigJSON`: a pull Secret's `.dockerconfigjson`. No helpers. */
export const KUBELET_CONFIG_FILE = struct("DockerConfigJSON", [
  [
    "auths",
    {
      kind: "map",
      name: "credentialprovider.DockerConfig",
      elem: { kind: "struct", name: "credentialprovider.dockerConfigEntryWithAuth", struct: KUBELET_AUTH_CONFIG },
    },
  ],
  ["HttpHeaders", STRING_MAP],
]);

/** The struct a client decodes the whole file into. */
export const CONFIG_FILE: Record<Flavor, GoStruct> = {
  docker: DOCKER_CONFIG_FILE,
  containers: CONTAINERS_CONFIG_FILE,
  kubernetes: KUBELET_CONFIG_FILE,
};
/** The struct a client decodes each `auths` entry into. */
export const AUTH_CONFIG: Record<Flavor, GoStruct> = {
  docker: DOCKER_AUTH_CONFIG,
  containers: CONTAINERS_AUTH_CONFIG,
  kubernetes: KUBELET_AUTH_CONFIG,
};

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Go's case folding of JSON names (bytes.EqualFold): ASCII letters fold to upper case, and the only
 * non-ASCII runes that fold onto ASCII letters are U+017F (ſ → S) and U+212A (Kelvin sign → K).
 * Measured: `"auth\u017f"` fills `auths`; `"\u0131dentitytoken"` (dotless i) fills nothing.
 */
export function goFold(name: string): string {
  // Hot: every key of every file, in several rules. The same few field names come back again and
  // again, so a bounded memo beats recomputing; ASCII needs no per-character loop.
  let folded = FOLDED.get(name);
  if (folded === undefined) {
    folded = ASCII.test(name) ? name.toUpperCase() : foldRunes(name);
    if (FOLDED.size >= 4096) FOLDED.clear();
    FOLDED.set(name, folded);
  }
  return folded;
}

const FOLDED = new Map<string, string>();

function foldRunes(name: string): string {
  let out = "";
  for (const ch of name) {
    if (ch === "\u017F") out += "S";
    else if (ch === "\u212A") out += "K";
    else if (ch >= "a" && ch <= "z") out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

const foldIndex = new WeakMap<GoStruct, Map<string, GoField>>();

/** The field Go's decoder fills from a JSON key: an exact match, else a case-folded one. */
export function matchField(struct: GoStruct, key: string): GoField | null {
  let index = foldIndex.get(struct);
  if (index === undefined) {
    index = new Map(struct.fields.map((f) => [goFold(f.name), f]));
    foldIndex.set(struct, index);
  }
  return index.get(goFold(key)) ?? null;
}

// Three rows of the distance table, reused: editDistance runs for every near-miss candidate of
// every key, and fresh arrays per row made the garbage collector the main cost.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Restricted Damerau–Levenshtein (optimal string alignment) distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [prev2, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, (prev2[j - 2] as number) + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length] as number;
}

/** A key with case, spaces, `_` and `-` taken out, for spotting `auth `, `cred_helpers`, `Creds-Store`. */
function loose(name: string): string {
  return goFold(name).replace(/[\s_-]/g, "");
}

/**
 * The fields a key that matches none was probably meant as: the same name up to spaces, `_` and
 * `-`, else within edit distance 1 (names up to 5 letters) or 2 (longer names), case aside.
 * Closest first; empty when nothing is close.
 */
export function nearFields(key: string, fields: readonly string[]): string[] {
  return nearFieldTable(fields)(key);
}

interface Candidate {
  name: string;
  loose: string;
  /** Position in the field list: ties are returned in this order. */
  index: number;
}

/**
 * nearFields over a fixed list of names, with each name's loose form computed once and the names
 * bucketed by its length. A key is compared only with the names whose length is within reach
 * (at most 2 apart), so the cost per key is bounded by the key's length and the table's size,
 * whatever the number of keys a file holds.
 */
export function nearFieldTable(fields: readonly string[]): (key: string) => string[] {
  const byLength = new Map<number, Candidate[]>();
  fields.forEach((name, index) => {
    const l = loose(name);
    let bucket = byLength.get(l.length);
    if (bucket === undefined) byLength.set(l.length, (bucket = []));
    bucket.push({ name, loose: l, index });
  });
  return (key) => {
    const k = loose(key);
    if (k.length < 3) return [];
    let best = Number.POSITIVE_INFINITY;
    let found: Candidate[] = [];
    for (let length = k.length - 2; length <= k.length + 2; length++) {
      for (const c of byLength.get(length) ?? []) {
        const max = c.loose.length <= 5 ? 1 : 2;
        const d = k === c.loose ? 0 : editDistance(k, c.loose, max);
        if (d > max || d > best) continue;
        if (d < best) {
          best = d;
          found = [];
        }
        found.push(c);
      }
    }
    return found.sort((a, b) => a.index - b.index).map((c) => c.name);
  };
}

const tables = new WeakMap<GoStruct, (key: string) => string[]>();

/** nearFields over a struct's current fields, its table built once per struct. */
export function nearCurrentFields(struct: GoStruct, key: string): string[] {
  let table = tables.get(struct);
  if (table === undefined) {
    table = nearFieldTable(struct.fields.filter((f) => f.status === "current").map((f) => f.name));
    tables.set(struct, table);
  }
  return table(key);
}

/** JSON value shapes as Go names them in `cannot unmarshal X into`. */
export type JsonKind = "object" | "array" | "string" | "number" | "bool" | "null";

/** A value Go would not decode into the field's type. */
export interface TypeMismatch<Node> {
  node: Node;
  /** The top-level field the value belongs to, exactly as the struct tag spells it. */
  field: string;
  /** The Go type the value had to have. */
  expected: string;
  /** Go's message, as the client prints it after `Error parsing config file (PATH): `. */
  reason: string;
}

/** The minimal view of a parsed JSON value that the type check needs. */
export interface ValueView<Node> {
  kind(node: Node): JsonKind | null; // null: not a JSON value at all (another rule's business)
  properties(node: Node): Array<[key: string, value: Node]>;
  elements(node: Node): Node[];
}

/**
 * Every value Go's decoder rejects when it decodes `root` into `struct`, in document order.
 * Go saves the first such error, keeps decoding, and returns it at the end.
 */
export function typeMismatches<Node>(root: Node, struct: GoStruct, view: ValueView<Node>): TypeMismatch<Node>[] {
  const out: TypeMismatch<Node>[] = [];

  function value(node: Node, type: GoType, owner: string, stack: readonly string[]): void {
    const kind = view.kind(node);
    if (kind === null || kind === "null") return;
    const want = type.kind === "string" ? "string" : type.kind === "slice" ? "array" : "object";
    if (kind !== want) {
      const field = stack[0] ?? "";
      const reason = `json: cannot unmarshal ${kind} into Go struct field ${owner}.${stack.join(".")} of type ${type.name}`;
      out.push({ node, field, expected: type.name, reason });
      return;
    }
    if (type.kind === "slice") for (const el of view.elements(node)) value(el, type.elem, owner, stack);
    else if (type.kind === "map") for (const [, v] of view.properties(node)) value(v, type.elem, owner, stack);
    else if (type.kind === "struct") fields(node, type.struct, stack);
  }

  function fields(node: Node, s: GoStruct, stack: readonly string[]): void {
    for (const [key, v] of view.properties(node)) {
      const field = matchField(s, key);
      if (field) value(v, field.type, s.name, [...stack, field.name]);
    }
  }

  if (view.kind(root) === "object") fields(root, struct, []);
  return out;
}
