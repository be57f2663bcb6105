// BuildKit mirrors (util/resolver/resolver.go NewRegistryConfig, newMirrorRegistryHost,
// fillInsecureOpts; utils.go extractMirrorHostAndPath): a mirror is `host[:port][/path]`, any
// scheme is parsed away and HTTPS is used unless the mirror's own `[registry."<host>"]` table says
// `http = true`; a registry's `http` and `insecure` apply to that registry only, never to its mirrors.
import type { AST } from "toml-eslint-parser";
import { type BuildkitRegistry, buildkitRegistries, isLocalhost, mirrorHostAndPath } from "../daemon/buildkitd.js";
import type { BuildkitDocument } from "../document.js";
import { mergedSpanHoldsUserInfo } from "../edits.js";
import type { Edit, Finding } from "../finding.js";
import { displayKey } from "../registry.js";
import { eol, stringSlice, tomlBoolean, tomlQuote, tomlString } from "../toml.js";

export type BuildkitMirrorMessageIds = "httpsScheme" | "httpScheme" | "otherScheme" | "settingNotInherited" | "addMirrorTable";

type Out = Finding<BuildkitMirrorMessageIds>;

export function buildkitMirrorFindings(doc: BuildkitDocument): Out[] {
  const { text } = doc;
  const nl = eol(text);
  const registries = buildkitRegistries(doc.model);
  const findings: Out[] = [];

  /** The edit that gives the mirror `setting = true`: a key in its table, or a new table at the end. */
  function enable(host: string, setting: "http" | "insecure"): Edit | null {
    const own: BuildkitRegistry | undefined = registries.get(host);
    if (own !== undefined) {
      if ((setting === "http" ? own.http : own.insecure) !== undefined || own.table === null) return null;
      const lineEnd = text.indexOf("\n", own.table.key.range[1]);
      if (lineEnd === -1) return { range: [text.length, text.length], text: `${nl}${setting} = true${nl}` };
      return { range: [lineEnd + 1, lineEnd + 1], text: `${setting} = true${nl}` };
    }
    const lead = text === "" || text.endsWith("\n") ? nl : nl + nl;
    return { range: [text.length, text.length], text: `${lead}[registry.${tomlQuote(host)}]${nl}${setting} = true${nl}` };
  }

  for (const r of registries.values()) {
    for (const m of r.mirrors) {
      const value = tomlString(m.value) as string;
      const { scheme, host } = mirrorHostAndPath(value);
      if (scheme === null) continue;
      const node = m.value as AST.TOMLStringValue;
      const cut = stringSlice(text, node, 0, scheme.length + 3);
      const strip: Edit[] = cut === null ? [] : [{ range: cut, text: "" }];
      // User info in a mirror or a table key is a credential: reports show it masked.
      const data = { mirror: displayKey(value), host, registry: displayKey(r.host), setting: "http" };
      if (scheme === "https") {
        findings.push({ messageId: "httpsScheme", range: node.range, data, ...(strip.length ? { fix: strip } : {}) });
      } else if (scheme === "http") {
        const own = registries.get(host);
        if (tomlBoolean(own?.http?.value) === true || (own?.http === undefined && isLocalhost(host))) {
          findings.push({ messageId: "httpScheme", range: node.range, data, ...(strip.length ? { fix: strip } : {}) });
          continue;
        }
        const add = enable(host, "http");
        findings.push({
          messageId: "httpScheme",
          range: node.range,
          data,
          ...(strip.length && add && !mergedSpanHoldsUserInfo(text, [...strip, add])
            ? { suggestions: [{ messageId: "addMirrorTable" as const, data, fix: [...strip, add] }] }
            : {}),
        });
      } else findings.push({ messageId: "otherScheme", range: node.range, data });
    }

    for (const setting of ["http", "insecure"] as const) {
      const a = setting === "http" ? r.http : r.insecure;
      if (a === undefined || tomlBoolean(a.value) !== true) continue;
      for (const m of r.mirrors) {
        const value = tomlString(m.value) as string;
        const { scheme, host } = mirrorHostAndPath(value);
        if (scheme === "http" && setting === "http") continue; // reported above, with the same remedy
        const own = registries.get(host);
        const ownSetting = setting === "http" ? own?.http : own?.insecure;
        if (tomlBoolean(ownSetting?.value) === true || (setting === "http" && ownSetting === undefined && isLocalhost(host))) continue;
        const data = { mirror: displayKey(value), host, registry: displayKey(r.host), setting };
        const add = ownSetting === undefined ? enable(host, setting) : null;
        findings.push({
          messageId: "settingNotInherited",
          range: (a.kv?.key ?? a.value).range,
          data,
          ...(add ? { suggestions: [{ messageId: "addMirrorTable" as const, data, fix: [add] }] } : {}),
        });
      }
    }
  }
  return findings;
}
