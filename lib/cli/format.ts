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
import { ESLint, type Linter } from "eslint";
import { redactParseMessage } from "../core/parse-errors.js";
import plugin from "../index.js";
import { UsageError } from "./errors.js";

/** Environment variables that make a known formatter embed file contents. */
export const EMBED_VARIABLES = ["SARIF_ESLINT_EMBED"] as const;

/**
 * A message as formatters may print it. Rule messages carry key names only (the rules' contract);
 * a parser error names the offending token, which may be part of a secret, so it goes; fix and
 * suggestion texts may hold values, so they go too.
 */
export function redact(message: Linter.LintMessage): Linter.LintMessage {
  const out: Linter.LintMessage & { source?: unknown } = { ...message };
  delete out.fix;
  delete out.source;
  // The configs' parser drops it already (lib/eslint/parser.ts): the command prints what eslint prints.
  if (message.ruleId === null) out.message = redactParseMessage(message.message);
  if (message.suggestions !== undefined) {
    out.suggestions = message.suggestions.map(({ desc, messageId }) => ({ desc, messageId })) as Linter.LintSuggestion[];
  }
  return out;
}

/** One file's result, with no `source` and no `output`: formatters print them, and they hold the file's secrets. */
export function toResult(filePath: string, messages: Linter.LintMessage[]): ESLint.LintResult {
  const count = (severity: number, pred: (m: Linter.LintMessage) => boolean = () => true): number =>
    messages.filter((m) => m.severity === severity && pred(m)).length;
  const fixable = (m: Linter.LintMessage): boolean => m.fix !== undefined;
  return {
    filePath,
    messages: messages.map(redact),
    suppressedMessages: [],
    errorCount: count(2),
    fatalErrorCount: count(2, (m) => m.fatal === true),
    warningCount: count(1),
    fixableErrorCount: count(2, fixable),
    fixableWarningCount: count(1, fixable),
    usedDeprecatedRules: [],
  };
}

/** What ESLint passes a formatter besides the results (ESLint's own `ResultsMeta`). */
export interface ResultsMeta {
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

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
    // Whatever the caller built, no field that holds file text reaches the formatter.
    const safe = results.map((result) => {
      const copy: ESLint.LintResult = { ...result, messages: result.messages.map(redact) };
      delete copy.source;
      delete copy.output;
      return copy;
    });
    const out = await withoutEmbedding(() => formatter.format(safe, meta));
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
