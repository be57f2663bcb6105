// A string scalar of a YAML or JSON file as the text it decodes to, with the way back: the source
// offset of every decoded offset (through escapes, quotes, indentation and line folding), the source
// edits that make an edit of the decoded text, and a whole replacement in the scalar's own style.
// The literal-text and base64 hosts are built on it.
//
// The decoding follows YAML 1.2 §7.3 (flow scalars) and §8.1 (block scalars), and JSON's strings;
// it is checked against the parser's own value for every scalar (`value` below), so a scalar this
// module decodes differently is never mapped (the host then reports on the whole scalar and offers
// no fix). An edit is made only when re-decoding the source lines it touches gives exactly the
// edited text, with the lines around unchanged: otherwise `edit` returns null.
import type { AST as JsonAST } from "jsonc-eslint-parser";
import type { AST as YamlAST } from "yaml-eslint-parser";
import type { Edit } from "../../core/finding.js";
import type { FileEdit } from "../host.js";

export interface ScalarText {
  /** The decoded text. */
  readonly value: string;
  /** The scalar's source range, quotes and block header included. */
  readonly range: readonly [number, number];
  /** Whether offsets map one to one; when false, offsetOf gives the scalar's start and edits fail. */
  readonly exact: boolean;
  /** The source offset of decoded offset `i` (0 ≤ i ≤ value.length). */
  offsetOf(i: number): number;
  /** The source edits that make these edits of the decoded text, or null when they cannot be exact. */
  edit(edits: readonly Edit[]): FileEdit[] | null;
  /** One source edit that makes the decoded text `value`, in the scalar's style; null when it cannot. */
  replace(value: string): FileEdit | null;
}

type Style = "double" | "single" | "plain" | "literal" | "folded" | "json" | "json5";

/** A decoded text with, for each offset 0..length, the source offset of its unit and whether it falls inside one. */
interface Decoded {
  text: string;
  pos: number[];
  inner: boolean[];
  /** The character stands for the line break between two source lines (a fold), not for text in one. */
  join: boolean[];
}

class Out {
  parts: string[] = [];
  pos: number[] = [];
  inner: boolean[] = [];
  join: boolean[] = [];
  push(text: string, at: number, join = false): void {
    for (let k = 0; k < text.length; k++) {
      this.parts.push(text[k] as string);
      this.pos.push(at);
      this.inner.push(k > 0);
      this.join.push(join);
    }
  }
  done(end: number): Decoded {
    this.pos.push(end);
    this.inner.push(false);
    this.join.push(false);
    return { text: this.parts.join(""), pos: this.pos, inner: this.inner, join: this.join };
  }
}

interface Line {
  start: number;
  /** End of the line's text, before its break. */
  end: number;
  /** End of its break ("\r\n", "\n" or "\r"), or `end` for the last line. */
  next: number;
}

function splitLines(src: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      const next = c === 0x0d && src.charCodeAt(i + 1) === 0x0a && i + 1 < to ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  lines.push({ start, end: to, next: to });
  return lines;
}

const isWhite = (c: string | undefined): boolean => c === " " || c === "\t";

// YAML 1.2 §5.7 escapes.
const SIMPLE_ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};
const JSON_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const HEX_LEN: Record<string, number> = { x: 2, u: 4, U: 8 };

/** One escape at `i` (the backslash): its length and text, or null when it is not one. */
function escapeAt(src: string, i: number, end: number, style: Style): { len: number; text: string } | null {
  const c = src[i + 1];
  if (c === undefined || i + 1 >= end) return null;
  const table = style === "double" ? SIMPLE_ESCAPES : JSON_ESCAPES;
  if (style === "json5" && c === "'") return { len: 2, text: "'" };
  const simple = table[c];
  if (simple !== undefined) return { len: 2, text: simple };
  const n = style === "double" ? HEX_LEN[c] : c === "u" ? 4 : undefined;
  if (n === undefined) return null;
  const hex = src.slice(i + 2, i + 2 + n);
  if (hex.length !== n || i + 2 + n > end || !/^[0-9A-Fa-f]+$/.test(hex)) return null;
  const code = parseInt(hex, 16);
  if (code > 0x10ffff) return null;
  return { len: 2 + n, text: String.fromCodePoint(code) };
}

