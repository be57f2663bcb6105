// Every rule's RuleTester table, run again with each case's config embedded in another file: a
// Kubernetes pull Secret in YAML (base64 `data`, single-line as kubectl writes it or wrapped in a
// block; `stringData` as a literal block, a double-quoted and a single-quoted scalar) and in JSON
// (base64 `data` as `kubectl get -o json` prints it, and `stringData` as a JSON string: the proof
// host of issue 12, where escapes shift columns). Each embedding is built here character by
// character, so the offset of every character of the config in the file is known by construction,
// independently of the hosts under test.
//
// For each case: the same findings as the plain file (messageId, message), at the mapped positions
// (on the whole scalar for base64); each fix and suggestion decodes to the plain one's output; the
// fixed file still parses and only the scalar changed; `--fix` to the end decodes to the plain
// `--fix` output.
import { Linter } from "eslint";
import * as jsoncParser from "jsonc-eslint-parser";
import { expect } from "vitest";
import { parseForESLint as parseYaml } from "yaml-eslint-parser";
import { flavorForFilename } from "../../lib/core/model.js";
import * as manifestParser from "../../lib/eslint/manifest-parser.js";

export interface Embedded {
  file: string;
  filename: string;
  /** The file offset of each offset 0..code.length of the embedded code; null when findings are on the scalar. */
  map: number[] | null;
  /** The scalar's range in the file. */
  scalar: [number, number];
}

export interface Embedding {
  name: string;
  /** The file holding `code`, or null when this style cannot hold it. */
  embed(code: string, legacy: boolean): Embedded | null;
  /** The config text a (fixed) file holds, or null when it no longer parses or holds none. */
  decode(file: string): string | null;
}

const hasLoneSurrogate = (s: string): boolean => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

const OTHER_DOCUMENT = "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  registry: docker.io\n";

