// The pre-commit recipes as the README gives them: the pre-commit framework's hook definition, and
// husky + lint-staged run by git in a temporary repository. husky's only job is to point git at
// `.husky/pre-commit` (core.hooksPath); the test does that itself, then commits for real.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url).pathname;
const read = (path: string): string => readFileSync(join(root, path), "utf8");
const pkg = JSON.parse(read("package.json")) as { bin: Record<string, string> };
const readme = read("README.md");

/** The README's fenced blocks of one language that contain `needle`. */
function readmeBlocks(lang: string, needle: string): string[] {
  return [...readme.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))]
    .map((m) => m[1] as string)
    .filter((block) => block.includes(needle));
}

/**
 * Just enough YAML for a list of flat maps (`- key: value`, plain or `[a, b]` values, comments):
 * the shape of .pre-commit-hooks.yaml. Anything else fails the test.
 */
function parseHookList(text: string): Array<Record<string, string | string[]>> {
  const hooks: Array<Record<string, string | string[]>> = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\s+#.*$/, "");
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const m = /^(- |  )([a-z_]+): (.+)$/.exec(line);
    if (m === null) throw new Error(`unexpected line in .pre-commit-hooks.yaml: ${raw}`);
    const [, lead, key, value] = m as unknown as [string, string, string, string];
    if (lead === "- ") hooks.push({});
    const hook = hooks.at(-1);
    if (hook === undefined) throw new Error("a key before the first list item");
    hook[key] = /^\[.*\]$/.test(value) ? value.slice(1, -1).split(",").map((v) => v.trim()) : value;
  }
  return hooks;
}

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parseHookList(read(".pre-commit-hooks.yaml"));

  it("defines the docker-config-lint hook as a node hook running the package's bin", () => {
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: "docker-config-lint", name: "docker-config-lint", language: "node" });
    expect(Object.keys(pkg.bin)).toContain(hook?.entry);
    expect(Object.keys(hook ?? {}).sort()).toEqual(["description", "entry", "files", "id", "language", "name"]);
  });

  it("matches config.json, auth.json and .dockercfg at any depth, and nothing else", () => {
    // pre-commit applies `files` with Python's re.search; this pattern means the same in JS.
    const files = new RegExp(hooks[0]?.files as string);
    for (const path of ["config.json", ".docker/config.json", "a/b/auth.json", ".dockercfg", "home/.dockercfg"]) {
      expect(files.test(path), path).toBe(true);
    }
    for (const path of ["tsconfig.json", "config.json.bak", "myauth.json", "config.jsonc", "dockercfg", "a/config.yaml"]) {
      expect(files.test(path), path).toBe(false);
    }
  });

  it("is the hook the README's pre-commit config uses", () => {
    const [config] = readmeBlocks("yaml", ".pre-commit-config.yaml");
    expect(config).toContain("- id: docker-config-lint");
    expect(config).toMatch(/repo: https:\/\/github\.com\/\S+\/eslint-plugin-docker-config\n/);
  });
});

