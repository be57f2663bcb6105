// Differential test against the real Docker CLI: on generated configs, what the plugin says docker
// does equals what docker does, before and after `--fix`.
// - "docker finds credentials for registry R": the key rules' report on each key (none, or
//   no-legacy-registry-key's legacyKeyForm: found; canonical-registry-key's nonCanonicalKey,
//   nonCanonicalHelperKey, hubHostKey: not found) and the
//   model's verdict that Go keeps the entry (Entry.live), against `docker login R </dev/null`, with
//   a distinct user name per entry to see which one docker took. The configs spread the keys over
//   case-variant sections (`Auths`, `AUTHS`, `authſ`, `CredHelpers`…), repeat a key in a second
//   section, add `null` sections, repeated `auth` fields and `credsStore`/`CredsStore` pairs: every
//   way Go's encoding/json assigns a field more than once. After --fix, docker finds R for every
//   key whose report had an autofix, and sends for every registry what it sent before.
// - "docker rejects this auth": valid-auth's refusal messageIds on the `auth` docker decodes, in
//   plain, case-variant, merged, overwritten, reset and repeated-field layouts, against the warning
//   of `docker context ls`, with docker's exact reason against lib/auth.ts's and the model's.
// Reproduce a failure: FC_SEED=<seed> FC_RUNS=<runs> npx vitest run tests/properties/differential-docker.test.ts
// (fast-check prints the seed and the shrunk counterexample). DIFF_RUNS raises this suite's count.
import fc from "fast-check";
import { type AST, parseForESLint } from "jsonc-eslint-parser";
import type { Linter } from "eslint";
import { expect, it } from "vitest";
import { decodeAuth } from "../../lib/core/auth.js";
import { credsStoreOf } from "../../lib/core/credentials.js";
import { decodedAuthOf, fieldString } from "../../lib/core/entry-fields.js";
import { type Entry, registryModel, type RegistryModel } from "../../lib/core/model.js";
import { isPlaceholderValue, isReference } from "../../lib/core/references.js";
import { judgeKey, type KeyUse } from "../../lib/core/registry.js";
import { REFUSAL_MESSAGE_IDS } from "../../rules/valid-auth.js";
import { b64, HOSTS, HUB, HUB_KEYS, type Prop, print, strictFormatArb, type Value } from "../helpers/arbitraries.js";
import { describeWithDocker, dockerLoginUser, dockerParseError, standInHelper } from "../helpers/docker.js";
import { fcParams, fix, lint } from "../helpers/lint.js";

const DEFAULT_RUNS = process.env.DIFF_RUNS === undefined ? undefined : Number(process.env.DIFF_RUNS);
const LOGIN = fcParams(DEFAULT_RUNS ?? 200);
const AUTH = fcParams(DEFAULT_RUNS ?? 200);
/** A run makes up to four docker calls; vitest cannot stop a synchronous fc.assert, only fail it late. */
const timeout = (params: { numRuns?: number }): number => Math.max(120_000, (params.numRuns ?? 100) * 500);

const CANONICAL = "docker-config/canonical-registry-key";
const LEGACY = "docker-config/no-legacy-registry-key";
/** The rules that judge a key's form: one report at most per key between them. */
const KEY_RULES = new Set([CANONICAL, LEGACY]);
const DUPLICATE = "docker-config/no-duplicate-registry";
const VALID_AUTH = "docker-config/valid-auth";
const HELPER_RULE = "docker-config/valid-credential-helper";
/** canonical-registry-key's messageIds that say the client does not find the key for its registry. */
const NOT_FOUND = new Set(["nonCanonicalKey", "nonCanonicalHelperKey", "hubHostKey"]);

// ---------------------------------------------------------------------------------------------
// "docker finds credentials for registry R"

/** Docker Hub is asked with a bare `docker login`; its target name is this. */
const DOCKER_HUB = "docker.io";

interface KeySpec {
  key: string;
  /** The registry the key is meant for: DOCKER_HUB or a lower-case host[:port]. */
  target: string;
  section: KeyUse;
  escapeKey: boolean;
}

