// How the kubelet finds the credentials of a pull Secret for an image: a port of kubernetes
// pkg/credentialprovider/keyring.go (`BasicDockerKeyring.Add`, `Lookup`, `URLsMatch`,
// `isDefaultRegistryMatch`) with the parts of Go's net/url (`url.Parse`), net (`SplitHostPort`)
// and path/filepath (`Match`) it relies on, and pkg/util/parsers `ParseImageName` (distribution's
// `ParseNormalizedNamed(image).Name()`), which gives Lookup its argument. No ESLint here.
//
// tests/kubelet-keyring.test.ts runs kubernetes' own keyring_test.go tables against this port.

/** `defaultRegistryHost`: the one index key Lookup falls back to for Docker Hub images. */
export const KUBELET_HUB_INDEX_KEY = "index.docker.io";

interface GoUrl {
  host: string;
  /** Unescaped, as Go's `URL.Path`. */
  path: string;
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/** Go's `unescape` for the modes url.Parse uses; null where Go returns an error. */
function unescape(s: string, mode: "host" | "path" | "userinfo" | "fragment"): string | null {
  if (!s.includes("%")) {
    if (mode === "host") {
      for (let i = 0; i < s.length; i++) if (shouldEscapeHost(s.charCodeAt(i))) return null;
    }
    return s;
  }
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25) {
      const hex = s.slice(i + 1, i + 3);
      if (!HEX.test(hex)) return null;
      // In a host only %25 (a zone's "%") and escapes of non-ASCII bytes are allowed.
      if (mode === "host" && parseInt(hex[0] as string, 16) < 8 && hex !== "25") return null;
      bytes.push(parseInt(hex, 16));
      i += 2;
      continue;
    }
    if (mode === "host" && shouldEscapeHost(c)) return null;
    for (const b of enc.encode(s[i] as string)) bytes.push(b);
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Go's `shouldEscape(c, encodeHost)` for ASCII; bytes from 0x80 up are allowed in a host. */
function shouldEscapeHost(c: number): boolean {
  if (c >= 0x80) return false;
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/.test(ch)) return false;
  return !"!$&'()*+,;=:[]<>\"-_.~".includes(ch);
}

/** Go's `validOptionalPort`: "" or ":" followed by digits only. */
function validOptionalPort(port: string): boolean {
  return port === "" || /^:[0-9]*$/.test(port);
}

/** Go's `parseHost`. */
function parseHost(host: string): string | null {
  if (host.startsWith("[")) {
    const i = host.lastIndexOf("]");
    if (i < 0 || !validOptionalPort(host.slice(i + 1))) return null;
  } else {
    const i = host.lastIndexOf(":");
    if (i !== -1 && !validOptionalPort(host.slice(i))) return null;
  }
  return unescape(host, "host");
}

const USERINFO_OK = /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/;

/**
 * Go's `url.Parse` for `https://…` and `http://…` strings: the host and the unescaped path, or null
 * where Go returns an error (a control character, a bad escape, an invalid port or host character).
 */
export function goParseHttpUrl(raw: string): GoUrl | null {
  const hash = raw.indexOf("#");
  const u = hash === -1 ? raw : raw.slice(0, hash);
  if (hash !== -1 && unescape(raw.slice(hash + 1), "fragment") === null) return null;
  // stringContainsCTLByte
  if (/[\x00-\x1f\x7f]/.test(u)) return null;
  const scheme = /^https?:\/\//i.exec(u);
  if (scheme === null) return null;
  let rest = u.slice(scheme[0].length - 2);
  // A lone trailing "?" is ForceQuery; otherwise the query starts at the first "?".
  const q = rest.indexOf("?");
  if (q !== -1) rest = rest.slice(0, q);
  let authority = rest.slice(2);
  let path = "";
  const slash = authority.indexOf("/");
  if (slash >= 0) {
    path = authority.slice(slash);
    authority = authority.slice(0, slash);
  }
  const at = authority.lastIndexOf("@");
  const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
  if (host === null) return null;
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    if (!USERINFO_OK.test(userinfo)) return null;
    const colon = userinfo.indexOf(":");
    const parts = colon < 0 ? [userinfo] : [userinfo.slice(0, colon), userinfo.slice(colon + 1)];
    if (parts.some((p) => unescape(p, "userinfo") === null)) return null;
  }
  const unescaped = unescape(path, "path");
  if (unescaped === null) return null;
  return { host, path: unescaped };
}

