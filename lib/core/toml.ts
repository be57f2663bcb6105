// What a TOML file assigns, as a Go TOML decoder (BurntSushi/toml in containers/image,
// pelletier/go-toml in BuildKit) sees it: every value at its full key path, wherever it was written
// (a top-level key, a `[table]` or `[[array]]` body, a dotted key, an inline table). Built once per
// document from toml-eslint-parser's AST. No ESLint here.
import type { AST } from "toml-eslint-parser";
import type { Edit, Range } from "./finding.js";

export type Path = readonly (string | number)[];

export interface Assignment {
  path: Path;
  /** The key-value that writes it: `location = "x"` (null for values inside arrays). */
  kv: AST.TOMLKeyValue | null;
  value: AST.TOMLContentNode;
  /** The `[table]` header whose body holds the key-value; null at the top level or inside inline values. */
  table: AST.TOMLTable | null;
}

export interface TomlModel {
  program: AST.TOMLProgram;
  /** Every value, in file order; arrays and inline tables also by their elements. */
  assignments: Assignment[];
  /** Every `[table]` and `[[table]]` header, in file order. */
  tables: AST.TOMLTable[];
  /** Top-level key-values written before the first header. */
  top: AST.TOMLKeyValue[];
}

export const pathKey = (path: Path): string => JSON.stringify(path);

export function keyName(k: AST.TOMLBare | AST.TOMLQuoted): string {
  return k.type === "TOMLBare" ? k.name : k.value;
}

export function tomlModel(program: AST.TOMLProgram): TomlModel {
  const assignments: Assignment[] = [];
  const tables: AST.TOMLTable[] = [];
  const top: AST.TOMLKeyValue[] = [];

  function content(path: Path, kv: AST.TOMLKeyValue | null, value: AST.TOMLContentNode, table: AST.TOMLTable | null): void {
    assignments.push({ path, kv, value, table });
    if (value.type === "TOMLArray") value.elements.forEach((e, i) => content([...path, i], null, e, table));
    else if (value.type === "TOMLInlineTable") for (const inner of value.body) keyValue(path, inner, table);
  }
  function keyValue(base: Path, kv: AST.TOMLKeyValue, table: AST.TOMLTable | null): void {
    content([...base, ...kv.key.keys.map(keyName)], kv, kv.value, table);
  }

  for (const item of program.body[0].body) {
    if (item.type === "TOMLKeyValue") {
      top.push(item);
      keyValue([], item, null);
    } else {
      tables.push(item);
      for (const kv of item.body) keyValue(item.resolvedKey, kv, item);
    }
  }
  return { program, assignments, tables, top };
}

/** Whether `path` starts with `prefix`. */
export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => path[i] === p);
}

/** The string a value holds, or null. */
export function tomlString(node: AST.TOMLContentNode | null | undefined): string | null {
  return node?.type === "TOMLValue" && node.kind === "string" ? node.value : null;
}

export function tomlBoolean(node: AST.TOMLContentNode | null | undefined): boolean | null {
  return node?.type === "TOMLValue" && node.kind === "boolean" ? node.value : null;
}

/**
 * Where the characters `[from, to)` of a one-line string value sit in the text, when the value is
 * written without escapes (a literal string, or a basic string without `\`); null otherwise.
 */
export function stringSlice(text: string, node: AST.TOMLStringValue | AST.TOMLQuoted, from: number, to: number): Range | null {
  if ("multiline" in node && node.multiline) return null;
  const raw = text.slice(node.range[0] + 1, node.range[1] - 1);
  if (raw !== node.value) return null;
  return [node.range[0] + 1 + from, node.range[0] + 1 + to];
}

/** Rewrite a one-line string value or quoted key as `value`, keeping its quote style where it can. */
export function replaceTomlString(text: string, node: AST.TOMLStringValue | AST.TOMLQuoted | AST.TOMLBare, value: string): Edit {
  if (node.type !== "TOMLBare") {
    const inner = stringSlice(text, node, 0, node.value.length);
    const literalOk = node.style === "literal" && !/['\n\r]/.test(value);
    const basicOk = node.style === "basic" && !/["\\\p{Cc}]/u.test(value);
    if (inner !== null && (literalOk || basicOk)) return { range: inner, text: value };
  }
  if (node.type === "TOMLBare" && /^[A-Za-z0-9_-]+$/.test(value)) return { range: node.range, text: value };
  return { range: node.range, text: JSON.stringify(value) };
}

/** The range of a whole line (with its line break) that holds only `range` and blanks, else `range`. */
export function lineRange(text: string, range: Range): Range {
  let s = range[0];
  while (s > 0 && (text[s - 1] === " " || text[s - 1] === "\t")) s--;
  let e = range[1];
  while (e < text.length && (text[e] === " " || text[e] === "\t")) e++;
  const atStart = s === 0 || text[s - 1] === "\n";
  const atEnd = e === text.length || text[e] === "\n" || text.startsWith("\r\n", e);
  if (!atStart || !atEnd) return range;
  if (text.startsWith("\r\n", e)) return [s, e + 2];
  return [s, e < text.length ? e + 1 : e];
}

/** The line break the text uses. */
export function eol(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/** A TOML basic string for `value`. */
export function tomlQuote(value: string): string {
  return JSON.stringify(value);
}

/** Comments whose start lies in `range`. */
export function commentsIn(program: AST.TOMLProgram, range: Range): number {
  return program.comments.filter((c) => c.range[0] >= range[0] && c.range[0] < range[1]).length;
}
