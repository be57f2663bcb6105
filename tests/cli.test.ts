// docker-config-lint: which files it finds, its options and exit codes, --fix on a live
// credentials file, and that nothing it prints holds a secret. Most cases call main() in-process;
// a few spawn the built binary (`npm test` builds first) as a user or a hook runs it.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ESLint, Linter } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import { loadFormatter } from "../lib/cli/format.js";
import { configFor } from "../lib/cli/kinds.js";
import { prepareConfig } from "../lib/cli/lint.js";
import { main } from "../lib/cli/main.js";
import { toResult } from "../lib/cli/results.js";
import { builtinStylish } from "../lib/cli/stylish.js";
import plugin from "../lib/index.js";
import { version } from "../lib/meta.js";
import { rules } from "../lib/rules.js";

const HUB = "https://index.docker.io/v1/";
// Credentials live in a helper (no plaintext, no empty-entry warning): only the key is wrong.
const hubAlias = '{\n\t"auths": {\n\t\t"docker.io": {}\n\t},\n\t"credsStore": "desktop"\n}\n';
const hubFixed = hubAlias.replace('"docker.io"', `"${HUB}"`);
const clean = `{\n\t"auths": {\n\t\t"${HUB}": {},\n\t\t"ghcr.io": {}\n\t},\n\t"credsStore": "desktop"\n}\n`;
const examples = new URL("../examples/", import.meta.url).pathname;

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A fresh directory with the given files (relative path → text). */
function tree(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "docker-config-cli-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function lint(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, {
    cwd: opts.cwd ?? tree(),
    // A home with nothing in it unless the test says otherwise.
    env: opts.env ?? { HOME: tree() },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { status, stdout, stderr };
}

async function lintJson(args: string[], opts: Parameters<typeof lint>[1] = {}): Promise<ESLint.LintResult[]> {
  const run = await lint([...args, "--format", "json"], opts);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as ESLint.LintResult[];
}

const ruleIds = (results: ESLint.LintResult[]): Array<[string, Array<string | null>]> =>
  results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId)]);

describe("with no arguments: the user's own files", () => {
  it("lints ~/.docker/config.json", async () => {
    const home = tree({ ".docker/config.json": hubAlias });
    const results = await lintJson([], { env: { HOME: home } });
    expect(ruleIds(results)).toEqual([[join(home, ".docker/config.json"), ["docker-config/canonical-registry-key"]]]);
  });

  it("lints $DOCKER_CONFIG/config.json instead of ~/.docker/config.json", async () => {
    const home = tree({ ".docker/config.json": hubAlias, "ci-docker/config.json": clean });
    const results = await lintJson([], { env: { HOME: home, DOCKER_CONFIG: join(home, "ci-docker") } });
    expect(ruleIds(results)).toEqual([[join(home, "ci-docker/config.json"), []]]);
  });

  it("adds the containers auth files that exist, $REGISTRY_AUTH_FILE read as containers' whatever its name", async () => {
    const home = tree({
      "run/containers/auth.json": `{ "auths": { "${HUB}": {} } }`,
      "xdg/containers/auth.json": '{ "auths": { "docker.io": {} } }',
      "elsewhere/podman-creds.json": '{ "auths": { "docker.io": {} } }',
      ".dockercfg": '{ "docker.io": { "auth": "dXNlcjpwYXNz" } }',
    });
    const env = {
      HOME: home,
      XDG_RUNTIME_DIR: join(home, "run"),
      XDG_CONFIG_HOME: join(home, "xdg"),
      REGISTRY_AUTH_FILE: join(home, "elsewhere/podman-creds.json"),
    };
    const results = await lintJson([], { env });
    expect(ruleIds(results)).toEqual([
      [
        join(home, ".dockercfg"),
        [
          "docker-config/canonical-registry-key",
          "docker-config/no-deprecated-properties",
          "docker-config/no-plaintext-credentials",
        ],
      ],
      // `docker.io` is the containers key: clean, although the file is not named auth.json.
      [join(home, "elsewhere/podman-creds.json"), []],
      [join(home, "run/containers/auth.json"), ["docker-config/no-legacy-registry-key"]],
      [join(home, "xdg/containers/auth.json"), []],
    ]);
  });

  it("falls back to ~/.config/containers/auth.json", async () => {
    const home = tree({ ".config/containers/auth.json": clean });
    const results = await lintJson([], { env: { HOME: home, XDG_CONFIG_HOME: "" } });
    expect(results.map((r) => r.filePath)).toEqual([join(home, ".config/containers/auth.json")]);
  });

  it("says so, and exits 0, when none of them exists", async () => {
    const run = await lint([]);
    expect(run).toEqual({
      status: 0,
      stdout: "",
      stderr: "docker-config-lint: none of your Docker or containers credential files exists; nothing to lint.\n",
    });
  });
});