/**
 * The index key `BasicDockerKeyring.Add` files an entry under (`https://` added unless the key
 * starts with `http://` or `https://`; a leading `/v1/` or `/v2/` of the path dropped), or null when
 * url.Parse fails: the kubelet logs "Entry … in dockercfg invalid, ignoring" and skips it.
 */
export function keyringKey(loc: string): string | null {
  const value = loc.startsWith("https://") || loc.startsWith("http://") ? loc : `https://${loc}`;
  const parsed = goParseHttpUrl(value);
  if (parsed === null) return null;
  let effectivePath = parsed.path;
  if (effectivePath.startsWith("/v2/") || effectivePath.startsWith("/v1/")) effectivePath = effectivePath.slice(3);
  return effectivePath.length > 0 && effectivePath !== "/" ? parsed.host + effectivePath : parsed.host;
}

/** Go's `net.SplitHostPort`, or null on its errors. */
function splitHostPort(hostport: string): { host: string; port: string } | null {
  const i = hostport.lastIndexOf(":");
  if (i < 0) return null;
  let host: string;
  let j = 0;
  let k = 0;
  if (hostport.startsWith("[")) {
    const end = hostport.indexOf("]");
    if (end < 0 || end + 1 !== i) return null;
    host = hostport.slice(1, end);
    j = 1;
    k = end + 1;
  } else {
    host = hostport.slice(0, i);
    if (host.includes(":")) return null;
  }
  if (hostport.slice(j).includes("[") || hostport.slice(k).includes("]")) return null;
  return { host, port: hostport.slice(i + 1) };
}

/** keyring.go `SplitURL`: the host's labels and the port ("" when SplitHostPort fails). */
function splitUrl(host: string): { parts: string[]; port: string } {
  const hp = splitHostPort(host);
  return hp === null ? { parts: host.split("."), port: "" } : { parts: hp.host.split("."), port: hp.port };
}

class BadPattern extends Error {}

/** Go's path/filepath `getEsc` (non-Windows). */
function getEsc(chunk: string[], at: number): { r: number; next: number } {
  let i = at;
  if (i >= chunk.length || chunk[i] === "-" || chunk[i] === "]") throw new BadPattern();
  if (chunk[i] === "\\") {
    i++;
    if (i >= chunk.length) throw new BadPattern();
  }
  const r = (chunk[i] as string).codePointAt(0) as number;
  i++;
  if (i >= chunk.length) throw new BadPattern();
  return { r, next: i };
}

/** Go's path/filepath `matchChunk`: the rest of `s` after the chunk, or null when it does not match. */
function matchChunk(chunk: string[], s: string[]): string[] | null {
  let failed = false;
  let c = 0;
  let si = 0;
  while (c < chunk.length) {
    if (!failed && si >= s.length) failed = true;
    const ch = chunk[c] as string;
    if (ch === "[") {
      let r = 0;
      if (!failed) r = (s[si++] as string).codePointAt(0) as number;
      c++;
      let negated = false;
      if (c < chunk.length && chunk[c] === "^") {
        negated = true;
        c++;
      }
      let match = false;
      let nrange = 0;
      for (;;) {
        if (c < chunk.length && chunk[c] === "]" && nrange > 0) {
          c++;
          break;
        }
        const lo = getEsc(chunk, c);
        c = lo.next;
        let hi = lo.r;
        if (chunk[c] === "-") {
          const h = getEsc(chunk, c + 1);
          hi = h.r;
          c = h.next;
        }
        if (lo.r <= r && r <= hi) match = true;
        nrange++;
      }
      if (match === negated) failed = true;
      continue;
    }
    if (ch === "?") {
      if (!failed) {
        if (s[si] === "/") failed = true;
        si++;
      }
      c++;
      continue;
    }
    if (ch === "\\") {
      c++;
      if (c >= chunk.length) throw new BadPattern();
    }
    if (!failed) {
      if (chunk[c] !== s[si]) failed = true;
      si++;
    }
    c++;
  }
  return failed ? null : s.slice(si);
}

/** Go's path/filepath `scanChunk`. */
function scanChunk(pattern: string[]): { star: boolean; chunk: string[]; rest: string[] } {
  let p = 0;
  let star = false;
  while (p < pattern.length && pattern[p] === "*") {
    p++;
    star = true;
  }
  let inrange = false;
  let i = p;
  for (; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      if (i + 1 < pattern.length) i++;
    } else if (ch === "[") inrange = true;
    else if (ch === "]") inrange = false;
    else if (ch === "*" && !inrange) break;
  }
  return { star, chunk: pattern.slice(p, i), rest: pattern.slice(i) };
}

