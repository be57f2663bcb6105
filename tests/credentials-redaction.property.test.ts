// Property: whatever secrets a file holds, no report of the credential rules carries any piece of
// one — not in the message, the data, a suggestion's description, nor (for reports) a fix that
// would print it elsewhere. Also: the rules never crash and every fix output parses.
import { Linter, type Rule } from "eslint";
import fc from "fast-check";
import * as jsoncParser from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import plugin from "../lib/index.js";
import { type RuleName, rules } from "../lib/rules.js";

// The rules, wrapped so that the `data` of every report is seen too (LintMessage drops it).
const reported: unknown[] = [];
const spied: Record<string, Rule.RuleModule> = {};
for (const name of ["no-plaintext-credentials", "valid-credential-helper"] as const) {
  const rule = rules[name] as unknown as Rule.RuleModule;
  spied[name] = {
    ...rule,
    create(context) {
      const spy = Object.create(context, {
        report: {
          value: (descriptor: Rule.ReportDescriptor) => {
            reported.push(descriptor.data, ...(descriptor.suggest ?? []).map((s) => s.data));
            context.report(descriptor);
          },
        },
      }) as Rule.RuleContext;
      return rule.create(spy);
    },
  };
}

const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [
  {
    files: ["**/*.json"],
    languageOptions: { parser: jsoncParser as Linter.Parser },
    plugins: { "docker-config": { rules: spied } },
    rules: {
      "docker-config/no-plaintext-credentials": ["warn", { allowPlaceholders: false }],
      "docker-config/valid-credential-helper": "error",
    },
  },
];

const FIELDS = ["auth", "password", "identitytoken", "registrytoken", "Auth", "PASSWORD", "IdentityToken"];
const KEYS = ["https://index.docker.io/v1/", "docker.io", "ghcr.io", "https://reg.example.com:5000/v2/", "quay.io/org", "localhost:5000", ""];
const HELPERS = ["desktop", "docker-credential-desktop", "", " pass", "/usr/bin/docker-credential-ecr-login", "gcloud"];

/** Secrets long enough to test for fragments, made of letters a message could also contain. */
const secret = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzDHCL0123456789+/=:-_. "), minLength: 8, maxLength: 40 });
const b64 = secret.map((s) => Buffer.from(s).toString("base64"));

const entry = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(secret, b64), { minKeys: 1, maxKeys: 4 });
const file = fc.record(
  {
    auths: fc.dictionary(fc.constantFrom(...KEYS), entry, { minKeys: 1, maxKeys: 4 }),
    credsStore: fc.constantFrom(...HELPERS),
    credHelpers: fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...HELPERS), { maxKeys: 3 }),
  },
  { requiredKeys: ["auths"] },
);

/** Every 4-character piece of the secrets, and of their decoded and encoded forms. */
function fragments(value: unknown): Set<string> {
  const pieces = new Set<string>();
  const add = (s: string): void => {
    for (let i = 0; i + 4 <= s.length; i++) pieces.add(s.slice(i, i + 4));
  };
  for (const auths of Object.values((value as { auths: Record<string, Record<string, string>> }).auths)) {
    for (const v of Object.values(auths)) {
      add(v);
      add(Buffer.from(v, "base64").toString("latin1"));
      add(Buffer.from(v).toString("base64"));
    }
  }
  return pieces;
}

/** Words the messages are made of: a fragment of a secret that happens to be one is not a leak. */
function leaks(text: string, secrets: Set<string>, allowed: string): string[] {
  return [...secrets].filter((f) => text.includes(f) && !allowed.includes(f));
}

describe("credential rules never print a secret", () => {
  it("in messages, data or suggestion descriptions", () => {
    fc.assert(
      fc.property(file, fc.boolean(), (value, pretty) => {
        const code = JSON.stringify(value, null, pretty ? "\t" : undefined);
        reported.length = 0;
        const messages = linter.verify(code, config, { filename: "home/.docker/config.json" });
        const secrets = fragments(value);
        // The keys, helper names and field names legitimately appear; strip them before looking.
        const known = [...KEYS, ...HELPERS, ...FIELDS, ...Object.keys(value.credHelpers ?? {})].join("\n");
        for (const data of reported) {
          for (const v of Object.values(data ?? {})) expect(leaks(String(v), secrets, `${known}\n${LABELS}`)).toEqual([]);
        }
        for (const m of messages) {
          expect(m.fatal).toBeUndefined();
          const printed = [m.message, ...(m.suggestions ?? []).map((s) => s.desc)].join("\n");
          expect(leaks(printed, secrets, `${known}\n${templateText(m)}`)).toEqual([]);
          for (const s of m.suggestions ?? []) {
            // A suggestion removes secrets; it never writes one anywhere.
            expect(leaks(s.fix.text, secrets, "")).toEqual([]);
            const output = code.slice(0, s.fix.range[0]) + s.fix.text + code.slice(s.fix.range[1]);
            expect(() => JSON.parse(output)).not.toThrow();
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Words a placeholder is filled with besides keys, helper and field names. */
const LABELS = ["the Docker CLI", "Docker Hub", "a key with no host", "desktop, osxkeychain, wincred, pass, secretservice", "credsStore", "credHelpers", "ecr-login", "reg.example.com:5000", "The credential helper for"].join("\n");

/** The message template's own words, to tell a coincidence from a leak. */
function templateText(m: Linter.LintMessage): string {
  const name = m.ruleId?.replace("docker-config/", "") as RuleName;
  const messages: Record<string, string> = rules[name].meta.messages;
  return `${Object.values(messages).join("\n")}\n${LABELS}`;
}

describe("credential rules on any input", () => {
  const real: Linter.Config[] = [
    plugin.configs.recommended,
    { rules: { "docker-config/canonical-registry-key": "off", "docker-config/no-duplicate-registry": "off" } },
  ];
  const helperValue = fc.oneof(
    fc.constantFrom(...HELPERS),
    fc.string().map((s) => `docker-credential-${s}`),
    fc.string(),
  );
  const anyFile = fc.record({
    auths: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.oneof(entry, fc.jsonValue()))),
    credsStore: fc.oneof(helperValue, fc.jsonValue()),
    credHelpers: fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(helperValue, fc.jsonValue()))),
  }, { requiredKeys: [] });

  it("never crash; --fix yields JSON with the same keys, and a second --fix changes nothing", () => {
    fc.assert(
      fc.property(anyFile, (value) => {
        const code = JSON.stringify(value, null, 2);
        const first = linter.verifyAndFix(code, real, { filename: "home/.docker/config.json" });
        expect(first.messages.filter((m) => m.fatal)).toEqual([]);
        const fixed: unknown = JSON.parse(first.output);
        const keys = (v: unknown): string[] =>
          v !== null && typeof v === "object" ? Object.entries(v).flatMap(([k, x]) => [k, ...keys(x)]) : [];
        expect(keys(fixed)).toEqual(keys(value));
        expect(linter.verifyAndFix(first.output, real, { filename: "home/.docker/config.json" }).output).toBe(first.output);
      }),
      { numRuns: 300 },
    );
  });
});
