// `[[registry]]` entries and search registries as containers/image validates and matches them
// (pkg/sysregistriesv2: postProcessRegistries, loadConfigFile, refMatchingPrefix): the forms that
// fail every pull, and the prefixes that silently never match.
import type { AST } from "toml-eslint-parser";
import { type ConfRegistry, hubWithoutLibrary, isSearchDomain, locationScheme, registriesConf, wildcardProblem } from "../daemon/registries-conf.js";
import type { RegistriesConfDocument } from "../document.js";
import type { Finding } from "../finding.js";
import { displayKey } from "../registry.js";
import { type Assignment, stringSlice, tomlBoolean, tomlString } from "../toml.js";

export type RegistriesConfRegistryMessageIds =
  | "hubNamespacePrefix"
  | "hubLibraryPrefix"
  | "wildcardFormat"
  | "wildcardNotLeading"
  | "wildcardLocation"
  | "noLocation"
  | "noLocationOrPrefix"
  | "mirrorNoLocation"
  | "pullFromMirrorOnRegistry"
  | "pullFromMirrorValue"
  | "pullFromMirrorWithDigestOnly"
  | "conflictingSetting"
  | "invalidSearchEntry"
  | "addLibrary";

type Out = Finding<RegistriesConfRegistryMessageIds>;

const at = (registry: ConfRegistry): readonly [number, number] => (registry.table?.key ?? { range: [0, 0] as const }).range;

export function registriesConfRegistryFindings(doc: RegistriesConfDocument): Out[] {
  const conf = registriesConf(doc.model);
  const findings: Out[] = [];
  const str = (a: Assignment | undefined): string | null => tomlString(a?.value);

  function hubForm(a: Assignment | undefined, where: string): void {
    const value = str(a);
    if (value === null || a === undefined || locationScheme(value) !== null) return;
    const hub = hubWithoutLibrary(value.replace(/\/+$/, ""));
    if (hub === null) return;
    const node = a.value as AST.TOMLStringValue;
    const insert = stringSlice(doc.text, node, hub.at, hub.at);
    const edit = insert === null ? [] : [{ range: insert, text: "library/" }];
    const name = value.slice(hub.at).replace(/[:@].*$/, "").replace(/\/+$/, "");
    const data = { where, value: displayKey(value), name };
    if (hub.image) {
      // With a tag or digest it can only be the official image: docker.io/<name>:tag never names
      // anything else, so the insertion is certain.
      findings.push({ messageId: "hubLibraryPrefix", range: node.range, data, ...(edit.length ? { fix: edit } : {}) });
    } else {
      findings.push({
        messageId: "hubNamespacePrefix",
        range: node.range,
        data,
        ...(edit.length ? { suggestions: [{ messageId: "addLibrary" as const, data, fix: edit }] } : {}),
      });
    }
  }

  for (const registry of conf.registries) {
    const prefixA = registry.field("prefix");
    const locationA = registry.field("location");
    const prefix = str(prefixA);
    const location = str(locationA);
    hubForm(prefixA, "prefix");
    hubForm(locationA, "location");
    if (prefix !== null && prefixA !== undefined) {
      const wildcard = wildcardProblem(prefix.replace(/\/+$/, ""));
      if (wildcard !== null) {
        findings.push({ messageId: wildcard === "format" ? "wildcardFormat" : "wildcardNotLeading", range: prefixA.value.range, data: { value: displayKey(prefix) } });
      }
    }
    if (location !== null && locationA !== undefined && location.includes("*")) {
      findings.push({ messageId: "wildcardLocation", range: locationA.value.range, data: { value: displayKey(location) } });
    }
    const noLocation = location === null || location.replace(/\/+$/, "") === "";
    if (noLocation && registry.table !== null) {
      if (prefix === null || prefix === "") findings.push({ messageId: "noLocationOrPrefix", range: at(registry) });
      else if (!prefix.startsWith("*.")) findings.push({ messageId: "noLocation", range: (prefixA as Assignment).value.range, data: { value: displayKey(prefix) } });
    }
    const pull = registry.field("pull-from-mirror");
    if (pull !== undefined) findings.push({ messageId: "pullFromMirrorOnRegistry", range: (pull.kv?.key ?? pull.value).range });
    const digestOnly = tomlBoolean(registry.field("mirror-by-digest-only")?.value) === true;
    for (const mirror of registry.mirrors) {
      const mLocation = str(mirror.field("location"));
      if ((mLocation === null || mLocation.replace(/\/+$/, "") === "") && mirror.table !== null) {
        findings.push({ messageId: "mirrorNoLocation", range: mirror.table.key.range });
      }
      const mPull = mirror.field("pull-from-mirror");
      const mPullValue = str(mPull);
      if (mPull === undefined || mPullValue === null || mPullValue === "") continue;
      if (digestOnly) findings.push({ messageId: "pullFromMirrorWithDigestOnly", range: mPull.value.range });
      else if (!["all", "digest-only", "tag-only"].includes(mPullValue)) {
        findings.push({ messageId: "pullFromMirrorValue", range: mPull.value.range, data: { value: mPullValue } });
      }
    }
  }

  // One location (or wildcard prefix) defined twice must agree on `insecure` and `blocked`.
  const seen = new Map<string, { insecure: boolean; blocked: boolean }>();
  for (const registry of conf.registries) {
    const location = (str(registry.field("location")) ?? "").replace(/\/+$/, "");
    const key = location !== "" ? location : (str(registry.field("prefix")) ?? "").replace(/\/+$/, "");
    if (key === "") continue;
    const settings = {
      insecure: tomlBoolean(registry.field("insecure")?.value) === true,
      blocked: tomlBoolean(registry.field("blocked")?.value) === true,
    };
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, settings);
      continue;
    }
    for (const setting of ["insecure", "blocked"] as const) {
      if (first[setting] === settings[setting]) continue;
      const written = registry.field(setting);
      const range = written?.kv?.key.range ?? at(registry);
      findings.push({ messageId: "conflictingSetting", range, data: { location: displayKey(key), setting } });
    }
  }

  for (const a of doc.model.assignments) {
    if (a.path.length !== 2 || a.path[0] !== "unqualified-search-registries") continue;
    const value = str(a);
    if (value === null || locationScheme(value) !== null || isSearchDomain(value)) continue;
    findings.push({ messageId: "invalidSearchEntry", range: a.value.range, data: { value: displayKey(value) } });
  }
  return findings;
}
