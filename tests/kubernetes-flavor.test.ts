// The kubernetes flavor in the rules, on a bare payload file (a `.dockerconfigjson` as kept next to
// manifests) with the `flavor` option: what the kubelet finds (kubernetes pkg/credentialprovider,
// ported in lib/core/kubelet.ts) and what its refusal costs. Inside a pull Secret the flavor is the
// host's (tests/kubernetes-manifests.test.ts); these tables also run through every embedded host.
import * as jsoncParser from "jsonc-eslint-parser";
import canonicalRegistryKey from "../rules/canonical-registry-key.js";
import noEmptyCredential from "../rules/no-empty-credential.js";
import strictJson from "../rules/strict-json.js";
import validAuth from "../rules/valid-auth.js";
import { RuleTester } from "./helpers/rule-tester.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const HUB = "https://index.docker.io/v1/";
const KUBELET = "the kubelet";
const file = "k8s/.dockerconfigjson";
const options: [{ flavor: "kubernetes" }] = [{ flavor: "kubernetes" }];
const REFUSED =
  "the kubelet refuses the whole Secret, and with it every image pull of every Pod that lists this Secret in imagePullSecrets, even of images that need no credentials";

tester.run("canonical-registry-key", canonicalRegistryKey, {
  valid: [
    {
      // Two keys the kubelet files under the same registry: no-duplicate-registry's report (one
      // report per defect), so canonical-registry-key suggests no rename into the other.
      name: "a rename into a key the kubelet files the same way is no-duplicate-registry's, not this rule's",
      filename: file,
      options,
      code: '{"auths":{"https://index.docker.io/v1":{"auth":"YTpi"},"index.docker.io/v1/":{"auth":"Yzpk"}}}',
    },
    { name: "every Docker Hub spelling the kubelet reaches", filename: file, options, code: `{"auths":{"docker.io":{},"index.docker.io":{},"${HUB}":{}}}` },
    { name: "schemes, API paths and user info are normalised away", filename: file, options, code: '{"auths":{"https://ghcr.io":{},"reg.example.com:5000/v2/":{},"https://u@quay.io":{}}}' },
    { name: "a glob host and a namespace", filename: file, options, code: '{"auths":{"*.registry.example.com":{},"quay.io/acme":{}}}' },
    {
      name: "the shared setting: docker.io is fine for the kubelet, in a file of any name",
      filename: "config.json",
      settings: { "docker-config": { flavor: "kubernetes" } },
      code: '{"auths":{"docker.io":{}}}',
    },
    { name: "credHelpers keys are not judged: the kubelet has no helpers", filename: file, options, code: '{"credHelpers":{"https://index.docker.io/v1":"desktop"}}' },
  ],
  invalid: [
    {
      name: "no trailing slash: the kubelet keeps the /v1 path",
      filename: file,
      options,
      code: '{"auths":{"https://index.docker.io/v1":{"auth":"dTpw"}}}',
      output: `{"auths":{"${HUB}":{"auth":"dTpw"}}}`,
      errors: [
        {
          messageId: "nonCanonicalKey",
          data: { key: "https://index.docker.io/v1", canonical: HUB, registry: "Docker Hub", client: KUBELET },
          line: 1,
          column: 11,
          endColumn: 39,
        },
      ],
    },
    {
      name: "registry-1.docker.io is only for images named so",
      filename: file,
      options,
      code: '{"auths":{"registry-1.docker.io":{}}}',
      output: null,
      errors: [{ messageId: "hubHostKey", suggestions: [{ messageId: "useCanonical", output: `{"auths":{"${HUB}":{}}}` }] }],
    },
    {
      name: "index.docker.io with a namespace: images are named docker.io/…",
      filename: file,
      options,
      code: '{"auths":{"index.docker.io/acme":{}}}',
      output: null,
      errors: [{ messageId: "nonCanonicalKey", data: { key: "index.docker.io/acme", canonical: "docker.io/acme", registry: "docker.io/acme", client: KUBELET }, suggestions: [{ messageId: "useCanonical", output: '{"auths":{"docker.io/acme":{}}}' }] }],
    },
  ],
});

tester.run("no-empty-credential", noEmptyCredential, {
  valid: [
    { name: "plaintext username and password are sent", filename: file, options, code: '{"auths":{"ghcr.io":{"username":"u","password":"p"}}}' },
    { name: "auth overrides them", filename: file, options, code: '{"auths":{"ghcr.io":{"username":"u","auth":"dTpw"}}}' },
  ],
  invalid: [
    {
      name: "a token alone: the kubelet reads no token",
      filename: file,
      options,
      code: '{"auths":{"ghcr.io":{"identitytoken":"t"}}}',
      errors: [{ messageId: "noCredential", data: { key: "ghcr.io", client: KUBELET }, suggestions: [{ messageId: "removeEntry", output: '{"auths":{}}' }] }],
    },
    {
      name: "a credHelpers entry serves nothing in a pull Secret",
      filename: file,
      options,
      code: '{"auths":{"ghcr.io":{}},"credHelpers":{"ghcr.io":"gh"}}',
      errors: [{ messageId: "noCredential", line: 1, column: 11, suggestions: [{ messageId: "removeEntry", output: '{"auths":{},"credHelpers":{"ghcr.io":"gh"}}' }] }],
    },
  ],
});

tester.run("valid-auth", validAuth, {
  valid: [
    { name: "unpadded base64: the kubelet decodes it", filename: file, options, code: '{"auths":{"ghcr.io":{"auth":"Zm9vOmJhcg"}}}' },
    { name: "an empty user name: the kubelet accepts it", filename: file, options, code: '{"auths":{"ghcr.io":{"auth":"OnNlY3JldA=="}}}' },
  ],
  invalid: [
    {
      name: "no colon: one bad auth fails every pull of the Secret list",
      filename: file,
      options,
      code: '{"auths":{"ghcr.io":{"auth":"cGFudHM="}}}',
      errors: [
        {
          messageId: "noColon",
          data: {
            key: "ghcr.io",
            client: KUBELET,
            refused: `"unable to parse auth field, must be formatted as base64(username:password)", and ${REFUSED}`,
          },
          line: 1,
          column: 22,
        },
      ],
    },
    {
      name: "not base64",
      filename: file,
      options,
      code: '{"auths":{"ghcr.io":{"auth":"pants!"}}}',
      errors: [{ messageId: "illegalCharacter", data: { key: "ghcr.io", client: KUBELET, refused: REFUSED, offset: "5" } }],
    },
  ],
});

tester.run("strict-json", strictJson, {
  valid: [{ name: "strict JSON", filename: file, options, code: '{"auths":{}}' }],
  invalid: [
    {
      name: "a comment: the API server rejects the Secret",
      filename: file,
      options,
      code: '{"auths":{}} // x',
      output: null,
      errors: [
        {
          messageId: "comment",
          suggestions: [{ messageId: "removeComment", output: '{"auths":{}}' }],
          data: { effect: "the API server rejects the Secret", reason: "invalid character '/' after top-level value" },
        },
      ],
    },
  ],
});
