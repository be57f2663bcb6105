// The pre-commit recipes as the README gives them: the pre-commit framework itself installing and
// running the hook (the README's two .pre-commit-config.yaml blocks, in a temporary repository), and
// husky + lint-staged run by git in a temporary repository. husky's only job is to point git at
// `.husky/pre-commit` (core.hooksPath); the test does that itself, then commits for real.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanRole } from "../lib/cli/kinds.js";

const root = new URL("../", import.meta.url).pathname;
const read = (path: string): string => readFileSync(join(root, path), "utf8");
const pkg = JSON.parse(read("package.json")) as { name: string; version: string; bin: Record<string, string> };
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

const [remoteConfig, localConfig] = [
  readmeBlocks("yaml", ".pre-commit-config.yaml").find((b) => /repo: https:/.test(b)) ?? "",
  readmeBlocks("yaml", ".pre-commit-config.yaml").find((b) => b.includes("repo: local")) ?? "",
];

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parseHookList(read(".pre-commit-hooks.yaml"));

  it("defines the docker-config-lint hook as a node hook running the package's bin", () => {
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: "docker-config-lint", name: "docker-config-lint", language: "node" });
    expect(Object.keys(pkg.bin)).toContain(hook?.entry);
    expect(Object.keys(hook ?? {}).sort()).toEqual(["description", "entry", "files", "id", "language", "name"]);
  });

  it("matches, at any depth, the files docker-config-lint lints and every YAML file, and nothing else", () => {
    // pre-commit applies `files` with Python's re.search; this pattern means the same in JS.
    const files = new RegExp(hooks[0]?.files as string);
    const matched = [
      "config.json",
      ".docker/config.json",
      "a/b/auth.json",
      ".dockercfg",
      "home/.dockercfg",
      "k8s/.dockerconfigjson",
      "etc/docker/daemon.json",
      "etc/containers/registries.conf",
      "etc/containers/registries.conf.d/50-mirror.conf",
      "buildkitd.toml",
      "k8s/regcred.yaml",
      "chart/values.yml",
    ];
    for (const path of matched) {
      expect(files.test(path), path).toBe(true);
      // What the hook passes, a scan of the directory picks up too (lib/cli/kinds.ts).
      expect(scanRole(`/repo/${path}`), path).not.toBeNull();
    }
    for (const path of ["tsconfig.json", "config.json.bak", "myauth.json", "config.jsonc", "dockercfg", "a/x.conf", "registries.conf.d/x.toml", "buildkitd.toml.bak", "yaml"]) {
      expect(files.test(path), path).toBe(false);
    }
  });

  it("is the hook the README's pre-commit config uses", () => {
    expect(remoteConfig).toContain("- id: docker-config-lint");
    expect(remoteConfig).toMatch(/repo: https:\/\/github\.com\/\S+\/eslint-plugin-docker-config\n/);
    expect(remoteConfig).toMatch(/\n {4}rev: v\d+\.\d+\.\d+\n/);
  });

  it("is what the README's local hook spells out, installing this version of the package", () => {
    const local = /- id: docker-config-lint\n([\s\S]*)$/.exec(localConfig)?.[1] ?? "";
    const field = (key: string) => new RegExp(`^ +${key}: (.+?)(\\s+#.*)?$`, "m").exec(local)?.[1];
    const [hook] = hooks;
    for (const key of ["name", "entry", "language", "files"]) expect(field(key), key).toBe(hook?.[key]);
    expect(field("additional_dependencies")).toBe(`[${pkg.name}@${pkg.version}]`);
  });
});

// The real framework: Debian's pre-commit on PATH, and any other build named in
// PRE_COMMIT_EXTRA_BINS (colon-separated executables; .ci/run puts the newest Debian release
// there). Installing the hook needs the npm registry (or a warm npm cache), hence PACKAGING=1.
const packaging = process.env.PACKAGING === "1";
const candidates = ["pre-commit", ...(process.env.PRE_COMMIT_EXTRA_BINS ?? "").split(":").filter((b) => b !== "")];
const frameworks: Array<{ bin: string; version: string }> = [];
for (const bin of packaging ? candidates : []) {
  const probe = spawnSync(bin, ["--version"], { encoding: "utf8" });
  const version = /pre-commit (\S+)/.exec(probe.stdout ?? "")?.[1];
  if (probe.status === 0 && version !== undefined && !frameworks.some((f) => f.version === version)) frameworks.push({ bin, version });
}
if (!packaging) console.warn("SKIPPED: the pre-commit framework tests install from the npm registry; run them with PACKAGING=1.");
else if (frameworks.length === 0) console.warn("SKIPPED: pre-commit is not installed (apt-get install -y pre-commit).");
else console.warn(`pre-commit framework tests with ${frameworks.map((f) => f.version).join(", ")}`);

