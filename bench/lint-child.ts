// One measurement in a fresh process: ESLint's `Linter#verify` over files already in memory, with
// the config prepared once as the eslint command prepares it, no formatting. bench/run.ts starts one
// per sample, so that no sample inherits another's heap, JIT state or memo; it prints one JSON line.
//
//   node --expose-gc dist/bench/lint-child.js <job.json>
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { Linter } from "eslint";
import type { Replayed } from "./floor.js";
import { configOf, NAMESPACE, type Recorded, recordingConfig, type Variant, VARIANTS } from "./variants.js";

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
  /** Lint with the plugin, recording what its rules report, and write that for the report floor. */
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
  /** SHA-1 of every message's line, column and text, in order: the same for two configs that report the same. */
  digest: string;
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

type Edit = { range: [number, number]; text: string };

/** The position a report descriptor gives, as a rule writes it (0-based columns). */
function locOf(d: Recorded["descriptor"]): { start: { line: number; column: number }; end: { line: number; column: number } } {
  const loc = ("loc" in d && d.loc ? d.loc : "node" in d && d.node ? d.node.loc : null) as
    | { start: { line: number; column: number }; end?: { line: number; column: number } }
    | { line: number; column: number }
    | null
    | undefined;
  if (!loc) return { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };
  if ("start" in loc) return { start: { line: loc.start.line, column: loc.start.column }, end: { line: (loc.end ?? loc.start).line, column: (loc.end ?? loc.start).column } };
  return { start: { line: loc.line, column: loc.column }, end: { line: loc.line, column: loc.column } };
}

/** The recorded reports of one file, each with the edit ESLint made of its first suggestion or fix. */
function replayOf(recorded: readonly Recorded[], messages: readonly Linter.LintMessage[], namespace: string): Replayed[] {
  const edits = new Map<string, Edit[]>();
  for (const m of messages) {
    const key = `${m.ruleId ?? ""}|${m.line}|${m.column}|${m.messageId ?? ""}`;
    const list = edits.get(key) ?? [];
    list.push(m.suggestions?.[0]?.fix ?? m.fix ?? { range: [0, 0], text: "" });
    edits.set(key, list);
  }
  return recorded.map(({ rule, descriptor: d }) => {
    const { start, end } = locOf(d);
    const messageId = "messageId" in d && d.messageId ? d.messageId : "";
    const edit = edits.get(`${namespace}/${rule}|${start.line}|${start.column + 1}|${messageId}`)?.shift() ?? { range: [0, 0], text: "" };
    const s = d.suggest?.[0];
    return {
      rule,
      messageId,
      data: (d.data ?? {}) as Replayed["data"],
      start,
      end,
      suggestion: s && "messageId" in s && s.messageId ? { rule, messageId: s.messageId, data: (s.data ?? {}) as Replayed["data"] } : null,
      range: edit.range as [number, number],
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
  const recorded: Recorded[] = [];
  if (job.dump && job.variant !== "plugin") throw new Error("a dump job lints with the plugin");
  const config = prepare(job.dump ? recordingConfig((r) => recorded.push(r)) : configOf(job.variant, replay), cwd);
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

  // The timed pass keeps every file's messages, as the eslint command does until it formats them;
  // counting them is done after the clock stops.
  const results: { source: Source; messages: Linter.LintMessage[]; recorded: Recorded[] }[] = [];
  recorded.length = 0;
  const none: Recorded[] = [];
  const keep = (source: Source, messages: Linter.LintMessage[]): void =>
    void results.push({ source, messages, recorded: job.dump ? recorded.splice(0) : none });
  const passes = job.passes ?? 1;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < passes; i++) lintAll(linter, config, sources, i === 0 ? keep : null);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);

  const counts = { errors: 0, warnings: 0, suggestions: 0, fatal: 0 };
  const byRule: Record<string, number> = {};
  const dumped: Record<string, Replayed[]> = {};
  const digest = createHash("sha1");
  for (const { source, messages, recorded: reports } of results) {
    for (const m of messages) {
      digest.update(`${m.line}:${m.column}:${m.message}\n`);
      if (m.fatal === true || m.ruleId === null) counts.fatal++;
      else if (m.severity === 2) counts.errors++;
      else counts.warnings++;
      counts.suggestions += m.suggestions?.length ?? 0;
      const rule = m.ruleId ?? "(fatal)";
      byRule[rule] = (byRule[rule] ?? 0) + 1;
    }
    if (job.dump) dumped[source.filename] = replayOf(reports, messages, NAMESPACE);
  }
  if (job.dump) writeFileSync(job.dump, JSON.stringify(dumped));
  return {
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssKb: process.resourceUsage().maxRSS,
    files: sources.length,
    ...counts,
    byRule,
    digest: digest.digest("hex"),
  };
}

const [jobFile] = process.argv.slice(2);
if (!jobFile) throw new Error("usage: lint-child.js <job.json>");
const job = JSON.parse(readFileSync(jobFile, "utf8")) as Job;
if (!VARIANTS.includes(job.variant)) throw new Error(`unknown variant "${String(job.variant)}"`);
process.stdout.write(`${JSON.stringify(run(job))}\n`);
