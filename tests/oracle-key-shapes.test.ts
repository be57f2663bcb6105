// Keys that docker's own parsing reads otherwise than they look (issue: empty port, a port that is
// not a number, IPv6 without port, "?" or "/" in user info, no scheme with user info, upper-case
// scheme). For each: judgeKey's `found` is docker's verdict for the registry the key names, and
// `eslint --fix` never turns a key docker finds into one it does not.
import { Linter } from "eslint";
import { expect, it } from "vitest";
import { judgeKey } from "../lib/core/registry.js";
import plugin from "../lib/index.js";
import { describeWithDocker, dockerLoginUser } from "./helpers/docker.js";

const linter = new Linter({ configType: "flat" });
const auth = Buffer.from("keyuser:not-a-real-password").toString("base64");

function fix(code: string): string {
  return linter.verifyAndFix(code, [plugin.configs.recommended], { filename: "home/.docker/config.json" }).output;
}

describeWithDocker("key shapes, against docker", () => {
  it.each([
    "https://ghcr.io:/",
    "ghcr.io:",
    "https://ghcr.io:abc/",
    "https://[::1]/",
    "https://[::1]:5000/v2/",
    "https://u?x:pw@ghcr.io/",
    "https://bob:pa/ss@ghcr.io",
    "bob:pw@ghcr.io",
    "//bob:pw@ghcr.io",
    "HTTPS://ghcr.io/v2/",
    "https://ghcr.io:0443/",
  ])("%s: found as judged, and still found after --fix", (key) => {
    const { registry, found } = judgeKey(key, "docker");
    const before = JSON.stringify({ auths: { [key]: { auth } } }, null, "\t");
    expect(dockerLoginUser(before, registry) === "keyuser").toBe(found);
    const after = fix(before);
    if (found) expect(dockerLoginUser(after, registry)).toBe("keyuser");
    // A fix touches only a key docker finds both before and after.
    if (after !== before) expect(found).toBe(true);
  });
});
