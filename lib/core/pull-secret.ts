// A Kubernetes image-pull Secret as the API server and the kubelet read it: its `type`, its
// `data` (base64) and `stringData` (text) entries, and what each `.dockerconfigjson` / `.dockercfg`
// payload decodes to. Facts: kubernetes pkg/credentialprovider/secrets/secrets.go
// (`MakeDockerKeyring` reads `.dockerconfigjson` only from type kubernetes.io/dockerconfigjson and
// `.dockercfg` only from kubernetes.io/dockercfg, and fails on the first payload it cannot decode),
// pkg/apis/core/validation (`ValidateSecret`: the key of the type must exist and hold a JSON object),
// and encoding/json, which decodes `data` values with base64.StdEncoding. No ESLint here: the host
// gives the ranges, in the manifest's text, and the edits that rewrite a scalar in its own style.
import { goDecodeString } from "./auth.js";
import { parseDocument, type RegistryDocument } from "./document.js";
import type { Edit, Range } from "./finding.js";
import { isPlaceholder, isReference } from "./references.js";

export const DOCKER_CONFIG_JSON_TYPE = "kubernetes.io/dockerconfigjson";
export const DOCKERCFG_TYPE = "kubernetes.io/dockercfg";
export type PayloadKey = ".dockerconfigjson" | ".dockercfg";
/** The data key each pull-Secret type requires (`v1.DockerConfigJsonKey`, `v1.DockerConfigKey`). */
export const PAYLOAD_KEY: Readonly<Record<string, PayloadKey>> = {
  [DOCKER_CONFIG_JSON_TYPE]: ".dockerconfigjson",
  [DOCKERCFG_TYPE]: ".dockercfg",
};
export const TYPE_FOR_KEY: Readonly<Record<PayloadKey, string>> = {
  ".dockerconfigjson": DOCKER_CONFIG_JSON_TYPE,
  ".dockercfg": DOCKERCFG_TYPE,
};

export function isPayloadKey(key: string): key is PayloadKey {
  return key === ".dockerconfigjson" || key === ".dockercfg";
}

/** A scalar of the manifest: where it is, what it holds, and how to write something else there. */
export interface ManifestScalar {
  range: Range;
  /** The string it holds; null when it is not a string. */
  value: string | null;
  /** An edit that makes it hold `text`, in its own style (or the nearest one that can); null when none can. */
  rewrite(text: string): Edit | null;
}

/** One entry of `data` or `stringData`. */
export interface SecretEntry {
  section: "data" | "stringData";
  key: string;
  keyRange: Range;
  scalar: ManifestScalar;
}

export interface PullSecretInput {
  /** The manifest file's text. */
  text: string;
  /** The value of `kind: Secret`. */
  kindRange: Range;
  type: ManifestScalar | null;
  entries: readonly SecretEntry[];
  /** SOPS metadata (`sops:`) at the top: every value is encrypted. */
  sops: boolean;
}

/**
 * Why a payload is not read as a config:
 * - `placeholder`: `${VAR}`, `{{ .Values.x }}`, `<base64>`, `REPLACE_ME`: filled in before apply.
 * - `encrypted`: a SOPS `ENC[…]` value.
 * - `notBase64`: a `data` value encoding/json cannot decode: the API server rejects the Secret.
 * - `notJson`: the bytes are not a JSON object: the API server rejects the Secret (`null` passes).
 */
export type PayloadProblem = "placeholder" | "encrypted" | "notBase64" | "notJson";

export interface Payload {
  entry: SecretEntry & { key: PayloadKey };
  problem: PayloadProblem | null;
  /** For `notBase64`: Go's `illegal base64 data at input byte N`. */
  offset: number | null;
  /** For `notJson`: what the bytes are instead. */
  what: "not JSON" | "an array" | "a string" | "a number" | "a boolean" | "null" | null;
  /** `data` that decodes to base64 of a JSON object: encoded twice. */
  encodedTwice: boolean;
  /** `stringData` that is base64 of a JSON object: stringData takes text, the API server encodes it. */
  base64Text: boolean;
  /** The text the kubelet decodes (base64-decoded for `data`); null when there is none. */
  text: string | null;
  /** Whether `text` is exactly the stored bytes (valid UTF-8): a base64 fix re-encodes it. */
  lossless: boolean;
  /** The payload as a registry document for the kubelet; null when it does not parse or is no config. */
  document: RegistryDocument | null;
  /** `config`: an `auths` map (what `.dockerconfigjson` holds); `legacy`: registries at the top (`.dockercfg`). */
  shape: "config" | "legacy" | null;
}

export interface PullSecretDocument {
  readonly kind: "pull-secret";
  readonly text: string;
  readonly kindRange: Range;
  readonly type: ManifestScalar | null;
  /** The `type` value; `Opaque` when absent (the API server's default). */
  readonly typeValue: string;
  readonly entries: readonly SecretEntry[];
  readonly payloads: readonly Payload[];
}