describe("paths, directories and globs", () => {
  const cwd = tree({
    "a/config.json": hubAlias,
    "a/b/auth.json": clean,
    "a/b/.dockercfg": "{}",
    "a/settings.json": "{}",
    "a/node_modules/pkg/config.json": hubAlias,
    "a/.git/config.json": hubAlias,
    "deploy/kaniko.json": hubAlias,
    "deploy/notes.txt": "hello",
  });

  it("searches a directory for config.json, auth.json and .dockercfg, skipping node_modules and .git", async () => {
    const results = await lintJson(["a"], { cwd });
    expect(results.map((r) => r.filePath).sort()).toEqual(
      ["a/b/.dockercfg", "a/b/auth.json", "a/config.json"].map((p) => join(cwd, p)).sort(),
    );
  });

  it("lints a named file whatever its name, and each file once", async () => {
    const results = await lintJson(["deploy/kaniko.json", "a/config.json", "./deploy/kaniko.json"], { cwd });
    expect(ruleIds(results).sort()).toEqual([
      [join(cwd, "a/config.json"), ["docker-config/canonical-registry-key"]],
      [join(cwd, "deploy/kaniko.json"), ["docker-config/canonical-registry-key"]],
    ]);
  });

  it("expands *, ** and ? itself, for quoted patterns", async () => {
    const all = await lintJson(["**/*.json"], { cwd });
    expect(all.map((r) => r.filePath).sort()).toEqual(
      ["a/b/auth.json", "a/config.json", "a/settings.json", "deploy/kaniko.json"].map((p) => join(cwd, p)).sort(),
    );
    const some = await lintJson(["a/*/?uth.json", "deploy/*"], { cwd });
    expect(some.map((r) => r.filePath).sort()).toEqual(
      ["a/b/auth.json", "deploy/kaniko.json", "deploy/notes.txt"].map((p) => join(cwd, p)).sort(),
    );
  });

  it("works on files outside the current directory", async () => {
    const results = await lintJson([join(cwd, "a/config.json")], { cwd: tree() });
    expect(ruleIds(results)).toEqual([[join(cwd, "a/config.json"), ["docker-config/canonical-registry-key"]]]);
  });

  it("is silent on a file that is not a registry file, and reports a malformed one as eslint does", async () => {
    const dir = tree({ "app/config.json": '{ "registry": "docker.io" }', "broken/config.json": '{ "name": ' });
    const results = await lintJson(["app/config.json", "broken/config.json"], { cwd: dir });
    expect(results[0]?.messages).toEqual([]);
    expect(results[1]).toMatchObject({ errorCount: 1, fatalErrorCount: 1 });
    expect(results[1]?.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2, line: 1 });
    const run = await lint(["broken/config.json"], { cwd: dir });
    expect(run.status).toBe(1);
  });
});

