// The kubelet's key matching and auth decoding. The oracle is kubernetes' own test tables:
// pkg/credentialprovider/keyring_test.go (TestURLsMatch, TestDockerKeyringForGlob, TestKeyringMiss,
// TestKeyringMissWithDockerHubCredentials, TestKeyringHitWith*DockerHub, TestIsDefaultRegistryMatch,
// TestDockerKeyringLookup, TestIssue3797) and config_test.go (TestDecodeDockerConfigFieldAuth,
// TestDockerConfigEntryJSONDecode), ported row by row. The differential part then checks that
// judgeKey's verdicts for the `kubernetes` flavor agree with that port on generated keys and images.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeAuth, entryCredential } from "../lib/core/auth.js";
import {
  goFilepathMatch,
  isDefaultRegistryMatch,
  keyringKey,
  keyringLookup,
  normalizeImageName,
  urlsMatchStr,
} from "../lib/core/kubelet.js";
import { judgeKey } from "../lib/core/registry.js";
import { fcParams } from "./helpers/lint.js";

const HUB = "https://index.docker.io/v1/";
/** `defaultRegistryKey` in keyring.go. */
const DEFAULT_REGISTRY_KEY = "index.docker.io/v1/";

/** A keyring of one entry per key, as `BasicDockerKeyring.Add` builds it (invalid keys skipped). */
function lookup(keys: readonly string[], image: string): string[] {
  return keyringLookup(keys.map(keyringKey).filter((k): k is string => k !== null), image);
}

describe("keyring_test.go TestURLsMatch", () => {
  it.each([
    ["*.kubernetes.io", "prefix.kubernetes.io", true],
    ["prefix.*.io", "prefix.kubernetes.io", true],
    ["prefix.kubernetes.*", "prefix.kubernetes.io", true],
    ["*-good.kubernetes.io", "prefix-good.kubernetes.io", true],
    ["*.kubernetes.io/blah", "prefix.kubernetes.io/blah", true],
    ["prefix.*.io/foo", "prefix.kubernetes.io/foo/bar", true],
    ["*.kubernetes.io:1111/blah", "prefix.kubernetes.io:1111/blah", true],
    ["prefix.*.io:1111/foo", "prefix.kubernetes.io:1111/foo/bar", true],
    ["*.kubernetes.io", "kubernetes.io", false],
    ["*.*.kubernetes.io", "prefix.kubernetes.io", false],
    ["*.*.kubernetes.io", "kubernetes.io", false],
    ["*kubernetes.io", "a.kubernetes.io", false],
    ["*kubernetes.io", "kubernetes.io", true],
    ["*.*.*.kubernetes.io", "a.b.c.kubernetes.io", true],
    ["kubernetes.io", "kubernetes.com", false],
    ["k*.io", "quay.io", false],
    ["*.kubernetes.io:1234/blah", "prefix.kubernetes.io:1111/blah", false],
    ["prefix.*.io/foo", "prefix.kubernetes.io:1111/foo/bar", false],
  ])("%s ~ %s: %s", (glob, target, expected) => {
    expect(urlsMatchStr(glob, target)).toBe(expected);
  });
});

describe("keyring_test.go TestDockerKeyringForGlob: found for <target>/foo/bar", () => {
  it.each([
    ["https://hello.kubernetes.io", "hello.kubernetes.io"],
    ["https://*.docker.io", "prefix.docker.io"],
    ["https://prefix.*.io", "prefix.docker.io"],
    ["https://prefix.docker.*", "prefix.docker.io"],
    ["https://*.docker.io/path", "prefix.docker.io/path"],
    ["https://prefix.*.io/path", "prefix.docker.io/path/subpath"],
    ["https://prefix.docker.*/path", "prefix.docker.io/path"],
    ["https://*.docker.io:8888", "prefix.docker.io:8888"],
    ["https://prefix.*.io:8888", "prefix.docker.io:8888"],
    ["https://prefix.docker.*:8888", "prefix.docker.io:8888"],
    ["https://*.docker.io/path:1111", "prefix.docker.io/path:1111"],
    ["https://*.docker.io/v1/", "prefix.docker.io/path:1111"],
    ["https://*.docker.io/v2/", "prefix.docker.io/path:1111"],
    ["https://prefix.docker.*/path:1111", "prefix.docker.io/path:1111"],
    ["prefix.docker.io:1111", "prefix.docker.io:1111/path"],
    ["*.docker.io:1111", "prefix.docker.io:1111/path"],
  ])("%s for %s", (key, target) => {
    expect(lookup([key], `${target}/foo/bar`)).toHaveLength(1);
  });
});

