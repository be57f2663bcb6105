import { createRule } from "../lib/eslint/create-rule.js";
import {
  helpersOf,
  helperKeyFor,
  knownHelperFor,
  servingHelper,
  STORE_HELPERS,
  storedSecrets,
} from "../lib/core/credentials.js";
import { emptyValue } from "../lib/eslint/json-fix.js";
import { stringValue } from "../lib/core/model.js";
import { CLIENT_NAME, type Flavor, judgeKey, registryLabel, splitKey } from "../lib/core/registry.js";
import { flavorOf, flavorProperty, modelOf } from "../lib/eslint/rule-context.js";

type MessageIds =
  | "plaintextCredentials"
  | "plaintextCredentialsKnownHelper"
  | "plaintextCredentialsContainers"
  | "removeCredentials";

export interface Options {
  flavor?: Flavor;
  allowRegistries?: string[];
  allowPlaceholders?: boolean;
}

const PLAINTEXT = 'Credentials for {{registry}} ({{fields}}) are stored in plaintext here';
const BASE64 = `${PLAINTEXT}; "auth" is only base64.`;

export default createRule<MessageIds, [Options]>({
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
              "Accept values that are only references substituted at run time (`$TOKEN`, `${DOCKER_AUTH}`, `$(token)`, `${{ secrets.X }}`, `{{ .Values.x }}`), as in config templates a CI job fills in. Default: `true`.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowRegistries: [], allowPlaceholders: true }],
    messages: {
      plaintextCredentials: `${BASE64} Use a credential helper: "credsStore" ({{stores}}) or a per-registry "credHelpers" entry for "{{helperKey}}" (e.g. ecr-login, gcloud).`,
      plaintextCredentialsKnownHelper: `${BASE64} Use its credential helper, "credHelpers": { "{{helperKey}}": "{{helper}}" }, or "credsStore" ({{stores}}).`,
      plaintextCredentialsContainers: `${BASE64} Use a "credHelpers" entry for "{{helperKey}}" (e.g. ecr-login, gcloud) or credential-helpers in registries.conf; {{client}} does not read "credsStore".`,
      removeCredentials: 'Replace the credentials of "{{key}}" with {}, then log in again through a credential helper.',
    },
  },
  create(context) {
    const model = modelOf(context);
    if (model === null || model.auths === null) return {};
    const auths = model.auths;
    const [{ allowRegistries = [], allowPlaceholders = true, ...flavorOption } = {}] = context.options;
    const flavor = flavorOf(context, flavorOption);
    const client = CLIENT_NAME[flavor];
    const registryOf = (key: string): string => judgeKey(key, flavor, "auths").registry;
    const allowed = allowRegistries.map(registryOf).filter((r) => r !== "");
    // A namespaced containers key (`quay.io/org`) is covered by its host.
    const isAllowed = (registry: string): boolean =>
      allowed.some((a) => registry === a || registry.startsWith(`${a}/`) || splitKey(registry).host === a);

    const helpers = helpersOf(model, flavor);
    const store = model.credsStore ? stringValue(model.credsStore.property.value) : null;

    return {
      Program() {
        for (const entry of auths.entries) {
          if (entry.fields === null) continue;
          const fields = storedSecrets(entry.fields, { allowPlaceholders });
          if (fields.length === 0) continue;
          const registry = registryOf(entry.key);
          if (isAllowed(registry)) continue;
          // Credentials a helper hides are valid-credential-helper's (shadowedEntry): one report
          // per entry, with the remedy that fits (remove them), not two.
          if (servingHelper(entry.key, flavor, helpers, store)) continue;
          const helperKey = helperKeyFor(entry.key, flavor);
          const known = knownHelperFor(helperKey);
          const messageId =
            flavor === "containers"
              ? "plaintextCredentialsContainers"
              : known
                ? "plaintextCredentialsKnownHelper"
                : "plaintextCredentials";
          context.report({
            loc: entry.property.key.loc,
            messageId,
            data: {
              registry: registry === "" ? "a key with no host" : registryLabel(registry),
              fields: fields.join(", "),
              helperKey,
              helper: known ?? "",
              stores: STORE_HELPERS.join(", "),
              client,
            },
            suggest: [
              { messageId: "removeCredentials", data: { key: entry.shown }, fix: (fixer) => emptyValue(fixer, entry.property) },
            ],
          });
        }
      },
    };
  },
});
