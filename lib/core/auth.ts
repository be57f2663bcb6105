// How the Docker CLI and containers/image decode an `auth` value, byte for byte, and what in the
// decoded text makes a registry reject the credentials although the client loads them.
// Sources: docker/cli cli/config/configfile/file.go (decodeAuth), Go's encoding/base64
// (StdEncoding.Decode); containers/image pkg/docker/config/config.go (decodeDockerAuth); kubernetes
// pkg/credentialprovider/config.go (decodeDockerConfigFieldAuth). Offsets and reasons measured with
// docker 28.2.2 (tests/valid-auth-oracle.test.ts). No ESLint here.
//
// Nothing this module returns holds decoded text or any part of the value: verdicts are flags and
// positions, and comparisons happen inside.
import { isReference } from "./references.js";
import type { Flavor } from "./registry.js";

/** Why the client refuses the value (it then drops the entry, or for docker possibly more). */
export type AuthError =
  /** `illegal base64 data at input byte N` (Go's `base64.CorruptInputError`). */
  | "base64"
  /** No `:` in the decoded text: docker `Invalid auth configuration file`, containers "missing semicolon". */
  | "noColon"
  /** `:` first: docker `Invalid auth configuration file`; containers accepts an empty user. */
  | "emptyUser";

/** What the client loads but a registry will most likely refuse. */
export interface SilentFlags {
  /** The password ends in `\n` or `\r`: `echo` without `-n`, or a CRLF line. */
  trailingNewline: boolean;
  /** `\n` or `\r` inside the user name or the password (not only at the password's end). */
  embeddedNewline: boolean;
  /** Space or tab (or VT, FF) at either end of the user name or the password. */
  surroundingWhitespace: boolean;
  /** NUL bytes that survive the client's trim: text encoded as UTF-16 (PowerShell's `Unicode`). */
  nul: boolean;
  /** The user name or password is not UTF-8 text: the value is probably not base64 of `user:password`. */
  notUtf8: boolean;
}

export interface AuthVerdict {
  /** `""`: the client skips decoding and uses plaintext `username`/`password` fields, if any. */
  empty: boolean;
  /** The client loads the value. */
  ok: boolean;
  error: AuthError | null;
  /** For `base64`: the byte offset in docker's message. A position, never content. */
  offset: number | null;
  /**
   * The reason docker 28.2.2 prints, exactly; null when docker loads the value. For the `kubernetes`
   * flavor, the kubelet's error text instead (null when the kubelet loads it).
   */
  dockerReason: string | null;
  /** The decoded text has a `:` (only meaningful when base64 decoding succeeded). */
  hasColon: boolean;
  emptyUser: boolean;
  emptyPassword: boolean;
  /** Decoding succeeded and the user name is `_json_key`: the password is a JSON document, where whitespace does not matter. */
  jsonKey: boolean;
  flags: SilentFlags;
}

const NO_FLAGS: SilentFlags = {
  trailingNewline: false,
  embeddedNewline: false,
  surroundingWhitespace: false,
  nul: false,
  notUtf8: false,
};

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DECODE_MAP = new Int16Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE_MAP[ALPHABET.charCodeAt(i)] = i;
const PAD = 0x3d; // '='
const LF = 0x0a;
const CR = 0x0d;
const COLON = 0x3a;

type GoDecode = { ok: true; bytes: Uint8Array } | { ok: false; offset: number };

/**
 * Go's `base64.StdEncoding.Decode(make([]byte, DecodedLen(len(src))), src)` with docker's buffer:
 * the whole buffer (zero-filled past what was written), or the CorruptInputError offset. A port of
 * `decodeQuantum` (encoding/base64): `\r` and `\n` are skipped anywhere, including in and after
 * padding; the offsets reproduce Go's arithmetic, including `si - j` which ignores skipped newlines.
 */