/** Characters YAML's printable set excludes, and the ones that change a scalar's reading when written raw. */
function isYamlPrintable(ch: string): boolean {
  const c = ch.codePointAt(0) as number;
  if (c === 0x09 || c === 0x0a || c === 0x0d) return true;
  if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0 && c !== 0x85)) return false;
  if (c === 0xfeff || c === 0xfffe || c === 0xffff || (c >= 0xd800 && c <= 0xdfff)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Flow scalars: double-quoted, single-quoted, plain (YAML 1.2 §7.3), one decoder for all three.

interface FlowLine {
  /** `raw`: a character as written, not an escape. */
  tokens: { start: number; end: number; text: string; raw: boolean }[];
  /** Ends with a backslash before its break (double-quoted): the break is escaped. */
  escapedBreak: boolean;
  /** Only white space: a folding "empty line". */
  empty: boolean;
}

const PLAIN_FIRST_FORBIDDEN = new Set([..."-?:,[]{}#&*!|>'\"%@`"]);
const FLOW_INDICATORS = new Set([..."[]{},"]);

/** Whether a plain scalar line is valid where it stands (YAML 1.2 §7.3.3), as far as a fix can change it. */
function plainLineOk(src: string, start: number, end: number, first: boolean, inFlow: boolean): boolean {
  if (start >= end) return true;
  const c0 = src[start] as string;
  if (first && PLAIN_FIRST_FORBIDDEN.has(c0)) {
    const next = src[start + 1];
    if (!("-?:".includes(c0) && next !== undefined && start + 1 < end && !isWhite(next) && !(inFlow && FLOW_INDICATORS.has(next)))) return false;
  }
  if (!first && c0 === "#") return false;
  for (let i = start; i < end; i++) {
    const c = src[i] as string;
    if (inFlow && FLOW_INDICATORS.has(c)) return false;
    if (c === "#" && i > start && isWhite(src[i - 1])) return false;
    if (c === ":") {
      const next = i + 1 < end ? src[i + 1] : undefined;
      if (next === undefined || isWhite(next) || (inFlow && FLOW_INDICATORS.has(next))) return false;
    }
    if (!isYamlPrintable(c) && !/[\ud800-\udfff]/.test(c)) return false;
  }
  return true;
}

function flowLines(src: string, lines: readonly Line[], style: Style, first: boolean, last: boolean, inFlow: boolean): FlowLine[] | null {
  const out: FlowLine[] = [];
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    const isFirst = li === 0 && first;
    const isLast = li === lines.length - 1 && last;
    let s = line.start;
    if (!isFirst || style === "plain") while (s < line.end && isWhite(src[s])) s++;
    let e = line.end;
    if (style === "plain") {
      while (e > s && isWhite(src[e - 1])) e--;
      if (!plainLineOk(src, s, e, isFirst, inFlow)) return null;
    }
    const tokens: FlowLine["tokens"] = [];
    let escapedBreak = false;
    for (let i = s; i < e; ) {
      const c = src[i] as string;
      if (style === "double" && c === "\\") {
        if (i + 1 === e && li < lines.length - 1) {
          escapedBreak = true;
          i++;
          continue;
        }
        const esc = escapeAt(src, i, e, style);
        if (esc === null) return null;
        tokens.push({ start: i, end: i + esc.len, text: esc.text, raw: false });
        i += esc.len;
        continue;
      }
      if (style === "single" && c === "'") {
        if (src[i + 1] !== "'" || i + 1 >= e) return null;
        tokens.push({ start: i, end: i + 2, text: "'", raw: false });
        i += 2;
        continue;
      }
      if (style === "double" && c === '"') return null;
      tokens.push({ start: i, end: i + 1, text: c, raw: true });
      i++;
    }
    // White space before a line break is not content, unless the break is escaped.
    if (!isLast && !escapedBreak) {
      for (let t = tokens.at(-1); t !== undefined && t.raw && isWhite(t.text); t = tokens.at(-1)) tokens.pop();
    }
    out.push({ tokens, escapedBreak, empty: tokens.length === 0 && !escapedBreak && !isFirst && !isLast });
  }
  return out;
}

