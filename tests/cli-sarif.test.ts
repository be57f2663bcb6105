// SARIF for GitHub code scanning (issue 16 item 6): the real @microsoft/eslint-formatter-sarif, with
// and without SARIF_ESLINT_EMBED=true, through docker-config-lint, which never lets it embed a
// file; the same formatter under plain ESLint as the control that shows what is at stake; and the
// command line of the shipped GitHub Actions example.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterEach, describe, expect, it } from "vitest";
import plugin from "../lib/index.js";
import { bin, lint, tree } from "./helpers/cli.js";

const repo = new URL("..", import.meta.url).pathname;
// `user:Tr0ub4dor&3` in base64, and a password in plaintext: both must stay out of the report.
const AUTH = "dXNlcjpUcjB1YjRkb3ImMw==";
const PASSWORD = "correct-horse-battery";
const file = `{\n\t"auths": {\n\t\t"docker.io": { "auth": "${AUTH}" },\n\t\t"ghcr.io": { "username": "u", "password": "${PASSWORD}" }\n\t}\n}\n`;
const secrets = [AUTH, PASSWORD, "Tr0ub4dor", "user:Tr0"];

interface Sarif {
  version: string;
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; helpUri: string }> } };
    artifacts: Array<{ location: { uri: string }; contents?: { text: string } }>;
    results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>;
  }>;
}

const saved = process.env.SARIF_ESLINT_EMBED;
afterEach(() => {
  if (saved === undefined) delete process.env.SARIF_ESLINT_EMBED;
  else process.env.SARIF_ESLINT_EMBED = saved;
});

/** The binary, in the repository (where the formatter is installed), on an absolute path. */
function binary(args: string[], embed: boolean) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: tree() };
  if (embed) env.SARIF_ESLINT_EMBED = "true";
  return spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: "utf8", env });
}

function expectNoSecret(text: string): void {
  for (const secret of secrets) expect(text.includes(secret), `${secret} in ${text}`).toBe(false);
}

describe("SARIF", () => {
  it("the control: under plain eslint, SARIF_ESLINT_EMBED=true embeds the whole file, credentials included", async () => {
    const dir = tree({ "config.json": file });
    const eslint = new ESLint({ cwd: repo, overrideConfigFile: true, overrideConfig: [plugin.configs["recommended-no-files"]] });
    const results = await eslint.lintFiles([join(dir, "config.json")]);
    const formatter = await eslint.loadFormatter("@microsoft/sarif");
    process.env.SARIF_ESLINT_EMBED = "true";
    const sarif = JSON.parse(await formatter.format(results)) as Sarif;
    expect(sarif.runs[0]?.artifacts[0]?.contents?.text).toBe(file);
  });

  it.each([[false], [true]])("through docker-config-lint, SARIF_ESLINT_EMBED=%s: the findings, no file content", (embed) => {
    const dir = tree({ "config.json": file });
    const run = binary([join(dir, "config.json"), "--format", "@microsoft/sarif"], embed);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expectNoSecret(run.stdout);
    const sarif = JSON.parse(run.stdout) as Sarif;
    expect(sarif.version).toBe("2.1.0");
    const [only] = sarif.runs;
    expect(only?.artifacts).toEqual([{ location: { uri: `file://${join(dir, "config.json")}` } }]);
    expect(only?.results.map((r) => [r.ruleId, r.level, r.locations[0]?.physicalLocation.region.startLine])).toEqual([
      ["docker-config/canonical-registry-key", "error", 3],
      ["docker-config/no-plaintext-credentials", "warning", 3],
      ["docker-config/no-plaintext-credentials", "warning", 4],
    ]);
    expect(only?.tool.driver.rules.map((r) => [r.id, r.helpUri])).toEqual([
      ["docker-config/canonical-registry-key", plugin.rules["canonical-registry-key"]?.meta?.docs?.url],
      ["docker-config/no-plaintext-credentials", plugin.rules["no-plaintext-credentials"]?.meta?.docs?.url],
    ]);
    // With and without the variable, the same bytes.
    expect(run.stdout).toBe(binary([join(dir, "config.json"), "--format", "@microsoft/sarif"], !embed).stdout);
  });

  it("in-process too: the variable is unset while the formatter runs, and set again after", async () => {
    process.env.SARIF_ESLINT_EMBED = "true";
    const dir = tree({ "config.json": file });
    const run = await lint([join(dir, "config.json"), "-f", "@microsoft/sarif"], { cwd: repo });
    expectNoSecret(run.stdout);
    expect((JSON.parse(run.stdout) as Sarif).runs[0]?.artifacts[0]?.contents).toBeUndefined();
    expect(process.env.SARIF_ESLINT_EMBED).toBe("true");
  });

  it("the GitHub Actions example's command line writes SARIF that upload-sarif takes", () => {
    const workflow = readFileSync(join(repo, "examples/github-actions/docker-config-lint.yml"), "utf8");
    expect(workflow).toContain("uses: github/codeql-action/upload-sarif@");
    expect(workflow).toContain("security-events: write");
    const line = /run: npx docker-config-lint (.*) > (\S+\.sarif)$/m.exec(workflow);
    expect(line?.[2]).toBe("docker-config-lint.sarif");
    expect(workflow).toContain(`sarif_file: ${line?.[2]}`);
    const checkout = tree({ "deploy/.docker/config.json": file, "app/config.json": '{ "port": 8080 }' });
    const args = (line?.[1] ?? "").split(" ").map((a) => (a === "." ? checkout : a));
    const run = binary(args, true);
    expect(run.status).toBe(1);
    expectNoSecret(run.stdout);
    const sarif = JSON.parse(run.stdout) as Sarif;
    expect(sarif.runs[0]?.artifacts.map((a) => a.location.uri)).toEqual([
      `file://${join(checkout, "app/config.json")}`,
      `file://${join(checkout, "deploy/.docker/config.json")}`,
    ]);
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toContain("docker-config/canonical-registry-key");
  });
});
