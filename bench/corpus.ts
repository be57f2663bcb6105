// The benchmark's input: registry-credential files with the mix found in the wild, and the
// non-registry config.json / auth.json files that sit next to them. Deterministic from a seed, so
// every run and every machine lints the same bytes.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** mulberry32: a small seeded PRNG, good enough to pick from tables. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

function int(rand: Rand, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

function pick<T>(rand: Rand, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** Pick by weight: `[[weight, value], …]`. */
function weighted<T>(rand: Rand, table: readonly (readonly [number, T])[]): T {
  let total = 0;
  for (const [w] of table) total += w;
  let r = rand() * total;
  for (const [w, v] of table) {
    if ((r -= w) < 0) return v;
  }
  return (table[table.length - 1] as readonly [number, T])[1];
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function token(rand: Rand, length: number, alphabet = ALNUM): string {
  let s = "";
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

const USERS = ["ci-bot", "deploy", "alice", "bob", "jenkins", "gitlab-ci-token", "AWS", "_json_key", "robot$ci", "oauth2accesstoken"];

/** A password as people paste them: GitHub and GitLab tokens, JWT-ish strings, plain words. */
function secret(rand: Rand): string {
  return weighted(rand, [
    [3, () => `ghp_${token(rand, 36)}`],
    [2, () => `glpat-${token(rand, 20)}`],
    [2, () => `dckr_pat_${token(rand, 27)}`],
    [2, () => `eyJ${token(rand, 120)}`],
    [3, () => `${pick(rand, ["hunter", "s3cret", "Passw0rd", "letmein"])}${int(rand, 1, 9999)}!`],
  ])();
}

function b64(s: string): string {
  return Buffer.from(s, "utf8").toString("base64");
}

const HUB_KEY = "https://index.docker.io/v1/";
const HUB_ALIASES = ["docker.io", "index.docker.io", "https://index.docker.io/v1", "registry-1.docker.io", "https://registry-1.docker.io/v2/", "hub.docker.com", "https://docker.io"];
const REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2"];

function privateRegistry(rand: Rand): string {
  return weighted(rand, [
    [4, () => "ghcr.io"],
    [3, () => "quay.io"],
    [2, () => "registry.gitlab.com"],
    [3, () => `${int(rand, 100000000000, 999999999999)}.dkr.ecr.${pick(rand, REGIONS)}.amazonaws.com`],
    [2, () => `${token(rand, 8, "abcdefghijklmnopqrstuvwxyz")}.azurecr.io`],
    [2, () => `${pick(rand, ["gcr.io", "europe-docker.pkg.dev", "us-docker.pkg.dev"])}`],
    [3, () => `registry.${pick(rand, ["corp", "internal", "dev"])}${int(rand, 1, 99)}.example.com`],
    [2, () => `harbor.example.net:${pick(rand, [443, 5000, 8443])}`],
    [1, () => "localhost:5000"],
  ])();
}

/** A private registry key as people write it, flawed or not (docker flavor). */
function dockerKey(rand: Rand): string {
  return weighted(rand, [
    [30, () => privateRegistry(rand)],
    [14, () => HUB_KEY],
    [6, () => pick(rand, HUB_ALIASES)],
    [4, () => `https://${privateRegistry(rand)}/v2/`],
    [2, () => `https://${privateRegistry(rand)}`],
    [1, () => `${privateRegistry(rand)}/team/app`],
    [1, () => privateRegistry(rand).replace(/^[a-z]/, (c) => c.toUpperCase())],
  ])();
}

/** A containers/image (Podman) key: namespaced keys are legitimate there. */
function containersKey(rand: Rand): string {
  return weighted(rand, [
    [20, () => privateRegistry(rand)],
    [10, () => "docker.io"],
    [5, () => `quay.io/${token(rand, 6, "abcdefghijklmnopqrstuvwxyz")}`],
    [3, () => "registry.redhat.io"],
    [3, () => pick(rand, [HUB_KEY, "index.docker.io", "https://quay.io", "docker.io/"])],
  ])();
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** An entry's value: mostly a good `auth`, then the ways it goes wrong. */
function authEntry(rand: Rand): Json {
  const user = pick(rand, USERS);
  return weighted<() => Json>(rand, [
    [55, () => ({ auth: b64(`${user}:${secret(rand)}`) })],
    [6, () => ({ auth: b64(`${user}:${secret(rand)}`), email: `${user}@example.com` })],
    [8, () => ({})], // what docker writes next to a credsStore
    [4, () => ({ auth: b64(`${user}${secret(rand)}`) })], // no colon
    [3, () => ({ auth: `${user}:${secret(rand)}` })], // not base64 at all
    [2, () => ({ auth: b64(`${user}:${secret(rand)}`).replace(/=+$/, "") })], // padding lost
    [1, () => ({ auth: "" })],
    [1, () => ({ auth: int(rand, 0, 99999) })], // wrong type
    [8, () => ({ username: user, password: secret(rand) })], // plaintext
    [3, () => ({ auth: b64(`${user}:${secret(rand)}`), password: secret(rand) })],
    [4, () => ({ identitytoken: `${token(rand, 8)}-${token(rand, 4)}-${token(rand, 12)}` })],
    [2, () => ({ Auth: b64(`${user}:${secret(rand)}`) })], // Go's case-insensitive fields
    [1, () => ({ auth: b64(`${user}:${secret(rand)}`), serveraddress: "https://index.docker.io/v1/" })],
    [1, () => ({ registrytoken: token(rand, 40) })],
    [1, () => ({ auth: b64(`${user}:${secret(rand)}`), unknownField: true })],
  ])();
}

function entries(rand: Rand, keyOf: (rand: Rand) => string, count: number): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (let i = 0; i < count; i++) out[keyOf(rand)] = authEntry(rand);
  return out;
}

/** 1–3 entries is the common case; CI machines and shared hosts hold more. */
function entryCount(rand: Rand): number {
  return weighted(rand, [
    [40, 1],
    [25, 2],
    [15, 3],
    [10, int(rand, 4, 8)],
    [7, int(rand, 9, 30)],
    [3, int(rand, 31, 120)],
  ]);
}

function dockerConfig(rand: Rand): Record<string, Json> {
  const config: Record<string, Json> = { auths: entries(rand, dockerKey, entryCount(rand)) };
  if (rand() < 0.3) config.credsStore = pick(rand, ["desktop", "osxkeychain", "pass", "wincred", "secretservice"]);
  if (rand() < 0.25) {
    const helpers: Record<string, Json> = {};
    for (let i = int(rand, 1, 4); i > 0; i--) {
      const host = rand() < 0.15 ? `https://${privateRegistry(rand)}` : privateRegistry(rand);
      helpers[host] = host.includes("amazonaws") ? "ecr-login" : pick(rand, ["gcloud", "acr-env", "ecr-login", "pass"]);
    }
    config.credHelpers = helpers;
  }
  if (rand() < 0.2) config.HttpHeaders = { "User-Agent": `Docker-Client/${int(rand, 19, 27)}.0.${int(rand, 0, 9)} (linux)` };
  if (rand() < 0.15) config.currentContext = pick(rand, ["default", "desktop-linux", "colima"]);
  if (rand() < 0.1) config.plugins = { "-x-cli-hints": { enabled: "true" } };
  if (rand() < 0.05) config.psFormat = "table {{.ID}}\\t{{.Image}}\\t{{.Status}}";
  if (rand() < 0.05) config.proxies = { default: { httpProxy: "http://proxy.example.com:3128", noProxy: "localhost,127.0.0.1" } };
  return config;
}

function containersAuth(rand: Rand): Record<string, Json> {
  return { auths: entries(rand, containersKey, entryCount(rand)) };
}

function legacyDockercfg(rand: Rand): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (let i = int(rand, 1, 3); i > 0; i--) {
    const user = pick(rand, USERS);
    out[rand() < 0.6 ? HUB_KEY : dockerKey(rand)] = { auth: b64(`${user}:${secret(rand)}`), email: `${user}@example.com` };
  }
  return out;
}

function appConfig(rand: Rand): Record<string, Json> {
  const features: Json[] = [];
  for (let i = int(rand, 0, 12); i > 0; i--) features.push(token(rand, 8, "abcdefghijklmnopqrstuvwxyz"));
  return {
    name: `service-${int(rand, 1, 999)}`,
    version: `${int(rand, 0, 9)}.${int(rand, 0, 30)}.${int(rand, 0, 99)}`,
    server: { host: "0.0.0.0", port: int(rand, 1024, 65535), tls: rand() < 0.5 },
    database: { url: `postgres://app@db.internal:5432/app${int(rand, 1, 9)}`, pool: int(rand, 1, 50) },
    features,
    logging: { level: pick(rand, ["debug", "info", "warn"]), json: true },
  };
}

/** PHP Composer's auth.json: an auth.json that is not a registry file, with real secrets in it. */
function composerAuth(rand: Rand): Record<string, Json> {
  return {
    "http-basic": { "repo.packagist.com": { username: "token", password: token(rand, 32) } },
    "github-oauth": { "github.com": `ghp_${token(rand, 36)}` },
  };
}

function serialise(rand: Rand, value: Json): string {
  // docker writes tabs; hand-edited and tool-written files use two or four spaces or nothing.
  const indent = weighted(rand, [
    [5, "\t"],
    [3, "  "],
    [1, "    "],
    [1, ""],
  ]);
  return `${JSON.stringify(value, null, indent)}\n`;
}

export interface CorpusFile {
  /** Relative to the corpus directory, with "/". */
  path: string;
  kind: "docker" | "containers" | "legacy" | "app" | "composer";
  text: string;
}

export const KINDS: readonly CorpusFile["kind"][] = ["docker", "containers", "legacy", "app", "composer"];

/** `count` files in a fixed, shuffled order: any prefix has the same mix as the whole. */
export function corpusFiles(seed: number, count: number): CorpusFile[] {
  const rand = prng(seed);
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const kind = weighted<CorpusFile["kind"]>(rand, [
      [45, "docker"],
      [20, "containers"],
      [10, "legacy"],
      [20, "app"],
      [5, "composer"],
    ]);
    const dir = `${String(Math.floor(i / 100)).padStart(3, "0")}/${String(i).padStart(5, "0")}`;
    const [name, value] =
      kind === "docker"
        ? [".docker/config.json", dockerConfig(rand)]
        : kind === "containers"
          ? ["containers/auth.json", containersAuth(rand)]
          : kind === "legacy"
            ? [".dockercfg", legacyDockercfg(rand)]
            : kind === "app"
              ? ["config.json", appConfig(rand)]
              : ["auth.json", composerAuth(rand)];
    files.push({ path: `${dir}/${name}`, kind, text: serialise(rand, value) });
  }
  return files;
}

/**
 * One docker config.json with `entries` auths entries, for the growth series: distinct private
 * hosts (so the file is one registry per key, as a big shared config is), written in the same mix
 * of forms and the same mix of values as the corpus.
 */
export function bigConfig(seed: number, count: number): string {
  const rand = prng(seed);
  const auths: Record<string, Json> = {};
  for (let i = 0; i < count; i++) {
    const host = `r${i}.registry.example.com`;
    const key = weighted(rand, [
      [85, host],
      [6, `https://${host}/v2/`],
      [3, `${host}:5000`],
      [2, `${host}/team/app`],
      [2, `R${i}.registry.example.com`],
      [2, `https://${host}`],
    ]);
    auths[key] = authEntry(rand);
  }
  auths[HUB_KEY] = authEntry(rand);
  return `${JSON.stringify({ auths, credsStore: "desktop" }, null, "\t")}\n`;
}

export function writeFiles(root: string, files: readonly { path: string; text: string }[]): void {
  rmSync(root, { recursive: true, force: true });
  for (const file of files) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
}