/** Decode flow scalar lines; `first`/`last`: the lines start right after the opening quote / end before the closing one. */
function decodeFlow(src: string, from: number, to: number, style: Style, first: boolean, last: boolean, inFlow: boolean): Decoded | null {
  const lines = splitLines(src, from, to);
  const parsed = flowLines(src, lines, style, first, last, inFlow);
  if (parsed === null) return null;
  const out = new Out();
  let prev: FlowLine | null = null;
  let prevEnd = from;
  let empties = 0;
  for (let li = 0; li < parsed.length; li++) {
    const line = parsed[li] as FlowLine;
    if (line.empty) {
      empties++;
      continue;
    }
    const start = line.tokens[0]?.start ?? (line.escapedBreak ? (lines[li] as Line).end - 1 : (lines[li] as Line).end);
    if (prev !== null) {
      const join = prev.escapedBreak ? "\n".repeat(empties) : empties === 0 ? " " : "\n".repeat(empties);
      out.push(join, prevEnd, true);
    }
    for (const t of line.tokens) out.push(t.text, t.start);
    prev = line;
    prevEnd = line.escapedBreak ? (lines[li] as Line).end - 1 : (line.tokens.at(-1)?.end ?? start);
    empties = 0;
  }
  // Only reached for a window whose last lines are empty: they fold into the next line, outside it.
  return out.done(last ? to : prevEnd);
}

// ---------------------------------------------------------------------------------------------
// Block scalars (YAML 1.2 §8.1): literal `|` and folded `>`.

interface BlockInfo {
  style: "literal" | "folded";
  chomping: "clip" | "keep" | "strip";
  /** Content indentation. */
  indent: number;
  /** Whether the indentation is detected from the first non-empty line (no indicator). */
  detected: boolean;
  /** Start of the first content line (after the header's break). */
  contentStart: number;
  /** The line break the scalar uses. */
  br: string;
}

interface BlockLine extends Line {
  /** Start of the text after the indentation; `end` for an empty line. */
  text: number;
  empty: boolean;
  /** Folded style: starts with white space after the indentation (kept as is, not folded). */
  spaced: boolean;
}

function blockLines(src: string, info: BlockInfo, from: number, to: number): BlockLine[] | null {
  const out: BlockLine[] = [];
  for (const line of splitLines(src, from, to)) {
    let i = line.start;
    while (i < line.end && i - line.start < info.indent && src[i] === " ") i++;
    const indented = i - line.start === info.indent;
    const rest = src.slice(i, line.end);
    if (!indented) {
      // Fewer spaces than the indentation: only an empty line may stand there.
      if (!/^[ ]*$/.test(src.slice(line.start, line.end))) return null;
      out.push({ ...line, text: line.end, empty: true, spaced: false });
      continue;
    }
    for (const ch of rest) if (!isYamlPrintable(ch) || ch === "\r" || ch === "\n") return null;
    out.push({ ...line, text: i, empty: rest === "", spaced: isWhite(rest[0]) });
  }
  return out;
}

/** The block's text up to its last content line (the trailing line breaks are the chomping's). */
function decodeBlockLines(src: string, info: BlockInfo, lines: readonly BlockLine[]): Decoded {
  const out = new Out();
  let last = -1;
  for (let k = lines.length - 1; k >= 0; k--) {
    if (!(lines[k] as BlockLine).empty) {
      last = k;
      break;
    }
  }
  let prev: BlockLine | null = null;
  let empties = 0;
  for (let k = 0; k <= last; k++) {
    const line = lines[k] as BlockLine;
    if (info.style === "literal") {
      for (let i = line.text; i < line.end; i++) out.push(src[i] as string, i);
      if (k < last) out.push("\n", line.end, true);
      continue;
    }
    // Folded (§8.1.3): a single break between two unindented text lines is a space; breaks next to
    // a "spaced" (more indented) line are kept; each empty line is a break.
    if (line.empty) {
      empties++;
      continue;
    }
    if (prev !== null) {
      const join = prev.spaced || line.spaced ? "\n".repeat(empties + 1) : empties === 0 ? " " : "\n".repeat(empties);
      out.push(join, prev.end, true);
    } else if (empties > 0) {
      out.push("\n".repeat(empties), line.start, true);
    }
    for (let i = line.text; i < line.end; i++) out.push(src[i] as string, i);
    prev = line;
    empties = 0;
  }
  return out.done(last === -1 ? (lines.at(-1)?.end ?? 0) : (lines[last] as BlockLine).end);
}

