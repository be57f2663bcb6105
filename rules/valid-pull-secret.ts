import { pullSecretFindings, type PullSecretMessageIds, type PullSecretOptions } from "../lib/core/checks/valid-pull-secret.js";
import type { PullSecretDocument } from "../lib/core/pull-secret.js";
import { createRule } from "../lib/eslint/create-rule.js";

const UNAUTHORIZED = 'finds no credentials, and pulls of private images answer "unauthorized"';

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
      notBase64:
        'The "{{key}}" value under data is not base64 ("illegal base64 data at input byte {{offset}}"): the API server rejects the Secret. {{hint}}.',
      notJsonObject: 'The "{{key}}" payload is {{what}}, not a JSON object: {{effect}}.',
      encodedTwice:
        'The "{{key}}" value under data is base64 of base64: it was encoded twice, so the payload is not a JSON object and the API server rejects the Secret.',
      base64InStringData:
        'The "{{key}}" value under stringData is base64, but stringData takes the text itself: the API server encodes it once more and rejects the Secret, whose payload is then not a JSON object. Move it under data, or write the JSON it encodes.',
      missingPayload:
        'A Secret of type "{{type}}" needs a "{{key}}" entry in data or stringData: the API server rejects it ("data[{{key}}]: Required value").',
      ignoredPayload: 'The kubelet reads "{{key}}" only from a Secret of type "{{keyType}}": in this "{{type}}" Secret it is ignored.',
      notPullSecretType: `This Secret holds "{{key}}", but {{typeText}}: the kubelet takes a Secret in imagePullSecrets only with type "{{needed}}", skips this one and ${UNAUTHORIZED}.`,
      legacyPayloadInConfigJson: `The "{{key}}" payload has no "auths": it is in the legacy .dockercfg format, with the registries at the top. The kubelet reads only "auths" from a kubernetes.io/dockerconfigjson Secret, ${UNAUTHORIZED}. Wrap the registries in {"auths": …}, or use type kubernetes.io/dockercfg with the key .dockercfg.`,
      configJsonPayloadInDockercfg: `The "{{key}}" payload has an "auths" object, the .dockerconfigjson format: the kubelet reads the top level of a .dockercfg payload as registries, takes "auths" for a registry, ${UNAUTHORIZED}. Use type kubernetes.io/dockerconfigjson with the key .dockerconfigjson.`,
      useType: 'Change the type to "{{type}}".',
      decodeOnce: 'Decode the "{{key}}" value once.',
      writeDecoded: 'Replace the "{{key}}" value with the JSON it encodes.',
    },
  },
  kind: "pull-secret",
  check: pullSecretFindings,
});
