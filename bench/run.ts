// `npm run bench`: every measure and target of issue 15 in one run on one machine, every ratio between
// samples of the same run. Writes bench/RESULTS.md (bench/.work/RESULTS.quick.md with BENCH_QUICK=1).
//
// What it measures (see the README's Benchmark section and RESULTS.md for the settings of a run):
//   corpus   CPU and wall time of `Linter#verify` in one process: the plugin against the no-op floor
//            on 300 clean files × 40 entries, against the report floor on 300 files × 40 entries
//            with one plaintext warning per entry; interleaved rounds, min/median/max.
//   big      a 100,000-entry file without findings, plugin against the no-op floor.
//   growth   entries per file, files, and issue 13's pathological shapes; fitted exponents.
//   memory   peak RSS on the 50 MB hostile file (tests/properties/hostile-input.test.ts, LARGE),
//            plugin against the no-op floor.
//   cli      whole processes: `node -e 0`, docker-config-lint and secretlint on one clean file and on
//            one file with findings, and docker-config-lint against secretlint on 2,000 files.
//
// Settings (environment; defaults are the full measurement):
//   BENCH_QUICK=1          small sizes and few rounds, to check the harness (results not for claims)
//   BENCH_ONLY             comma-separated sections to run: corpus,big,growth,memory,cli
//   BENCH_ROUNDS           corpus rounds (11)            BENCH_WARMUP      warm-up passes per sample (1)
//   BENCH_FILES            corpus files (300)            BENCH_ENTRIES     entries per file (40)
//   BENCH_BIG_ENTRIES      the big file (100000)         BENCH_BIG_ROUNDS  (7)
//   BENCH_GROWTH_ROUNDS    rounds per growth point (3)   BENCH_TIMEOUT     seconds per sample (120)
//   BENCH_GROWTH_COPIES    files per point of the one-value shapes (5)
//   BENCH_MEMORY_ENTRIES   hostile file entries (200000) BENCH_MEMORY_ROUNDS (3)
//   BENCH_CLI_FILES        files for the CLI comparison (2000)
//   BENCH_CLI_ROUNDS       (5)                           BENCH_STARTUP_ROUNDS (15)
//   BENCH_SEED (15)        BENCH_OUT (where to write the results)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, release, totalmem, type } from "node:os";
import { dirname, join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { name, version } from "../lib/meta.js";
import { corpus, hostileLarge, SHAPES, type Shape, writeFiles } from "./corpus.js";
import type { Job, LintResult } from "./lint-child.js";
import { recommendedRules, type Variant, VARIANT_LABEL } from "./variants.js";

// ---------------------------------------------------------------------------------------------
// Settings and places

const QUICK = process.env.BENCH_QUICK === "1";

function envInt(key: string, full: number, quick: number): number {
  const raw = process.env[key];
  if (raw === undefined || raw === "") return QUICK ? quick : full;
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n) || n < 1 || String(n) !== raw.trim()) throw new Error(`${key} must be a positive integer, got "${raw}"`);
  return n;
}

const S = {
  rounds: envInt("BENCH_ROUNDS", 11, 3),
  warmup: envInt("BENCH_WARMUP", 1, 1),
  files: envInt("BENCH_FILES", 300, 60),
  entries: envInt("BENCH_ENTRIES", 40, 40),
  bigEntries: envInt("BENCH_BIG_ENTRIES", 100_000, 10_000),
  bigRounds: envInt("BENCH_BIG_ROUNDS", 7, 2),
  growthRounds: envInt("BENCH_GROWTH_ROUNDS", 3, 1),
  growthCopies: envInt("BENCH_GROWTH_COPIES", 5, 2),
  timeoutS: envInt("BENCH_TIMEOUT", 120, 60),
  memoryEntries: envInt("BENCH_MEMORY_ENTRIES", 200_000, 20_000),
  memoryRounds: envInt("BENCH_MEMORY_ROUNDS", 3, 1),
  cliFiles: envInt("BENCH_CLI_FILES", 2000, 200),
  cliRounds: envInt("BENCH_CLI_ROUNDS", 5, 1),
  startupRounds: envInt("BENCH_STARTUP_ROUNDS", 15, 3),
  seed: envInt("BENCH_SEED", 15, 15),
};
const SECTIONS = ["corpus", "big", "growth", "memory", "cli"] as const;
type Section = (typeof SECTIONS)[number];
const ONLY = new Set<Section>(
  (process.env.BENCH_ONLY ?? SECTIONS.join(","))
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => {
      if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`BENCH_ONLY: unknown section "${s}" (${SECTIONS.join(", ")})`);
      return s as Section;
    }),
);

/** Growth sizes per series; the quick preset keeps the same ratios on smaller files. */
const GROWTH: Record<"entries" | "files" | Exclude<Shape, "entries">, number[]> = QUICK
  ? {
      entries: [300, 1000, 3000, 10_000],
      files: [10, 30, 100, 300],
      equalsRun: [10_000, 30_000, 100_000, 300_000],
      nearMissKeys: [30, 100, 300, 1000],
      hugeBase64: [30_000, 100_000, 300_000, 1_000_000],
    }
  : {
      entries: [1000, 3000, 10_000, 30_000, 100_000],
      files: [30, 100, 300, 1000, 3000],
      equalsRun: [30_000, 100_000, 300_000, 1_000_000, 3_000_000],
      nearMissKeys: [100, 300, 1000, 3000, 10_000],
      hugeBase64: [50_000, 150_000, 500_000, 1_500_000, 4_500_000],
    };
