// Fields the clients no longer use, and the legacy `.dockercfg` format.
import type { RegistryDocument } from "../document.js";
import { removeProperty } from "../edits.js";
import { DOCKER_AUTH_CONFIG, DOCKER_CONFIG_FILE, type GoStruct, matchField } from "../fields.js";
import type { Finding } from "../finding.js";
import { asObject, type KeyedProperty, keyOf } from "../model.js";

export type DeprecatedMessageIds =
  | "removedEmail"
  | "removedExperimental"
  | "ignoredServerAddress"
  | "legacyFormat"
  | "removeField"
  | "wrapInAuths";

export type DeprecatedField = "email" | "serveraddress" | "experimental";

export interface DeprecatedOptions {
  allow?: DeprecatedField[];
}

/** The message for each field the Docker CLI no longer uses; containers/image never read any of them. */
const MESSAGE: Record<string, DeprecatedMessageIds> = {
  email: "removedEmail",
  experimental: "removedExperimental",
  serveraddress: "ignoredServerAddress",
};

type Out = Finding<DeprecatedMessageIds>;

export function deprecatedFindings(doc: RegistryDocument, [options]: readonly [DeprecatedOptions]): Out[] {
  const { model } = doc;
  if (model === null) return [];
  const allow = new Set<string>(options.allow ?? []);

  if (model.shape === "legacy") {
    const first = model.top[0];
    if (first === undefined) return [];
    const [start, end] = model.root.range;
    return [
      {
        range: first.property.key.range,
        messageId: "legacyFormat",
        suggestions: [
          {
            messageId: "wrapInAuths",
            fix: [
              { range: [start, start], text: '{ "auths": ' },
              { range: [end, end], text: " }" },
            ],
          },
        ],
      },
    ];
  }

  const findings: Out[] = [];
  function check(props: readonly KeyedProperty[], struct: GoStruct): void {
    for (const p of props) {
      const field = matchField(struct, p.key);
      const messageId = field && field.status !== "current" && !allow.has(field.name) ? MESSAGE[field.name] : undefined;
      if (messageId === undefined) continue;
      const data = { key: p.shown };
      findings.push({
        range: p.property.key.range,
        messageId,
        data,
        suggestions: [{ messageId: "removeField", data, fix: [removeProperty(doc.ast, p.property)] }],
      });
    }
  }

  // The Docker tables for every flavor: containers/image reads none of these fields either.
  check(model.top, DOCKER_CONFIG_FILE);
  for (const top of model.top) {
    const auths = matchField(DOCKER_CONFIG_FILE, top.key)?.name === "auths" ? asObject(top.property.value) : null;
    for (const entry of auths?.properties ?? []) {
      const fields = asObject(entry.value);
      if (fields) check(fields.properties.map(keyOf), DOCKER_AUTH_CONFIG);
    }
  }
  return findings;
}