function yamlHead(section: "data" | "stringData", legacy: boolean): string {
  const type = legacy ? "kubernetes.io/dockercfg" : "kubernetes.io/dockerconfigjson";
  const key = legacy ? ".dockercfg" : ".dockerconfigjson";
  return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\n  namespace: default\ntype: ${type}\n${section}:\n  ${key}: `;
}

/** Builds a file, recording where each character of the code lands. */
class Writer {
  text = "";
  map: number[] = [];
  raw(s: string): void {
    this.text += s;
  }
  char(encoded: string): void {
    this.map.push(this.text.length);
    this.text += encoded;
  }
  end(): void {
    this.map.push(this.text.length);
  }
}

/** Each UTF-16 unit of `code`, with whether it is half of a surrogate pair. */
function units(code: string): { ch: string; paired: boolean }[] {
  const out: { ch: string; paired: boolean }[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    const next = code.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out.push({ ch: code[i] as string, paired: true }, { ch: code[i + 1] as string, paired: true });
      i++;
    } else out.push({ ch: code[i] as string, paired: false });
  }
  return out;
}

function yamlValue(file: string, section: "data" | "stringData"): string | null {
  let ast;
  try {
    ast = parseYaml(file, {}).ast;
  } catch {
    return null;
  }
  const secret = ast.body[0]?.content;
  if (secret?.type !== "YAMLMapping") return null;
  const map = secret.pairs.find((p) => p.key?.type === "YAMLScalar" && p.key.value === section)?.value;
  if (map?.type !== "YAMLMapping") return null;
  const value = map.pairs[0]?.value;
  return value?.type === "YAMLScalar" && typeof value.value === "string" ? value.value : null;
}

function fromBase64(value: string | null): string | null {
  if (value === null) return null;
  const compact = value.replace(/[\r\n]/g, "");
  const bytes = Buffer.from(compact, "base64");
  return bytes.toString("base64") === compact ? bytes.toString("utf8") : null;
}

const yamlBase64: Embedding = {
  name: "base64 in data (YAML, one line, as kubectl writes it)",
  embed(code, legacy) {
    if (hasLoneSurrogate(code)) return null;
    const head = yamlHead("data", legacy);
    const b64 = Buffer.from(code, "utf8").toString("base64");
    return { file: `${head}${b64}\n${OTHER_DOCUMENT}`, filename: "k8s/regcred.yaml", map: null, scalar: [head.length, head.length + b64.length] };
  },
  decode: (file) => fromBase64(yamlValue(file, "data")),
};

const yamlBase64Wrapped: Embedding = {
  name: "base64 in data (YAML block, wrapped at 76 columns)",
  embed(code, legacy) {
    if (hasLoneSurrogate(code) || code === "") return null;
    const head = yamlHead("data", legacy);
    const b64 = Buffer.from(code, "utf8").toString("base64");
    const lines = b64.match(/.{1,76}/g) ?? [];
    const body = `|\n${lines.map((l) => `    ${l}`).join("\n")}`;
    return { file: `${head}${body}\n${OTHER_DOCUMENT}`, filename: "k8s/regcred.yaml", map: null, scalar: [head.length, head.length + body.length] };
  },
  decode: (file) => fromBase64(yamlValue(file, "data")),
};

const NOT_IN_BLOCK = /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

const yamlLiteralBlock: Embedding = {
  name: "stringData as a literal block (YAML |)",
  embed(code, legacy) {
    if (code === "" || hasLoneSurrogate(code) || NOT_IN_BLOCK.test(code)) return null;
    const trailing = /\n*$/.exec(code)?.[0].length ?? 0;
    if (trailing > 1) return null;
    const lines = code.slice(0, code.length - trailing).split("\n");
    // A white-space-only line, or a first line that starts with white space, needs more than `|`.
    if (lines.some((l) => l !== "" && /^[ \t]*$/.test(l)) || /^[ \t]/.test(lines.find((l) => l !== "") ?? "")) return null;
    if (lines.every((l) => l === "")) return null;
    const head = yamlHead("stringData", legacy);
    const w = new Writer();
    w.raw(`${head}|${trailing === 0 ? "-" : ""}\n`);
    lines.forEach((line, i) => {
      if (line !== "") w.raw("    ");
      for (const { ch } of units(line)) w.char(ch);
      if (i < lines.length - 1) w.char("\n");
    });
    const scalarEnd = w.text.length;
    // The final line break is the chomping's: it and the end of the text are at the end of the last line.
    if (trailing === 1) w.map.push(scalarEnd);
    w.end();
    w.raw(`\n${OTHER_DOCUMENT}`);
    return { file: w.text, filename: "k8s/regcred.yaml", map: w.map, scalar: [head.length, scalarEnd] };
  },
  decode: (file) => yamlValue(file, "stringData"),
};

/** YAML double-quoted escapes for what cannot stand as itself in one line. */
function yamlDoubleEscape(ch: string, paired: boolean): string {
  if (paired) return ch;
  if (ch === "\\") return "\\\\";
  if (ch === '"') return '\\"';
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  if (ch === "\t") return "\\t";
  const c = ch.charCodeAt(0);
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return `\\x${c.toString(16).padStart(2, "0")}`;
  if (c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff) return `\\u${c.toString(16).padStart(4, "0")}`;
  return ch;
}

const yamlDoubleQuoted: Embedding = {
  name: "stringData double-quoted (YAML)",
  embed(code, legacy) {
    if (hasLoneSurrogate(code)) return null;
    const head = yamlHead("stringData", legacy);
    const w = new Writer();
    w.raw(`${head}"`);
    for (const { ch, paired } of units(code)) w.char(yamlDoubleEscape(ch, paired));
    w.end();
    w.raw(`"\n${OTHER_DOCUMENT}`);
    return { file: w.text, filename: "deploy/regcred.yml", map: w.map, scalar: [head.length, w.text.length - OTHER_DOCUMENT.length - 1] };
  },
  decode: (file) => yamlValue(file, "stringData"),
};