/** Growth samples warm up on this many files of the clean warm-up corpus. */
const GROWTH_WARMUP_FILES = 100;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = join(ROOT, "dist");
const CORPUS = join(ROOT, "bench", "corpus");
const WORK = join(ROOT, "bench", ".work");
const OUT = process.env.BENCH_OUT ? join(process.cwd(), process.env.BENCH_OUT) : QUICK ? join(WORK, "RESULTS.quick.md") : join(ROOT, "bench", "RESULTS.md");

const CHILD = join(DIST, "bench", "lint-child.js");
const SECRETLINT_BIN = join(ROOT, "node_modules", "secretlint", "bin", "secretlint.js");

const log = (line: string): void => void process.stderr.write(`${line}\n`);

function versionOf(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

/** The `docker-config-lint` bin from package.json. */
function cliBin(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin?: Record<string, string> | string };
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.["docker-config-lint"];
  if (bin === undefined) throw new Error("package.json has no docker-config-lint bin");
  return join(ROOT, bin);
}

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

interface Stats {
  min: number;
  median: number;
  max: number;
}

function stats(values: readonly number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return { min: Number.NaN, median: Number.NaN, max: Number.NaN };
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return { min: s[0] as number, median, max: s[s.length - 1] as number };
}

/** Least-squares slope of log(time) against log(size): 1 is linear, 2 quadratic. */
function exponent(points: readonly { size: number; value: number }[]): number {
  const ok = points.filter((p) => p.value > 0 && Number.isFinite(p.value));
  if (ok.length < 2) return Number.NaN;
  const xs = ok.map((p) => Math.log(p.size));
  const ys = ok.map((p) => Math.log(p.value));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] as number) - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

const ms = (n: number): string => (!Number.isFinite(n) ? "—" : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const mib = (kb: number): string => (Number.isFinite(kb) ? (kb / 1024).toFixed(0) : "—");
const times = (r: number): string => (Number.isFinite(r) ? `${r.toFixed(2)}×` : "—");
const expo = (e: number): string => (Number.isFinite(e) ? e.toFixed(2) : "—");
const sst = (s: Stats): string => `${ms(s.min)} / ${ms(s.median)} / ${ms(s.max)}`;
const int = (n: number): string => n.toLocaleString("en-US");

// ---------------------------------------------------------------------------------------------
// Samples

interface Sample {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
}

/** A sample that did not complete: a timeout (the rule is too slow) or a crash (it threw). */
class Failed extends Error {}

let jobCount = 0;

/** One in-process measurement in a fresh process (bench/lint-child.ts). */
function lintChild(job: Job): LintResult {
  const file = join(WORK, "jobs", `${jobCount++}.json`);
  writeFileSync(file, JSON.stringify(job));
  const r = spawnSync(process.execPath, ["--expose-gc", CHILD, file], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    timeout: S.timeoutS * 1000,
    killSignal: "SIGKILL",
    maxBuffer: 1 << 26,
  });
  rmSync(file, { force: true });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT") throw new Failed(`timed out after ${S.timeoutS} s`);
  if (r.error) throw r.error;
  if (r.status !== 0) {
    const why = r.stderr.split("\n").find((l) => /Error|error:/.test(l)) ?? r.stderr.split("\n")[0] ?? "";
    throw new Failed(`exited with ${r.status ?? r.signal}: ${why.trim().slice(0, 200)}`);
  }
  if (r.stderr) log(r.stderr.trimEnd());
  return JSON.parse(r.stdout) as LintResult;
}

interface Whole extends Sample {
  status: number;
}

/**
 * One whole process, as a user runs it: node start-up, loading, linting, formatting, exit; output to
 * /dev/null. Wall time is taken by the shell around the command alone (bash's $EPOCHREALTIME), CPU
 * time is the command's children time (bash's `times`: user + system of the process and what it
 * waited for).
 */
