// The credential rules against the real Docker CLI: what docker itself writes with and without a
// helper, which helper it runs for a value, and whether it reads a file entry or asks a helper
// (stand-in `docker-credential-*` scripts on PATH record what they are asked).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Linter } from "eslint";
import { afterAll, beforeAll, expect, it } from "vitest";
import plugin from "../lib/index.js";
import {
  describeWithDocker,
  dockerLoginUser,
  dockerLoginWrites,
  runDocker,
  standInHelper,
  startRegistryStub,
} from "./helpers/docker.js";

const HUB = "https://index.docker.io/v1/";
const PASSWORD = "oracle-secret-Pa55w0rd";
const linter = new Linter({ configType: "flat" });
const filename = "home/.docker/config.json";
const fileAuth = Buffer.from("fileuser:not-a-real-password").toString("base64");

function lint(code: string, rules?: Linter.RulesRecord): Linter.LintMessage[] {
  const config: Linter.Config[] = [plugin.configs.recommended];
  if (rules) config.push({ rules });
  return linter.verify(code, config, { filename });
}

function ids(messages: Linter.LintMessage[]): string[] {
  return messages.map((m) => `${m.ruleId?.replace("docker-config/", "")}:${m.messageId}`);
}

/** The code after applying the only suggestion of the only report of `rule`. */
function suggested(code: string, rule: string): string {
  const [report, ...rest] = lint(code).filter((m) => m.ruleId === `docker-config/${rule}`);
  expect(rest).toEqual([]);
  const fix = report?.suggestions?.[0]?.fix;
  if (!fix) throw new Error(`no suggestion from ${rule}`);
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

let log: string;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "helper-log-"));
  log = join(dir, "asked");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const asked = (): string => {
  try {
    return readFileSync(log, "utf8");
  } finally {
    rmSync(log, { force: true });
  }
};

describeWithDocker("no-plaintext-credentials: what docker login writes", () => {
  let stub: Awaited<ReturnType<typeof startRegistryStub>>;
  beforeAll(async () => {
    stub = await startRegistryStub();
  });
  afterAll(() => stub.stop());

  it("without a helper docker warns that it stored the password unencrypted, and the rule reports the entry", () => {
    const run = dockerLoginWrites("{}", stub.server, "someone", PASSWORD);
    expect(run.stdout).toContain("Login Succeeded");
    expect(run.stderr).toContain("WARNING! Your credentials are stored unencrypted");
    const messages = lint(run.written);
    expect(ids(messages)).toEqual(["no-plaintext-credentials:plaintextCredentials"]);
    expect(messages[0]?.message).toBe(`Plaintext auth for ${stub.server}: set a "credsStore" helper.`);
    expect(JSON.stringify(messages)).not.toContain(Buffer.from(`someone:${PASSWORD}`).toString("base64"));
    expect(JSON.stringify(messages)).not.toContain(PASSWORD);
  });

  it("allowRegistries accepts the local registry, in docker's key form and in URL form", () => {
    const { written } = dockerLoginWrites("{}", stub.server, "someone", PASSWORD);
    for (const allowed of [stub.server, `http://${stub.server}`, `https://${stub.server}/v2/`]) {
      expect(lint(written, { "docker-config/no-plaintext-credentials": ["warn", { allowRegistries: [allowed] }] })).toEqual([]);
    }
  });

  it.each([
    ["credsStore", (name: string) => ({ credsStore: name })],
    ["credHelpers", (name: string, server: string) => ({ credHelpers: { [server]: name } })],
  ])("with %s docker leaves the {} marker, warns nothing, and neither rule reports", (_, settings) => {
    const config = JSON.stringify(settings("fake", stub.server));
    const run = dockerLoginWrites(config, stub.server, "someone", PASSWORD, { fake: standInHelper(log) });
    expect(run.stdout).toContain("Login Succeeded");
    expect(run.stderr).not.toContain("unencrypted");
    expect(JSON.parse(run.written).auths).toEqual({ [stub.server]: {} });
    expect(asked()).toContain(`store`);
    expect(lint(run.written)).toEqual([]);
  });
});

describeWithDocker("no-plaintext-credentials: reported exactly when docker finds a password in the file", () => {
  const b64 = (s: string): string => Buffer.from(s, "latin1").toString("base64");
  it.each([
    [{}, false],
    [{ auth: "" }, false],
    [{ auth: b64("user:") }, false],
    [{ auth: b64("user:\0\0") }, false],
    [{ auth: "", username: "user", email: "user@example.com" }, false],
    [{ auth: b64("user:pw") }, true],
    [{ auth: `${b64("user:pw").slice(0, 4)}\n${b64("user:pw").slice(4)}` }, true],
    [{ username: "user", password: "pw" }, true],
    // docker refuses these (valid-auth reports them), so it finds no credentials at all.
    [{ auth: b64("user:password").replace(/=+$/, "") }, false],
    [{ auth: b64(":pw") }, false],
    [{ auth: b64("user:pw").replace("c", "-") }, false],
  ])("%j → %s", (entry, found) => {
    const code = JSON.stringify({ auths: { "ghcr.io": entry } });
    expect(dockerLoginUser(code, "ghcr.io") !== null).toBe(found);
    const plaintext = lint(code).filter((m) => m.ruleId === "docker-config/no-plaintext-credentials");
    expect(plaintext.length).toBe(found ? 1 : 0);
  });
});