/** Go's path/filepath `Match` on Linux; a malformed pattern does not match (Go: ErrBadPattern). */
export function goFilepathMatch(patternText: string, nameText: string): boolean {
  let pattern = [...patternText];
  let name = [...nameText];
  try {
    outer: while (pattern.length > 0) {
      const scanned = scanChunk(pattern);
      const { star, chunk } = scanned;
      pattern = scanned.rest;
      if (star && chunk.length === 0) return !name.includes("/");
      const t = matchChunk(chunk, name);
      if (t !== null && (t.length === 0 || pattern.length > 0)) {
        name = t;
        continue;
      }
      if (star) {
        for (let i = 0; i < name.length && name[i] !== "/"; i++) {
          const t2 = matchChunk(chunk, name.slice(i + 1));
          if (t2 !== null) {
            if (pattern.length === 0 && t2.length > 0) continue;
            name = t2;
            continue outer;
          }
        }
      }
      // Go checks that the rest of the pattern is well formed before answering false.
      while (pattern.length > 0) {
        const next = scanChunk(pattern);
        pattern = next.rest;
        matchChunk(next.chunk, []);
      }
      return false;
    }
    return name.length === 0;
  } catch (e) {
    if (e instanceof BadPattern) return false;
    throw e;
  }
}

/** keyring.go `URLsMatchStr`: whether the index key (a glob) matches the image name. */
export function urlsMatchStr(glob: string, target: string): boolean {
  const g = goParseHttpUrl(`https://${glob}`);
  const t = goParseHttpUrl(`https://${target}`);
  if (g === null || t === null) return false;
  const gs = splitUrl(g.host);
  const ts = splitUrl(t.host);
  if (gs.port !== ts.port || gs.parts.length !== ts.parts.length) return false;
  if (!t.path.startsWith(g.path)) return false;
  return gs.parts.every((part, k) => goFilepathMatch(part, ts.parts[k] as string));
}

/** keyring.go `isDefaultRegistryMatch`: the image is pulled from Docker Hub by its name's shape. */
export function isDefaultRegistryMatch(image: string): boolean {
  const slash = image.indexOf("/");
  const first = slash === -1 ? image : image.slice(0, slash);
  if (first.length === 0) return false;
  if (slash === -1) return true;
  if (first === "docker.io" || first === "index.docker.io") return true;
  return !/[.:]/.test(first);
}

/**
 * `BasicDockerKeyring.Lookup`: the index keys whose credentials the kubelet tries for an image, most
 * specific first (the index is reverse-sorted); the Docker Hub fallback to `index.docker.io` only
 * when nothing matched.
 */
export function keyringLookup(keys: readonly string[], image: string): string[] {
  const index = [...new Set(keys)].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const matched = index.filter((k) => urlsMatchStr(k, image));
  if (matched.length > 0) return matched;
  if (isDefaultRegistryMatch(image) && index.includes(KUBELET_HUB_INDEX_KEY)) return [KUBELET_HUB_INDEX_KEY];
  return [];
}

/**
 * The repository name the kubelet looks credentials up for (`parsers.ParseImageName`, that is
 * `ParseNormalizedNamed(image).Name()`): Docker Hub names get `docker.io/` and `library/`, a tag or
 * digest is dropped. Null for a name distribution rejects (upper case in the path, no name).
 */
export function normalizeImageName(image: string): string | null {
  let name = image;
  const at = name.indexOf("@");
  if (at !== -1) name = name.slice(0, at);
  const lastSlash = name.lastIndexOf("/");
  const tagColon = name.indexOf(":", lastSlash + 1);
  if (tagColon !== -1) name = name.slice(0, tagColon);
  const i = name.indexOf("/");
  let domain: string;
  let remainder: string;
  const first = i === -1 ? "" : name.slice(0, i);
  if (i === -1 || (!/[.:]/.test(first) && first !== "localhost" && first.toLowerCase() === first)) {
    domain = "docker.io";
    remainder = name;
  } else {
    domain = first;
    remainder = name.slice(i + 1);
  }
  if (domain === "index.docker.io") domain = "docker.io";
  if (domain === "docker.io" && !remainder.includes("/")) remainder = `library/${remainder}`;
  if (remainder === "" || remainder !== remainder.toLowerCase() || domain === "") return null;
  return `${domain}/${remainder}`;
}