function wholeProcess(argv: readonly string[], ok: readonly number[]): Whole {
  const script = 'exec 3>&1 >/dev/null; s=$EPOCHREALTIME; "$@"; rc=$?; e=$EPOCHREALTIME; { echo "$s $e $rc"; times; } >&3';
  const start = performance.now();
  const r = spawnSync("bash", ["-c", script, "bash", ...argv], {
    cwd: CORPUS,
    env: { ...process.env, LC_ALL: "C", NO_COLOR: "1", FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    timeout: S.timeoutS * 1000,
    killSignal: "SIGKILL",
  });
  const outer = performance.now() - start;
  if (r.error) throw r.error;
  const [head = "", , children = ""] = r.stdout.trim().split("\n");
  const [s, e, rc] = head.split(" ");
  const status = Number(rc);
  if (!ok.includes(status)) throw new Error(`${argv.map((a) => relative(ROOT, a) || a).join(" ")} exited with ${rc}: ${r.stderr.slice(0, 1000)}`);
  const wall = s && e && s !== "" && e !== "" ? (Number(e) - Number(s)) * 1000 : outer;
  const cpu = children.split(" ").reduce((a, t) => {
    const m = /^(\d+)m([\d.]+)s$/.exec(t.trim());
    return m ? a + (Number(m[1]) * 60 + Number(m[2])) * 1000 : a;
  }, 0);
  return { wallMs: wall, cpuMs: cpu, maxRssKb: Number.NaN, status };
}

/** A cell of an interleaved table: one thing measured once per round. */
interface Cell {
  id: string;
  run: () => Sample;
  samples: Sample[];
  failure?: string;
}

/**
 * Each round runs every cell once; the order rotates from round to round so that no cell always
 * runs first or right after the same other cell. A cell that fails (time-out, crash) is not run again.
 */
function interleave(title: string, cells: Cell[], rounds: number): void {
  for (let round = 0; round < rounds; round++) {
    const order = cells.map((_, i) => cells[(i + round) % cells.length] as Cell);
    for (const c of order) {
      if (c.failure !== undefined) continue;
      try {
        const s = c.run();
        c.samples.push(s);
        log(`${title} ${round + 1}/${rounds}  ${c.id}  cpu ${ms(s.cpuMs)} ms  wall ${ms(s.wallMs)} ms${Number.isFinite(s.maxRssKb) ? `  ${mib(s.maxRssKb)} MiB` : ""}`);
      } catch (error) {
        if (!(error instanceof Failed)) throw error;
        c.failure = error.message;
        log(`${title} ${round + 1}/${rounds}  ${c.id}  FAILED: ${error.message}`);
      }
    }
  }
}

const cpuOf = (c: Cell): Stats => stats(c.samples.map((s) => s.cpuMs));
const wallOf = (c: Cell): Stats => stats(c.samples.map((s) => s.wallMs));
const rssOf = (c: Cell): Stats => stats(c.samples.map((s) => s.maxRssKb));

// ---------------------------------------------------------------------------------------------
// Inputs

interface Inputs {
  clean: string[];
  findings: string[];
  cleanWarm: string[];
  findingsWarm: string[];
  big: string;
  growth: Record<keyof typeof GROWTH, string[][]>;
  /** Warm-up files per growth series: clean corpus files, and for the one-value shapes other copies at the smallest size. */
  growthWarm: Record<keyof typeof GROWTH, string[]>;
  hostile: string;
  cliDir: string;
  cliFiles: string[];
  oneClean: string;
  oneFindings: string;
  replay: string;
}

function generate(): Inputs {
  log(`generating the inputs in ${relative(ROOT, CORPUS)}/ (seed ${S.seed})…`);
  rmSync(join(WORK, "jobs"), { recursive: true, force: true });
  mkdirSync(join(WORK, "jobs"), { recursive: true });
  const dir = (d: string): string => join(CORPUS, d);
  const { seed, files, entries } = S;
  const clean = writeFiles(dir("clean"), corpus("clean", seed, "c", files, entries));
  const findings = writeFiles(dir("findings"), corpus("findings", seed, "f", files, entries));
  // Other names and secrets, same shapes: warms the JIT, not the plugin's memos.
  const cleanWarm = writeFiles(dir("clean-warmup"), corpus("clean", seed + 1, "w", files, entries));
  const findingsWarm = writeFiles(dir("findings-warmup"), corpus("findings", seed + 1, "v", files, entries));
  const one = (sub: string, text: string): string => writeFiles(dir(sub), [{ path: "config.json", text }])[0] as string;
  const big = ONLY.has("big") ? one("big", SHAPES.entries(S.bigEntries)) : "";
  const growth = { entries: [], files: [], equalsRun: [], nearMissKeys: [], hugeBase64: [] } as Inputs["growth"];
  const warm = cleanWarm.slice(0, GROWTH_WARMUP_FILES);
  const growthWarm: Inputs["growthWarm"] = { entries: warm, files: warm, equalsRun: warm, nearMissKeys: warm, hugeBase64: warm };
  if (ONLY.has("growth")) {
    const pool = writeFiles(dir("growth/files"), corpus("clean", seed + 2, "p", Math.max(...GROWTH.files), entries));
    growth.files = GROWTH.files.map((n) => pool.slice(0, n));
    growth.entries = GROWTH.entries.map((n) => [one(`growth/entries/${n}`, SHAPES.entries(n))]);
    // The one-value shapes lint a few copies per point: one alone takes too little time to measure.
    for (const shape of ["equalsRun", "nearMissKeys", "hugeBase64"] as const) {
      growth[shape] = GROWTH[shape].map((n) =>
        writeFiles(
          dir(`growth/${shape}/${n}`),
          Array.from({ length: S.growthCopies }, (_, copy) => ({ path: `${copy}/config.json`, text: SHAPES[shape](n, copy) })),
        ),
      );
      // The shape's own code paths get compiled on a copy that is not timed.
      const smallest = GROWTH[shape][0] as number;
      growthWarm[shape] = [
        ...warm,
        ...writeFiles(
          dir(`growth/${shape}/warmup`),
          [{ path: "config.json", text: SHAPES[shape](smallest, S.growthCopies) }],
        ),
      ];
    }
  }
  const hostile = ONLY.has("memory") ? one("hostile", hostileLarge(S.memoryEntries)) : "";
  const cliDir = dir("cli");
  const cliFiles = ONLY.has("cli") ? writeFiles(cliDir, corpus("findings", seed + 3, "x", S.cliFiles, entries)) : [];
  const oneClean = one("one-clean", readFileSync(clean[0] as string, "utf8"));
  const oneFindings = one("one-findings", readFileSync(findings[0] as string, "utf8"));
  writeFileSync(join(WORK, "secretlintrc.json"), JSON.stringify({ rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] }));
  return { clean, findings, cleanWarm, findingsWarm, big, growth, growthWarm, hostile, cliDir, cliFiles, oneClean, oneFindings, replay: join(WORK, "replay.json") };
}

// ---------------------------------------------------------------------------------------------
// What each configuration and tool finds (untimed)

interface Check {
  what: string;
  expected: string;
  got: string;
  ok: boolean;
}

interface Found {
  checks: Check[];
  pluginFindings: LintResult | null;
  cli: { files: number; problems: number } | null;
  secretlint: { files: number; findings: number; byRule: Record<string, number> } | { error: string } | null;
}

const byRuleText = (byRule: Record<string, number>): string =>
  Object.entries(byRule)
    .map(([rule, n]) => `${rule} ${int(n)}`)
    .join(", ") || "none";