const yamlSingleQuoted: Embedding = {
  name: "stringData single-quoted (YAML)",
  embed(code, legacy) {
    if (hasLoneSurrogate(code) || NOT_IN_BLOCK.test(code) || code.includes("\n") || code.includes("\t")) return null;
    const head = yamlHead("stringData", legacy);
    const w = new Writer();
    w.raw(`${head}'`);
    for (const { ch } of units(code)) w.char(ch === "'" ? "''" : ch);
    w.end();
    w.raw(`'\n${OTHER_DOCUMENT}`);
    return { file: w.text, filename: "deploy/regcred.yml", map: w.map, scalar: [head.length, w.text.length - OTHER_DOCUMENT.length - 1] };
  },
  decode: (file) => yamlValue(file, "stringData"),
};

function jsonHead(section: "data" | "stringData", legacy: boolean): string {
  const type = legacy ? "kubernetes.io/dockercfg" : "kubernetes.io/dockerconfigjson";
  const key = legacy ? ".dockercfg" : ".dockerconfigjson";
  return `{\n    "apiVersion": "v1",\n    "kind": "Secret",\n    "metadata": {\n        "name": "regcred"\n    },\n    "type": "${type}",\n    "${section}": {\n        "${key}": `;
}
const JSON_TAIL = "\n    }\n}\n";

