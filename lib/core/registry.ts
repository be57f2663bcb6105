// Which registry a credentials key is meant for, whether the client reading the file finds it
// there, and which key it looks up instead. Sources: docker/cli cli/config/configfile/file.go
// (GetAuthConfig, getAuthConfigKey), cli/config/credentials/file_store.go (fileStore.Get,
// ConvertToHostname), Go's net/url (url.Parse); containers/image pkg/docker/config/config.go
// (getAuthFromCredHelper, findCredentialsInFile, normalizeAuthFileKey, normalizeRegistry); the
// kubelet's: kubernetes pkg/credentialprovider/keyring.go, ported in ./kubelet.ts. Verdicts are
// measured with docker 28.2.2 in tests/oracle-*.test.ts. No ESLint in this module.
import { keyringKey, keyringLookup, normalizeImageName } from "./kubelet.js";

/** Which client reads the file. `kubernetes`: the kubelet, reading a pull Secret's payload. */
export type Flavor = "docker" | "containers" | "kubernetes";

/**
 * The clients that read a credentials file of their own (docker-config-lint's `--flavor`). The
 * kubelet reads a pull Secret's payload: `kubernetes` comes from that host, or from a setting.
 */
export const FLAVORS: readonly Flavor[] = ["docker", "containers"];
/** Every flavor, as `settings["docker-config"].flavor` and the rules' `flavor` option accept them. */
export const ALL_FLAVORS: readonly Flavor[] = [...FLAVORS, "kubernetes"];

/** The Docker CLI's only key for Docker Hub (`authConfigKey`, `IndexServer`). */
export const DOCKER_HUB_KEY = "https://index.docker.io/v1/";
/** What `podman login docker.io` writes, and the first key containers/image tries for Hub. */
export const CONTAINERS_HUB_KEY = "docker.io";
export const DOCKER_HUB = "docker.io";

export const CLIENT_NAME: Record<Flavor, string> = {
  docker: "the Docker CLI",
  containers: "containers/image",
  kubernetes: "the kubelet",
};

/**
 * Why a key is what it is.
 * - `canonical`: exactly the key the client looks up.
 * - `hubAlias`: a spelling of Docker Hub that the client does not look up.
 * - `hubHost`: `registry-1.docker.io` / `registry.hub.docker.com`: a key of its own, used only
 *   for images literally named with that host, almost always meant for Docker Hub.
 * - `urlForm`: a URL or path form the client still finds through its legacy normalisation.
 * - `unusedPath`: a form the client never matches for the host it names (a path, user info, an
 *   IPv6 host without port in a URL).
 * - `invalidUrl`: a URL key the client's URL parser refuses (a port that is not a number, a
 *   character a host cannot hold): never found for the host it names.
 * - `uppercase`: upper-case letters in the host; lookups are case-sensitive.
 * - `noHost`: no host at all (`""`, `https://`): nothing to say what was meant.
 */
export type KeyReason =
  | "canonical"
  | "hubAlias"
  | "hubHost"
  | "urlForm"
  | "unusedPath"
  | "invalidUrl"
  | "uppercase"
  | "noHost";

export interface KeyVerdict {
  /** The registry the key is meant for: `docker.io`, `ghcr.io`, `reg.example.com:5000`, `quay.io/org`. */
  registry: string;
  /** The key the client looks up for that registry. */
  canonical: string;
  /** Whether the client finds these credentials when it pulls from or pushes to `registry`. */
  found: boolean;
  reason: KeyReason;
  /** Whether rewriting the key to `canonical` certainly keeps what the user meant. */
  certain: boolean;
}

