// TOML scoping in registries.conf: a key belongs to the last `[table]` header above it, so a
// top-level setting written after `[[registry]]` or `[[registry.mirror]]` is a field of that table,
// which containers/image ignores (BurntSushi/toml leaves it undecoded; podman#14306). And
// `registry` must be an array of tables: `[[registry.mirror]]` or `[registry]` without a
// `[[registry]]` first makes it a table, and every pull fails ("toml: … incompatible types: TOML
// value has type map[string]interface {}; destination has type slice").
import type { AST } from "toml-eslint-parser";
import { V2_TOP_KEYS } from "../daemon/registries-conf.js";
import type { RegistriesConfDocument } from "../document.js";
import { mergedSpanHoldsUserInfo } from "../edits.js";
import { displayKey } from "../registry.js";
import type { Finding } from "../finding.js";
import { eol, keyName, lineRange } from "../toml.js";

export type RegistriesConfScopeMessageIds = "topLevelKeyInTable" | "registryNotArray" | "mirrorWithoutRegistry" | "moveToTop";

type Out = Finding<RegistriesConfScopeMessageIds>;

/** The table's header as reports show it: its key, with user info in a quoted part masked. */
function header(_doc: RegistriesConfDocument, table: AST.TOMLTable): string {
  const key = table.key.keys.map((k) => (k.type === "TOMLBare" ? k.name : JSON.stringify(displayKey(k.value)))).join(".");
  return table.kind === "array" ? `[[${key}]]` : `[${key}]`;
}

export function registriesConfScopeFindings(doc: RegistriesConfDocument): Out[] {
  const findings: Out[] = [];
  const { tables, top } = doc.model;
  const topNames = new Set(top.map((kv) => keyName(kv.key.keys[0] as AST.TOMLBare)));
  const firstTable = tables[0];

  for (const table of tables) {
    // `[aliases]` holds short names: a setting's name there is an alias, not the setting.
    for (const kv of table.body) {
      const name = keyName(kv.key.keys[0] as AST.TOMLBare);
      if (kv.key.keys.length !== 1 || !V2_TOP_KEYS.includes(name)) continue;
      const data = { key: name, table: header(doc, table) };
      const line = lineRange(doc.text, kv.range);
      // Move the line above the first header, unless the top level already sets the key (a
      // duplicate key would not parse) or the line holds more than this key-value.
      const movable = firstTable !== undefined && !topNames.has(name) && line !== kv.range;
      const text = doc.text.slice(kv.range[0], kv.range[1]);
      const move = movable
        ? [
            { range: [firstTable.range[0], firstTable.range[0]] as const, text: `${text}${eol(doc.text)}` },
            { range: line, text: "" },
          ]
        : [];
      findings.push({
        messageId: "topLevelKeyInTable",
        range: kv.key.range,
        data,
        // The two edits become one fix from the first header to this line: not where it carries user info.
        ...(movable && !mergedSpanHoldsUserInfo(doc.text, move) ? { suggestions: [{ messageId: "moveToTop" as const, data, fix: move }] } : {}),
      });
    }
  }

  // `registry` as a table rather than an array of tables.
  let reported = false;
  for (const table of tables) {
    if (table.resolvedKey[0] !== "registry" || typeof table.resolvedKey[1] === "number" || reported) continue;
    reported = true;
    const isMirror = table.resolvedKey[1] === "mirror";
    findings.push({ messageId: isMirror ? "mirrorWithoutRegistry" : "registryNotArray", range: table.key.range, data: { table: header(doc, table) } });
  }
  if (!reported) {
    for (const kv of top) {
      if (keyName(kv.key.keys[0] as AST.TOMLBare) !== "registry") continue;
      if (kv.key.keys.length === 1 && kv.value.type === "TOMLArray") continue;
      findings.push({ messageId: "registryNotArray", range: kv.key.range, data: { table: "registry" } });
      break;
    }
  }
  return findings;
}
