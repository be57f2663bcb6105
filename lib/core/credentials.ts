// Which `auths` fields hold a secret, which credential helper a client asks for a registry, and
// whether a helper name can be run at all. Facts: ../shared/spec/docker-cli.md §1.3–§1.5,
// containers-auth.md §2.2–§2.3, canonical-keys.md §5.3, adjacent.md §10. No ESLint in this module.
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

/** The helper that vendors ship for a registry, for the message's remedy. */
export function knownHelperFor(registry: string): string | null {
  const host = splitKey(registry).host.replace(/:\d+$/, "");
  if (/^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/.test(host) || host === "public.ecr.aws") {
    return "ecr-login";
  }
  if (host === "gcr.io" || host.endsWith(".gcr.io") || host.endsWith("-docker.pkg.dev")) return "gcloud";
  return null;
}

/** The `credHelpers` key a client looks up for the registry an `auths` key serves. */
export function helperKeyFor(authsKey: string, flavor: Flavor): string {
  const { canonical } = judgeKey(authsKey, flavor, "auths");
  if (flavor === "docker") return canonical;
  return splitKey(canonical).host; // containers/image asks helpers for the host only
}

export interface HelperSetting {
  key: string;
  /** The value when it is a string; null for any other JSON value. */
  value: string | null;
}

export interface ServingHelper {
  helper: string;
  via: "credHelpers" | "credsStore";
}

/** The `credHelpers` keys the client looks up, each with its value (Go keeps the last duplicate). */
export function helperTable(credHelpers: readonly HelperSetting[], flavor: Flavor): Map<string, string | null> {
  const table = new Map<string, string | null>();
  for (const { key, value } of credHelpers) {
    const v = judgeKey(key, flavor, "credHelpers");
    if (v.found && key === v.canonical) table.set(key, value);
  }
  return table;
}

const tables = new WeakMap<RegistryModel, Map<Flavor, Map<string, string | null>>>();

/** helperTable of a file's `credHelpers`, built once per file and flavor for every rule that asks. */
export function helpersOf(model: RegistryModel, flavor: Flavor): ReadonlyMap<string, string | null> {
  let byFlavor = tables.get(model);
  if (byFlavor === undefined) tables.set(model, (byFlavor = new Map()));
  let table = byFlavor.get(flavor);
  if (table === undefined) {
    const settings = (model.credHelpers?.entries ?? []).map((e) => ({ key: e.key, value: stringValue(e.property.value) }));
    table = helperTable(settings, flavor);
    byFlavor.set(flavor, table);
  }
  return table;
}

/**
 * The helper the client asks, instead of the file, for the registry an `auths` key serves; null
 * when the client reads the file entry (or never finds it: that is canonical-registry-key's).
 * docker: `credHelpers[key]` exact, where an empty value means the file; else `credsStore`.
 * containers/image: `credHelpers[host]` exact; `credsStore` is not read. An empty value there is
 * a broken helper, reported as such, not a helper that serves anything.
 */
export function servingHelper(
  authsKey: string,
  flavor: Flavor,
  helpers: ReadonlyMap<string, string | null>,
  credsStore: string | null,
): ServingHelper | null {
  if (!judgeKey(authsKey, flavor, "auths").found) return null;
  const lookup = helperKeyFor(authsKey, flavor);
  if (helpers.has(lookup)) {
    // null: a JSON null (docker: the file) or a wrong type, which is another rule's report.
    const helper = helpers.get(lookup);
    return helper ? { helper, via: "credHelpers" } : null;
  }
  if (flavor === "docker" && credsStore) return { helper: credsStore, via: "credsStore" };
  return null;
}
