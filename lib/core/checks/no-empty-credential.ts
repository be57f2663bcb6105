// `auths` entries that give the client nothing to send, where no credential helper owns them.
import { credsStoreOf, helperKeyFor, helpersOf, storeFor } from "../credentials.js";
import type { RegistryDocument } from "../document.js";
import { removeProperty } from "../edits.js";
import { credentialOf, hasTypeError } from "../entry-fields.js";
import type { Finding } from "../finding.js";
import { CLIENT_NAME } from "../registry.js";

export type EmptyCredentialMessageIds = "noCredential" | "fieldsIgnored" | "removeEntry";

export function emptyCredentialFindings(doc: RegistryDocument): Finding<EmptyCredentialMessageIds>[] {
  const { model, flavor } = doc;
  if (model === null || model.auths === null) return [];
  // A `.dockercfg` in the legacy format is read only by legacy readers: containers/image
  // (pkg/docker/config/config.go: `json.Unmarshal(raw, &auths.AuthConfigs)` into dockerAuthConfig,
  // which has only `auth` and `identitytoken`) and Docker CLI < 23 (`LegacyLoadFromReader`
  // overwrote `username`/`password` with decodeAuth(auth)). Docker CLI v23+ reads only config.json.
  // (A pull Secret's `.dockercfg` payload is the kubelet's, which reads it as it reads the rest.)
  const legacy = flavor !== "kubernetes" && model.legacyFile && model.shape === "legacy";
  const reader = legacy ? "containers" : flavor;
  const client = CLIENT_NAME[reader];
  // docker with a credsStore and no credHelpers: the store serves every registry, so the file's
  // entries are never read for credentials (the `{}` markers `docker login` leaves next to it).
  if (flavor === "docker" && credsStoreOf(model) && helpersOf(model).size === 0) return [];

  const findings: Finding<EmptyCredentialMessageIds>[] = [];
  for (const entry of model.auths.entries) {
    // An entry a later key or `null` discards is never read (no-duplicate-registry's).
    if (!entry.live || entry.fields === null || hasTypeError(entry.fields)) continue;
    // A helper that serves the registry owns the entry: `{}` is the marker `docker login` leaves
    // next to a `credsStore` / `credHelpers` helper. The lookup is the client's (storeFor): docker
    // asks `credHelpers` by the exact key it looks up (the Hub key for Docker Hub, never
    // `index.docker.io`), and an empty helper sends it back to the file.
    if (storeFor(model, helperKeyFor(entry.key, flavor), flavor).store !== "file") continue;
    const verdict = credentialOf(entry, reader);
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
