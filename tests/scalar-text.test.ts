// The scalar codec behind the embedded hosts (lib/eslint/hosts/scalar-text.ts): decoded offsets map
// to the source through escapes, quotes, indentation and folding, and an edit is either made
// exactly (the file still parses, the scalar decodes to the edited text in the same style, nothing
// else changes) or refused. yaml-eslint-parser and jsonc-eslint-parser are the oracles.
import fc from "fast-check";
import { type AST as JsonAST, parseForESLint as parseJson } from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { type AST as YamlAST, parseForESLint as parseYaml } from "yaml-eslint-parser";
import { jsonStringText, type ScalarText, yamlScalarText } from "../lib/eslint/hosts/scalar-text.js";
import { fcParams } from "./helpers/lint.js";

interface Found {
  node: YamlAST.YAMLScalar;
  inFlow: boolean;
  rest: unknown;
}

/** The scalar under key `k`, and the other pairs' values (which an edit must not change). */
function findYaml(src: string): Found | null {
  let ast: YamlAST.YAMLProgram;
  try {
    ast = parseYaml(src, {}).ast;
  } catch {
    return null;
  }
  let map = ast.body[0]?.content;
  // `s:` nests the scalar one level down, as a pull Secret's stringData does.
  const nest = map?.type === "YAMLMapping" ? map.pairs.find((p) => p.key?.type === "YAMLScalar" && p.key.value === "s") : undefined;
  if (nest?.value?.type === "YAMLMapping") map = nest.value;
  if (map?.type !== "YAMLMapping") return null;
  const pair = map.pairs.find((p) => p.key?.type === "YAMLScalar" && p.key.value === "k");
  if (pair?.value?.type !== "YAMLScalar") return null;
  const rest = map.pairs.filter((p) => p !== pair).map((p) => (p.value?.type === "YAMLScalar" ? p.value.value : null));
  return { node: pair.value, inFlow: map.style === "flow", rest };
}

function textOf(src: string): { text: ScalarText; found: Found } | null {
  const found = findYaml(src);
  if (found === null) return null;
  const text = yamlScalarText(src, found.node, found.inFlow);
  return text === null ? null : { text, found };
}

function apply(src: string, edits: readonly { range: readonly [number, number]; text: string }[]): string {
  let out = src;
  for (const e of [...edits].sort((a, b) => b.range[0] - a.range[0])) out = out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]);
  return out;
}

const lines = (...l: string[]): string => l.join("\n");

describe("decoding and offsets", () => {
  it.each([
    ["plain", 'k: {"a": 1}x', null],
    ["plain", "k: abc def", 3],
    ["double-quoted", 'k: "a\\tb\\u00e9c"', 3],
    ["single-quoted", "k: 'it''s'", 3],
    ["literal", lines("k: |", '  {"auths":', "    {}}", "z: 1"), 3],
  ])("%s: %j", (_style, src, _col) => {
    const t = textOf(src);
    if (_col === null) {
      // `{` starts a flow mapping: not a scalar at all.
      expect(t).toBeNull();
      return;
    }
    expect(t?.text.exact).toBe(true);
  });

  it("maps every character of a double-quoted scalar through its escapes", () => {
    const src = 'k: "a\\tb\\u00e9c\\\\d"';
    const t = textOf(src)?.text as ScalarText;
    expect(t.value).toBe("a\tbéc\\d");
    expect([...t.value].map((_, i) => t.offsetOf(i))).toEqual([4, 5, 7, 8, 14, 15, 17]);
    expect(t.offsetOf(t.value.length)).toBe(18);
  });

  it("maps a literal block through its indentation", () => {
    const src = lines("k: |", '  {"auths":', '    {"a": {}}}', "z: 1");
    const t = textOf(src)?.text as ScalarText;
    expect(t.value).toBe('{"auths":\n  {"a": {}}}\n');
    // `"a"` on the second line: line 3 of the file, after 4 spaces.
    const i = t.value.indexOf('"a"');
    expect(src.slice(t.offsetOf(i), t.offsetOf(i + 3))).toBe('"a"');
  });

  it("maps a folded double-quoted scalar: the fold is one space", () => {
    const src = lines('k: "ab', '  cd"');
    const t = textOf(src)?.text as ScalarText;
    expect(t.value).toBe("ab cd");
    expect(src[t.offsetOf(3)]).toBe("c");
  });

  it("an indentation indicator keeps the spaces beyond it as text", () => {
    const src = lines("k: |2", "    x", "z: 1");
    const t = textOf(src)?.text as ScalarText;
    expect(t.value).toBe("  x\n");
    expect(t.exact).toBe(true);
    expect(src.slice(t.offsetOf(0), t.offsetOf(1))).toBe(" ");
  });

  it("gives up on a scalar it cannot map: every offset is the scalar's start, no edits", () => {
    // A block with no content line: nothing to detect the indentation from.
    const src = lines("k: |", "", "z: 1");
    const t = textOf(src)?.text as ScalarText;
    expect(t).toMatchObject({ value: "", exact: false });
    expect(t.offsetOf(0)).toBe(3);
    expect(t.edit([{ range: [0, 0], text: "x" }])).toBeNull();
    expect(t.replace("x\n")).toBeNull();
  });
});

