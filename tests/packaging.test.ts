// The package as users get it: `npm pack`, then a plain `npm install` of the tarball (no
// --legacy-peer-deps, no --force) in fresh projects: eslint 10 + TypeScript 7, the lowest eslint the
// peer range allows + TypeScript 5.9, and eslint 10 alone, each linting a sample with the README's
// config (`eslint`) and with docker-config-lint, and type-checking an eslint.config.ts; and one
// project with @eslint/json, typescript-eslint and eslint-plugin-jsonc, where each of the README's
// combinations is linted for real. `npm publish --dry-run` checks the release step of RELEASING.md.
// It needs the npm registry, so it runs only with PACKAGING=1 (.ci/run sets it).
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin from "../lib/index.js";
import { foreignParserMessage } from "../lib/eslint/documents.js";

const enabled = process.env.PACKAGING === "1";
if (!enabled) console.warn("SKIPPED: the packaging tests need the npm registry; run them with PACKAGING=1.");

const root = new URL("../", import.meta.url).pathname;
const read = (path: string): string => readFileSync(join(root, path), "utf8");
const pkg = JSON.parse(read("package.json")) as { name: string; version: string; peerDependencies: { eslint: string } };
const readme = read("README.md");
/** The README's ```js blocks that contain every needle. */
const readmeJs = (...needles: string[]): string[] =>
  [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1] as string).filter((b) => needles.every((n) => b.includes(n)));
/** The lowest ESLint the peer range allows: `^9.22.0 || ^10.0.0` gives 9.22.0. */
const lowestEslint = /\d+\.\d+\.\d+/.exec(pkg.peerDependencies.eslint)?.[0] ?? "";
const work = mkdtempSync(join(tmpdir(), "docker-config-pack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }), 300_000);

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });
}
const output = (r: SpawnSyncReturns<string>): string => `${r.stdout}${r.stderr}`;

