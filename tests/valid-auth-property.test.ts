// For random values: valid-auth says "docker refuses this" exactly when the decoder says so, and
// no report (message, data, suggestion description) carries 4 or more characters of the value or
// of its decoded text beyond the rule's fixed wording.
import { Linter } from "eslint";
import fc from "fast-check";
import * as jsoncParser from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { decodeAuth, goStdDecode, repairAuth } from "../lib/core/auth.js";
import plugin from "../lib/index.js";
import { isPlaceholderValue } from "../lib/core/references.js";
import { CLIENT_NAME } from "../lib/core/registry.js";
import rule, { NO_COLON_CONTAINERS, REFUSAL_MESSAGE_IDS as REFUSED_IDS, REFUSED } from "../rules/valid-auth.js";

const KEY = "reg.example.com";
const linter = new Linter({ configType: "flat" });
const configFor = (flavor: "docker" | "containers"): Linter.Config[] => [
  {
    files: ["**/*.json"],
    languageOptions: { parser: jsoncParser as Linter.Parser },
    plugins: { "docker-config": plugin },
    rules: { "docker-config/valid-auth": ["error", { flavor }] },
  },
];

// Everything a report may say regardless of the value: the templates, the client names, the key.
const FIXED = [...Object.values(rule.meta.messages), ...Object.values(CLIENT_NAME), ...Object.values(REFUSED), NO_COLON_CONTAINERS, KEY].join("\n");

const grams = (text: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i + 4 <= text.length; i++) out.push(text.slice(i, i + 4));
  return out;
};

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64");
const mutate = (s: string, at: number, what: string): string => s.slice(0, at % (s.length + 1)) + what + s.slice(at % (s.length + 1));
const base64ish = fc.string({
  unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r -_:é\t"),
  maxLength: 40,
});
const textBytes = fc
  .tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 16 }), fc.constantFrom("", "\n", "\r\n", " ", "\0"))
  .map(([u, p, end]) => new TextEncoder().encode(`${u}:${p}${end}`));
const value = fc.oneof(
  fc.uint8Array({ maxLength: 40 }).map(b64),
  textBytes.map(b64),
  fc.tuple(fc.oneof(fc.uint8Array({ maxLength: 40 }), textBytes).map(b64), fc.nat(), fc.constantFrom("\n", "\r\n", " ", "-", "_", "=", "==", "é", "")).map(
    ([s, at, what]) => mutate(what === "" ? s.replace(/=+$/, "") : s, at, what),
  ),
  textBytes.map((b) => b64(new TextEncoder().encode(b64(b)))),
  base64ish,
  // A template's placeholder is never judged (its own property below): the refusal property
  // covers every other value.
).filter((v) => !isPlaceholderValue(v));

describe.each(["docker", "containers"] as const)("valid-auth on random values (%s)", (flavor) => {
  it("reports a refusal exactly when the decoder refuses, and leaks nothing", () => {
    fc.assert(
      fc.property(value, (auth) => {
        const code = `{"auths":{"${KEY}":{"auth":${JSON.stringify(auth)}}}}`;
        const messages = linter.verify(code, configFor(flavor), { filename: "config.json" });
        const verdict = decodeAuth(auth, flavor);
        const refused = messages.some((m) => REFUSED_IDS.has(m.messageId ?? ""));
        expect(refused).toBe(!verdict.ok);

        const decoded = Buffer.from(auth.replace(/[\r\n]/g, ""), "base64");
        const secrets = new Set([...grams(auth), ...grams(decoded.toString("latin1")), ...grams(decoded.toString("utf8"))]);
        for (const m of messages) {
          const texts = [m.message, ...(m.suggestions ?? []).map((s) => s.desc)];
          for (const text of texts) {
            for (const g of secrets) {
              if (text.includes(g)) expect(FIXED, `report shows "${g}"`).toContain(g);
            }
          }
        }
      }),
      { numRuns: 600 },
    );
  }, 60_000);
});

describe.each(["docker", "containers"] as const)("valid-auth on placeholders (%s)", (flavor) => {
  // Upper-case words joined by "_", `your_`/`my_` words, `<…>`: what templates write in `auth`.
  const words = fc.array(fc.stringMatching(/^[a-z]{2,8}$/), { minLength: 1, maxLength: 4 });
  const placeholder = fc.oneof(
    fc.tuple(fc.stringMatching(/^[a-z]{2,8}$/), words).map(([w, ws]) => [w, ...ws].join("_").toUpperCase()),
    words.map((ws) => `your_${ws.join("_")}`),
    words.map((ws) => `<${ws.join(" ").toUpperCase()}>`),
  );
  it("reports nothing: not a credential, not broken base64", () => {
    fc.assert(
      fc.property(placeholder, (auth) => {
        expect(isPlaceholderValue(auth)).toBe(true);
        const code = `{"auths":{"${KEY}":{"auth":${JSON.stringify(auth)}}}}`;
        expect(linter.verify(code, configFor(flavor), { filename: "config.json" })).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

// The repairs were regular expressions (`/=+$/` is quadratic on a run of "=" that does not end
// the value); they are loops now. On short random values the loops give what the expressions gave.
const isClean = (v: ReturnType<typeof decodeAuth>): boolean =>
  v.ok && !v.empty && !v.emptyPassword && !Object.values(v.flags).some(Boolean);

function regexRepair(value: string, repair: "standardBase64" | "decodeOnce", flavor: "docker" | "containers"): string | null {
  let result: string | null = null;
  if (repair === "standardBase64") {
    const compact = value.replace(/\s/g, "").replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
    if (compact.length % 4 !== 1 && !/[^A-Za-z0-9+/]/.test(compact)) result = compact.padEnd(Math.ceil(compact.length / 4) * 4, "=");
  } else {
    const decoded = goStdDecode(new TextEncoder().encode(value));
    const text = decoded.ok ? Buffer.from(decoded.bytes).toString("latin1").replace(/\0+$/, "") : "";
    if (/^[A-Za-z0-9+/\r\n]+=*$/.test(text)) result = text.replace(/[\r\n]/g, "");
  }
  return result !== null && result !== value && isClean(decodeAuth(result, flavor)) ? result : null;
}

describe("the repairs' loops agree with the regular expressions they replaced", () => {
  const candidates = fc.oneof(
    value,
    textBytes.map((b) => b64(new TextEncoder().encode(b64(b)))).map((s) => s.replace(/=/g, "")),
    fc.tuple(textBytes.map(b64), fc.constantFrom("\n", "\u00a0", "\u3000", "\ufeff", "\u2028", "=", "==", "\u0000")).map(([s, x]) => `${s}${x}`),
  );
  it.each(["docker", "containers"] as const)("%s", (flavor) => {
    fc.assert(
      fc.property(candidates, (auth) => {
        expect(repairAuth(auth, "standardBase64", flavor)).toBe(regexRepair(auth, "standardBase64", flavor));
        expect(repairAuth(auth, "decodeOnce", flavor)).toBe(regexRepair(auth, "decodeOnce", flavor));
      }),
      { numRuns: 1000 },
    );
  });
});