describe("edits", () => {
  it("renames a key inside a literal block in place", () => {
    const src = lines("k: |", '  {"auths": {"docker.io": {}}}', "z: 1");
    const t = textOf(src)?.text as ScalarText;
    const at = t.value.indexOf("docker.io");
    const file = t.edit([{ range: [at, at + 9], text: "https://index.docker.io/v1/" }]);
    expect(apply(src, file ?? [])).toBe(lines("k: |", '  {"auths": {"https://index.docker.io/v1/": {}}}', "z: 1"));
  });

  it("removes a property across lines of a literal block", () => {
    const src = lines("k: |", "  {", '    "a": 1,', '    "b": 2', "  }", "z: 1");
    const t = textOf(src)?.text as ScalarText;
    const s = t.value.indexOf('"a"');
    const e = t.value.indexOf('"b"');
    expect(apply(src, t.edit([{ range: [s, e], text: "" }]) ?? [])).toBe(lines("k: |", "  {", '    "b": 2', "  }", "z: 1"));
  });

  it("inserts a line break into a literal block with its indentation", () => {
    const src = lines("k: |", '  {"a": 1}', "z: 1");
    const t = textOf(src)?.text as ScalarText;
    expect(apply(src, t.edit([{ range: [1, 1], text: "\n  " }]) ?? [])).toBe(lines("k: |", "  {", '    "a": 1}', "z: 1"));
  });

  it("escapes what a double-quoted scalar needs", () => {
    const src = 'k: "{\\"a\\": 1}"';
    const t = textOf(src)?.text as ScalarText;
    expect(apply(src, t.edit([{ range: [2, 3], text: 'x"\\\n' }]) ?? [])).toBe('k: "{\\"x\\"\\\\\\n\\": 1}"');
  });

  it("doubles quotes in a single-quoted scalar, and refuses a line break there", () => {
    const src = "k: '{\"a\": 1}'";
    const t = textOf(src)?.text as ScalarText;
    expect(apply(src, t.edit([{ range: [2, 3], text: "it's" }]) ?? [])).toBe("k: '{\"it''s\": 1}'");
    expect(t.edit([{ range: [2, 3], text: "a\nb" }])).toBeNull();
  });

  it("refuses an edit past the last content line of a block (the chomping's breaks)", () => {
    const src = lines("k: |", "  ab", "z: 1");
    const t = textOf(src)?.text as ScalarText;
    expect(t.value).toBe("ab\n");
    expect(t.edit([{ range: [3, 3], text: "x" }])).toBeNull();
    expect(t.edit([{ range: [2, 3], text: "" }])).toBeNull();
    expect(apply(src, t.edit([{ range: [2, 2], text: "c" }]) ?? [])).toBe(lines("k: |", "  abc", "z: 1"));
  });

  it("refuses to turn a plain scalar into a number", () => {
    const src = "k: a1";
    const t = textOf(src)?.text as ScalarText;
    expect(t.edit([{ range: [0, 1], text: "" }])).toBeNull();
    expect(apply(src, t.edit([{ range: [0, 1], text: "b" }]) ?? [])).toBe("k: b1");
  });

  it("keeps a JSON string's escapes", () => {
    const src = '{"k": "{\\"a\\": \\"\\u00e9\\"}"}';
    const ast = parseJson(src, {}).ast as JsonAST.JSONProgram;
    const obj = ast.body[0]?.expression as JsonAST.JSONObjectExpression;
    const node = (obj.properties[0] as JsonAST.JSONProperty).value as JsonAST.JSONStringLiteral;
    const t = jsonStringText(src, node);
    expect(t.value).toBe('{"a": "é"}');
    const at = t.value.indexOf("é");
    expect(src.slice(t.offsetOf(at), t.offsetOf(at + 1))).toBe("\\u00e9");
    expect(apply(src, t.edit([{ range: [2, 3], text: 'b"' }]) ?? [])).toBe('{"k": "{\\"b\\"\\": \\"\\u00e9\\"}"}');
  });
});

