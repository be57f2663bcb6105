// How dockerd reads daemon.json. No ESLint here. Facts from moby/moby:
// - daemon/config/config.go getConflictFreeConfiguration: the file is decoded with encoding/json
//   (json.Unmarshal since v23.0; v20.10 used a json.Decoder, which ignores text after the value);
//   a UTF-8 or UTF-16 byte order mark is accepted since v24.0 (transform.BOMOverride).
// - findConfigurationConflicts: every key must be a dockerd flag name, the Name() of a named option
//   (`registry-mirrors` for the flag `--registry-mirror`) or in skipValidateOptions, else
//   "the following directives don't match any configuration option" and dockerd does not start.
//   configValuesSet first flattens one level: an object value whose key is not in flatOptions is
//   replaced by its own keys, which are checked instead.
// - The file is then decoded into Config: a key that passes the check but names no JSON field
//   (a singular flag name such as `registry-mirror`) is read by nothing.
// - daemon/command/config.go, config_unix.go, config_windows.go, options.go, docker.go,
//   service_windows.go: the flag names.
// - daemon/pkg/registry/config.go: ValidateMirror, loadInsecureRegistries, ValidateIndexName.

/** Flag names of dockerd (Linux and Windows, moby master, 2026). */
const FLAGS = [
  // daemon/command/config.go installCommonConfigFlags
  "registry-mirror", "insecure-registry", "storage-opt", "authorization-plugin", "exec-opt", "pidfile", "data-root",
  "exec-root", "containerd", "cri-containerd", "feature", "default-network-opt", "mtu", "network-control-plane-mtu",
  "network-diagnostic-port", "raw-logs", "log-level", "log-format", "dns", "dns-opt", "dns-search", "host-gateway-ip",
  "label", "log-driver", "log-opt", "max-concurrent-downloads", "max-concurrent-uploads", "max-download-attempts",
  "shutdown-timeout", "default-stop-timeout", "swarm-default-advertise-addr", "experimental", "metrics-addr",
  "node-generic-resource", "containerd-namespace", "containerd-plugins-namespace", "default-runtime", "http-proxy",
  "https-proxy", "no-proxy", "cdi-spec-dir", "nri-opts", "restart",
  // config_unix.go
  "add-runtime", "group", "storage-driver", "selinux-enabled", "default-ulimit", "iptables", "ip6tables", "ip-forward",
  "ip-forward-no-drop", "ip-masq", "ipv6", "bip", "bip6", "bridge", "fixed-cidr", "fixed-cidr-v6", "default-gateway",
  "default-gateway-v6", "icc", "ip", "userland-proxy", "userland-proxy-path", "allow-direct-routing",
  "bridge-accept-fwmark", "cgroup-parent", "userns-remap", "live-restore", "init", "init-path", "cpu-rt-period",
  "cpu-rt-runtime", "seccomp-profile", "default-shm-size", "no-new-privileges", "default-ipc-mode",
  "default-address-pool", "firewall-backend", "rootless", "default-cgroupns-mode",
  // options.go, docker.go, service_windows.go
  "debug", "validate", "tls", "tlsverify", "tlscacert", "tlscert", "tlskey", "host", "version", "config-file",
  "service-name", "register-service", "unregister-service", "run-service", "help",
];

/** Named options: the daemon.json name of a list or map flag (NewNamedListOptsRef and friends). */
export const NAMED_OPTIONS: Readonly<Record<string, string>> = {
  "registry-mirrors": "registry-mirror",
  "insecure-registries": "insecure-registry",
  "storage-opts": "storage-opt",
  "authorization-plugins": "authorization-plugin",
  "exec-opts": "exec-opt",
  features: "feature",
  "default-network-opts": "default-network-opt",
  "dns-opts": "dns-opt",
  "host-gateway-ips": "host-gateway-ip",
  labels: "label",
  "log-opts": "log-opt",
  "node-generic-resources": "node-generic-resource",
  "cdi-spec-dirs": "cdi-spec-dir",
  runtimes: "add-runtime",
  "default-ulimits": "default-ulimit",
  "default-address-pools": "default-address-pool",
  hosts: "host",
};

