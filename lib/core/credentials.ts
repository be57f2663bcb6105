// Which `auths` fields hold a secret, which credential helper a client asks for a registry, and
// whether a helper name can be run at all. Sources: docker/cli cli/config/configfile/file.go
// (GetCredentialsStore, getConfiguredCredentialStore), cli/config/credentials/native_store.go and
// docker/docker-credential-helpers client/command.go (the `docker-credential-NAME` program);
// containers/image pkg/docker/config/config.go (getCredentialsWithHomeDir, getAuthFromCredHelper).
// No ESLint in this module.
import { type KeyedProperty, type RegistryModel, stringValue } from "./model.js";
import { isPlaceholder } from "./references.js";
import { type Flavor, judgeKey, splitKey } from "./registry.js";

/** Entry fields that carry a secret (`types.AuthConfig`); `username`, `email`, `serveraddress` do not. */
export const SECRET_FIELDS = ["auth", "password", "identitytoken", "registrytoken"] as const;
export type SecretField = (typeof SECRET_FIELDS)[number];

/** The helpers `credsStore` usually names: Docker Desktop, macOS, Windows, Linux (`pass`, libsecret). */
export const STORE_HELPERS = ["desktop", "osxkeychain", "wincred", "pass", "secretservice"] as const;

/** Docker runs `docker-credential-` + the helper name (`credentials.NewNativeStore`). */
export const HELPER_PREFIX = "docker-credential-";

/**
 * Whether an `auth` value carries a password: everything except `""` and the base64 of `user:`
 * (what `docker login` stores next to an identity token). Anything undecodable counts as a secret.
 */
export function authHasSecret(auth: string): boolean {
  const b64 = auth.replace(/[\r\n]/g, "");
  if (b64 === "") return false;
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return true;
  const decoded = Buffer.from(b64, "base64");
  const colon = decoded.indexOf(0x3a);
  if (colon <= 0) return true;
  // Go trims NULs from both ends of the password.
  return decoded.subarray(colon + 1).some((byte) => byte !== 0);
}

export interface CredentialOptions {
  /** Values that are only `$VAR`-style references are not secrets. */
  allowPlaceholders: boolean;
}

/** Whether one field's string value is a secret stored in the file. */
export function isSecret(field: SecretField, value: string, options: CredentialOptions): boolean {
  if (value === "") return false;
  if (options.allowPlaceholders && isPlaceholder(value)) return false;
  return field === "auth" ? authHasSecret(value) : true;
}

function asSecretField(name: string): SecretField | null {
  const lower = name.toLowerCase();
  return (SECRET_FIELDS as readonly string[]).includes(lower) ? (lower as SecretField) : null;
}

/**
 * The secret fields an entry stores, in SECRET_FIELDS order. Every spelling counts (Go matches
 * field names case-insensitively), even one a later duplicate overrides: it is still on disk.
 */
export function storedSecrets(fields: readonly KeyedProperty[], options: CredentialOptions): SecretField[] {
  // Asked by several rules about the same entry (an `auth` is decoded to tell): once per entry's
  // fields and option. Entries without secrets share one empty result.
  if (fields.length === 0) return [];
  let memo = secretsMemo.get(fields);
  if (memo === undefined) secretsMemo.set(fields, (memo = [undefined, undefined]));
  const slot = options.allowPlaceholders ? 1 : 0;
  let secrets = memo[slot];
  if (secrets === undefined) {
    const found = findSecrets(fields, options);
    secrets = found.length === 0 ? NO_SECRETS : found;
    memo[slot] = secrets;
  }
  return [...secrets];
}

const NO_SECRETS: readonly SecretField[] = [];
const secretsMemo = new WeakMap<readonly KeyedProperty[], [readonly SecretField[] | undefined, readonly SecretField[] | undefined]>();

