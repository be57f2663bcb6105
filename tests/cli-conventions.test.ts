// docker-config-lint as someone who knows `eslint` expects it (issue 16 item 7): exit status and
// --max-warnings as in eslint, globs with braces and character classes, directory scans that
// honour .gitignore, and the README's `npm run lint:examples -- ARGS`.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { clean, HUB, hubAlias, lint, tree } from "./helpers/cli.js";

// What a plain `docker login` writes on Linux with no credential helper installed (docker/cli
// `cli/config/configfile/file.go`, `Save`: tab-indented, the Hub under its canonical key): one
// plaintext warning, no error.
const dockerLogin = `{\n\t"auths": {\n\t\t"${HUB}": {\n\t\t\t"auth": "dXNlcjpwYXNzd29yZA=="\n\t\t}\n\t}\n}`;

const paths = (results: ESLint.LintResult[]): string[] => results.map((r) => r.filePath).sort();

describe("exit status and --max-warnings, as in eslint", () => {
  const cwd = tree({ "login/config.json": dockerLogin, "two/config.json": dockerLogin.replace(`"${HUB}": {`, `"ghcr.io": { "auth": "dXNlcjpwYXNzd29yZA==" }, "${HUB}": {`), "bad/config.json": hubAlias });

  it("exits 0 on a file with warnings only (it exited 1)", async () => {
    const run = await lint(["login/config.json"], { cwd });
    expect(run.stdout).toMatch(/^ {2}3:3 +warning +Plaintext auth for Docker Hub: set a "credsStore" helper/m);
    expect(run.stdout).toContain("✖ 1 problem (0 errors, 1 warning)");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it.each([
    [["--max-warnings", "0"], 1],
    [["--max-warnings=1"], 1],
    [["--max-warnings", "2"], 0],
    [["--max-warnings=-1"], 0],
  ])("two warnings with %j: exit %i", async (option, status) => {
    const run = await lint(["two/config.json", ...option], { cwd });
    expect(run.status).toBe(status);
    expect(run.stderr).toBe(status === 1 ? `docker-config-lint: too many warnings: 2 (maximum: ${option.join("=").split("=")[1]}).\n` : "");
  });

  it("errors exit 1 whatever --max-warnings, and say nothing about warnings", async () => {
    const run = await lint(["bad/config.json", "login/config.json", "--max-warnings", "100"], { cwd });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
  });

  it("--quiet: warning rules do not run, so no warning counts", async () => {
    expect((await lint(["two/config.json", "--quiet", "--max-warnings", "0"], { cwd })).status).toBe(0);
  });

  it("the formatter is told that the maximum was exceeded, as eslint tells it", async () => {
    const run = await lint(["two/config.json", "--max-warnings", "0", "-f", "json-with-metadata"], { cwd });
    expect((JSON.parse(run.stdout) as { results: ESLint.LintResult[] }).results[0]?.warningCount).toBe(2);
    expect(run.status).toBe(1);
  });

  it.each([["x"], ["1.5"], [""]])("--max-warnings %j is bad usage", async (value) => {
    expect(await lint(["--max-warnings", value, "."], { cwd })).toEqual({
      status: 2,
      stdout: "",
      stderr: `docker-config-lint: --max-warnings must be a whole number, not "${value}"\n`,
    });
  });
});

describe("globs: braces, character classes and extglobs (picomatch)", () => {
  const cwd = tree({
    "a/config.json": hubAlias,
    "a/b/auth.json": clean,
    "a/b/.dockercfg": "{}",
    "a/settings.json": "{}",
    "a/node_modules/pkg/config.json": hubAlias,
    "c/config.json": clean,
    "ci/auth.json": clean,
  });

  it.each([
    ["**/{config,auth}.json", ["a/b/auth.json", "a/config.json", "c/config.json", "ci/auth.json"]],
    ["[ac]/config.json", ["a/config.json", "c/config.json"]],
    ["a/**/[!s]*.json", ["a/b/auth.json", "a/config.json"]],
    ["a/**/[^s]*.json", ["a/b/auth.json", "a/config.json"]],
    ["{a,ci}/*.json", ["a/config.json", "a/settings.json", "ci/auth.json"]],
    ["a/b/*", ["a/b/.dockercfg", "a/b/auth.json"]],
    ["c?(i)/*.json", ["c/config.json", "ci/auth.json"]],
  ])("%s", async (pattern, expected) => {
    const run = await lint([pattern, "-f", "json"], { cwd });
    expect(run.stderr).toBe("");
    expect(paths(JSON.parse(run.stdout) as ESLint.LintResult[])).toEqual(expected.map((p) => join(cwd, p)).sort());
  });

  it("an absolute pattern", async () => {
    const run = await lint([join(cwd, "**/{config,auth}.json"), "-f", "json"], { cwd: tree() });
    expect(paths(JSON.parse(run.stdout) as ESLint.LintResult[])).toHaveLength(4);
  });

  it("a pattern that matches nothing: one line, the other arguments still linted, exit 2", async () => {
    const run = await lint(["**/{nothing,none}.json", "a/config.json", "-f", "json"], { cwd });
    expect(run.stderr).toBe('docker-config-lint: no files match the pattern "**/{nothing,none}.json"\n');
    expect(paths(JSON.parse(run.stdout) as ESLint.LintResult[])).toEqual([join(cwd, "a/config.json")]);
    expect(run.status).toBe(2);
  });
});

describe("directory scans and globs honour .gitignore", () => {
  function repository(): string {
    const root = tree({
      ".gitignore": "build/\n*.local.json\n",
      "config.json": clean,
      "build/config.json": hubAlias,
      "deploy/config.json": clean,
      "deploy/auth.local.json": clean,
      "deploy/.gitignore": "secrets/\n!keep.local.json\n",
      "deploy/keep.local.json": clean,
      "deploy/secrets/config.json": hubAlias,
      "other/secrets/config.json": clean,
    });
    mkdirSync(join(root, ".git"));
    return root;
  }

  it("in a directory scan, with git's precedence (a deeper file's `!` re-includes)", async () => {
    const cwd = repository();
    const run = await lint([".", "-f", "json"], { cwd });
    expect(run.stderr).toBe("");
    expect(paths(JSON.parse(run.stdout) as ESLint.LintResult[])).toEqual(
      ["config.json", "deploy/config.json", "other/secrets/config.json"].map((p) => join(cwd, p)),
    );
    expect(run.status).toBe(0);
  });

  it("in a glob, and for a subdirectory: the .gitignore files above it up to the repository root apply", async () => {
    const cwd = repository();
    const glob = await lint(["**/*.json", "-f", "json"], { cwd });
    expect(paths(JSON.parse(glob.stdout) as ESLint.LintResult[])).toEqual(
      ["config.json", "deploy/config.json", "deploy/keep.local.json", "other/secrets/config.json"].map((p) => join(cwd, p)),
    );
    const sub = await lint(["*.json", "-f", "json"], { cwd: join(cwd, "deploy") });
    expect(paths(JSON.parse(sub.stdout) as ESLint.LintResult[])).toEqual([join(cwd, "deploy/config.json"), join(cwd, "deploy/keep.local.json")]);
  });

  it("a named file is linted whatever .gitignore says", async () => {
    const cwd = repository();
    const run = await lint(["build/config.json", "-f", "json"], { cwd });
    expect((JSON.parse(run.stdout) as ESLint.LintResult[]).map((r) => [r.filePath, r.errorCount])).toEqual([[join(cwd, "build/config.json"), 1]]);
  });

  it("a named directory that .gitignore ignores: one line, exit 2", async () => {
    const cwd = repository();
    expect(await lint(["build"], { cwd })).toEqual({
      status: 2,
      stdout: "",
      stderr: "docker-config-lint: build is ignored by a .gitignore file (--no-ignore lints it)\n",
    });
  });

  it("--no-ignore reads no .gitignore file; node_modules and .git stay skipped", async () => {
    const cwd = repository();
    mkdirSync(join(cwd, "node_modules/pkg"), { recursive: true });
    const run = await lint([".", "--no-ignore", "-f", "json"], { cwd });
    expect(paths(JSON.parse(run.stdout) as ESLint.LintResult[])).toEqual(
      ["build/config.json", "config.json", "deploy/config.json", "deploy/secrets/config.json", "other/secrets/config.json"].map((p) => join(cwd, p)),
    );
  });
});

describe("npm run lint:examples", () => {
  it("passes extra arguments on, and exits 0 on the examples' findings", { timeout: 300_000 }, () => {
    const root = new URL("..", import.meta.url).pathname;
    const run = spawnSync("npm", ["run", "--silent", "lint:examples", "--", "--format", "json", "--max-warnings", "0"], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const results = JSON.parse(run.stdout) as ESLint.LintResult[];
    expect(results.some((r) => r.errorCount > 0)).toBe(true);
    expect(run.status).toBe(0);
    const bad = spawnSync("npm", ["run", "--silent", "lint:examples", "--", "--bogus"], { cwd: root, encoding: "utf8" });
    expect(bad.status).toBe(2);
  });
});
