import { createRule } from "../lib/eslint/create-rule.js";
import { DOCKER_AUTH_CONFIG, DOCKER_CONFIG_FILE, type GoStruct, matchField } from "../lib/core/fields.js";
import { removeProperty } from "../lib/eslint/json-fix.js";
import { asObject, type KeyedProperty, keyOf } from "../lib/core/model.js";
import { modelOf } from "../lib/eslint/rule-context.js";

type MessageIds = "removedEmail" | "removedExperimental" | "ignoredServerAddress" | "legacyFormat" | "removeField" | "wrapInAuths";

/** The message for each field the Docker CLI no longer uses; containers/image never read any of them. */
const MESSAGE: Record<string, MessageIds> = {
  email: "removedEmail",
  experimental: "removedExperimental",
  serveraddress: "ignoredServerAddress",
};

export interface Options {
  allow?: Array<"email" | "serveraddress" | "experimental">;
}

export default createRule<MessageIds, [Options]>({
  name: "no-deprecated-properties",
  meta: {
    type: "suggestion",
    docs: {
      description: "disallow fields the clients no longer use, and the legacy `.dockercfg` format",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          allow: {
            type: "array",
            items: { type: "string", enum: ["email", "serveraddress", "experimental"] },
            uniqueItems: true,
            description: "Deprecated fields to accept, for files that tools of your own still read them from.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
    messages: {
      removedEmail:
        '"{{key}}" is deprecated: the Docker CLI has not used it since docker login lost --email, v29 removed the field (dropped on the next save), and Podman never reads it.',
      removedExperimental:
        '"{{key}}" is deprecated: it has done nothing since Docker 23, and Docker CLI v29 removed the field (dropped on the next save).',
      ignoredServerAddress:
        '"{{key}}" is ignored: the Docker CLI replaces it with the entry\'s key when it loads the file, and Podman never reads it.',
      legacyFormat:
        'Registry entries without an "auths" wrapper are the legacy .dockercfg format, which the Docker CLI stopped reading in Docker 23: move them under "auths" in ~/.docker/config.json, as {"auths": {"<registry>": {"auth": "…"}}}.',
      removeField: 'Remove "{{key}}".',
      wrapInAuths: 'Wrap the entries in {"auths": …} (then save the file as ~/.docker/config.json).',
    },
  },
  create(context) {
    const model = modelOf(context);
    if (model === null) return {};
    const { sourceCode } = context;
    const allow = new Set<string>(context.options[0].allow ?? []);

    if (model.shape === "legacy") {
      return {
        Program() {
          const first = model.top[0];
          if (first === undefined) return;
          context.report({
            loc: first.property.key.loc,
            messageId: "legacyFormat",
            suggest: [
              {
                messageId: "wrapInAuths",
                fix: (fixer) => [
                  fixer.insertTextBeforeRange(model.root.range, '{ "auths": '),
                  fixer.insertTextAfterRange(model.root.range, " }"),
                ],
              },
            ],
          });
        },
      };
    }

    function check(props: readonly KeyedProperty[], struct: GoStruct): void {
      for (const p of props) {
        const field = matchField(struct, p.key);
        const messageId = field && field.status !== "current" && !allow.has(field.name) ? MESSAGE[field.name] : undefined;
        if (messageId === undefined) continue;
        const data = { key: p.shown };
        context.report({
          loc: p.property.key.loc,
          messageId,
          data,
          suggest: [{ messageId: "removeField", data, fix: (fixer) => removeProperty(fixer, sourceCode, p.property) }],
        });
      }
    }

    return {
      Program() {
        // The Docker tables for every flavor: containers/image reads none of these fields either.
        check(model.top, DOCKER_CONFIG_FILE);
        for (const top of model.top) {
          const auths = matchField(DOCKER_CONFIG_FILE, top.key)?.name === "auths" ? asObject(top.property.value) : null;
          for (const entry of auths?.properties ?? []) {
            const fields = asObject(entry.value);
            if (fields) check(fields.properties.map(keyOf), DOCKER_AUTH_CONFIG);
          }
        }
      },
    };
  },
});