export function goStdDecode(src: Uint8Array): GoDecode {
  const out = new Uint8Array(Math.floor(src.length / 4) * 3);
  let n = 0;
  let si = 0;
  while (si < src.length) {
    let val = 0; // the quantum's 24 bits, 6 per character read
    let dlen = 4;
    let trailingGarbage = -1;
    let j = 0;
    for (; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return { ok: true, bytes: out };
        return { ok: false, offset: si - j };
      }
      const c = src[si] as number;
      si++;
      const v = DECODE_MAP[c] as number;
      if (v >= 0) {
        val |= v << (18 - 6 * j);
        continue;
      }
      if (c === LF || c === CR) {
        j--;
        continue;
      }
      if (c !== PAD) return { ok: false, offset: si - 1 };
      if (j === 0 || j === 1) return { ok: false, offset: si - 1 };
      if (j === 2) {
        while (si < src.length && (src[si] === LF || src[si] === CR)) si++;
        if (si === src.length) return { ok: false, offset: src.length };
        if (src[si] !== PAD) return { ok: false, offset: si - 1 };
        si++;
      }
      while (si < src.length && (src[si] === LF || src[si] === CR)) si++;
      if (si < src.length) trailingGarbage = si;
      dlen = j;
      break;
    }
    if (dlen > 1) out[n++] = (val >> 16) & 0xff;
    if (dlen > 2) out[n++] = (val >> 8) & 0xff;
    if (dlen > 3) out[n++] = val & 0xff;
    // Go writes the quantum before reporting garbage after the padding; docker fails either way.
    if (trailingGarbage >= 0) return { ok: false, offset: trailingGarbage };
  }
  return { ok: true, bytes: out };
}

/**
 * Go's `base64.StdEncoding.DecodeString` (`padded`) or `base64.RawStdEncoding.DecodeString`: exactly
 * the decoded bytes (no zero-filled buffer), or the CorruptInputError offset. The same `decodeQuantum`
 * as goStdDecode; without padding, "=" is an illegal character and a final quantum of 2 or 3
 * characters is complete.
 */
export function goDecodeString(src: Uint8Array, padded: boolean): GoDecode {
  const out: number[] = [];
  let si = 0;
  while (si < src.length) {
    const dbuf = [0, 0, 0, 0];
    let dlen = 4;
    let trailingGarbage = -1;
    for (let j = 0; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return { ok: true, bytes: new Uint8Array(out) };
        if (j === 1 || padded) return { ok: false, offset: si - j };
        dlen = j;
        break;
      }
      const c = src[si] as number;
      si++;
      const v = DECODE_MAP[c] as number;
      if (v >= 0) {
        dbuf[j] = v;
        continue;
      }
      if (c === LF || c === CR) {
        j--;
        continue;
      }
      if (!padded || c !== PAD || j === 0 || j === 1) return { ok: false, offset: si - 1 };
      if (j === 2) {
        while (si < src.length && (src[si] === LF || src[si] === CR)) si++;
        if (si === src.length) return { ok: false, offset: src.length };
        if (src[si] !== PAD) return { ok: false, offset: si - 1 };
        si++;
      }
      while (si < src.length && (src[si] === LF || src[si] === CR)) si++;
      if (si < src.length) trailingGarbage = si;
      dlen = j;
      break;
    }
    const val = ((dbuf[0] as number) << 18) | ((dbuf[1] as number) << 12) | ((dbuf[2] as number) << 6) | (dbuf[3] as number);
    const bytes = [(val >> 16) & 0xff, (val >> 8) & 0xff, val & 0xff];
    for (let k = 0; k < dlen - 1; k++) out.push(bytes[k] as number);
    if (trailingGarbage >= 0) return { ok: false, offset: trailingGarbage };
  }
  return { ok: true, bytes: new Uint8Array(out) };
}

/** Go's `unicode.IsSpace`, which `strings.TrimSpace` trims (JavaScript's trim also drops U+FEFF). */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && GO_SPACE.test(s[start] as string)) start++;
  while (end > start && GO_SPACE.test(s[end - 1] as string)) end--;
  return s.slice(start, end);
}