function blockInfo(src: string, node: YamlAST.YAMLBlockLiteralScalar | YamlAST.YAMLBlockFoldedScalar): BlockInfo | null {
  const start = node.range[0];
  const m = /^[|>]([+-]?)([1-9]?)([+-]?)[ \t]*(?:#[^\r\n]*)?(\r\n|\n|\r)/.exec(src.slice(start, start + 256));
  if (m === null) return null;
  const chompChar = m[1] || m[3];
  const chomping = chompChar === "+" ? "keep" : chompChar === "-" ? "strip" : "clip";
  const contentStart = start + m[0].length;
  let indent: number;
  const detected = m[2] === "";
  if (detected) {
    // The first non-empty line's spaces (§8.1.1.1).
    const re = /[ ]*(?=[^ \r\n])/g;
    re.lastIndex = contentStart;
    const first = re.exec(src);
    if (first === null || first.index >= node.range[1]) return null;
    const lineStart = Math.max(src.lastIndexOf("\n", first.index + first[0].length - 1), src.lastIndexOf("\r", first.index + first[0].length - 1)) + 1;
    indent = first.index + first[0].length - lineStart;
  } else {
    const headerLine = Math.max(src.lastIndexOf("\n", start - 1), src.lastIndexOf("\r", start - 1)) + 1;
    // The parent's indentation: that of the header's line (a key, or a "- " entry).
    const parent = /^[ ]*/.exec(src.slice(headerLine, start))?.[0].length ?? 0;
    indent = parent + Number(m[2]);
  }
  if (indent < 1) return null;
  return { style: node.style, chomping, indent, detected, contentStart, br: m[4] as string };
}

// ---------------------------------------------------------------------------------------------
// Encoding inserted text in each style.

function encodeDouble(text: string, escapeEdgeSpace: boolean): string {
  let out = "";
  const chars = [...text];
  chars.forEach((ch, k) => {
    const c = ch.codePointAt(0) as number;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (ch === " " && escapeEdgeSpace && (k === 0 || k === chars.length - 1)) out += "\\x20";
    else if (!isYamlPrintable(ch) || c === 0x85 || c === 0x2028 || c === 0x2029) {
      out += c <= 0xff ? `\\x${c.toString(16).padStart(2, "0")}` : c <= 0xffff ? `\\u${c.toString(16).padStart(4, "0")}` : `\\U${c.toString(16).padStart(8, "0")}`;
    } else out += ch;
  });
  return out;
}

function encodeJson(text: string, quote: '"' | "'"): string {
  const inner = JSON.stringify(text).slice(1, -1);
  return quote === '"' ? inner : inner.replace(/\\"/g, '"').replace(/'/g, "\\'");
}

/** Plain scalars YAML (1.1 or 1.2) would read as something other than a string. */
const PLAIN_NON_STRING =
  /^(?:|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?0x[0-9a-fA-F_]+|[-+]?0o?[0-7_]+|[-+]?0b[01_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|<<|=|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)$/;

// ---------------------------------------------------------------------------------------------

/** A scalar whose text this module cannot map: every offset is its start, no edit. */
function coarse(value: string, range: readonly [number, number]): ScalarText {
  return { value, range, exact: false, offsetOf: () => range[0], edit: () => null, replace: () => null };
}

interface Codec {
  range: readonly [number, number];
  /** The source of the decoded text: inside the quotes, or the block's content lines. */
  from: number;
  to: number;
  decoded: Decoded;
  /** The text whole source lines [a, b) of `src` decode to, or null when they are not valid there. */
  window(src: string, a: number, b: number, first: boolean, last: boolean): string | null;
  /** How a line folds with its neighbours: a window's first and last lines must keep it. */
  edge(line: string): string;
  /** Inserted text in the style, or null when it cannot be written there. */
  encode(text: string): string | null;
  replace(value: string): FileEdit | null;
  /** Further checks on the changed lines (`lines`, which stood at source offset `at`). */
  check?(lines: string, at: number): boolean;
}

function lineStartIn(src: string, from: number, at: number): number {
  let i = at;
  while (i > from && src[i - 1] !== "\n" && src[i - 1] !== "\r") i--;
  return i;
}

function lineEndIn(src: string, to: number, at: number): number {
  let i = at;
  while (i < to && src[i] !== "\n" && src[i] !== "\r") i++;
  return i;
}

function applyEdits(text: string, edits: readonly { range: readonly [number, number]; text: string }[], base = 0): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.range[0] - x.range[0])) {
    out = out.slice(0, e.range[0] - base) + e.text + out.slice(e.range[1] - base);
  }
  return out;
}