describe("replace keeps the style", () => {
  it.each([
    ["k: abc", "eyJh", "k: eyJh"],
    ['k: "abc"', 'x"y', 'k: "x\\"y"'],
    ["k: 'abc'", "x'y", "k: 'x''y'"],
    [lines("k: |", "  abc", "  def", "z: 1"), "one\ntwo\n", lines("k: |", "  one", "  two", "z: 1")],
    [lines("k: |-", "  abc", "z: 1"), "x", lines("k: |-", "  x", "z: 1")],
  ])("%j ← %j", (src, value, expected) => {
    const t = textOf(src)?.text as ScalarText;
    const edit = t.replace(value);
    expect(edit && apply(src, [edit])).toBe(expected);
  });

  it("refuses what the style cannot hold", () => {
    expect(textOf("k: abc")?.text.replace("12")).toBeNull();
    expect(textOf("k: abc")?.text.replace("a: b")).toBeNull();
    expect(textOf(lines("k: |", "  abc", "z: 1"))?.text.replace("no newline")).toBeNull();
  });
});

// Random raw sources of each style: every edit the codec makes must re-parse to the edited text.
const rawChar = fc.constantFrom("a", "b", "{", "}", '"', ":", " ", "\t", "#", ",", "é", "😀", "'", "\\", "-", "x");
const rawText = fc.array(rawChar, { maxLength: 12 }).map((a) => a.join(""));
const rawLines = fc.array(rawText, { minLength: 1, maxLength: 4 });
const indentOf = fc.constantFrom(" ", "  ", "    ");