function secretlintArgs(target: string, extra: string[] = []): string[] {
  return [process.execPath, SECRETLINT_BIN, target, "--secretlintrc", join(WORK, "secretlintrc.json"), ...extra];
}

function findings(inputs: Inputs): Found {
  log("checking what each configuration and tool reports (untimed)…");
  const checks: Check[] = [];
  const expect = (what: string, expected: string, got: string): void => {
    checks.push({ what, expected, got, ok: expected === got });
    if (expected !== got) log(`WARNING: ${what}: expected ${expected}, got ${got}`);
  };
  const total = (r: LintResult): number => r.errors + r.warnings + r.fatal;
  const messages = (r: LintResult): string => (total(r) === 0 ? "0 messages" : `${total(r)} messages (${byRuleText(r.byRule)})`);
  const entries = S.files * S.entries;
  const cleanR = lintChild({ variant: "plugin", files: inputs.clean });
  expect("plugin on the clean corpus", "0 messages", messages(cleanR));
  const pluginF = lintChild({ variant: "plugin", files: inputs.findings, dump: inputs.replay });
  expect(
    "plugin on the findings corpus",
    `${entries} warnings, all no-plaintext-credentials, ${entries} suggestions`,
    `${pluginF.warnings + pluginF.errors + pluginF.fatal === pluginF.warnings && pluginF.byRule["docker-config/no-plaintext-credentials"] === pluginF.warnings ? `${pluginF.warnings} warnings, all no-plaintext-credentials` : messages(pluginF)}, ${pluginF.suggestions} suggestions`,
  );
  const reportF = lintChild({ variant: "report", files: inputs.findings, replay: inputs.replay });
  expect(
    "report floor on the findings corpus",
    `${total(pluginF)} warnings, ${total(pluginF)} suggestions, the plugin's messages`,
    `${reportF.warnings} warnings, ${reportF.suggestions} suggestions, ${reportF.digest === pluginF.digest ? "the plugin's messages" : "other messages"}`,
  );
  const noopF = lintChild({ variant: "noop", files: inputs.findings });
  expect("no-op floor on the findings corpus", "0 messages, files linted", `${total(noopF)} messages, ${noopF.files === S.files ? "files linted" : `${noopF.files} files`}`);
  if (ONLY.has("big")) {
    const bigR = lintChild({ variant: "plugin", files: [inputs.big] });
    expect(`plugin on the ${int(S.bigEntries)}-entry file`, "0 messages", messages(bigR));
  }
  let cli: Found["cli"] = null;
  let secretlint: Found["secretlint"] = null;
  if (ONLY.has("cli")) {
    const json = (argv: string[]): { filePath: string; errorCount: number; warningCount: number }[] => {
      const r = spawnSync(process.execPath, argv, { cwd: CORPUS, encoding: "utf8", maxBuffer: 1 << 30 });
      if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(" ")}: exit ${r.status ?? r.signal}: ${r.stderr.slice(0, 500)}`);
      return JSON.parse(r.stdout) as { filePath: string; errorCount: number; warningCount: number }[];
    };
    const problems = (rs: { errorCount: number; warningCount: number }[]): number => rs.reduce((a, r) => a + r.errorCount + r.warningCount, 0);
    // --no-ignore: the corpus sits in bench/corpus/, which .gitignore lists.
    const dcl = json([cliBin(), "--no-ignore", "--format", "json", inputs.cliDir]);
    cli = { files: dcl.length, problems: problems(dcl) };
    expect(`docker-config-lint on the ${int(S.cliFiles)}-file corpus`, `${S.cliFiles} files, ${S.cliFiles * S.entries} problems`, `${cli.files} files, ${cli.problems} problems`);
    expect("docker-config-lint on one clean file", "0 problems", `${problems(json([cliBin(), "--format", "json", inputs.oneClean]))} problems`);
    expect("docker-config-lint on one file with findings", `${S.entries} problems`, `${problems(json([cliBin(), "--format", "json", inputs.oneFindings]))} problems`);
    try {
      const out = join(WORK, "secretlint.json");
      const [node, ...args] = secretlintArgs(`${inputs.cliDir}/**/*`, ["--format", "json", "--output", out]);
      const r = spawnSync(node as string, args, { cwd: CORPUS, encoding: "utf8" });
      if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status ?? r.signal}: ${(r.stderr || r.stdout).slice(0, 300)}`);
      const results = JSON.parse(readFileSync(out, "utf8")) as { filePath: string; messages: { ruleId: string }[] }[];
      const byRule: Record<string, number> = {};
      for (const m of results.flatMap((x) => x.messages)) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
      secretlint = { files: results.length, findings: results.reduce((a, x) => a + x.messages.length, 0), byRule };
      expect(`secretlint on the ${int(S.cliFiles)}-file corpus`, `${S.cliFiles} files`, `${secretlint.files} files`);
    } catch (error) {
      secretlint = { error: (error as Error).message.split("\n")[0] ?? "" };
      log(`secretlint did not run: ${secretlint.error}`);
    }
  }
  return { checks, pluginFindings: pluginF, cli, secretlint };
}

// ---------------------------------------------------------------------------------------------
// Sections

function inProcessCell(id: string, variant: Variant, files: string[], warmup: string[], replay?: string): Cell {
  return {
    id,
    samples: [],
    run: () => {
      const r = lintChild({ variant, files, warmup, warmupPasses: S.warmup, ...(replay ? { replay } : {}) });
      if (r.fatal > 0 || r.files !== files.length) throw new Error(`${id}: ${r.fatal} fatal messages over ${r.files} files: it did not lint what it should`);
      return r;
    },
  };
}

