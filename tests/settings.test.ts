// The flavor is a fact of the document: the host's (the file name today), overridden for a file by
// `settings["docker-config"].flavor`, and a rule's own `flavor` option wins over both.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../lib/index.js";

const linter = new Linter({ configType: "flat" });
// docker looks Docker Hub up only as https://index.docker.io/v1/; containers/image writes docker.io.
const code = '{ "auths": { "docker.io": { "auth": "dTpw" } } }';

function keyMessages(filename: string, extra: Linter.Config[] = []): (string | undefined)[] {
  return linter
    .verify(code, [plugin.configs.recommended, ...extra], { filename })
    .filter((m) => m.ruleId === "docker-config/canonical-registry-key")
    .map((m) => m.messageId);
}

describe("flavor precedence", () => {
  it("from the file name: config.json is docker's, auth.json containers/image's", () => {
    expect(keyMessages("home/.docker/config.json")).toEqual(["nonCanonicalKey"]);
    expect(keyMessages("run/containers/auth.json")).toEqual([]);
  });

  it("settings override the file name", () => {
    const containers: Linter.Config = { settings: { "docker-config": { flavor: "containers" } } };
    const docker: Linter.Config = { settings: { "docker-config": { flavor: "docker" } } };
    expect(keyMessages("home/.docker/config.json", [containers])).toEqual([]);
    expect(keyMessages("run/containers/auth.json", [docker])).toEqual(["nonCanonicalKey"]);
  });

  it("a setting that names no flavor is ignored", () => {
    expect(keyMessages("home/.docker/config.json", [{ settings: { "docker-config": { flavor: "podman" } } }])).toEqual([
      "nonCanonicalKey",
    ]);
  });

  it("a rule's flavor option overrides the settings", () => {
    const both: Linter.Config[] = [
      { settings: { "docker-config": { flavor: "containers" } } },
      { rules: { "docker-config/canonical-registry-key": ["error", { flavor: "docker" }] } },
    ];
    expect(keyMessages("run/containers/auth.json", both)).toEqual(["nonCanonicalKey"]);
  });
});
