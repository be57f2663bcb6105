// Credential helper names the client cannot run, and `auths` entries a helper hides. What the
// clients do with a name: docker/cli `credentials.NewNativeStore` (cli/config/credentials)
// runs `docker-credential-` + the name from PATH, for `credsStore` and each `credHelpers`
// value; an empty `credHelpers` value means the file (`ConfigFile.GetCredentialsStore`,
// cli/config/configfile/file.go). containers/image (pkg/docker/config/config.go) reads only
// `credHelpers`, and runs `docker-credential-` + whatever the value is, an empty one included.
import type { AST } from "jsonc-eslint-parser";
import type { RegistryDocument } from "../document.js";
import { emptyValue, removeProperty, replaceString } from "../edits.js";
import type { Finding, Suggestion } from "../finding.js";
import {
  HELPER_PREFIX,
  helperFor,
  helperNameProblem,
  STORE_HELPERS,
  storedSecrets,
} from "../credentials.js";
import { type KeyedProperty, type RegistryModel, stringValue } from "../model.js";
import { CLIENT_NAME, type Flavor, judgeKey, registryLabel } from "../registry.js";

export type CredentialHelperMessageIds =
  | "helperPrefix"
  | "helperPath"
  | "helperWhitespace"
  | "emptyCredsStore"
  | "emptyHelper"
  | "emptyHelperName"
  | "shadowedEntry"
  | "useName"
  | "removeCredsStore"
  | "removeHelper"
  | "emptyEntry";

type Out = Finding<CredentialHelperMessageIds>;

/** Whether the client reads `credsStore`: containers/image does not. */
export function readsCredsStore(flavor: Flavor): boolean {
  return flavor === "docker";
}

/**
 * What an empty `credHelpers` value does: docker reads the file for that registry (no helper,
 * even past `credsStore`), containers/image runs `docker-credential-`, which does not exist.
 */
export function emptyHelperMeans(flavor: Flavor): "file" | "missingProgram" {
  return flavor === "docker" ? "file" : "missingProgram";
}

export function credentialHelperFindings(doc: RegistryDocument): Out[] {
  const { model, flavor } = doc;
  if (model === null) return [];
  const client = CLIENT_NAME[flavor];
  const findings: Out[] = [];

  function checkName(setting: KeyedProperty, section: "credsStore" | "credHelpers"): void {
    const { property } = setting;
    const value = stringValue(property.value);
    if (value === null) return; // a wrong type is not a helper name question (strict-json's)
    const problem = helperNameProblem(value);
    if (problem === null) return;
    const range = property.key.range;
    const remove: Suggestion<CredentialHelperMessageIds> = {
      messageId: section === "credsStore" ? "removeCredsStore" : "removeHelper",
      data: { key: setting.shown },
      fix: [removeProperty(doc.ast, property)],
    };
    if (problem.kind === "empty") {
      if (section === "credsStore") {
        findings.push({ range, messageId: "emptyCredsStore", data: { client, stores: STORE_HELPERS.join(", ") }, suggestions: [remove] });
        return;
      }
      const registry = registryLabel(judgeKey(setting.key, flavor, "credHelpers").registry);
      const messageId = emptyHelperMeans(flavor) === "file" ? "emptyHelper" : "emptyHelperName";
      findings.push({ range, messageId, data: { key: setting.shown, registry, client }, suggestions: [remove] });
      return;
    }
    const data = {
      setting: section === "credsStore" ? '"credsStore"' : `The credential helper for ${JSON.stringify(setting.shown)}`,
      value: JSON.stringify(value),
      program: JSON.stringify(HELPER_PREFIX + value),
      client,
    };
    const messageId = problem.kind === "prefix" ? "helperPrefix" : problem.kind === "path" ? "helperPath" : "helperWhitespace";
    const { name } = problem;
    if (name === null) {
      findings.push({ range, messageId, data });
      return;
    }
    const rename = [replaceString(property.value, name)];
    // Stripping the prefix is certain; a path or stray spaces may hide another mistake.
    const automatic = problem.kind === "prefix" && isPlainString(property.value);
    findings.push(
      automatic
        ? { range, messageId, data, fix: rename }
        : { range, messageId, data, suggestions: [{ messageId: "useName", data: { name }, fix: rename }] },
    );
  }

  if (model.credsStore && readsCredsStore(flavor)) checkName(model.credsStore, "credsStore");
  for (const entry of model.credHelpers?.entries ?? []) checkName(entry, "credHelpers");
  findings.push(...shadowedEntries(doc, model));
  return findings;
}

/** `auths` entries holding credentials that the client never reads: a helper serves their registry. */
function shadowedEntries(doc: RegistryDocument, model: RegistryModel): Out[] {
  const { flavor } = doc;
  if (model.auths === null) return [];
  // The one lookup every rule shares (credentials.ts); the kubelet runs no helper at all.
  if (flavor === "kubernetes" || (model.credHelpers === null && model.credsStore === null)) return [];
  const client = CLIENT_NAME[flavor];
  const findings: Out[] = [];
  for (const entry of model.auths.entries) {
    if (entry.fields === null) continue;
    const serving = helperFor(model, entry.key, flavor);
    if (serving === null) continue;
    // Placeholders count here: whatever they become at run time is never read either.
    const fields = storedSecrets(entry.fields, { allowPlaceholders: false });
    if (fields.length === 0) continue;
    findings.push({
      range: entry.property.key.range,
      messageId: "shadowedEntry",
      data: {
        key: entry.shown,
        fields: fields.join(", "),
        helper: serving.helper,
        via: serving.via,
        registry: registryLabel(judgeKey(entry.key, flavor, "auths").registry),
        client,
      },
      suggestions: [{ messageId: "emptyEntry", data: { key: entry.shown }, fix: [emptyValue(entry.property)] }],
    });
  }
  return findings;
}

/** A string token a fix can rewrite without touching escapes. */
function isPlainString(node: AST.JSONNode): boolean {
  return node.type === "JSONLiteral" && typeof node.value === "string" && !node.raw.slice(1, -1).includes("\\");
}
