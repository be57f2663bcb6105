// Whole daemon-side files shaped like the ones in public repositories (Ansible roles, cloud-init
// write_files, CI runner images, devcontainers, GitHub Actions), linted with the plugin's configs:
// what each reports, and the files of the same name that are something else and stay silent.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { daemonSideConfigs } from "../lib/configs-daemon.js";
import plugin from "../lib/index.js";

const linter = new Linter({ configType: "flat" });
const side = daemonSideConfigs(plugin, "docker-config");
// configs.recommended with daemon.json among its files, as the plugin entry wires it.
const configs: Linter.Config[] = [
  { ...plugin.configs.recommended, files: [...(plugin.configs.recommended.files ?? []), "**/daemon.json"] },
  side.containers,
  side.buildkit,
];

function lint(filename: string, code: string): string[] {
  return linter.verify(code, configs, { filename }).map((m) => `${m.line}:${m.column} ${m.ruleId ?? "parser"} ${m.messageId ?? m.message}`);
}

describe("daemon.json", () => {
  it("an Ansible role's files/daemon.json: silent", () => {
    const code = `{
  "exec-opts": ["native.cgroupdriver=systemd"],
  "log-driver": "json-file",
  "log-opts": {
    "max-size": "100m",
    "max-file": "5"
  },
  "storage-driver": "overlay2",
  "registry-mirrors": ["https://mirror.gcr.io"],
  "insecure-registries": ["registry.lab.internal:5000", "10.20.0.0/16"],
  "live-restore": true,
  "default-address-pools": [{ "base": "172.80.0.0/16", "size": 24 }]
}
`;
    expect(lint("ansible/roles/docker/files/daemon.json", code)).toEqual([]);
  });

  it("cloud-init write_files content: a mirror without a scheme and a trailing comma", () => {
    const code = `{
    "registry-mirrors": ["mirror.gcr.io"],
    "insecure-registries": ["http://harbor.internal"],
}
`;
    expect(lint("cloud-init/files/etc/docker/daemon.json", code)).toEqual([
      "2:26 docker-config/daemon-registry-mirrors noScheme",
      "3:29 docker-config/daemon-insecure-registries scheme",
      "3:54 docker-config/daemon-strict-json trailingComma",
    ]);
  });

  it("a CI runner image: singular flag names and a removed key", () => {
    const code = '{\n  "registry-mirror": ["https://dockerhub.mirror.corp"],\n  "graph": "/mnt/docker",\n  "experimental": true\n}\n';
    expect(lint("images/linux/assets/daemon.json", code)).toEqual([
      "2:3 docker-config/daemon-no-unknown-keys ignoredKey",
      "3:3 docker-config/daemon-no-deprecated-keys removedKeyWithReplacement",
    ]);
  });

  it("a devcontainer's daemon.json with a comment (JSONC in the editor, not for dockerd)", () => {
    const code = '{\n  // speeds up pulls in Codespaces\n  "registry-mirrors": ["https://quay.io"]\n}\n';
    expect(lint(".devcontainer/docker/daemon.json", code)).toEqual([
      "2:3 docker-config/daemon-strict-json comment",
      "3:24 docker-config/daemon-registry-mirrors hubOnly",
    ]);
  });

  it("other programs' daemon.json files: silent", () => {
    expect(lint("packages/ipfs/daemon.json", '{ "API": { "HTTPHeaders": {} }, "Addresses": { "Swarm": [] }, }')).toEqual([]);
    expect(lint("services/agent/daemon.json", '{ "port": 8125, "graph": "enabled", "debug": true, "name": "agent" }')).toEqual([]);
  });

  it("a client config.json that holds daemon settings", () => {
    const code = '{\n  "auths": { "https://index.docker.io/v1/": {} },\n  "credsStore": "desktop",\n  "registry-mirrors": ["https://mirror.gcr.io"]\n}\n';
    expect(lint("ci/docker/config.json", code)).toContain("4:3 docker-config/no-daemon-settings daemonSetting");
  });
});

describe("registries.conf", () => {
  it("a CI runner image's v1 file (actions/runner-images#14417): converted by --fix", () => {
    const code = '[registries.search]\nregistries = ["docker.io", "quay.io"]\n';
    expect(lint("images/ubuntu/scripts/build/registries.conf", code)).toEqual(["1:2 docker-config/registries-conf-v2 v1Format"]);
    expect(linter.verifyAndFix(code, configs, { filename: "images/ubuntu/scripts/build/registries.conf" }).output).toBe(
      'unqualified-search-registries = ["docker.io", "quay.io"]\n',
    );
  });

  it("an Ansible role's registries.conf with a mirror and the scoping trap", () => {
    const code = `# {{ ansible_managed }}
unqualified-search-registries = ["docker.io"]

[[registry]]
prefix = "docker.io"
location = "docker.io"

[[registry.mirror]]
location = "https://nexus.corp:8443/repository/dockerhub"
short-name-mode = "permissive"
`;
    expect(lint("ansible/roles/podman/templates/registries.conf", code)).toEqual([
      "9:12 docker-config/registries-conf-no-scheme scheme",
      "10:1 docker-config/registries-conf-table-scope topLevelKeyInTable",
    ]);
  });

  it("a Containerfile's COPY source and a drop-in: silent", () => {
    const code = 'unqualified-search-registries = ["registry.fedoraproject.org", "quay.io", "docker.io"]\nshort-name-mode = "enforcing"\n\n[[registry]]\nlocation = "registry.lab.internal:5000"\ninsecure = true\n';
    expect(lint("build/podman/registries.conf", code)).toEqual([]);
    expect(lint("build/podman/registries.conf.d/10-mirror.conf", '[[registry]]\nprefix = "docker.io/library"\nlocation = "mirror.gcr.io/library"\n')).toEqual([]);
  });

  it("a TOML file of the same name that is something else: silent", () => {
    expect(lint("deploy/registries.conf", '[server]\nlisten = "0.0.0.0:5000"\n[storage]\npath = "https://s3.corp/bucket"\n')).toEqual([]);
  });
});

describe("buildkitd.toml", () => {
  it("a GitHub Actions buildkitd.toml (docker/setup-buildx-action config-inline)", () => {
    const code = '[registry."index.docker.io"]\n  mirrors = ["http://mirror.corp:5000"]\n  http = true\n';
    expect(lint(".github/buildkitd.toml", code)).toEqual([
      "1:11 docker-config/buildkitd-registry-key hubIndexKey",
      "2:14 docker-config/buildkitd-mirrors httpScheme",
    ]);
  });

  it("a well-formed one: silent", () => {
    const code = 'debug = true\n[worker.oci]\n  max-parallelism = 4\n[registry."docker.io"]\n  mirrors = ["mirror.gcr.io"]\n[registry."registry.lab.internal:5000"]\n  http = true\n  insecure = true\n';
    expect(lint("ci/buildkit/buildkitd.toml", code)).toEqual([]);
  });

  it("another program's buildkitd.toml: silent", () => {
    expect(lint("tools/buildkitd.toml", '[package]\nname = "buildkitd"\nversion = "0.1.0"\n')).toEqual([]);
  });
});
