// The configs' parser is jsonc-eslint-parser with errors that quote no token of the file: a
// syntax error in a credential file is often next to, or is, a secret.
import { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactParseMessage } from "../lib/core/parse-errors.js";
import plugin from "../lib/index.js";
import { fourGrams } from "./helpers/arbitraries.js";
import { fcParams } from "./helpers/lint.js";

const linter = new Linter({ configType: "flat" });

function fatal(code: string): Linter.LintMessage | undefined {
  return linter.verify(code, [plugin.configs.recommended], { filename: "home/.docker/config.json" }).find((m) => m.fatal);
}

describe("parse errors", () => {
  it.each([
    ['{"auths": {"ghcr.io": {"auth": ghp_0123456789abcdef}}}', "Parsing error: Unexpected identifier", 1, 32],
    ['{"auths": {}} trailing_secret_text', "Parsing error: Unexpected token", 1, 15],
    ['{"auths": {} "credsStore": "desktop"}', "Parsing error: Unexpected token", 1, 14],
    ['{"auths": {},, }', "Parsing error: Unexpected token ','.", 1, 14],
    ['{"auths": @}', "Parsing error: Unexpected character '@'", 1, 11],
    ['{"auths": {"x": {"auth": "dTpw', "Parsing error: Unterminated string constant", 1, 26],
  ])("%s → %s", (code, message, line, column) => {
    expect(fatal(code)).toMatchObject({ message, line, column, fatal: true, severity: 2 });
  });

  it.each([
    ["Unexpected identifier 'ghp_x'.", "Unexpected identifier"],
    ["Unexpected token '${'.", "Unexpected token"],
    ["Unexpected token ','.", "Unexpected token ','."],
    ["Unterminated string constant", "Unterminated string constant"],
    ['Unexpected "ghp_x', "Unexpected"],
    ["Unexpected 'ghp_x", "Unexpected"],
  ])("%s → %s", (message, redacted) => {
    expect(redactParseMessage(message)).toBe(redacted);
  });
});

it("no parse error quotes four characters of an unquoted or half-quoted secret, wherever it stands", () => {
  // Upper case only: no 4 characters of such a token can occur in a message by chance.
  const secret = fc.stringMatching(/^[A-Z_$][A-Z0-9_$]{5,20}$/);
  const shapes = [
    (t: string) => `{"auths": {"ghcr.io": {"auth": ${t}}}}`,
    (t: string) => `{"auths": {"ghcr.io": {"password": '${t}}}}`,
    (t: string) => `{"auths": {}} ${t}`,
    (t: string) => `{${t}: 1}x${t}`,
    (t: string) => `{"auths": {"ghcr.io": {"auth": "x" ${t}}}}`,
    (t: string) => `[${t} ${t}]`,
    (t: string) => `{"a": \`${t}\${${t}}\`}`,
  ];
  fc.assert(
    fc.property(secret, fc.integer({ min: 0, max: shapes.length - 1 }), (token, i) => {
      const message = fatal((shapes[i] as (t: string) => string)(token))?.message ?? "";
      for (const gram of fourGrams([token])) expect(message).not.toContain(gram);
    }),
    fcParams(200),
  );
});
