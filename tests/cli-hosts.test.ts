// docker-config-lint beyond the JSON credential files (issues 17 and 14 part 5): registries.conf and
// its drop-ins, buildkitd.toml, and Kubernetes pull Secrets in YAML and JSON manifests, each linted
// with the config `eslint` gives it, run as the built binary on a checkout-like tree. Exact stylish
// lines and exit codes, --fix that rewrites only what the rules fix (inside a Secret: the payload),
// silence on Helm templates, ConfigMaps and values files, no secret in any output, and the same
// findings as `eslint` with the plugin's configs.
import { spawnSync } from "node:child_process";
import { chmodSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { HELP } from "../lib/cli/args.js";
import { configNameFor, scanRole } from "../lib/cli/kinds.js";
import plugin from "../lib/index.js";
import { asUser, bin, giveAway, HUB, tree } from "./helpers/cli.js";

const repo = new URL("..", import.meta.url).pathname;
const fixtures = new URL("fixtures/kubernetes/", import.meta.url).pathname;

// `ci-bot:s3cr3t!`: the credentials every Secret below carries.
const PASSWORD = "s3cr3t!";
const AUTH = Buffer.from(`ci-bot:${PASSWORD}`).toString("base64");
const b64 = (text: string): string => Buffer.from(text, "utf8").toString("base64");

/** containers-registries.conf(5)'s v1 format, as Podman 1 and CRI-O wrote it. */
const REGISTRIES_CONF = '[registries.search]\nregistries = ["docker.io", "quay.io"]\n\n[registries.insecure]\nregistries = []\n\n[registries.block]\nregistries = []\n';
/** A drop-in whose location has a scheme. */
const DROP_IN = '[[registry]]\nlocation = "https://quay.io"\n';
const BUILDKITD = 'debug = true\n\n[registry."index.docker.io"]\n  mirrors = ["mirror.gcr.io"]\n';
/** `kubectl create secret docker-registry regcred --docker-server=docker.io --docker-username=ci-bot --docker-password='s3cr3t!' --dry-run=client -o yaml` (kubectl 1.32). */
const KUBECTL_PAYLOAD = `{"auths":{"docker.io":{"username":"ci-bot","password":"${PASSWORD}","auth":"${AUTH}"}}}`;
const KUBECTL_YAML = `apiVersion: v1\ndata:\n  .dockerconfigjson: ${b64(KUBECTL_PAYLOAD)}\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\n`;
/** The same command with `--docker-server=index.docker.io/v1 -o json` (name hub). */
const KUBECTL_V1_PAYLOAD = KUBECTL_PAYLOAD.replace('"docker.io"', '"index.docker.io/v1"');
const KUBECTL_JSON = `{\n    "kind": "Secret",\n    "apiVersion": "v1",\n    "metadata": {\n        "name": "hub",\n        "creationTimestamp": null\n    },\n    "data": {\n        ".dockerconfigjson": "${b64(KUBECTL_V1_PAYLOAD)}"\n    },\n    "type": "kubernetes.io/dockerconfigjson"\n}\n`;
/** A Deployment and its pull Secret, by hand, with the payload as text. */
const MULTI = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      imagePullSecrets:
        - name: registry-credentials
---
apiVersion: v1
kind: Secret
metadata:
  name: registry-credentials
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: |
    {
      "auths": {
        "https://index.docker.io/v1": {
          "auth": "${AUTH}"
        }
      }
    }
`;
/** A chart's pull Secret template: not YAML until Helm renders it. */
const HELM = `{{- if .Values.imageCredentials }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "chart.fullname" . }}-pull
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: {{ printf "{\\"auths\\":{\\"%s\\":{\\"auth\\":\\"%s\\"}}}" .Values.imageCredentials.registry (printf "%s:%s" .Values.imageCredentials.username .Values.imageCredentials.password | b64enc) | b64enc }}
{{- end }}
`;
const VALUES = `imageCredentials:\n  registry: docker.io\n  username: ci-bot\n  password: ${PASSWORD}\n`;

const checkout = {
  "registries.conf": REGISTRIES_CONF,
  "registries.conf.d/50-quay.conf": DROP_IN,
  "buildkitd.toml": BUILDKITD,
  "regcred.yaml": KUBECTL_YAML,
  "hub-secret.json": KUBECTL_JSON,
  "multi.yaml": MULTI,
  "chart/templates/pull-secret.yaml": HELM,
  "chart/values.yaml": VALUES,
  // A ConfigMap holding a docker config.json for kaniko: not a pull Secret.
  "configmap.yaml": readFileSync(join(fixtures, "configmap.yaml"), "utf8"),
  "package.json": '{ "name": "app" }\n',
  // Neither in registries.conf.d nor a name the configs lint.
  "nginx.conf": "worker_processes 1;\n",
  "pyproject.toml": '[project]\nname = "app"\n',
};
const secrets = [PASSWORD, AUTH, b64(KUBECTL_PAYLOAD), b64(KUBECTL_V1_PAYLOAD), "ci-bot:"];

/** The binary, as a user runs it: in `cwd`, with an empty home. */
function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: tree(), ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectNoSecret(text: string): void {
  for (const secret of secrets) expect(text.includes(secret), `${secret} in ${text}`).toBe(false);
}

const V2_MESSAGE = (table: string): string =>
  `[registries.${table}] is the v1 format: Podman 6 (containers/image 5.40) refuses it`;
const KUBELET_KEY = (key: string): string =>
  `Key "${key}" is never looked up: write "${HUB}"`;

/** One file's block of the stylish report: ESLint's stylish aligns each column within the file. */
function block(path: string, rows: Array<[string, "error" | "warning", string, string]>): string[] {
  const width = (i: number): number => Math.max(...rows.map((r) => r[i]?.length ?? 0));
  const lines = rows.map((r) => `  ${[r[0].padEnd(width(0)), r[1].padEnd(width(1)), r[2].padEnd(width(2)), r[3]].join("  ")}`);
  return ["", path, ...lines];
}

// In a pull Secret: the kubelet runs no credential helper (no-plaintext-credentials, plaintextCredentialsKubernetes).
const PLAINTEXT = (what: string): string => `Plaintext auth${what} for Docker Hub: seal or encrypt the Secret`;

/** The report on the checkout, stylish, line by line. */
function stylish(dir: string): string[] {
  return [
    ...block(join(dir, "buildkitd.toml"), [
      [
        "3:11",
        "error",
        '[registry."index.docker.io"] never applies: Docker Hub is "docker.io"',
        "docker-config/buildkitd-registry-key",
      ],
    ]),
    ...block(join(dir, "hub-secret.json"), [
      ["9:30", "error", KUBELET_KEY("index.docker.io/v1"), "docker-config/canonical-registry-key"],
      ["9:30", "warning", PLAINTEXT(", password"), "docker-config/no-plaintext-credentials"],
    ]),
    ...block(join(dir, "multi.yaml"), [
      ["20:9", "error", KUBELET_KEY("https://index.docker.io/v1"), "docker-config/canonical-registry-key"],
      ["20:9", "warning", PLAINTEXT(""), "docker-config/no-plaintext-credentials"],
    ]),
    ...block(join(dir, "regcred.yaml"), [["3:22", "warning", PLAINTEXT(", password"), "docker-config/no-plaintext-credentials"]]),
    ...block(join(dir, "registries.conf"), [
      ["1:2", "error", V2_MESSAGE("search"), "docker-config/registries-conf-v2"],
      ["4:2", "error", V2_MESSAGE("insecure"), "docker-config/registries-conf-v2"],
      ["7:2", "error", V2_MESSAGE("block"), "docker-config/registries-conf-v2"],
    ]),
    ...block(join(dir, "registries.conf.d/50-quay.conf"), [
      [
        "2:12",
        "error",
        'This location has "https://": every pull fails; write host[:port][/path]',
        "docker-config/registries-conf-no-scheme",
      ],
    ]),
    "",
    "✖ 10 problems (7 errors, 3 warnings)",
    "  5 errors and 0 warnings potentially fixable with the `--fix` option.",
    "",
  ];
}

describe("a directory scan of a checkout", () => {
  it("reports registries.conf, its drop-in, buildkitd.toml and the pull Secrets, stylish, exit 1", () => {
    const dir = tree(checkout);
    const report = run(["."], dir);
    expect(report.stderr).toBe("");
    expect(report.stdout.split("\n")).toEqual(stylish(dir));
    expect(report.status).toBe(1);
    expectNoSecret(report.stdout);
  });

  it("-f json: the files the scan takes, no secret, no source, output or fix", () => {
    const dir = tree(checkout);
    const report = run([".", "-f", "json"], dir);
    expect(report.stderr).toBe("");
    expect(report.status).toBe(1);
    expectNoSecret(report.stdout);
    const results = JSON.parse(report.stdout) as ESLint.LintResult[];
    // The Helm template passes the cheap check (it names the Secret type) and is silent; the
    // ConfigMap, the values file, package.json and the other TOML and .conf files are not taken.
    expect(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId)])).toEqual([
      ["buildkitd.toml", ["docker-config/buildkitd-registry-key"]],
      ["chart/templates/pull-secret.yaml", []],
      ["hub-secret.json", ["docker-config/canonical-registry-key", "docker-config/no-plaintext-credentials"]],
      ["multi.yaml", ["docker-config/canonical-registry-key", "docker-config/no-plaintext-credentials"]],
      ["regcred.yaml", ["docker-config/no-plaintext-credentials"]],
      ["registries.conf", ["docker-config/registries-conf-v2", "docker-config/registries-conf-v2", "docker-config/registries-conf-v2"]],
      ["registries.conf.d/50-quay.conf", ["docker-config/registries-conf-no-scheme"]],
    ]);
    for (const result of results) {
      expect(result).not.toHaveProperty("source");
      expect(result).not.toHaveProperty("output");
      for (const message of result.messages) {
        expect(message).not.toHaveProperty("fix");
        for (const suggestion of message.suggestions ?? []) expect(suggestion).not.toHaveProperty("fix");
      }
    }
    expect(results.find((r) => r.filePath.endsWith("multi.yaml"))?.fixableErrorCount).toBe(1);
  });

  it("--fix rewrites the TOML files and, in each Secret, only the payload; the rest stays byte for byte", () => {
    const dir = tree(checkout);
    chmodSync(join(dir, "multi.yaml"), 0o600);
    const report = run([".", "--fix"], dir);
    expect(report.stderr).toBe("");
    expect(report.stdout.split("\n")).toEqual([
      ...block(join(dir, "hub-secret.json"), [["9:30", "warning", PLAINTEXT(", password"), "docker-config/no-plaintext-credentials"]]),
      ...block(join(dir, "multi.yaml"), [["20:9", "warning", PLAINTEXT(""), "docker-config/no-plaintext-credentials"]]),
      ...block(join(dir, "regcred.yaml"), [["3:22", "warning", PLAINTEXT(", password"), "docker-config/no-plaintext-credentials"]]),
      "",
      "✖ 3 problems (0 errors, 3 warnings)",
      "",
    ]);
    expect(report.status).toBe(0);
    const read = (path: string): string => readFileSync(join(dir, path), "utf8");
    expect(read("registries.conf")).toBe('unqualified-search-registries = ["docker.io", "quay.io"]\n');
    expect(read("registries.conf.d/50-quay.conf")).toBe('[[registry]]\nlocation = "quay.io"\n');
    expect(read("buildkitd.toml")).toBe(BUILDKITD.replace('"index.docker.io"', '"docker.io"'));
    // The payload re-encoded with the key the kubelet looks up: what kubectl writes for the default server.
    expect(read("hub-secret.json")).toBe(KUBECTL_JSON.replace(b64(KUBECTL_V1_PAYLOAD), b64(KUBECTL_V1_PAYLOAD.replace('"index.docker.io/v1"', `"${HUB}"`))));
    expect(read("multi.yaml")).toBe(MULTI.replace('"https://index.docker.io/v1":', `"${HUB}":`));
    expect(statSync(join(dir, "multi.yaml")).mode & 0o7777).toBe(0o600);
    for (const path of ["regcred.yaml", "chart/templates/pull-secret.yaml", "chart/values.yaml", "configmap.yaml", "package.json", "nginx.conf", "pyproject.toml"] as const) {
      expect(read(path), path).toBe(checkout[path]);
    }
    // Fixed once: a second run changes nothing.
    expect(run([".", "--fix"], dir).stdout).toBe(report.stdout);
    expect(read("multi.yaml")).toBe(MULTI.replace('"https://index.docker.io/v1":', `"${HUB}":`));
  });

  it("Helm templates, a ConfigMap and a values file stay silent even when named, with no parse error", () => {
    const dir = tree(checkout);
    const named = ["chart/templates/pull-secret.yaml", "chart/values.yaml", "configmap.yaml"];
    expect(run(named, dir)).toEqual({ status: 0, stdout: "", stderr: "" });
    const results = JSON.parse(run([...named, "-f", "json"], dir).stdout) as ESLint.LintResult[];
    expect(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages])).toEqual(named.map((n) => [n, []]));
  });

  it("a Secret or TOML file that does not parse: its syntax error, without the token", () => {
    const TOKEN = "ghp_0123456789abcdefghijklmnopqrstuvwxyz";
    const dir = tree({
      "broken/secret.yaml": `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: {"auths": {"ghcr.io": {"auth": "${AUTH}"}}\n  password: [${TOKEN}\n`,
      "broken/buildkitd.toml": `[registry."ghcr.io"]\nmirrors = [${TOKEN}]\n`,
    });
    const report = run(["broken", "-f", "json"], dir);
    expect(report.status).toBe(1);
    expect(report.stdout.includes(TOKEN)).toBe(false);
    expectNoSecret(report.stdout);
    expect((JSON.parse(report.stdout) as ESLint.LintResult[]).map((r) => [r.filePath.slice(dir.length + 1), r.messages])).toEqual([
      ["broken/buildkitd.toml", [{ ruleId: null, fatal: true, severity: 2, message: "Parsing error: Unexpected character", line: 2, column: 11 }]],
      ["broken/secret.yaml", [{ ruleId: null, fatal: true, severity: 2, message: "Parsing error: Not valid YAML.", line: 6, column: 2 }]],
    ]);
  });
});

describe("a YAML file a scan cannot read", () => {
  it("is named in one line, since it may be a pull Secret; the rest is reported; exit 2", () => {
    const cwd = tree({ "deploy/app.yaml": KUBECTL_YAML, "deploy/regcred.yaml": KUBECTL_YAML });
    chmodSync(join(cwd, "deploy/app.yaml"), 0o000);
    giveAway(cwd);
    const report = asUser(["deploy", "-f", "json"], cwd);
    expect(report.stderr).toBe(`docker-config-lint: cannot read ${join(cwd, "deploy/app.yaml")}: permission denied\n`);
    expect((JSON.parse(report.stdout) as ESLint.LintResult[]).map((r) => r.filePath)).toEqual([join(cwd, "deploy/regcred.yaml")]);
    expect(report.status).toBe(2);
  });
});

describe("--flavor", () => {
  it("applies to the credential files, not to a pull Secret's payload: the kubelet reads it", () => {
    // To docker, "docker.io" is not Hub's key, and `{}` with no helper is an empty entry; to
    // containers/image both are right. In the Secret, the kubelet takes "docker.io" for Hub.
    const dir = tree({ "config.json": '{ "auths": { "docker.io": {} } }\n', "regcred.yaml": KUBECTL_YAML });
    const ids = (flavor: string[]) =>
      (JSON.parse(run([".", "-f", "json", ...flavor], dir).stdout) as ESLint.LintResult[]).map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId)]);
    const secret = ["regcred.yaml", ["docker-config/no-plaintext-credentials"]];
    expect(ids([])).toEqual([["config.json", ["docker-config/canonical-registry-key", "docker-config/no-empty-credential"]], secret]);
    expect(ids(["--flavor", "docker"])).toEqual(ids([]));
    expect(ids(["--flavor", "containers"])).toEqual([["config.json", []], secret]);
  });

  it("the control: eslint with the flavor as a rule option reads the payload as docker's", async () => {
    const dir = tree({ "regcred.yaml": KUBECTL_YAML });
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [plugin.configs.kubernetes, { rules: { "docker-config/canonical-registry-key": ["error", { flavor: "docker" }] } }],
    });
    const [result] = await eslint.lintFiles(["regcred.yaml"]);
    expect(result?.messages.map((m) => m.ruleId)).toContain("docker-config/canonical-registry-key");
  });
});

describe("the same findings as eslint with the plugin's configs", () => {
  it("on the checkout, file by file", async () => {
    const dir = tree(checkout);
    // Each file matches one config's `files`: no file here is a credential file by name.
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [plugin.configs.recommended, plugin.configs.containers, plugin.configs.buildkit, plugin.configs.kubernetes],
      errorOnUnmatchedPattern: false,
    });
    const strip = (results: ESLint.LintResult[]) =>
      Object.fromEntries(
        results.map((r) => [
          r.filePath,
          r.messages.map(({ ruleId, message, line, column, endLine, endColumn, severity }) => ({ ruleId, message, line, column, endLine, endColumn, severity })),
        ]),
      );
    // What eslint lints of the tree: every file some config's `files` matches.
    const expected = strip(await eslint.lintFiles(["."]));
    expect(Object.keys(expected).sort()).toEqual(
      Object.keys(checkout)
        .filter((path) => !["nginx.conf", "pyproject.toml"].includes(path))
        .map((path) => join(dir, path))
        .sort(),
    );
    const report = run([".", "-f", "json"], dir);
    const actual = strip(JSON.parse(report.stdout) as ESLint.LintResult[]);
    // What the command does not take, eslint reports nothing on.
    for (const [path, messages] of Object.entries(expected)) expect(actual[path] ?? [], path).toEqual(messages);
    expect(Object.keys(actual).every((path) => path in expected)).toBe(true);
  });
});

describe("SARIF", () => {
  it("with SARIF_ESLINT_EMBED=true, the manifests and TOML files are not embedded", () => {
    const dir = tree(checkout);
    // In the repository, where the formatter is installed.
    const report = run([dir, "-f", "@microsoft/sarif"], repo, { SARIF_ESLINT_EMBED: "true" });
    expect(report.stderr).toBe("");
    expect(report.status).toBe(1);
    expectNoSecret(report.stdout);
    const sarif = JSON.parse(report.stdout) as { runs: Array<{ artifacts: Array<{ location: { uri: string }; contents?: unknown }> }> };
    const artifacts = sarif.runs[0]?.artifacts ?? [];
    expect(artifacts.map((a) => a.location.uri.slice(`file://${dir}/`.length))).toEqual([
      "buildkitd.toml",
      "chart/templates/pull-secret.yaml",
      "hub-secret.json",
      "multi.yaml",
      "regcred.yaml",
      "registries.conf",
      "registries.conf.d/50-quay.conf",
    ]);
    expect(artifacts.every((a) => a.contents === undefined)).toBe(true);
  });
});