const hubKeyArb = fc.oneof(fc.constant(HUB), fc.constantFrom(...HUB_KEYS)).map((key) => ({ key, target: DOCKER_HUB }));
const hostKeyArb = (host: string): fc.Arbitrary<{ key: string; target: string }> =>
  fc
    .record({
      scheme: fc.oneof(fc.constant(""), fc.constantFrom("https://", "http://", "HTTPS://", "ftp://")),
      path: fc.oneof(fc.constant(""), fc.constantFrom("/", "/v2/", "/v1/", "/v2", "/team")),
      upper: fc.constantFrom("none", "none", "none", "all", "first"),
      // URL parts docker's url.Parse drops or refuses: user info (with "?" url.Parse ends the host
      // there; with "/" in the password the key is cut inside it), a query or fragment.
      userinfo: fc.oneof(fc.constant(""), fc.constantFrom("user@", "user:pw@", "u?x:pw@", "user:p/w@")),
      // User info also without a scheme (`user:pw@host`): never found, the fallback cuts at "/" only.
      bareUserinfo: fc.boolean(),
      // An empty port (`host:`), or one that is not a number (`host:abc`, url.Parse refuses it):
      // only on a host without port.
      port: fc.constantFrom("", "", "", ":", ":abc"),
      suffix: fc.oneof(fc.constant(""), fc.constantFrom("?x=1", "#top")),
      decorate: fc.boolean(),
    })
    .map(({ scheme, path, upper, userinfo, bareUserinfo, port, suffix, decorate }) => {
      const h = upper === "all" ? host.toUpperCase() : upper === "first" ? host.charAt(0).toUpperCase() + host.slice(1) : host;
      const url = decorate && scheme !== "";
      const ui = url || (decorate && bareUserinfo) ? userinfo : "";
      // `host:abc` without a scheme is a scheme of its own to url.Parse: only in URL keys.
      const p = host.includes(":") || (port === ":abc" && scheme === "") ? "" : port;
      // docker finds `https://ghcr.io:abc` for neither ghcr.io nor ghcr.io:abc (url.Parse fails, the
      // fallback yields "https:"): the registry it names is taken as written, port and all.
      return { key: scheme + ui + h + p + path + (url ? suffix : ""), target: p === ":abc" ? host + p : host };
    });

/** A bare IPv6 host, with or without port, in URL and plain forms: docker finds `https://[::1]/` for `::1`, not `[::1]`. */
const ipv6KeyArb: fc.Arbitrary<{ key: string; target: string }> = fc
  .record({
    scheme: fc.constantFrom("", "https://", "http://"),
    host: fc.constantFrom("[::1]", "[::1]:5000"),
    path: fc.constantFrom("", "/", "/v2/"),
  })
  .map(({ scheme, host, path }) => ({ key: scheme + host + path, target: host }));

/**
 * How an `auths` entry writes its `auth`: once; after a decoy that a later `auth` replaces (Go
 * assigns every spelling in turn, the last one wins); or followed by `"AUTH": null`, which leaves it.
 */
type FieldForm = "plain" | "overridden" | "nullAfter";

/** A key for Docker Hub or for `host`, in `auths` or `credHelpers`, in the first or second section. */
interface PlacedSpec extends KeySpec {
  slot: 0 | 1;
  fields: FieldForm;
}

const keySpecArb = (host: string): fc.Arbitrary<PlacedSpec> =>
  fc
    .tuple(
      fc.oneof(hubKeyArb, hostKeyArb(host), ipv6KeyArb),
      fc.constantFrom<KeyUse>("auths", "auths", "credHelpers"),
      fc.boolean(),
      fc.constantFrom<0 | 1>(0, 0, 1),
      fc.constantFrom<FieldForm>("plain", "plain", "overridden", "nullAfter"),
    )
    .map(([k, section, escapeKey, slot, fields]) => ({ ...k, section, escapeKey, slot, fields }));

