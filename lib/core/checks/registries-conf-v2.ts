// registries.conf v1 tables (`[registries.search]`, `[registries.insecure]`, `[registries.block]`)
// as containers/image loadConfigFile judges them: converted by ConvertToV2 in the main file,
// "mixing sysregistry v1/v2 is not supported" next to any v2 setting, "registry must be in v2
// format but is in v1" in a registries.conf.d drop-in (forceV2). containers/image 5.40 (Podman 6)
// rejects v1 in every file ("registries.conf must be in v2 format but is in v1";
// container-libs#1029, after the source read here).
import type { AST } from "toml-eslint-parser";
import { locationScheme, registriesConf, V1_LISTS } from "../daemon/registries-conf.js";
import type { RegistriesConfDocument } from "../document.js";
import { mergedSpanHoldsUserInfo } from "../edits.js";
import type { Edit, Finding } from "../finding.js";
import { type Assignment, commentsIn, eol, tomlQuote, tomlString } from "../toml.js";

export type RegistriesConfV2MessageIds = "v1Format" | "v1InDropIn" | "mixedFormats" | "convertToV2";

type Out = Finding<RegistriesConfV2MessageIds>;

function reportRange(a: Assignment): readonly [number, number] {
  return (a.table?.key ?? a.kv?.key ?? a.value).range;
}

/** The v2 text ConvertToV2 makes of the v1 lists; null when a list is not an array of strings. */
function converted(v1: Assignment[], newline: string): string | null {
  const lists: Record<string, string[]> = {};
  for (const a of v1) {
    if (a.value.type !== "TOMLArray") return null;
    const values = a.value.elements.map(tomlString);
    // ConvertToV2 refuses a scheme (parseLocation), and would key `https://x` and `x` apart: the
    // scheme goes first (registries-conf-no-scheme), the conversion after.
    if (values.some((v) => v === null || locationScheme(v) !== null)) return null;
    lists[String(a.path[1])] = values as string[];
  }
  // ConvertToV2: one registry per location, block entries first, then insecure ones, in order.
  const order: string[] = [];
  const flags = new Map<string, { blocked: boolean; insecure: boolean }>();
  for (const [list, flag] of [["block", "blocked"], ["insecure", "insecure"]] as const) {
    for (const raw of lists[list] ?? []) {
      const location = raw.replace(/\/+$/, "");
      let f = flags.get(location);
      if (f === undefined) {
        flags.set(location, (f = { blocked: false, insecure: false }));
        order.push(location);
      }
      f[flag] = true;
    }
  }
  const parts: string[] = [];
  const search = lists.search;
  if (search !== undefined) parts.push(`unqualified-search-registries = [${search.map(tomlQuote).join(", ")}]`);
  for (const location of order) {
    const f = flags.get(location) as { blocked: boolean; insecure: boolean };
    const lines = ["[[registry]]", `location = ${tomlQuote(location)}`];
    if (f.insecure) lines.push("insecure = true");
    if (f.blocked) lines.push("blocked = true");
    parts.push(lines.join(newline));
  }
  return parts.join(newline + newline);
}

/**
 * The conversion as one edit: the v1 lists are written as the three standard tables, each holding
 * only `registries = [strings]`, and no other table comes before or between them. Certain (an
 * autofix) unless a comment sits among them, which the rewrite would lose (then a suggestion).
 */
function conversion(doc: RegistriesConfDocument, v1: Assignment[]): { edit: Edit; certain: boolean } | null {
  const tables = doc.model.tables;
  const v1Tables = new Set<AST.TOMLTable>();
  for (const a of v1) {
    const t = a.table;
    if (t === null || t.kind !== "standard" || t.resolvedKey.length !== 2 || a.kv?.key.keys.length !== 1) return null;
    if (!(V1_LISTS as readonly unknown[]).includes(t.resolvedKey[1]) || t.body.length !== 1) return null;
    v1Tables.add(t);
  }
  const first = tables.findIndex((t) => v1Tables.has(t));
  const last = tables.length - 1 - [...tables].reverse().findIndex((t) => v1Tables.has(t));
  for (let i = 0; i <= last; i++) {
    const t = tables[i] as AST.TOMLTable;
    // A bare `[registries]` header before them holds nothing and goes too.
    const emptyParent = t.resolvedKey.length === 1 && t.resolvedKey[0] === "registries" && t.body.length === 0;
    if (!v1Tables.has(t) && !emptyParent) return null;
  }
  const start = (tables[0] as AST.TOMLTable).range[0];
  const end = (tables[last] as AST.TOMLTable).range[1];
  if (first === -1) return null;
  const text = converted(v1, eol(doc.text));
  // The conversion writes every location again: not where one carries user info, which a fix's
  // text would then hold (`eslint -f json` prints it).
  if (text === null || mergedSpanHoldsUserInfo(doc.text, [{ range: [start, end], text: "" }])) return null;
  return { edit: { range: [start, end], text }, certain: commentsIn(doc.ast, [start, end]) === 0 };
}

export function registriesConfV2Findings(doc: RegistriesConfDocument): Out[] {
  const conf = registriesConf(doc.model);
  if (conf.v1.length === 0) return [];
  const findings: Out[] = [];
  const messageId = doc.dropIn ? "v1InDropIn" : conf.v2 ? "mixedFormats" : "v1Format";
  // Next to v2 settings (mixed, or a drop-in) the converted keys could collide with the file's own.
  const fix = conf.v2 ? null : conversion(doc, conf.v1);
  const reported = new Set<AST.TOMLTable | AST.TOMLKeyValue | null>();
  conf.v1.forEach((a, i) => {
    const at = a.table ?? a.kv;
    if (reported.has(at)) return;
    reported.add(at);
    const data = { table: `registries.${String(a.path[1])}` };
    const repair =
      i !== 0 || fix === null
        ? {}
        : fix.certain
          ? { fix: [fix.edit] }
          : { suggestions: [{ messageId: "convertToV2" as const, fix: [fix.edit] }] };
    findings.push({ messageId, range: reportRange(a), data, ...repair });
  });
  return findings;
}