/**
 * The kubelet's `decodeDockerConfigFieldAuth` (kubernetes pkg/credentialprovider/config.go): padded
 * standard base64 when the trimmed value ends in "=", else unpadded (so `Zm9vOmJhcg` loads), newlines
 * skipped, then `strings.SplitN(decoded, ":", 2)`; an empty user name is accepted and NUL bytes are
 * kept. Its error fails `DockerConfigEntry.UnmarshalJSON`, and with it the whole Secret.
 */
function decodeKubeletAuth(value: string, base: AuthVerdict): AuthVerdict {
  const decoded = goDecodeString(bytesOf(value), goTrimSpace(value).endsWith("="));
  if (!decoded.ok) {
    const reason = `illegal base64 data at input byte ${decoded.offset}`;
    return { ...base, ok: false, error: "base64", offset: decoded.offset, dockerReason: reason };
  }
  const colon = decoded.bytes.indexOf(COLON);
  if (colon === -1) {
    return { ...base, ok: false, error: "noColon", dockerReason: "unable to parse auth field, must be formatted as base64(username:password)" };
  }
  const user = decoded.bytes.subarray(0, colon);
  const password = decoded.bytes.subarray(colon + 1);
  const jsonKey = equalBytes(user, JSON_KEY);
  return {
    ...base,
    hasColon: true,
    emptyUser: user.length === 0,
    emptyPassword: password.length === 0,
    jsonKey,
    flags: flagsOf(user, password, jsonKey),
  };
}

/** `strings.Cut(string(decoded), ":")` and `strings.Trim(password, "\x00")`. */
function split(bytes: Uint8Array): { user: Uint8Array; password: Uint8Array } | null {
  const colon = bytes.indexOf(COLON);
  if (colon === -1) return null;
  let start = colon + 1;
  let end = bytes.length;
  while (start < end && bytes[start] === 0) start++;
  while (end > start && bytes[end - 1] === 0) end--;
  return { user: bytes.subarray(0, colon), password: bytes.subarray(start, end) };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const isNewline = (b: number | undefined): boolean => b === LF || b === CR;
const isBlank = (b: number | undefined): boolean => b === 0x20 || b === 0x09 || b === 0x0b || b === 0x0c;

function hasNewline(bytes: Uint8Array): boolean {
  return bytes.includes(LF) || bytes.includes(CR);
}

function stripTrailingNewlines(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && isNewline(bytes[end - 1])) end--;
  return bytes.subarray(0, end);
}

function flagsOf(user: Uint8Array, password: Uint8Array, jsonKey: boolean): SilentFlags {
  const body = stripTrailingNewlines(password);
  const blankEnds = (b: Uint8Array): boolean => b.length > 0 && (isBlank(b[0]) || isBlank(b[b.length - 1]));
  return {
    trailingNewline: !jsonKey && body.length < password.length,
    embeddedNewline: hasNewline(user) || (!jsonKey && hasNewline(body)),
    surroundingWhitespace: blankEnds(user) || (!jsonKey && blankEnds(body)),
    nul: user.includes(0) || password.includes(0),
    notUtf8: !isUtf8(user) || !isUtf8(password),
  };
}

const enc = new TextEncoder();
const JSON_KEY = enc.encode("_json_key");
const equalBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The value as Go sees it: the JSON string's UTF-8 bytes (lone surrogates become U+FFFD, as in Go). */
const bytesOf = (value: string): Uint8Array => enc.encode(value);

/**
 * Canonical padded standard base64 (groups of 4 alphabet characters, the last one ending in at
 * most two `=`), the shape nearly every value has: Node's native decoder gives the same bytes as
 * Go's for it; only other values need the port, for Go's exact error offsets. A loop, not a
 * regular expression: V8's backtracking stack overflows on `(?:[…]{4})*` over a few million
 * characters (a valid 4.3 MB value made ESLint exit 2).
 */