/** Spellings Go's decoder folds onto each section (U+017F ſ folds to s). */
const SPELLINGS: Record<KeyUse, readonly string[]> = {
  auths: ["auths", "Auths", "AUTHS", "auth\u017f"],
  credHelpers: ["credHelpers", "CredHelpers", "CREDHELPERS", "credHelper\u017f"],
};
const spellingArb = (use: KeyUse): fc.Arbitrary<string> => fc.oneof({ weight: 3, arbitrary: fc.constant(use) }, fc.constantFrom(...SPELLINGS[use]));

/** A `"<section>": null` at a position among the two sections of its kind: before, between or after them. */
interface NullSection {
  use: KeyUse;
  spelling: string;
  at: 0 | 1 | 2;
}

/** `credsStore` written once, or overwritten by `"CredsStore": ""` (no store), or followed by a null (kept). */
type StoreForm = "none" | "set" | "setThenEmpty" | "setThenNull";

interface Layout {
  spell: Record<KeyUse, [string, string]>;
  nulls: NullSection[];
  store: StoreForm;
  escapeSections: boolean;
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  spell: fc.record({
    auths: fc.tuple(spellingArb("auths"), spellingArb("auths")),
    credHelpers: fc.tuple(spellingArb("credHelpers"), spellingArb("credHelpers")),
  }),
  nulls: fc.array(
    fc.constantFrom<KeyUse>("auths", "credHelpers").chain((use) =>
      fc.record({ use: fc.constant(use), spelling: spellingArb(use), at: fc.constantFrom<0 | 1 | 2>(0, 1, 2) }),
    ),
    { maxLength: 1 },
  ),
  store: fc.constantFrom<StoreForm>("none", "none", "none", "set", "setThenEmpty", "setThenNull"),
  escapeSections: fc.boolean(),
});

/**
 * One to three keys, for Docker Hub or one private host, so that two keys often serve the same
 * registry, spread over one or two sections of each kind; the same key may come back in the other
 * section (Go keeps the later one), never twice in one section (no-duplicate-registry's).
 */
const loginConfigArb = fc.constantFrom(...HOSTS).chain((host) =>
  fc.record({
    specs: fc.uniqueArray(keySpecArb(host), { minLength: 1, maxLength: 3, selector: (s) => `${s.section} ${s.slot} ${s.key}` }),
    layout: layoutArb,
    format: strictFormatArb,
  }),
);

/** Entry `i`'s user name: the auth user in `auths`, the stand-in helper's answer in `credHelpers`. */
const userOf = (i: number, section: KeyUse): string => (section === "auths" ? `user${i}` : `helper${i}`);
const STORE_USER = "store-user";
const HELPERS: Record<string, string> = {
  fake0: standInHelper("/dev/null", "helper0"),
  fake1: standInHelper("/dev/null", "helper1"),
  fake2: standInHelper("/dev/null", "helper2"),
  fakes: standInHelper("/dev/null", STORE_USER),
};

function configText(specs: PlacedSpec[], layout: Layout, format: Parameters<typeof print>[1]): string {
  const prop = (key: string, value: Value, escapeKey = false): Prop => ({ key, escapeKey, value, comment: null });
  const NULL: Value = { kind: "raw", text: "null" };
  const sections: Record<KeyUse, [Prop[], Prop[]]> = { auths: [[], []], credHelpers: [[], []] };
  specs.forEach((s, i) => {
    const into = sections[s.section][s.slot];
    if (s.section === "credHelpers") {
      into.push(prop(s.key, { kind: "string", value: `fake${i}` }, s.escapeKey));
      return;
    }
    const auth = prop("auth", { kind: "string", value: b64(`${userOf(i, "auths")}:pw-${i}`) });
    const fields =
      s.fields === "overridden"
        ? [prop("Auth", { kind: "string", value: b64(`decoy${i}:x`) }), auth]
        : s.fields === "nullAfter"
          ? [auth, prop("AUTH", NULL)]
          : [auth];
    into.push(prop(s.key, { kind: "object", props: fields }, s.escapeKey));
  });
  const top: Prop[] = [];
  for (const use of ["auths", "credHelpers"] as const) {
    const nullAt = (at: number) => {
      for (const n of layout.nulls) if (n.use === use && n.at === at) top.push(prop(n.spelling, NULL, layout.escapeSections));
    };
    nullAt(0);
    sections[use].forEach((props, slot) => {
      if (props.length > 0) top.push(prop(layout.spell[use][slot] as string, { kind: "object", props }, layout.escapeSections));
      nullAt(slot + 1);
    });
  }
  if (layout.store !== "none") top.push(prop("credsStore", { kind: "string", value: "fakes" }));
  if (layout.store === "setThenEmpty") top.push(prop("CredsStore", { kind: "string", value: "" }));
  if (layout.store === "setThenNull") top.push(prop("CredsStore", NULL));
  return print({ kind: "object", props: top }, format);
}

