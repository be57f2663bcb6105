// valid-pull-secret: manifests the API server rejects, and pull Secrets the kubelet skips or reads
// no credentials from. The cases are manifests (not registry configs), so they run on
// @typescript-eslint's RuleTester directly, through the parser of configs.kubernetes.
import { RuleTester } from "@typescript-eslint/rule-tester";
import * as manifestParser from "../lib/eslint/manifest-parser.js";
import rule from "../rules/valid-pull-secret.js";

const tester = new RuleTester({ languageOptions: { parser: manifestParser } });
const yaml = "k8s/regcred.yaml";
const json = "k8s/regcred.json";
const b64 = (s: string): string => Buffer.from(s).toString("base64");
const PAYLOAD = '{"auths":{"ghcr.io":{"auth":"dTpw"}}}';
const LEGACY = '{"ghcr.io":{"auth":"dTpw","email":"ci@example.com"}}';
const secret = (type: string | null, section: string, key: string, value: string): string =>
  ["apiVersion: v1", "kind: Secret", "metadata:", "  name: regcred", ...(type === null ? [] : [`type: ${type}`]), `${section}:`, `  ${key}: ${value}`, ""].join("\n");
const JSONCFG = "kubernetes.io/dockerconfigjson";
const DOCKERCFG = "kubernetes.io/dockercfg";