describe("keyring_test.go TestKeyringMiss", () => {
  it.each([
    ["https://hello.kubernetes.io", "world.mesos.org/foo/bar"],
    ["https://*.docker.com", "prefix.docker.io"],
    ["https://suffix.*.io", "prefix.docker.io"],
    ["https://prefix.docker.c*", "prefix.docker.io"],
    ["https://prefix.*.io/path:1111", "prefix.docker.io/path/subpath:1111"],
    ["suffix.*.io", "prefix.docker.io"],
  ])("%s misses %s", (key, target) => {
    expect(lookup([key], `${target}/foo/bar`)).toEqual([]);
  });
});

describe("keyring_test.go Docker Hub credentials under https://index.docker.io/v1/", () => {
  const keys = [`https://${DEFAULT_REGISTRY_KEY}`];
  it("TestKeyringMissWithDockerHubCredentials", () => expect(lookup(keys, "world.mesos.org/foo/bar")).toEqual([]));
  it("TestKeyringHitWithUnqualifiedDockerHub", () => expect(lookup(keys, "google/docker-registry")).toHaveLength(1));
  it("TestKeyringHitWithUnqualifiedLibraryDockerHub", () => expect(lookup(keys, "jenkins")).toHaveLength(1));
  it("TestKeyringHitWithQualifiedDockerHub", () => {
    expect(lookup(keys, `${DEFAULT_REGISTRY_KEY}/google/docker-registry`)).toHaveLength(1);
  });
});

describe("keyring_test.go TestIsDefaultRegistryMatch", () => {
  it.each([
    ["foo/bar", true],
    ["docker.io/foo/bar", true],
    ["index.docker.io/foo/bar", true],
    ["foo", true],
    ["", false],
    ["registry.tld/foo/bar", false],
    ["registry:5000/foo/bar", false],
    ["myhostdocker.io/foo/bar", false],
  ])("%j: %s", (image, expected) => {
    expect(isDefaultRegistryMatch(image)).toBe(expected);
  });
});

describe("keyring_test.go TestDockerKeyringLookup (grace: bar.example.com/pong, ada: bar.example.com)", () => {
  const keys = ["bar.example.com/pong", "bar.example.com"];
  it.each([
    ["bar.example.com", ["bar.example.com"]],
    ["bar.example.com/pong", ["bar.example.com/pong", "bar.example.com"]],
    ["bar.example.com/ping", ["bar.example.com"]],
    // A plain string prefix, not a path segment.
    ["bar.example.com/pongz", ["bar.example.com/pong", "bar.example.com"]],
    ["bar.example.com/pong/pang", ["bar.example.com/pong", "bar.example.com"]],
    ["example.com", []],
    ["foo.example.com", []],
  ])("%s", (image, expected) => {
    expect(lookup(keys, image)).toEqual(expected);
  });
});

describe("keyring_test.go TestIssue3797: https://quay.io/v1/ is the host", () => {
  it.each(["quay.io", "quay.io/foo", "quay.io/foo/bar"])("%s", (image) => {
    expect(lookup(["https://quay.io/v1/"], image)).toEqual(["quay.io"]);
  });
});

describe("the index key (BasicDockerKeyring.Add)", () => {
  it.each([
    ["docker.io", "docker.io"],
    ["index.docker.io", "index.docker.io"],
    [HUB, "index.docker.io"],
    ["https://index.docker.io/v1", "index.docker.io/v1"],
    ["http://docker.io/v2/", "docker.io"],
    ["https://user:token@ghcr.io/", "ghcr.io"],
    ["quay.io/org/v2/", "quay.io/org/v2/"],
    ["https://quay.io/v2/org", "quay.io/org"],
    ["ghcr.io?x=1#frag", "ghcr.io"],
    ["reg.example.com%41", null],
    ["reg.example.com:abc", null],
    ["my registry.example.com", null],
    ["ghcr.io\t", null],
  ])("%j → %j", (key, expected) => {
    expect(keyringKey(key)).toBe(expected);
  });
});

describe("Go's filepath.Match, as URLsMatch uses it per host label", () => {
  it.each([
    ["*", "anything", true],
    ["pre?ix", "prefix", true],
    ["[a-c]ar", "bar", true],
    ["[^a-c]ar", "bar", false],
    ["[a-c", "bar", false],
    ["\\*", "*", true],
    ["a*b*c", "axxbyyc", true],
    ["a*b", "ab/b", false],
  ])("%s ~ %s: %s", (pattern, name, expected) => {
    expect(goFilepathMatch(pattern, name)).toBe(expected);
  });
});

