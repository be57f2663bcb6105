// Property: on any JSON values in the credential fields (wrong types included), the credential
// rules never crash, --fix keeps every key, and a second --fix changes nothing. Redaction for all
// rules is proven in tests/properties/redaction.test.ts.
import { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goFold } from "../lib/core/fields.js";
import plugin from "../lib/index.js";

const linter = new Linter({ configType: "flat" });
const KEYS = ["https://index.docker.io/v1/", "docker.io", "ghcr.io", "https://reg.example.com:5000/v2/", "quay.io/org", "localhost:5000", ""];
const HELPERS = ["desktop", "docker-credential-desktop", "", " pass", "/usr/bin/docker-credential-ecr-login", "gcloud"];
const FIELDS = ["auth", "password", "identitytoken", "registrytoken", "Auth", "PASSWORD", "IdentityToken"];
const entry = fc.dictionary(fc.constantFrom(...FIELDS), fc.string(), { minKeys: 1, maxKeys: 4 });

describe("credential rules on any input", () => {
  const real: Linter.Config[] = [
    plugin.configs.recommended,
    // The key-renaming rules off: every other fix keeps every key.
    { rules: { "docker-config/canonical-registry-key": "off", "docker-config/no-legacy-registry-key": "off", "docker-config/no-duplicate-registry": "off" } },
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
        // Keys survive up to case: no-unknown-properties renames `IdentityToken` to the field name.
        const keys = (v: unknown): string[] =>
          v !== null && typeof v === "object" ? Object.entries(v).flatMap(([k, x]) => [goFold(k), ...keys(x)]) : [];
        expect(keys(fixed)).toEqual(keys(value));
        expect(linter.verifyAndFix(first.output, real, { filename: "home/.docker/config.json" }).output).toBe(first.output);
      }),
      { numRuns: 300 },
    );
  });
});
