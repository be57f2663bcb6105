// fast-check generators of registry-credential files: a small document model, random contents
// (canonical keys, Docker Hub aliases, private registries, URL forms, duplicates, helpers, unknown
// fields, secrets) and random formatting (indentation, CRLF, BOM, escaped keys, JSONC comments,
// trailing commas), printed to text by our own printer so every byte is under control.
import fc from "fast-check";

export type Value =
  | { kind: "string"; value: string }
  | { kind: "raw"; text: string }
  | { kind: "object"; props: Prop[] }
  | { kind: "array"; items: Value[] };

export interface Prop {
  key: string;
  /** Write the key's first character as a \u escape. */
  escapeKey: boolean;
  value: Value;
  /** A JSONC comment before the property (only printed when the format allows comments). */
  comment: string | null;
}

/**
 * Every line terminator jsonc-eslint-parser knows (espree's, ECMAScript's): a `//` comment ends
 * at the first one. Go's JSON knows only `\n` and `\r` (as whitespace); U+2028 and U+2029 are
 * not JSON whitespace, which strict-json fixes.
 */
export const LINE_TERMINATORS = ["\n", "\r", "\r\n", "\u2028", "\u2029"] as const;
export type LineTerminator = (typeof LINE_TERMINATORS)[number];

export interface Format {
  indent: string | null; // null: everything on one line
  eol: "\n" | "\r\n";
  bom: boolean;
  comments: boolean;
  trailingCommas: boolean;
  /** With comments: write each property's comment as a `// …` line comment, not a block comment. */
  lineComments?: boolean;
  /**
   * With comments: the line terminator that ends `//` comments, and that block comments hold
   * inside and are followed by. Without it, `//` comments end at `eol` and block comments are
   * `/* … *\/ ` on one line.
   */
  commentEol?: LineTerminator;
}

export const HUB = "https://index.docker.io/v1/";

const str = (value: string): Value => ({ kind: "string", value });
const obj = (props: Prop[]): Value => ({ kind: "object", props });

function printString(s: string, escapeFirst = false): string {
  const json = JSON.stringify(s);
  if (!escapeFirst || s.length === 0) return json;
  const code = s.charCodeAt(0).toString(16).padStart(4, "0");
  return `"\\u${code}${json.slice(json[1] === "\\" ? 3 : 2)}`;
}

/** A comment before a property. */
function printComment(text: string, format: Format): string {
  const t = format.commentEol;
  if (format.lineComments) return `// ${text}${t ?? format.eol}`;
  return t === undefined ? `/* ${text} */ ` : `/* ${text}${t}*/${t}`;
}

export function print(value: Value, format: Format): string {
  const { indent, eol } = format;
  const out = (v: Value, depth: number): string => {
    switch (v.kind) {
      case "string":
        return printString(v.value);
      case "raw":
        return v.text;
      case "array": {
        if (v.items.length === 0) return "[]";
        return `[${v.items.map((item) => out(item, depth + 1)).join(", ")}]`;
      }
      case "object": {
        if (v.props.length === 0) return "{}";
        const pad = indent === null ? " " : eol + indent.repeat(depth + 1);
        const end = indent === null ? " " : eol + indent.repeat(depth);
        const parts = v.props.map((p, i) => {
          const comment = format.comments && p.comment !== null ? printComment(p.comment, format) : "";
          const comma = i < v.props.length - 1 || format.trailingCommas ? "," : "";
          return `${pad}${comment}${printString(p.key, p.escapeKey)}: ${out(p.value, depth + 1)}${comma}`;
        });
        return `{${parts.join("")}${end}}`;
      }
    }
  };
  const lineComment = format.comments ? `// generated${format.commentEol ?? eol}` : "";
  return `${format.bom ? "\uFEFF" : ""}${lineComment}${out(value, 0)}${eol}`;
}

