// docker-config-lint reports through lib/cli/checks-engine.ts, not ESLint's Linter (issue 15): the
// same messages as `Linter#verify` with the same config, field for field, on the benchmark's
// corpora, the examples, the Kubernetes fixtures and generated files, under every config the
// command uses. Every rule table's cases are compared the same way, one rule at a time
// (tests/helpers/rule-tester.ts). --fix still runs through Linter.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Linter, type Rule } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpus, SHAPES } from "../bench/corpus.js";
import { checksEngine, prepareChecks } from "../lib/cli/checks-engine.js";
import { type ConfigName, configFor, configNameFor } from "../lib/cli/kinds.js";
import plugin from "../lib/index.js";
import { configArb, formatArb, legacyConfigArb, print, strictFormatArb } from "./helpers/arbitraries.js";
import { fcParams } from "./helpers/lint.js";

// Based at the root, as the command's own Linter (lib/cli/lint.ts): the files are absolute paths.
const linter = new Linter({ cwd: "/", configType: "flat" });
const engine = checksEngine(false, "/");
const ruleFor = (id: string): Rule.RuleModule | undefined => (plugin.rules as Record<string, Rule.RuleModule>)[id.replace(/^docker-config\//, "")];

/**
 * The command's engine on `text` at `filename` gives what Linter#verify gives with the config the
 * command picks for that file (`name`, checked too), certainly-silent shortcuts included.
 */
async function same(text: string, filename: string, name: ConfigName, flavor?: "docker" | "containers"): Promise<void> {
  expect(configNameFor(filename, text), filename).toBe(name);
  const config = configFor(flavor, false, name);
  expect(prepareChecks(config, ruleFor), `${name} can run without Linter`).not.toBeNull();
  const expected = linter.verify(text, [config], { filename, allowInlineConfig: false });
  expect(await engine.lint(text, filename, flavor), filename).toEqual(expected);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("the checks engine gives what Linter#verify gives", () => {
  it("on the benchmark's corpora (clean and one finding per entry) and its growth shapes", async () => {
    for (const file of [...corpus("clean", 1, "c", 20, 40), ...corpus("findings", 2, "f", 20, 40)]) await same(file.text, `/bench/${file.path}`, "recommended-no-files");
    for (const shape of Object.values(SHAPES)) await same(shape(2000), "/bench/shape/config.json", "recommended-no-files");
  });

  it("on the examples, with the config the command gives each file", async () => {
    const root = new URL("../examples/", import.meta.url).pathname;
    const files = filesUnder(root);
    expect(files.length).toBeGreaterThan(5);
    for (const path of files) {
      const text = readFileSync(path, "utf8");
      await same(text, path, configNameFor(path, text));
      await same(text, path, configNameFor(path, text), "containers");
    }
  });

  it("on the Kubernetes fixtures (YAML and JSON manifests, a Helm chart), each under the config the command gives it", async () => {
    const root = new URL("./fixtures/kubernetes/", import.meta.url).pathname;
    for (const path of filesUnder(root)) {
      const text = readFileSync(path, "utf8");
      await same(text, path, configNameFor(path, text));
    }
  });

  it("on registries.conf and buildkitd.toml shapes, under their configs", async () => {
    await same('[registries.search]\nregistries = ["docker.io"]\n\n[[registry]]\nlocation = "https://quay.io"\n', "/etc/containers/registries.conf", "containers");
    await same('unqualified-search-registries = ["docker.io"]\n[[registry.mirror]]\nlocation = "m"\n', "/etc/containers/registries.conf.d/01.conf", "containers");
    await same('[registry."index.docker.io"]\nmirrors = ["http://mirror.local"]\n[registry."docker.io"\n', "/etc/buildkit/buildkitd.toml", "buildkit");
  });

  it("on generated configs in every formatting (comments, trailing commas, BOM, line terminators), strict or not, for both flavors", async () => {
    const files = fc.oneof(
      fc.tuple(configArb, formatArb).map(([v, f]) => print(v, f)),
      fc.tuple(configArb, strictFormatArb).map(([v, f]) => print(v, f)),
      fc.tuple(legacyConfigArb, formatArb).map(([v, f]) => ({ text: print(v, f), legacy: true })),
    );
    await fc.assert(
      fc.asyncProperty(files, fc.constantFrom(undefined, "containers" as const), async (file, flavor) => {
        const [text, filename] = typeof file === "string" ? [file, "/home/u/.docker/config.json"] : [file.text, "/home/u/.dockercfg"];
        await same(text, filename, "recommended-no-files", flavor);
      }),
      fcParams(300),
    );
  });

  it("on text that does not parse: one fatal message, as Linter gives it", async () => {
    await same('{"auths": {"ghcr.io": {"auth": ghp_secret}}}', "/c/config.json", "recommended-no-files");
    await same("\uFEFF{\n  \"auths\": {}\n  \"x\": 1\n}", "/c/config.json", "recommended-no-files");
    await same("kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata: [\n", "/k/secret.yaml", "kubernetes");
    await same('[registry."docker.io"\n', "/etc/buildkit/buildkitd.toml", "buildkit");
  });

  it("on dockerd's daemon.json, which the certainly-silent shortcut for credential files must not skip", async () => {
    for (const text of ['{"graph": "/x"}', '{"registry-mirors": ["https://m.corp"]}', '{"registry-mirrors": ["http://m.corp", "m2.corp"]}', '{"debug": true}', "{}"]) {
      await same(text, "/etc/docker/daemon.json", "recommended-no-files");
    }
  });

  it("on a shebang line and on a second byte order mark, as ESLint's JavaScript language reads them", async () => {
    await same("#!\n{\"auths\": {}}", "/c/config.json", "recommended-no-files");
    await same("#!/usr/bin/env x\n{\"auths\": {\"docker.io\": {}}}", "/c/config.json", "recommended-no-files");
    await same("#!\n[registry.\"index.docker.io\"]\n", "/etc/buildkit/buildkitd.toml", "buildkit");
    await same("\uFEFF\uFEFF{\"auths\": {\"docker.io\": {}}}", "/c/config.json", "recommended-no-files");
  });
});
