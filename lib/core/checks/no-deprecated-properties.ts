// Fields the clients no longer use, and the legacy `.dockercfg` format.
import type { AST } from "jsonc-eslint-parser";
import { isSecret, SECRET_FIELDS, type SecretField } from "../credentials.js";
import type { RegistryDocument } from "../document.js";
import { removeProperty } from "../edits.js";
import { DOCKER_AUTH_CONFIG, DOCKER_CONFIG_FILE, goFold, type GoStruct, matchField } from "../fields.js";
import type { Finding } from "../finding.js";
import { asObject, type Entry, type KeyedProperty, keyOf, stringValue } from "../model.js";
import { isPlaceholderValue } from "../placeholders.js";

export type DeprecatedMessageIds =
  | "removedEmail"
  | "removedExperimental"
  | "ignoredServerAddress"
  | "legacyFormat"
  | "configInLegacyFile"
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

/** The config file's sections that make it the new format. */
const MARKERS = new Set(["auths", "credHelpers", "credsStore"]);

export function deprecatedFindings(doc: RegistryDocument, [options]: readonly [DeprecatedOptions]): Out[] {
  const { model } = doc;
  if (model === null) return [];
  const allow = new Set<string>(options.allow ?? []);

  if (model.shape === "legacy") {
    const first = model.top[0];
    if (first === undefined) return [];
    const [start, end] = model.root.range;
    // Two small edits around the root. ESLint merges a suggestion's edits into one replacement
    // that spans the text between them, the whole file here, and `--format json` and editors print
    // that text: so the wrap is offered only when nothing in the file can be a secret.
    const wrap = carriesNoSecret(doc, model.root, model.auths?.entries ?? []);
    return [
      {
        range: first.property.key.range,
        messageId: "legacyFormat",
        ...(wrap
          ? {
              suggestions: [
                {
                  messageId: "wrapInAuths" as const,
                  fix: [
                    { range: [start, start] as const, text: '{ "auths": ' },
                    { range: [end, end] as const, text: " }" },
                  ],
                },
              ],
            }
          : {}),
      },
    ];
  }

  const findings: Out[] = [];
  // In a pull Secret the kubelet reads the payload, and valid-pull-secret owns the wrong format
  // (configJsonPayloadInDockercfg): one report per defect.
  if (model.legacyFile && doc.flavor !== "kubernetes") {
    // A file named `.dockercfg` holding the new format: its readers (containers/image, Docker CLI
    // < 23) decode the root as the map of entries, so "auths" is taken for a registry and none of
    // the entries inside is found; Docker CLI v23+ reads only config.json. Moving the file is the
    // remedy, which a linter cannot do: no fix.
    const marker = model.top.find((p) => MARKERS.has(matchField(DOCKER_CONFIG_FILE, p.key)?.name ?? ""));
    if (marker) findings.push({ range: marker.property.key.range, messageId: "configInLegacyFile", data: { key: marker.shown } });
  }
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

/** The secret fields by their Go-folded name: `paſſword` fills `password`. */
const SECRET_BY_FOLD = new Map<string, SecretField>(SECRET_FIELDS.map((f) => [goFold(f), f]));

/**
 * Whether the text of a legacy root can be copied into an edit: no comment (it may say anything),
 * no key with user info (`user:token@host`), and no field value that may be a secret. Only
 * strings and nulls count as harmless values, and a secret field's string must be empty, a
 * reference or template placeholder, or an `auth` without a password.
 */
function carriesNoSecret(doc: RegistryDocument, root: AST.JSONObjectExpression, entries: readonly Entry[]): boolean {
  const [start, end] = root.range;
  if (doc.ast.comments.some((c) => c.range !== undefined && c.range[0] >= start && c.range[1] <= end)) return false;
  return entries.every(
    (entry) =>
      !entry.key.includes("@") &&
      entry.fields !== null &&
      entry.fields.every((f) => {
        const node = f.property.value;
        if (node.type === "JSONLiteral" && node.value === null) return true;
        const value = stringValue(node);
        if (value === null) return false;
        const secret = SECRET_BY_FOLD.get(goFold(f.key));
        return secret === undefined || isPlaceholderValue(value) || !isSecret(secret, value, { allowPlaceholders: true });
      }),
  );
}
