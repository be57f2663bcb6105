// No report about a pull Secret prints a secret: for random credentials embedded in every style a
// manifest holds them in, no message, suggestion description or data value of configs.kubernetes
// contains 4 or more characters of a secret, its base64 or its decoded auth. Fix and suggestion
// texts are left out on purpose: a base64 payload's fix is the whole re-encoded payload (see the
// README's Kubernetes section), and they are the file content the user asks for.
import { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kubernetesConfig } from "../../lib/configs-kubernetes.js";
import plugin from "../../lib/index.js";
import { configArb, formatArb, fourGrams, keysOf, leakIn, print, secretsOf } from "../helpers/arbitraries.js";
import { EMBEDDINGS } from "../helpers/embedded-hosts.js";
import { fcParams } from "../helpers/lint.js";

const linter = new Linter({ configType: "flat" });
const config = [kubernetesConfig(plugin)];
const templates = Object.entries(plugin.rules).flatMap(([name, rule]) => [`docker-config/${name}`, ...Object.entries(rule.meta?.messages ?? {}).flat()]);

describe("redaction inside pull Secrets", () => {
  it("no message or suggestion description holds a piece of a secret", () => {
    fc.assert(
      fc.property(configArb, formatArb, fc.constantFrom(...EMBEDDINGS), (value, format, embedding) => {
        const embedded = embedding.embed(print(value, format), false);
        if (embedded === null) return;
        const secrets = secretsOf(value);
        const vocabulary = fourGrams([...templates, ...keysOf(value), "Docker Hub", "the kubelet", ".dockerconfigjson"]);
        const messages = linter.verify(embedded.file, config, { filename: embedded.filename });
        for (const m of messages) {
          for (const text of [m.message, ...(m.suggestions ?? []).map((s) => s.desc)]) {
            expect(leakIn(text, secrets, vocabulary), text).toBeNull();
          }
        }
      }),
      fcParams(200),
    );
  });
});
