// isPlaceholderValue: the placeholders templates write where a credential goes, recognised
// precisely: no base64 of a realistic user:password and no real token shape is ever one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeAuth } from "../lib/core/auth.js";
import { isPlaceholderValue } from "../lib/core/references.js";
import { b64 } from "./helpers/arbitraries.js";

describe("isPlaceholderValue", () => {
  it.each([
    // The shapes found in real templates (issue 13's false reports).
    ["<DOCKER_AUTH>", true],
    ["your_auth", true],
    ["MY_TOKEN", true],
    ["BASE_64_BASIC_AUTH_CREDENTIALS", true],
    ["REGISTRY_PASSWORD", true],
    // Their relatives.
    ["<base64 of user:password>", true],
    ["<your-token>", true],
    ["YOUR_AUTH_HERE", true],
    ["your-registry-password", true],
    ["Your_Token", true],
    ["my_token2", true],
    ["REPLACE_ME", true],
    ["ACCESS_TOKEN_V2", true],
    ["GCR_JSON_KEY", true],
    ["xxx", true],
    ["XXXXXXXXXXXX", true],
    ["***", true],
    ["changeme", true],
    ["change-me", true],
    ["ReplaceMe", true],
    ["placeholder", true],
    ["REDACTED", true],
    // Credentials, base64 and tokens.
    ["dXNlcjpwYXNz", false],
    ["QUJDOkRF", false], // ABC:DE: upper case and digits can be base64 of user:password
    ["PASSWORD", false], // one word, valid base64: no underscore, no guess
    ["TOKEN", false],
    ["hunter2", false],
    ["ghp_16C7e42F292c6912E7710c838347Ae178B4a", false],
    ["glpat-xxxxxxxxxxxxxxxxxxxx", false],
    ["dckr_pat_2b3e36beeb386dfdaacb9b46004ccb7c", false],
    ["npm_wJ4sFtXcQj0Rrn1rS8bDk2AnLq7VYa3Zm9Eh", false],
    ["AKIAIOSFODNN7EXAMPLE", false],
    ["my_Xk9aQ", false], // mixed case after my_: a token's
    ["MY_A1B", false],
    ["_A_B", false],
    ["A__B", false],
    ["my_", false],
    ["my password", false],
    ["USER:PASSWORD", false],
    ["<user>:<password>", false],
    ["<>", false],
    ["xx", false],
    ["$AUTH", false], // a reference: isReference's
    ["", false],
    [`${"A".repeat(40)}_${"B".repeat(30)}`, false], // longer than any placeholder
    [`A_${"B".repeat(25)}`, false], // a 25-character "word"
  ])("%j → %s", (value, expected) => {
    expect(isPlaceholderValue(value)).toBe(expected);
  });

  // Printable ASCII user names and passwords as people choose them, and UTF-8 ones.
  const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 40 });
  const userPass = fc.tuple(fc.oneof(ascii, fc.string({ minLength: 1, maxLength: 20 })), fc.oneof(ascii, fc.string({ maxLength: 40 })));

  it("never takes the base64 of a user:password for a placeholder (padded, unpadded, wrapped)", () => {
    fc.assert(
      fc.property(userPass, fc.constantFrom("", "\n"), ([user, password], end) => {
        const auth = b64(`${user.replace(/:/g, "")}:${password}${end}`);
        expect(decodeAuth(auth).hasColon).toBe(true);
        expect(isPlaceholderValue(auth)).toBe(false);
        expect(isPlaceholderValue(auth.replace(/=+$/, ""))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const chars = (alphabet: string, min: number, max: number): fc.Arbitrary<string> =>
    fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
  const token = fc.oneof(
    fc.uint8Array({ minLength: 12, maxLength: 48 }).map((b) => Buffer.from(b).toString("base64")),
    fc.uint8Array({ minLength: 12, maxLength: 48 }).map((b) => Buffer.from(b).toString("hex")),
    chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, 52), // base32 (TOTP secrets, some registry tokens)
    fc.tuple(fc.constantFrom("ghp_", "gho_", "github_pat_", "glpat-", "dckr_pat_", "npm_", "AKIA", "xoxb-", "sk_live_"), chars(alnum, 16, 40)).map(
      ([prefix, body]) => prefix + body,
    ),
    fc.tuple(chars(alnum, 8, 20), chars(alnum, 8, 20), chars(alnum, 8, 20)).map((parts) => parts.join(".")), // JWT-like
  );

  it("never takes a token for a placeholder", () => {
    fc.assert(
      fc.property(token, (value) => {
        expect(isPlaceholderValue(value)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  // The other direction: placeholders built from words are recognised.
  const word = fc.constantFrom("registry", "docker", "auth", "token", "password", "user", "base", "gitlab", "ci", "key", "secret", "hub");
  it("recognises upper-case words joined by _, your_/my_ words and <…>", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom("your", "my", "YOUR", "My"), fc.constantFrom("_", "-"), (words, prefix, sep) => {
        if (words.length > 1) expect(isPlaceholderValue(words.join("_").toUpperCase())).toBe(true);
        expect(isPlaceholderValue(`${prefix}${sep}${words.join(sep)}`)).toBe(true);
        expect(isPlaceholderValue(`<${words.join(" ")}>`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
