// Differential test against the real Docker CLI: on generated configs, what the plugin says docker
// does equals what docker does, before and after `--fix`.
// - "docker finds credentials for registry R": canonical-registry-key's report on each key (none or
//   legacyKeyForm: found; nonCanonicalKey, nonCanonicalHelperKey, hubHostKey: not found) against
//   `docker login R </dev/null`, with a distinct user name per entry to see which one docker took.
//   A key no-duplicate-registry reports as never used (beside the exact key, or an earlier copy of
//   a repeated key) is not found, whatever canonical-registry-key would have said alone.
//   After --fix, docker finds R for every key whose report had an autofix; suggestion-only keys stay.
// - "docker rejects this auth": valid-auth's refusal messageIds on a one-entry file against the
//   warning of `docker context ls`, with docker's exact reason against lib/auth.ts's.
// Reproduce a failure: FC_SEED=<seed> FC_RUNS=<runs> npx vitest run tests/properties/differential-docker.test.ts
// (fast-check prints the seed and the shrunk counterexample). DIFF_RUNS raises this suite's count.
import fc from "fast-check";
import { type AST, parseForESLint } from "jsonc-eslint-parser";
import type { Linter } from "eslint";
import { expect, it } from "vitest";
import { decodeAuth } from "../../lib/core/auth.js";
import { isReference } from "../../lib/core/references.js";
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
      // URL parts docker's url.Parse drops (only after a scheme: without one the key is cut at "/").
      userinfo: fc.oneof(fc.constant(""), fc.constantFrom("user@", "user:pw@")),
      suffix: fc.oneof(fc.constant(""), fc.constantFrom("?x=1", "#top")),
      decorate: fc.boolean(),
    })
    .map(({ scheme, path, upper, userinfo, suffix, decorate }) => {
      const h = upper === "all" ? host.toUpperCase() : upper === "first" ? host.charAt(0).toUpperCase() + host.slice(1) : host;
      const url = decorate && scheme !== "";
      return { key: scheme + (url ? userinfo : "") + h + path + (url ? suffix : ""), target: host };
    });

/** A key for Docker Hub or for `host`, in `auths` or `credHelpers`. */
const keySpecArb = (host: string): fc.Arbitrary<KeySpec> =>
  fc
    .tuple(fc.oneof(hubKeyArb, hostKeyArb(host)), fc.constantFrom<KeyUse>("auths", "auths", "credHelpers"), fc.boolean())
    .map(([k, section, escapeKey]) => ({ ...k, section, escapeKey }));

/**
 * One or two keys, for Docker Hub or one private host, so that two keys often serve the same
 * registry; never the same key twice in a section (Go keeps the last duplicate: another rule's
 * business).
 */
const loginConfigArb = fc.constantFrom(...HOSTS).chain((host) =>
  fc.record({
    specs: fc.uniqueArray(keySpecArb(host), { minLength: 1, maxLength: 2, selector: (s) => `${s.section} ${s.key}` }),
    format: strictFormatArb,
  }),
);

/** Entry `i`'s user name: the auth user in `auths`, the stand-in helper's answer in `credHelpers`. */
const userOf = (i: number, section: KeyUse): string => (section === "auths" ? `user${i}` : `helper${i}`);
const HELPERS: Record<string, string> = {
  fake0: standInHelper("/dev/null", "helper0"),
  fake1: standInHelper("/dev/null", "helper1"),
};

function configText(specs: KeySpec[], format: Parameters<typeof print>[1]): string {
  const prop = (key: string, value: Value, escapeKey = false): Prop => ({ key, escapeKey, value, comment: null });
  const auths: Prop[] = [];
  const helpers: Prop[] = [];
  specs.forEach((s, i) => {
    if (s.section === "auths") {
      auths.push(prop(s.key, { kind: "object", props: [prop("auth", { kind: "string", value: b64(`${userOf(i, "auths")}:pw-${i}`) })] }, s.escapeKey));
    } else {
      helpers.push(prop(s.key, { kind: "string", value: `fake${i}` }, s.escapeKey));
    }
  });
  const top: Prop[] = [];
  if (auths.length > 0) top.push(prop("auths", { kind: "object", props: auths }));
  if (helpers.length > 0) top.push(prop("credHelpers", { kind: "object", props: helpers }));
  return print({ kind: "object", props: top }, format);
}

/** One entry of a config as the plugin sees it. */
interface Seen {
  key: string;
  section: KeyUse;
  user: string;
  /**
   * The plugin's verdict: docker finds this entry for the registry it is meant for (false for an
   * entry no-duplicate-registry says docker never uses).
   */
  found: boolean;
  /** Whether a canonical-registry-key report on it carries no autofix but suggestions. */
  suggestionOnly: boolean;
  autofix: boolean;
  /** Whether the report said nothing at all (the exact key docker looks up). */
  canonical: boolean;
  /** valid-credential-helper says a helper serves this registry, so docker never reads the entry. */
  shadowed: boolean;
}

