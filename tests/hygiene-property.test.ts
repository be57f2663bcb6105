// Property tests for the hygiene rules' fixes on random registry configs written in JSONC/JSON5:
// --fix never yields output the parser rejects or a duplicate key, is idempotent, and a file whose
// only syntax defects are autofixable ones becomes strict JSON.
import { Linter } from "eslint";
import fc from "fast-check";
import { type AST, parseForESLint } from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import plugin from "../lib/index.js";
import { keyOf } from "../lib/core/model.js";

const linter = new Linter({ configType: "flat" });
const rules = { "docker-config/strict-json": "error", "docker-config/no-unknown-properties": "warn", "docker-config/no-deprecated-properties": "warn" } as const;
const config = [{ ...plugin.configs.recommended, rules }];
const filename = "home/.docker/config.json";

const FIELDS = ["auth", "Auth", "identityToken", "email", "username", "x-note", "auth "];
const TOP = ["credsStore", "CredsStore", "credStore", "psFormat", "experimental", "foo"];

type Style = { quote: "'" | '"' | ""; trailing: boolean };
const style = fc.record({ quote: fc.constantFrom<Style["quote"]>('"', "'", ""), trailing: fc.boolean() });
const safeString = fc.stringMatching(/^[A-Za-z0-9+/=:.-]{0,12}$/);

function key(k: string, s: Style): string {
  if (s.quote === "" && /^[A-Za-z_$][\w$]*$/.test(k)) return k;
  return s.quote === "'" ? `'${k.replace(/'/g, "\\'")}'` : JSON.stringify(k);
}
function str(v: string, s: Style): string {
  return s.quote === "'" ? `'${v}'` : JSON.stringify(v);
}
function object(entries: Array<[string, string]>, s: Style): string {
  const body = entries.map(([k, v]) => `${key(k, s)}: ${v}`).join(", ");
  return `{${body}${s.trailing && entries.length > 0 ? "," : ""}}`;
}

const file = fc
  .record({
    bom: fc.boolean(),
    s: style,
    top: fc.uniqueArray(fc.constantFrom(...TOP), { maxLength: 3 }),
    entries: fc.uniqueArray(
      fc.record({ host: fc.constantFrom("ghcr.io", "quay.io", "reg.example.com:5000"), fields: fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 3 }), value: safeString }),
      { maxLength: 3, selector: (e) => e.host },
    ),
  })
  .map(({ bom, s, top, entries }) => {
    const auths = object(entries.map((e) => [e.host, object(e.fields.map((f) => [f, str(e.value, s)]), s)]), s);
    const text = object([["auths", auths], ...top.map((t): [string, string] => [t, str("x", s)])], s);
    return (bom ? "\uFEFF" : "") + text;
  });

/** Keys that appear twice in one object, after JSON decoding. */
function duplicateKeys(text: string): string[] {
  const ast = parseForESLint(text, {}).ast as unknown as AST.JSONProgram;
  const out: string[] = [];
  const walk = (node: AST.JSONNode | null): void => {
    if (node?.type === "JSONObjectExpression") {
      const seen = new Set<string>();
      for (const p of node.properties) {
        const k = keyOf(p).key;
        if (seen.has(k)) out.push(k);
        seen.add(k);
        walk(p.value);
      }
    } else if (node?.type === "JSONArrayExpression") node.elements.forEach(walk);
  };
  walk(ast.body[0].expression);
  return out;
}

describe("--fix on random JSONC/JSON5 registry configs", () => {
  it("is idempotent, strict JSON, and has no duplicate key", () => {
    fc.assert(
      fc.property(file, (text) => {
        const once = linter.verifyAndFix(text, config, { filename });
        expect(once.messages.filter((m) => m.fatal)).toEqual([]);
        const twice = linter.verifyAndFix(once.output, config, { filename });
        expect(twice.output).toBe(once.output);
        // Only autofixable syntax was injected: the output is strict JSON, docker's reader accepts it.
        const strict = once.messages.filter((m) => m.ruleId === "docker-config/strict-json");
        expect(strict).toEqual([]);
        expect(duplicateKeys(once.output)).toEqual([]);
        expect(() => JSON.parse(once.output) as unknown).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
