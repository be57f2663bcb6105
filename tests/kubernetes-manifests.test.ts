// configs.kubernetes through ESLint itself, on manifests shaped as they are found in repositories
// (tests/fixtures/kubernetes/): a Secret written by `kubectl create secret docker-registry`,
// `kubectl get secrets -o json`, a hand-written multi-document file with stringData, a Helm chart
// (templates, helpers, values), a SealedSecret, a SOPS-encrypted Secret, a ConfigMap and an
// envsubst template. Exact positions and fix outputs; silence and no parse error elsewhere.
//
// For pull Secrets only the rules listed in CHECKED are asserted here: the other rules' behaviour
// inside a Secret is asserted by their own tables, which run through every embedded host
// (tests/helpers/rule-tester.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kubernetesConfig } from "../lib/configs-kubernetes.js";
import plugin from "../lib/index.js";

const FIXTURES = new URL("./fixtures/kubernetes/", import.meta.url);
const CHECKED = new Set(["docker-config/canonical-registry-key", "docker-config/no-empty-credential", "docker-config/valid-pull-secret"]);
const HUB = "https://index.docker.io/v1/";
const read = (name: string): string => readFileSync(new URL(name, FIXTURES), "utf8");
const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString("base64");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "k8s-manifests-"));
  cpSync(FIXTURES, dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function eslint(fix = false): ESLint {
  return new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [kubernetesConfig(plugin)], fix });
}

async function lint(name: string): Promise<ESLint.LintResult> {
  const [result] = await eslint().lintFiles([name]);
  return result as ESLint.LintResult;
}

const shown = (r: ESLint.LintResult) =>
  r.messages
    .filter((m) => m.ruleId !== null && CHECKED.has(m.ruleId))
    .map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn }));