describe("the image name Lookup gets (parsers.ParseImageName)", () => {
  it.each([
    ["nginx", "docker.io/library/nginx"],
    ["nginx:1.27", "docker.io/library/nginx"],
    ["bitnami/redis@sha256:abc", "docker.io/bitnami/redis"],
    ["index.docker.io/library/nginx", "docker.io/library/nginx"],
    ["docker.io/nginx", "docker.io/library/nginx"],
    ["localhost/app", "localhost/app"],
    ["reg.example.com:5000/team/app:v1", "reg.example.com:5000/team/app"],
    ["Foo/app", "Foo/app"],
    ["ghcr.io/Org/app", null],
  ])("%s → %j", (image, expected) => {
    expect(normalizeImageName(image)).toBe(expected);
  });
});

describe("config_test.go TestDecodeDockerConfigFieldAuth, with the kubelet's unpadded and newline cases", () => {
  const b64 = (s: string, raw = false): string => {
    const v = Buffer.from(s).toString("base64");
    return raw ? v.replace(/=+$/, "") : v;
  };
  it.each([
    ["Zm9vOmJhcg==", true],
    ["Zm9vOmJhcg", true],
    ["Zm9vOm\nJhcg==\n", true],
    [b64("foo:bar:baz"), true],
    [b64("user:pässwörd", true), true],
    ["cGFudHM=", false],
    ["Zm9vOmJhcg== ", false],
    ["pants", false],
    // Unpadded decoding has no "=": a value that ends in "=" before a space is decoded padded.
    ["Zm9vOmJhcg=", false],
    ["", true],
  ])("%j: loads %s", (value, loads) => {
    expect(decodeAuth(value, "kubernetes").ok).toBe(loads);
  });

  it("gives the kubelet's error texts and Go's offsets", () => {
    expect(decodeAuth("cGFudHM=", "kubernetes")).toMatchObject({
      error: "noColon",
      dockerReason: "unable to parse auth field, must be formatted as base64(username:password)",
    });
    expect(decodeAuth("pants", "kubernetes")).toMatchObject({ error: "base64", offset: 4, dockerReason: "illegal base64 data at input byte 4" });
    expect(decodeAuth("Zm9vOmJhcg== ", "kubernetes")).toMatchObject({ error: "base64", offset: 12 });
  });

  it("accepts an empty user name (docker does not)", () => {
    const value = b64(":secret");
    expect(decodeAuth(value, "kubernetes")).toMatchObject({ ok: true, emptyUser: true });
    expect(decodeAuth(value, "docker").ok).toBe(false);
  });

  it("keeps NUL bytes, which docker trims from the password", () => {
    const value = Buffer.from("u:p\0").toString("base64");
    expect(decodeAuth(value, "kubernetes").flags.nul).toBe(true);
  });
});

describe("config_test.go TestDockerConfigEntryJSONDecode: what the kubelet sends", () => {
  const entry = (e: Partial<Record<"auth" | "username" | "password" | "identitytoken" | "registrytoken", string>>) =>
    entryCredential({ auth: null, username: null, password: null, identitytoken: null, registrytoken: null, ...e }, "kubernetes");
  it.each([
    ["plain username and password", { username: "foo", password: "bar" }, "usable"],
    ["auth decodes", { auth: "Zm9vOmJhcg==" }, "usable"],
    ["auth overrides username & password", { username: "foo", password: "bar", auth: "cGluZzpwb25n" }, "usable"],
    ["auth of user: overrides a password", { password: "bar", auth: Buffer.from("ping:").toString("base64") }, "none"],
    ["poorly formatted auth", { auth: "pants" }, "refused"],
    ["a token alone: the kubelet does not read tokens", { identitytoken: "t" }, "none"],
    ["a user name alone", { username: "foo" }, "none"],
    ["a placeholder password", { password: "${REGISTRY_PASSWORD}" }, "usable"],
  ] as const)("%s", (_name, e, expected) => {
    expect(entry(e)).toBe(expected);
  });
});