/** skipValidateOptions: accepted without a flag. */
const SKIP_VALIDATE = ["features", "builder", "min-api-version", "deprecated-key-path", "allow-nondistributable-artifacts"];

/** flatOptions: object values checked as one key, not flattened. */
export const FLAT_OPTIONS: ReadonlySet<string> = new Set([
  "cluster-store-opts", "default-network-opts", "log-opts", "runtimes", "default-ulimits", "features", "builder", "nri-opts",
]);

/** Config fields whose object value dockerd reads although the key is no flag (configValuesSet flattens it). */
export const STRUCT_KEYS: ReadonlySet<string> = new Set(["proxies"]);

/** Every key the check accepts. */
const ACCEPTED: ReadonlySet<string> = new Set([...FLAGS, ...Object.keys(NAMED_OPTIONS), ...SKIP_VALIDATE]);

/** Accepted flag names that no field reads: the daemon.json name each stands for, where there is one. */
export const FLAG_ONLY: Readonly<Record<string, string | null>> = {
  ...Object.fromEntries(Object.entries(NAMED_OPTIONS).filter(([name, flag]) => name !== flag && flag !== "host-gateway-ip").map(([name, flag]) => [flag, name])),
  // json:"containerd-plugin-namespace" is not a flag name, so dockerd refuses it: only the flag works.
  "containerd-plugins-namespace": null,
  restart: null,
  validate: null,
  version: null,
  "config-file": null,
  help: null,
  "service-name": null,
  "register-service": null,
  "unregister-service": null,
  "run-service": null,
};

export interface RemovedKey {
  /** `removed`: dockerd from `version` on refuses to start; `ignored`: accepted and read by nothing. */
  status: "removed" | "ignored";
  version: string;
  /** The key to write instead, when it means the same. */
  replacement?: string;
}

/** Keys docker/cli's docs/deprecated.md lists as deprecated or removed, and what dockerd does with them now. */
export const DEPRECATED_KEYS: Readonly<Record<string, RemovedKey>> = {
  graph: { status: "removed", version: "23.0", replacement: "data-root" },
  "cluster-store": { status: "removed", version: "23.0" },
  "cluster-store-opts": { status: "removed", version: "23.0" },
  "cluster-advertise": { status: "removed", version: "23.0" },
  "disable-legacy-registry": { status: "removed", version: "19.03" },
  "oom-score-adjust": { status: "removed", version: "25.0" },
  "api-cors-header": { status: "removed", version: "28.0" },
  "allow-nondistributable-artifacts": { status: "ignored", version: "28.0" },
  "deprecated-key-path": { status: "ignored", version: "25.0" },
};

/** Whether dockerd's unknown-key check accepts `key`. */
export function isAcceptedKey(key: string): boolean {
  return ACCEPTED.has(key);
}

/** Keys that are accepted and read: the names a near-miss suggestion may offer. */
export const READ_KEYS: readonly string[] = [...ACCEPTED, ...STRUCT_KEYS].filter((k) => !(k in FLAG_ONLY) && !(k in DEPRECATED_KEYS)).sort();

/**
 * Keys only dockerd uses, distinctive enough to tell a daemon.json from another program's file of
 * that name (`debug`, `hosts` or `labels` alone say nothing), and to tell that a client config.json
 * holds daemon settings.
 */