interface SplitKey {
  scheme: string | null; // lower-cased, without "://"
  host: string; // host[:port] as written: everything up to the first "/"
  path: string; // "" or starting with "/"
  /** A URL key with `user:password@` before its host: a credential in the key. */
  userinfo: boolean;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;

export function splitKey(key: string): SplitKey {
  const m = SCHEME.exec(key);
  const scheme = m?.[1]?.toLowerCase() ?? null;
  const rest = m ? key.slice(m[0].length) : key;
  const slash = rest.indexOf("/");
  const host = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? "" : rest.slice(slash);
  return { scheme, host, path, userinfo: m !== null && host.includes("@") };
}

/** Where a key's authority starts: after an optional scheme and "//", or after leading spaces. */
const AUTHORITY_START = /^\s*(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\/|^\s*/;

/**
 * A key as reports show it: whatever stands before the key's last "@" is user info, a credential
 * (`https://bob:TOKEN@ghcr.io`, `bob:TOKEN@ghcr.io`, a password holding "/", `//bob:pw@host`),
 * so it is masked whatever the key's shape: `https://***@ghcr.io`. Every report quotes keys
 * through this, and every registry or canonical key judged from a key with "@" is masked too.
 */
export function displayKey(key: string): string {
  const at = key.lastIndexOf("@");
  if (at === -1) return key;
  const start = (AUTHORITY_START.exec(key) as RegExpExecArray)[0].length;
  return start > at ? key : `${key.slice(0, start)}***${key.slice(at)}`;
}

/** Paths that carry no namespace: what `docker login` and old registries put after the host. */
const API_PATHS = new Set(["", "/", "/v1", "/v1/", "/v2", "/v2/"]);
const HUB_INDEX_HOSTS = new Set(["docker.io", "index.docker.io"]);
const HUB_REGISTRY_HOSTS = new Set(["registry-1.docker.io", "registry.hub.docker.com"]);
const HUB_WEB_HOSTS = new Set(["hub.docker.com"]);
/** Hosts containers/image normalises to Docker Hub (`normalizeRegistry`). */
const CONTAINERS_HUB_HOSTS = new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);

function isHttp(scheme: string | null): boolean {
  return scheme === "http" || scheme === "https";
}

function hasUpper(s: string): boolean {
  return s !== s.toLowerCase();
}

const cache: Record<Flavor, Map<string, KeyVerdict>> = { docker: new Map(), containers: new Map(), kubernetes: new Map() };
// Large enough that every rule shares the verdicts of a 100,000-entry file; cleared when full.
const CACHE_LIMIT = 1 << 18;

/** Where a key stands: `auths` entries and `credHelpers` entries are looked up differently. */
export type KeyUse = "auths" | "credHelpers";

/** Judge one `auths` or `credHelpers` key for a flavor. Pure. */
export function judgeKey(key: string, flavor: Flavor, use: KeyUse = "auths"): KeyVerdict {
  const verdict = judgeAuthsKey(key, flavor);
  if (use === "auths") return verdict;
  // The kubelet has no credential helpers (its DockerConfigJSON has only `auths` and
  // `HttpHeaders`): a `credHelpers` key is never looked up, whatever its form.
  if (flavor === "kubernetes") return { ...verdict, found: false };
  // Helpers are chosen by an exact map lookup of host[:port] (docker: of the Hub key): the
  // normalising fallback and namespaced keys do not exist for them.
  if (verdict.reason === "urlForm") return { ...verdict, found: false };
  if (verdict.reason === "canonical" && verdict.canonical !== DOCKER_HUB_KEY) {
    const { host, path } = splitKey(key);
    if (path !== "") return { registry: host, canonical: host, found: false, reason: "unusedPath", certain: false };
  }
  return verdict;
}

/**
 * The key under which the client files an entry: the key itself for docker and containers/image
 * (their exact lookups), the keyring index key for the kubelet (`BasicDockerKeyring.Add`), where
 * `index.docker.io/v1/` and `https://index.docker.io/v1/` are one entry.
 */
export function lookupKey(key: string, flavor: Flavor): string {
  return flavor === "kubernetes" ? (keyringKey(key) ?? key) : key;
}

/** The name a message gives a registry. */
export function registryLabel(registry: string): string {
  return registry === DOCKER_HUB ? "Docker Hub" : registry;
}

function judgeAuthsKey(key: string, flavor: Flavor): KeyVerdict {
  const memo = cache[flavor];
  let verdict = memo.get(key);
  if (verdict === undefined) {
    const parts = splitKey(key);
    verdict =
      parts.host === ""
        ? { registry: "", canonical: displayKey(key), found: false, reason: "noHost", certain: false }
        : flavor === "docker"
          ? judgeDockerKey(key)
          : flavor === "containers"
            ? judgeContainersKey(key)
            : judgeKubeletKey(key);
    // Renaming away user info deletes text the user wrote (a credential, at that): never automatic.
    if (parts.userinfo && verdict.certain) verdict = { ...verdict, certain: false };
    verdict = masked(verdict);
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(key, verdict);
  }
  return verdict;
}

/**
 * No verdict carries user info: a registry or canonical key that still holds an "@" is shown
 * masked, and then it names no key a rename could write.
 */
function masked(verdict: KeyVerdict): KeyVerdict {
  const registry = displayKey(verdict.registry);
  const canonical = displayKey(verdict.canonical);
  if (registry === verdict.registry && canonical === verdict.canonical) return verdict;
  // A key that is already the one the client looks up is never renamed: only its display changes.
  if (verdict.reason === "canonical") return { ...verdict, registry, canonical, certain: false };
  return { registry, canonical, found: verdict.found, reason: "noHost", certain: false };
}

function hub(canonical: string, reason: KeyReason, found: boolean, certain: boolean): KeyVerdict {
  return { registry: DOCKER_HUB, canonical, found, reason, certain };
}

// Docker CLI: exact key, else the first key whose ConvertToHostname equals host[:port]; Docker Hub
// is looked up only under DOCKER_HUB_KEY, which no ConvertToHostname output can equal
// (docker/cli cli/config/credentials/file_store.go, fileStore.Get and ConvertToHostname).
function judgeDockerKey(key: string): KeyVerdict {
  if (key === DOCKER_HUB_KEY) return hub(key, "canonical", true, true);
  const hasUrl = key.includes("://");
  const url = hasUrl ? goParseURL(key) : null;
  // What docker's fallback finds the key for...
  const foundFor = convertToHostname(key, url);
  // ...and the registry the key names, as a person reads it: the host after any user info (up to
  // the key's last "@", so that no part of a password is ever taken for the host), up to "/" (or
  // "?" and "#" in a URL), an empty port dropped.
  const rest = hasUrl ? key.slice(key.indexOf("://") + 3) : key;
  const at = rest.lastIndexOf("@");
  const tail = rest.slice(at + 1);
  const end = tail.search(hasUrl ? /[/?#]/ : /\//);
  const written = end === -1 ? tail : tail.slice(0, end);
  const path = end === -1 ? "" : tail.slice(end);
  const meant = written.endsWith(":") ? written.slice(0, -1) : written;
  if (meant === "") return { registry: "", canonical: displayKey(key), found: false, reason: "noHost", certain: false };
  const plain = at === -1 && API_PATHS.has(path) && (!hasUrl || (url !== null && isHttp(url.scheme) && !url.extra));
  const lowerHost = meant.toLowerCase();
  if (HUB_INDEX_HOSTS.has(lowerHost)) return hub(DOCKER_HUB_KEY, "hubAlias", false, plain && !hasUpper(meant));
  if (HUB_WEB_HOSTS.has(lowerHost)) return hub(DOCKER_HUB_KEY, "hubAlias", false, false);
  if (HUB_REGISTRY_HOSTS.has(lowerHost)) {
    // Found for images named registry-1.docker.io/…, never for docker.io/… ones.
    return hub(DOCKER_HUB_KEY, "hubHost", false, false);
  }
  if (hasUpper(meant)) {
    return { registry: lowerHost, canonical: lowerHost, found: false, reason: "uppercase", certain: false };
  }
  if (key === meant) return { registry: meant, canonical: meant, found: true, reason: "canonical", certain: true };
  if (foundFor !== meant) {
    // `bob:pw@ghcr.io` (no image domain has user info), `ghcr.io:`, `https://[::1]/` (found for
    // `::1`), `https://u?x:pw@ghcr.io` (url.Parse ends the host at "?"), `https://ghcr.io:abc/`
    // (url.Parse fails; the fallback finds it for "https:").
    const reason = hasUrl && (url === null || url.hostname === "") ? "invalidUrl" : "unusedPath";
    return { registry: meant, canonical: meant, found: false, reason, certain: false };
  }
  // ConvertToHostname strips any scheme, user info, path, query and fragment: found, but only as a
  // fallback, and `docker logout HOST` leaves such keys behind. A namespace path means the user may
  // have meant a narrower scope than docker gives it, and user info or a query something else
  // again: not certain.
  return { registry: meant, canonical: meant, found: true, reason: "urlForm", certain: plain };
}

interface GoURL {
  scheme: string;
  /** `URL.Hostname()`: the host without port, IPv6 brackets removed. */
  hostname: string;
  /** `URL.Port()`: digits, or "" (no port, or an empty one). */
  port: string;
  /** A query or fragment. */
  extra: boolean;
}

/**
 * Go's `url.Parse` (net/url/url.go: parse, getScheme, parseAuthority, parseHost, validUserinfo,
 * unescape in encodeHost mode, splitHostPort), as far as ConvertToHostname reads it. Null where
 * url.Parse returns an error.
 */
function goParseURL(raw: string): GoURL | null {
  // "net/url: invalid control character in URL"
  if (/[\x00-\x1f\x7f]/.test(raw)) return null;
  const hash = raw.indexOf("#");
  let rest = hash === -1 ? raw : raw.slice(0, hash);
  let extra = hash !== -1;
  if (rest.startsWith(":")) return null; // "missing protocol scheme"
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(rest)?.[0] ?? "";
  rest = rest.slice(scheme.length);
  const query = rest.indexOf("?");
  if (query !== -1) {
    rest = rest.slice(0, query);
    extra = true;
  }
  // Without "//" there is no authority; a scheme-less first segment with ":" is an error.
  if (!rest.startsWith("//") || (scheme === "" && rest.startsWith("///"))) return null;
  const slash = rest.indexOf("/", 2);
  const authority = slash === -1 ? rest.slice(2) : rest.slice(2, slash);
  const at = authority.lastIndexOf("@");
  if (at !== -1 && !/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(authority.slice(0, at))) return null; // "invalid userinfo"
  const host = authority.slice(at + 1);
  let colonPort: string;
  if (host.startsWith("[")) {
    const close = host.lastIndexOf("]");
    if (close === -1) return null; // "missing ']' in host"
    colonPort = host.slice(close + 1);
  } else {
    const colon = host.lastIndexOf(":");
    colonPort = colon === -1 ? "" : host.slice(colon);
  }
  if (!/^(?::[0-9]*)?$/.test(colonPort)) return null; // "invalid port %q after host"
  // unescape(host, encodeHost): %-escapes only for non-ASCII bytes (and %25), no reserved or
  // other ASCII character outside the sub-delimiters.
  if (/%(?![89A-Fa-f][0-9A-Fa-f]|25)/.test(host) || /[^A-Za-z0-9\-._~!$&'()*+,;=:[\]<>"%\u0080-\uffff]/.test(host)) return null;
  // splitHostPort
  let hostname = host;
  let port = "";
  const colon = host.lastIndexOf(":");
  if (colon !== -1 && /^:[0-9]*$/.test(host.slice(colon))) {
    hostname = host.slice(0, colon);
    port = host.slice(colon + 1);
  }
  if (hostname.startsWith("[") && hostname.endsWith("]")) hostname = hostname.slice(1, -1);
  return { scheme: scheme.slice(0, -1).toLowerCase(), hostname, port, extra };
}

/** docker/cli's ConvertToHostname (v27.0.1+): url.Parse's host[:port] when it has one, else the key up to its first "/". */
function convertToHostname(key: string, url: GoURL | null): string {
  if (url !== null && url.hostname !== "") {
    if (url.port === "") return url.hostname;
    // net.JoinHostPort re-brackets an IPv6 host.
    return url.hostname.includes(":") ? `[${url.hostname}]:${url.port}` : `${url.hostname}:${url.port}`;
  }
  const slash = key.indexOf("/");
  return slash === -1 ? key : key.slice(0, slash);
}

// containers/image: exact keys most- to least-specific (namespaced keys allowed), then every key
// normalised: one http(s):// prefix stripped and, only then, cut at the first "/"; Docker Hub
// spellings normalised to index.docker.io. Case-sensitive.
function judgeContainersKey(key: string): KeyVerdict {
  const split = splitKey(key);
  const { host, path } = split;
  // normalizeAuthFileKey strips only the literal prefixes "http://" and "https://" (strings.TrimPrefix,
  // case-sensitive): `HTTPS://ghcr.io/v2/` is compared as written and never found.
  const scheme = key.startsWith("http://") ? "http" : key.startsWith("https://") ? "https" : split.scheme === null ? null : "other";
  const at = key.lastIndexOf("@");
  if (at !== -1) {
    // Only "http(s)://" is stripped and the rest cut at "/": no key with "@" (user info, or a
    // password holding "/") is a host it looks up. The host is read after the key's last "@", so
    // that no part of a password is taken for it.
    const bare = (key.slice(at + 1).split("/", 1)[0] as string).toLowerCase();
    if (bare === "") return { registry: "", canonical: displayKey(key), found: false, reason: "noHost", certain: false };
    const meant = CONTAINERS_HUB_HOSTS.has(bare) ? DOCKER_HUB : bare;
    return { registry: meant, canonical: meant, found: false, reason: "unusedPath", certain: false };
  }
  const lowerHost = host.toLowerCase();
  const isHub = CONTAINERS_HUB_HOSTS.has(lowerHost);
  if (host.endsWith(":")) {
    // An empty port is compared as written: `https://ghcr.io:/` is never found for ghcr.io.
    const meant = host.slice(0, -1).toLowerCase();
    if (meant === "") return { registry: "", canonical: displayKey(key), found: false, reason: "noHost", certain: false };
    const registry = CONTAINERS_HUB_HOSTS.has(meant) ? DOCKER_HUB : meant;
    return { registry, canonical: registry, found: false, reason: "unusedPath", certain: false };
  }
  if (hasUpper(host)) {
    const meant = isHub ? DOCKER_HUB : lowerHost;
    return { registry: meant, canonical: meant, found: false, reason: "uppercase", certain: false };
  }
  if (HUB_WEB_HOSTS.has(lowerHost) || lowerHost === "registry.hub.docker.com") {
    return hub(CONTAINERS_HUB_KEY, "hubAlias", false, false);
  }
  if (scheme === null) {
    if (path === "") {
      if (host === CONTAINERS_HUB_KEY) return hub(key, "canonical", true, true);
      if (isHub) return hub(CONTAINERS_HUB_KEY, "urlForm", true, true);
      return { registry: host, canonical: host, found: true, reason: "canonical", certain: true };
    }
    // A namespaced key is matched as a string prefix of `host/repo`, so `host/ns` is fine and
    // `host/v2/` (a trailing slash) or `index.docker.io/ns` (not the normalised host) never match.
    const ns = path.replace(/\/+$/, "");
    const meantHost = isHub ? DOCKER_HUB : host;
    if (ns === path && (!isHub || host === DOCKER_HUB)) {
      return { registry: key, canonical: key, found: true, reason: "canonical", certain: true };
    }
    const canonical = API_PATHS.has(path) ? meantHost : meantHost + ns;
    return { registry: canonical, canonical, found: false, reason: "unusedPath", certain: false };
  }
  if (!isHttp(scheme)) {
    // Only http(s):// is stripped; any other scheme makes the key unmatchable.
    const meant = isHub ? DOCKER_HUB : host;
    return { registry: meant, canonical: meant, found: false, reason: "unusedPath", certain: false };
  }
  const meant = isHub ? CONTAINERS_HUB_KEY : host;
  // `https://index.docker.io/v1/` is also the key Docker-compatible tools (cosign, crane, skopeo
  // --compat-auth-file) read from the same file: renaming it may break them, so never certain.
  const certain = API_PATHS.has(path) && key !== DOCKER_HUB_KEY;
  const registry = isHub ? DOCKER_HUB : host;
  return { registry, canonical: meant, found: true, reason: "urlForm", certain };
}

/**
 * What a key means to reach, as the user wrote it: host (lower case, user info dropped; Docker Hub
 * spellings as `docker.io`) and a namespace path without the `/v1/`, `/v2/` API prefix.
 */
function intendedRegistry(key: string): { host: string; path: string; hub: boolean } {
  const { host: written, path } = splitKey(key);
  const bare = written.slice(written.lastIndexOf("@") + 1).toLowerCase();
  const hub = HUB_INDEX_HOSTS.has(bare) || HUB_REGISTRY_HOSTS.has(bare) || HUB_WEB_HOSTS.has(bare);
  const cut = path.search(/[?#]/);
  let ns = (cut === -1 ? path : path.slice(0, cut)).replace(/^\/v[12](?=\/|$)/, "").replace(/\/+$/, "");
  if (ns === "/") ns = "";
  return { host: hub ? DOCKER_HUB : bare, path: ns, hub };
}

// The kubelet (keyring.go): every key is normalised the same way (scheme, user info, query and a
// `/v1/` or `/v2/` path prefix dropped), then matched against the image name as a glob per host
// label, with equal ports and the key's path as a plain prefix of the image's; Docker Hub images
// also fall back to the exact key `index.docker.io`. So `docker.io`, `index.docker.io` and
// `https://index.docker.io/v1/` all reach Docker Hub; `https://index.docker.io/v1` (path `/v1`,
// kept) and `registry-1.docker.io` do not. A key is found when the kubelet uses it for an image
// of the registry it is meant for.
function judgeKubeletKey(key: string): KeyVerdict {
  const index = keyringKey(key);
  // url.Parse refuses it: "Entry … in dockercfg invalid, ignoring". Nothing says what was meant.
  if (index === null) return { registry: "", canonical: displayKey(key), found: false, reason: "noHost", certain: false };
  const meant = intendedRegistry(key);
  if (meant.host === "") return { registry: "", canonical: displayKey(key), found: false, reason: "noHost", certain: false };
  const registry = meant.host + meant.path;
  const image = normalizeImageName(`${registry}/x`);
  const found = image !== null && keyringLookup([index], image).length > 0;
  if (found) return { registry, canonical: key, found: true, reason: "canonical", certain: true };
  const { scheme, host, path } = splitKey(key);
  if (meant.hub && meant.path === "") {
    const lowerHost = host.toLowerCase();
    if (HUB_REGISTRY_HOSTS.has(lowerHost)) return hub(DOCKER_HUB_KEY, "hubHost", false, false);
    // `https://index.docker.io/v1`: one slash short of the key kubectl writes. The rename is
    // certain only for a plain spelling (no user info, query, upper case or other scheme).
    const plain = HUB_INDEX_HOSTS.has(host) && API_PATHS.has(path) && (scheme === null || (isHttp(scheme) && key.startsWith(`${scheme}://`)));
    return hub(DOCKER_HUB_KEY, "hubAlias", false, plain);
  }
  if (hasUpper(host)) return { registry, canonical: registry, found: false, reason: "uppercase", certain: false };
  return { registry, canonical: registry, found: false, reason: "unusedPath", certain: false };
}
