// The daemon-side rules against the real programs: dockerd (Debian's docker.io) on daemon.json and
// Podman on registries.conf. Every row states what the program does and which report the plugin
// gives; rows where the installed version predates a behaviour say so and cite the source.
import { Linter } from "eslint";
import { expect, it } from "vitest";
import { daemonSideConfigs } from "../lib/configs-daemon.js";
import plugin from "../lib/index.js";
import { describeWithDockerd, describeWithPodman, dockerdRelease, dockerdVerdict, podmanVerdict } from "./helpers/daemon-oracles.js";

const linter = new Linter({ configType: "flat" });
const { containers } = daemonSideConfigs(plugin, "docker-config");
const configs: Linter.Config[] = [{ ...plugin.configs["recommended-no-files"], files: ["**/daemon.json"] }, containers];

function reports(code: string, filename: string): string[] {
  return linter.verify(code, configs, { filename }).map((m) => `${m.ruleId ?? "parser"}:${m.messageId ?? m.message}`);
}

describeWithDockerd("daemon.json: what dockerd refuses, the plugin reports as such", () => {
  const rows: { name: string; code: string; dockerd: string | RegExp; plugin: string[]; since?: number }[] = [
    { name: "a valid file", code: '{ "registry-mirrors": ["https://mirror.gcr.io"], "storage-driver": "overlay2", "log-opts": { "max-size": "10m" } }', dockerd: "ok", plugin: [] },
    { name: "a trailing comma", code: '{ "debug": true, }', dockerd: "invalid character '}' looking for beginning of object key string", plugin: ["docker-config/daemon-strict-json:trailingComma"] },
    { name: "a comment", code: '{ /* mirrors */ "debug": true }', dockerd: "invalid character '/' looking for beginning of object key string", plugin: ["docker-config/daemon-strict-json:comment"] },
    { name: "single quotes", code: "{ 'debug': true }", dockerd: "invalid character '\\'' looking for beginning of object key string", plugin: ["docker-config/daemon-strict-json:singleQuotes"] },
    { name: "a misspelled key", code: '{ "registry-mirors": [] }', dockerd: "the following directives don't match any configuration option: registry-mirors", plugin: ["docker-config/daemon-no-unknown-keys:unknownKey"] },
    { name: "a key in another case", code: '{ "Registry-Mirrors": [] }', dockerd: "the following directives don't match any configuration option: Registry-Mirrors", plugin: ["docker-config/daemon-no-unknown-keys:unknownKey"] },
    { name: "a JSON field that is no flag", code: '{ "storage-driver": "overlay2", "containerd-plugin-namespace": "p" }', dockerd: "the following directives don't match any configuration option: containerd-plugin-namespace", plugin: ["docker-config/daemon-no-unknown-keys:unknownKey"] },
    { name: "the singular flag name is accepted (and ignored)", code: '{ "registry-mirror": ["https://mirror.gcr.io"] }', dockerd: "ok", plugin: ["docker-config/daemon-no-unknown-keys:ignoredKey"] },
    { name: "the flag's name that no field reads", code: '{ "containerd-plugins-namespace": "p" }', dockerd: "ok", plugin: ["docker-config/daemon-no-unknown-keys:flagOnlyKey"] },
    { name: "an unknown object is not checked", code: '{ "debug": true, "log-level": "info", "foo": { "debug": true } }', dockerd: "ok", plugin: ["docker-config/daemon-no-unknown-keys:ignoredObject"] },
    { name: "but its keys are", code: '{ "debug": true, "log-level": "info", "foo": { "bogus": 1 } }', dockerd: "the following directives don't match any configuration option: bogus", plugin: ["docker-config/daemon-no-unknown-keys:ignoredObject", "docker-config/daemon-no-unknown-keys:nestedUnknownKey"] },
    { name: "a mirror list as a string", code: '{ "registry-mirrors": "https://mirror.gcr.io" }', dockerd: "json: cannot unmarshal string into Go struct field Config.registry-mirrors of type []string", plugin: ["docker-config/daemon-strict-json:wrongType"] },
    { name: "a deprecated key that is ignored", code: '{ "allow-nondistributable-artifacts": ["reg.corp"] }', dockerd: "ok", plugin: ["docker-config/daemon-no-deprecated-keys:ignoredKey"], since: 28 },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(reports(row.code, "etc/docker/daemon.json")).toEqual(row.plugin);
      if (row.since !== undefined && (dockerdRelease ?? 0) < row.since) return; // the key is newer than this dockerd
      const verdict = dockerdVerdict(row.code);
      if (typeof row.dockerd === "string") expect(verdict).toBe(row.dockerd);
      else expect(verdict).toMatch(row.dockerd);
    });
  }

  it("a byte order mark: refused before 24.0, skipped since (moby d42495033e, BOMOverride)", () => {
    expect(reports('\uFEFF{ "debug": true }', "etc/docker/daemon.json")).toEqual(["docker-config/daemon-strict-json:byteOrderMark"]);
    const verdict = dockerdVerdict('\uFEFF{ "debug": true }');
    expect(verdict).toBe((dockerdRelease ?? 0) >= 24 ? "ok" : "invalid character 'ï' looking for beginning of value");
  });

  it("text after the value: ignored by 20.10 (json.Decoder), refused since 23.0 (json.Unmarshal)", () => {
    expect(reports('{ "debug": true } // done', "etc/docker/daemon.json")).toEqual(["docker-config/daemon-strict-json:afterValue"]);
    const verdict = dockerdVerdict('{ "debug": true } // done');
    expect(verdict).toBe((dockerdRelease ?? 0) >= 23 ? "invalid character '/' after top-level value" : "ok");
  });

  it("graph: accepted until 23.0, then an unknown option (docker/cli docs/deprecated.md)", () => {
    expect(reports('{ "graph": "/data/docker" }', "etc/docker/daemon.json")).toEqual(["docker-config/daemon-no-deprecated-keys:removedKeyWithReplacement"]);
    const verdict = dockerdVerdict('{ "graph": "/data/docker" }');
    expect(verdict).toBe((dockerdRelease ?? 0) >= 23 ? "the following directives don't match any configuration option: graph" : "ok");
    expect(dockerdVerdict('{ "data-root": "/data/docker" }')).toBe("ok");
  });

  it("a mirror without a scheme: checked when the config loads only since 29.0 (moby 1d8545d60c); earlier at start (registry.NewService)", () => {
    expect(reports('{ "registry-mirrors": ["mirror.gcr.io"] }', "etc/docker/daemon.json")).toEqual(["docker-config/daemon-registry-mirrors:noScheme"]);
    const verdict = dockerdVerdict('{ "registry-mirrors": ["mirror.gcr.io"] }');
    if ((dockerdRelease ?? 0) >= 29) expect(verdict).toMatch(/invalid mirror: no scheme specified/);
    else expect(verdict).toBe("ok"); // this dockerd predates the check in --validate; the source is the verdict
  });
});