interface CorpusCells {
  noopClean: Cell;
  pluginClean: Cell;
  noopFindings: Cell;
  reportFindings: Cell;
  pluginFindings: Cell;
}

function corpusSection(inputs: Inputs): CorpusCells {
  const c: CorpusCells = {
    noopClean: inProcessCell("clean: no-op floor", "noop", inputs.clean, inputs.cleanWarm),
    pluginClean: inProcessCell("clean: plugin", "plugin", inputs.clean, inputs.cleanWarm),
    noopFindings: inProcessCell("findings: no-op floor", "noop", inputs.findings, inputs.findingsWarm),
    reportFindings: inProcessCell("findings: report floor", "report", inputs.findings, inputs.findingsWarm, inputs.replay),
    pluginFindings: inProcessCell("findings: plugin", "plugin", inputs.findings, inputs.findingsWarm),
  };
  interleave("corpus", Object.values(c), S.rounds);
  return c;
}

function bigSection(inputs: Inputs): { noop: Cell; plugin: Cell } {
  const warm = inputs.cleanWarm.slice(0, GROWTH_WARMUP_FILES);
  const c = { noop: inProcessCell("big: no-op floor", "noop", [inputs.big], warm), plugin: inProcessCell("big: plugin", "plugin", [inputs.big], warm) };
  interleave("big", Object.values(c), S.bigRounds);
  return c;
}

interface Series {
  key: keyof typeof GROWTH;
  title: string;
  unit: string;
  points: { size: number; noop: Cell; plugin: Cell }[];
}

const SERIES_TITLE: Record<keyof typeof GROWTH, [string, string]> = {
  entries: ["entries in one clean file", "entries"],
  files: [`clean files of ${S.entries} entries`, "files"],
  equalsRun: [`runs of \`=\` in \`auth\` (one that ends the value, one that does not; ${S.growthCopies} files per point)`, "characters"],
  nearMissKeys: [`near-miss keys in one entry (case variants of \`identitytoken\`, misspellings of \`registrytoken\`; ${S.growthCopies} files per point)`, "keys"],
  hugeBase64: [`one valid base64 \`auth\` (${S.growthCopies} files per point)`, "characters"],
};

function growthSection(inputs: Inputs): Series[] {
  return (Object.keys(GROWTH) as (keyof typeof GROWTH)[]).map((key) => {
    const [title, unit] = SERIES_TITLE[key];
    log(`growth: ${title}…`);
    const warm = inputs.growthWarm[key];
    const points = GROWTH[key].map((size, i) => {
      const files = inputs.growth[key][i] as string[];
      return { size, noop: inProcessCell(`${key} ${size}: no-op floor`, "noop", files, warm), plugin: inProcessCell(`${key} ${size}: plugin`, "plugin", files, warm) };
    });
    // Interleaved per point; the sizes in increasing order, and once a size fails the larger ones
    // are not tried (they would only fail later).
    let failedAt: string | undefined;
    for (const p of points) {
      if (failedAt !== undefined) {
        p.plugin.failure = `not run: a smaller size failed (${failedAt})`;
        continue;
      }
      interleave(`growth ${key}`, [p.noop, p.plugin], S.growthRounds);
      if (p.plugin.failure !== undefined) failedAt = `${int(p.size)} ${unit}: ${p.plugin.failure}`;
    }
    return { key, title, unit, points };
  });
}

function memorySection(inputs: Inputs): { noop: Cell; plugin: Cell } {
  // No warm-up: the peak of one run over the file, as `eslint` on it would reach.
  const cell = (variant: Variant): Cell => ({
    id: `hostile: ${variant}`,
    samples: [],
    run: () => lintChild({ variant, files: [inputs.hostile] }),
  });
  const c = { noop: cell("noop"), plugin: cell("plugin") };
  interleave("memory", Object.values(c), S.memoryRounds);
  return c;
}

interface CliCells {
  node: Cell;
  dclClean: Cell;
  dclFindings: Cell;
  slClean: Cell;
  slFindings: Cell;
  dclCorpus: Cell;
  slCorpus: Cell;
}

