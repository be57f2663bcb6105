// Counterexamples the property suites found, kept by name.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { daemonSideConfigs } from "../../lib/configs-daemon.js";
import { kubernetesConfig } from "../../lib/configs-kubernetes.js";
import { keyringKey, keyringLookup, normalizeImageName } from "../../lib/core/kubelet.js";
import plugin from "../../lib/index.js";
import { describeWithDocker, dockerLoginUser } from "../helpers/docker.js";
import { fix, lint } from "../helpers/lint.js";

describe("regressions from the property suites", () => {
  it("redaction: a two-edit suggestion copied the text between its edits (and a token) into its fix", () => {
    // keepThis used to rename this key and remove the other entry in one suggestion; ESLint merges
    // the two edits into one replacement spanning everything between them, so `--format json`
    // printed the ghcr.io entry's token inside the fix text.
    const secret = "_.&.0=0*";
    const code = `{ "auths": { "https://index.docker.io/v1/": {}, "ghcr.io": { "identitytoken": "${secret}" }, "docker.io": {} } }`;
    const messages = lint(code);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      for (const s of m.suggestions ?? []) expect(s.fix.text).not.toContain(secret);
      expect(m.fix?.text ?? "").not.toContain(secret);
    }
  });
});

describe("regressions: secrets inside keys", () => {
  it("redaction: a URL key's user info (https://user:token@host) is masked in every report", () => {
    const secret = "hunter2token";
    const code = `{ "auths": { "https://bob:${secret}@ghcr.io/v2/": { "auth": 5 }, "https://bob:${secret}@": {} }, "credHelpers": { "https://bob:${secret}@ghcr.io": "docker-credential-x" }, "credsStore": "desktop" }`;
    const messages = lint(code);
    expect(messages.length).toBeGreaterThan(3);
    for (const m of messages) {
      expect(m.message).not.toContain(secret.slice(0, 4));
      for (const s of m.suggestions ?? []) expect(s.desc).not.toContain(secret.slice(0, 4));
    }
    expect(messages.some((m) => m.message.includes("https://***@ghcr.io/v2/"))).toBe(true);
  });

  it("redaction: a password holding \"?\" or \"#\" in a key's user info does not become the host a report names", () => {
    // Found by the redaction property after the differential suite taught the key model to cut
    // the authority at "?" and "#": "https://ci:pw?x@ghcr.io" was judged as meant for "ci:pw".
    for (const key of ["https://ci:pa?ss7@ghcr.io", "https://ci:pa#ss7@ghcr.io/v2/"]) {
      const messages = lint(JSON.stringify({ credHelpers: { [key]: "desktop" } }));
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) expect(m.message).not.toMatch(/ss7|pa[?#]/);
    }
  });

  it("fix safety: a key with user info is never renamed automatically (the rename would delete what the user wrote)", () => {
    const code = '{ "auths": { "https://bob:pw@ghcr.io/v2/": {} }, "credsStore": "desktop" }';
    const key = lint(code).find((m) => m.ruleId === "docker-config/no-legacy-registry-key");
    expect(key?.fix).toBeUndefined();
    expect(key?.suggestions?.map((s) => s.fix.text)).toEqual(["ghcr.io"]);
  });
});

// differential-docker, seed -609528095: docker takes the host of a "scheme://" key from url.Parse,
// which drops user info, query and fragment; the plugin cut only at "/", judged the key as meant
// for "user@reg.example.com:5000" and autofixed it to that key, which docker never finds.
const urlKeys = ["https://user@reg.example.com:5000", "https://user:pw@reg.example.com:5000/v2/", "https://reg.example.com:5000?x=1", "https://reg.example.com:5000#top"];
const auth = Buffer.from("user0:pw").toString("base64");

describe("regressions from the differential suite", () => {
  it.each(urlKeys)("%s: a legacy form of reg.example.com:5000, renamed by a suggestion only", (key) => {
    const code = JSON.stringify({ auths: { [key]: { auth } } });
    const [m, ...rest] = lint(code).filter((x) => x.ruleId === "docker-config/canonical-registry-key" || x.ruleId === "docker-config/no-legacy-registry-key");
    expect(rest).toEqual([]);
    expect(m?.ruleId).toBe("docker-config/no-legacy-registry-key");
    expect(m?.messageId).toBe("legacyKeyForm");
    expect(m?.fix).toBeUndefined();
    expect(m?.suggestions?.map((s) => s.fix.text)).toEqual(["reg.example.com:5000"]);
    expect(fix(code).output).toBe(code);
  });
});

describeWithDocker("regressions from the differential suite", () => {
  it.each(urlKeys)("%s: docker finds it for reg.example.com:5000, and after --fix still does", (key) => {
    const code = JSON.stringify({ auths: { [key]: { auth } } });
    expect(dockerLoginUser(code, "reg.example.com:5000")).toBe("user0");
    expect(dockerLoginUser(fix(code).output, "reg.example.com:5000")).toBe("user0");
  });
});

// differential-docker, seed 15065296: `{"auths": {"127.0.0.1:5000": …}, "auths": null, "auths":
// {"https://127.0.0.1:5000": …}}`. The null empties the map (Entry.live false on the first key), so
// docker 28.2.2 finds the second key's user; no-duplicate-registry still paired it with the emptied
// exact key and called it "never used".
const resetCode = `{"auths": {"127.0.0.1:5000": {"auth": "${auth}"}}, "auths": null, "auths": {"https://127.0.0.1:5000": {"auth": "${Buffer.from("user1:pw").toString("base64")}"}}}`;

describe("regressions from the differential suite: a key after a null section", () => {
  it("a key written after `\"auths\": null` has no twin among the entries the null emptied", () => {
    const keys = lint(resetCode).filter((m) => m.ruleId?.endsWith("registry-key") || m.ruleId?.endsWith("duplicate-registry"));
    expect(keys.map((m) => [m.ruleId, m.messageId, m.column])).toEqual([["docker-config/no-legacy-registry-key", "legacyKeyForm", resetCode.indexOf('"https://') + 1]]);
    expect(keys[0]?.fix).toBeUndefined();
  });
});

describeWithDocker("regressions from the differential suite: a key after a null section", () => {
  it("docker finds the key written after the null, before and after --fix", () => {
    expect(dockerLoginUser(resetCode, "127.0.0.1:5000")).toBe("user1");
    expect(dockerLoginUser(fix(resetCode).output, "127.0.0.1:5000")).toBe("user1");
  });
});

// fix-safety-manifests, seed -639340159 (and every seed tried after the merges): inside a base64
// payload every fix replaces the whole scalar, so ESLint applied one per pass and stopped after
// its ten passes with fixes left: a second `eslint --fix` still changed the Secret. Now the fixes
// of one rule that a plain file takes in one pass come as one fix (lib/eslint/create-rule.ts).
const k8s = new Linter({ configType: "flat" });
const k8sConfig = [kubernetesConfig(plugin)];
const secret = (payload: string): string =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${Buffer.from(payload).toString("base64")}\n`;
const payloadOf = (manifest: string): string => Buffer.from(/\.dockerconfigjson: (\S+)/.exec(manifest)?.[1] ?? "", "base64").toString("utf8");

describe("regressions from the manifest fix-safety suite", () => {
  it("a base64 payload with more fixes than ESLint has passes is fixed by one --fix", () => {
    // 12 trailing commas and 3 U+2028 between tokens: 15 strict-json autofixes.
    const hosts = Array.from({ length: 11 }, (_, i) => `"r${i}.example.com": { "auth": "${Buffer.from(`u${i}:p`).toString("base64")}", }`);
    const payload = `// generated\u2028{ "auths": { ${hosts.join(",\u2028")}, }, }`;
    const once = k8s.verifyAndFix(secret(payload), k8sConfig, { filename: "k8s/regcred.yaml" });
    expect(once.messages.filter((m) => m.ruleId === "docker-config/strict-json" && m.messageId === "trailingComma")).toEqual([]);
    expect(payloadOf(once.output)).toBe(`// generated\n{ "auths": { ${hosts.map((h) => h.replace(", }", " }")).join(",\n")} } }`);
    expect(k8s.verifyAndFix(once.output, k8sConfig, { filename: "k8s/regcred.yaml" }).fixed).toBe(false);
  });

  it("two copies of the Docker Hub key and empty keys: --fix changes no credential the kubelet sends", () => {
    const a = (u: string): string => Buffer.from(`${u}:p`).toString("base64");
    const payload = JSON.stringify({ auths: {} }).replace(
      "{}",
      `{"": {}, "https://index.docker.io/v1": {"auth": "${a("u1")}"}, "docker.io": {"auth": "${a("u2")}"}, "https://index.docker.io/v1": {"auth": "${a("u3")}"}, "": {"auth": "${a("u4")}"}}`,
    );
    const creds = (text: string): string[][] => {
      const byIndex = new Map<string, string[]>();
      for (const [k, v] of Object.entries((JSON.parse(text) as { auths: Record<string, unknown> }).auths)) {
        const index = keyringKey(k);
        if (index !== null) byIndex.set(index, [...(byIndex.get(index) ?? []), JSON.stringify(v)]);
      }
      return ["nginx", "bitnami/redis", "ghcr.io/a/b"].map((i) => keyringLookup([...byIndex.keys()], normalizeImageName(i) as string).flatMap((k) => byIndex.get(k) ?? []));
    };
    const { output } = k8s.verifyAndFix(secret(payload), k8sConfig, { filename: "k8s/regcred.yaml" });
    // The repeated key is no-duplicate-registry's (a suggestion); its rename would take the
    // other copy's key: a suggestion too. Nothing is renamed, nothing removed.
    expect(payloadOf(output)).toBe(payload);
    expect(creds(payloadOf(output))).toEqual(creds(payload));
  });
});

