import { pullSecretFindings, type PullSecretMessageIds, type PullSecretOptions } from "../lib/core/checks/valid-pull-secret.js";
import type { PullSecretDocument } from "../lib/core/pull-secret.js";
import { createRule } from "../lib/eslint/create-rule.js";


export default createRule<PullSecretMessageIds, [PullSecretOptions], PullSecretDocument>({
  name: "valid-pull-secret",
  meta: {
    type: "problem",
    docs: {
      description: "require Kubernetes pull Secrets that the API server accepts and the kubelet reads",
      recommended: false,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          ignoreOtherTypes: {
            type: "boolean",
            description:
              "Accept `.dockerconfigjson` and `.dockercfg` entries in Secrets of another type (`Opaque`), as tools that mount the Secret read them (Kaniko, build pipelines), instead of reporting that the kubelet skips such Secrets. Default: `false`.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignoreOtherTypes: false }],
    messages: {
      notBase64: 'Data "{{key}}" is not base64 (byte {{offset}}): the API server rejects it.',
      notJsonObject: 'The "{{key}}" payload is {{what}}, not a JSON object: {{effect}}.',
      encodedTwice: 'The "{{key}}" value is encoded twice: the API server rejects the Secret.',
      base64InStringData: 'The "{{key}}" stringData is base64, which belongs under data.',
      missingPayload: 'No "{{key}}" in data or stringData: the API server rejects the Secret.',
      ignoredPayload: 'The kubelet ignores "{{key}}" in a Secret of this type.',
      notPullSecretType: 'This Secret holds "{{key}}" but {{typeText}}: the kubelet skips it.',
      legacyPayloadInConfigJson: 'The "{{key}}" payload lacks "auths": the kubelet finds no credentials.',
      configJsonPayloadInDockercfg: 'The "{{key}}" payload has "auths": the kubelet reads it as a registry.',
      useType: 'Change the type to "{{type}}".',
      decodeOnce: 'Decode the "{{key}}" value once.',
      writeDecoded: 'Replace the "{{key}}" value with the JSON it encodes.',
    },
  },
  kind: "pull-secret",
  check: pullSecretFindings,
});
