// lib/core/registry.ts against the clients' key lookup (docker/cli file_store.go ConvertToHostname,
// containers/image config.go normalizeAuthFileKey), with docker 28.2.2's verdicts where measured.
import { describe, expect, it } from "vitest";
import { DOCKER_HUB_KEY, displayKey, type Flavor, judgeKey, type KeyUse, splitKey } from "../lib/core/registry.js";

type Row = [key: string, registry: string, found: boolean, canonical: string, reason: string, certain: boolean];

const docker: Row[] = [
  // Docker Hub: only the exact v1 URL is looked up.
  [DOCKER_HUB_KEY, "docker.io", true, DOCKER_HUB_KEY, "canonical", true],
  ["docker.io", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", true],
  ["index.docker.io", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", true],
  ["https://index.docker.io/v1", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", true],
  ["http://index.docker.io/v1/", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", true],
  ["https://index.docker.io", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", true],
  ["https://index.docker.io/v2/", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", true],
  ["https://docker.io", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", true],
  ["docker.io/library", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", false],
  ["Docker.io", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", false],
  ["DOCKER.IO", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", false],
  ["hub.docker.com", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", false],
  ["registry-1.docker.io", "docker.io", false, DOCKER_HUB_KEY, "hubHost", false],
  ["https://registry-1.docker.io/v2/", "docker.io", false, DOCKER_HUB_KEY, "hubHost", false],
  ["registry.hub.docker.com", "docker.io", false, DOCKER_HUB_KEY, "hubHost", false],
  // Other registries: exact host[:port], else ConvertToHostname of every key.
  ["ghcr.io", "ghcr.io", true, "ghcr.io", "canonical", true],
  ["reg.example.com:5000", "reg.example.com:5000", true, "reg.example.com:5000", "canonical", true],
  ["[::1]:5000", "[::1]:5000", true, "[::1]:5000", "canonical", true],
  ["https://ghcr.io", "ghcr.io", true, "ghcr.io", "urlForm", true],
  ["https://reg.example.com:5000/v2/", "reg.example.com:5000", true, "reg.example.com:5000", "urlForm", true],
  ["http://reg.example.com:5000", "reg.example.com:5000", true, "reg.example.com:5000", "urlForm", true],
  ["reg.example.com:5000/v2/", "reg.example.com:5000", true, "reg.example.com:5000", "urlForm", true],
  ["ghcr.io/owner", "ghcr.io", true, "ghcr.io", "urlForm", false],
  ["ftp://example.com", "example.com", true, "example.com", "urlForm", false],
  // url.Parse drops user info, query and fragment (docker 28.2.2 finds these for the bare host);
  // without "://" the key is only cut at "/".
  ["https://user@ghcr.io", "ghcr.io", true, "ghcr.io", "urlForm", false],
  ["https://user:pw@reg.example.com:5000/v2/", "reg.example.com:5000", true, "reg.example.com:5000", "urlForm", false],
  ["https://ghcr.io?x=1", "ghcr.io", true, "ghcr.io", "urlForm", false],
  ["https://ghcr.io#top", "ghcr.io", true, "ghcr.io", "urlForm", false],
  ["https://user@index.docker.io/v1/", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", false],
  // No image domain holds user info: docker 28.2.2 finds `user@ghcr.io` only for `docker login
  // user@ghcr.io`, never for ghcr.io ("Cannot perform an interactive login from a non TTY device").
  ["user@ghcr.io", "ghcr.io", false, "ghcr.io", "unusedPath", false],
  ["bob:TOKEN@ghcr.io", "ghcr.io", false, "ghcr.io", "unusedPath", false],
  // Keys docker parses otherwise than they read (docker 28.2.2, `docker login SERVER </dev/null`):
  // an empty port is dropped by url.Parse (found for ghcr.io, not for `ghcr.io:`) ...
  ["https://ghcr.io:/", "ghcr.io", true, "ghcr.io", "urlForm", true],
  ["ghcr.io:", "ghcr.io", false, "ghcr.io", "unusedPath", false],
  // ... a port that is not a number fails url.Parse, and the fallback finds the key for "https:" ...
  ["https://ghcr.io:abc/", "ghcr.io:abc", false, "ghcr.io:abc", "invalidUrl", false],
  ["https://gh cr.io", "gh cr.io", false, "gh cr.io", "invalidUrl", false],
  // ... an IPv6 host loses its brackets without a port (found for `::1`, not `[::1]`) ...
  ["https://[::1]/", "[::1]", false, "[::1]", "unusedPath", false],
  ["https://[::1]:5000/v2/", "[::1]:5000", true, "[::1]:5000", "urlForm", true],
  // ... a "?" in user info ends url.Parse's host (found for `u`) ...
  ["https://u?x:pw@ghcr.io/", "ghcr.io", false, "ghcr.io", "unusedPath", false],
  // ... a password holding "/" fails url.Parse (found for "https:"), and no part of it is a host ...
  ["https://bob:pa/ss@ghcr.io", "ghcr.io", false, "ghcr.io", "invalidUrl", false],
  // ... an upper-case scheme is lower-cased by url.Parse: found.
  ["HTTPS://ghcr.io/v2/", "ghcr.io", true, "ghcr.io", "urlForm", true],
  ["GHCR.IO", "ghcr.io", false, "ghcr.io", "uppercase", false],
  ["https://Reg.Example.com/v2/", "reg.example.com", false, "reg.example.com", "uppercase", false],
  ["", "", false, "", "noHost", false],
  ["https://", "", false, "https://", "noHost", false],
  // User info is dropped by url.Parse: found through the fallback, but never renamed automatically.
  ["https://bob:pw@ghcr.io/v2/", "ghcr.io", true, "ghcr.io", "urlForm", false],
  ["https://bob:pw@", "", false, "https://***@", "noHost", false],
  ["https://user@/v2/", "", false, "https://***@/v2/", "noHost", false],
];

const containers: Row[] = [
  ["docker.io", "docker.io", true, "docker.io", "canonical", true],
  ["docker.io/library", "docker.io/library", true, "docker.io/library", "canonical", true],
  ["index.docker.io", "docker.io", true, "docker.io", "urlForm", true],
  ["registry-1.docker.io", "docker.io", true, "docker.io", "urlForm", true],
  // Also the key Docker-compatible tools read from the same file: never renamed automatically.
  [DOCKER_HUB_KEY, "docker.io", true, "docker.io", "urlForm", false],
  ["https://index.docker.io/v1", "docker.io", true, "docker.io", "urlForm", true],
  ["http://index.docker.io/v1/", "docker.io", true, "docker.io", "urlForm", true],
  ["index.docker.io/library", "docker.io/library", false, "docker.io/library", "unusedPath", false],
  ["hub.docker.com", "docker.io", false, "docker.io", "hubAlias", false],
  ["registry.hub.docker.com", "docker.io", false, "docker.io", "hubAlias", false],
  ["DOCKER.IO", "docker.io", false, "docker.io", "uppercase", false],
  ["quay.io", "quay.io", true, "quay.io", "canonical", true],
  ["quay.io/org/repo", "quay.io/org/repo", true, "quay.io/org/repo", "canonical", true],
  ["localhost:5000", "localhost:5000", true, "localhost:5000", "canonical", true],
  ["https://quay.io", "quay.io", true, "quay.io", "urlForm", true],
  ["https://localhost:5001/v2/", "localhost:5001", true, "localhost:5001", "urlForm", true],
  ["https://quay.io/org", "quay.io", true, "quay.io", "urlForm", false],
  ["quay.io/v2/", "quay.io", false, "quay.io", "unusedPath", false],
  ["quay.io/org/", "quay.io/org", false, "quay.io/org", "unusedPath", false],
  ["ftp://quay.io", "quay.io", false, "quay.io", "unusedPath", false],
  ["Quay.io", "quay.io", false, "quay.io", "uppercase", false],
  // normalizeAuthFileKey strips only the literal "http://" and "https://" (strings.TrimPrefix).
  ["HTTPS://quay.io/v2/", "quay.io", false, "quay.io", "unusedPath", false],
  ["https://quay.io:/", "quay.io", false, "quay.io", "unusedPath", false],
  ["bob:TOKEN@quay.io", "quay.io", false, "quay.io", "unusedPath", false],
  // Podman strips only the scheme and cuts at "/": user info stays in what it compares.
  ["https://bob:pw@quay.io", "quay.io", false, "quay.io", "unusedPath", false],
  ["https://bob:pw@index.docker.io/v1/", "docker.io", false, "docker.io", "unusedPath", false],
  ["https://bob:pw@", "", false, "https://***@", "noHost", false],
];

function table(flavor: Flavor, rows: Row[], use: KeyUse = "auths"): void {
  describe(`${flavor} ${use}`, () => {
    it.each(rows)("%j", (key, registry, found, canonical, reason, certain) => {
      expect(judgeKey(key, flavor, use)).toEqual({ registry, found, canonical, reason, certain });
    });
  });
}

table("docker", docker);
table("containers", containers);

// Helpers are chosen by exact key only: no URL fallback, no namespaces (docker/cli
// getConfiguredCredentialStore; containers/image getCredentialsWithHomeDir).
table(
  "docker",
  [
    [DOCKER_HUB_KEY, "docker.io", true, DOCKER_HUB_KEY, "canonical", true],
    ["docker.io", "docker.io", false, DOCKER_HUB_KEY, "hubAlias", true],
    ["ghcr.io", "ghcr.io", true, "ghcr.io", "canonical", true],
    ["https://ghcr.io", "ghcr.io", false, "ghcr.io", "urlForm", true],
    ["ghcr.io/owner", "ghcr.io", false, "ghcr.io", "urlForm", false],
  ],
  "credHelpers",
);
table(
  "containers",
  [
    ["docker.io", "docker.io", true, "docker.io", "canonical", true],
    [DOCKER_HUB_KEY, "docker.io", false, "docker.io", "urlForm", false],
    ["quay.io/org", "quay.io", false, "quay.io", "unusedPath", false],
  ],
  "credHelpers",
);

describe("displayKey", () => {
  it.each([
    ["https://bob:hunter2@ghcr.io/v2/", "https://***@ghcr.io/v2/"],
    ["bob:hunter2@ghcr.io", "***@ghcr.io"],
    // Whatever stands before the last "@" may be a password, "/" and all.
    ["https://bob:pa/ss@ghcr.io", "https://***@ghcr.io"],
    ["https://ghcr.io/a@b", "https://***@b"],
    ["//bob:pw@ghcr.io", "//***@ghcr.io"],
    [" https://bob:pw@ghcr.io", " https://***@ghcr.io"],
    ["https://u?x:pw@ghcr.io/", "https://***@ghcr.io/"],
    ["ghcr.io", "ghcr.io"],
  ])("%s → %s", (key, shown) => {
    expect(displayKey(key)).toBe(shown);
  });
});

describe("splitKey", () => {
  it.each([
    ["https://h:1/v2/", { scheme: "https", host: "h:1", path: "/v2/", userinfo: false }],
    ["HTTP://h", { scheme: "http", host: "h", path: "", userinfo: false }],
    ["h/ns/repo", { scheme: null, host: "h", path: "/ns/repo", userinfo: false }],
    ["[::1]:5000", { scheme: null, host: "[::1]:5000", path: "", userinfo: false }],
    ["https://u:p@h:1/v2/", { scheme: "https", host: "u:p@h:1", path: "/v2/", userinfo: true }],
    ["https://u:p@x@h", { scheme: "https", host: "u:p@x@h", path: "", userinfo: true }],
    ["u@h", { scheme: null, host: "u@h", path: "", userinfo: false }],
  ])("%s", (key, parts) => {
    expect(splitKey(key)).toEqual(parts);
  });
});
