// Issue 3's promise, through ESLint's own entry points: `eslint` with configs.recommended reports
// the docker.io key and `--fix` repairs it; an editor's save-time fix (ESLint#lintText with
// `fix: true` and a filePath) gives the same output; and beside typescript-eslint, in the order the
// README gives.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint, type Linter } from "eslint";
import tseslint from "typescript-eslint";
import { afterAll, describe, expect, it } from "vitest";
import plugin from "../lib/index.js";
import { foreignParserMessage } from "../lib/eslint/documents.js";

const HUB = "https://index.docker.io/v1/";
const before = '{\n\t"auths": {\n\t\t"docker.io": {\n\t\t\t"auth": "dXNlcjpwYXNz"\n\t\t}\n\t}\n}\n';
const after = before.replace('"docker.io"', `"${HUB}"`);

describe("ESLint#lintText, as editors call it", () => {
  const eslint = (fix: boolean): ESLint =>
    new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs.recommended], fix, cwd: tmpdir() });

  it("reports the docker.io key in a config.json", async () => {
    const [result] = await eslint(false).lintText(before, { filePath: join(tmpdir(), "home/.docker/config.json") });
    expect(result?.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ["docker-config/canonical-registry-key", 3, 3],
      ["docker-config/no-plaintext-credentials", 3, 3],
    ]);
  });

  it("fixes it on save with fix: true", async () => {
    const [result] = await eslint(true).lintText(before, { filePath: join(tmpdir(), "home/.docker/config.json") });
    expect(result?.output).toBe(after);
    // What a fix cannot do stays reported: the password belongs in a credential helper.
    expect(result?.messages.map((m) => m.ruleId)).toEqual(["docker-config/no-plaintext-credentials"]);
  });

  it("leaves files outside the recommended globs alone", async () => {
    const [result] = await eslint(false).lintText(before, { filePath: join(tmpdir(), "settings.json") });
    expect(result?.messages.map((m) => m.message)).toEqual([
      expect.stringContaining("File ignored because no matching configuration"),
    ]);
  });
});

describe("after typescript-eslint's recommended config, which applies to every file", () => {
  // The registry-installed combinations, @eslint/json and eslint-plugin-jsonc included, are in
  // tests/packaging.test.ts; typescript-eslint is a development dependency, so this runs always.
  const lint = async (configs: Linter.Config[]) => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: configs, cwd: tmpdir() });
    const [result] = await eslint.lintText(before, { filePath: join(tmpdir(), "home/.docker/config.json") });
    return result?.messages.map((m) => [m.ruleId, m.line, m.column]);
  };

  it("configs.recommended placed after it still parses config.json and reports", async () => {
    expect(await lint([...(tseslint.configs.recommended as Linter.Config[]), plugin.configs.recommended])).toEqual([
      ["docker-config/canonical-registry-key", 3, 3],
      ["docker-config/no-plaintext-credentials", 3, 3],
    ]);
  });

  it("placed before it, the TypeScript parser takes the file: ESLint stops, and the error says to put the plugin's config last", async () => {
    await expect(lint([plugin.configs.recommended, ...(tseslint.configs.recommended as Linter.Config[])])).rejects.toThrow(
      `Error while loading rule 'docker-config/canonical-registry-key': ${foreignParserMessage(join(tmpdir(), "home/.docker/config.json"))}`,
    );
  });

  it("a file of another name that the TypeScript parser takes stays silent (the plugin's rules are not its to judge)", async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [{ ...plugin.configs["recommended-no-files"], files: ["**/*.ts"] }, ...(tseslint.configs.recommended as Linter.Config[])], cwd: tmpdir() });
    const [result] = await eslint.lintText("export const auths = {};\n", { filePath: join(tmpdir(), "src/auths.ts") });
    expect(result?.messages).toEqual([]);
  });
});

describe("the eslint command with configs.recommended", () => {
  // A project that installs the plugin by path, as a user's would by name.
  const root = mkdtempSync(join(tmpdir(), "docker-config-eslint-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, ".docker"));
  const file = join(root, ".docker", "config.json");
  // The built plugin (`npm test` builds first), as a user's project imports it.
  const dist = new URL("../dist/lib/index.js", import.meta.url).href;
  writeFileSync(
    join(root, "eslint.config.js"),
    `import docker from ${JSON.stringify(dist)};\nexport default [docker.configs.recommended];\n`,
  );
  const eslintBin = new URL("../node_modules/eslint/bin/eslint.js", import.meta.url).pathname;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [eslintBin, ...args, ".docker/config.json"], { cwd: root, encoding: "utf8" });

  it("reports, then --fix repairs the file", () => {
    writeFileSync(file, before);
    const report = run();
    expect(report.status, report.stderr).toBe(1);
    expect(report.stdout).toContain('Key "docker.io" is never looked up');
    expect(report.stdout).toContain("docker-config/canonical-registry-key");
    const fixed = run("--fix");
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(after);
  });
});