/** One entry of a config as the plugin sees it. */
interface Seen {
  key: string;
  section: KeyUse;
  user: string;
  /**
   * The plugin's verdict: docker finds this entry for the registry it is meant for (its key is
   * found, the model keeps it, and no-duplicate-registry does not say docker never uses it).
   */
  found: boolean;
  /** The model's verdict: no later key or null discards the entry. */
  live: boolean;
  /** Whether a key rule's report on it carries no autofix but suggestions. */
  suggestionOnly: boolean;
  autofix: boolean;
  /** Whether the report said nothing at all (the exact key docker looks up). */
  canonical: boolean;
  /** valid-credential-helper says a helper serves this registry, so docker never reads the entry. */
  shadowed: boolean;
}

/** The plugin's model of a text, as the json-file host builds it for a `.docker/config.json`. */
function modelOfText(text: string): RegistryModel | null {
  const program = parseForESLint(text, { jsonSyntax: "JSON" }).ast as unknown as AST.JSONProgram;
  return registryModel(program, "docker-config");
}

function entriesOf(model: RegistryModel | null): { section: KeyUse; entry: Entry }[] {
  const out: { section: KeyUse; entry: Entry }[] = [];
  for (const section of ["auths", "credHelpers"] as const) {
    for (const entry of model?.[section]?.entries ?? []) out.push({ section, entry });
  }
  return out;
}

/** The user an entry stands for: the user name its `auth` decodes to, or its helper's answer. */
function entryUser(section: KeyUse, entry: Entry): string {
  if (section === "credHelpers") {
    const v = entry.property.value.type === "JSONLiteral" ? String(entry.property.value.value) : "";
    return `helper${v.replace("fake", "")}`;
  }
  const auth = fieldString(entry.fields ?? [], "auth")?.value ?? "";
  return Buffer.from(auth, "base64").toString("utf8").split(":")[0] ?? "";
}

/** What the plugin says about each entry of `text` (strict JSON), read from its reports and its model. */
function pluginView(text: string, messages: Linter.LintMessage[]): { seen: Seen[]; store: string | null } {
  const model = modelOfText(text);
  const seen = entriesOf(model).map(({ section, entry }) => {
    const { property, key } = entry;
    const at = (m: Linter.LintMessage): boolean =>
      m.line === property.key.loc.start.line && m.column === property.key.loc.start.column + 1;
    const reports = messages.filter((m) => KEY_RULES.has(m.ruleId ?? "") && at(m));
    expect(reports.length, `one key-form report at most on "${key}"`).toBeLessThanOrEqual(1);
    if (reports[0] !== undefined) expect(reports[0].ruleId === LEGACY, `found means legacy form on "${key}"`).toBe(reports[0].messageId === "legacyKeyForm");
    const report = reports[0];
    // A second key for a registry is no-duplicate-registry's report, and then the key rules say
    // nothing of it (one report per defect): "never used" (beside the exact key, or an earlier
    // copy of a repeated key) or "one of them, at random".
    const duplicate = messages.find((m) => m.ruleId === DUPLICATE && at(m))?.messageId;
    if (duplicate !== undefined) expect(report, `one report on "${key}"`).toBeUndefined();
    const unused = duplicate === "sameRegistry" || duplicate === "duplicateKey";
    const keyFound = !unused && (report === undefined || !NOT_FOUND.has(report.messageId ?? ""));
    // The report and lib/registry.ts agree.
    if (!unused) expect(keyFound, `rule vs judgeKey on ${section} "${key}"`).toBe(judgeKey(key, "docker", section).found);
    return {
      key,
      section,
      user: entryUser(section, entry),
      found: keyFound && entry.live,
      live: entry.live,
      autofix: report?.fix !== undefined,
      suggestionOnly: report !== undefined && report.fix === undefined && (report.suggestions?.length ?? 0) > 0,
      canonical: report === undefined && duplicate === undefined,
      shadowed: messages.some((m) => m.ruleId === HELPER_RULE && m.messageId === "shadowedEntry" && at(m)),
    };
  });
  return { seen, store: model === null ? null : credsStoreOf(model) };
}

