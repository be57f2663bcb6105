import { plaintextFindings, type PlaintextMessageIds, type PlaintextOptions } from "../lib/core/checks/no-plaintext-credentials.js";
import { createRule } from "../lib/eslint/create-rule.js";
import { flavorProperty } from "../lib/eslint/rule-context.js";

export type Options = PlaintextOptions;

export default createRule<PlaintextMessageIds, [Options]>({
  name: "no-plaintext-credentials",
  meta: {
    type: "suggestion",
    docs: {
      description: "disallow credentials stored in the file instead of a credential helper",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          flavor: flavorProperty,
          allowRegistries: {
            type: "array",
            items: { type: "string" },
            uniqueItems: true,
            description:
              "Registries whose credentials may stay in the file, such as a local test registry (`localhost:5000`). Compared as the client reads keys: `http://localhost:5000` matches `localhost:5000`, `docker.io` matches every Docker Hub key.",
          },
          allowPlaceholders: {
            type: "boolean",
            description:
              "Accept values that only hold the place of a credential: references substituted at run time (`$TOKEN`, `${DOCKER_AUTH}`, `$(token)`, `${{ secrets.X }}`, `{{ .Values.x }}`) and placeholders a person replaces (`<DOCKER_AUTH>`, `your_auth`, `REGISTRY_PASSWORD`), as config templates write them. Default: `true`.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowRegistries: [], allowPlaceholders: true }],
    messages: {
      plaintextCredentials: 'Plaintext {{fields}} for {{registry}}: set a "credsStore" helper.',
      plaintextCredentialsKnownHelper: 'Plaintext {{fields}} for {{registry}}: use the {{helper}} helper.',
      plaintextCredentialsContainers: 'Plaintext {{fields}} for {{registry}}: use a helper ("credHelpers").',
      plaintextCredentialsKubernetes: "Plaintext {{fields}} for {{registry}}: seal or encrypt the Secret.",
      removeCredentials: 'Replace the credentials of "{{key}}" with {}, then log in via a helper.',
    },
  },
  check: plaintextFindings,
});