export const formatArb: fc.Arbitrary<Format> = fc.record({
  indent: fc.constantFrom(null, "\t", "  ", "    "),
  eol: fc.constantFrom("\n" as const, "\r\n" as const),
  bom: fc.boolean(),
  comments: fc.boolean(),
  trailingCommas: fc.boolean(),
  lineComments: fc.boolean(),
  commentEol: fc.option(fc.constantFrom(...LINE_TERMINATORS), { nil: undefined }),
});

/** Formats that stay strict JSON (what docker itself writes and reads). */
export const strictFormatArb: fc.Arbitrary<Format> = formatArb.map((f) => ({
  ...f,
  bom: false,
  comments: false,
  trailingCommas: false,
}));

/** Spellings of Docker Hub: the canonical key, aliases, URL forms, case variants, namespaces. */
export const HUB_KEYS = [
  HUB,
  "docker.io",
  "index.docker.io",
  "https://index.docker.io/v1",
  "http://index.docker.io/v1/",
  "https://index.docker.io",
  "https://index.docker.io/v2/",
  "index.docker.io/v1/",
  "https://docker.io",
  "HTTPS://index.docker.io/v1/",
  "https://Index.Docker.io/v1/",
  "registry-1.docker.io",
  "https://registry-1.docker.io/v2/",
  "registry.hub.docker.com",
  "hub.docker.com",
  "Docker.io",
  "docker.io/library",
];

/** Private registry hosts, with ports, IPs and IPv6. */
export const HOSTS = [
  "ghcr.io",
  "quay.io",
  "reg.example.com:5000",
  "localhost:5000",
  "127.0.0.1:5000",
  "[::1]:5000",
  "123456789012.dkr.ecr.eu-west-1.amazonaws.com",
];

export const hubKeyArb = fc.constantFrom(...HUB_KEYS);

export const hostArb = fc.constantFrom(...HOSTS);

export const privateKeyArb = fc
  .tuple(hostArb, fc.constantFrom("", "https://", "http://"), fc.constantFrom("", "/", "/v2/", "/v1/", "/team"), fc.boolean())
  .map(([host, scheme, path, upper]) => {
    const key = scheme + host + path;
    return upper ? key.toUpperCase() : key;
  });

export const keyArb = fc.oneof(
  { weight: 3, arbitrary: hubKeyArb },
  { weight: 4, arbitrary: privateKeyArb },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  // A key with a password in its user info: a secret inside a key, in every shape a key takes
  // (a URL, no scheme, protocol-relative, a leading space, an upper-case scheme).
  {
    weight: 2,
    arbitrary: fc
      .tuple(hostArb, fc.constantFrom("", "/v2/"), fc.constantFrom("https://", "", "//", " https://", "HTTPS://", "http://"))
      .chain(([host, path, prefix]) => secretArb.map((s) => `${prefix}ci:${s}@${host}${path}`)),
  },
);

// Secrets interleave ASCII with Greek letters, which no report, key or formatter prints: every
// 4-character piece of a secret (or of decoded auth text) then holds a character a report cannot
// contain by chance, so a found piece is a real leak, not an English word the shrinker aimed at.
const greek = fc.integer({ min: 0x3b1, max: 0x3c9 }).map((c) => String.fromCharCode(c));
const interleaved = (ascii: fc.Arbitrary<string>, min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.tuple(ascii, greek), { minLength: min, maxLength: max }).map((pairs) => pairs.map(([a, g]) => a + g).join(""));

