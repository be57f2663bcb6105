// `[registry."<host>"]` keys that BuildKit never looks up for the images they are meant for: it
// takes the table of the image's registry as normalised (`m[host]`, util/resolver/resolver.go
// NewRegistryConfig), which for Docker Hub is `docker.io` (index.docker.io/… names normalise to it;
// `docker.io` becomes registry-1.docker.io only for the request). A scheme or a path in the key
// never matches a host.
import { buildkitRegistries, HUB_ALIASES, mirrorHostAndPath } from "../daemon/buildkitd.js";
import type { BuildkitDocument } from "../document.js";
import { mergedSpanHoldsUserInfo } from "../edits.js";
import type { Edit, Finding } from "../finding.js";
import { displayKey } from "../registry.js";
import { replaceTomlString, tomlString } from "../toml.js";

export type BuildkitRegistryKeyMessageIds = "hubIndexKey" | "hubRegistryKey" | "schemeKey" | "pathKey" | "renameTo";

type Out = Finding<BuildkitRegistryKeyMessageIds>;

export function buildkitRegistryKeyFindings(doc: BuildkitDocument): Out[] {
  const registries = buildkitRegistries(doc.model);
  const mirrorHosts = new Set<string>();
  for (const r of registries.values()) for (const m of r.mirrors) mirrorHosts.add(mirrorHostAndPath(tomlString(m.value) ?? "").host);
  const findings: Out[] = [];
  const verdicts = [...registries.values()].map((r) => ({ r, ...judge(r.host) }));
  // How many tables would end up under each key: a rename into a shared key is never automatic.
  const claims = new Map<string, number>();
  for (const { canonical } of verdicts) if (canonical !== null) claims.set(canonical, (claims.get(canonical) ?? 0) + 1);
  for (const { r, messageId, canonical } of verdicts) {
    const first = r.spellings[0];
    if (first === undefined || messageId === null) continue;
    // User info in the key is a credential: shown masked, and dropped by a suggestion only, never
    // by an autofix (it is the user's text, which no edit may lose unasked).
    const data = { key: displayKey(r.host), canonical: canonical ?? "" };
    // Renamed only when no table has the new key already (the two would have to be merged by hand)
    // and no mirror list points at either key: a mirror's own settings are looked up by its host
    // (NewRegistryConfig), so the rename would take them from the mirror, or give it this table's.
    const free = canonical !== null && !registries.has(canonical) && claims.get(canonical) === 1;
    const renames: Edit[] = free ? r.spellings.map((s) => replaceTomlString(doc.text, s, canonical)) : [];
    // ESLint makes one edit of the renames, carrying the text between them: not over user info.
    const edits = mergedSpanHoldsUserInfo(doc.text, renames) && renames.length > 1 ? [] : renames;
    if (edits.length === 0) findings.push({ messageId, range: first.range, data });
    else if (mirrorHosts.has(r.host) || mirrorHosts.has(canonical as string) || r.host.includes("@")) findings.push({ messageId, range: first.range, data, suggestions: [{ messageId: "renameTo", data, fix: edits }] });
    else findings.push({ messageId, range: first.range, data, fix: edits });
  }
  return findings;
}

function judge(key: string): { messageId: BuildkitRegistryKeyMessageIds | null; canonical: string | null } {
  const { scheme, host, path } = mirrorHostAndPath(key);
  if (HUB_ALIASES.has(key)) return { messageId: key === "index.docker.io" ? "hubIndexKey" : "hubRegistryKey", canonical: "docker.io" };
  if (scheme !== null) return { messageId: "schemeKey", canonical: path.replace(/\/+$/, "") === "" && host !== "" ? host : null };
  if (path !== "") return { messageId: "pathKey", canonical: null };
  return { messageId: null, canonical: null };
}