function cliSection(inputs: Inputs, found: Found): CliCells {
  const whole = (id: string, argv: string[]): Cell => ({ id, samples: [], run: () => wholeProcess(argv, [0, 1]) });
  const sl = found.secretlint !== null && !("error" in found.secretlint);
  const c: CliCells = {
    node: whole("node -e 0", [process.execPath, "-e", "0"]),
    dclClean: whole("docker-config-lint, one clean file", [process.execPath, cliBin(), inputs.oneClean]),
    dclFindings: whole("docker-config-lint, one file with findings", [process.execPath, cliBin(), inputs.oneFindings]),
    slClean: whole("secretlint, one clean file", secretlintArgs(inputs.oneClean)),
    slFindings: whole("secretlint, one file with findings", secretlintArgs(inputs.oneFindings)),
    dclCorpus: whole(`docker-config-lint, ${S.cliFiles} files`, [process.execPath, cliBin(), "--no-ignore", inputs.cliDir]),
    slCorpus: whole(`secretlint, ${S.cliFiles} files`, secretlintArgs(`${inputs.cliDir}/**/*`)),
  };
  if (!sl) for (const cell of [c.slClean, c.slFindings, c.slCorpus]) cell.failure = "secretlint did not run";
  interleave("start-up", [c.node, c.dclClean, c.dclFindings, c.slClean, c.slFindings].filter((x) => x.failure === undefined), S.startupRounds);
  interleave("cli corpus", [c.dclCorpus, c.slCorpus].filter((x) => x.failure === undefined), S.cliRounds);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Report

interface Target {
  measure: string;
  target: string;
  measured: string;
  ok: boolean | null;
}

function gitCommit(): string {
  const r = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" });
  const dirty = spawnSync("git", ["status", "--porcelain", "--", "lib", "rules"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) return "unknown";
  return `${r.stdout.trim()}${dirty.stdout.trim() ? " (lib/ or rules/ modified)" : ""}`;
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
const loadAtStart = load();

/** The ratio of two cells' medians (and of their minimums), or null when either has no samples. */
function ratio(a: Cell | undefined, b: Cell | undefined, of: (c: Cell) => Stats): { median: number; min: number } | null {
  if (!a || !b || a.samples.length === 0 || b.samples.length === 0) return null;
  return { median: of(a).median / of(b).median, min: of(a).min / of(b).min };
}

const ratioText = (r: { median: number; min: number } | null): string => (r === null ? "—" : `${times(r.median)} (min ${times(r.min)})`);

function cellRow(label: string, c: Cell, extra = ""): string {
  if (c.samples.length === 0) return `| ${label} | ${c.failure ?? "not run"} | | ${extra}`;
  return `| ${label} | ${sst(cpuOf(c))} | ${sst(wallOf(c))} |${extra}`;
}

interface Measured {
  corpus?: CorpusCells;
  big?: { noop: Cell; plugin: Cell };
  growth?: Series[];
  memory?: { noop: Cell; plugin: Cell };
  cli?: CliCells;
}

function seriesExponents(s: Series): { all: number; upper: number; floorAll: number; own: number; failure?: string } {
  const done = s.points.filter((p) => p.plugin.samples.length > 0 && p.noop.samples.length > 0);
  const failure = s.points.find((p) => p.plugin.failure !== undefined && !p.plugin.failure.startsWith("not run"))?.plugin.failure;
  const pts = (f: (p: (typeof done)[number]) => number) => done.map((p) => ({ size: p.size, value: f(p) }));
  const plugin = pts((p) => cpuOf(p.plugin).median);
  return {
    all: exponent(plugin),
    upper: exponent(plugin.slice(-3)),
    floorAll: exponent(pts((p) => cpuOf(p.noop).median)),
    own: exponent(pts((p) => cpuOf(p.plugin).median - cpuOf(p.noop).median).slice(-3)),
    ...(failure !== undefined ? { failure: `${int(s.points.find((p) => p.plugin.failure === failure)?.size ?? 0)} ${s.unit}: ${failure}` } : {}),
  };
}

function report(inputs: Inputs, found: Found, m: Measured, seconds: number): string {
  const lines: string[] = [];
  const add = (...l: string[]): void => void lines.push(...l);
  const cpu = cpus();
  const targets: Target[] = [];
  const target = (measure: string, r: { median: number; min: number } | null, limit: number, basis: string): void => {
    targets.push({ measure, target: `≤ ${limit.toFixed(2)}× (${basis})`, measured: ratioText(r), ok: r === null ? null : r.median <= limit });
  };

  add(
    QUICK ? "# Benchmark results (BENCH_QUICK: a check of the harness, not a measurement)" : "# Benchmark results",
    "",
    `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand, rerun it.`,
    "Every ratio below is between samples of this one run on this one machine.",
    "",
    "| | |",
    "| --- | --- |",
    `| CPU | ${cpu[0]?.model ?? "unknown"} × ${cpu.length} |`,
    `| memory | ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the end) |`,
    `| OS | ${type()} ${release()} |`,
    `| Node.js | ${process.version} |`,
    `| ESLint | ${versionOf("eslint")} |`,
    `| jsonc-eslint-parser | ${versionOf("jsonc-eslint-parser")} |`,
    `| secretlint | ${versionOf("secretlint")} with @secretlint/secretlint-rule-preset-recommend ${versionOf("@secretlint/secretlint-rule-preset-recommend")} |`,
    `| plugin | ${name} ${version}, commit ${gitCommit()} |`,
    `| \`configs.recommended\` | ${recommendedRules().join(", ")} |`,
    `| settings | ${Object.entries(S)
      .map(([k, v]) => `${k} ${int(v)}`)
      .join(", ")}; sections ${[...ONLY].join(", ")}; total run ${Math.round(seconds)} s |`,
    `| load average (1 / 5 / 15 min) | ${loadAtStart} at the start, ${load()} at the end; other work on the machine slows samples unevenly |`,
    "",
    "## How it measures",
    "",
    "- **In one process** (corpus, big file, growth, memory): each sample is a fresh Node process",
    "  (bench/lint-child.ts) that reads the files, prepares the config once as the `eslint` command does,",
    `  lints ${S.warmup === 1 ? "a warm-up corpus once" : `a warm-up corpus ${S.warmup} times`} (other files of the same shape, so that no memo of the plugin answers`,
    "  for the timed files), collects the garbage, then times one `Linter#verify` pass over the files,",
    "  keeping the messages as the `eslint` command does until it formats them:",
    "  CPU time (user + system, every thread: GC included) and wall time. Peak memory is the process's",
    "  maximum resident set size, in a process that lints the file once without warm-up.",
    "- **Whole process** (cli): the command as a user runs it, output to /dev/null; wall time around the",
    "  command alone, CPU time of the process and its children.",
    "- **Rounds**: every round runs each cell of a table once, in an order that rotates from round to round.",
    "  Tables give min / median / max; ratios are of medians (and of minimums, in brackets).",
    "- **Floors**: the no-op floor is ESLint with jsonc-eslint-parser and one rule that visits every node",
    "  and does nothing; the report floor adds a rule that makes the plugin's reports, each with one",
    "  suggestion: the plugin's message templates, data and locations, recorded from its own run on the",
    "  same files (bench/floor.ts; the check above compares the messages).",
    "",
    "## Inputs and what they give",
    "",
    `- clean corpus: ${S.files} \`config.json\` × ${S.entries} entries, canonical keys, \`credsStore\` set, every entry \`{}\`.`,
    `- findings corpus: ${S.files} \`config.json\` × ${S.entries} entries, canonical keys, no credential helper; three`,
    "  entries in four an `auth`, one in four a `username` and a GitHub-token `password`.",
    `- big file: one clean \`config.json\` with ${int(S.bigEntries)} entries. Hostile file: the LARGE case of`,
    `  tests/properties/hostile-input.test.ts (${int(S.memoryEntries)} entries with \`auth\` and \`email\`, ${(Buffer.byteLength(inputs.hostile ? readFileSync(inputs.hostile) : "") / 1e6).toFixed(0)} MB).`,
    `- CLI corpus: ${int(S.cliFiles)} files shaped as the findings corpus. One clean file and one file with findings:`,
    "  the first file of each corpus.",
    "",
    "| check (untimed) | expected | got | |",
    "| --- | --- | --- | --- |",
    ...found.checks.map((c) => `| ${c.what} | ${c.expected} | ${c.got} | ${c.ok ? "ok" : "**differs**"} |`),
    "",
  );
  if (found.secretlint !== null) {
    add(
      "error" in found.secretlint
        ? `secretlint did not run: ${found.secretlint.error}`
        : `secretlint on the CLI corpus: ${int(found.secretlint.findings)} findings over ${int(found.secretlint.files)} files (${byRuleText(found.secretlint.byRule)}); docker-config-lint: ${int(found.cli?.problems ?? 0)} problems.`,
      "",
    );
  }

  if (m.corpus) {
    const c = m.corpus;
    add(
      `## Corpus: ${S.files} files × ${S.entries} entries, in one process (${S.rounds} rounds)`,
      "",
      "| corpus: configuration | CPU ms min / median / max | wall ms min / median / max |",
      "| --- | ---: | ---: |",
      cellRow("clean: no-op floor", c.noopClean),
      cellRow("clean: plugin", c.pluginClean),
      cellRow("findings: no-op floor", c.noopFindings),
      cellRow("findings: report floor", c.reportFindings),
      cellRow("findings: plugin", c.pluginFindings),
      "",
      "| ratio | CPU | wall |",
      "| --- | ---: | ---: |",
      `| clean: plugin / no-op floor | ${ratioText(ratio(c.pluginClean, c.noopClean, cpuOf))} | ${ratioText(ratio(c.pluginClean, c.noopClean, wallOf))} |`,
      `| findings: plugin / report floor | ${ratioText(ratio(c.pluginFindings, c.reportFindings, cpuOf))} | ${ratioText(ratio(c.pluginFindings, c.reportFindings, wallOf))} |`,
      `| findings: report floor / no-op floor (ESLint's cost of the reports) | ${ratioText(ratio(c.reportFindings, c.noopFindings, cpuOf))} | ${ratioText(ratio(c.reportFindings, c.noopFindings, wallOf))} |`,
      `| findings: plugin / no-op floor | ${ratioText(ratio(c.pluginFindings, c.noopFindings, cpuOf))} | ${ratioText(ratio(c.pluginFindings, c.noopFindings, wallOf))} |`,
      "",
    );
    target("plugin over the no-op floor, clean corpus", ratio(c.pluginClean, c.noopClean, cpuOf), 1.1, "CPU");
    target("plugin over the report floor, findings corpus", ratio(c.pluginFindings, c.reportFindings, cpuOf), 1.1, "CPU");
  }

  if (m.big) {
    add(
      `## Big file: ${int(S.bigEntries)} entries without findings, in one process (${S.bigRounds} rounds)`,
      "",
      "| configuration | CPU ms min / median / max | wall ms min / median / max |",
      "| --- | ---: | ---: |",
      cellRow(VARIANT_LABEL.noop, m.big.noop),
      cellRow(VARIANT_LABEL.plugin, m.big.plugin),
      "",
      `Plugin / no-op floor: CPU ${ratioText(ratio(m.big.plugin, m.big.noop, cpuOf))}, wall ${ratioText(ratio(m.big.plugin, m.big.noop, wallOf))}.`,
      "",
    );
    target(`${int(S.bigEntries)}-entry file without findings, over its floor`, ratio(m.big.plugin, m.big.noop, cpuOf), 1.2, "CPU");
  }

  if (m.growth) {
    add(
      `## Growth (${S.growthRounds} rounds per point, in one process)`,
      "",
      "CPU ms, median (min–max) for each size. The exponent is the least-squares slope of log(CPU time) against",
      "log(size) of the plugin's medians: over all points, and over the largest three, where a fixed cost per",
      "run no longer hides a superlinear term. `own` fits the plugin's time minus the floor's over the",
      "largest three (noisy where the difference is small).",
      "",
    );
    for (const s of m.growth) {
      const e = seriesExponents(s);
      add(`### ${s.title}`, "", `| ${s.unit} | no-op floor | plugin | plugin / floor |`, "| ---: | ---: | ---: | ---: |");
      for (const p of s.points) {
        const cell = (c: Cell): string => (c.samples.length === 0 ? (c.failure ?? "not run") : `${ms(cpuOf(c).median)} (${ms(cpuOf(c).min)}–${ms(cpuOf(c).max)})`);
        const r = ratio(p.plugin, p.noop, cpuOf);
        add(`| ${int(p.size)} | ${cell(p.noop)} | ${cell(p.plugin)} | ${r === null ? "—" : times(r.median)} |`);
      }
      add(
        "",
        `Exponent: plugin **${expo(e.all)}** over all points, **${expo(e.upper)}** over the largest three; no-op floor ${expo(e.floorAll)}; own ${expo(e.own)}.${e.failure ? ` The plugin failed at ${e.failure}.` : ""}`,
        "",
      );
      targets.push({
        measure: `growth: ${s.title}`,
        target: "exponent ≤ 1.1 (all points and largest three)",
        measured: e.failure ? `failed at ${e.failure}` : `${expo(e.all)} / ${expo(e.upper)}`,
        ok: e.failure ? false : Number.isFinite(e.all) && Number.isFinite(e.upper) ? Math.max(e.all, e.upper) <= 1.1 : null,
      });
    }
  }

  if (m.memory) {
    add(
      `## Peak memory: the hostile file (${S.memoryRounds} rounds, one lint per process, no warm-up)`,
      "",
      "| configuration | peak RSS MiB min / median / max | CPU ms median | wall ms median |",
      "| --- | ---: | ---: | ---: |",
      ...[
        ["no-op floor", m.memory.noop],
        ["plugin", m.memory.plugin],
      ].map(([label, c]) => {
        const cell = c as Cell;
        if (cell.samples.length === 0) return `| ${String(label)} | ${cell.failure ?? "not run"} | | |`;
        const r = rssOf(cell);
        return `| ${String(label)} | ${mib(r.min)} / ${mib(r.median)} / ${mib(r.max)} | ${ms(cpuOf(cell).median)} | ${ms(wallOf(cell).median)} |`;
      }),
      "",
    );
    target("peak memory on the hostile file, over the no-op floor's", ratio(m.memory.plugin, m.memory.noop, rssOf), 1.5, "peak RSS");
  }

  if (m.cli) {
    const c = m.cli;
    add(
      `## The command, whole process (${S.startupRounds} rounds for one file, ${S.cliRounds} for ${int(S.cliFiles)} files)`,
      "",
      "| work | CPU ms min / median / max | wall ms min / median / max | wall / `node -e 0` |",
      "| --- | ---: | ---: | ---: |",
      cellRow("`node -e 0`", c.node, " 1.00× |"),
      cellRow("docker-config-lint, one clean file", c.dclClean, ` ${ratioText(ratio(c.dclClean, c.node, wallOf))} |`),
      cellRow(`secretlint ${versionOf("secretlint")}, one clean file`, c.slClean, ` ${ratioText(ratio(c.slClean, c.node, wallOf))} |`),
      cellRow("docker-config-lint, one file with findings", c.dclFindings, ` ${ratioText(ratio(c.dclFindings, c.node, wallOf))} |`),
      cellRow(`secretlint ${versionOf("secretlint")}, one file with findings`, c.slFindings, ` ${ratioText(ratio(c.slFindings, c.node, wallOf))} |`),
      cellRow(`docker-config-lint, ${int(S.cliFiles)} files`, c.dclCorpus, " |"),
      cellRow(`secretlint ${versionOf("secretlint")}, ${int(S.cliFiles)} files`, c.slCorpus, " |"),
      "",
      `docker-config-lint / secretlint on ${int(S.cliFiles)} files: wall ${ratioText(ratio(c.dclCorpus, c.slCorpus, wallOf))}, CPU ${ratioText(ratio(c.dclCorpus, c.slCorpus, cpuOf))}.`,
      "",
    );
    target("`docker-config-lint` on one clean file, over `node -e 0`", ratio(c.dclClean, c.node, wallOf), 1.5, "wall");
    target("`docker-config-lint` on one file with findings, over `node -e 0`", ratio(c.dclFindings, c.node, wallOf), 2.5, "wall");
    target(`\`docker-config-lint\` on ${int(S.cliFiles)} files, over secretlint ${versionOf("secretlint")}`, ratio(c.dclCorpus, c.slCorpus, wallOf), 1.0, "wall");
  }

  const verdict = (ok: boolean | null): string => (ok === null ? "not measured" : ok ? "**met**" : "**not met**");
  const table = [
    "## Targets (issue 15)",
    "",
    "| measure | target | measured: median (min) | |",
    "| --- | --- | --- | --- |",
    ...targets.map((t) => `| ${t.measure} | ${t.target} | ${t.measured} | ${verdict(t.ok)} |`),
    "",
  ];
  if (found.checks.some((c) => !c.ok)) table.push("**Some inputs did not give what they should (see the checks above): read the ratios with that in mind.**", "");
  // The targets first, after the machine table.
  const at = lines.indexOf("## How it measures");
  lines.splice(at, 0, ...table);
  return `${lines.join("\n")}\n`;
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const started = performance.now();
  if (!existsSync(CHILD)) throw new Error("dist/bench is missing: run `npm run bench`, which builds first");
  if (QUICK) log("BENCH_QUICK=1: small sizes and few rounds; the results go to bench/.work/ and are not measurements");
  const inputs = generate();
  const found = findings(inputs);
  const measured: Measured = {};
  if (ONLY.has("corpus")) measured.corpus = corpusSection(inputs);
  if (ONLY.has("big")) measured.big = bigSection(inputs);
  if (ONLY.has("growth")) measured.growth = growthSection(inputs);
  if (ONLY.has("memory")) measured.memory = memorySection(inputs);
  if (ONLY.has("cli")) measured.cli = cliSection(inputs, found);
  const text = report(inputs, found, measured, (performance.now() - started) / 1000);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  process.stdout.write(text);
  log(`wrote ${relative(process.cwd(), OUT)}`);
}

main();