function propertiesOf(text: string): { section: KeyUse; property: AST.JSONProperty }[] {
  const program = parseForESLint(text, { jsonSyntax: "JSON" }).ast as unknown as AST.JSONProgram;
  const root = program.body[0]?.expression;
  const out: { section: KeyUse; property: AST.JSONProperty }[] = [];
  if (root?.type !== "JSONObjectExpression") return out;
  for (const p of root.properties) {
    const name = p.key.type === "JSONLiteral" ? p.key.value : null;
    if ((name === "auths" || name === "credHelpers") && p.value.type === "JSONObjectExpression") {
      for (const q of p.value.properties) out.push({ section: name, property: q });
    }
  }
  return out;
}

/** The user an entry stands for: the user name its `auth` decodes to, or its helper's answer. */
function entryUser(section: KeyUse, property: AST.JSONProperty): string {
  if (section === "credHelpers") {
    const v = property.value.type === "JSONLiteral" ? String(property.value.value) : "";
    return `helper${v.replace("fake", "")}`;
  }
  const auth = property.value.type === "JSONObjectExpression" ? property.value.properties[0]?.value : undefined;
  const value = auth?.type === "JSONLiteral" ? String(auth.value) : "";
  return Buffer.from(value, "base64").toString("utf8").split(":")[0] ?? "";
}