/** Secrets long enough that a leak of 4 characters is detectable. */
export const secretArb = interleaved(fc.stringMatching(/^[A-Za-z0-9!#%&*+,.\/:;=?@^_~-]$/), 4, 12);

export const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString("base64");

export const userArb = interleaved(fc.stringMatching(/^[a-z0-9]$/), 2, 5);

export const authArb = fc.oneof(
  fc.tuple(userArb, secretArb).map(([u, p]) => b64(`${u}:${p}`)),
  fc.tuple(userArb, secretArb).map(([u, p]) => b64(`${u}:${p}\n`)), // echo without -n
  fc.tuple(userArb, secretArb).map(([u, p]) => b64(`${u}:${p}`).replace(/=+$/, "")), // unpadded
  secretArb.map((p) => b64(p.replace(/:/g, ""))), // no colon
  secretArb.map((p) => `${b64(`u:${p}`)}!`), // junk
  fc.constant(""),
);

const field = (key: string, value: Value, escapeKey = false): Prop => ({ key, escapeKey, value, comment: null });

export const entryArb: fc.Arbitrary<Value> = fc
  .record(
    {
      auth: authArb,
      username: userArb,
      password: secretArb,
      identitytoken: secretArb,
      registrytoken: secretArb,
      email: fc.constant("me@example.com"),
      serveraddress: fc.constant("https://example.com"),
      identityToken: secretArb,
      credStore: fc.constant("desktop"),
    },
    { requiredKeys: [] },
  )
  .map((r) => obj(Object.entries(r).map(([k, v]) => field(k, str(v)))));

const helperArb = fc.constantFrom("desktop", "osxkeychain", "pass", "ecr-login", "gcloud", "docker-credential-desktop", "");

const propArb = (keys: fc.Arbitrary<string>, values: fc.Arbitrary<Value>): fc.Arbitrary<Prop> =>
  fc.record({
    key: keys,
    escapeKey: fc.boolean(),
    value: values,
    comment: fc.option(fc.constantFrom("note", "old token", "ci"), { nil: null }),
  });

/** A whole registry-credentials document. */
export const configArb: fc.Arbitrary<Value> = fc
  .record(
    {
      auths: fc.array(propArb(keyArb, entryArb), { maxLength: 6 }),
      credHelpers: fc.array(propArb(keyArb, helperArb.map(str)), { maxLength: 3 }),
      credsStore: helperArb,
      extra: fc.array(
        fc.constantFrom(
          field("psFormat", str("table {{.ID}}")),
          field("currentContext", str("default")),
          field("HttpHeaders", obj([field("X-Meta", str("1"))])),
          field("credStore", str("desktop")),
          field("email", str("me@example.com")),
          field("plugins", obj([field("buildx", obj([field("hooks", str("build"))]))])),
        ),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ["auths"] },
  )
  .map(({ auths, credHelpers, credsStore, extra }) => {
    const props: Prop[] = [field("auths", obj(auths))];
    if (credHelpers !== undefined) props.push(field("credHelpers", obj(credHelpers)));
    if (credsStore !== undefined) props.push(field("credsStore", str(credsStore)));
    props.push(...(extra ?? []));
    return obj(props);
  });

/** Every secret a document holds: credential field values, and decoded `auth` text. */
export function secretsOf(value: Value): string[] {
  const out: string[] = [];
  const walk = (v: Value): void => {
    if (v.kind === "object") {
      for (const p of v.props) {
        const userinfo = /^(?: ?[A-Za-z]+:)?(?:\/\/)?ci:(.*)@/.exec(p.key);
        if (userinfo) out.push(userinfo[1] ?? "");
        if (p.value.kind === "string" && /^(auth|password|identitytoken|registrytoken|identityToken)$/.test(p.key)) {
          out.push(p.value.value);
          if (p.key === "auth") out.push(Buffer.from(p.value.value, "base64").toString("utf8"));
          else out.push(Buffer.from(p.value.value).toString("base64"));
        }
        walk(p.value);
      }
    } else if (v.kind === "array") {
      v.items.forEach(walk);
    }
  };
  walk(value);
  return out.filter((s) => s.length >= 4);
}

/** Every key of a document, at any depth: text a report may legitimately quote. */
export function keysOf(value: Value): string[] {
  const out: string[] = [];
  const walk = (v: Value): void => {
    if (v.kind === "object") {
      for (const p of v.props) {
        out.push(p.key);
        walk(p.value);
      }
    } else if (v.kind === "array") {
      v.items.forEach(walk);
    }
  };
  walk(value);
  return out;
}

/** Every 4-character piece of some texts. */
export function fourGrams(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (let i = 0; i + 4 <= t.length; i++) out.add(t.slice(i, i + 4));
  return out;
}

/**
 * The first 4-character piece of any secret found in `text`, or null. Pieces in `vocabulary`
 * (the text reports are made of: message templates, keys, formatter words) are not evidence: a
 * random secret that happens to contain "look" does not leak through "looks up".
 */
export function leakIn(text: string, secrets: readonly string[], vocabulary: ReadonlySet<string> = new Set()): string | null {
  for (const s of secrets) {
    for (let i = 0; i + 4 <= s.length; i++) {
      const piece = s.slice(i, i + 4);
      if (!vocabulary.has(piece) && text.includes(piece)) return piece;
    }
  }
  return null;
}

/**
 * A near miss of one of `names`: a case flip, a separator, or one or two typing slips (a letter
 * replaced, inserted, dropped or swapped with its neighbour), as no-unknown-properties sees them.
 */
export function nearMissArb(names: readonly string[]): fc.Arbitrary<string> {
  const letter = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789_- ".split(""));
  const slip = (s: string): fc.Arbitrary<string> =>
    fc.tuple(fc.nat(), letter, fc.constantFrom("replace", "insert", "drop", "swap", "case")).map(([at, ch, kind]) => {
      const i = s.length === 0 ? 0 : at % s.length;
      switch (kind) {
        case "replace":
          return s.slice(0, i) + ch + s.slice(i + 1);
        case "insert":
          return s.slice(0, i) + ch + s.slice(i);
        case "drop":
          return s.slice(0, i) + s.slice(i + 1);
        case "swap":
          return i + 1 < s.length ? s.slice(0, i) + (s[i + 1] ?? "") + (s[i] ?? "") + s.slice(i + 2) : s;
        case "case": {
          const c = s[i] ?? "";
          return s.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + s.slice(i + 1);
        }
      }
    });
  return fc
    .tuple(fc.constantFrom(...names), fc.integer({ min: 1, max: 2 }))
    .chain(([name, n]) => (n === 1 ? slip(name) : slip(name).chain(slip)));
}

/** An entry of a legacy `.dockercfg` (`auth` required, as the model recognises the shape). */
export const legacyEntryArb: fc.Arbitrary<Value> = fc
  .record(
    {
      auth: fc.oneof(authArb, fc.constant("")),
      email: fc.constant("me@example.com"),
      username: userArb,
      password: fc.oneof(secretArb, fc.constant("")),
    },
    { requiredKeys: ["auth"] },
  )
  .map((r) => obj(Object.entries(r).map(([k, v]) => field(k, str(v)))));

/** A legacy `.dockercfg`: registry entries at the top level, without the `auths` wrapper. */
export const legacyConfigArb: fc.Arbitrary<Value> = fc.array(propArb(keyArb, legacyEntryArb), { minLength: 1, maxLength: 4 }).map(obj);

/**
 * Characters whose long runs once made a rule super-linear or overflow V8's regular-expression
 * stack: base64 padding, the alphabet, whitespace and line breaks, NUL, the URL-safe pair, the
 * starts of CI references, and characters JSON5 or Go treat specially.
 */
export const RUN_CHARACTERS = ["=", "A", "/", "+", " ", "\t", "\n", "\r", "\u0000", "-", "_", "$", "{", "}", ":", "\\", "\u00a0", "\u2028", "é"] as const;

/** A long run of one character between a short prefix and suffix: `dXNl` + `=`×40,000 + `x`. */
export const runArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("", "dXNl", "A", "dXNlcjpwYXNz", "${", "$"),
    fc.constantFrom(...RUN_CHARACTERS),
    fc.integer({ min: 1_000, max: 40_000 }),
    fc.constantFrom("", "x", "=", "A", "}", "\n", "dXNl"),
  )
  .map(([prefix, ch, n, suffix]) => prefix + ch.repeat(n) + suffix);