function findSecrets(fields: readonly KeyedProperty[], options: CredentialOptions): SecretField[] {
  const found = new Set<SecretField>();
  for (const { key, property } of fields) {
    const field = asSecretField(key);
    if (field === null || found.has(field)) continue;
    const value = stringValue(property.value);
    if (value !== null && isSecret(field, value, options)) found.add(field);
  }
  return SECRET_FIELDS.filter((f) => found.has(f));
}

/** What is wrong with a helper name, and the name meant when that is clear. */
export type HelperNameProblem =
  | { kind: "empty" }
  | { kind: "prefix"; name: string | null }
  | { kind: "path"; name: string | null }
  /** Whitespace or control characters. */
  | { kind: "whitespace"; name: string | null };

/** A name that `docker-credential-<name>` can be found as on PATH. */
export function isHelperName(name: string): boolean {
  return name !== "" && !/[/\\\s\p{Cc}]/u.test(name) && !name.startsWith(HELPER_PREFIX);
}

function stripPrefix(value: string): string {
  let name = value;
  while (name.startsWith(HELPER_PREFIX)) name = name.slice(HELPER_PREFIX.length);
  return name;
}

/** Judge a `credsStore` / `credHelpers` value; null when docker can run it. */
export function helperNameProblem(value: string): HelperNameProblem | null {
  if (value === "") return { kind: "empty" };
  if (/[/\\]/.test(value)) {
    // `/usr/local/bin/docker-credential-ecr-login` → `ecr-login`, the program's own name.
    // Windows finds `docker-credential-wincred.exe` for the name `wincred` (PATHEXT).
    const base = value.slice(Math.max(value.lastIndexOf("/"), value.lastIndexOf("\\")) + 1).replace(/\.exe$/i, "");
    const name = base.startsWith(HELPER_PREFIX) ? stripPrefix(base) : null;
    return { kind: "path", name: name !== null && isHelperName(name) ? name : null };
  }
  if (/[\s\p{Cc}]/u.test(value)) {
    const name = stripPrefix(value.trim());
    return { kind: "whitespace", name: isHelperName(name) ? name : null };
  }
  if (value.startsWith(HELPER_PREFIX)) {
    const name = stripPrefix(value);
    return { kind: "prefix", name: isHelperName(name) ? name : null };
  }
  return null;
}

/** The `credHelpers` key a client looks up for the registry an `auths` key serves. */
export function helperKeyFor(authsKey: string, flavor: Flavor): string {
  const { canonical } = judgeKey(authsKey, flavor, "auths");
  if (flavor === "docker") return canonical;
  return splitKey(canonical).host; // containers/image asks helpers for the host only
}

export interface ServingHelper {
  helper: string;
  via: "credHelpers" | "credsStore";
}

/**
 * The store a client reads a registry's credentials from, for one lookup:
 * - `helper`: it runs `docker-credential-<helper>`, chosen by `setting` (a `credHelpers` entry or
 *   `credsStore`), and never reads the file's entry;
 * - `file`: it reads the file's `auths`; `setting` is the empty `credHelpers` value that sends docker
 *   there past `credsStore`, or null;
 * - `broken` (containers/image): a `credHelpers` value that names no program (`""`, not a string):
 *   the lookup fails, the file is not read either (valid-credential-helper reports it).
 */
export type StoreChoice =
  | { store: "helper"; helper: string; via: "credHelpers" | "credsStore"; setting: KeyedProperty | null }
  | { store: "file"; setting: KeyedProperty | null }
  | { store: "broken"; setting: KeyedProperty | null };

interface Helpers {
  table: Map<string, string | null>;
  settings: Map<string, KeyedProperty>;
  store: string | null;
  storeSetting: KeyedProperty | null;
  /** The choice for every lookup `credHelpers` lacks, per flavor: one object for all of them. */
  fallback: Record<Flavor, StoreChoice>;
  /** The choice for each `credHelpers` key, per flavor, made on the first lookup. */
  hits: Record<Flavor, Map<string, StoreChoice>>;
}

const FILE: StoreChoice = { store: "file", setting: null };
const perModel = new WeakMap<RegistryModel, Helpers>();

