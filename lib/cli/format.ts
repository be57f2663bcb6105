// Results as formatters see them, and the formatter. What `eslint` itself can print of a file's
// secrets, and what this command gives a formatter instead:
//  - `source` (the whole file text, on every result with a problem) and `output` (the fixed text,
//    with --fix or --fix-dry-run) of each result: `-f json` and `-f json-with-metadata` print them,
//    the codeframe formatter (eslint-formatter-codeframe) prints lines of them around each problem.
//    Never set here.
//  - each message's `fix` and each suggestion's `fix` (edits whose text may hold values: the
//    legacy-format suggestion moves every `auth` of the file): `-f json` prints them. Dropped here;
//    `fix` is kept as a marker only in the counts of fixable problems.
//  - a parser error's message, which quotes the token it stopped at: cut here before the quote.
//  - `SARIF_ESLINT_EMBED=true` makes @microsoft/eslint-formatter-sarif read every linted file from
//    disk and embed it whole (`runs[0].artifacts[].contents.text`); it reads the variable when it
//    formats, from `process.env`, so the command unsets it for that call. Its `region.snippet`
//    comes from a message's `source` (ESLint 8), never set here.
// A formatter is code the user installed: one that reads the files itself by another switch than
// these cannot be stopped by what it is given.
import { ESLint } from "eslint";
import plugin from "../index.js";
import { UsageError } from "./errors.js";
import { type ResultsMeta, safeResults } from "./results.js";

/** Environment variables that make a known formatter embed file contents. */
export const EMBED_VARIABLES = ["SARIF_ESLINT_EMBED"] as const;

export type Format = (results: ESLint.LintResult[], meta?: ResultsMeta) => Promise<string>;

/** Any ESLint formatter, loaded by ESLint; rule metadata comes from this plugin (see below). */
export async function loadFormatter(name: string, cwd: string): Promise<Format> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true });
  // ESLint answers `rulesMeta` (json-with-metadata, sarif) only for results it linted itself; these
  // rules are all this plugin's.
  const rulesMeta = Object.fromEntries(Object.entries(plugin.rules).map(([n, r]) => [`${plugin.meta.namespace}/${n}`, r.meta]));
  Object.defineProperty(eslint, "getRulesMetaForResults", { value: () => rulesMeta });
  let formatter: ESLint.LoadedFormatter;
  try {
    formatter = await eslint.loadFormatter(name);
  } catch {
    throw new UsageError(`cannot load the formatter "${name}"`);
  }
  return async (results, meta = {}) => {
    const out = await withoutEmbedding(() => formatter.format(safeResults(results), meta));
    if (typeof out !== "string") throw new Error(`the formatter "${name}" returned no text`);
    return out;
  };
}

/** Runs `format` with every variable of EMBED_VARIABLES unset in `process.env`, then restores them. */
async function withoutEmbedding<T>(format: () => T | Promise<T>): Promise<T> {
  const saved = new Map<string, string>();
  for (const name of EMBED_VARIABLES) {
    const value = process.env[name];
    if (value !== undefined) saved.set(name, value);
    delete process.env[name];
  }
  try {
    return await format();
  } finally {
    for (const [name, value] of saved) process.env[name] = value;
  }
}
