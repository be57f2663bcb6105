// One report per defect (issue 16 item 8), on generated registry files: an `auth` the client
// refuses is valid-auth's alone, and a key beside its canonical twin is no-duplicate-registry's
// alone. Before, both pairs of rules reported each such defect.
import fc from "fast-check";
import { parseForESLint } from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { registryModel } from "../../lib/core/model.js";
import { REFUSAL_MESSAGE_IDS } from "../../rules/valid-auth.js";
import { configArb, formatArb, print } from "../helpers/arbitraries.js";
import { fcParams, lint } from "../helpers/lint.js";

const at = (m: { line: number; column: number }): string => `${m.line}:${m.column}`;

describe("one report per defect", () => {
  it("a refused auth gets valid-auth's report, and no plaintext report names it", () => {
    fc.assert(
      fc.property(configArb, formatArb, fc.constantFrom("config.json", "auth.json"), (value, format, name) => {
        const text = print(value, format);
        const messages = lint(text, `home/x/${name}`);
        const model = registryModel(parseForESLint(text.replace(/^\uFEFF/, ""), {}).ast as never);
        // Where each entry's key and each of its fields' keys start, as ESLint reports them.
        const entryOf = new Map<string, string>();
        for (const entry of model?.auths?.entries ?? []) {
          const own = at({ line: entry.property.key.loc.start.line, column: entry.property.key.loc.start.column + 1 });
          for (const f of entry.fields ?? []) entryOf.set(at({ line: f.property.key.loc.start.line, column: f.property.key.loc.start.column + 1 }), own);
        }
        const refused = new Set(
          messages.filter((m) => m.ruleId === "docker-config/valid-auth" && REFUSAL_MESSAGE_IDS.has(m.messageId ?? "")).map((m) => entryOf.get(at(m))),
        );
        for (const m of messages.filter((x) => x.ruleId === "docker-config/no-plaintext-credentials")) {
          const fields = /^Plaintext (.+?) for /.exec(m.message)?.[1]?.split(", ") ?? [];
          if (refused.has(at(m))) expect(fields, m.message).not.toContain("auth");
        }
      }),
      fcParams(300),
    );
  });

  it("canonical-registry-key, no-legacy-registry-key and no-duplicate-registry never report the same key", () => {
    const keyRules = ["docker-config/canonical-registry-key", "docker-config/no-legacy-registry-key", "docker-config/no-duplicate-registry"];
    fc.assert(
      fc.property(configArb, formatArb, fc.constantFrom("config.json", "auth.json"), (value, format, name) => {
        const messages = lint(print(value, format), `home/x/${name}`);
        const reported = new Map<string, string>();
        for (const m of messages.filter((x) => keyRules.includes(x.ruleId ?? ""))) {
          expect(reported.get(at(m)), m.message).toBeUndefined();
          reported.set(at(m), m.ruleId as string);
        }
      }),
      fcParams(300),
    );
  });
});
