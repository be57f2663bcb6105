// ESLint's default formatter, stylish, without loading ESLint: it is one file of ESLint's
// (lib/cli-engine/formatters/stylish.js, in ESLint 9 and 10) that needs only node:util and ESLint's
// text-table, and loading ESLint itself costs the command more than linting a file does
// (bench/PROFILE.md). Where an ESLint has it elsewhere, the caller loads it through ESLint instead;
// tests/cli.test.ts compares its output with ESLint's own.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { ESLint } from "eslint";
import { type ResultsMeta, safeResults } from "./results.js";

type Formatter = (results: ESLint.LintResult[], context: unknown) => string;

const load = createRequire(import.meta.url);

/** ESLint's stylish formatter as a function of the results, or null where this ESLint keeps it elsewhere. */
export function builtinStylish(): ((results: ESLint.LintResult[], meta?: ResultsMeta) => string) | null {
  let file: string;
  try {
    file = join(dirname(load.resolve("eslint/package.json")), "lib", "cli-engine", "formatters", "stylish.js");
  } catch {
    return null;
  }
  if (!existsSync(file)) return null;
  const formatter = load(file) as Formatter;
  if (typeof formatter !== "function") return null;
  return (results, meta = {}) => formatter(safeResults(results), meta);
}