// The embedded-host harness skipped every byte-order-mark fix case: strict-json's [-1, 0] edit
// (ESLint's plain host keeps the mark outside the text) reads, in a payload, as the mark's own
// character. Every BOM case now runs through every embedding; these pin down two of them.
describe("regressions from the embedded-host harness: a byte order mark in a payload", () => {
  const payload = '\uFEFF{"auths": {}}';
  it("in base64 data: --fix removes the mark from the payload", () => {
    const { output } = k8s.verifyAndFix(secret(payload), k8sConfig, { filename: "k8s/regcred.yaml" });
    expect(payloadOf(output)).toBe('{"auths": {}}');
  });

  it("in stringData (YAML double-quoted, the mark written \\uFEFF): the report covers the mark, --fix removes it", () => {
    const manifest = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: "\\uFEFF{\\"auths\\": {}}"\n';
    const bom = k8s.verify(manifest, k8sConfig, { filename: "k8s/regcred.yaml" }).filter((m) => m.messageId === "byteOrderMark");
    expect(bom.map((m) => [m.line, m.column, m.endLine, m.endColumn])).toEqual([[7, 23, 7, 29]]);
    expect(k8s.verifyAndFix(manifest, k8sConfig, { filename: "k8s/regcred.yaml" }).output).toBe(manifest.replace("\\uFEFF", ""));
  });
});