/** What the plugin says about each entry of `text` (strict JSON), read from its reports. */
function pluginView(text: string, messages: Linter.LintMessage[]): Seen[] {
  return propertiesOf(text).map(({ section, property }) => {
    const key = String((property.key as AST.JSONStringLiteral).value);
    const at = (m: Linter.LintMessage): boolean =>
      m.line === property.key.loc.start.line && m.column === property.key.loc.start.column + 1;
    const reports = messages.filter((m) => m.ruleId === CANONICAL && at(m));
    expect(reports.length, `one canonical-registry-key report at most on "${key}"`).toBeLessThanOrEqual(1);
    const report = reports[0];
    // A second key for a registry is no-duplicate-registry's report, and then canonical-registry-key
    // says nothing of it (one report per defect): "never used" (beside the exact key, or an earlier
    // copy of a repeated key) or "one of them, at random".
    const duplicate = messages.find((m) => m.ruleId === DUPLICATE && at(m))?.messageId;
    if (duplicate !== undefined) expect(report, `one report on "${key}"`).toBeUndefined();
    const unused = duplicate === "sameRegistry" || duplicate === "duplicateKey";
    const found = !unused && (report === undefined || !NOT_FOUND.has(report.messageId ?? ""));
    // The report and lib/registry.ts agree.
    if (!unused) expect(found, `rule vs judgeKey on ${section} "${key}"`).toBe(judgeKey(key, "docker", section).found);
    return {
      key,
      section,
      user: entryUser(section, property),
      found,
      autofix: report?.fix !== undefined,
      suggestionOnly: report !== undefined && report.fix === undefined && (report.suggestions?.length ?? 0) > 0,
      canonical: report === undefined && duplicate === undefined,
      shadowed: messages.some((m) => m.ruleId === HELPER_RULE && m.messageId === "shadowedEntry" && at(m)),
    };
  });
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
 * found entry docker takes it; a found helper beats `auths`; an exact key beats legacy forms; among
 * several legacy forms of one host docker's choice is random (docker-cli.md §1.5), so any of them.
 */
function expectAgreement(where: string, seen: Seen[], target: string, dockerSays: string | null): void {
  const meant = seen.filter((s) => targetOf(s) === target);
  const found = meant.filter((s) => s.found);
  const helpers = found.filter((s) => s.section === "credHelpers");
  const exact = found.filter((s) => s.section === "auths" && s.canonical);
  const candidates = helpers.length > 0 ? helpers : exact.length > 0 ? exact : found;
  const expected = candidates.map((s) => s.user);
  const label = `${where}: docker login ${target}; plugin found ${JSON.stringify(found.map((s) => `${s.section} ${s.key}`))}`;
  if (expected.length === 0) expect(dockerSays, label).toBeNull();
  else expect(expected, `${label}; docker says ${dockerSays}`).toContain(dockerSays);
  for (const s of meant) {
    if (s.shadowed) expect(dockerSays, `${where}: "${s.key}" is shadowed by a helper`).not.toBe(s.user);
  }
}

describeWithDocker("differential: docker finds the credentials the plugin says it finds", () => {
  it("before and after --fix, for one or two registry keys", () => {
    fc.assert(
      fc.property(loginConfigArb, ({ specs, format }) => {
        const before = configText(specs, format);
        const messages = lint(before);
        const seenBefore = pluginView(before, messages);
        // Every generated key means the registry the generator meant.
        for (const s of seenBefore) {
          const spec = specs[Number(s.user.replace(/\D/g, ""))];
          expect(targetOf(s), `registry of "${s.key}"`).toBe(spec?.target);
        }
        const targets = [...new Set(specs.map((s) => s.target))];
        const dockerBefore = new Map(targets.map((t) => [t, dockerUser(before, t)] as const));
        for (const t of targets) expectAgreement("before --fix", seenBefore, t, dockerBefore.get(t) ?? null);

        const { output } = fix(before);
        if (output === before) {
          expect(seenBefore.some((s) => s.autofix)).toBe(false);
          return;
        }
        const seenAfter = pluginView(output, lint(output));
        const dockerAfter = new Map(targets.map((t) => [t, dockerUser(output, t)] as const));
        for (const t of targets) expectAgreement("after --fix", seenAfter, t, dockerAfter.get(t) ?? null);
        for (const s of seenBefore) {
          const now = seenAfter.find((a) => a.section === s.section && a.user === s.user);
          expect(now, `entry of ${s.user} survives --fix`).toBeDefined();
          if (now === undefined) continue;
          const t = targetOf(s);
          if (s.autofix) {
            // A fix targeted this key: docker now finds its registry.
            expect(now.found, `"${s.key}" is found after its fix`).toBe(true);
            expect(dockerAfter.get(t), `docker finds ${t} after "${s.key}" was fixed`).not.toBeNull();
          } else {
            expect(now.key, `"${s.key}" had no autofix`).toBe(s.key);
            expect(now.found).toBe(s.found);
          }
        }
        // A registry no fix touched keeps docker's verdict.
        for (const t of targets) {
          if (!seenBefore.some((s) => s.autofix && targetOf(s) === t)) {
            expect(dockerAfter.get(t), `docker on ${t}, untouched by --fix`).toBe(dockerBefore.get(t));
          }
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

const authFileArb = fc
  .tuple(authKeyArb, authValueArb, fc.boolean())
  .chain(([key, value, escape]) =>
    (escape ? jsonStringArb(value) : fc.constant(JSON.stringify(value))).map((json) => ({
      key,
      value,
      text: `{"auths": {${JSON.stringify(key)}: {"auth": ${json}}}}\n`,
    })),
  );

/** The plugin's verdict: valid-auth reports a refusal. */
const refuses = (messages: Linter.LintMessage[]): boolean =>
  messages.some((m) => m.ruleId === VALID_AUTH && REFUSAL_MESSAGE_IDS.has(m.messageId ?? ""));

describeWithDocker("differential: docker rejects the auth values the plugin says it rejects", () => {
  it("one entry per file, before and after --fix", () => {
    fc.assert(
      fc.property(authFileArb, ({ value, text }) => {
        const messages = lint(text);
        const dockerSays = dockerParseError(text);
        // The model in lib/auth.ts predicts docker's exact reason, offsets included.
        expect(dockerSays, "docker vs decodeAuth").toBe(decodeAuth(value, "docker").dockerReason);
        if (isReference(value)) {
          // A whole-value placeholder is substituted before docker reads the file: not judged.
          expect(messages.filter((m) => m.ruleId === VALID_AUTH)).toEqual([]);
        } else {
          expect(refuses(messages), `plugin vs docker (${dockerSays})`).toBe(dockerSays !== null);
          const offset = /input byte (\d+)$/.exec(dockerSays ?? "")?.[1];
          if (offset !== undefined) {
            const report = messages.find((m) => m.ruleId === VALID_AUTH);
            expect(report?.message).toContain(`illegal base64 data at input byte ${offset}"`);
          }
        }
        const { output } = fix(text);
        if (output === text) return;
        // Fixes (a key rename) must not touch the value: the verdict holds on the output too.
        const after = propertiesOf(output)[0]?.property;
        const auth = after?.value.type === "JSONObjectExpression" ? after.value.properties[0]?.value : undefined;
        expect(auth?.type === "JSONLiteral" ? auth.value : undefined, "--fix kept the auth value").toBe(value);
        const dockerAfter = dockerParseError(output);
        expect(dockerAfter, "docker after --fix").toBe(dockerSays);
        if (!isReference(value)) expect(refuses(lint(output)), "plugin after --fix").toBe(dockerAfter !== null);
      }),
      AUTH,
    );
  }, timeout(AUTH));
});