const conf = "etc/containers/registries.conf";

describeWithPodman("registries.conf: what Podman refuses, the plugin reports as such", () => {
  const rows: { name: string; code: string; podman: string | null; plugin: string[] }[] = [
    { name: "mixing v1 and v2", code: '[registries.search]\nregistries = ["docker.io"]\n[[registry]]\nlocation = "a.corp"\n', podman: "mixing sysregistry v1/v2 is not supported", plugin: ["docker-config/registries-conf-v2:mixedFormats"] },
    { name: "a scheme in a location", code: '[[registry]]\nlocation = "https://a.corp"\n', podman: "invalid location 'https://a.corp': URI schemes are not supported", plugin: ["docker-config/registries-conf-no-scheme:scheme"] },
    { name: "a mirror without its registry", code: '[[registry.mirror]]\nlocation = "m.corp"\n', podman: "toml: (last key \"registry\"): incompatible types: TOML value has type map[string]interface {}; destination has type slice", plugin: ["docker-config/registries-conf-table-scope:mirrorWithoutRegistry"] },
    { name: "a wildcard with a path", code: '[[registry]]\nprefix = "*.corp/x"\nlocation = "a.corp"\n', podman: 'Wildcarded prefix should be in the format: *.example.com. Current prefix "*.corp/x" is incorrectly formatted', plugin: ["docker-config/registries-conf-valid-registry:wildcardFormat"] },
    { name: "conflicting insecure", code: '[[registry]]\nlocation = "a.corp"\ninsecure = true\n[[registry]]\nprefix = "a.corp/x"\nlocation = "a.corp"\n', podman: "registry 'a.corp' is defined multiple times with conflicting 'insecure' setting", plugin: ["docker-config/registries-conf-valid-registry:conflictingSetting"] },
    { name: "a search entry with a path", code: 'unqualified-search-registries = ["docker.io/library"]\n', podman: 'Invalid unqualified-search-registries entry "docker.io/library"', plugin: ["docker-config/registries-conf-valid-registry:invalidSearchEntry"] },
    { name: "no location", code: '[[registry]]\nprefix = "a.corp"\n', podman: "invalid condition: location is unset and prefix is not in the format: *.example.com", plugin: ["docker-config/registries-conf-valid-registry:noLocation"] },
    { name: "a mirror without location", code: '[[registry]]\nlocation = "a.corp"\n[[registry.mirror]]\ninsecure = true\n', podman: "invalid condition: mirror location is unset", plugin: ["docker-config/registries-conf-valid-registry:mirrorNoLocation"] },
    { name: "pull-from-mirror on a registry", code: '[[registry]]\nlocation = "a.corp"\npull-from-mirror = "all"\n', podman: 'pull-from-mirror must not be set for a non-mirror registry "a.corp"', plugin: ["docker-config/registries-conf-valid-registry:pullFromMirrorOnRegistry"] },
    { name: "a valid file", code: 'unqualified-search-registries = ["docker.io"]\n[[registry]]\nprefix = "docker.io/library/alpine"\nlocation = "mirror.corp/library/alpine"\n', podman: null, plugin: [] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expect(reports(row.code, conf)).toEqual(row.plugin);
      const verdict = podmanVerdict(row.code);
      if (row.podman === null) expect(verdict.ok).toBe(true);
      else expect(verdict).toEqual({ ok: false, error: row.podman });
    });
  }

  it("a top-level key after a mirror header is silently not applied (podman#14306)", () => {
    const code = '[[registry]]\nlocation = "a.corp"\n[[registry.mirror]]\nlocation = "m.corp"\nunqualified-search-registries = ["quay.io"]\n';
    expect(reports(code, conf)).toEqual(["docker-config/registries-conf-table-scope:topLevelKeyInTable"]);
    const verdict = podmanVerdict(code);
    expect(verdict.ok && (verdict.registries as { search?: unknown }).search).toBeFalsy();
    const moved = podmanVerdict('unqualified-search-registries = ["quay.io"]\n[[registry]]\nlocation = "a.corp"\n[[registry.mirror]]\nlocation = "m.corp"\n');
    expect(moved.ok && (moved.registries as { search?: unknown }).search).toEqual(["quay.io"]);
  });

  it("the v1 → v2 autofix gives Podman the same registries (this Podman still converts v1; 5.40 refuses it, container-libs#1029)", () => {
    const v1 = '[registries.search]\nregistries = ["docker.io", "quay.io"]\n\n[registries.insecure]\nregistries = ["reg.corp:5000", "old.corp"]\n\n[registries.block]\nregistries = ["old.corp/", "bad.corp"]\n';
    const fixed = linter.verifyAndFix(v1, configs, { filename: conf });
    expect(fixed.fixed).toBe(true);
    expect(fixed.messages).toEqual([]);
    const before = podmanVerdict(v1);
    const after = podmanVerdict(fixed.output);
    expect(before.ok).toBe(true);
    expect(after).toEqual(before);
  });

  it("the scheme autofix makes the file load, with the same registry", () => {
    const fixed = linter.verifyAndFix('[[registry]]\nprefix = "docker.io"\nlocation = "docker.io"\n[[registry.mirror]]\nlocation = "https://mirror.gcr.io/"\n', configs, { filename: conf });
    const verdict = podmanVerdict(fixed.output);
    expect(verdict).toEqual(podmanVerdict('[[registry]]\nprefix = "docker.io"\nlocation = "docker.io"\n[[registry.mirror]]\nlocation = "mirror.gcr.io/"\n'));
    expect(verdict.ok).toBe(true);
  });
});
