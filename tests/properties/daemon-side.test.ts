// The fix-safety and hostile-input properties for the daemon-side files. On generated
// registries.conf, buildkitd.toml and daemon.json files in several formattings, `--fix` with
// every daemon-side rule: never throws; gives output that the same parser reads (so no duplicate
// key: toml-eslint-parser refuses one); is a fixed point; and changes nothing the client reads
// (containers/image's registries, search list, helpers and short-name mode, v1 lists as
// ConvertToV2 reads them; BuildKit's tables and the settings each mirror takes from its host's
// table; dockerd's JSON value) nor any comment, up to what the fixes change on purpose (`https://`
// removed, "library/" put in a tagged Hub prefix, "docker-credential-" removed, v1 converted, a
// BuildKit key renamed, `graph` renamed). Random and mutated files never make a rule throw.
import { Linter } from "eslint";
import fc from "fast-check";
import * as jsonc from "jsonc-eslint-parser";
import * as toml from "toml-eslint-parser";
import { describe, expect, it } from "vitest";
import { daemonSideConfigs } from "../../lib/configs-daemon.js";
import plugin from "../../lib/index.js";
import { fcParams } from "../helpers/lint.js";

const linter = new Linter({ configType: "flat" });
const side = daemonSideConfigs(plugin, "docker-config");
const daemonRules = Object.fromEntries(
  Object.keys(plugin.rules)
    .filter((r) => r.startsWith("daemon-"))
    .map((r) => [`docker-config/${r}`, "error" as const]),
);
const configs: Linter.Config[] = [
  { files: ["**/daemon.json"], languageOptions: { parser: jsonc as Linter.Parser }, plugins: { "docker-config": plugin }, rules: daemonRules },
  side.containers,
  side.buildkit,
];

const REGISTRIES_CONF = "etc/containers/registries.conf";
const DROP_IN = "etc/containers/registries.conf.d/50-ci.conf";
const BUILDKITD = ".github/buildkitd.toml";
const DAEMON = "etc/docker/daemon.json";

// What the client reads, up to what the fixes change on purpose. Each side is computed from the
// text alone, as the client decodes it, so the fixes' code is not consulted.
type Value = unknown;
type Table = Record<string, Value>;
const isTable = (v: Value): v is Table => v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date);
const strings = (v: Value): string[] | undefined => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : undefined);
const stringOr = (v: Value, d: string): string => (typeof v === "string" ? v : d);

/**
 * parseLocation, with the `https://` registries-conf-no-scheme strips taken away first (`http://`
 * stays: stripping it is a suggestion, as plain HTTP may have been meant).
 */