function isPlainBase64(value: string): boolean {
  const n = value.length;
  if (n % 4 !== 0) return false;
  let end = n;
  if (value.charCodeAt(end - 1) === PAD) end--;
  if (end < n && value.charCodeAt(end - 1) === PAD) end--;
  for (let i = 0; i < end; i++) {
    const c = value.charCodeAt(i);
    if (c > 0x7f || (DECODE_MAP[c] as number) < 0) return false;
  }
  return true;
}

function decodeString(value: string): GoDecode {
  if (!isPlainBase64(value)) return goStdDecode(bytesOf(value));
  // docker's zero-filled buffer of DecodedLen bytes, as goStdDecode returns it.
  const bytes = new Uint8Array((value.length / 4) * 3);
  bytes.set(Buffer.from(value, "base64"));
  return { ok: true, bytes };
}

function decodeParts(value: string): { decoded: GoDecode; parts: ReturnType<typeof split> } {
  const decoded = decodeString(value);
  return { decoded, parts: decoded.ok ? split(decoded.bytes) : null };
}

/**
 * How `flavor`'s client decodes an `auth` string (already JSON-unescaped): docker's `decodeAuth`,
 * containers/image's `decodeDockerAuth` (same decoder; an empty user name is accepted), or the
 * kubelet's `decodeDockerConfigFieldAuth` (unpadded base64 accepted too).
 */
export function decodeAuth(value: string, flavor: Flavor = "docker"): AuthVerdict {
  const base: AuthVerdict = {
    empty: false,
    ok: true,
    error: null,
    offset: null,
    dockerReason: null,
    hasColon: false,
    emptyUser: false,
    emptyPassword: false,
    jsonKey: false,
    flags: NO_FLAGS,
  };
  if (value === "") return { ...base, empty: true };
  if (flavor === "kubernetes") return decodeKubeletAuth(value, base);
  const { decoded, parts } = decodeParts(value);
  if (!decoded.ok) {
    const reason = `illegal base64 data at input byte ${decoded.offset}`;
    return { ...base, ok: false, error: "base64", offset: decoded.offset, dockerReason: reason };
  }
  if (parts === null) {
    return { ...base, ok: false, error: "noColon", dockerReason: "Invalid auth configuration file" };
  }
  const emptyUser = parts.user.length === 0;
  const jsonKey = equalBytes(parts.user, JSON_KEY);
  const verdict: AuthVerdict = {
    ...base,
    hasColon: true,
    emptyUser,
    emptyPassword: parts.password.length === 0,
    jsonKey,
    flags: flagsOf(parts.user, parts.password, jsonKey),
  };
  if (emptyUser) {
    verdict.dockerReason = "Invalid auth configuration file";
    if (flavor === "docker") {
      verdict.ok = false;
      verdict.error = "emptyUser";
    }
  }
  return verdict;
}

/** Whether docker 28.2.2 refuses the value (`Error parsing config file`), and with which reason. */
export function dockerRejects(value: string): string | null {
  return decodeAuth(value, "docker").dockerReason;
}

/**
 * Which of `username` / `password` (plaintext fields of the same entry; null when absent) differ from
 * what `auth` decodes to. Empty when `auth` does not decode to `user:password`. Only names, never text.
 */
export function authMismatch(value: string, username: string | null, password: string | null): ("username" | "password")[] {
  const { parts } = decodeParts(value);
  if (parts === null) return [];
  const differs: ("username" | "password")[] = [];
  if (username !== null && !equalBytes(bytesOf(username), parts.user)) differs.push("username");
  if (password !== null && !equalBytes(bytesOf(password), parts.password)) differs.push("password");
  return differs;
}

/** Standard padded base64 of raw bytes (what `printf '%s' 'user:password' | base64 -w0` prints). */
function encode(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}

function join(user: Uint8Array, password: Uint8Array): Uint8Array {
  const out = new Uint8Array(user.length + 1 + password.length);
  out.set(user, 0);
  out[user.length] = COLON;
  out.set(password, user.length + 1);
  return out;
}