const HUB_ALIAS = '{\n\t"auths": {\n\t\t"docker.io": {\n\t\t\t"auth": "dXNlcjpwYXNz"\n\t\t}\n\t}\n}\n';
const MESSAGE = 'Key "docker.io" is never looked up';

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
        "dist/lib/cli/main.js",
        "docs/rules/canonical-registry-key.md",
      ]),
    );
    for (const file of packed) {
      expect(file, file).toMatch(/^(package\.json|README\.md|CHANGELOG\.md|LICENSE|bin\/[^/]+\.js|dist\/(lib|rules)\/([^/]+\/)*[^/]+\.(js|d\.ts)|docs\/rules\/[^/]+\.md)$/);
    }
    for (const js of packed.filter((f) => f.startsWith("dist/") && f.endsWith(".js"))) {
      expect(packed, `types for ${js}`).toContain(js.replace(/\.js$/, ".d.ts"));
    }
  });

  it("passes RELEASING.md's npm publish --dry-run --provenance with no warning but the login one", () => {
    const releasing = read("RELEASING.md");
    expect(releasing).toContain("npm publish --dry-run --provenance");
    expect(releasing).toContain("npm publish --provenance");
    // `prepare` would only build dist/ again (`npm test` has just built it).
    const publish = run("npm", ["publish", "--dry-run", "--provenance", "--ignore-scripts"], root);
    expect(publish.status, output(publish)).toBe(0);
    const warnings = publish.stderr.split("\n").filter((l) => /^npm (warn|WARN|error|ERR)/.test(l));
    expect(warnings.filter((l) => !l.includes("requires you to be logged in"))).toEqual([]);
    expect(publish.stdout).toContain(`+ ${pkg.name}@${pkg.version}`);
  });

  it("has this version's section and links in CHANGELOG.md, as RELEASING.md says", () => {
    const changelog = read("CHANGELOG.md");
    expect(changelog).toMatch(new RegExp(`^## \\[Unreleased\\]$`, "m"));
    expect(changelog).toMatch(new RegExp(`^## \\[${pkg.version.replaceAll(".", "\\.")}\\] - (\\d{4}-\\d{2}-\\d{2}|unreleased)$`, "m"));
    expect(changelog).toContain(`[${pkg.version}]: https://github.com/`);
    expect(changelog).toContain(`compare/v${pkg.version}...HEAD`);
  });

  describe.each([
    { name: "eslint 10 with TypeScript 7", eslint: "10", typescript: "7" },
    { name: `eslint ${lowestEslint} (the lowest of the peer range) with TypeScript 5.9`, eslint: lowestEslint, typescript: "5.9" },
    { name: "eslint 10 without TypeScript", eslint: "10", typescript: null },
  ])("installed with $name", ({ eslint, typescript }) => {
    const project = join(work, `project-eslint${eslint}-ts${typescript ?? "none"}`);
    let install: SpawnSyncReturns<string>;

    beforeAll(() => {
      mkdirSync(join(project, ".docker"), { recursive: true });
      writeFileSync(join(project, "package.json"), JSON.stringify({ name: "sample", private: true, type: "module" }));
      writeFileSync(join(project, ".docker/config.json"), HUB_ALIAS);
      // The README's first config, defineConfig from "eslint/config" included.
      const [usage] = readmeJs('from "eslint/config"', "// ...your other configs first");
      expect(usage).toBeDefined();
      writeFileSync(join(project, "eslint.config.js"), usage ?? "");
      const deps = [tarball, `eslint@${eslint}`, ...(typescript === null ? [] : [`typescript@${typescript}`]), ...(eslint.startsWith("9") ? ["@eslint/json"] : [])];
      install = run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...deps], project);
    }, SLOW.timeout);

    it("installs with plain npm install", () => {
      expect(install.status, output(install)).toBe(0);
      expect(output(install)).not.toMatch(/ERESOLVE|peer dep|conflicting peer/i);
      const installed = (name: string) =>
        (JSON.parse(readFileSync(join(project, "node_modules", name, "package.json"), "utf8")) as { version: string })
          .version;
      expect(installed("eslint")).toMatch(new RegExp(`^${eslint.replaceAll(".", "\\.")}(\\.|$)`));
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

    // ESLint 9 does not read `meta.languages`: the rules themselves stop it, naming the remedy.
    if (eslint.startsWith("9")) it("@eslint/json after the plugin's config: ESLint stops and says to put the plugin's config last", () => {
      writeFileSync(
        join(project, "eslint.json-after.config.js"),
        [
          'import json from "@eslint/json";',
          'import dockerConfig from "eslint-plugin-docker-config";',
          "",
          'export default [dockerConfig.configs.recommended, { files: ["**/*.json"], plugins: { json }, language: "json/json" }];',
          "",
        ].join("\n"),
      );
      const lint = run(join(project, "node_modules/.bin/eslint"), ["-c", "eslint.json-after.config.js", ".docker/config.json"], project);
      expect(lint.status, output(lint)).toBe(2);
      expect(lint.stdout + lint.stderr).toContain(foreignParserMessage(join(project, ".docker/config.json")));
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
          'import docker, { configs, type RulesConfig } from "eslint-plugin-docker-config";',
          "",
          "const rules = {",
          '  "docker-config/canonical-registry-key": "error",',
          '  "docker-config/no-plaintext-credentials": ["warn", { allowRegistries: ["localhost:5000"] }],',
          "} satisfies RulesConfig;",
          "// @ts-expect-error a misspelt config is a type error",
          "void configs.recomended;",
          "",
          "export default defineConfig([",
          "  docker.configs.recommended,",
          '  { files: ["deploy/**/*.json"], extends: [configs["recommended-no-files"]] },',
          '  { plugins: { "docker-config": docker }, rules },',
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

  describe("beside @eslint/json, typescript-eslint and eslint-plugin-jsonc, as the README combines them", () => {
    const project = join(work, "project-ecosystem");
    let install: SpawnSyncReturns<string>;
    // Each construct that a jsonc syntax rule turned off by the configs reports, in a registry file
    // of its own (one parse error must not hide the others).
    const constructs: Record<string, string> = {
      "comma-dangle": '"x": [1, 2,]',
      "no-bigint-literals": '"x": 1n',
      "no-binary-expression": '"x": 1 + 2',
      "no-binary-numeric-literals": '"x": 0b1',
      "no-comments": '"x": 1 /* c */',
      "no-escape-sequence-in-identifier": "\\u0061: 1",
      "no-floating-decimal": '"x": .5',
      "no-hexadecimal-numeric-literals": '"x": 0x1F',
      "no-infinity": '"x": Infinity',
      "no-irregular-whitespace": '"x":\u00a01',
      "no-multi-str": '"x": "a\\\nb"',
      "no-nan": '"x": NaN',
      "no-number-props": "1: 1",
      "no-numeric-separators": '"x": 1_000',
      "no-octal-numeric-literals": '"x": 0o7',
      "no-octal": '"x": 07',
      "no-plus-sign": '"x": +1',
      "no-regexp-literals": '"x": /a/',
      "no-sparse-arrays": '"x": [1,,2]',
      "no-template-literals": '"x": `a`',
      "no-undefined-value": '"x": undefined',
      "no-unicode-codepoint-escapes": '"x": "\\u{41}"',
      "no-useless-escape": '"x": "\\a"',
      "quote-props": "x: 1",
      quotes: `"x": 'a'`,
      "space-unary-ops": '"x": - 1',
      "valid-json-number": '"x": 1.',
    };

    type Message = { ruleId: string | null; line: number; column: number; message: string };
    type Result = { filePath: string; messages: Message[] };
    /** `eslint -f json` with a config file; the exit status and, when it ran, the results. */
    function lint(config: string, ...paths: string[]): { status: number | null; results: Result[]; out: string } {
      writeFileSync(join(project, "eslint.config.js"), config);
      const r = run(join(project, "node_modules/.bin/eslint"), ["-f", "json", ...paths], project);
      return { status: r.status, results: r.status === 2 ? [] : (JSON.parse(r.stdout) as Result[]), out: output(r) };
    }
    const ids = (results: Result[], file: string): Array<string | null> =>
      (results.find((r) => r.filePath.endsWith(file))?.messages ?? []).map((m) => m.ruleId);

    const [jsonConfig] = readmeJs('import json from "@eslint/json"');
    const [tsConfig] = readmeJs('import tseslint from "typescript-eslint"', "tseslint.configs.recommended,");
    const [typedBody] = readmeJs("tseslint.configs.recommendedTypeChecked");
    const [jsoncConfig] = readmeJs('import jsonc from "eslint-plugin-jsonc"');
    // The typed block continues the untyped one: its imports.
    const typedConfig = `${(tsConfig ?? "").split("\n\n")[0]}\n\n${typedBody ?? ""}`;
    /** A README config with its two array entries the other way round. */
    const swapped = (config: string, first: string, second: string): string =>
      config.replace(`  ${first},\n  ${second},\n`, `  ${second},\n  ${first},\n`);

    beforeAll(() => {
      mkdirSync(join(project, ".docker"), { recursive: true });
      mkdirSync(join(project, "data"));
      mkdirSync(join(project, "src"));
      mkdirSync(join(project, "jsonc"));
      mkdirSync(join(project, "constructs"));
      writeFileSync(join(project, "package.json"), JSON.stringify({ name: "sample", private: true, type: "module" }));
      writeFileSync(join(project, ".docker/config.json"), HUB_ALIAS);
      writeFileSync(join(project, "data/settings.json"), '{\n\t"a": 1,\n\t"a": 2\n}\n');
      writeFileSync(join(project, "src/index.ts"), "export const x: any = 1;\nexport function f(): Promise<number> {\n  return Promise.resolve(1);\n}\nf();\n");
      writeFileSync(
        join(project, "tsconfig.json"),
        JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "NodeNext", moduleResolution: "NodeNext" }, include: ["src"] }),
      );
      writeFileSync(
        join(project, "jsonc/config.json"),
        '{\n\t// a comment\n\t"auths": {\n\t\t"ghcr.io": {},\n\t\t"ghcr.io": {},\n\t},\n\t"credsStore": "desktop"\n}\n',
      );
      for (const [rule, member] of Object.entries(constructs)) {
        writeFileSync(join(project, "constructs", `${rule}.json`), `{\n\t"auths": {},\n\t${member}\n}\n`);
      }
      const deps = [tarball, "eslint@10", "@eslint/json", "typescript-eslint", "typescript@5.9", "eslint-plugin-jsonc"];
      install = run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...deps], project);
    }, SLOW.timeout);

    it("installs with plain npm install", () => {
      expect(install.status, output(install)).toBe(0);
      expect(output(install)).not.toMatch(/ERESOLVE|peer dep|conflicting peer/i);
      for (const block of [jsonConfig, tsConfig, typedBody, jsoncConfig]) expect(block).toBeDefined();
    });

    it("@eslint/json: the plugin's reports on config.json, @eslint/json's on other JSON files", () => {
      const { status, results, out } = lint(jsonConfig ?? "", ".docker/config.json", "data/settings.json");
      expect(status, out).toBe(1);
      expect(ids(results, ".docker/config.json")).toEqual(["docker-config/canonical-registry-key", "docker-config/no-plaintext-credentials"]);
      expect(ids(results, "data/settings.json")).toEqual(["json/no-duplicate-keys"]);
    });

    it("@eslint/json in the other order: ESLint stops and names the rules and the language", () => {
      const config = swapped(jsonConfig ?? "", '{ files: ["**/*.json"], plugins: { json }, language: "json/json", extends: ["json/recommended"] }', "dockerConfig.configs.recommended");
      expect(config).not.toBe(jsonConfig);
      const { status, out } = lint(config, ".docker/config.json");
      expect(status).toBe(2);
      expect(out).toContain('The following rules do not support the language "json/json"');
      expect(out).toContain('"docker-config/canonical-registry-key"');
    });

    it("typescript-eslint: the plugin's reports on config.json, typescript-eslint's on TypeScript", () => {
      const { status, results, out } = lint(tsConfig ?? "", ".docker/config.json", "src/index.ts");
      expect(status, out).toBe(1);
      expect(ids(results, ".docker/config.json")).toEqual(["docker-config/canonical-registry-key", "docker-config/no-plaintext-credentials"]);
      expect(ids(results, "src/index.ts")).toEqual(["@typescript-eslint/no-explicit-any"]);
    });

    it("typescript-eslint in the other order: its parser takes config.json, and ESLint stops, saying to put the plugin's config last", () => {
      const config = swapped(tsConfig ?? "", "tseslint.configs.recommended", "dockerConfig.configs.recommended");
      expect(config).not.toBe(tsConfig);
      const { status, out } = lint(config, ".docker/config.json");
      expect(status).toBe(2);
      expect(out).toContain(foreignParserMessage(join(project, ".docker/config.json")));
    });

    it("typed linting with disableTypeChecked on the plugin's files: both report", () => {
      const { status, results, out } = lint(typedConfig, ".docker/config.json", "src/index.ts");
      expect(status, out).toBe(1);
      expect(ids(results, ".docker/config.json")).toEqual(["docker-config/canonical-registry-key", "docker-config/no-plaintext-credentials"]);
      expect(ids(results, "src/index.ts")).toEqual(["@typescript-eslint/no-explicit-any", "@typescript-eslint/no-floating-promises"]);
    });

    it("typed linting without disableTypeChecked stops on config.json, as the README warns", () => {
      const config = typedConfig.replace(/\n {2}\{ files: dockerConfig\.configs\.recommended\.files.*\n/, "\n");
      expect(config).not.toBe(typedConfig);
      const { status, out } = lint(config, ".docker/config.json");
      expect(status).toBe(2);
      expect(out).toContain("You have used a rule which requires type information");
    });

    it("eslint-plugin-jsonc: one report per comment and trailing comma; a repeated key twice, as the README says", () => {
      const { status, results, out } = lint(jsoncConfig ?? "", "jsonc/config.json");
      expect(status, out).toBe(1);
      expect(ids(results, "jsonc/config.json")).toEqual([
        "docker-config/strict-json",
        "docker-config/no-duplicate-registry",
        "jsonc/no-dupe-keys",
        "docker-config/strict-json",
      ]);
    });

    it("eslint-plugin-jsonc in the other order: the plugin's rules run under jsonc's language, beside jsonc's syntax rules", () => {
      const other = swapped(jsoncConfig ?? "", 'jsonc.configs["flat/recommended-with-json"]', "dockerConfig.configs.recommended");
      expect(other).not.toBe(jsoncConfig);
      const { status, results, out } = lint(other, "jsonc/config.json", ".docker/config.json");
      expect(status, out).toBe(1);
      expect(ids(results, "jsonc/config.json")).toEqual([
        "jsonc/no-comments",
        "docker-config/strict-json",
        "docker-config/no-duplicate-registry",
        "jsonc/no-dupe-keys",
        "docker-config/strict-json",
        "jsonc/comma-dangle",
      ]);
      expect(ids(results, ".docker/config.json")).toEqual(["docker-config/canonical-registry-key", "docker-config/no-plaintext-credentials"]);
      const fixed = run(join(project, "node_modules/.bin/eslint"), ["--fix-dry-run", "-f", "json", ".docker/config.json"], project);
      expect((JSON.parse(fixed.stdout) as Array<{ output?: string }>)[0]?.output).toBe(HUB_ALIAS.replace('"docker.io"', '"https://index.docker.io/v1/"'));
    });

    it("every jsonc rule the configs turn off reports a construct that strict-json reports on the same line", () => {
      const turnedOff = Object.keys(plugin.configs.recommended.rules ?? {}).filter((id) => id.startsWith("jsonc/"));
      expect(turnedOff.map((id) => id.slice("jsonc/".length)).sort()).toEqual(Object.keys(constructs).sort());
      const recommendedFor = (files: string) =>
        `import dockerConfig from "eslint-plugin-docker-config";\nimport jsonc from "eslint-plugin-jsonc";\n\nexport default [\n  ...jsonc.configs["flat/recommended-with-json"],\n${files}];\n`;
      const alone = lint(recommendedFor(""), "constructs/");
      const both = lint(recommendedFor('  { ...dockerConfig.configs["recommended-no-files"], files: ["constructs/*.json"] },\n'), "constructs/");
      for (const rule of Object.keys(constructs)) {
        const file = `constructs/${rule}.json`;
        const jsoncLines = (alone.results.find((r) => r.filePath.endsWith(file))?.messages ?? [])
          .filter((m) => turnedOff.includes(m.ruleId ?? ""))
          .map((m) => m.line);
        expect(alone.results.find((r) => r.filePath.endsWith(file))?.messages.map((m) => m.ruleId), file).toContain(`jsonc/${rule}`);
        const messages = both.results.find((r) => r.filePath.endsWith(file))?.messages ?? [];
        expect(messages.filter((m) => turnedOff.includes(m.ruleId ?? "")), basename(file)).toEqual([]);
        // strict-json's report, or a parsing error (jsonc-eslint-parser under ESLint's own
        // languageOptions rejects `07`): the construct is reported once.
        const ours = messages.filter((m) => m.ruleId === "docker-config/strict-json" || m.ruleId === null).map((m) => m.line);
        for (const line of jsoncLines) expect(ours, `${file}:${line}`).toContain(line);
      }
    });
  });
});
