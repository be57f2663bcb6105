// The seed bug, end to end with the real Docker CLI: for every Docker Hub alias, docker does not
// find the credentials before the fix and finds them after it.
import { Linter } from "eslint";
import { expect, it } from "vitest";
import plugin from "../lib/index.js";
import { describeWithDocker, dockerLoginUser } from "./helpers/docker.js";

const linter = new Linter({ configType: "flat" });
const config = [plugin.configs.recommended];
const auth = Buffer.from("hubuser:not-a-real-password").toString("base64");

function fix(code: string): string {
  const result = linter.verifyAndFix(code, config, { filename: "home/.docker/config.json" });
  return result.output;
}

describeWithDocker("Docker Hub aliases", () => {
  it.each([
    "docker.io",
    "index.docker.io",
    "https://index.docker.io/v1",
    "http://index.docker.io/v1/",
    "https://index.docker.io",
    "https://index.docker.io/v2/",
    "https://docker.io",
  ])("%s: not found before --fix, found after it", (key) => {
    const before = JSON.stringify({ auths: { [key]: { auth } } }, null, "\t");
    expect(dockerLoginUser(before)).toBeNull();
    const after = fix(before);
    expect(after).not.toBe(before);
    expect(JSON.parse(after)).toEqual({ auths: { "https://index.docker.io/v1/": { auth } } });
    expect(dockerLoginUser(after)).toBe("hubuser");
  });

  it("a legacy URL key for a private registry is found before and after the fix", () => {
    const before = JSON.stringify({ auths: { "https://reg.example.com:5000/v2/": { auth } } });
    expect(dockerLoginUser(before, "reg.example.com:5000")).toBe("hubuser");
    const after = fix(before);
    expect(JSON.parse(after)).toEqual({ auths: { "reg.example.com:5000": { auth } } });
    expect(dockerLoginUser(after, "reg.example.com:5000")).toBe("hubuser");
  });

  it("credHelpers under docker.io is never asked; after the fix it is", () => {
    const helper = `read url; echo "$1 $url" >> "$HOME/asked"; echo '{"ServerURL":"'$url'","Username":"helperuser","Secret":"s"}'`;
    const before = JSON.stringify({ credHelpers: { "docker.io": "fake" } });
    expect(dockerLoginUser(before, undefined, { fake: helper })).toBeNull();
    const after = fix(before);
    expect(JSON.parse(after)).toEqual({ credHelpers: { "https://index.docker.io/v1/": "fake" } });
    expect(dockerLoginUser(after, undefined, { fake: helper })).toBe("helperuser");
  });
});

describeWithDocker("two keys for Docker Hub: one report, from the rule that owns the defect", () => {
  const other = Buffer.from("otheruser:not-a-real-password").toString("base64");
  const reports = (code: string): string[] =>
    linter
      .verify(code, config, { filename: "home/.docker/config.json" })
      .filter((m) => m.ruleId !== "docker-config/no-plaintext-credentials")
      .map((m) => `${m.ruleId?.replace("docker-config/", "")}:${m.messageId}`);

  it("docker.io beside the Hub key: docker reads only the Hub key; no-duplicate-registry alone reports it", () => {
    const code = JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth }, "docker.io": { auth: other } } });
    expect(dockerLoginUser(code)).toBe("hubuser");
    expect(dockerLoginUser(code, "docker.io")).toBe("hubuser");
    expect(reports(code)).toEqual(["no-duplicate-registry:sameRegistry"]);
  });

  it("registry-1.docker.io beside the Hub key: docker reads each for its own host; not a duplicate", () => {
    const code = JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth }, "registry-1.docker.io": { auth: other } } });
    expect(dockerLoginUser(code)).toBe("hubuser");
    expect(dockerLoginUser(code, "registry-1.docker.io")).toBe("otheruser");
    expect(reports(code)).toEqual(["canonical-registry-key:hubHostKey"]);
  });
});