export const DISTINCTIVE_KEYS: ReadonlySet<string> = new Set([
  "registry-mirrors", "insecure-registries", "registry-mirror", "insecure-registry", "storage-driver", "storage-opts",
  "data-root", "exec-opts", "exec-root", "log-driver", "log-opts", "default-address-pools", "live-restore",
  "userland-proxy", "default-runtime", "runtimes", "max-concurrent-downloads", "max-concurrent-uploads",
  "default-ulimits", "cgroup-parent", "userns-remap", "fixed-cidr", "fixed-cidr-v6", "ip-masq", "iptables",
  "ip6tables", "bip", "icc", "default-shm-size", "default-cgroupns-mode", "containerd-namespace", "dns-opts",
  "dns-search", "log-level", "default-network-opts", "allow-nondistributable-artifacts", "cluster-store",
  "oom-score-adjust", "seccomp-profile", "no-new-privileges", "cdi-spec-dirs", "authorization-plugins", "tlsverify",
  "swarm-default-advertise-addr", "metrics-addr", "shutdown-timeout", "default-ipc-mode", "selinux-enabled",
  "host-gateway-ips", "firewall-backend", "disable-legacy-registry", "max-download-attempts", "raw-logs",
]);

/** What is wrong with a `registry-mirrors` entry (ValidateMirror), or null. */
export type MirrorProblem =
  | { kind: "noScheme" }
  | { kind: "unsupportedScheme"; scheme: string }
  | { kind: "userinfo"; start: number; end: number }
  | { kind: "queryOrFragment" }
  | { kind: "invalidUri" };