describeWithDocker("valid-credential-helper: the helper docker runs", () => {
  it("docker-credential-<name> as a value: docker runs a program that does not exist; after --fix it runs the helper", () => {
    const before = JSON.stringify({ auths: { [HUB]: {} }, credsStore: "docker-credential-fake" });
    const helpers = { fake: standInHelper(log) };
    expect(runDocker(before, ["logout"], helpers).stderr).toContain(
      'exec: "docker-credential-docker-credential-fake": executable file not found in $PATH',
    );
    expect(dockerLoginUser(before, undefined, helpers)).toBeNull();
    expect(ids(lint(before))).toEqual(["valid-credential-helper:helperPrefix"]);
    const after = linter.verifyAndFix(before, [plugin.configs.recommended], { filename }).output;
    expect(JSON.parse(after)).toEqual({ auths: { [HUB]: {} }, credsStore: "fake" });
    expect(dockerLoginUser(after, undefined, helpers)).toBe("helperuser");
    expect(asked()).toContain(`get ${HUB}`);
  });

  it.each([
    ["/opt/bin/docker-credential-fake", "fork/exec docker-credential-/opt/bin/docker-credential-fake: no such file or directory"],
    ["fake ", 'exec: "docker-credential-fake ": executable file not found in $PATH'],
  ])("%j: docker cannot run it; the suggestion can", (value, error) => {
    const before = JSON.stringify({ auths: { [HUB]: {} }, credHelpers: { [HUB]: value } });
    const helpers = { fake: standInHelper(log) };
    expect(runDocker(before, ["logout"], helpers).stderr).toContain(error);
    expect(dockerLoginUser(before, undefined, helpers)).toBeNull();
    const after = suggested(before, "valid-credential-helper");
    expect(JSON.parse(after).credHelpers).toEqual({ [HUB]: "fake" });
    expect(dockerLoginUser(after, undefined, helpers)).toBe("helperuser");
    asked();
  });

  it("an empty credHelpers value: docker reads the file for that registry, past credsStore", () => {
    const code = JSON.stringify({ auths: { [HUB]: { auth: fileAuth } }, credsStore: "fake", credHelpers: { [HUB]: "" } });
    expect(dockerLoginUser(code, undefined, { fake: standInHelper(log) })).toBe("fileuser");
    expect(asked).toThrow(); // the helper was never asked
    expect(ids(lint(code, { "docker-config/no-plaintext-credentials": "off" }))).toEqual(["valid-credential-helper:emptyHelper"]);
  });

  it("an empty credsStore: docker uses no helper", () => {
    const code = JSON.stringify({ auths: { [HUB]: { auth: fileAuth } }, credsStore: "" });
    expect(dockerLoginUser(code, undefined, { fake: standInHelper(log) })).toBe("fileuser");
    expect(ids(lint(code, { "docker-config/no-plaintext-credentials": "off" }))).toEqual(["valid-credential-helper:emptyCredsStore"]);
  });
});

describeWithDocker("valid-credential-helper: shadowed entries are exactly those docker does not read", () => {
  // Each case: a file entry holding `fileuser` credentials, and helpers that answer `helperuser`
  // (`fake`) or "credentials not found" (`nf`). Docker read the file iff it reports `fileuser`.
  const notFound = 'read url; echo "credentials not found in native keychain"; exit 1';
  const entry = { auth: fileAuth };
  it.each<[string, Record<string, unknown>, string | undefined]>([
    ["credsStore", { auths: { [HUB]: entry }, credsStore: "fake" }, undefined],
    ["credsStore without the credentials", { auths: { [HUB]: entry }, credsStore: "nf" }, undefined],
    ["credsStore naming a missing program", { auths: { [HUB]: entry }, credsStore: "missing" }, undefined],
    ["credHelpers for the registry", { auths: { [HUB]: entry }, credHelpers: { [HUB]: "fake" } }, undefined],
    ["credHelpers for another registry", { auths: { "ghcr.io": entry }, credHelpers: { [HUB]: "fake" } }, "ghcr.io"],
    ["credHelpers under a URL key docker never consults", { auths: { "reg.example.com:5000": entry }, credHelpers: { "https://reg.example.com:5000": "fake" } }, "reg.example.com:5000"],
    ["credHelpers for the host of a URL-form auths key", { auths: { "https://reg.example.com:5000/v2/": entry }, credHelpers: { "reg.example.com:5000": "fake" } }, "reg.example.com:5000"],
    ["credHelpers empty for the registry, credsStore set", { auths: { [HUB]: entry }, credHelpers: { [HUB]: "" }, credsStore: "fake" }, undefined],
    ["credHelpers null for the registry, credsStore set", { auths: { [HUB]: entry }, credHelpers: { [HUB]: null }, credsStore: "fake" }, undefined],
    ["credHelpers for another registry, credsStore set", { auths: { "ghcr.io": entry }, credHelpers: { [HUB]: "" }, credsStore: "nf" }, "ghcr.io"],
  ])("%s", (_, config, server) => {
    const code = JSON.stringify(config);
    const docker = dockerLoginUser(code, server, { fake: standInHelper(log), nf: notFound });
    rmSync(log, { force: true });
    const shadowed = lint(code).some((m) => m.messageId === "shadowedEntry");
    expect(shadowed).toBe(docker !== "fileuser");
  });
});
