// Autofixes never lose data: on generated registry files in every formatting, the output of
// `eslint --fix` with every recommended rule parses with the same parser (and with JSON.parse when
// the input did), adds no duplicate key, keeps every string value, is a fixed point, and touches
// no byte outside the tokens a fix must change.
import fc from "fast-check";
import { type AST, parseForESLint } from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { configArb, formatArb, print } from "../helpers/arbitraries.js";
import { fcParams, fix } from "../helpers/lint.js";

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
  return (out + body.slice(at)).replace(HELPER_PREFIX, "").replace(TRAILING_COMMA, "$1");
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
      }),
      fcParams(300),
    );
  });
});