describe("options and exit codes", () => {
  it("exits 0 on clean files, 1 on problems", async () => {
    const cwd = tree({ "clean/config.json": clean, "bad/config.json": hubAlias });
    expect((await lint(["clean"], { cwd })).status).toBe(0);
    const bad = await lint(["bad"], { cwd });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(join(cwd, "bad/config.json"));
    expect(bad.stdout).toContain('3:3  error  Key "docker.io" is never looked up');
    expect(bad.stdout).toContain("docker-config/canonical-registry-key");
    expect(bad.stdout).toContain("1 error and 0 warnings potentially fixable with the `--fix` option.");
  });

  it("exits 0 on a file whose keys docker finds, in legacy forms: warnings only (issue 13)", async () => {
    const cwd = tree({
      "config.json": '{\n  "auths": {\n    "https://registry.gitlab.com": {},\n    "https://host.example:8443": {},\n    "https://other.example/v2/": {}\n  },\n  "credsStore": "desktop"\n}\n',
    });
    const run = await lint(["config.json"], { cwd });
    expect(run).toEqual({
      status: 0,
      stderr: "",
      stdout: [
        "",
        join(cwd, "config.json"),
        '  3:5  warning  Key "https://registry.gitlab.com" is a legacy form: write "registry.gitlab.com"  docker-config/no-legacy-registry-key',
        '  4:5  warning  Key "https://host.example:8443" is a legacy form: write "host.example:8443"      docker-config/no-legacy-registry-key',
        '  5:5  warning  Key "https://other.example/v2/" is a legacy form: write "other.example"          docker-config/no-legacy-registry-key',
        "",
        "✖ 3 problems (0 errors, 3 warnings)",
        "  0 errors and 3 warnings potentially fixable with the `--fix` option.",
        "",
      ].join("\n"),
    });
    expect((await lint(["config.json", "--max-warnings", "2"], { cwd })).status).toBe(1);
  });

  it.each([
    [["--bogus"], "docker-config-lint: Unknown option '--bogus' (see --help)"],
    [["--flavor", "kubernetes"], 'docker-config-lint: --flavor must be one of docker, containers, not "kubernetes"'],
    [["--format", "no-such-formatter", "."], 'docker-config-lint: cannot load the formatter "no-such-formatter"'],
    [["missing.json"], "docker-config-lint: cannot read missing.json: no such file or directory"],
    [["nowhere/**/*.json"], 'docker-config-lint: no files match the pattern "nowhere/**/*.json"'],
  ])("exits 2 with one line for %j", async (args, line) => {
    expect(await lint(args)).toEqual({ status: 2, stdout: "", stderr: `${line}\n` });
  });

  it("exits 2 on a named file it cannot read", async () => {
    // A socket: unreadable for root too, unlike a chmod 000 file.
    const dir = tree();
    const server: Server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, "config.json"), done));
    try {
      const run = await lint(["config.json"], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^docker-config-lint: cannot read \S+config\.json: \S+\n$/);
    } finally {
      server.close();
    }
  });

  it("prints help and the version", async () => {
    const help = await lint(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: docker-config-lint \[options\]/);
    for (const option of ["--fix", "--format", "--flavor", "--quiet", "--help", "--version"]) {
      expect(help.stdout).toContain(option);
    }
    expect(await lint(["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
    expect(await lint(["-v"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--flavor decides which key is canonical", async () => {
    // `{}` is a helper's marker to Podman; to docker, with no helper, an empty entry.
    const cwd = tree({ "config.json": '{ "auths": { "docker.io": {} } }' });
    expect((await lint(["config.json"], { cwd })).status).toBe(1);
    expect((await lint(["config.json", "--flavor", "containers"], { cwd })).status).toBe(0);
    expect((await lint(["config.json", "--flavor=docker"], { cwd })).status).toBe(1);
  });

  it("--flavor is set on every recommended rule that has the option, and only there", () => {
    const config = configFor("containers", false);
    const withFlavor = Object.entries(rules).filter(([, rule]) => {
      const [first] = rule.meta.schema as unknown as Array<{ properties?: object } | undefined>;
      return first?.properties !== undefined && "flavor" in first.properties;
    });
    expect(withFlavor.length).toBeGreaterThan(0);
    for (const [id, setting] of Object.entries(config.rules ?? {})) {
      const hasOption = withFlavor.some(([name]) => `docker-config/${name}` === id);
      const severity = plugin.configs["recommended-no-files"].rules?.[id];
      expect(setting).toEqual(hasOption ? [severity, { flavor: "containers" }] : severity);
    }
    expect(Object.keys(config.rules ?? {})).toEqual(Object.keys(plugin.configs["recommended-no-files"].rules ?? {}));
  });

  it("--quiet runs only the rules that report errors", () => {
    const all = plugin.configs["recommended-no-files"].rules ?? {};
    // "off": the other JSON plugins' rules that the config turns off (lib/index.ts); they do not run.
    const errorsOnly = Object.fromEntries(Object.entries(all).filter(([, s]) => s === "error" || s === "off"));
    expect(configFor(undefined, true).rules).toEqual(errorsOnly);
    expect(configFor(undefined, false).rules).toEqual(all);
  });

  it("--format takes any ESLint formatter", async () => {
    const cwd = tree({ "config.json": hubAlias });
    const meta = await lint(["config.json", "--format", "json-with-metadata"], { cwd });
    const parsed = JSON.parse(meta.stdout) as { results: ESLint.LintResult[]; metadata: { rulesMeta: object } };
    expect(parsed.results[0]?.messages[0]?.ruleId).toBe("docker-config/canonical-registry-key");
    expect(parsed.metadata.rulesMeta).toHaveProperty("docker-config/canonical-registry-key.docs.url");
    const html = await lint(["config.json", "-f", "html"], { cwd });
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
  });
});

describe("the same findings as eslint with configs.recommended", () => {
  it("on the shipped examples", async () => {
    const eslint = new ESLint({
      cwd: examples,
      overrideConfigFile: true,
      overrideConfig: [plugin.configs.recommended],
      errorOnUnmatchedPattern: false,
    });
    const strip = (results: ESLint.LintResult[]) =>
      results
        .map((r) => ({
          filePath: r.filePath,
          messages: r.messages.map(({ ruleId, message, line, column, endLine, endColumn, severity }) => ({
            ruleId,
            message,
            line,
            column,
            endLine,
            endColumn,
            severity,
          })),
        }))
        .sort((a, b) => a.filePath.localeCompare(b.filePath));
    const expected = strip(await eslint.lintFiles(["**/config.json", "**/auth.json", "**/.dockercfg"]));
    expect(expected.some((r) => r.messages.length > 0)).toBe(true);
    expect(strip(await lintJson([examples]))).toEqual(expected);
  });

  it("the config resolved once gives what Linter gives with the plain config", async () => {
    const linter = new Linter({ cwd: "/" });
    const samples = [hubAlias, clean, '{ "auths": { "docker.io": {}, "https://index.docker.io/v1/": {} } }', "{ // c\n}"];
    for (const flavor of [undefined, "containers"] as const) {
      const config = configFor(flavor, false);
      const prepared = await prepareConfig(config, tmpdir());
      expect(prepared).not.toBe(config); // the fast path is taken with this ESLint
      for (const text of samples) {
        for (const filename of ["/h/.docker/config.json", "/r/containers/auth.json"]) {
          expect(linter.verify(text, prepared, { filename })).toEqual(linter.verify(text, config, { filename }));
        }
      }
    }
  });
});

describe("the default formatter, loaded without ESLint", () => {
  it("prints what ESLint's own stylish prints, with errors, warnings, a parse error and --max-warnings", async () => {
    const linter = new Linter({ cwd: "/", configType: "flat" });
    const config = [configFor(undefined, false)];
    const files: Array<[string, string]> = [
      ["/a/.docker/config.json", '{\n  "auths": { "docker.io": { "auth": "dTpw" }, "ghcr.io": { "auth": "%%%" } }\n}\n'],
      ["/b/config.json", '{ "auths": { "ghcr.io": {} }, }'],
      ["/c/config.json", '{"auths": {"x": ghp_token}}'],
      ["/d/config.json", '{"auths": {}}'],
    ];
    const results = files.map(([path, text]) => toResult(path, linter.verify(text, config, { filename: path, allowInlineConfig: false })));
    expect(results.map((r) => r.messages.length)).toEqual([3, 2, 1, 0]);
    const stylish = builtinStylish();
    expect(stylish).not.toBeNull();
    const eslints = await loadFormatter("stylish", tmpdir());
    const meta = { maxWarningsExceeded: { maxWarnings: 0, foundWarnings: 2 } };
    expect(stylish?.(results, meta)).toBe(await eslints(results, meta));
    expect(stylish?.(results)).toBe(await eslints(results));
  });
});

describe("--fix", () => {
  it("fixes the file in place, keeps mode 0600, and writes through a rename", async () => {
    const home = tree({ ".docker/config.json": hubAlias });
    const file = join(home, ".docker/config.json");
    chmodSync(file, 0o600);
    const before = statSync(file);
    const run = await lint(["--fix"], { env: { HOME: home } });
    expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(readFileSync(file, "utf8")).toBe(hubFixed);
    const after = statSync(file);
    expect(after.mode & 0o7777).toBe(0o600);
    expect(after.ino).not.toBe(before.ino); // a new file renamed into place, not a rewrite
    expect(readdirSync(join(home, ".docker"))).toEqual(["config.json"]); // no temporary file left
  });

  it("keeps another mode as it is, and writes through a symbolic link to its target", async () => {
    const dir = tree({ "real/config.json": hubAlias });
    chmodSync(join(dir, "real/config.json"), 0o640);
    mkdirSync(join(dir, ".docker"));
    symlinkSync(join(dir, "real/config.json"), join(dir, ".docker/config.json"));
    expect((await lint(["--fix", ".docker/config.json"], { cwd: dir })).status).toBe(0);
    expect(lstatSync(join(dir, ".docker/config.json")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, ".docker/config.json"))).toBe(join(dir, "real/config.json"));
    expect(readFileSync(join(dir, "real/config.json"), "utf8")).toBe(hubFixed);
    expect(statSync(join(dir, "real/config.json")).mode & 0o7777).toBe(0o640);
  });

  it("leaves clean and unfixable files untouched and exits 1 on what remains", async () => {
    const both = `{ "auths": { "docker.io": {}, "${HUB}": {} } }`;
    const cwd = tree({ "a/config.json": clean, "b/config.json": both });
    const a = statSync(join(cwd, "a/config.json"));
    const b = statSync(join(cwd, "b/config.json"));
    const run = await lint(["--fix", "."], { cwd });
    expect(run.status).toBe(1);
    expect(statSync(join(cwd, "a/config.json")).ino).toBe(a.ino);
    expect(statSync(join(cwd, "b/config.json")).ino).toBe(b.ino);
    expect(readFileSync(join(cwd, "b/config.json"), "utf8")).toBe(both);
  });
});

describe("never prints a secret", () => {
  const secrets = ["Zq8xWv3kLpR7", "hUnt3r2Pass", "tok_9fKd82JqLmXz", "Q2xpZW50OlNlY3JldDEyMw=="];
  const [s1, s2, s3, s4] = secrets as [string, string, string, string];
  const files = {
    "good/config.json": `{ "auths": { "docker.io": { "auth": "${s4}", "username": "u", "password": "${s2}", "identitytoken": "${s3}" } }, "credHelpers": { "docker.io": "desktop" }, "email": "${s1}" }`,
    "legacy/.dockercfg": `{ "https://index.docker.io/v1/": { "auth": "${s4}", "email": "${s1}" } }`,
    "bareword/config.json": `{ "auths": { "docker.io": { "password": ${s1} } } }`,
    "string-after-string/config.json": `{ "auths": { "docker.io": { "auth": "x" "${s2}" } } }`,
    "unterminated/config.json": `{ "auths": { "docker.io": { "identitytoken": "${s3}\n } } }`,
    "trailing/config.json": `{ "auths": {} } ${s4}`,
    "number/auth.json": `{ "auths": { "ghcr.io": { "auth": 12${s1} } } }`,
    "wrong-types/auth.json": `{ "auths": { "registry.example.com": "${s2}", "ghcr.io": ["${s3}"], "quay.io": { "auth": { "${s4}": 1 } } } }`,
  };

  it.each([["stylish"], ["json"], ["json-with-metadata"], ["html"]])("in the %s format, with and without --fix", async (format) => {
    for (const fix of [[], ["--fix"]]) {
      const cwd = tree(files);
      const run = await lint([".", "**/*.json", "--format", format, ...fix], { cwd });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain("config.json");
      const printed = run.stdout + run.stderr;
      for (const secret of secrets) {
        for (let i = 0; i + 4 <= secret.length; i++) {
          const piece = secret.slice(i, i + 4);
          expect(printed.includes(piece), `"${piece}" of a secret printed in ${format}: ${printed.slice(Math.max(0, printed.indexOf(piece) - 200), printed.indexOf(piece) + 50)}`).toBe(false);
        }
      }
    }
  });

  it("a parse error keeps its position but loses the token it quotes", async () => {
    const cwd = tree(files);
    const [bare, after] = await lintJson(["bareword/config.json", "string-after-string/config.json"], { cwd });
    expect(bare?.messages).toEqual([
      {
        ruleId: null,
        fatal: true,
        severity: 2,
        message: "Parsing error: Unexpected identifier",
        line: 1,
        column: files["bareword/config.json"].indexOf(s1) + 1,
      },
    ]);
    expect(after?.messages[0]).toMatchObject({ fatal: true, message: "Parsing error: Unexpected token", line: 1 });
  });
});

describe("the docker-config-lint binary", () => {
  const bin = new URL("../bin/docker-config-lint.js", import.meta.url).pathname;
  const run = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, HOME: tree() } });

  it("exits 1 with the stylish report, 0 once fixed", () => {
    const cwd = tree({ ".docker/config.json": hubAlias });
    const report = run([".docker/config.json"], cwd);
    expect(report.status, report.stderr).toBe(1);
    expect(report.stdout).toContain('Key "docker.io" is never looked up');
    expect(run(["--fix", ".docker"], cwd).status).toBe(0);
    expect(run([".docker"], cwd)).toMatchObject({ status: 0, stdout: "", stderr: "" });
  });

  it("exits 2 with one line and no stack trace", () => {
    const missing = run(["nope/config.json"], tree());
    expect(missing).toMatchObject({
      status: 2,
      stdout: "",
      stderr: "docker-config-lint: cannot read nope/config.json: no such file or directory\n",
    });
  });

  it("starts with a shebang and is executable, as npm links it", () => {
    expect(readFileSync(bin, "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });
});
