// Autofixes never lose data: on generated registry files in every formatting, the output of
// `eslint --fix` with every recommended rule parses with the same parser (and with JSON.parse when
// the input did), adds no duplicate key, keeps every string value, is a fixed point, touches
// no byte outside the tokens a fix must change, and keeps the token sequence: the same tokens
// and comments, in the same order, but for the trailing commas it removes. The formats end
// comments with every line terminator the parser knows (\n, \r, \r\n, U+2028, U+2029), so a fix
// that moves a token into a comment or out of one is caught.
import fc from "fast-check";
import { type AST, parseForESLint } from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { configArb, formatArb, print } from "../helpers/arbitraries.js";
import { fcParams, fix, lint } from "../helpers/lint.js";

const stripBom = (s: string): string => (s.startsWith("\uFEFF") ? s.slice(1) : s);

// What the autofixes other than key renames may change, normalised away on both sides:
// valid-credential-helper strips this prefix from helper names (the generator puts it nowhere
// else), and strict-json removes trailing commas (no generated string holds a "," before a "}").
const HELPER_PREFIX = /docker-credential-/g;
const TRAILING_COMMA = /,(\s*[}\]])/g;

function parse(text: string): AST.JSONProgram {
  return parseForESLint(stripBom(text), { jsonSyntax: "JSON5" }).ast as unknown as AST.JSONProgram;
}

function parsesAsJSON(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function walk(node: AST.JSONNode, visit: (object: AST.JSONObjectExpression) => void): void {
  if (node.type === "JSONObjectExpression") {
    visit(node);
    for (const p of node.properties) walk(p.value, visit);
  } else if (node.type === "JSONArrayExpression") {
    for (const e of node.elements) if (e) walk(e, visit);
  }
}

const keyText = (p: AST.JSONProperty): string =>
  p.key.type === "JSONIdentifier" ? p.key.name : String(p.key.value);

function duplicateKeys(program: AST.JSONProgram): number {
  let n = 0;
  walk(program.body[0].expression, (o) => {
    n += o.properties.length - new Set(o.properties.map(keyText)).size;
  });
  return n;
}

function stringValues(program: AST.JSONProgram): string[] {
  const out: string[] = [];
  const visit = (node: AST.JSONNode): void => {
    if (node.type === "JSONLiteral" && typeof node.value === "string") out.push(node.value.replace(HELPER_PREFIX, ""));
    else if (node.type === "JSONObjectExpression") for (const p of node.properties) visit(p.value);
    else if (node.type === "JSONArrayExpression") for (const e of node.elements) if (e) visit(e);
  };
  visit(program.body[0].expression);
  return out.sort();
}

/**
 * The text with every property key replaced by a placeholder (key renames: canonical-registry-key,
 * no-unknown-properties' case fix). Two files with the same skeleton differ only in what an
 * autofix may change.
 */
function skeleton(text: string): string {
  const body = stripBom(text);
  const program = parse(body);
  const keys: [number, number][] = [];
  walk(program.body[0].expression, (o) => {
    for (const p of o.properties) keys.push(p.key.range);
  });
  keys.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end] of keys) {
    out += `${body.slice(at, start)}<key>`;
    at = end;
  }
  // strict-json turns a U+2028 / U+2029 between tokens into "\n" (the line break it was to the parser).
  return (out + body.slice(at)).replace(HELPER_PREFIX, "").replace(TRAILING_COMMA, "$1").replace(/[\u2028\u2029]/g, "\n");
}

/** Every node of a parsed value, in document order. */
function nodes(program: AST.JSONProgram): AST.JSONNode[] {
  const out: AST.JSONNode[] = [];
  const visit = (node: AST.JSONNode): void => {
    out.push(node);
    if (node.type === "JSONObjectExpression") {
      for (const p of node.properties) {
        out.push(p.key);
        visit(p.value);
      }
    } else if (node.type === "JSONArrayExpression") {
      for (const e of node.elements) if (e) visit(e);
    }
  };
  visit(program.body[0].expression);
  return out;
}

/**
 * The tokens and comments of a text, as a fix may leave them: a key token is `<key>` (renames),
 * a string token is its decoded value without the helper prefix (strict-json rewrites quotes and
 * escapes, valid-credential-helper strips the prefix), a comma before `}` or `]` is gone
 * (strict-json removes it); every other token is its type and text, every comment its type and
 * text.
 */
function tokenSequence(text: string): { tokens: string[]; comments: string[] } {
  const program = parse(text);
  const keys = new Set<number>();
  const strings = new Map<number, string>();
  for (const node of nodes(program)) {
    if (node.type === "JSONProperty") continue;
    const parent = node.parent;
    if (parent?.type === "JSONProperty" && parent.key === node) keys.add(node.range[0]);
    else if (node.type === "JSONLiteral" && typeof node.value === "string") strings.set(node.range[0], node.value);
  }
  const tokens = program.tokens;
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]?.value;
    if (t.type === "Punctuator" && t.value === "," && (next === "}" || next === "]")) return;
    const string = strings.get(t.range[0]);
    if (keys.has(t.range[0])) out.push("<key>");
    else if (string !== undefined) out.push(`String ${string.replace(HELPER_PREFIX, "")}`);
    else out.push(`${t.type} ${t.value}`);
  });
  return { tokens: out, comments: program.comments.map((c) => `${c.type} ${c.value}`) };
}

/** Whether `after` is `before` with exactly one item left out. */
function withOneLess(before: readonly string[], after: readonly string[]): boolean {
  if (after.length !== before.length - 1) return false;
  let i = 0;
  while (i < after.length && after[i] === before[i]) i++;
  return after.slice(i).every((x, k) => x === before[i + 1 + k]);
}

const doc = fc.tuple(configArb, formatArb).map(([value, format]) => ({ value, format, text: print(value, format) }));

describe("autofix safety on generated files", () => {
  it("output parses, keeps values, adds no duplicate, is idempotent and touches only keys", () => {
    fc.assert(
      fc.property(doc, ({ text }) => {
        const { output } = fix(text);
        const before = parse(text);
        const after = parse(output); // throws if the fix broke the syntax
        if (parsesAsJSON(text)) expect(parsesAsJSON(output)).toBe(true);
        expect(duplicateKeys(after)).toBeLessThanOrEqual(duplicateKeys(before));
        expect(stringValues(after)).toEqual(stringValues(before));
        expect(fix(output).fixed).toBe(false);
        expect(skeleton(output)).toBe(skeleton(text));
        expect(tokenSequence(output)).toEqual(tokenSequence(text));
      }),
      fcParams(300),
    );
  });

  it("removing a comment (strict-json's suggestion) keeps every token and drops only that comment", () => {
    fc.assert(
      fc.property(
        doc.filter(({ format }) => format.comments),
        ({ text }) => {
          const body = stripBom(text); // ESLint's ranges leave the BOM out
          const before = tokenSequence(body);
          const reports = lint(text).filter((m) => m.ruleId === "docker-config/strict-json" && m.messageId === "comment");
          expect(reports.length).toBe(before.comments.length);
          for (const m of reports) {
            const edit = m.suggestions?.[0]?.fix;
            expect(edit).toBeDefined();
            if (edit === undefined) continue;
            const after = tokenSequence(body.slice(0, edit.range[0]) + edit.text + body.slice(edit.range[1]));
            expect(after.tokens).toEqual(before.tokens);
            expect(withOneLess(before.comments, after.comments)).toBe(true);
          }
        },
      ),
      fcParams(200),
    );
  });
});
