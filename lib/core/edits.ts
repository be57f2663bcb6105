// Edits that touch one token, or one property and its comma, and nothing else: whitespace,
// comments, CRLF and trailing commas around them survive.
import type { AST } from "jsonc-eslint-parser";
import type { Edit, Range } from "./finding.js";

interface Token {
  value: string;
  range: Range;
}

/** The token lists of a jsonc-eslint-parser Program. */
interface Tokens {
  tokens: readonly Token[];
  // Typed optional by ESTree; jsonc-eslint-parser always sets it.
  comments: readonly { range?: Range }[];
}

/** Index of the first item that starts at or after `offset` (items sorted by start). */
function firstFrom(items: readonly { range?: Range }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid]?.range as Range)[0] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tokenAfter(program: Tokens, offset: number): Token | undefined {
  return program.tokens[firstFrom(program.tokens, offset)];
}

function tokenBefore(program: Tokens, offset: number): Token | undefined {
  // The last token that ends at or before `offset`.
  let i = firstFrom(program.tokens, offset) - 1;
  while (i >= 0 && (program.tokens[i] as Token).range[1] > offset) i--;
  return program.tokens[i];
}

/** The first token or comment that starts at or after `offset`. */
function tokenOrCommentAfter(program: Tokens, offset: number): Range | undefined {
  const token = tokenAfter(program, offset)?.range;
  const comment = program.comments[firstFrom(program.comments, offset)]?.range;
  if (token === undefined) return comment;
  if (comment === undefined) return token;
  return comment[0] < token[0] ? comment : token;
}

/** Rewrite a property's key, keeping its quote style. */
export function renameKey(property: AST.JSONProperty, key: string): Edit {
  return replaceString(property.key, key);
}

/** Rewrite a string token (a key or a value) as `value`, keeping its quote style. */
export function replaceString(node: AST.JSONNode, value: string): Edit {
  const json = JSON.stringify(value);
  if (node.type === "JSONLiteral" && typeof node.value === "string") {
    const quote = node.raw[0];
    const inner = json.slice(1, -1);
    if (quote === '"' || !inner.includes(quote ?? "") && !inner.includes("\\")) {
      return { range: [node.range[0] + 1, node.range[1] - 1], text: inner };
    }
  }
  return { range: node.range, text: json };
}

/** Replace a property's value (an object) with `{}`; its key, comma and surroundings stay. */
export function emptyValue(property: AST.JSONProperty): Edit {
  return { range: property.value.range, text: "{}" };
}

/** Remove a property with exactly one of the commas around it. */
export function removeProperty(program: Tokens, property: AST.JSONProperty): Edit {
  const after = tokenAfter(program, property.range[1]);
  if (after?.value === ",") {
    const next = tokenOrCommentAfter(program, after.range[1]);
    const object = property.parent;
    const isLast = object.properties.at(-1) === property;
    // "a": 1, "b": 2  → remove up to the next property; a trailing comma before "}" goes too.
    const end = next && !isLast ? next[0] : after.range[1];
    return { range: [property.range[0], end], text: "" };
  }
  const before = tokenBefore(program, property.range[0]);
  if (before?.value === ",") return { range: [before.range[0], property.range[1]], text: "" };
  return { range: property.range, text: "" };
}

/** Remove the UTF-8 byte order mark before the document's text. */
export function removeBom(): Edit {
  return { range: [-1, 0], text: "" };
}

/** Remove one token (a trailing comma) and nothing around it. */
export function removeToken(token: { range: Range }): Edit {
  return { range: token.range, text: "" };
}

/**
 * Rewrite a key or a value (single-quoted, unquoted, or with escapes JSON lacks) as the JSON
 * string of the same value.
 */
export function toJsonString(node: { range: Range }, value: string): Edit {
  return { range: node.range, text: JSON.stringify(value) };
}

/**
 * The line terminators of jsonc-eslint-parser (espree's, ECMAScript's): a `//` comment ends at
 * the first of them. Go's JSON scanner knows only `\n` and `\r` (as whitespace).
 */
export function isLineTerminator(ch: string | undefined): boolean {
  return ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029";
}

/**
 * Replace characters between tokens that the parser skips but JSON does not (`\v`, `\f`, no-break
 * space, U+2028…) with JSON whitespace: a line terminator with `\n`, so that a `//` comment it
 * ends still ends there (a space would pull the next key into the comment), anything else with
 * one space. Line numbers stay: ESLint counts U+2028 and U+2029 as line breaks too.
 */
export function toJsonWhitespace(text: string, range: Range): Edit {
  let out = "";
  for (let i = range[0]; i < range[1]; ) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    out += isLineTerminator(ch) ? "\n" : " ";
    i += ch.length;
  }
  return { range, text: out };
}

const isBlank = (ch: string | undefined): boolean => ch === " " || ch === "\t";

/**
 * Remove a comment. Alone on its line, the comment goes with the blanks before it and its line
 * terminator (the line disappears); at the end of a line, with the blanks before it; elsewhere
 * only the comment. The tokens around it stay as they were: a line terminator is removed only
 * with its whole line, so an earlier `//` comment still ends where it ended, and no two tokens
 * the parser accepts side by side join into another (`-/* c *\/1` is still `-` and `1`).
 */
export function removeComment(text: string, comment: { range: Range }): Edit {
  const [start, end] = comment.range;
  let s = start;
  while (s > 0 && isBlank(text[s - 1])) s--;
  let e = end;
  while (e < text.length && isBlank(text[e])) e++;
  const atLineStart = s === 0 || isLineTerminator(text[s - 1]);
  const atLineEnd = e === text.length || isLineTerminator(text[e]);
  if (atLineStart && atLineEnd) {
    const eol = text.startsWith("\r\n", e) ? 2 : e < text.length ? 1 : 0;
    return { range: [s, e + eol], text: "" };
  }
  if (atLineEnd) return { range: [s, end], text: "" };
  return { range: [start, end], text: "" };
}

/**
 * The text ESLint puts in one fix made of these edits: it merges a report's edits into one that
 * spans from the first to the last, carrying the original text between them. A suggestion is
 * offered only where that text holds no user info ("@" in an endpoint is `user:password@`), since
 * `eslint -f json` and editors print a suggestion's fix.
 */
export function mergedSpanHoldsUserInfo(text: string, edits: readonly Edit[]): boolean {
  const start = Math.min(...edits.map((e) => e.range[0]));
  const end = Math.max(...edits.map((e) => e.range[1]));
  return text.slice(Math.max(0, start), end).includes("@");
}
