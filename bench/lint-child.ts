// One measurement in a fresh process: ESLint's `Linter#verify` over files already in memory, with
// the config prepared once as the eslint command prepares it, no formatting. bench/run.ts starts one
// per sample, so that no sample inherits another's heap, JIT state or memo; it prints one JSON line.
//
//   node --expose-gc dist/bench/lint-child.js <job.json>
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { Linter } from "eslint";
import type { Replayed } from "./floor.js";
import { configOf, type Variant, VARIANTS } from "./variants.js";

export interface Job {
  variant: Variant;
  /** Absolute paths of the files to time. */
  files: string[];
  /** Linted `warmupPasses` times before the timed pass, untimed: other files of the same shape. */
  warmup?: string[];
  warmupPasses?: number;
  /** Timed passes over `files` (more than one only for profiles). */
  passes?: number;
  /** The report floor's replay file (written by a `dump` job of the plugin). */
  replay?: string;
  /** Write what the variant reported, as the report floor replays it, to this file. */
  dump?: string;
}

export interface LintResult {
  /** Wall and CPU (user + system, every thread of the process) time of the timed passes. */
  wallMs: number;
  cpuMs: number;
  /** The process's peak resident set size so far, in KiB. */
  maxRssKb: number;
  files: number;
  errors: number;
  warnings: number;
  suggestions: number;
  /** Parse errors and "no matching configuration": must be 0 for the numbers to mean anything. */
  fatal: number;
  /** Messages per rule. */
  byRule: Record<string, number>;
}

type Prepared = Linter.Config[] & { getConfig?: (filename: string) => unknown };

/**
 * The config array ESLint itself builds once per run. `Linter#verify` accepts it (anything with
 * `getConfig()`); handed a plain array it would normalise the config again on every call, a cost
 * the eslint command does not pay. FlatConfigArray is not exported, so it is loaded from ESLint's
 * own files; if a future ESLint moves it, fall back to the plain array and say so.
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

const load = (paths: readonly string[]): Source[] => paths.map((filename) => ({ filename, text: readFileSync(filename, "utf8") }));

function lintAll(linter: Linter, config: Prepared, sources: readonly Source[], collect: ((s: Source, m: Linter.LintMessage[]) => void) | null) {
  for (const source of sources) {
    const messages = linter.verify(source.text, config, source.filename);
    collect?.(source, messages);
  }
}

function replayOf(source: Source, messages: readonly Linter.LintMessage[]): Replayed[] {
  return messages.map((m) => {
    const edit = m.suggestions?.[0]?.fix ?? m.fix ?? { range: [0, 0] as [number, number], text: "" };
    return {
      line: m.line,
      column: m.column,
      endLine: m.endLine ?? m.line,
      endColumn: m.endColumn ?? m.column,
      message: m.message,
      desc: m.suggestions?.[0]?.desc ?? m.message,
      range: edit.range,
      text: edit.text,
    };
  });
}

function run(job: Job): LintResult {
  const replay = job.replay
    ? new Map(Object.entries(JSON.parse(readFileSync(job.replay, "utf8")) as Record<string, Replayed[]>))
    : new Map<string, Replayed[]>();
  // Files outside the cwd match no config: base everything at the file system root.
  const cwd = "/";
  const config = prepare(configOf(job.variant, replay), cwd);
  const linter = new Linter({ cwd });
  if (job.warmup && job.warmup.length > 0) {
    const warm = load(job.warmup);
    for (let i = 0; i < (job.warmupPasses ?? 1); i++) lintAll(linter, config, warm, null);
  }
  const sources = load(job.files);
  // Part of preparing the config: its first use merges it and validates the rule options, once per
  // run, as the eslint command does before it lints anything.
  if (sources[0]) config.getConfig?.(sources[0].filename);
  const gc = (globalThis as { gc?: () => void }).gc;
  // The warm-up's garbage is not the timed pass's to collect.
  gc?.();

  const counts = { errors: 0, warnings: 0, suggestions: 0, fatal: 0 };
  const byRule: Record<string, number> = {};
  const dumped: Record<string, Replayed[]> = {};
  const count = (source: Source, messages: Linter.LintMessage[]): void => {
    for (const m of messages) {
      if (m.fatal === true || m.ruleId === null) counts.fatal++;
      else if (m.severity === 2) counts.errors++;
      else counts.warnings++;
      counts.suggestions += m.suggestions?.length ?? 0;
      const rule = m.ruleId ?? "(fatal)";
      byRule[rule] = (byRule[rule] ?? 0) + 1;
    }
    if (job.dump) dumped[source.filename] = replayOf(source, messages);
  };
  const passes = job.passes ?? 1;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < passes; i++) lintAll(linter, config, sources, i === 0 ? count : null);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (job.dump) writeFileSync(job.dump, JSON.stringify(dumped));
  return {
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssKb: process.resourceUsage().maxRSS,
    files: sources.length,
    ...counts,
    byRule,
  };
}

const [jobFile] = process.argv.slice(2);
if (!jobFile) throw new Error("usage: lint-child.js <job.json>");
const job = JSON.parse(readFileSync(jobFile, "utf8")) as Job;
if (!VARIANTS.includes(job.variant)) throw new Error(`unknown variant "${String(job.variant)}"`);
process.stdout.write(`${JSON.stringify(run(job))}\n`);