const targetOf = (s: Seen): string => {
  const v = judgeKey(s.key, "docker", s.section);
  return v.registry;
};

/** Ask docker which user it finds for `target`. */
function dockerUser(text: string, target: string): string | null {
  return dockerLoginUser(text, target === DOCKER_HUB ? undefined : target, HELPERS);
}

/**
 * The plugin's verdicts for `target` against docker's answer. Only what is deterministic: with one
 * found entry docker takes it; a found helper beats `credsStore`, which beats `auths`; an exact key
 * beats legacy forms; among several legacy forms of one host docker's choice is random
 * (docker-cli.md §1.5), so any of them.
 */
function expectAgreement(where: string, view: ReturnType<typeof pluginView>, target: string, dockerSays: string | null): string[] {
  const meant = view.seen.filter((s) => targetOf(s) === target);
  const found = meant.filter((s) => s.found);
  const helpers = found.filter((s) => s.section === "credHelpers");
  const exact = found.filter((s) => s.section === "auths" && s.canonical);
  const candidates = helpers.length > 0 ? helpers : exact.length > 0 ? exact : found;
  const expected = helpers.length === 0 && view.store ? [STORE_USER] : candidates.map((s) => s.user);
  const label = `${where}: docker login ${target}; plugin found ${JSON.stringify(found.map((s) => `${s.section} ${s.key}`))}, store ${view.store}`;
  if (expected.length === 0) expect(dockerSays, label).toBeNull();
  else expect(expected, `${label}; docker says ${dockerSays}`).toContain(dockerSays);
  for (const s of meant) {
    if (s.shadowed) expect(dockerSays, `${where}: "${s.key}" is shadowed by a helper`).not.toBe(s.user);
  }
  return expected;
}