describe("regressions from the daemon-side fix-safety suite", () => {
  const side = daemonSideConfigs(plugin, "docker-config");
  const daemonLinter = new Linter({ configType: "flat" });
  const fixAll = (code: string, filename: string): string => daemonLinter.verifyAndFix(code, [side.containers, side.buildkit], { filename }).output;

  it("v1 lists naming one registry with and without https://: --fix makes one registry, both blocked and insecure", () => {
    // The conversion keyed "https://reg.corp:5000" and "reg.corp:5000" apart: two [[registry]]
    // with the same location and conflicting `insecure`, which containers/image refuses.
    const code = '[registries.insecure]\nregistries = ["reg.corp:5000"]\n\n[registries.block]\nregistries = ["https://reg.corp:5000"]\n';
    expect(fixAll(code, "etc/containers/registries.conf")).toBe('[[registry]]\nlocation = "reg.corp:5000"\ninsecure = true\nblocked = true\n');
  });

  it("a buildkitd.toml scheme key whose host is a mirror: --fix does not rename it (the mirror would take its keypair)", () => {
    const code = '[registry."docker.io"]\n  mirrors = ["m2.corp"]\n\n[registry."http://m2.corp/"]\n  [[registry."http://m2.corp/".keypair]]\n    key = "/etc/k.pem"\n    cert = "/etc/c.pem"\n';
    expect(fixAll(code, ".github/buildkitd.toml")).toBe(code);
  });
});