describe("husky + lint-staged, as the README sets it up", () => {
  const [recipe] = readmeBlocks("json", '"lint-staged"');
  const lintStaged = (JSON.parse(recipe as string) as { "lint-staged": Record<string, string> })["lint-staged"];
  const HUB = "https://index.docker.io/v1/";
  // The credentials live in a helper: only the key is wrong.
  const hubAlias = '{\n\t"auths": {\n\t\t"docker.io": {}\n\t},\n\t"credsStore": "desktop"\n}\n';
  const repos: string[] = [];
  afterAll(() => {
    for (const repo of repos) rmSync(repo, { recursive: true, force: true });
  });

  /** A git repository with the recipe installed: package.json, .husky/pre-commit, node_modules/.bin. */
  function repository(config: Record<string, string>) {
    const repo = mkdtempSync(join(tmpdir(), "docker-config-hook-"));
    repos.push(repo);
    const env = {
      ...process.env,
      HOME: repo,
      GIT_CONFIG_NOSYSTEM: "1",
      PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`,
    };
    const git = (...args: string[]) => spawnSync("git", args, { cwd: repo, env, encoding: "utf8" });
    git("init", "-q", "-b", "main");
    git("config", "user.email", "test@example.com");
    git("config", "user.name", "test");
    writeFileSync(join(repo, "package.json"), JSON.stringify({ name: "app", private: true, "lint-staged": config }, null, 2));
    // What `npm install` would link: the built plugin's bin and lint-staged's.
    mkdirSync(join(repo, "node_modules/.bin"), { recursive: true });
    symlinkSync(join(root, pkg.bin["docker-config-lint"] as string), join(repo, "node_modules/.bin/docker-config-lint"));
    symlinkSync(join(root, "node_modules/lint-staged/bin/lint-staged.js"), join(repo, "node_modules/.bin/lint-staged"));
    writeFileSync(join(repo, ".gitignore"), "node_modules/\n");
    // What `npx husky init` sets up, with the README's hook line.
    mkdirSync(join(repo, ".husky"));
    writeFileSync(join(repo, ".husky/pre-commit"), "npx lint-staged\n");
    chmodSync(join(repo, ".husky/pre-commit"), 0o755);
    git("config", "core.hooksPath", ".husky");
    git("add", ".");
    expect(git("commit", "-q", "--no-verify", "-m", "initial").status).toBe(0);
    return { repo, git };
  }

  it("documents the recipe with --fix, for config.json, auth.json and .dockercfg", () => {
    expect(lintStaged).toEqual({
      "**/{config,auth}.json": "docker-config-lint --fix",
      "**/.dockercfg": "docker-config-lint --fix",
    });
  });

  it("with --fix: the commit goes in with the docker.io key fixed", () => {
    const { repo, git } = repository(lintStaged);
    mkdirSync(join(repo, ".docker"));
    writeFileSync(join(repo, ".docker/config.json"), hubAlias);
    git("add", ".docker/config.json");
    const commit = git("commit", "-q", "-m", "add credentials");
    expect(commit.status, `${commit.stdout}${commit.stderr}`).toBe(0);
    expect(git("show", "HEAD:.docker/config.json").stdout).toBe(hubAlias.replace('"docker.io"', `"${HUB}"`));
  });

  it("with --fix: a problem without a safe fix blocks the commit", () => {
    const { repo, git } = repository(lintStaged);
    const both = `{ "auths": { "docker.io": {}, "${HUB}": {} } }\n`;
    writeFileSync(join(repo, "auth.json"), both.replace(HUB, "index.docker.io"));
    git("add", "auth.json");
    const commit = git("commit", "-q", "-m", "add credentials");
    expect(commit.status).not.toBe(0);
    expect(`${commit.stdout}${commit.stderr}`).toContain("docker-config/no-duplicate-registry");
    expect(git("log", "--format=%s").stdout).toBe("initial\n");
  });

  it("without --fix: the docker.io key blocks the commit", () => {
    const report = Object.fromEntries(Object.entries(lintStaged).map(([glob, cmd]) => [glob, cmd.replace(" --fix", "")]));
    const { repo, git } = repository(report);
    writeFileSync(join(repo, "config.json"), hubAlias);
    git("add", "config.json");
    const commit = git("commit", "-q", "-m", "add credentials");
    expect(commit.status).not.toBe(0);
    expect(`${commit.stdout}${commit.stderr}`).toContain('Key "docker.io" is meant for Docker Hub');
    expect(git("log", "--format=%s").stdout).toBe("initial\n");
    expect(git("show", ":config.json").stdout).toBe(hubAlias); // staged as it was, not rewritten
  });

  it("lets a clean file through", () => {
    const { repo, git } = repository(lintStaged);
    writeFileSync(join(repo, "config.json"), `{ "auths": { "${HUB}": {} }, "credsStore": "desktop" }\n`);
    git("add", "config.json");
    expect(git("commit", "-q", "-m", "clean").status).toBe(0);
  });
});