/** A clean value: loads, has a password, and nothing in it a registry would refuse. */
function isClean(v: AuthVerdict): boolean {
  return v.ok && !v.empty && !v.emptyPassword && !Object.values(v.flags).some(Boolean);
}

/** The edit a suggestion may offer. The result is written into the file only, never into a message. */
export type Repair =
  /** Drop `\r`/`\n` at the end of the password. */
  | "dropTrailingNewline"
  /** Trim whitespace and line breaks around the user name and the password. */
  | "trimWhitespace"
  /** Drop every NUL byte (UTF-16 text of ASCII becomes the UTF-8 text). */
  | "dropNul"
  /** Rewrite a not-base64 value (spaces, URL-safe alphabet, missing padding) in padded standard base64. */
  | "standardBase64"
  /** The decoded text is itself a clean `auth` value: it was encoded twice. */
  | "decodeOnce";

function trimEnds(b: Uint8Array): Uint8Array {
  const ws = (x: number | undefined): boolean => isBlank(x) || isNewline(x);
  let s = 0;
  let e = b.length;
  while (s < e && ws(b[s])) s++;
  while (e > s && ws(b[e - 1])) e--;
  return b.subarray(s, e);
}

/**
 * Apply a repair: the new `auth` value, or null when it would not help. A text repair must remove
 * the defect it names and keep a loadable value; a guess at the encoding (`standardBase64`,
 * `decodeOnce`) must yield a clean value.
 */
export function repairAuth(value: string, repair: Repair, flavor: Flavor = "docker"): string | null {
  if (repair === "standardBase64" || repair === "decodeOnce") {
    const result = repair === "standardBase64" ? standardBase64(value) : decodedBase64(value);
    return result !== null && result !== value && isClean(decodeAuth(result, flavor)) ? result : null;
  }
  const { parts } = decodeParts(value);
  if (parts === null) return null;
  let { user, password } = parts;
  if (repair === "dropTrailingNewline") password = stripTrailingNewlines(password);
  if (repair === "trimWhitespace") {
    user = trimEnds(user);
    password = trimEnds(password);
  }
  if (repair === "dropNul") {
    user = user.filter((b) => b !== 0);
    password = password.filter((b) => b !== 0);
  }
  const result = encode(join(user, password));
  const after = decodeAuth(result, flavor);
  const fixed =
    repair === "dropTrailingNewline"
      ? !after.flags.trailingNewline
      : repair === "trimWhitespace"
        ? !after.flags.surroundingWhitespace && !after.flags.trailingNewline
        : !after.flags.nul;
  return result !== value && after.ok && fixed ? result : null;
}

/** ECMAScript's WhiteSpace and LineTerminator: what `\s` matches (a wrapped or pasted value's breaks). */
function isJsSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The value in padded standard base64: whitespace dropped, the URL-safe `-` and `_` mapped to
 * `+` and `/`, the padding redone; null when a character outside the alphabet remains (or `=`
 * before the end), or the length cannot be base64 (4k+1). One pass, no regular expression.
 */
function standardBase64(value: string): string | null {
  const chars: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (isJsSpace(c)) continue;
    chars.push(c === 0x2d ? "+" : c === 0x5f ? "/" : (value[i] as string));
  }
  let end = chars.length;
  while (end > 0 && chars[end - 1] === "=") end--;
  if (end % 4 === 1) return null;
  for (let i = 0; i < end; i++) {
    const c = (chars[i] as string).charCodeAt(0);
    if (c > 0x7f || (DECODE_MAP[c] as number) < 0) return null;
  }
  chars.length = end;
  return chars.join("").padEnd(Math.ceil(end / 4) * 4, "=");
}

/**
 * What the value decodes to, when that is itself base64 (an `auth` encoded twice): the decoded
 * bytes without trailing NULs (docker's zero-filled buffer), one or more alphabet characters or
 * line breaks, then only `=`; the line breaks dropped. Null otherwise. One pass over the bytes.
 */