/** The model's helper settings as the client ends up with them, once per model (both flavors read the same map). */
function helpersState(model: RegistryModel): Helpers {
  let h = perModel.get(model);
  if (h === undefined) {
    const table = new Map<string, string | null>();
    const settings = new Map<string, KeyedProperty>();
    for (const entry of model.credHelpers?.live.values() ?? []) {
      table.set(entry.key, stringValue(entry.property.value));
      settings.set(entry.key, entry);
    }
    const storeSetting = model.credsStore;
    const store = storeSetting ? stringValue(storeSetting.property.value) : null;
    const docker: StoreChoice = store ? { store: "helper", helper: store, via: "credsStore", setting: storeSetting } : FILE;
    h = { table, settings, store, storeSetting, fallback: { docker, containers: FILE, kubernetes: FILE }, hits: { docker: new Map(), containers: new Map(), kubernetes: new Map() } };
    perModel.set(model, h);
  }
  return h;
}

/**
 * The file's `credHelpers` map as the client holds it, once per file: every key with its value (null
 * when not a string: Go stores "" for a `null` and for a wrong type), sections merged, the last
 * duplicate winning, a `null` section resetting it.
 */
export function helpersOf(model: RegistryModel): ReadonlyMap<string, string | null> {
  return helpersState(model).table;
}

/** The `credsStore` value the client ends up with (the last string written), or null. */
export function credsStoreOf(model: RegistryModel): string | null {
  return helpersState(model).store;
}

/**
 * docker: `getConfiguredCredentialStore` (cli/config/configfile/file.go): `credHelpers[lookup]` by
 * exact key, where an empty value means the file store, else `credsStore`, where empty means the
 * file. containers/image: `findCredentialsInFile` (pkg/docker/config/config.go):
 * `credHelpers[registry]` by exact key, before the file's `auths`; `credsStore` is not read.
 */
function choose(
  lookup: string,
  flavor: Flavor,
  table: ReadonlyMap<string, string | null>,
  store: string | null,
  settings?: ReadonlyMap<string, KeyedProperty>,
  storeSetting: KeyedProperty | null = null,
): StoreChoice {
  const setting = settings?.get(lookup) ?? null;
  if (table.has(lookup)) {
    const helper = table.get(lookup) ?? "";
    if (helper !== "") return { store: "helper", helper, via: "credHelpers", setting };
    return flavor === "docker" ? { store: "file", setting } : { store: "broken", setting };
  }
  if (flavor === "docker" && store) return { store: "helper", helper: store, via: "credsStore", setting: storeSetting };
  return { store: "file", setting: null };
}

/**
 * Where the client reads credentials for one exact lookup key: docker's is the Hub key or the
 * registry's host[:port], containers/image's the host (see helperKeyFor). The helper settings are
 * resolved once per file; each lookup is one map access.
 */
export function storeFor(model: RegistryModel, lookup: string, flavor: Flavor): StoreChoice {
  // The kubelet has no credential helpers: a pull Secret's credHelpers and credsStore do nothing.
  if (flavor === "kubernetes") return FILE;
  const h = helpersState(model);
  if (!h.table.has(lookup)) return h.fallback[flavor];
  let choice = h.hits[flavor].get(lookup);
  if (choice === undefined) {
    choice = choose(lookup, flavor, h.table, h.store, h.settings, h.storeSetting);
    h.hits[flavor].set(lookup, choice);
  }
  return choice;
}

/**
 * The helper the client asks, instead of the file, for the registry an `auths` key serves; null
 * when the client reads the file entry, or never finds the key (canonical-registry-key's). The one
 * lookup every rule shares (see storeFor).
 */
export function helperFor(model: RegistryModel, authsKey: string, flavor: Flavor): ServingHelper | null {
  if (!judgeKey(authsKey, flavor, "auths").found) return null;
  const choice = storeFor(model, helperKeyFor(authsKey, flavor), flavor);
  return choice.store === "helper" ? { helper: choice.helper, via: choice.via } : null;
}
