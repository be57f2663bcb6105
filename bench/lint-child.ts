// Lint time in one process: ESLint's Linter over files already in memory, with one prepared config,
// no formatting. Run by bench/run.ts in a fresh process per measurement; prints one JSON line.
//
//   node dist/bench/lint-child.js <floor|recommended> <dir> <list.json> [<warm-up dir> <warm-up list.json>]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { Linter } from "eslint";
import { configOf, type Variant, VARIANTS } from "./variants.js";

export interface LintResult {
  ms: number;
  maxRssKb: number;
  files: number;
  errors: number;
  warnings: number;
  /** Parse errors and "no matching configuration": must be 0 for the numbers to mean anything. */
  fatal: number;
}

type Prepared = Linter.Config[] & { getConfig?: (filename: string) => unknown };

/**
 * The config array ESLint itself builds once per run. `Linter#verify` accepts it (anything with
 * `getConfig()`); handed a plain array it would normalise the config again on every call, a cost
 * the CLI does not pay. FlatConfigArray is not exported, so it is loaded from ESLint's own files;
 * if a future ESLint moves it, fall back to the plain array and say so.
 */
function prepare(config: Linter.Config, cwd: string): Prepared {
  const require = createRequire(import.meta.url);
  let FlatConfigArray: new (configs: unknown, options: { basePath: string }) => Prepared & { normalizeSync(): void };
  try {
    const eslintDir = dirname(require.resolve("eslint/package.json"));
    ({ FlatConfigArray } = require(join(eslintDir, "lib/config/flat-config-array.js")) as { FlatConfigArray: typeof FlatConfigArray });
  } catch {
    process.stderr.write("note: ESLint's FlatConfigArray not found; the config is normalised on every verify()\n");
    return [config];
  }
  const array = new FlatConfigArray([config], { basePath: cwd });
  array.normalizeSync();
  return array;
}

interface Source {
  filename: string;
  text: string;
}

function load(dir: string, paths: readonly string[]): Source[] {
  return paths.map((p) => {
    const filename = resolve(dir, p);
    return { filename, text: readFileSync(filename, "utf8") };
  });
}

function lintAll(linter: Linter, config: Prepared, sources: readonly Source[]): { errors: number; warnings: number; fatal: number } {
  let errors = 0;
  let warnings = 0;
  let fatal = 0;
  for (const { filename, text } of sources) {
    for (const m of linter.verify(text, config, filename)) {
      if (m.fatal === true || m.ruleId === null) fatal++;
      else if (m.severity === 2) errors++;
      else warnings++;
    }
  }
  return { errors, warnings, fatal };
}

/**
 * Lint `list` (paths relative to `dir`) once and time it. With a warm-up list, lint that first, so
 * the time is the steady state of a warmed-up process rather than its JIT start-up.
 */
function run(variant: Variant, dir: string, list: string, warmup: { dir: string; list: string } | null): LintResult {
  const config = prepare(configOf(variant), dir);
  const linter = new Linter({ cwd: dir });
  if (warmup) lintAll(new Linter({ cwd: warmup.dir }), prepare(configOf(variant), warmup.dir), load(warmup.dir, readList(warmup.list)));
  const sources = load(dir, readList(list));
  // Part of preparing the config: its first use merges it and validates the rule options, once per
  // run, as the eslint command does before it lints anything.
  if (sources[0]) config.getConfig?.(sources[0].filename);
  const start = performance.now();
  const counts = lintAll(linter, config, sources);
  const ms = performance.now() - start;
  return { ms, maxRssKb: process.resourceUsage().maxRSS, files: sources.length, ...counts };
}

function readList(file: string): string[] {
  return JSON.parse(readFileSync(file, "utf8")) as string[];
}

const [variant, dir, list, warmupDir, warmupList] = process.argv.slice(2) as [Variant, string, string, string?, string?];
if (!VARIANTS.includes(variant) || !dir || !list) {
  throw new Error("usage: lint-child.js <floor|recommended> <dir> <list.json> [<warm-up dir> <warm-up list.json>]");
}
const warmup = warmupDir && warmupList ? { dir: resolve(warmupDir), list: warmupList } : null;
process.stdout.write(`${JSON.stringify(run(variant, resolve(dir), list, warmup))}\n`);