describe("judgeKey for the kubelet", () => {
  it.each([
    ["docker.io", "docker.io", "canonical"],
    ["index.docker.io", "docker.io", "canonical"],
    [HUB, "docker.io", "canonical"],
    ["https://index.docker.io/v2/", "docker.io", "canonical"],
    ["http://docker.io", "docker.io", "canonical"],
    ["docker.io/bitnami", "docker.io/bitnami", "canonical"],
    ["ghcr.io", "ghcr.io", "canonical"],
    ["https://ghcr.io", "ghcr.io", "canonical"],
    ["https://ghcr.io/v2/", "ghcr.io", "canonical"],
    ["*.example.com", "*.example.com", "canonical"],
    ["reg.example.com:5000", "reg.example.com:5000", "canonical"],
    ["quay.io/org", "quay.io/org", "canonical"],
  ])("%s is found for %s", (key, registry, reason) => {
    expect(judgeKey(key, "kubernetes")).toEqual({ registry, canonical: key, found: true, reason, certain: true });
  });

  it("a key with user info is found: url.Parse keeps it out of the host", () => {
    expect(judgeKey("https://user:token@ghcr.io", "kubernetes")).toMatchObject({ registry: "ghcr.io", found: true, reason: "canonical" });
  });

  it.each([
    ["https://index.docker.io/v1", "docker.io", HUB, "hubAlias", true],
    ["index.docker.io/v1", "docker.io", HUB, "hubAlias", true],
    ["docker.io/v2", "docker.io", HUB, "hubAlias", true],
    ["https://index.docker.io/v1?x", "docker.io", HUB, "hubAlias", false],
    ["registry-1.docker.io", "docker.io", HUB, "hubHost", false],
    ["https://registry.hub.docker.com", "docker.io", HUB, "hubHost", false],
    ["hub.docker.com", "docker.io", HUB, "hubAlias", false],
    ["index.docker.io/library", "docker.io/library", "docker.io/library", "unusedPath", false],
    ["ghcr.io/v1", "ghcr.io", "ghcr.io", "unusedPath", false],
    ["oci://ghcr.io", "ghcr.io", "ghcr.io", "unusedPath", false],
    ["HTTPS://ghcr.io", "ghcr.io", "ghcr.io", "unusedPath", false],
    ["GHCR.io", "ghcr.io", "ghcr.io", "uppercase", false],
  ])("%s is not found (meant for %s; %s)", (key, registry, canonical, reason, certain) => {
    expect(judgeKey(key, "kubernetes")).toEqual({ registry, canonical, found: false, reason, certain });
  });

  it.each(["", "https://", "ghcr.io:abc", "my registry.example.com", "user@"])("%j: nothing says what was meant", (key) => {
    expect(judgeKey(key, "kubernetes")).toMatchObject({ registry: "", found: false, reason: "noHost" });
  });

  it("a credHelpers key is never looked up", () => {
    expect(judgeKey("ghcr.io", "kubernetes", "credHelpers").found).toBe(false);
  });
});

// Generated keys and the images of the registry each is meant for: judgeKey must say what the
// keyring does, and its canonical key must be one the keyring uses for those images.
const hosts = fc.constantFrom(
  "docker.io",
  "index.docker.io",
  "registry-1.docker.io",
  "hub.docker.com",
  "ghcr.io",
  "GHCR.io",
  "reg.example.com:5000",
  "localhost:5000",
  "*.example.com",
  "a.example.com",
);
const schemes = fc.constantFrom("", "https://", "http://", "HTTPS://", "oci://", "https://user:tok@");
const paths = fc.constantFrom("", "/", "/v1", "/v1/", "/v2/", "/v2/org", "/org", "/org/", "/library", "?q", "#f");
const keys = fc.tuple(schemes, hosts, paths).map(([s, h, p]) => s + h + p);

/** Images of a registry (`host[:port][/namespace]`), as the kubelet names them. */
function imagesOf(registry: string): string[] {
  const host = registry.replace("*", "a");
  return ["app", "team/app", "org/app"].map((repo) => normalizeImageName(`${host}/${repo}`)).filter((i): i is string => i !== null);
}

describe("judgeKey (kubernetes) against the keyring port, on generated keys", () => {
  it("found means the kubelet uses the key for the registry's images; the canonical key is used", () => {
    fc.assert(
      fc.property(keys, (key) => {
        const v = judgeKey(key, "kubernetes");
        if (v.reason === "noHost") {
          expect(v.found).toBe(false);
          return;
        }
        const images = imagesOf(v.registry);
        const first = images[0] as string;
        expect(lookup([key], first).length > 0, `${key} for ${first}`).toBe(v.found);
        for (const image of images) {
          // The canonical key (the fix's target) reaches every image of the registry.
          expect(lookup([v.canonical], image).length, `${v.canonical} for ${image}`).toBeGreaterThan(0);
        }
      }),
      fcParams(400),
    );
  });
});