const SCHEME = /^([^:/?#]*):\/\//;

export function mirrorProblem(mirror: string): MirrorProblem | null {
  const m = SCHEME.exec(mirror);
  // strings.Cut(mirrorURL, "://"): no "://" at all, or nothing before it.
  if (!mirror.includes("://") || mirror.startsWith("://")) return { kind: "noScheme" };
  if (m === null) return { kind: "invalidUri" }; // "://" after a "/" or "?": url.Parse sees no scheme
  const scheme = m[1] ?? "";
  if (!/^[A-Za-z][A-Za-z0-9+.-]*$/.test(scheme)) return { kind: "invalidUri" };
  // url.Parse lower-cases the scheme; ValidateMirror then compares it.
  if (scheme.toLowerCase() !== "http" && scheme.toLowerCase() !== "https") return { kind: "unsupportedScheme", scheme };
  const restStart = m[0].length;
  const rest = mirror.slice(restStart);
  if (/[\s\p{Cc}]/u.test(mirror)) return { kind: "invalidUri" };
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  const at = authority.lastIndexOf("@");
  if (at !== -1) return { kind: "userinfo", start: restStart, end: restStart + at + 1 };
  if (/[?#]/.test(rest)) return { kind: "queryOrFragment" };
  return null;
}

/** The host of an http(s) mirror URL, lower-cased; null when it has none. */
export function mirrorHost(mirror: string): string | null {
  const m = SCHEME.exec(mirror);
  if (m === null) return null;
  const rest = mirror.slice(m[0].length);
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  const host = authority.slice(authority.lastIndexOf("@") + 1).toLowerCase();
  return host === "" ? null : host;
}

/** Public registries other than Docker Hub: a mirror named after one is meant for that registry. */
const OTHER_REGISTRIES = [
  "quay.io", "ghcr.io", "gcr.io", "k8s.gcr.io", "registry.k8s.io", "mcr.microsoft.com", "public.ecr.aws", "nvcr.io",
  "registry.gitlab.com", "docker.elastic.co", "registry.redhat.io", "registry.access.redhat.com", "container-registry.oracle.com",
];
const OTHER_REGISTRY_HOST = /(?:^|\.)(?:gcr\.io|pkg\.dev|azurecr\.io|amazonaws\.com|quay\.io)(?::\d+)?$/;
/** Hosts that serve Docker Hub images as a mirror. */
const HUB_MIRRORS = new Set(["mirror.gcr.io", "registry-1.docker.io", "registry.docker.io", "docker.io", "index.docker.io"]);

/**
 * The registry a mirror URL is clearly meant for, when that is not Docker Hub: its host is another
 * public registry (`https://quay.io`), or a path segment names one (`https://harbor.corp/v2/ghcr.io`).
 * dockerd uses every mirror for Docker Hub images only (daemon/pkg/registry/config.go loadMirrors
 * sets them on IndexConfigs["docker.io"]).
 */
export function mirrorMeantFor(mirror: string): string | null {
  const host = mirrorHost(mirror);
  if (host === null || HUB_MIRRORS.has(host)) return null;
  const hostname = host.replace(/:\d+$/, "");
  if (OTHER_REGISTRIES.includes(hostname) || OTHER_REGISTRY_HOST.test(hostname)) return hostname;
  const rest = mirror.slice(SCHEME.exec(mirror)?.[0].length ?? 0);
  const slash = rest.indexOf("/");
  for (const segment of slash === -1 ? [] : rest.slice(slash).split("/")) {
    const s = segment.toLowerCase();
    if (OTHER_REGISTRIES.includes(s)) return s;
  }
  return null;
}

/** What is wrong with an `insecure-registries` entry (loadInsecureRegistries), or null. */
export type InsecureProblem =
  | { kind: "httpScheme"; scheme: string; length: number }
  | { kind: "otherScheme" }
  | { kind: "hyphen" }
  | { kind: "path" }
  | { kind: "invalidHost" }
  | { kind: "invalidPort" };

// reference.DomainRegexp (distribution/reference regexp.go): dotted components or a bracketed IPv6
// address, then an optional port.
const DOMAIN = /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function isIPv6(s: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(s) || !s.includes(":")) return false;
  const parts = s.split("::");
  if (parts.length > 2) return false;
  const groups = parts.flatMap((p) => (p === "" ? [] : p.split(":")));
  const tail = groups.at(-1) ?? "";
  const v4 = tail.includes(".");
  if (v4 && !IPV4.test(tail)) return false;
  const hex = v4 ? groups.slice(0, -1) : groups;
  if (!hex.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const count = hex.length + (v4 ? 2 : 0);
  return parts.length === 2 ? count < 8 : count === 8;
}

/** netip.ParsePrefix: `addr/bits`. */
function isCidr(s: string): boolean {
  const slash = s.indexOf("/");
  if (slash === -1) return false;
  const addr = s.slice(0, slash);
  const bits = s.slice(slash + 1);
  if (!/^(?:0|[1-9]\d{0,2})$/.test(bits)) return false;
  if (IPV4.test(addr)) return Number(bits) <= 32;
  return isIPv6(addr) && Number(bits) <= 128;
}

export function insecureProblem(entry: string): InsecureProblem | null {
  const name = entry === "index.docker.io" ? "docker.io" : entry;
  if (name.startsWith("-") || name.endsWith("-")) return { kind: "hyphen" };
  let r = name;
  const cut = r.indexOf("://");
  if (cut !== -1) {
    const scheme = r.slice(0, cut);
    if (scheme.toLowerCase() !== "http" && scheme.toLowerCase() !== "https") return { kind: "otherScheme" };
    return { kind: "httpScheme", scheme, length: cut + 3 };
  }
  if (isCidr(r)) return null;
  // validateHostPort: net.SplitHostPort, else the whole string is the host.
  let host = r;
  let port = "";
  const bracket = /^\[([^\]]*)\]:([^:]*)$/.exec(r);
  const colon = r.lastIndexOf(":");
  if (bracket) {
    host = bracket[1] ?? "";
    port = bracket[2] ?? "";
  } else if (colon !== -1 && r.indexOf(":") === colon) {
    host = r.slice(0, colon);
    port = r.slice(colon + 1);
  }
  if (!DOMAIN.test(r) && !IPV4.test(host) && !isIPv6(host)) {
    r = host;
    return r.includes("/") ? { kind: "path" } : { kind: "invalidHost" };
  }
  if (port !== "" && (!/^[+-]?\d+$/.test(port) || Number(port) > 65535 || Number(port) < 0)) return { kind: "invalidPort" };
  return null;
}
