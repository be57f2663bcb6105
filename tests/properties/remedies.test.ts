// The remedy a no-plaintext-credentials report names fits the entry (issue 13): a vendor helper
// only for a registry it serves (ecr-login cannot serve Docker Hub or ghcr.io), and nothing about
// base64 for an entry whose secret is not an `auth`.
import fc from "fast-check";
import { parseForESLint } from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { helperServes } from "../../lib/core/helper-registries.js";
import { registryModel } from "../../lib/core/model.js";
import { type Flavor, judgeKey } from "../../lib/core/registry.js";
import { b64, formatArb, HOSTS, HUB_KEYS, print, secretArb, userArb, type Value } from "../helpers/arbitraries.js";
import { fcParams, lint } from "../helpers/lint.js";

const VENDOR_NAMES = /\b(ecr-login|gcloud|gcr|acr-env|acr)\b/g;
const REGISTRIES = [...HUB_KEYS, ...HOSTS, "gcr.io", "eu.gcr.io", "europe-docker.pkg.dev", "myreg.azurecr.io", "public.ecr.aws", "notgcr.io", "ecr.example.com"];

const str = (value: string): Value => ({ kind: "string", value });
const entryArb = fc
  .record({ auth: fc.tuple(userArb, secretArb).map(([u, p]) => b64(`${u}:${p}`)), password: secretArb, identitytoken: secretArb }, { requiredKeys: [] })
  .filter((r) => Object.keys(r).length > 0)
  .map((r): Value => ({ kind: "object", props: Object.entries(r).map(([key, v]) => ({ key, escapeKey: false, value: str(v), comment: null })) }));
const fileArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...REGISTRIES), entryArb), { minLength: 1, maxLength: 6, selector: ([k]) => k })
  .map((entries): Value => ({
    kind: "object",
    props: [{ key: "auths", escapeKey: false, comment: null, value: { kind: "object", props: entries.map(([key, value]) => ({ key, escapeKey: false, value, comment: null })) } }],
  }));

describe("no-plaintext-credentials remedies", () => {
  it("name a vendor helper only where it serves the registry, and base64 only for an auth", () => {
    fc.assert(
      fc.property(fileArb, formatArb, fc.constantFrom<[string, Flavor]>(["config.json", "docker"], ["auth.json", "containers"]), (value, format, [name, flavor]) => {
        const text = print(value, format);
        const model = registryModel(parseForESLint(text.replace(/^\uFEFF/, ""), {}).ast as never);
        const entries = new Map((model?.auths?.entries ?? []).map((e) => [`${e.property.key.loc.start.line}:${e.property.key.loc.start.column + 1}`, e]));
        const reports = lint(text, `home/x/${name}`).filter((m) => m.ruleId === "docker-config/no-plaintext-credentials");
        expect(reports.length).toBeGreaterThan(0);
        for (const m of reports) {
          const entry = entries.get(`${m.line}:${m.column}`);
          expect(entry).toBeDefined();
          const registry = judgeKey(entry?.key ?? "", flavor).registry;
          for (const [helper] of m.message.matchAll(VENDOR_NAMES)) expect(helperServes(helper, registry), `${m.message} (${registry})`).toBe(true);
          const hasAuth = entry?.fields?.some((f) => f.key === "auth") ?? false;
          if (!hasAuth) expect(m.message).not.toMatch(/base64/);
        }
      }),
      fcParams(200),
    );
  });
});
