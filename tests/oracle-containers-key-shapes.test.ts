// containers/image key judgements against skopeo: for each auth.json key shape, judgeKey's
// `found` for the registry the key names is what `skopeo login --get-login REGISTRY` finds with
// that key alone in REGISTRY_AUTH_FILE, and a certain rename (canonical-registry-key,
// no-legacy-registry-key autofix) writes a key skopeo finds for that registry too. Measured with
// skopeo 1.9.3; the title names the installed version.
import { expect, it } from "vitest";
import { judgeKey } from "../lib/core/registry.js";
import { describeWithSkopeo, skopeoLogin, skopeoVersion } from "./helpers/skopeo.js";

const auth = Buffer.from("user1:pw").toString("base64");
const file = (key: string): string => JSON.stringify({ auths: { [key]: { auth } } });
const foundBySkopeo = (key: string, registry: string): boolean => skopeoLogin(file(key), registry).user === "user1";

describeWithSkopeo(`auth.json key shapes, against skopeo ${skopeoVersion}`, () => {
  // [key, registry it names, whether skopeo finds it there (measured), canonical key]
  it.each([
    ["docker.io", "docker.io", true, "docker.io"],
    ["index.docker.io", "docker.io", true, "docker.io"],
    ["registry-1.docker.io", "docker.io", true, "docker.io"],
    ["https://index.docker.io/v1/", "docker.io", true, "docker.io"],
    ["https://registry-1.docker.io/v2/", "docker.io", true, "docker.io"],
    ["docker.io/library", "docker.io/library", true, "docker.io/library"],
    ["index.docker.io/library", "docker.io/library", false, "docker.io/library"],
    ["HTTPS://ghcr.io/v2/", "ghcr.io", false, "ghcr.io"],
    ["https://quay.io", "quay.io", true, "quay.io"],
    ["http://quay.io", "quay.io", true, "quay.io"],
    ["https://quay.io/v2/", "quay.io", true, "quay.io"],
    ["ftp://quay.io", "quay.io", false, "quay.io"],
    ["quay.io/", "quay.io", false, "quay.io"],
    ["quay.io/org", "quay.io/org", true, "quay.io/org"],
    ["quay.io/org/repo", "quay.io/org/repo", true, "quay.io/org/repo"],
    ["quay.io/org/", "quay.io/org", false, "quay.io/org"],
    ["ghcr.io:443", "ghcr.io:443", true, "ghcr.io:443"],
    ["https://ghcr.io:/", "ghcr.io", false, "ghcr.io"],
    ["user@ghcr.io", "ghcr.io", false, "ghcr.io"],
    ["https://bob:pw@ghcr.io", "ghcr.io", false, "ghcr.io"],
    ["GHCR.IO", "ghcr.io", false, "ghcr.io"],
  ] as const)("%s: for %s, found %s, canonical %s", (key, registry, found, canonical) => {
    const verdict = judgeKey(key, "containers", "auths");
    expect([verdict.registry, verdict.canonical]).toEqual([registry, canonical]);
    expect(foundBySkopeo(key, registry), "skopeo login --get-login").toBe(found);
    expect(verdict.found).toBe(found);
    // A certain rename lands on a key skopeo finds for the same registry.
    if (verdict.certain && verdict.canonical !== key) expect(foundBySkopeo(verdict.canonical, registry)).toBe(true);
  });

  it("the lookups are case-sensitive: GHCR.IO is found only for GHCR.IO", () => {
    expect(foundBySkopeo("GHCR.IO", "GHCR.IO")).toBe(true);
  });
});