/** 1-based line and column of `needle` in `text`, and of its end. */
function at(text: string, needle: string, from = 0): { line: number; column: number; endLine: number; endColumn: number } {
  const i = text.indexOf(needle, from);
  expect(i, needle).toBeGreaterThanOrEqual(0);
  const pos = (o: number) => {
    const before = text.slice(0, o).split("\n");
    return { line: before.length, column: (before.at(-1) as string).length + 1 };
  };
  const s = pos(i);
  const e = pos(i + needle.length);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

const pick = ({ line, column }: { line: number; column: number }) => ({ line, column });

describe("configs.kubernetes on real-world-shaped manifests", () => {
  it("lints exactly the YAML and JSON files, and no file gets a parse error", async () => {
    const results = await eslint().lintFiles(["."]);
    const names = results.map((r) => r.filePath.slice(dir.length + 1)).sort();
    expect(names).toEqual([
      "chart/templates/deployment.yaml",
      "chart/templates/imagepullsecret.yaml",
      "chart/values.yaml",
      "configmap.yaml",
      "envsubst-secret.yaml",
      "handwritten.yaml",
      "kubectl-create-v1-no-slash.yaml",
      "kubectl-create.yaml",
      "kubectl-get-secrets.json",
      "sealed-secret.yaml",
      "sops-secret.yaml",
    ]);
    for (const r of results) expect(r.messages.filter((m) => m.fatal), r.filePath).toEqual([]);
  });

  it.each([
    "chart/templates/imagepullsecret.yaml",
    "chart/templates/deployment.yaml",
    "chart/values.yaml",
    "sealed-secret.yaml",
    "sops-secret.yaml",
    "configmap.yaml",
    "envsubst-secret.yaml",
  ])("%s: silent (a template, a values file, encrypted, not a Secret, a placeholder)", async (name) => {
    expect((await lint(name)).messages).toEqual([]);
  });

  it("kubectl create secret docker-registry with the default server: nothing for the kubelet", async () => {
    expect(shown(await lint("kubectl-create.yaml"))).toEqual([]);
  });

  it("kubectl create secret docker-registry --docker-server=index.docker.io/v1: fixed inside the base64", async () => {
    const text = read("kubectl-create-v1-no-slash.yaml");
    const payload = /\.dockerconfigjson: (\S+)/.exec(text)?.[1] as string;
    const r = await lint("kubectl-create-v1-no-slash.yaml");
    expect(shown(r)).toEqual([{ ruleId: "docker-config/canonical-registry-key", messageId: "nonCanonicalKey", ...at(text, payload) }]);
    expect(r.messages[0]?.message).toBe(
      `Key "index.docker.io/v1" is never looked up: write "${HUB}".`,
    );
    const [fixed] = await eslint(true).lintFiles(["kubectl-create-v1-no-slash.yaml"]);
    // The payload re-encoded with the key kubectl writes by default: the default file, byte for byte.
    expect(fixed?.output).toBe(read("kubectl-create.yaml"));
  });

  it("a hand-written multi-document file: exact positions inside stringData, the other documents untouched", async () => {
    const text = read("handwritten.yaml");
    const r = await lint("handwritten.yaml");
    expect(shown(r)).toEqual([
      { ruleId: "docker-config/canonical-registry-key", messageId: "nonCanonicalKey", line: 24, column: 9, endLine: 24, endColumn: 37 },
      { ruleId: "docker-config/no-empty-credential", messageId: "noCredential", line: 27, column: 9, endLine: 27, endColumn: 18 },
    ]);
    expect(at(text, '"https://index.docker.io/v1"')).toEqual({ line: 24, column: 9, endLine: 24, endColumn: 37 });
    const [fixed] = await eslint(true).lintFiles(["handwritten.yaml"]);
    expect(fixed?.output).toBe(text.replace('"https://index.docker.io/v1":', `"${HUB}":`));
    // The suggestion removes the empty entry in place, and leaves valid YAML and JSON.
    const suggestion = r.messages.find((m) => m.messageId === "noCredential")?.suggestions?.[0];
    const fix = suggestion?.fix as { range: [number, number]; text: string };
    const after = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
    expect(after).toBe(text.replace(',\n        "ghcr.io": {}', ""));
  });

  it("kubectl get secrets -o json: a legacy .dockercfg List item, fixed inside the base64", async () => {
    const text = read("kubectl-get-secrets.json");
    const payload = /"\.dockercfg": "([^"]+)"/.exec(text)?.[1] as string;
    const r = await lint("kubectl-get-secrets.json");
    const where = at(text, `"${payload}"`);
    expect(shown(r)).toEqual([
      { ruleId: "docker-config/canonical-registry-key", messageId: "nonCanonicalKey", ...where },
      { ruleId: "docker-config/no-empty-credential", messageId: "noCredential", ...where },
    ]);
    const [fixed] = await eslint(true).lintFiles(["kubectl-get-secrets.json"]);
    const auth = Buffer.from("ci-bot:s3cr3t!").toString("base64");
    const expected = b64({ [HUB]: { auth, email: "ci@example.com" }, "quay.io": { auth: "" } });
    expect(fixed?.output).toBe(text.replace(payload, expected));
  });

  it("credsStore and credHelpers in a payload: once each, at the field; the entry a helper would serve is still plaintext for the kubelet", async () => {
    const payload = '{"auths": {"ghcr.io": {"username": "bob", "password": "hunter22"}}, "credsStore": "desktop", "credHelpers": {"ghcr.io": "gcloud"}}';
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: |\n    ${payload}\n`;
    const [result] = await eslint().lintText(text, { filePath: join(dir, "regcred.yaml") });
    expect(result?.messages.map((m) => ({ ruleId: m.ruleId, message: m.message, line: m.line, column: m.column }))).toEqual([
      { ruleId: "docker-config/no-plaintext-credentials", message: "Plaintext password for ghcr.io: seal or encrypt the Secret.", ...pick(at(text, '"ghcr.io": {')) },
      { ruleId: "docker-config/no-unknown-properties", message: '"credsStore" is a Docker CLI field: the kubelet ignores it here.', ...pick(at(text, '"credsStore"')) },
      { ruleId: "docker-config/no-unknown-properties", message: '"credHelpers" is a Docker CLI field: the kubelet ignores it here.', ...pick(at(text, '"credHelpers"')) },
    ]);
  });

  // Two defects, two reports, each from the rule that owns it: the key the kubelet never finds
  // (canonical-registry-key, autofixed) and the password stored in the payload
  // (no-plaintext-credentials, a suggestion). Over 64 KiB both stay, without fix or suggestion.
  it("a base64 payload over 64 KiB: every report, no fix (each would carry the whole payload)", async () => {
    const entries = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`https://index.docker.io/v1?mirror=${i}`, { auth: "dTpw" }]));
    const small = `kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${b64({ auths: { "https://index.docker.io/v1": { auth: "dTpw" } } })}\n`;
    const large = `kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${b64({ auths: entries })}\n`;
    const [s, l] = await Promise.all([eslint().lintText(small, { filePath: join(dir, "small.yaml") }), eslint().lintText(large, { filePath: join(dir, "large.yaml") })]);
    expect(s?.[0]?.messages.map((m) => [m.ruleId, m.messageId, Boolean(m.fix), m.suggestions?.length ?? 0])).toEqual([
      ["docker-config/canonical-registry-key", "nonCanonicalKey", true, 0],
      ["docker-config/no-plaintext-credentials", "plaintextCredentialsKubernetes", false, 1],
    ]);
    const messages = l?.[0]?.messages ?? [];
    expect(messages.filter((m) => m.messageId === "nonCanonicalKey")).toHaveLength(1500);
    expect(messages.filter((m) => m.messageId === "plaintextCredentialsKubernetes")).toHaveLength(1500);
    expect(messages).toHaveLength(3000);
    expect(messages.filter((m) => m.fix !== undefined || (m.suggestions ?? []).length > 0)).toEqual([]);
  });

  it("no message quotes a value of the payload", async () => {
    const results = await eslint().lintFiles(["."]);
    const texts = results.flatMap((r) => r.messages.flatMap((m) => [m.message, ...(m.suggestions ?? []).map((s) => s.desc)]));
    for (const secret of ["s3cr3t", "ci-bot", "Y2ktYm90OnMzY3IzdCE=", "sillyness"]) {
      for (const t of texts) expect(t).not.toContain(secret);
    }
  });
});
