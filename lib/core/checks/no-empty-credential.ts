// `auths` entries that give the client nothing to send, where no credential helper owns them.
import { entryCredential, type EntryStrings } from "../auth.js";
import type { RegistryDocument } from "../document.js";
import { removeProperty } from "../edits.js";
import { fieldString, hasTypeError } from "../entry-fields.js";
import type { Finding } from "../finding.js";
import { stringValue } from "../model.js";
import { CLIENT_NAME, splitKey } from "../registry.js";

export type EmptyCredentialMessageIds = "noCredential" | "fieldsIgnored" | "removeEntry";

const FIELDS = ["auth", "username", "password", "identitytoken", "registrytoken"] as const;

export function emptyCredentialFindings(doc: RegistryDocument): Finding<EmptyCredentialMessageIds>[] {
  const { model, flavor } = doc;
  if (model === null || model.auths === null) return [];
  const client = CLIENT_NAME[flavor];

  // Docker asks `credsStore` for every registry without a `credHelpers` entry: then an `{}` entry
  // is the normal marker `docker login` leaves, and the file says nothing about the credential.
  const store = model.credsStore ? stringValue(model.credsStore.property.value) : null;
  if (flavor === "docker" && store !== null && store !== "") return [];
  // The kubelet has no credential helpers: a credHelpers entry serves nothing in a pull Secret.
  const helperKeys = new Set(flavor === "kubernetes" ? [] : (model.credHelpers?.entries ?? []).map((e) => e.key));
  const hasHelper = (key: string): boolean => helperKeys.has(key) || helperKeys.has(splitKey(key).host);

  const findings: Finding<EmptyCredentialMessageIds>[] = [];
  for (const entry of model.auths.entries) {
    if (entry.fields === null || hasTypeError(entry.fields) || hasHelper(entry.key)) continue;
    const fields = entry.fields;
    const strings = Object.fromEntries(FIELDS.map((f) => [f, fieldString(fields, f)?.value ?? null])) as unknown as EntryStrings;
    const verdict = entryCredential(strings, flavor);
    if (verdict !== "none" && verdict !== "ignoredFields") continue;
    const data = { key: entry.shown, client };
    findings.push({
      range: entry.property.key.range,
      messageId: verdict === "none" ? "noCredential" : "fieldsIgnored",
      data,
      suggestions:
        verdict === "none" ? [{ messageId: "removeEntry", data, fix: [removeProperty(doc.ast, entry.property)] }] : [],
    });
  }
  return findings;
}