describeWithDocker("differential: docker finds the credentials the plugin says it finds", () => {
  it("before and after --fix, for keys in case-variant, repeated and null sections", () => {
    fc.assert(
      fc.property(loginConfigArb, ({ specs, layout, format }) => {
        const before = configText(specs, layout, format);
        const messages = lint(before);
        const viewBefore = pluginView(before, messages);
        const seenBefore = viewBefore.seen;
        // Every generated key means the registry the generator meant.
        for (const s of seenBefore) {
          const spec = specs[Number(s.user.replace(/\D/g, ""))];
          expect(targetOf(s), `registry of "${s.key}"`).toBe(spec?.target);
        }
        const targets = [...new Set(specs.map((s) => s.target))];
        const dockerBefore = new Map(targets.map((t) => [t, dockerUser(before, t)] as const));
        const expectedBefore = new Map(targets.map((t) => [t, expectAgreement("before --fix", viewBefore, t, dockerBefore.get(t) ?? null)] as const));

        const { output } = fix(before);
        if (output === before) {
          expect(seenBefore.some((s) => s.autofix)).toBe(false);
          return;
        }
        const viewAfter = pluginView(output, lint(output));
        const dockerAfter = new Map(targets.map((t) => [t, dockerUser(output, t)] as const));
        for (const t of targets) expectAgreement("after --fix", viewAfter, t, dockerAfter.get(t) ?? null);
        for (const s of seenBefore) {
          const now = viewAfter.seen.find((a) => a.section === s.section && a.user === s.user);
          expect(now, `entry of ${s.user} survives --fix`).toBeDefined();
          if (now === undefined) continue;
          const t = targetOf(s);
          // A fix never brings back an entry Go discards, nor discards one it keeps.
          expect(now.live, `"${s.key}" is as live after --fix as before`).toBe(s.live);
          if (s.autofix && s.live) {
            // A fix targeted this key: docker now finds its registry.
            expect(now.found, `"${s.key}" is found after its fix`).toBe(true);
            expect(dockerAfter.get(t), `docker finds ${t} after "${s.key}" was fixed`).not.toBeNull();
          } else if (!s.autofix) {
            expect(now.key, `"${s.key}" had no autofix`).toBe(s.key);
            expect(now.found).toBe(s.found);
          }
        }
        // Which credentials docker sends for each registry: unchanged by --fix, except where a fix
        // makes docker find a registry it found nothing for, or makes a credHelpers entry the user
        // wrote for the registry take effect. (The latter replaces the file's credentials with the
        // helper's: canonical-registry-key autofixes that rename today; see the report to the
        // integrator. This assertion pins the current behaviour down exactly.)
        for (const t of targets) {
          const after = dockerAfter.get(t) ?? null;
          const helperFix = seenBefore.find((s) => s.autofix && s.live && s.section === "credHelpers" && targetOf(s) === t);
          const touched = seenBefore.some((s) => s.autofix && s.live && targetOf(s) === t);
          const before = expectedBefore.get(t) ?? [];
          if (helperFix !== undefined) expect(after, `docker on ${t} after its credHelpers key was fixed`).toBe(helperFix.user);
          else if (before.length > 0) expect(before, `docker on ${t} after --fix sends what it sent before`).toContain(after);
          else if (!touched) expect(after, `docker on ${t}, untouched by --fix`).toBeNull();
        }
      }),
      LOGIN,
    );
  }, timeout(LOGIN));
});

// ---------------------------------------------------------------------------------------------
// "docker rejects this auth"