function decodedBase64(value: string): string | null {
  const decoded = goStdDecode(bytesOf(value));
  if (!decoded.ok) return null;
  const bytes = decoded.bytes;
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  let body = end;
  while (body > 0 && bytes[body - 1] === PAD) body--;
  if (body === 0) return null;
  const kept = new Uint8Array(end);
  let n = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (i < body && b !== LF && b !== CR && (DECODE_MAP[b] as number) < 0) return null;
    if (b !== LF && b !== CR) kept[n++] = b;
  }
  return Buffer.from(kept.subarray(0, n)).toString("latin1");
}

/** Why the base64 decoder stopped, from the byte at docker's offset. */
export type Base64Problem = "urlSafe" | "whitespace" | "padding" | "character";

export function base64Problem(value: string, offset: number): Base64Problem {
  const bytes = bytesOf(value);
  const b = bytes[offset];
  if (b === undefined || b === PAD || isNewline(b) || (DECODE_MAP[b] as number) >= 0) return "padding";
  if (b === 0x2d || b === 0x5f) return "urlSafe";
  if (isBlank(b) || b === 0xc2 || b === 0xe2 || b === 0xe3) {
    // ASCII blanks, or a UTF-8 lead byte of a Unicode space (U+00A0, U+2000–U+205F, U+3000).
    return isBlank(b) || /^\s/u.test(Buffer.from(bytes.subarray(offset, offset + 3)).toString("utf8")) ? "whitespace" : "character";
  }
  return "character";
}

/** The string fields of an `auths` entry as the client ends up with them; null when absent. */
export interface EntryStrings {
  auth: string | null;
  username: string | null;
  password: string | null;
  identitytoken: string | null;
  registrytoken: string | null;
}

/**
 * Whether an entry gives the client something to authenticate with, not counting credential helpers
 * (the caller knows the file's `credsStore` / `credHelpers`).
 * - `usable`: a password or a token, or a placeholder for one.
 * - `refused`: the client cannot decode `auth` (valid-auth's business).
 * - `none`: nothing to send: `{}`, a user name alone, `auth` of `user:` without a token.
 * - `ignoredFields` (containers): only `username`/`password`/`registrytoken`, or an identity token
 *   without a valid `auth`, which containers/image does not read.
 * - `marker` (containers): an empty entry, which a helper configured in registries.conf may own.
 */
export type CredentialVerdict = "usable" | "refused" | "none" | "ignoredFields" | "marker";

/** `decoded`: decodeAuth of `e.auth` for this flavor, where the caller has it (entry-fields.ts). */
export function entryCredential(e: EntryStrings, flavor: Flavor, decoded: AuthVerdict | null = null): CredentialVerdict {
  const decode = (auth: string): AuthVerdict => decoded ?? decodeAuth(auth, flavor);
  const has = (s: string | null): boolean => s !== null && s !== "";
  const auth = e.auth ?? "";
  if (flavor === "kubernetes") {
    // DockerConfigEntry.UnmarshalJSON: a non-empty `auth` overrides `username`/`password`; the
    // kubelet sends those two only (tokens are not read), so nothing to send without a password.
    if (isReference(auth) || (auth === "" && e.password !== null && isReference(e.password))) return "usable";
    if (auth !== "") {
      const v = decode(auth);
      if (!v.ok) return "refused";
      return v.emptyPassword ? "none" : "usable";
    }
    return has(e.password) ? "usable" : "none";
  }
  if (isReference(auth) || (flavor === "docker" && e.password !== null && isReference(e.password))) return "usable";
  if (auth !== "") {
    const v = decode(auth);
    if (!v.ok) return "refused";
    if (!v.emptyPassword || has(e.identitytoken)) return "usable";
    if (flavor === "docker" && has(e.registrytoken)) return "usable";
    return "none";
  }
  if (flavor === "docker") return has(e.password) || has(e.identitytoken) || has(e.registrytoken) ? "usable" : "none";
  return has(e.username) || has(e.password) || has(e.identitytoken) || has(e.registrytoken) ? "ignoredFields" : "marker";
}
