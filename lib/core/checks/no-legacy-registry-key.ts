// Keys the client finds, but only through the fallback that normalises every key (a legacy URL
// form: `https://ghcr.io`, `https://reg.example.com:5000/v2/`, `reg/v2/`, Podman's
// `index.docker.io`), and the rename to the key it looks up first. The walk, the renames and the
// hand-off of duplicates are canonical-registry-key's (keyFindings); this rule owns the found keys.
import type { RegistryDocument } from "../document.js";
import type { Finding } from "../finding.js";
import { type KeyDefect, keyFindings, type KeyRemedyMessageIds } from "./canonical-registry-key.js";

export type LegacyKeyMessageIds = "legacyKeyForm" | KeyRemedyMessageIds;

// `registry-1.docker.io` is found for images named with it, never for Docker Hub's: canonical-registry-key's.
const legacyForm: KeyDefect<"legacyKeyForm"> = (v) => (v.found && v.reason !== "hubHost" ? "legacyKeyForm" : null);

export function legacyKeyFindings(doc: RegistryDocument): Finding<LegacyKeyMessageIds>[] {
  return keyFindings(doc, legacyForm);
}