const B64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const userPassArb = fc.tuple(
  fc.stringMatching(/^[a-z0-9._-]{1,8}$/),
  fc.string({ unit: "grapheme-ascii", minLength: 0, maxLength: 12 }),
);
/** Insert `piece` into `s` at a position chosen by `at` in [0, 1). */
const insertAt = (s: string, piece: string, at: number): string => {
  const i = Math.floor(at * (s.length + 1));
  return s.slice(0, i) + piece + s.slice(i);
};
const position = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const authValueArb: fc.Arbitrary<string> = fc.oneof(
  userPassArb.map(([u, p]) => b64(`${u}:${p}`)), // valid
  userPassArb.map(([u, p]) => b64(`${u}:${p}`).replace(/=+$/, "")), // unpadded
  userPassArb.map(([u, p]) => b64(`${u}:${p}`).replace(/=+$/, "===")), // over-padded
  fc.uint8Array({ minLength: 1, maxLength: 24 }).map((b) => Buffer.from(b).toString("base64url")), // URL-safe, unpadded
  fc.uint8Array({ minLength: 1, maxLength: 24 }).map((b) => Buffer.from(b).toString("base64").replace(/\+/g, "-").replace(/\//g, "_")), // URL-safe, padded
  fc.tuple(userPassArb, fc.constantFrom(" ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u3000"), position).map(([[u, p], ws, at]) => insertAt(b64(`${u}:${p}`), ws, at)), // whitespace
  fc.tuple(userPassArb, fc.constantFrom("!", ".", "=", "$", "\u00e9", "\u0000", "\ud800", "-", "_", "*"), position).map(([[u, p], junk, at]) => insertAt(b64(`${u}:${p}`), junk, at)), // junk
  fc.tuple(userPassArb, fc.constantFrom("\n", "\r\n", "\r", " ", "\t")).map(([[u, p], nl]) => b64(`${u}:${p}${nl}`)), // newline/blank at the end of the password
  fc.tuple(userPassArb, fc.constantFrom("\n", " ", "\t"), position).map(([[u, p], nl, at]) => b64(insertAt(`${u}:${p}`, nl, at))), // in the decoded text
  userPassArb.map(([u, p]) => b64(`${u}${p}`.replace(/:/g, "") || "x")), // no colon
  fc.string({ maxLength: 10 }).map((p) => b64(`:${p}`)), // empty user
  userPassArb.map(([u, p]) => b64(b64(`${u}:${p}`))), // encoded twice
  fc.uint8Array({ minLength: 1, maxLength: 24 }).map((b) => b64(b)), // random bytes
  userPassArb.map(([u, p]) => b64(Buffer.from(`${u}:${p}`, "utf16le"))), // UTF-16
  fc.string({ unit: fc.constantFrom(...B64_ALPHABET, "=", "\n", "\r"), minLength: 1, maxLength: 20 }), // alphabet soup
  fc.string({ unit: "binary", minLength: 1, maxLength: 12 }), // anything
  fc.constant(""),
);

/** The key of the one entry; some keys draw a canonical-registry-key autofix. */
const authKeyArb = fc.constantFrom("reg.example.com", "reg.example.com", "docker.io", "https://reg.example.com/v2/", HUB);

/** A JSON string with some characters written as \u escapes (Go and the parser decode them alike). */
const jsonStringArb = (value: string): fc.Arbitrary<string> =>
  fc.array(fc.boolean(), { minLength: value.length, maxLength: value.length }).map((escape) => {
    let out = '"';
    for (let i = 0; i < value.length; i++) {
      const c = value[i] as string;
      out += escape[i] ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : JSON.stringify(c).slice(1, -1);
    }
    return `${out}"`;
  });

/**
 * Where the judged `auth` sits, and whether docker ever decodes it:
 * - `plain`: the only entry of `"auths"` (decoded);
 * - `spelled`: in a section spelled `Auths`, `AUTHS`, `authſ` (decoded: Go folds the name);
 * - `second`: in a second spelling, after an `"auths"` with a valid entry (decoded: the maps merge);
 * - `nullBefore`: after `"AUTHS": null` (decoded);
 * - `overwritten`: the same key comes back with a valid auth in a later section (never decoded);
 * - `reset`: a `"Auths": null` follows (never decoded);
 * - `fieldOverridden`: `"AUTH"` with a valid value follows in the entry (never decoded);
 * - `fieldNullAfter`: `"AUTH": null` follows in the entry (decoded: null leaves the string).
 */
type AuthLayout = "plain" | "spelled" | "second" | "nullBefore" | "overwritten" | "reset" | "fieldOverridden" | "fieldNullAfter";
const DECODED: Record<AuthLayout, boolean> = {
  plain: true,
  spelled: true,
  second: true,
  nullBefore: true,
  overwritten: false,
  reset: false,
  fieldOverridden: false,
  fieldNullAfter: true,
};
const GOOD = b64("other:pw");

function authText(key: string, json: string, layout: AuthLayout, spelling: string): string {
  const k = JSON.stringify(key);
  const s = JSON.stringify(spelling);
  const entry = `{${k}: {"auth": ${json}}}`;
  switch (layout) {
    case "plain":
      return `{"auths": ${entry}}\n`;
    case "spelled":
      return `{${s}: ${entry}}\n`;
    case "second":
      return `{"auths": {"other.example.com": {"auth": "${GOOD}"}}, ${s}: ${entry}}\n`;
    case "nullBefore":
      return `{"AUTHS": null, ${s}: ${entry}}\n`;
    case "overwritten":
      return `{"auths": ${entry}, ${s}: {${k}: {"auth": "${GOOD}"}}}\n`;
    case "reset":
      return `{${s}: ${entry}, "Auths": null}\n`;
    case "fieldOverridden":
      return `{${s}: {${k}: {"auth": ${json}, "AUTH": "${GOOD}"}}}\n`;
    case "fieldNullAfter":
      return `{${s}: {${k}: {"auth": ${json}, "AUTH": null}}}\n`;
  }
}

const authFileArb = fc
  .record({
    key: authKeyArb,
    value: authValueArb,
    escape: fc.boolean(),
    layout: fc.oneof(
      { weight: 3, arbitrary: fc.constant<AuthLayout>("plain") },
      fc.constantFrom<AuthLayout>("spelled", "second", "nullBefore", "overwritten", "reset", "fieldOverridden", "fieldNullAfter"),
    ),
    spelling: fc.constantFrom(...SPELLINGS.auths),
  })
  .chain(({ key, value, escape, layout, spelling }) =>
    (escape ? jsonStringArb(value) : fc.constant(JSON.stringify(value))).map((json) => ({
      key,
      value,
      json,
      layout,
      text: authText(key, json, layout, spelling),
    })),
  );

/**
 * The plugin's verdict: valid-auth reports a refusal on an `auth` the model says the client decodes
 * (the final `auth` of a live entry). Reports on entries the model marks discarded are
 * no-duplicate-registry's business and are not docker's verdict.
 */
function refuses(text: string, messages: Linter.LintMessage[]): boolean {
  const decoded = (modelOfText(text)?.auths?.entries ?? [])
    .filter((e) => e.live)
    .map((e) => fieldString(e.fields ?? [], "auth")?.prop.property.key.loc.start)
    .filter((loc) => loc !== undefined);
  return messages.some(
    (m) =>
      m.ruleId === VALID_AUTH &&
      REFUSAL_MESSAGE_IDS.has(m.messageId ?? "") &&
      decoded.some((loc) => loc.line === m.line && loc.column + 1 === m.column),
  );
}

/** The reason docker refuses the file, as the model predicts it: the first live `auth` it cannot decode. */
function modelRefusal(text: string): string | null {
  for (const entry of modelOfText(text)?.auths?.live.values() ?? []) {
    const reason = decodedAuthOf(entry, "docker")?.dockerReason ?? null;
    if (reason !== null) return reason;
  }
  return null;
}

describeWithDocker("differential: docker rejects the auth values the plugin says it rejects", () => {
  it("in plain, case-variant, merged, repeated and null sections, before and after --fix", () => {
    fc.assert(
      fc.property(authFileArb, ({ value, json, layout, text }) => {
        const messages = lint(text);
        const dockerSays = dockerParseError(text);
        // The model in lib/auth.ts predicts docker's exact reason, offsets included, for the value
        // docker decodes; an `auth` Go replaces or discards is never decoded.
        const expected = DECODED[layout] ? decodeAuth(value, "docker").dockerReason : null;
        expect(dockerSays, `docker vs decodeAuth (${layout})`).toBe(expected);
        expect(modelRefusal(text), "docker vs the model").toBe(dockerSays);
        const template = isReference(value) || isPlaceholderValue(value);
        if (template) {
          // A whole-value reference or a template's placeholder (`<DOCKER_AUTH>`, `MY_TOKEN`) is
          // substituted before docker reads the file: not judged.
          expect(messages.filter((m) => m.ruleId === VALID_AUTH)).toEqual([]);
        } else {
          expect(refuses(text, messages), `plugin vs docker (${dockerSays})`).toBe(dockerSays !== null);
          const offset = /input byte (\d+)$/.exec(dockerSays ?? "")?.[1];
          if (offset !== undefined) {
            const report = messages.find((m) => m.ruleId === VALID_AUTH);
            expect(report?.message).toContain(`(byte ${offset})`);
          }
        }
        const { output } = fix(text);
        if (output === text) return;
        // Fixes (a key or section rename) must not touch the value: the verdict holds on the output too.
        expect(output, "--fix kept the auth value").toContain(json);
        const dockerAfter = dockerParseError(output);
        expect(dockerAfter, "docker after --fix").toBe(dockerSays);
        expect(modelRefusal(output), "the model after --fix").toBe(dockerAfter);
        if (!template) expect(refuses(output, lint(output)), "plugin after --fix").toBe(dockerAfter !== null);
      }),
      AUTH,
    );
  }, timeout(AUTH));
});