/** Values that are not a credential but stand for one: references, `<…>`, REPLACE_ME and the like. */
const PLACEHOLDER = /^\s*(?:<[^<>]*>|\[[^[\]]*\]|(?:REPLACE|CHANGE|FILL|SET)[_ -]?(?:ME|IT|THIS)|TODO|FIXME|TBD|PLACEHOLDER|REDACTED|x{3,}|\*{3,}|\.{3})\s*$/i;
/** A SOPS-encrypted value. */
const SOPS_VALUE = /^ENC\[[A-Z0-9_]+,data:/;

export function isPlaceholderValue(value: string): boolean {
  return value.trim() === "" || isReference(value) || isPlaceholder(value) || PLACEHOLDER.test(value);
}

const enc = new TextEncoder();
// ignoreBOM: keep a byte order mark in the text (Go's decoder rejects it; strict-json reports it).
const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** encoding/json's decoding of a `[]byte` field: base64.StdEncoding, line breaks skipped. */
function decodeData(value: string): { bytes: Uint8Array } | { offset: number } {
  const r = goDecodeString(enc.encode(value), true);
  return r.ok ? { bytes: r.bytes } : { offset: r.offset };
}

function textOf(bytes: Uint8Array): { text: string; lossless: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), lossless: true };
  } catch {
    return { text: utf8.decode(bytes), lossless: false };
  }
}

type JsonKind = "object" | NonNullable<Payload["what"]>;

/** What the API server's `json.Unmarshal(…, &map[string]interface{}{})` makes of the bytes. */
function jsonKind(text: string): JsonKind {
  let v: unknown;
  try {
    // JSON.parse takes the same grammar as Go's decoder (a byte order mark is an error in both).
    v = JSON.parse(text);
  } catch {
    return "not JSON";
  }
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "object";
  return typeof v === "string" ? "a string" : typeof v === "number" ? "a number" : "a boolean";
}

/** Whether `text` is base64 (line breaks allowed) of a JSON object: a payload encoded once too often. */
function isBase64OfJsonObject(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 4 || !/^[A-Za-z0-9+/\r\n]+={0,2}$/.test(trimmed)) return false;
  const d = decodeData(trimmed);
  return "bytes" in d && jsonKind(textOf(d.bytes).text) === "object";
}

function analyse(entry: SecretEntry & { key: PayloadKey }, sops: boolean): Payload {
  const base: Payload = {
    entry,
    problem: null,
    offset: null,
    what: null,
    encodedTwice: false,
    base64Text: false,
    text: null,
    lossless: false,
    document: null,
    shape: null,
  };
  const value = entry.scalar.value;
  if (value === null) return base;
  if (sops || SOPS_VALUE.test(value)) return { ...base, problem: "encrypted" };
  if (isPlaceholderValue(value)) return { ...base, problem: "placeholder" };
  let text: string;
  let lossless = true;
  if (entry.section === "data") {
    const d = decodeData(value);
    if ("offset" in d) return { ...base, problem: "notBase64", offset: d.offset };
    ({ text, lossless } = textOf(d.bytes));
  } else {
    text = value;
  }
  const kind = jsonKind(text);
  // Read as the file its key names: `.dockercfg` the legacy map, `.dockerconfigjson` docker's format
  // (which still recognises a legacy map, so that valid-pull-secret reports it).
  const document = parseDocument(text, "kubernetes", entry.key === ".dockercfg" ? "dockercfg" : "docker-config");
  const model = document?.model ?? null;
  const withDoc = { ...base, text, lossless, document: model ? document : null, shape: model?.shape ?? null };
  if (kind === "object") return withDoc;
  const twice = isBase64OfJsonObject(text);
  return {
    ...withDoc,
    problem: "notJson",
    what: kind,
    encodedTwice: twice && entry.section === "data",
    base64Text: twice && entry.section === "stringData",
  };
}

export function pullSecretDocument(input: PullSecretInput): PullSecretDocument {
  const payloads: Payload[] = [];
  for (const entry of input.entries) {
    if (isPayloadKey(entry.key)) payloads.push(analyse(entry as SecretEntry & { key: PayloadKey }, input.sops));
  }
  const typeValue = input.type === null ? "Opaque" : (input.type.value ?? "");
  return {
    kind: "pull-secret",
    text: input.text,
    kindRange: input.kindRange,
    type: input.type,
    typeValue,
    entries: input.entries,
    payloads,
  };
}

/**
 * Whether a manifest's text may hold a pull Secret: the cheap test a tool runs before parsing a
 * YAML or JSON file (a type name or a payload key, as written by kubectl or by hand).
 */
export function mayHoldPullSecret(text: string): boolean {
  return /kubernetes\.io\/docker(?:configjson|cfg)|\.docker(?:configjson|cfg)\b/.test(text);
}