function build(src: string, codec: Codec, value: string): ScalarText {
  const { decoded } = codec;
  if (decoded.text !== value) return coarse(value, codec.range);
  const n = decoded.pos.length - 1;
  /** The first decoded offset at or after source offset `a` (a line start). */
  const startAt = (a: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((decoded.pos[mid] as number) < a) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The decoded end of the lines up to `b` (a line end whose line starts at `lineStart`): before the fold after it. */
  const endAt = (b: number, lineStart: number): number => {
    let i = startAt(lineStart);
    while (i < n && (decoded.pos[i] as number) < b && !decoded.join[i]) i++;
    return i;
  };
  return {
    value,
    range: codec.range,
    exact: true,
    offsetOf: (i) => decoded.pos[Math.max(0, Math.min(i, n))] as number,
    replace: (v) => codec.replace(v),
    edit(edits) {
      if (edits.length === 0) return [];
      const sorted = [...edits].sort((x, y) => x.range[0] - y.range[0]);
      const file: FileEdit[] = [];
      let last = 0;
      for (const e of sorted) {
        const [s, t] = e.range;
        if (s < last || s > t || t > n || decoded.inner[s] || decoded.inner[t]) return null;
        const text = codec.encode(e.text);
        if (text === null) return null;
        file.push({ range: [decoded.pos[s] as number, decoded.pos[t] as number], text });
        last = t;
      }
      // Re-decode the whole source lines the edits touch, and compare with the edited text.
      const a = lineStartIn(src, codec.from, (file[0] as FileEdit).range[0]);
      const b = lineEndIn(src, codec.to, (file.at(-1) as FileEdit).range[1]);
      const lastStart = lineStartIn(src, codec.from, b);
      // Only the window is copied and re-decoded: the cost of an edit is the lines it touches.
      const changed = applyEdits(src.slice(a, b), file, a);
      const first = a === codec.from;
      const final = b === codec.to;
      const d0 = startAt(a);
      const d1 = endAt(b, lastStart);
      if ((sorted[0] as Edit).range[0] < d0 || (sorted.at(-1) as Edit).range[1] > d1) return null;
      if (codec.window(src, a, b, first, final) !== value.slice(d0, d1)) return null;
      const want = applyEdits(value.slice(d0, d1), sorted.map((e) => ({ range: [e.range[0] - d0, e.range[1] - d0] as const, text: e.text })));
      if (codec.window(changed, 0, changed.length, first, final) !== want) return null;
      const edges = (text: string, x: number, y: number): string => {
        const lines = splitLines(text, x, y);
        const f = lines[0] as Line;
        const l = lines.at(-1) as Line;
        return `${codec.edge(text.slice(f.start, f.end))}|${codec.edge(text.slice(l.start, l.end))}`;
      };
      if (edges(src, a, b) !== edges(changed, 0, changed.length)) return null;
      if (codec.check && !codec.check(changed, a)) return null;
      return file;
    },
  };
}

/** The decoded text of a YAML string scalar, mapped; null for a plain scalar that is not a string. */
export function yamlScalarText(src: string, node: YamlAST.YAMLScalar, inFlow: boolean): ScalarText | null {
  if (typeof node.value !== "string") return null;
  const value = node.value;
  const range = node.range;
  if (node.style === "double-quoted" || node.style === "single-quoted" || node.style === "plain") {
    const style: Style = node.style === "double-quoted" ? "double" : node.style === "single-quoted" ? "single" : "plain";
    const quoted = style !== "plain";
    const from = quoted ? range[0] + 1 : range[0];
    const to = quoted ? range[1] - 1 : range[1];
    const decoded = decodeFlow(src, from, to, style, true, true, inFlow);
    if (decoded === null) return coarse(value, range);
    const singleLine = !/[\r\n]/.test(src.slice(from, to));
    const printable = (text: string): boolean => ![...text].some((ch) => !isYamlPrintable(ch) || ch === "\n" || ch === "\r");
    const text = build(src, {
      range,
      from,
      to,
      decoded,
      window: (t, a, b, first, last) => decodeFlow(t, a, b, style, first, last, inFlow)?.text ?? null,
      edge: (line) => `${/^[ \t]*$/.test(line)}${style === "double" && /(?:^|[^\\])(?:\\\\)*\\$/.test(line)}`,
      encode(t) {
        if (style === "double") return encodeDouble(t, !singleLine);
        if (!printable(t)) return null;
        return style === "single" ? t.replace(/'/g, "''") : t;
      },
      replace(v) {
        if (!singleLine) return null;
        const whole: [number, number] = [range[0], range[1]];
        if (style === "double") return { range: whole, text: `"${encodeDouble(v, false)}"` };
        if (!printable(v)) return null;
        if (style === "single") return { range: whole, text: `'${v.replace(/'/g, "''")}'` };
        if (PLAIN_NON_STRING.test(v) || isWhite(v[0]) || isWhite(v.at(-1)) || !plainLineOk(v, 0, v.length, true, inFlow)) return null;
        return { range: whole, text: v };
      },
    }, value);
    if (style !== "plain" || !text.exact || !singleLine) return text;
    // A single-line plain scalar must stay a string, not become a number or a boolean.
    return {
      ...text,
      edit(edits) {
        const file = text.edit(edits);
        return file === null || PLAIN_NON_STRING.test(applyEdits(value, edits)) ? null : file;
      },
    };
  }
  const info = blockInfo(src, node);
  if (info === null) return coarse(value, range);
  const end = range[1];
  const lines = blockLines(src, info, info.contentStart, end);
  if (lines === null) return coarse(value, range);
  const body = decodeBlockLines(src, info, lines);
  const hasContent = lines.some((l) => !l.empty);
  // The trailing line breaks: chomping keeps one (clip), none (strip) or all (keep).
  const tail = value.slice(body.text.length);
  if (!value.startsWith(body.text) || !/^\n*$/.test(tail)) return coarse(value, range);
  if (info.chomping === "clip" && tail !== (hasContent ? "\n" : "")) return coarse(value, range);
  if (info.chomping === "strip" && tail !== "") return coarse(value, range);
  const bodyEnd = body.pos.at(-1) as number;
  const decoded: Decoded = {
    text: body.text + tail,
    pos: [...body.pos.slice(0, -1), ...Array.from({ length: tail.length + 1 }, () => bodyEnd)],
    // Nothing can be edited past the last content line: its breaks are the chomping's.
    inner: [...body.inner.slice(0, -1), false, ...Array.from({ length: tail.length }, () => true)],
    join: [...body.join.slice(0, -1), ...Array.from({ length: tail.length + 1 }, () => true)],
  };
  const pad = " ".repeat(info.indent);
  const firstContentStart = lines.find((l) => !l.empty)?.start;
  // A line of the block is empty when nothing follows its indentation (white space there is text).
  const spacedOrBlank = (line: string): string => {
    const rest = line.startsWith(pad) ? line.slice(pad.length) : "";
    return `${rest === ""}${info.style === "folded" && isWhite(rest[0])}`;
  };
  return build(src, {
    range,
    from: info.contentStart,
    to: end,
    decoded,
    window(t, a, b) {
      const ls = blockLines(t, info, a, b);
      if (ls === null) return null;
      if (info.style === "literal") return ls.map((l) => t.slice(l.text, l.end)).join("\n");
      // Folded: only edits inside one text line are made (encode refuses breaks).
      if (ls.length !== 1 || (ls[0] as BlockLine).empty) return null;
      return t.slice((ls[0] as BlockLine).text, (ls[0] as BlockLine).end);
    },
    edge: spacedOrBlank,
    encode(t) {
      if (t.includes("\r") || [...t].some((ch) => !isYamlPrintable(ch))) return null;
      if (info.style === "folded") return t.includes("\n") ? null : t;
      return t.replace(/\n/g, info.br + pad);
    },
    check(t, a) {
      const ls = blockLines(t, info, 0, t.length);
      if (ls === null) return false;
      // YAML refuses a white-space-only line longer than the indentation before the content; a
      // changed first content line must not start with a space where the indentation is detected.
      if (ls.some((l) => !l.empty && /^[ \t]*$/.test(t.slice(l.text, l.end)))) return false;
      const firstText = ls.find((l) => !l.empty);
      const touchesFirst = a <= (firstContentStart ?? Number.POSITIVE_INFINITY);
      return !(touchesFirst && info.detected && firstText !== undefined && isWhite(t[firstText.text]));
    },
    replace(v) {
      if (info.chomping === "keep") return null;
      const text = info.chomping === "clip" ? (v.endsWith("\n") ? v.slice(0, -1) : null) : v;
      if (text === null || text === "" || text.endsWith("\n") || (info.style === "folded" && text.includes("\n"))) return null;
      if (text.includes("\r") || [...text].some((ch) => !isYamlPrintable(ch))) return null;
      const ls = text.split("\n");
      if ((info.detected && isWhite(ls[0]?.[0])) || ls.some((l) => l !== "" && /^[ \t]*$/.test(l))) return null;
      return { range: [info.contentStart, end], text: ls.map((l) => (l === "" ? "" : pad + l)).join(info.br) };
    },
  }, value);
}

/** The decoded text of a JSON (or JSON5 single-quoted) string literal, mapped. */
export function jsonStringText(src: string, node: JsonAST.JSONStringLiteral): ScalarText {
  const range = node.range;
  const quote = src[range[0]] === "'" ? "'" : '"';
  const style: Style = quote === "'" ? "json5" : "json";
  const from = range[0] + 1;
  const to = range[1] - 1;
  const out = new Out();
  for (let i = from; i < to; ) {
    const c = src[i] as string;
    if (c === "\\") {
      const esc = escapeAt(src, i, to, style);
      if (esc === null) return coarse(node.value, range);
      out.push(esc.text, i);
      i += esc.len;
      continue;
    }
    if (c === quote || c === "\n" || c === "\r") return coarse(node.value, range);
    out.push(c, i);
    i++;
  }
  const decoded = out.done(to);
  if (decoded.text !== node.value) return coarse(node.value, range);
  const n = decoded.pos.length - 1;
  return {
    value: node.value,
    range,
    exact: true,
    offsetOf: (i) => decoded.pos[Math.max(0, Math.min(i, n))] as number,
    edit(edits) {
      const file: FileEdit[] = [];
      for (const e of edits) {
        const [s, t] = e.range;
        if (s < 0 || s > t || t > n || decoded.inner[s] || decoded.inner[t]) return null;
        file.push({ range: [decoded.pos[s] as number, decoded.pos[t] as number], text: encodeJson(e.text, quote) });
      }
      return file;
    },
    replace: (v) => ({ range: [from, to], text: encodeJson(v, quote) }),
  };
}
