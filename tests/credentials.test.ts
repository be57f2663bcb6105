// lib/core/credentials.ts against docker-cli.md §1.3–§1.5, containers-auth.md §2.2–§2.3 and the
// measurements with stand-in helpers (valid-credential-helper's oracle tests).
import { describe, expect, it } from "vitest";
import { authHasSecret, helperFor, helperKeyFor, helperNameProblem, isSecret } from "../lib/core/credentials.js";
import { parseDocument } from "../lib/core/document.js";
import { vendorHelperFor } from "../lib/core/helper-registries.js";
import { isPlaceholder, isReference } from "../lib/core/references.js";
import type { Flavor } from "../lib/core/registry.js";

const b64 = (s: string): string => Buffer.from(s, "latin1").toString("base64");
const HUB = "https://index.docker.io/v1/";

describe("authHasSecret", () => {
  it.each([
    ["", false],
    [b64("user:"), false], // what docker login stores next to an identity token
    [b64("user:\0\0"), false], // Go trims NULs from the password
    [`${b64("user:")}\n`, false],
    [b64("user:pass"), true],
    [b64(":pass"), true], // invalid for docker, still a password on disk
    [b64("nocolon"), true],
    [b64(":"), true], // no user: docker rejects it, and it is not the user: form
    ["dXNlcjpwYXNz", true], // missing padding: undecodable, still counts
    ["not base64!", true],
    ["dTpw", true],
  ])("%j → %s", (auth, expected) => {
    expect(authHasSecret(auth)).toBe(expected);
  });
});

describe("isPlaceholder", () => {
  it.each([
    ["$TOKEN", true],
    ["${DOCKER_AUTH}", true],
    ["${TOKEN:-}", true],
    ["${USER}:${PASS}", true],
    ["$(registryPassword)", true],
    ["${{ secrets.REGISTRY_TOKEN }}", true],
    ["{{ .Values.registry.password }}", true],
    ["$", false],
    ["p4$$word", false],
    ["abc$TOKEN", false],
    ["${TOKEN}x", false],
    ["${1}", false],
    ["hunter2", false],
    ["", false],
  ])("%j → %s", (value, expected) => {
    expect(isPlaceholder(value)).toBe(expected);
  });
});

describe("isSecret", () => {
  const allow = { allowPlaceholders: true };
  const strict = { allowPlaceholders: false };
  it("empty values are not secrets", () => {
    for (const f of ["auth", "password", "identitytoken", "registrytoken"] as const) expect(isSecret(f, "", allow)).toBe(false);
  });
  it("placeholders only when allowed", () => {
    expect(isSecret("password", "$TOKEN", allow)).toBe(false);
    expect(isSecret("password", "$TOKEN", strict)).toBe(true);
  });
  it("auth goes through authHasSecret, the others count whatever they hold", () => {
    expect(isSecret("auth", b64("u:"), strict)).toBe(false);
    expect(isSecret("identitytoken", " ", strict)).toBe(true);
  });
});

describe("helperNameProblem", () => {
  it.each([
    ["desktop", null],
    ["ecr-login", null],
    ["osxkeychain", null],
    ["gcloud", null],
    ["docker-credential", null], // runs docker-credential-docker-credential: odd, but a name
    ["", { kind: "empty" }],
    ["docker-credential-desktop", { kind: "prefix", name: "desktop" }],
    ["docker-credential-docker-credential-pass", { kind: "prefix", name: "pass" }],
    ["docker-credential-", { kind: "prefix", name: null }],
    ["/usr/local/bin/docker-credential-ecr-login", { kind: "path", name: "ecr-login" }],
    ["C:\\Program Files\\Docker\\docker-credential-wincred.exe", { kind: "path", name: "wincred" }],
    ["./helper", { kind: "path", name: null }],
    ["docker-credential-/usr/bin/x", { kind: "path", name: null }],
    ["desktop ", { kind: "whitespace", name: "desktop" }],
    [" docker-credential-pass", { kind: "whitespace", name: "pass" }],
    ["desk top", { kind: "whitespace", name: null }],
    ["pass\t", { kind: "whitespace", name: "pass" }],
    ["pa\u0000ss", { kind: "whitespace", name: null }],
  ])("%j → %j", (value, expected) => {
    expect(helperNameProblem(value)).toEqual(expected);
  });
});

describe("vendorHelperFor", () => {
  it.each([
    ["123456789012.dkr.ecr.us-east-1.amazonaws.com", "ecr-login"],
    ["123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com", "ecr-login"],
    ["123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn", "ecr-login"],
    ["public.ecr.aws", "ecr-login"],
    ["gcr.io", "gcloud"],
    ["eu.gcr.io", "gcloud"],
    ["europe-west1-docker.pkg.dev", "gcloud"],
    ["ghcr.io", null],
    [HUB, null],
    ["evil.com/123456789012.dkr.ecr.us-east-1.amazonaws.com", null],
  ])("%s → %s", (registry, expected) => {
    expect(vendorHelperFor(registry)).toBe(expected);
  });
});

