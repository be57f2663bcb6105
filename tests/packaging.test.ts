// The package as users get it: `npm pack`, then a plain `npm install` of the tarball (no
// --legacy-peer-deps, no --force) in fresh projects with eslint 10 + TypeScript 7, eslint 9 +
// TypeScript 5.9 and eslint 10 alone; each lints a sample with `eslint` and with
// docker-config-lint, and type-checks an eslint.config.ts that uses defineConfig. It needs the npm
// registry, so it runs only with PACKAGING=1 (.ci/run sets it).
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const enabled = process.env.PACKAGING === "1";
if (!enabled) console.warn("SKIPPED: the packaging tests need the npm registry; run them with PACKAGING=1.");

const root = new URL("../", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string };
const work = mkdtempSync(join(tmpdir(), "docker-config-pack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
}
const output = (r: SpawnSyncReturns<string>): string => `${r.stdout}${r.stderr}`;

const HUB_ALIAS = '{\n\t"auths": {\n\t\t"docker.io": {\n\t\t\t"auth": "dXNlcjpwYXNz"\n\t\t}\n\t}\n}\n';
const MESSAGE = 'Key "docker.io" is meant for Docker Hub';

let tarball = "";
let packed: string[] = [];

// npm install and tsc take seconds each; the whole file takes about a minute with a warm npm cache.
const SLOW = { timeout: 300_000 };

describe.skipIf(!enabled)("the published package", SLOW, () => {
  beforeAll(() => {
    // `npm test` has just built dist/; the scripts would only build it again.
    const pack = run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], root);
    expect(pack.status, output(pack)).toBe(0);
    const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = join(work, info?.filename ?? "");
    packed = info?.files.map((f) => f.path) ?? [];
  }, SLOW.timeout);

  it("holds the build, its types, the bin and the docs, and no tests, fixtures or sources", () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        "package.json",
        "README.md",
        "CHANGELOG.md",
        "LICENSE",
        "bin/docker-config-lint.js",
        "dist/lib/index.js",
        "dist/lib/index.d.ts",
        "dist/lib/cli.js",
        "docs/rules/canonical-registry-key.md",
      ]),
    );
    for (const file of packed) {
      expect(file, file).toMatch(/^(package\.json|README\.md|CHANGELOG\.md|LICENSE|bin\/[^/]+\.js|dist\/(lib|rules)\/[^/]+\.(js|d\.ts)|docs\/rules\/[^/]+\.md)$/);
    }
    for (const js of packed.filter((f) => f.startsWith("dist/") && f.endsWith(".js"))) {
      expect(packed, `types for ${js}`).toContain(js.replace(/\.js$/, ".d.ts"));
    }
  });

  it("passes npm publish --dry-run with no warning but the login one", () => {
    const publish = run("npm", ["publish", "--dry-run", "--ignore-scripts"], root);
    expect(publish.status, output(publish)).toBe(0);
    const warnings = publish.stderr.split("\n").filter((l) => /^npm (warn|WARN|error|ERR)/.test(l));
    expect(warnings.filter((l) => !l.includes("requires you to be logged in"))).toEqual([]);
    expect(publish.stdout).toContain(`+ ${pkg.name}@${pkg.version}`);
  });

  describe.each([
    { name: "eslint 10 with TypeScript 7", eslint: "10", typescript: "7" },
    { name: "eslint 9 with TypeScript 5.9", eslint: "9", typescript: "5.9" },
    { name: "eslint 10 without TypeScript", eslint: "10", typescript: null },
  ])("installed with $name", ({ eslint, typescript }) => {
    const project = join(work, `project-eslint${eslint}-ts${typescript ?? "none"}`);
    let install: SpawnSyncReturns<string>;

    beforeAll(() => {
      mkdirSync(join(project, ".docker"), { recursive: true });
      writeFileSync(join(project, "package.json"), JSON.stringify({ name: "sample", private: true, type: "module" }));
      writeFileSync(join(project, ".docker/config.json"), HUB_ALIAS);
      writeFileSync(
        join(project, "eslint.config.js"),
        'import docker from "eslint-plugin-docker-config";\n\nexport default [docker.configs.recommended];\n',
      );
      const deps = [tarball, `eslint@${eslint}`, ...(typescript === null ? [] : [`typescript@${typescript}`])];
      install = run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...deps], project);
    }, SLOW.timeout);

    it("installs with plain npm install", () => {
      expect(install.status, output(install)).toBe(0);
      expect(output(install)).not.toMatch(/ERESOLVE|peer dep|conflicting peer/i);
      const installed = (name: string) =>
        (JSON.parse(readFileSync(join(project, "node_modules", name, "package.json"), "utf8")) as { version: string })
          .version;
      expect(installed("eslint").split(".")[0]).toBe(eslint);
      if (typescript === null) expect(existsSync(join(project, "node_modules/typescript"))).toBe(false);
      else expect(installed("typescript")).toMatch(new RegExp(`^${typescript.replace(".", "\\.")}\\.`));
    });

    it("lints the sample with eslint and configs.recommended", () => {
      const lint = run(join(project, "node_modules/.bin/eslint"), [".docker/config.json"], project);
      expect(lint.status, output(lint)).toBe(1);
      expect(lint.stdout).toContain(MESSAGE);
      const fixed = run(join(project, "node_modules/.bin/eslint"), ["--fix-dry-run", "--format", "json", ".docker/config.json"], project);
      expect((JSON.parse(fixed.stdout) as Array<{ output?: string }>)[0]?.output).toContain('"https://index.docker.io/v1/"');
    });

    it("lints the sample with docker-config-lint", () => {
      const lint = run(join(project, "node_modules/.bin/docker-config-lint"), [".docker/config.json"], project);
      expect(lint.status, output(lint)).toBe(1);
      expect(lint.stdout).toContain(MESSAGE);
    });

    // Only where TypeScript is installed: there is nothing to type-check with otherwise.
    if (typescript !== null) it("type-checks defineConfig with configs.recommended", () => {
      writeFileSync(
        join(project, "eslint.config.ts"),
        [
          'import { defineConfig } from "eslint/config";',
          'import docker, { configs } from "eslint-plugin-docker-config";',
          "",
          "export default defineConfig([",
          "  docker.configs.recommended,",
          '  { files: ["deploy/**/*.json"], extends: [configs["recommended-no-files"]] },',
          '  { plugins: { "docker-config": docker }, rules: { "docker-config/canonical-registry-key": "error" } },',
          "]);",
          "",
        ].join("\n"),
      );
      writeFileSync(
        join(project, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            module: "NodeNext",
            moduleResolution: "NodeNext",
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ["eslint.config.ts"],
        }),
      );
      const tsc = run(join(project, "node_modules/.bin/tsc"), ["-p", "."], project);
      expect(tsc.status, output(tsc)).toBe(0);
    });
  });
});