tester.run("valid-pull-secret", rule, {
  valid: [
    { name: "kubectl create secret docker-registry", filename: yaml, code: secret(JSONCFG, "data", ".dockerconfigjson", b64(PAYLOAD)) },
    { name: "stringData as a block", filename: yaml, code: secret(JSONCFG, "stringData", ".dockerconfigjson", `|\n    ${PAYLOAD}`) },
    { name: "a legacy .dockercfg Secret", filename: yaml, code: secret(DOCKERCFG, "data", ".dockercfg", b64(LEGACY)) },
    { name: "base64 wrapped in a block, as base64 without -w0 writes it", filename: yaml, code: secret(JSONCFG, "data", ".dockerconfigjson", `|\n    ${b64(PAYLOAD).slice(0, 20)}\n    ${b64(PAYLOAD).slice(20)}`) },
    { name: "an envsubst placeholder", filename: yaml, code: secret(JSONCFG, "data", ".dockerconfigjson", "${DOCKER_CONFIG_JSON}") },
    { name: "a Helm value quoted", filename: yaml, code: secret(JSONCFG, "data", ".dockerconfigjson", '"{{ .Values.dockerconfigjson }}"') },
    { name: "an angle-bracket placeholder", filename: yaml, code: secret(JSONCFG, "data", ".dockerconfigjson", "<base64-encoded-docker-config>") },
    { name: "REPLACE_ME", filename: yaml, code: secret(JSONCFG, "stringData", ".dockerconfigjson", "REPLACE_ME") },
    // no-unknown-properties reports these, at the field (tests/kubernetes-manifests.test.ts).
    { name: "credsStore and credHelpers in the payload", filename: yaml, code: secret(JSONCFG, "stringData", ".dockerconfigjson", `'{"auths":{},"credsStore":"desktop","credHelpers":{"gcr.io":"gcloud"}}'`) },
    { name: "a SOPS-encrypted value", filename: yaml, code: secret(JSONCFG, "data", ".dockerconfigjson", "ENC[AES256_GCM,data:Tr7o=,iv:1=,tag:2=,type:str]") },
    {
      name: "a SealedSecret is not a Secret",
      filename: yaml,
      code: "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: regcred\nspec:\n  encryptedData:\n    .dockerconfigjson: AgBy3i4OJSWK+PiTySYZZA==\n  template:\n    type: kubernetes.io/dockerconfigjson\n",
    },
    { name: "an Opaque Secret without a pull-Secret key", filename: yaml, code: secret("Opaque", "stringData", "config.json", PAYLOAD) },
    {
      name: "ignoreOtherTypes: an Opaque Secret a build tool mounts",
      filename: yaml,
      code: secret("Opaque", "data", ".dockerconfigjson", b64(PAYLOAD)),
      options: [{ ignoreOtherTypes: true }],
    },
    { name: "a ConfigMap", filename: yaml, code: "apiVersion: v1\nkind: ConfigMap\ndata:\n  .dockerconfigjson: nonsense\n" },
    { name: "HttpHeaders are read", filename: yaml, code: secret(JSONCFG, "stringData", ".dockerconfigjson", `'{"auths":{},"HttpHeaders":{"X-Meta":"1"}}'`) },
    {
      name: "kubectl get secret -o json",
      filename: json,
      code: JSON.stringify({ apiVersion: "v1", data: { ".dockerconfigjson": b64(PAYLOAD) }, kind: "Secret", metadata: { name: "regcred" }, type: JSONCFG }, null, 4),
    },
  ],
  invalid: [
    {
      name: "JSON written under data",
      filename: yaml,
      code: secret(JSONCFG, "data", ".dockerconfigjson", `'${PAYLOAD}'`),
      errors: [
        {
          messageId: "notBase64",
          data: { key: ".dockerconfigjson", offset: "0" },
          line: 7,
          column: 22,
          endLine: 7,
          endColumn: 22 + PAYLOAD.length + 2,
        },
      ],
    },
    {
      name: "base64 folded over lines of a plain scalar: the folds are spaces",
      filename: yaml,
      code: secret(JSONCFG, "data", ".dockerconfigjson", `${b64(PAYLOAD).slice(0, 20)}\n    ${b64(PAYLOAD).slice(20)}`),
      errors: [{ messageId: "notBase64", data: { key: ".dockerconfigjson", offset: "20" }, line: 7, column: 22 }],
    },
    {
      name: "unpadded base64: encoding/json decodes data with padding",
      filename: yaml,
      code: secret(JSONCFG, "data", ".dockerconfigjson", b64('{"auths": {}}').replace(/=+$/, "")),
      errors: [{ messageId: "notBase64", data: { key: ".dockerconfigjson", offset: "16" } }],
    },
    {
      name: "a payload that is not JSON",
      filename: yaml,
      code: secret(JSONCFG, "stringData", ".dockerconfigjson", "auths"),
      errors: [
        {
          messageId: "notJsonObject",
          data: { key: ".dockerconfigjson", what: "not JSON", effect: 'the API server rejects the Secret ("Invalid value: \\"<secret contents redacted>\\"")' },
          line: 7,
          column: 22,
          endColumn: 27,
        },
      ],
    },
    {
      name: "a JSON array",
      filename: yaml,
      code: secret(JSONCFG, "data", ".dockerconfigjson", b64("[]")),
      errors: [{ messageId: "notJsonObject", data: { key: ".dockerconfigjson", what: "an array", effect: 'the API server rejects the Secret ("Invalid value: \\"<secret contents redacted>\\"")' } }],
    },
    {
      name: "null passes the API server, and holds no credentials",
      filename: yaml,
      code: secret(JSONCFG, "stringData", ".dockerconfigjson", "'null'"),
      errors: [{ messageId: "notJsonObject", data: { key: ".dockerconfigjson", what: "null", effect: "the kubelet finds no credentials in it" } }],
    },
    {
      name: "encoded twice",
      filename: yaml,
      code: secret(JSONCFG, "data", ".dockerconfigjson", b64(b64(PAYLOAD))),
      errors: [
        {
          messageId: "encodedTwice",
          data: { key: ".dockerconfigjson" },
          line: 7,
          column: 22,
          suggestions: [{ messageId: "decodeOnce", data: { key: ".dockerconfigjson" }, output: secret(JSONCFG, "data", ".dockerconfigjson", b64(PAYLOAD)) }],
        },
      ],
    },
    {
      name: "encoded twice, wrapped: decoded once and wrapped the same",
      filename: yaml,
      code: secret(JSONCFG, "data", ".dockerconfigjson", `|\n    ${b64(b64(PAYLOAD)).match(/.{1,40}/g)?.join("\n    ")}`),
      errors: [
        {
          messageId: "encodedTwice",
          suggestions: [
            {
              messageId: "decodeOnce",
              output: secret(JSONCFG, "data", ".dockerconfigjson", `|\n    ${b64(PAYLOAD).match(/.{1,40}/g)?.join("\n    ")}`),
            },
          ],
        },
      ],
    },
    {
      name: "base64 in stringData (a plain scalar): the suggestion writes the JSON single-quoted",
      filename: yaml,
      code: secret(JSONCFG, "stringData", ".dockerconfigjson", b64(PAYLOAD)),
      errors: [
        {
          messageId: "base64InStringData",
          data: { key: ".dockerconfigjson" },
          line: 7,
          column: 22,
          suggestions: [{ messageId: "writeDecoded", output: secret(JSONCFG, "stringData", ".dockerconfigjson", `'${PAYLOAD}'`) }],
        },
      ],
    },
    {
      name: "base64 in stringData of a JSON manifest",
      filename: json,
      code: `{"kind": "Secret", "type": "${JSONCFG}", "stringData": {".dockerconfigjson": "${b64(PAYLOAD)}"}}`,
      errors: [
        {
          messageId: "base64InStringData",
          line: 1,
          column: 98,
          suggestions: [{ messageId: "writeDecoded", output: `{"kind": "Secret", "type": "${JSONCFG}", "stringData": {".dockerconfigjson": ${JSON.stringify(PAYLOAD)}}}` }],
        },
      ],
    },
    {
      name: "a legacy payload under .dockerconfigjson: no auths, no credentials",
      filename: yaml,
      code: secret(JSONCFG, "data", ".dockerconfigjson", b64(LEGACY)),
      errors: [{ messageId: "legacyPayloadInConfigJson", data: { key: ".dockerconfigjson" }, line: 7, column: 22 }],
    },
    {
      name: "an auths payload under .dockercfg: auths taken for a registry",
      filename: yaml,
      code: secret(DOCKERCFG, "stringData", ".dockercfg", `'${PAYLOAD}'`),
      errors: [{ messageId: "configJsonPayloadInDockercfg", data: { key: ".dockercfg" }, line: 7, column: 15 }],
    },
    {
      name: "type dockerconfigjson with a .dockercfg key: rejected; the type is the likely mistake",
      filename: yaml,
      code: secret(JSONCFG, "data", ".dockercfg", b64(LEGACY)),
      errors: [
        {
          messageId: "missingPayload",
          data: { type: JSONCFG, key: ".dockerconfigjson" },
          line: 5,
          column: 7,
          endColumn: 37,
          suggestions: [{ messageId: "useType", data: { type: DOCKERCFG }, output: secret(DOCKERCFG, "data", ".dockercfg", b64(LEGACY)) }],
        },
      ],
    },
    {
      name: "type dockercfg with a .dockerconfigjson key",
      filename: yaml,
      code: secret(DOCKERCFG, "data", ".dockerconfigjson", b64(PAYLOAD)),
      errors: [
        {
          messageId: "missingPayload",
          data: { type: DOCKERCFG, key: ".dockercfg" },
          suggestions: [{ messageId: "useType", output: secret(JSONCFG, "data", ".dockerconfigjson", b64(PAYLOAD)) }],
        },
      ],
    },
    {
      name: "both keys: the one of the other type is ignored",
      filename: yaml,
      code: `apiVersion: v1\nkind: Secret\ntype: ${JSONCFG}\ndata:\n  .dockerconfigjson: ${b64(PAYLOAD)}\n  .dockercfg: ${b64(LEGACY)}\n`,
      errors: [{ messageId: "ignoredPayload", data: { key: ".dockercfg", type: JSONCFG, keyType: DOCKERCFG }, line: 6, column: 3, endColumn: 13 }],
    },
    {
      name: "Opaque with a .dockerconfigjson key: the kubelet skips it",
      filename: yaml,
      code: secret("Opaque", "data", ".dockerconfigjson", b64(PAYLOAD)),
      errors: [
        {
          messageId: "notPullSecretType",
          data: { key: ".dockerconfigjson", typeText: 'its type is "Opaque"', needed: JSONCFG },
          line: 7,
          column: 3,
          suggestions: [{ messageId: "useType", data: { type: JSONCFG }, output: secret(JSONCFG, "data", ".dockerconfigjson", b64(PAYLOAD)) }],
        },
      ],
    },
    {
      name: "no type at all",
      filename: yaml,
      code: secret(null, "stringData", ".dockercfg", `'${LEGACY}'`),
      errors: [{ messageId: "notPullSecretType", data: { key: ".dockercfg", typeText: "it has no type (Opaque)", needed: DOCKERCFG }, suggestions: [] }],
    },
    {
      name: "in a List, as kubectl get secrets -o yaml prints it",
      filename: yaml,
      code: `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Secret\n    type: ${JSONCFG}\n    data:\n      .dockerconfigjson: ${b64(b64(PAYLOAD))}\n`,
      errors: [
        {
          messageId: "encodedTwice",
          line: 8,
          column: 26,
          suggestions: [{ messageId: "decodeOnce", output: `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Secret\n    type: ${JSONCFG}\n    data:\n      .dockerconfigjson: ${b64(PAYLOAD)}\n` }],
        },
      ],
    },
  ],
});