const confLocation = (s: string): string => s.replace(/^https:\/\//, "").replace(/\/+$/, "");
/** A registry's prefix or location: also `library/` in a tagged Hub reference (registries-conf-valid-registry). */
const confPrefix = (s: string): string =>
  confLocation(s).replace(/^docker\.io\/(?!library[:@/])([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*[:@])/, "docker.io/library/$1");

interface Registry {
  prefix: string;
  location: string;
  insecure: boolean;
  blocked: boolean;
  mirrorByDigestOnly: boolean;
  pullFromMirror: string;
  mirrors: { location: string; insecure: boolean; pullFromMirror: string }[];
}

function registry(r: Table): Registry {
  const location = confPrefix(stringOr(r.location, ""));
  const prefix = confPrefix(stringOr(r.prefix, ""));
  const mirrors = (Array.isArray(r.mirror) ? r.mirror : []).filter(isTable).map((m) => ({
    location: confLocation(stringOr(m.location, "")),
    insecure: m.insecure === true,
    pullFromMirror: stringOr(m["pull-from-mirror"], ""),
  }));
  return {
    prefix: prefix === "" ? location : prefix,
    location,
    insecure: r.insecure === true,
    blocked: r.blocked === true,
    mirrorByDigestOnly: r["mirror-by-digest-only"] === true,
    pullFromMirror: stringOr(r["pull-from-mirror"], ""),
    mirrors,
  };
}

/** postProcessRegistries: the first registry of each prefix, sorted by prefix. */
function unique(registries: Registry[]): Registry[] {
  const byPrefix = new Map<string, Registry>();
  for (const r of registries) if (!byPrefix.has(r.prefix)) byPrefix.set(r.prefix, r);
  return [...byPrefix.keys()].sort().map((p) => byPrefix.get(p) as Registry);
}

/** ConvertToV2: one registry per location, prefix = location, blocked first, then insecure. */
function convertToV2(v1: Table): Table {
  const list = (name: string): string[] | undefined => {
    const t = v1[name];
    return isTable(t) ? strings(t.registries) : undefined;
  };
  const regs = new Map<string, Table>();
  const get = (raw: string): Table => {
    const location = confLocation(raw);
    let r = regs.get(location);
    if (r === undefined) regs.set(location, (r = { location, prefix: location }));
    return r;
  };
  for (const l of list("block") ?? []) get(l).blocked = true;
  for (const l of list("insecure") ?? []) get(l).insecure = true;
  const search = list("search");
  return { registry: [...regs.values()], ...(search !== undefined ? { "unqualified-search-registries": search } : {}) };
}

const V2_KEYS = ["registry", "unqualified-search-registries", "credential-helpers", "short-name-mode", "additional-layer-store-auth-helper", "aliases"];

/**
 * What containers/image loadConfigFile makes of one file: its v2 settings; v1 lists as ConvertToV2
 * converts them, also in a drop-in (which refuses v1 outright: the conversion registries-conf-v2
 * writes there is what the file means); and both halves of a file that mixes them (refused).
 */
function registriesConfMeaning(text: string): unknown {
  const ast = toml.parseTOML(text);
  const root = toml.getStaticTOMLValue(ast) as Table;
  const v1 = isTable(root.registries) ? root.registries : undefined;
  const v1Set = v1 !== undefined && ["search", "insecure", "block"].some((n) => isTable(v1[n]) && "registries" in (v1[n] as Table));
  const v2Set = V2_KEYS.some((k) => k in root && root[k] !== "");
  const v2 = (t: Table) => ({
    registries: unique((Array.isArray(t.registry) ? t.registry : []).filter(isTable).map(registry)),
    search: strings(t["unqualified-search-registries"])?.map(confLocation),
    helpers: strings(t["credential-helpers"])?.map((h) => h.replace(/^docker-credential-/, "")),
    shortNameMode: t["short-name-mode"],
    aliases: t.aliases,
  });
  const comments = ast.comments.map((c) => c.value).sort();
  if (!v1Set) return { ...v2(root), comments };
  if (v2Set) return { refused: "mixed", ...v2(root), v1: v2(convertToV2(v1)), comments };
  return { ...v2(convertToV2(v1)), comments };
}

/** A `[registry."<key>"]` key as buildkitd-registry-key renames it: Hub aliases, a bare scheme. */
const bkCanonical = (key: string): string =>
  key === "index.docker.io" || key === "registry-1.docker.io" ? "docker.io" : /^https?:\/\/[^/]+\/*$/.test(key) ? key.replace(/^https?:\/\//, "").replace(/\/+$/, "") : key;
/** extractMirrorHostAndPath parses a scheme away (buildkitd-mirrors strips it). */
const bkMirror = (m: Value): Value => (typeof m === "string" ? m.replace(/^https?:\/\//, "") : m);

/**
 * What BuildKit reads: each table's settings by its key after the intended rename (tables that
 * would share a key are listed together, sorted), mirrors scheme-stripped; and the settings each
 * mirror host gets from its own table (looked up by the host as written, so never renamed).
 */
function buildkitdMeaning(text: string): unknown {
  const ast = toml.parseTOML(text);
  const root = toml.getStaticTOMLValue(ast) as Table;
  const registries = isTable(root.registry) ? root.registry : {};
  const tables = new Map<string, string[]>();
  const mirrorHosts = new Set<string>();
  for (const [key, t] of Object.entries(registries)) {
    const settings = isTable(t) ? { ...t, ...(Array.isArray(t.mirrors) ? { mirrors: t.mirrors.map(bkMirror) } : {}) } : t;
    if (isTable(t) && Array.isArray(t.mirrors)) for (const m of t.mirrors) if (typeof m === "string") mirrorHosts.add(m.replace(/^[a-z]+:\/\//i, "").replace(/\/.*$/, ""));
    const k = bkCanonical(key);
    tables.set(k, [...(tables.get(k) ?? []), JSON.stringify(settings)].sort());
  }
  // A mirror's http, insecure, ca and keypair come from the table of its host (NewRegistryConfig).
  const mirrorSettings = [...mirrorHosts].sort().map((h) => {
    const own = registries[h];
    return [h, isTable(own) ? Object.fromEntries(Object.entries(own).filter(([k]) => k !== "mirrors")) : {}];
  });
  const rest = Object.fromEntries(Object.entries(root).filter(([k]) => k !== "registry"));
  return { rest, tables: Object.fromEntries([...tables].sort(([a], [b]) => (a < b ? -1 : 1))), mirrorSettings, comments: ast.comments.map((c) => c.value).sort() };
}

/** What dockerd reads of daemon.json: the value, with `graph` renamed and insecure schemes stripped (it strips them itself). */
function daemonJsonMeaning(text: string): unknown {
  const ast = jsonc.parseJSON(text.replace(/^\uFEFF/, ""));
  const value = jsonc.getStaticJSONValue(ast) as Table;
  const out: Table = {};
  for (const [k, v] of Object.entries(value)) {
    const key = k === "graph" && !("data-root" in value) ? "data-root" : k;
    out[key] = k === "insecure-registries" && Array.isArray(v) ? v.map((s) => (typeof s === "string" ? s.replace(/^https?:\/\//i, "") : s)) : v;
  }
  return { value: out, comments: ast.comments.map((c) => c.value).sort() };
}

const host = fc.constantFrom("docker.io", "quay.io", "reg.corp:5000", "mirror.corp", "localhost:5000", "[::1]:5000", "10.0.0.5:5000");
const scheme = fc.constantFrom("", "", "https://", "http://");
const location = fc.oneof(
  fc.tuple(scheme, host, fc.constantFrom("", "/", "/ns")).map(([s, h, p]) => s + h + p),
  fc.constantFrom("docker.io/alpine", "docker.io/nginx:1.27", "docker.io/library/redis", "*.corp", "*.corp/x", "registry.*.corp", ""),
);
const quote = fc.constantFrom('"', "'");
const str = (q: string, v: string): string => (q === "'" && !v.includes("'") ? `'${v}'` : JSON.stringify(v));
const eol = fc.constantFrom("\n", "\r\n");
const comment = fc.constantFrom("", "", "# managed by ansible");

// A comment line between tables, or at the end of a key-value line.
const note = fc.constantFrom("", "", "", "# note");
const tail = fc.constantFrom("", "", "", " # why");
const pull = fc.constantFrom("all", "digest-only", "tag-only");

const registryBlock = fc
  .record({
    prefix: fc.option(location, { nil: undefined }),
    location: fc.option(location, { nil: undefined }),
    insecure: fc.option(fc.boolean(), { nil: undefined }),
    blocked: fc.option(fc.boolean(), { nil: undefined }),
    digestOnly: fc.option(fc.boolean(), { nil: undefined }),
    mirrors: fc.array(
      fc.record({
        location,
        insecure: fc.option(fc.boolean(), { nil: undefined }),
        pull: fc.option(pull, { nil: undefined }),
        misplaced: fc.boolean(),
        note,
      }),
      { maxLength: 2 },
    ),
    q: quote,
    note,
    tail,
  })
  .map((r) => {
    const lines = r.note ? [r.note, "[[registry]]"] : ["[[registry]]"];
    if (r.prefix !== undefined) lines.push(`prefix = ${str(r.q, r.prefix)}`);
    if (r.location !== undefined) lines.push(`location = ${str(r.q, r.location)}${r.tail}`);
    if (r.insecure !== undefined) lines.push(`insecure = ${r.insecure}`);
    if (r.blocked !== undefined) lines.push(`blocked = ${r.blocked}${r.tail}`);
    if (r.digestOnly !== undefined) lines.push(`mirror-by-digest-only = ${r.digestOnly}`);
    for (const m of r.mirrors) {
      lines.push("", ...(m.note ? [m.note] : []), "[[registry.mirror]]", `location = ${str(r.q, m.location)}`);
      if (m.insecure !== undefined) lines.push(`insecure = ${m.insecure}`);
      if (m.pull !== undefined) lines.push(`pull-from-mirror = ${JSON.stringify(m.pull)}`);
      if (m.misplaced) lines.push('short-name-mode = "permissive"');
    }
    return lines;
  });

const v1Tables = fc.subarray(["search", "insecure", "block"] as const, { minLength: 1 }).chain((names) =>
  fc.tuple(
    ...names.map((n) =>
      fc.tuple(fc.array(location, { maxLength: 3 }), note, tail).map(([ls, c, t]) => [
        ...(c ? [c] : []),
        `[registries.${n}]`,
        `registries = [${ls.map((l) => JSON.stringify(l)).join(", ")}]${t}`,
      ]),
    ),
  ),
);

const registriesConf = fc
  .record({
    search: fc.option(fc.array(location, { maxLength: 3 }), { nil: undefined }),
    helpers: fc.option(fc.subarray(["containers-auth.json", "docker-credential-pass", "container-auth.json", "secretservice"]), { nil: undefined }),
    registries: fc.array(registryBlock, { maxLength: 3 }),
    v1: fc.option(v1Tables, { nil: undefined }),
    shortNameMode: fc.option(fc.constantFrom("enforcing", "permissive", "disabled"), { nil: undefined }),
    eol,
    comment,
  })
  .map((c) => {
    const lines: string[] = [];
    if (c.comment) lines.push(c.comment);
    if (c.shortNameMode) lines.push(`short-name-mode = ${JSON.stringify(c.shortNameMode)}`);
    if (c.search) lines.push(`unqualified-search-registries = [${c.search.map((s) => JSON.stringify(s)).join(", ")}]`);
    if (c.helpers) lines.push(`credential-helpers = [${c.helpers.map((s) => JSON.stringify(s)).join(", ")}]`);
    for (const r of c.registries) lines.push("", ...r);
    if (c.v1) for (const t of c.v1) lines.push("", ...t);
    return `${lines.join(c.eol)}${c.eol}`;
  });

// A file of v1 lists only: the one shape registries-conf-v2 converts.
const v1Conf = fc
  .record({ v1: v1Tables, eol, comment })
  .map((c) => `${[...(c.comment ? [c.comment] : []), ...c.v1.flatMap((t) => ["", ...t])].join(c.eol)}${c.eol}`);
const registriesConfs = fc.oneof(registriesConf, v1Conf);

const bkKey = fc.constantFrom("docker.io", "index.docker.io", "registry-1.docker.io", "https://reg.corp", "mirror.corp:5000", "reg.corp/x", "localhost:5000", "https://mirror.corp:5000", "http://m2.corp/");
const buildkitd = fc
  .record({
    tables: fc.uniqueArray(
      fc.record({
        key: bkKey,
        mirrors: fc.array(fc.tuple(scheme, fc.constantFrom("mirror.corp:5000", "m2.corp", "localhost:5000")).map(([s, h]) => s + h), { maxLength: 2 }),
        http: fc.option(fc.boolean(), { nil: undefined }),
        insecure: fc.option(fc.boolean(), { nil: undefined }),
        keypair: fc.boolean(),
        note,
        tail,
      }),
      { selector: (t) => t.key, maxLength: 4 },
    ),
    eol,
    debug: fc.boolean(),
  })
  .map((c) => {
    const lines: string[] = c.debug ? ["debug = true"] : [];
    for (const t of c.tables) {
      lines.push("", ...(t.note ? [t.note] : []), `[registry.${JSON.stringify(t.key)}]${t.tail}`);
      if (t.mirrors.length) lines.push(`  mirrors = [${t.mirrors.map((m) => JSON.stringify(m)).join(", ")}]${t.tail}`);
      if (t.http !== undefined) lines.push(`  http = ${t.http}`);
      if (t.insecure !== undefined) lines.push(`  insecure = ${t.insecure}`);
      if (t.keypair) lines.push(`  [[registry.${JSON.stringify(t.key)}.keypair]]`, '    key = "/etc/k.pem"', '    cert = "/etc/c.pem"');
    }
    return `${lines.join(c.eol)}${c.eol}`;
  });

const daemonKey = fc.constantFrom("registry-mirrors", "insecure-registries", "registry-mirror", "graph", "data-root", "debug", "registry-mirors", "storage-driver");
const daemonJson = fc
  .record({
    entries: fc.uniqueArray(fc.tuple(daemonKey, fc.array(location, { maxLength: 2 })), { selector: (e) => e[0], minLength: 1, maxLength: 5 }),
    trailingComma: fc.boolean(),
    comment: fc.boolean(),
    bom: fc.boolean(),
    eol,
  })
  .map((c) => {
    const props = c.entries.map(([k, v]) =>
      k === "debug" ? `"debug": true` : k === "graph" || k === "data-root" || k === "storage-driver" ? `"${k}": "/var/lib/docker"` : `"${k}": [${v.map((s) => JSON.stringify(s)).join(", ")}]`,
    );
    const body = props.map((p) => `  ${p}`).join(`,${c.eol}`) + (c.trailingComma ? "," : "");
    return `${c.bom ? "\uFEFF" : ""}{${c.eol}${c.comment ? `  // ci${c.eol}` : ""}${body}${c.eol}}${c.eol}`;
  });

function checkFix(text: string, filename: string, meaning: (t: string) => unknown): void {
  const first = linter.verifyAndFix(text, configs, { filename });
  expect(first.messages.filter((m) => m.fatal)).toEqual([]);
  const again = linter.verifyAndFix(first.output, configs, { filename });
  expect(again.output).toBe(first.output);
  expect(meaning(first.output)).toEqual(meaning(text));
}

describe("daemon-side fix safety", () => {
  it("registries.conf", () => {
    fc.assert(fc.property(registriesConfs, (text) => checkFix(text, REGISTRIES_CONF, registriesConfMeaning)), fcParams(300));
  });
  it("registries.conf.d drop-ins", () => {
    fc.assert(fc.property(registriesConfs, (text) => checkFix(text, DROP_IN, registriesConfMeaning)), fcParams(100));
  });
  it("buildkitd.toml", () => {
    fc.assert(fc.property(buildkitd, (text) => checkFix(text, BUILDKITD, buildkitdMeaning)), fcParams(300));
  });
  it("daemon.json", () => {
    fc.assert(fc.property(daemonJson, (text) => checkFix(text, DAEMON, daemonJsonMeaning)), fcParams(300));
  });
});

describe("daemon-side hostile input", () => {
  const files = [REGISTRIES_CONF, DROP_IN, BUILDKITD, DAEMON];
  const survives = (text: string): void => {
    for (const filename of files) expect(() => linter.verify(text, configs, { filename })).not.toThrow();
  };
  it.each([
    ["empty", ""],
    ["a registry array of scalars", "registry = [1, true, 'x']\n"],
    ["a registry of inline tables of every type", 'registry = [{ location = 1, prefix = [], insecure = "yes", mirror = "m" }]\n'],
    ["mirrors of every type", '[registry."docker.io"]\nmirrors = [1, { a = 1 }, ["x"]]\nhttp = "true"\n'],
    ["v1 lists of every type", "[registries.search]\nregistries = [1, [], {}]\n[registries.block]\nregistries = 'x'\n"],
    ["registry as a scalar", 'registry = "docker.io"\nunqualified-search-registries = "docker.io"\ncredential-helpers = [1]\n'],
    ["deeply nested arrays", `registry = ${"[".repeat(2000)}${"]".repeat(2000)}\n`],
    ["daemon.json lists of every type", '{ "registry-mirrors": [1, null, {}, [], true], "insecure-registries": [{}, "http://", "https://"], "storage-driver": "x" }'],
    ["a dotted registry key with many parts", 'registry.a.b.c.d = 1\n[registry."".mirrors]\n'],
  ])("%s", (_name, text) => survives(text));

  it("generated files cut at any point or with one character replaced", () => {
    const file = fc.oneof(registriesConf, buildkitd, daemonJson);
    fc.assert(
      fc.property(file, fc.nat(), fc.string({ maxLength: 1 }), (text, at, ch) => {
        const i = at % (text.length + 1);
        survives(text.slice(0, i));
        survives(text.slice(0, i) + ch + text.slice(i + 1));
      }),
      fcParams(150),
    );
  });

  it("random text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => survives(text)), fcParams(100));
  });
});

// Redaction: user info (`user:password@`) in any endpoint, key or search entry of these files is a
// credential. No message and no suggestion's description quotes it, and no suggestion's text
// carries it (ESLint merges a suggestion's edits into one span, which `eslint -f json` prints).
describe("daemon-side redaction", () => {
  const secret = fc.stringMatching(/^[A-Za-z0-9]{10}$/).map((s) => `Sk${s}`);
  const withUserInfo = (text: string, token: string): string =>
    text.replace(/(?<![\w.-])(mirror\.corp|reg\.corp|quay\.io|m2\.corp|docker\.io)(?![\w-])/g, (h) => `ann:${token}@${h}`);
  const check = (text: string, filename: string, token: string): void => {
    for (const m of linter.verify(text, configs, { filename })) {
      expect(m.message, m.message).not.toContain(token);
      // A fix may rewrite the endpoint that holds the user info (stripping its scheme), never copy it.
      expect(m.fix?.text ?? "", `${m.ruleId} fix`).not.toContain(token);
      for (const s of m.suggestions ?? []) {
        expect(s.desc).not.toContain(token);
        expect(s.fix.text, `${m.ruleId} ${s.messageId ?? ""}`).not.toContain(token);
      }
    }
  };
  // Shapes the generators above do not write: BuildKit-style quoted tables in a registries.conf,
  // and a comment among the v1 tables (their conversion is then a suggestion).
  const extra = fc.constantFrom(
    '[registry."docker.io"]\nmirrors = ["mirror.corp"]\nunqualified-search-registries = ["quay.io"]\n',
    "[registries.search]\n# ours\nregistries = ['quay.io', 'reg.corp']\n[registries.insecure]\nregistries = ['reg.corp']\n",
    '[[registry]]\nlocation = "quay.io"\n[registry.mirror]\nlocation = "mirror.corp"\n',
  );
  it("registries.conf, other shapes", () => {
    fc.assert(fc.property(extra, secret, (text, token) => check(withUserInfo(text, token), REGISTRIES_CONF, token)), fcParams(50));
  });
  it.each([
    ["registries.conf", registriesConf, REGISTRIES_CONF],
    ["buildkitd.toml", buildkitd, BUILDKITD],
    ["daemon.json", daemonJson, DAEMON],
  ] as const)("%s", (_name, files, filename) => {
    fc.assert(fc.property(files, secret, (text, token) => check(withUserInfo(text, token), filename, token)), fcParams(300));
  });
});