function jsonValue(file: string, section: "data" | "stringData"): string | null {
  try {
    const v = (JSON.parse(file) as Record<string, Record<string, unknown>>)[section];
    const value = v === undefined ? undefined : Object.values(v)[0];
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

const jsonStringData: Embedding = {
  name: "stringData as a JSON string (JSON manifest: the proof host)",
  embed(code, legacy) {
    const head = jsonHead("stringData", legacy);
    const w = new Writer();
    w.raw(`${head}"`);
    for (const { ch, paired } of units(code)) w.char(paired ? ch : JSON.stringify(ch).slice(1, -1));
    w.end();
    w.raw(`"${JSON_TAIL}`);
    return { file: w.text, filename: "k8s/regcred.json", map: w.map, scalar: [head.length, w.text.length - JSON_TAIL.length] };
  },
  decode: (file) => jsonValue(file, "stringData"),
};

const jsonBase64: Embedding = {
  name: "base64 in data (JSON, as kubectl get -o json prints it)",
  embed(code, legacy) {
    if (hasLoneSurrogate(code)) return null;
    const head = jsonHead("data", legacy);
    const b64 = Buffer.from(code, "utf8").toString("base64");
    return { file: `${head}"${b64}"${JSON_TAIL}`, filename: "k8s/regcred.json", map: null, scalar: [head.length, head.length + b64.length + 2] };
  },
  decode: (file) => fromBase64(jsonValue(file, "data")),
};

export const EMBEDDINGS: readonly Embedding[] = [
  yamlBase64,
  yamlBase64Wrapped,
  yamlLiteralBlock,
  yamlDoubleQuoted,
  yamlSingleQuoted,
  jsonStringData,
  jsonBase64,
];

// ---------------------------------------------------------------------------------------------

const linter = new Linter({ configType: "flat" });
const BOM = "\uFEFF";

export interface TableCase {
  code: string;
  filename?: string;
  options?: readonly unknown[];
  settings?: Record<string, unknown>;
}

function configFor(ruleName: string, rule: object, c: TableCase, parser: unknown, settings: Record<string, unknown>): Linter.Config[] {
  return [
    {
      files: ["**"],
      languageOptions: { parser: parser as Linter.Parser },
      plugins: { t: { rules: { [ruleName]: rule as never } } },
      rules: { [`t/${ruleName}`]: ["error", ...(c.options ?? [])] as Linter.RuleEntry },
      settings,
    },
  ];
}

/** ESLint's line starts (it breaks lines at \r\n, \r, \n, U+2028 and U+2029). */
function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|[\r\n\u2028\u2029]/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}
const offsetAt = (starts: number[], line: number, column: number): number => (starts[line - 1] as number) + column - 1;
function locAt(starts: number[], offset: number): { line: number; column: number } {
  let line = 0;
  while (line + 1 < starts.length && (starts[line + 1] as number) <= offset) line++;
  return { line: line + 1, column: offset - (starts[line] as number) + 1 };
}

function applyFix(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

type Fix = NonNullable<Linter.LintMessage["fix"]>;

/** The fixes ESLint's one pass applies: sorted by range, overlapping ones left out. */
function onePassFixes(messages: readonly Linter.LintMessage[]): Fix[] {
  const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const taken: Fix[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const f of fixes) {
    if (last >= f.range[0] || f.range[0] > f.range[1]) continue;
    taken.push(f);
    last = f.range[1];
  }
  return taken;
}

/**
 * What ESLint's one pass of fixes makes of a text. `bom`: the byte order mark ESLint keeps outside
 * the text of a plain file, which a fix whose range starts before 0 removes (source-code-fixer.js
 * `attemptFix`: strict-json's [-1, 0]).
 */
function onePass(text: string, messages: readonly Linter.LintMessage[], bom = ""): string {
  let out = "";
  let at = 0;
  let mark = bom;
  for (const f of onePassFixes(messages)) {
    if (f.range[0] < 0 || (f.range[0] === 0 && f.text.startsWith(BOM))) mark = "";
    out += text.slice(at, Math.max(0, f.range[0])) + f.text;
    at = f.range[1];
  }
  return mark + out + text.slice(at);
}

interface Shown {
  messageId: string | undefined;
  message: string;
  start: string;
  end: string;
}

const key = (s: Shown): string => `${s.start}|${s.end}|${s.messageId}|${s.message}`;

/** Run one table case plain and through one embedding, and compare. */
export function checkEmbedded(ruleName: string, rule: object, c: TableCase, embedding: Embedding, embedded: Embedded): void {
  const filename = c.filename ?? "config.json";
  const shared = (c.settings?.["docker-config"] as { flavor?: string } | undefined)?.flavor;
  // The table's flavor comes from its file name; inside a pull Secret it would be the kubelet's.
  const settings = { ...c.settings, "docker-config": { ...(c.settings?.["docker-config"] as object), flavor: shared ?? flavorForFilename(filename) } };
  const plainConfig = configFor(ruleName, rule, c, jsoncParser, c.settings ?? {});
  const hostConfig = configFor(ruleName, rule, c, manifestParser, settings);
  const plain = linter.verify(c.code, plainConfig, { filename });
  const hosted = linter.verify(embedded.file, hostConfig, { filename: embedded.filename });
  expect(hosted.filter((m) => m.fatal), "the embedding parses").toEqual([]);

  const bom = c.code.startsWith(BOM);
  const text = bom ? c.code.slice(1) : c.code;
  const plainStarts = lineStarts(text);
  const fileStarts = lineStarts(embedded.file);
  const fileLoc = (offset: number): string => {
    const l = locAt(fileStarts, offset);
    return `${l.line}:${l.column}`;
  };
  const expected: Shown[] = plain.map((m) => {
    const s = offsetAt(plainStarts, m.line, m.column);
    const e = m.endLine === undefined ? s : offsetAt(plainStarts, m.endLine, m.endColumn ?? m.column);
    if (embedded.map === null) return { messageId: m.messageId, message: m.message, start: fileLoc(embedded.scalar[0]), end: fileLoc(embedded.scalar[1]) };
    // The document's offsets start after a byte order mark, which the embedded text holds; a
    // finding on the mark itself ([-1, 0], reported at 1:1 in the plain file, where ESLint keeps
    // the mark outside the text) covers the mark, a character of the embedded text.
    if (bom && s === 0 && e === 0 && m.messageId === "byteOrderMark") {
      return { messageId: m.messageId, message: m.message, start: fileLoc(embedded.map[0] as number), end: fileLoc(embedded.map[1] as number) };
    }
    const shift = bom ? 1 : 0;
    return { messageId: m.messageId, message: m.message, start: fileLoc(embedded.map[s + shift] as number), end: fileLoc(embedded.map[e + shift] as number) };
  });
  const actual: Shown[] = hosted.map((m) => ({
    messageId: m.messageId,
    message: m.message,
    start: `${m.line}:${m.column}`,
    end: `${m.endLine ?? m.line}:${m.endColumn ?? m.column}`,
  }));
  const order = (list: Shown[]): Shown[] => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  expect(order(actual), "the same findings at the mapped positions").toEqual(order(expected));

  // Pair each plain finding with its embedded twin, then compare fixes and suggestions.
  const byKey = new Map<string, Linter.LintMessage[]>();
  hosted.forEach((m, i) => {
    const k = key(actual[i] as Shown);
    byKey.set(k, [...(byKey.get(k) ?? []), m]);
  });
  const untouched = (file: string): void => {
    expect(file.slice(0, embedded.scalar[0]), "nothing before the scalar changes").toBe(embedded.file.slice(0, embedded.scalar[0]));
    expect(file.endsWith(embedded.file.slice(embedded.scalar[1])), "nothing after the scalar changes").toBe(true);
  };
  const plainOutput = (fix: Fix): string => onePass(text, [{ fix } as Linter.LintMessage], bom ? BOM : "");
  // A base64 payload's fixes all replace the scalar: those of the rule that one pass applies in
  // the plain file come as one fix, carried by each of them (lib/eslint/create-rule.ts).
  const pass = onePassFixes(plain);
  const combined = embedded.map === null && pass.length > 1 ? onePass(text, plain, bom ? BOM : "") : null;
  plain.forEach((p, i) => {
    const twin = byKey.get(key(expected[i] as Shown))?.shift() as Linter.LintMessage;
    expect(Boolean(twin.fix), `fix of ${p.messageId}`).toBe(Boolean(p.fix));
    if (p.fix && twin.fix) {
      const fixed = applyFix(embedded.file, twin.fix);
      untouched(fixed);
      const want = combined !== null && pass.includes(p.fix) ? combined : plainOutput(p.fix);
      expect(embedding.decode(fixed), "the fix decodes to the plain fix's output").toBe(want);
    }
    const ps = p.suggestions ?? [];
    const ts = twin.suggestions ?? [];
    expect(ts.map((s) => s.messageId), `suggestions of ${p.messageId}`).toEqual(ps.map((s) => s.messageId));
    ps.forEach((s, j) => {
      const fixed = applyFix(embedded.file, (ts[j] as { fix: { range: [number, number]; text: string } }).fix);
      untouched(fixed);
      expect(embedding.decode(fixed), `suggestion ${s.messageId}`).toBe(plainOutput(s.fix));
    });
  });

  if (!plain.some((m) => m.fix)) return;
  if (embedded.map !== null) {
    // One pass of every fix, as RuleTester's `output`: base64 fixes all replace the whole scalar.
    const once = onePass(embedded.file, hosted);
    untouched(once);
    expect(embedding.decode(once), "one pass of fixes").toBe(onePass(text, plain, bom ? BOM : ""));
  }
  const all = linter.verifyAndFix(embedded.file, hostConfig, { filename: embedded.filename });
  untouched(all.output);
  expect(embedding.decode(all.output), "--fix").toBe(linter.verifyAndFix(c.code, plainConfig, { filename }).output);
  // Idempotent: nothing left to fix.
  expect(linter.verifyAndFix(all.output, hostConfig, { filename: embedded.filename }).fixed).toBe(false);
}