describe.skipIf(frameworks.length === 0)("the pre-commit framework", () => {
  const HUB = "https://index.docker.io/v1/";
  const broken = '{\n\t"auths": {\n\t\t"docker.io": {}\n\t},\n\t"credsStore": "desktop"\n}\n';
  const fixed = broken.replace('"docker.io"', `"${HUB}"`);
  const MESSAGE = 'Key "docker.io" is never looked up';
  let work = "";
  afterAll(() => {
    if (work !== "") rmSync(work, { recursive: true, force: true });
  }, 300_000);
  // Installing the hook builds it: minutes on a loaded machine, the first time for each version.
  const SLOW = { timeout: 900_000 };
  let sha = "";
  let tarball = "";

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "docker-config-pre-commit-"));
    // pre-commit clones the committed HEAD of this repository (as it would a clone's), not the
    // work tree: commit first to test a change to the hook's install.
    const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" });
    expect(head.status, head.stderr).toBe(0);
    sha = head.stdout.trim();
    // The local hook's package, from the work tree (`npm test` has just built dist/).
    const pack = spawnSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root, encoding: "utf8" });
    expect(pack.status, pack.stderr).toBe(0);
    tarball = join(work, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0]?.filename ?? "");
  }, SLOW.timeout);

  describe.each(frameworks)("pre-commit $version", ({ bin, version }) => {
    // One store per version (its database and environments are the version's own), and one for
    // the local hook alone.
    const env = (store: string) => ({
      ...process.env,
      PRE_COMMIT_HOME: join(work, `store-${version}${store}`),
      PRE_COMMIT_COLOR: "never",
      GIT_CONFIG_NOSYSTEM: "1",
      PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`,
      npm_config_prefer_offline: "true",
      npm_config_update_notifier: "false",
      npm_config_audit: "false",
      npm_config_fund: "false",
    });

    /** A git repository with a `.pre-commit-config.yaml` and a `.docker/config.json`, staged. */
    function repository(name: string, config: string, store = "") {
      const repo = join(work, `${version}-${name}`);
      mkdirSync(join(repo, ".docker"), { recursive: true });
      const git = (...args: string[]) => spawnSync("git", args, { cwd: repo, env: env(store), encoding: "utf8" });
      expect(git("init", "-q").status).toBe(0);
      writeFileSync(join(repo, ".pre-commit-config.yaml"), config);
      const write = (text: string) => {
        writeFileSync(join(repo, ".docker/config.json"), text);
        expect(git("add", ".").status).toBe(0);
      };
      write(broken);
      const run = (): SpawnSyncReturns<string> =>
        spawnSync(bin, ["run", "--all-files"], { cwd: repo, env: env(store), encoding: "utf8" });
      return { repo, write, run };
    }
    const out = (r: SpawnSyncReturns<string>) => `${r.stdout}${r.stderr}`;

    /** The README's remote hook, pointed at this repository's HEAD as a local clone would be. */
    const remote = (fix: boolean) =>
      remoteConfig
        .replace(/repo: https:\S+/, `repo: ${root.replace(/\/$/, "")}`)
        .replace(/rev: \S+/, `rev: ${sha}`)
        .replace("# args: [--fix]", fix ? "args: [--fix]" : "# args: [--fix]");

    it("installs the README's hook from the repository; it fails on the docker.io key, then passes once fixed", () => {
      const { write, run } = repository("remote", remote(false));
      const failed = run();
      expect(failed.status, out(failed)).toBe(1);
      expect(failed.stdout).toMatch(/^docker-config-lint\.+Failed$/m);
      expect(failed.stdout).toContain(MESSAGE);
      expect(failed.stdout).toContain("docker-config/canonical-registry-key");
      write(fixed);
      const passed = run();
      expect(passed.status, out(passed)).toBe(0);
      expect(passed.stdout).toMatch(/^docker-config-lint\.+Passed$/m);
    }, SLOW.timeout);

    it("with args: [--fix], rewrites the key and stops the commit, then passes", () => {
      const { repo, write, run } = repository("remote-fix", remote(true));
      const first = run();
      expect(first.status, out(first)).toBe(1);
      expect(first.stdout).toContain("files were modified by this hook");
      expect(readFileSync(join(repo, ".docker/config.json"), "utf8")).toBe(fixed);
      write(fixed);
      const second = run();
      expect(second.status, out(second)).toBe(0);
    }, SLOW.timeout);

    it("installs the README's local hook from a packed tarball, without the development dependencies", () => {
      const config = localConfig.replace(`${pkg.name}@${pkg.version}]`, `${tarball}]`);
      expect(config).toContain(tarball);
      const { write, run } = repository("local", config, "-local");
      const failed = run();
      expect(failed.status, out(failed)).toBe(1);
      expect(failed.stdout).toContain(MESSAGE);
      write(fixed);
      const passed = run();
      expect(passed.status, out(passed)).toBe(0);
      // The hook's environment (its store holds this hook only): the package and what it needs
      // at run time, eslint among them (a global install keeps them in the package's own
      // node_modules), and none of the development dependencies.
      const store = join(work, `store-${version}-local`);
      const found = spawnSync("find", [store, "-type", "d", "-name", "node_modules"], { encoding: "utf8" });
      const installed = found.stdout.split("\n").filter((d) => d !== "").flatMap((d) => readdirSync(d));
      expect(installed).toEqual(expect.arrayContaining([pkg.name, "eslint", "jsonc-eslint-parser"]));
      for (const dev of ["typescript", "vitest", "typescript-eslint"]) expect(installed).not.toContain(dev);
    }, SLOW.timeout);
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
    expect(`${commit.stdout}${commit.stderr}`).toContain('Key "docker.io" is never looked up');
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