describe("helperKeyFor", () => {
  it.each<[string, Flavor, string]>([
    [HUB, "docker", HUB],
    ["https://reg.example.com:5000/v2/", "docker", "reg.example.com:5000"],
    ["docker.io", "containers", "docker.io"],
    ["quay.io/org/repo", "containers", "quay.io"],
    ["https://quay.io/v2/", "containers", "quay.io"],
  ])("%s (%s) → %s", (key, flavor, expected) => {
    expect(helperKeyFor(key, flavor)).toBe(expected);
  });
});

describe("helperFor, the one helper lookup every rule makes", () => {
  type Setting = [key: string, value: string | null];
  const h = (key: string, value: string | null): Setting => [key, value];
  /** helperFor on the model of a file with the entry, the credHelpers entries (in order, repeats kept) and credsStore. */
  const serving = (key: string, flavor: Flavor, helpers: Setting[], store: string | null) => {
    const entries = helpers.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ");
    const text = `{"auths": {${JSON.stringify(key)}: {}}, "credHelpers": {${entries}}${store === null ? "" : `, "credsStore": ${JSON.stringify(store)}`}}`;
    const model = parseDocument(text, flavor)?.model;
    if (!model) throw new Error(`no model for ${text}`);
    return helperFor(model, key, flavor);
  };
  it("docker: credHelpers exact key wins over credsStore", () => {
    expect(serving(HUB, "docker", [h(HUB, "fake")], "desktop")).toEqual({ helper: "fake", via: "credHelpers" });
  });
  it("docker: credsStore serves every registry without a credHelpers entry", () => {
    expect(serving("ghcr.io", "docker", [h(HUB, "fake")], "desktop")).toEqual({ helper: "desktop", via: "credsStore" });
  });
  it("docker: a URL-form auths key is served by the helper of its host", () => {
    expect(serving("https://reg.example.com:5000/v2/", "docker", [h("reg.example.com:5000", "fake")], null)).toEqual({
      helper: "fake",
      via: "credHelpers",
    });
  });
  it("docker: a credHelpers key docker never consults serves nothing", () => {
    expect(serving("reg.example.com:5000", "docker", [h("https://reg.example.com:5000", "fake")], null)).toBeNull();
    expect(serving(HUB, "docker", [h("docker.io", "fake")], null)).toBeNull();
  });
  it("docker: an empty or null credHelpers value sends the registry to the file, even past credsStore", () => {
    expect(serving(HUB, "docker", [h(HUB, "")], "fake")).toBeNull();
    expect(serving(HUB, "docker", [h(HUB, null)], "fake")).toBeNull();
  });
  it("docker: the last of duplicate credHelpers keys counts", () => {
    expect(serving(HUB, "docker", [h(HUB, "a"), h(HUB, "b")], null)).toEqual({ helper: "b", via: "credHelpers" });
  });
  it("docker: an auths key docker never finds is canonical-registry-key's, not shadowed", () => {
    expect(serving("docker.io", "docker", [], "desktop")).toBeNull();
  });
  it("docker: an empty credsStore is no store", () => {
    expect(serving(HUB, "docker", [], "")).toBeNull();
  });
  it("kubernetes: the kubelet runs no helper, whatever credHelpers and credsStore say", () => {
    expect(serving("ghcr.io", "kubernetes", [h("ghcr.io", "gcloud")], "desktop")).toBeNull();
  });
  it("containers: credsStore is not read; credHelpers by host covers namespaced keys", () => {
    expect(serving("docker.io", "containers", [], "desktop")).toBeNull();
    expect(serving("quay.io/org", "containers", [h("quay.io", "fake")], null)).toEqual({ helper: "fake", via: "credHelpers" });
    expect(serving("docker.io", "containers", [h("docker.io", "fake")], null)).toEqual({ helper: "fake", via: "credHelpers" });
    expect(serving("docker.io", "containers", [h(HUB, "fake")], null)).toBeNull();
  });
});

describe("isReference (one whole reference, as valid-auth skips it)", () => {
  it.each([
    ["$AUTH", true],
    [" ${AUTH} ", true],
    ["$(auth)", true],
    ["${{ secrets.AUTH }}", true],
    ["{{ .Values.auth | b64enc }}", true],
    ["${USER}:${PASS}", false],
    ["dXNlcjpwYXNz", false],
    ["$", false],
  ])("%j → %s", (value, expected) => {
    expect(isReference(value)).toBe(expected);
  });
});
