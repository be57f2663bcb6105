// The benchmark's inputs, deterministic from a seed so that every run and every machine lints the
// same bytes. Issue 15 fixes their shapes: `config.json` files of 40 `auths` entries each, either
// without any finding (canonical keys, `credsStore` set, empty entries: what `docker login` leaves
// behind with a credential helper) or with exactly one plaintext-credential warning per entry (no
// `credsStore`, an `auth` or a `username`/`password` in every entry). Issue 13 adds the pathological
// shapes the growth table must show linear.
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

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const LOWER = "abcdefghijklmnopqrstuvwxyz";

function token(rand: Rand, length: number, alphabet = ALNUM): string {
  let s = "";
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

const b64 = (s: string): string => Buffer.from(s, "utf8").toString("base64");

const USERS = ["ci-bot", "deploy", "alice", "bob", "jenkins", "gitlab-ci-token", "AWS", "_json_key", "robot$ci", "oauth2accesstoken"];
const REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2"];
const HELPERS = ["desktop", "osxkeychain", "pass", "wincred", "secretservice"];

/** Keys most machines share, each in the form the Docker CLI writes (canonical for the docker flavor). */
const COMMON_KEYS = ["https://index.docker.io/v1/", "ghcr.io", "quay.io", "registry.gitlab.com", "gcr.io", "europe-docker.pkg.dev", "localhost:5000"];

/**
 * `count` distinct canonical keys for one file: the common registries, then private ones whose
 * names carry the file's `tag`, so that two corpora (the timed one and its warm-up) share only the
 * common keys and no memo filled while warming up answers for the timed files.
 */
function canonicalKeys(rand: Rand, tag: string, count: number): string[] {
  const keys = COMMON_KEYS.slice(0, Math.min(count, int(rand, 3, COMMON_KEYS.length)));
  for (let j = keys.length; j < count; j++) {
    const name = `${tag}${j}`;
    keys.push(
      pick(rand, [
        () => `${int(rand, 100000000000, 999999999999)}.dkr.ecr.${pick(rand, REGIONS)}.amazonaws.com`,
        () => `${name}${token(rand, 4, LOWER)}.azurecr.io`,
        () => `registry.${name}.example.com`,
        () => `harbor.${name}.example.net:${pick(rand, [443, 5000, 8443])}`,
      ])(),
    );
  }
  return keys;
}

/** A token shaped like a GitHub personal access token: secret scanners look for these. */
const githubToken = (rand: Rand): string => `ghp_${token(rand, 36)}`;

function serialise(value: unknown): string {
  // What `docker login` writes: tab-indented JSON.
  return `${JSON.stringify(value, null, "\t")}\n`;
}

export type CorpusKind = "clean" | "findings";

export interface CorpusFile {
  /** Relative to the corpus directory, with "/". */
  path: string;
  text: string;
}

/**
 * One `config.json` with `entries` `auths` entries.
 * - clean: canonical keys, `credsStore` set, every entry `{}`: no rule has anything to say.
 * - findings: canonical keys, no credential helper, every entry holding credentials in the file
 *   (three in four an `auth`, one in four a `username` and a GitHub-token `password`): one
 *   plaintext-credential warning per entry and nothing else.
 */
export function registryFile(kind: CorpusKind, rand: Rand, tag: string, entries: number): string {
  const auths: Record<string, unknown> = {};
  canonicalKeys(rand, tag, entries).forEach((key, j) => {
    const user = pick(rand, USERS);
    auths[key] =
      kind === "clean" ? {} : j % 4 === 3 ? { username: user, password: githubToken(rand) } : { auth: b64(`${user}:${githubToken(rand)}`) };
  });
  return serialise(kind === "clean" ? { auths, credsStore: pick(rand, HELPERS) } : { auths });
}

/**
 * `files` files `NNNN/config.json` (no dot directory: some scanners skip those by default).
 * `tag` keeps the private registry names of two corpora apart.
 */
export function corpus(kind: CorpusKind, seed: number, tag: string, files: number, entries: number): CorpusFile[] {
  const rand = prng(seed);
  const out: CorpusFile[] = [];
  for (let i = 0; i < files; i++) {
    out.push({ path: `${String(i).padStart(4, "0")}/config.json`, text: registryFile(kind, rand, `${tag}${i}-`, entries) });
  }
  return out;
}

/**
 * The growth series' one-file shapes (issue 13), each a function of its size and of a copy number:
 * a growth point lints several copies, so that even its smallest size takes long enough to time, and
 * the copies differ (registry key, value) so that no memo filled by one answers for the next.
 */
export const SHAPES = {
  /** One clean `config.json` with `size` entries (as `corpus("clean")`, one file). */
  entries: (size: number, copy = 0): string => registryFile("clean", prng(size * 31 + copy), `big${copy}-`, size),
  /**
   * Two `auth` values of `size / 2` characters: a run of `=`, and a run of `=` that does not end the
   * value (a regular expression anchored at the end retries from every `=`: quadratic).
   */
  equalsRun: (size: number, copy = 0): string => {
    const half = Math.max(2, Math.floor(size / 2) - copy);
    return serialise({ auths: { [`r${copy}.example.com`]: { auth: "=".repeat(half) }, [`s${copy}.example.com`]: { auth: `${"=".repeat(half - 1)}A` } } });
  },
  /**
   * One entry with `size` near-miss keys: half of them case variants of `identitytoken` (Go folds them
   * all into one field; the same variants in every copy, at most 8,191), half of them two-letter
   * misspellings of `registrytoken` (different ones in each copy).
   */
  nearMissKeys: (size: number, copy = 0): string => {
    const entry: Record<string, string> = { auth: b64(`user${copy}:pass`) };
    const half = Math.ceil(size / 2);
    for (let i = 0; i < size; i++) {
      const j = Math.floor(i / 2);
      entry[i % 2 === 0 ? caseVariant("identitytoken", j + 1) : misspelling("registrytoken", (copy * half + j) % MISSPELLINGS)] = "x";
    }
    return serialise({ auths: { [`r${copy}.example.com`]: entry }, credsStore: "desktop" });
  },
  /** One valid base64 `auth` of about `size` characters (4.3 million once overflowed the stack). */
  hugeBase64: (size: number, copy = 0): string => {
    const user = `user${copy}:`;
    const decoded = Math.max(1, Math.floor((size * 3) / 4) - user.length);
    return serialise({ auths: { [`r${copy}.example.com`]: { auth: b64(user + "p".repeat(decoded)) } } });
  },
} as const;

export type Shape = keyof typeof SHAPES;

/** The `n`-th spelling of `word` with its letters' case given by the bits of `n` (n ≥ 1). */
function caseVariant(word: string, n: number): string {
  if (n >= 2 ** word.length) throw new Error(`"${word}" has fewer than ${n} case variants`);
  let out = "";
  for (let i = 0; i < word.length; i++) out += (n >> i) & 1 ? (word[i] as string).toUpperCase() : word[i];
  return out;
}

const MISSPELLINGS = 78 * 625;

/** The `n`-th distinct word two substitutions away from a 13-letter `word` (lower-case letters only). */
function misspelling(word: string, n: number): string {
  const pairs: [number, number][] = [];
  for (let a = 0; a < word.length; a++) for (let b = a + 1; b < word.length; b++) pairs.push([a, b]);
  const [a, b] = pairs[n % pairs.length] as [number, number];
  const k = Math.floor(n / pairs.length);
  const others = (c: string) => LOWER.replace(c, "");
  const ca = others(word[a] as string)[k % 25] as string;
  const cb = others(word[b] as string)[Math.floor(k / 25) % 25] as string;
  if (k >= 625) throw new Error(`too many misspellings of "${word}"`);
  return word.slice(0, a) + ca + word.slice(a + 1, b) + cb + word.slice(b + 1);
}

/**
 * The 50 MB file of the LARGE case in tests/properties/hostile-input.test.ts, byte for byte with the
 * default `count` of 200,000 entries, each an `auth` and an `email`.
 */
export function hostileLarge(count = 200_000): string {
  const entries: string[] = [];
  for (let i = 0; i < count; i++) {
    const auth = Buffer.from(`user${i}:${"p".repeat(160)}`).toString("base64");
    entries.push(`"reg${i}.example.com": {"auth": "${auth}", "email": "x${i}@example.com"}`);
  }
  return `{"auths": {${entries.join(",\n")}}}`;
}

export function writeFiles(root: string, files: readonly CorpusFile[]): string[] {
  rmSync(root, { recursive: true, force: true });
  return files.map((file) => {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    return target;
  });
}