describe("the README and --help name the files a scan takes", () => {
  const readme = readFileSync(join(repo, "README.md"), "utf8");
  const table = /\| files \| config \|\n\| --- \| --- \|\n((?:\|.*\|\n)+)/.exec(readme)?.[1] ?? "";
  const rows = table
    .trimEnd()
    .split("\n")
    .map((line) => {
      const [files, config] = line.split("|").slice(1, 3);
      return { names: [...(files ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1] as string), config: (config ?? "").trim().replace(/`/g, "") };
    });
  const SECRET = "kind: Secret\ntype: kubernetes.io/dockerconfigjson\n";

  it("the README table: each name is taken by a scan and linted with the config of its row", () => {
    expect(rows.map((r) => r.config)).toEqual(["recommended", "containers", "buildkit", "kubernetes"]);
    for (const { names, config } of rows) {
      for (const name of names) {
        const path = `/repo/deploy/${name.replace("*", "x")}`;
        expect(scanRole(path), name).toBe(config === "kubernetes" ? "if-pull-secret" : "lint");
        expect(configNameFor(path, SECRET), name).toBe(config === "recommended" ? "recommended-no-files" : config);
      }
    }
  });

  it("every glob of the configs is in the table and in --help", () => {
    const listed = rows.flatMap((r) => r.names);
    for (const name of ["recommended", "containers", "buildkit", "kubernetes"] as const) {
      for (const glob of plugin.configs[name].files as string[]) {
        const bare = glob.replace(/^\*\*\//, "");
        expect(listed, glob).toContain(bare);
        expect(HELP.replace(/\s+/g, " "), glob).toContain(bare);
      }
    }
  });

  it("a scan skips other TOML and .conf files, and YAML and JSON files that name no pull Secret", () => {
    for (const path of ["/r/nginx.conf", "/r/pyproject.toml", "/r/containers/storage.conf", "/r/registries.conf.d/a/b.conf"]) expect(scanRole(path), path).toBeNull();
    expect(configNameFor("/r/values.yaml", "a: 1\n")).toBe("kubernetes");
    expect(configNameFor("/r/creds.json", '{"auths":{}}')).toBe("recommended-no-files");
    expect(configNameFor("/r/creds.json", SECRET)).toBe("kubernetes");
  });
});