const doubleRaw = fc
  .tuple(rawLines, indentOf, fc.constantFrom("\\n", "\\t", "\\x41", "\\u00e9", "\\ ", "\\\\", '\\"', "\\/", ""))
  .map(([ls, ind, esc]) => ls.map((l) => l.replace(/\\/g, "\\\\").replace(/"/g, '\\"')).join(`${esc}\n${ind}`));
const singleRaw = fc.tuple(rawLines, indentOf).map(([ls, ind]) => ls.map((l) => l.replace(/'/g, "''")).join(`\n${ind}`));
const plainRaw = fc.tuple(rawLines, indentOf).map(([ls, ind]) => ls.join(`\n${ind}`));
const blockRaw = fc
  .tuple(fc.array(fc.oneof(rawText, fc.constant("")), { minLength: 1, maxLength: 5 }), fc.constantFrom("", "-", "+"), fc.constantFrom("|", ">"))
  .map(([ls, chomp, kind]) => `${kind}${chomp}\n${ls.map((l) => (l === "" ? "" : `  ${l}`)).join("\n")}`);

/** The same scalar one level down (`s:` / `  k: …`), every continuation line indented two more. */
const nested = (src: string): string => `s:\n${src.split("\n").map((l) => (l === "" ? "" : `  ${l}`)).join("\n")}`;
const crlf = (src: string): string => src.replace(/\n/g, "\r\n");

const flat = fc.oneof(
  doubleRaw.map((r) => `k: "${r}"\nz: 1\n`),
  singleRaw.map((r) => `k: '${r}'\nz: 1\n`),
  plainRaw.map((r) => `k: ${r}\nz: 1\n`),
  blockRaw.map((r) => `k: ${r}\nz: 1\n`),
  doubleRaw.map((r) => `{k: "${r}", z: 1}\n`),
  plainRaw.map((r) => `{k: ${r}, z: 1}\n`),
);
const sources = fc.oneof(flat, flat.map(nested), flat.map(crlf), flat.map((f) => crlf(nested(f))));
const insert = fc.array(fc.constantFrom("a", " ", "\n", '"', "'", "\\", ":", "#", "é", "\t", "}", "-"), { maxLength: 4 }).map((a) => a.join(""));

describe("edits on random scalars of every style", () => {
  it("an edit is exact or refused, and leaves the rest of the file alone", () => {
    let made = 0;
    fc.assert(
      fc.property(sources, fc.array(fc.tuple(fc.nat(), fc.nat(), insert), { minLength: 1, maxLength: 2 }), (src, picks) => {
        const got = textOf(src);
        if (got === null || !got.text.exact) return;
        const { value } = got.text;
        // One or two edits that do not overlap, as a fix may hold.
        const edits: { range: [number, number]; text: string }[] = [];
        let from = 0;
        for (const [p, q, text] of picks) {
          const s = from + (p % (value.length - from + 1));
          const e = s + (q % (value.length - s + 1));
          edits.push({ range: [s, e], text });
          from = e;
        }
        const file = got.text.edit(edits);
        if (file === null) return;
        made++;
        const out = apply(src, file);
        const again = findYaml(out);
        expect(again, `${JSON.stringify(src)} → ${JSON.stringify(out)}`).not.toBeNull();
        expect(again?.node.value, JSON.stringify(out)).toBe(apply(value, edits));
        expect(again?.node.style).toBe(got.found.node.style);
        expect(again?.rest).toEqual(got.found.rest);
      }),
      fcParams(1500),
    );
    // Most random edits are made: the codec is not refusing its way to safety.
    expect(made).toBeGreaterThan(250);
  });

  it("offsets point at the character, or the escape, that the text holds", () => {
    fc.assert(
      fc.property(sources, (src) => {
        const got = textOf(src);
        if (got === null || !got.text.exact) return;
        const t = got.text;
        for (let i = 0; i < t.value.length; i++) {
          const at = t.offsetOf(i);
          expect(at).toBeGreaterThanOrEqual(t.range[0]);
          expect(at).toBeLessThanOrEqual(t.range[1]);
          if (i > 0) expect(at).toBeGreaterThanOrEqual(t.offsetOf(i - 1));
        }
      }),
      fcParams(400),
    );
  });

  it("a replacement keeps the style and decodes to the new text", () => {
    fc.assert(
      fc.property(sources, rawText, fc.boolean(), (src, v, nl) => {
        const got = textOf(src);
        if (got === null || !got.text.exact) return;
        const value = nl ? `${v}\n` : v;
        const edit = got.text.replace(value);
        if (edit === null) return;
        const again = findYaml(apply(src, [edit]));
        expect(again?.node.value).toBe(value);
        expect(again?.node.style).toBe(got.found.node.style);
        expect(again?.rest).toEqual(got.found.rest);
      }),
      fcParams(600),
    );
  });
});

describe("JSON strings", () => {
  const jsonRaw = fc.string({ maxLength: 16 }).map((s) => JSON.stringify(s));
  it("edits re-parse to the edited text", () => {
    fc.assert(
      fc.property(jsonRaw, fc.nat(), fc.nat(), fc.string({ maxLength: 4 }), (raw, p, q, text) => {
        const src = `{"k": ${raw}, "z": 1}`;
        const obj = (parseJson(src, {}).ast as JsonAST.JSONProgram).body[0]?.expression as JsonAST.JSONObjectExpression;
        const node = (obj.properties[0] as JsonAST.JSONProperty).value as JsonAST.JSONStringLiteral;
        const t = jsonStringText(src, node);
        expect(t.exact).toBe(true);
        const s = p % (t.value.length + 1);
        const e = s + (q % (t.value.length - s + 1));
        const file = t.edit([{ range: [s, e], text }]);
        if (file === null) return;
        const out = apply(src, file);
        expect(JSON.parse(out)).toEqual({ k: t.value.slice(0, s) + text + t.value.slice(e), z: 1 });
      }),
      fcParams(600),
    );
  });
});
