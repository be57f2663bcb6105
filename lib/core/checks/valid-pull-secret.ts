// A pull Secret the API server rejects, or one whose credentials the kubelet never uses: the
// `type` and the payload key and format disagree, `data` is not base64 (or base64 twice),
// `stringData` holds base64, the payload is not a JSON object, or it configures credential
// helpers the kubelet does not have. Facts: kubernetes pkg/credentialprovider/secrets/secrets.go
// (MakeDockerKeyring), pkg/credentialprovider/config.go (DockerConfigJSON: `auths` and
// `HttpHeaders` only), pkg/apis/core/validation (ValidateSecret).
import type { Finding, Suggestion } from "../finding.js";
import {
  DOCKER_CONFIG_JSON_TYPE,
  DOCKERCFG_TYPE,
  PAYLOAD_KEY,
  type Payload,
  type PullSecretDocument,
  TYPE_FOR_KEY,
} from "../pull-secret.js";

export type PullSecretMessageIds =
  | "notBase64"
  | "notJsonObject"
  | "encodedTwice"
  | "base64InStringData"
  | "missingPayload"
  | "ignoredPayload"
  | "notPullSecretType"
  | "legacyPayloadInConfigJson"
  | "configJsonPayloadInDockercfg"
  | "useType"
  | "decodeOnce"
  | "writeDecoded";

type Out = Finding<PullSecretMessageIds>;

const REJECTED = 'the API server rejects the Secret ("Invalid value: \\"<secret contents redacted>\\"")';

function typeSuggestion(doc: PullSecretDocument, type: string): Suggestion<PullSecretMessageIds>[] {
  const edit = doc.type?.rewrite(type) ?? null;
  return edit === null ? [] : [{ messageId: "useType", data: { type }, fix: [edit] }];
}

function payloadFindings(doc: PullSecretDocument, p: Payload, out: Out[]): void {
  const { entry } = p;
  const key = entry.key;
  const range = entry.scalar.range;
  if (p.problem === "placeholder" || p.problem === "encrypted") return;
  if (p.problem === "notBase64") {
    // The remedy (stringData for JSON text, `base64 -w0` otherwise) is on the docs page.
    out.push({ range, messageId: "notBase64", data: { key, offset: String(p.offset ?? 0) } });
    return;
  }
  if (p.problem === "notJson") {
    if (p.encodedTwice) {
      const inner = (p.text ?? "").replace(/\s+/g, "");
      const edit = entry.scalar.rewrite(inner);
      out.push({
        range,
        messageId: "encodedTwice",
        data: { key },
        suggestions: edit === null ? [] : [{ messageId: "decodeOnce", data: { key }, fix: [edit] }],
      });
      return;
    }
    if (p.base64Text) {
      const value = entry.scalar.value ?? "";
      const decoded = Buffer.from(value.replace(/\s+/g, ""), "base64").toString("utf8");
      const edit = entry.scalar.rewrite(decoded);
      out.push({
        range,
        messageId: "base64InStringData",
        data: { key },
        suggestions: edit === null ? [] : [{ messageId: "writeDecoded", data: { key }, fix: [edit] }],
      });
      return;
    }
    const effect = p.what === "null" ? "the kubelet finds no credentials in it" : REJECTED;
    out.push({ range, messageId: "notJsonObject", data: { key, what: p.what ?? "not JSON", effect } });
    return;
  }
  // The kubelet reads the key of the Secret's type only; the other is reported once, below.
  if (TYPE_FOR_KEY[key] !== doc.typeValue) return;
  if (key === ".dockerconfigjson" && p.shape === "legacy") {
    out.push({ range, messageId: "legacyPayloadInConfigJson", data: { key } });
  } else if (key === ".dockercfg" && p.shape === "config") {
    out.push({ range, messageId: "configJsonPayloadInDockercfg", data: { key } });
  }
  // `credsStore` and `credHelpers`, which the kubelet ignores, are no-unknown-properties' to report
  // (dockerOnlyProperty, at the field itself): one report per defect.
}

export interface PullSecretOptions {
  /** Accept payload keys in Secrets of another type (mounted by tools such as Kaniko, not used by the kubelet). */
  ignoreOtherTypes?: boolean;
}

export function pullSecretFindings(doc: PullSecretDocument, [options = {}]: readonly [PullSecretOptions?] = []): Out[] {
  const out: Out[] = [];
  const type = doc.typeValue;
  const needed = PAYLOAD_KEY[type];
  const keys = new Set(doc.entries.map((e) => e.key));
  if (needed !== undefined) {
    if (!keys.has(needed) && doc.type !== null) {
      // The other pull-Secret key is there: the type is the likely mistake.
      const other = needed === ".dockerconfigjson" ? ".dockercfg" : ".dockerconfigjson";
      const otherType = TYPE_FOR_KEY[other];
      out.push({
        range: doc.type.range,
        messageId: "missingPayload",
        data: { type, key: needed },
        suggestions: keys.has(other) ? typeSuggestion(doc, otherType) : [],
      });
    }
    for (const e of doc.entries) {
      if ((e.key === ".dockerconfigjson" || e.key === ".dockercfg") && e.key !== needed && keys.has(needed)) {
        out.push({ range: e.keyRange, messageId: "ignoredPayload", data: { key: e.key, type, keyType: TYPE_FOR_KEY[e.key] } });
      }
    }
  } else {
    if (options.ignoreOtherTypes === true) return out;
    const first = doc.entries.find((e) => e.key === ".dockerconfigjson" || e.key === ".dockercfg");
    if (first !== undefined) {
      const wanted = first.key === ".dockercfg" ? DOCKERCFG_TYPE : DOCKER_CONFIG_JSON_TYPE;
      out.push({
        range: first.keyRange,
        messageId: "notPullSecretType",
        data: { key: first.key, typeText: doc.type === null ? "it has no type (Opaque)" : `its type is "${type}"`, needed: wanted },
        suggestions: typeSuggestion(doc, wanted),
      });
    }
  }
  for (const p of doc.payloads) payloadFindings(doc, p, out);
  return out;
}
