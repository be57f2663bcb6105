// `[registry."<host>"]` keys that BuildKit never looks up for the images they are meant for: it
// takes the table of the image's registry as normalised (`m[host]`, util/resolver/resolver.go
// NewRegistryConfig), which for Docker Hub is `docker.io` (index.docker.io/… names normalise to it;
// `docker.io` becomes registry-1.docker.io only for the request). A scheme or a path in the key
// never matches a host.
import { buildkitRegistries, HUB_ALIASES, mirrorHostAndPath } from "../daemon/buildkitd.js";
import type { BuildkitDocument } from "../document.js";
import type { Edit, Finding } from "../finding.js";
import { replaceTomlString, tomlString } from "../toml.js";

export type BuildkitRegistryKeyMessageIds = "hubIndexKey" | "hubRegistryKey" | "schemeKey" | "pathKey" | "renameTo";

type Out = Finding<BuildkitRegistryKeyMessageIds>;

export function buildkitRegistryKeyFindings(doc: BuildkitDocument): Out[] {
  const registries = buildkitRegistries(doc.model);
  const mirrorHosts = new Set<string>();
  for (const r of registries.values()) for (const m of r.mirrors) mirrorHosts.add(mirrorHostAndPath(tomlString(m.value) ?? "").host);
  const findings: Out[] = [];
  for (const r of registries.values()) {
    const first = r.spellings[0];
    if (first === undefined) continue;
    const { scheme, host, path } = mirrorHostAndPath(r.host);
    let messageId: BuildkitRegistryKeyMessageIds;
    let canonical: string | null;
    if (HUB_ALIASES.has(r.host)) {
      messageId = r.host === "index.docker.io" ? "hubIndexKey" : "hubRegistryKey";
      canonical = "docker.io";
    } else if (scheme !== null) {
      messageId = "schemeKey";
      canonical = path.replace(/\/+$/, "") === "" && host !== "" ? host : null;
    } else if (path !== "") {
      messageId = "pathKey";
      canonical = null;
    } else continue;
    const data = { key: r.host, canonical: canonical ?? "" };
    // Renamed only when no table has the new key already (the two would have to be merged by hand)
    // and no mirror list points at this one (a mirror's own settings are looked up by its host).
    const renameable = canonical !== null && !registries.has(canonical) && !mirrorHosts.has(r.host);
    const edits: Edit[] = renameable ? r.spellings.map((s) => replaceTomlString(doc.text, s, canonical as string)) : [];
    findings.push({ messageId, range: first.range, data, ...(edits.length ? { fix: edits } : {}) });
  }
  return findings;
}
