// Where the plugin's own time goes: a V8 CPU profile (`node --cpu-prof`) of `Linter#verify` with
// `configs.recommended` (bench/lint-child.ts, after a warm-up on other files of the same shape),
// summarised per rule, per plugin module and per function. Not a measurement of ratios (that is
// bench/run.ts); a map of the time.
//
//   node dist/bench/profile.js      (after `npm run bench`, or its build steps, has built dist/bench)
//
// The plugin is profiled, then the floor it is compared with on that corpus (no-op floor on the clean
// one, report floor on the one with findings), and the summary sets them side by side.
// Environment: BENCH_PROFILE_CORPUS (clean | findings, default clean), BENCH_PROFILE_PASSES (corpora
// of BENCH_FILES files, each linted once, default 10), BENCH_FILES, BENCH_ENTRIES, BENCH_SEED,
// BENCH_PROFILE_VARIANT (default plugin). Writes bench/.work/profile/summary.md and the .cpuprofile files.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { corpus, type CorpusKind, writeFiles } from "./corpus.js";
import type { Job } from "./lint-child.js";
import type { Variant } from "./variants.js";

const env = (key: string, fallback: string): string => process.env[key] || fallback;
const kind = env("BENCH_PROFILE_CORPUS", "clean") as CorpusKind;
const variant = env("BENCH_PROFILE_VARIANT", "plugin") as Variant;
const passes = Number(env("BENCH_PROFILE_PASSES", "10"));
const files = Number(env("BENCH_FILES", "300"));
const entries = Number(env("BENCH_ENTRIES", "40"));
const seed = Number(env("BENCH_SEED", "15"));

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "bench", ".work", "profile");
const CHILD = join(ROOT, "dist", "bench", "lint-child.js");

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function profile(variant: Variant, timed: string[], warm: string[], replay?: string): Profile {
  const dir = join(OUT, variant);
  mkdirSync(dir, { recursive: true });
  const jobFile = join(dir, "job.json");
  const job: Job = { variant, files: timed, warmup: warm, warmupPasses: 2, ...(replay ? { replay } : {}) };
  writeFileSync(jobFile, JSON.stringify(job));
  process.stderr.write(`profiling ${variant} on ${passes} × ${files} ${kind} files of ${entries} entries…\n`);
  const r = spawnSync(process.execPath, ["--expose-gc", "--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", "200", CHILD, jobFile], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) throw new Error(`lint-child failed: ${r.status ?? r.signal}`);
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("no .cpuprofile written");
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as Profile;
}

function main(): void {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const dir = join(ROOT, "bench", "corpus", "profile");
  // `passes` corpora of the same shape with other names and secrets, each linted once: passes over the
  // same files would answer every key from the plugin's memos after the first.
  const timed: string[] = [];
  for (let i = 0; i < passes; i++) {
    timed.push(...writeFiles(join(dir, `${kind}-${i}`), corpus(kind, seed + 10 + i, `${kind === "clean" ? "c" : "f"}${i}-`, files, entries)));
  }
  const warm = writeFiles(join(dir, `${kind}-warmup`), corpus(kind, seed + 1, kind === "clean" ? "w" : "v", files, entries));
  // The floor the plugin is compared with on this corpus, profiled the same way, for the difference.
  const floor: Variant = kind === "clean" ? "noop" : "report";
  let replay: string | undefined;
  if (floor === "report") {
    // What the report floor replays: the plugin's own reports on these files.
    replay = join(OUT, "replay.json");
    const jobFile = join(OUT, "dump.json");
    writeFileSync(jobFile, JSON.stringify({ variant: "plugin", files: timed, dump: replay } satisfies Job));
    const r = spawnSync(process.execPath, [CHILD, jobFile], { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) throw new Error(`lint-child (dump) failed: ${r.status ?? r.signal}`);
  }
  const text = summarise(analyse(profile(variant, timed, warm)), analyse(profile(floor, timed, warm, replay)), floor);
  writeFileSync(join(OUT, "summary.md"), text);
  process.stdout.write(text);
  process.stderr.write(`wrote ${relative(process.cwd(), join(OUT, "summary.md"))} and the .cpuprofile files beside it\n`);
}

/** Where a script belongs: the plugin's own modules by path, everything else by package. */
function owner(url: string): string {
  const dist = url.indexOf("/dist/");
  if (dist !== -1 && !url.includes("/node_modules/")) return url.slice(dist + "/dist/".length).replace(/\.js$/, "");
  const nm = url.lastIndexOf("/node_modules/");
  if (nm !== -1) {
    const rest = url.slice(nm + "/node_modules/".length).split("/");
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1] ?? ""}` : (rest[0] ?? url);
  }
  if (url.startsWith("node:")) return "node";
  return url === "" ? "(native / V8)" : url;
}

const isPlugin = (url: string): boolean => url.includes("/dist/lib/") || url.includes("/dist/rules/");
/** The rule a plugin frame belongs to: rules/X and lib/core/checks/X. */
function ruleOf(url: string): string | null {
  const m = /\/dist\/(?:rules|lib\/core\/checks)\/([^/]+)\.js$/.exec(url);
  return m ? (m[1] as string) : null;
}

interface Analysis {
  total: { all: number; verify: number; gc: number };
  category: Map<string, number>;
  perRule: Map<string, { all: number; eslint: number }>;
  selfPlugin: Map<string, number>;
  /** Self time of non-plugin functions called (directly or not) from the plugin. */
  calledFromPlugin: Map<string, number>;
  /** Self time under verify by module (package or plugin module). */
  byModule: Map<string, number>;
  /** Self time under verify by function, outside the plugin's frames. */
  byFunction: Map<string, number>;
}

const add = (m: Map<string, number>, k: string, v: number): void => void m.set(k, (m.get(k) ?? 0) + v);

function analyse(p: Profile): Analysis {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Each sample counts as one sampling interval (the median gap between samples). Weighting by the
  // gap that follows each sample instead would hand the time the process spent descheduled (a loaded
  // machine) to whatever ran next; counting samples approximates CPU time.
  const gaps = [...p.timeDeltas].sort((x, y) => x - y);
  const interval = (gaps[Math.floor(gaps.length / 2)] ?? 0) / 1000;
  const weight = p.samples.map(() => interval);
  const a: Analysis = {
    total: { all: 0, verify: 0, gc: 0 },
    category: new Map(),
    perRule: new Map(),
    selfPlugin: new Map(),
    calledFromPlugin: new Map(),
    byModule: new Map(),
    byFunction: new Map(),
  };
  const frameName = (n: ProfileNode): string => `${n.callFrame.functionName || "(anonymous)"} ${owner(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

  p.samples.forEach((id, i) => {
    const w = weight[i] as number;
    a.total.all += w;
    const leaf = byId.get(id) as ProfileNode;
    if (leaf.callFrame.functionName === "(garbage collector)") {
      a.total.gc += w;
      add(a.category, "garbage collection (V8 does not say for whom)", w);
      return;
    }
    // stack[0] is the leaf.
    const stack: ProfileNode[] = [];
    for (let n: ProfileNode | undefined = leaf; n; n = parent.has(n.id) ? byId.get(parent.get(n.id) as number) : undefined) stack.push(n);
    if (!stack.some((n) => n.callFrame.functionName === "verify" && n.callFrame.url.includes("/eslint/lib/linter/"))) {
      add(a.category, "outside Linter#verify (start-up, reading files)", w);
      return;
    }
    a.total.verify += w;
    add(a.byModule, owner(leaf.callFrame.url), w);
    const innermostPlugin = stack.findIndex((n) => isPlugin(n.callFrame.url));
    if (innermostPlugin === -1) {
      add(a.category, "ESLint and the parser (no plugin frame on the stack)", w);
      add(a.byFunction, frameName(leaf), w);
      return;
    }
    add(a.category, "the plugin (a plugin frame on the stack)", w);
    const rule =
      stack
        .map((n) => ruleOf(n.callFrame.url))
        .reverse()
        .find((x) => x !== null) ?? "(shared: lib/eslint, lib/core model)";
    const r = a.perRule.get(rule) ?? { all: 0, eslint: 0 };
    r.all += w;
    if (innermostPlugin > 0) {
      r.eslint += w;
      add(a.calledFromPlugin, frameName(leaf), w);
    } else {
      add(a.selfPlugin, frameName(leaf), w);
    }
    a.perRule.set(rule, r);
  });
  return a;
}

function summarise(plugin: Analysis, floor: Analysis, floorName: Variant): string {
  const lines: string[] = [];
  const of = plugin.total.verify + plugin.total.gc;
  const pct = (v: number, d: number): string => `${((100 * v) / d).toFixed(1)}%`;
  const top = (m: Map<string, number>, n: number) => [...m].sort((x, y) => y[1] - x[1]).slice(0, n);
  const diff = (x: Map<string, number>, y: Map<string, number>): Map<string, number> => {
    const d = new Map<string, number>();
    for (const k of new Set([...x.keys(), ...y.keys()])) d.set(k, (x.get(k) ?? 0) - (y.get(k) ?? 0));
    return d;
  };
  const per = (v: number): string => (v / passes).toFixed(1);
  lines.push(
    `# CPU profile: ${variant} against the ${floorName} floor, ${kind} corpus (${files} files × ${entries} entries)`,
    "",
    `Samples × the sampling interval, per ${files} files (${passes} × ${files} files of this shape, each linted once, after 2`,
    "warm-up passes over other files):",
    "about the main thread's CPU time. GC on V8's helper threads is not in a CPU profile; the",
    "\"garbage collection\" row is the main thread's share of it.",
    "",
    `| | ${variant} ms/pass | ${floorName} floor ms/pass |`,
    "| --- | ---: | ---: |",
    `| under \`Linter#verify\` | ${per(plugin.total.verify)} | ${per(floor.total.verify)} |`,
    `| garbage collection | ${per(plugin.total.gc)} | ${per(floor.total.gc)} |`,
    ...top(plugin.category, 10)
      .filter(([k]) => !k.startsWith("garbage"))
      .map(([k, v]) => `| ${k} | ${per(v)} | ${per(floor.category.get(k) ?? 0)} |`),
    "",
    "## Per rule (the outermost rule module on the stack; shared plugin code where there is none)",
    "",
    `| rule | ms/pass | of which in ESLint or Node, called from the rule | share of verify + GC |`,
    "| --- | ---: | ---: | ---: |",
    ...[...plugin.perRule].sort((x, y) => y[1].all - x[1].all).map(([k, v]) => `| ${k} | ${per(v.all)} | ${per(v.eslint)} | ${pct(v.all, of)} |`),
    "",
    "## Plugin functions by self time",
    "",
    "| function module:line | ms/pass | share of verify + GC |",
    "| --- | ---: | ---: |",
    ...top(plugin.selfPlugin, 30).map(([k, v]) => `| ${k} | ${per(v)} | ${pct(v, of)} |`),
    "",
    "## ESLint and Node functions the plugin calls, by self time",
    "",
    "| function module:line | ms/pass |",
    "| --- | ---: |",
    ...top(plugin.calledFromPlugin, 15).map(([k, v]) => `| ${k} | ${per(v)} |`),
    "",
    `## Self time by module under \`Linter#verify\`: ${variant} against the ${floorName} floor`,
    "",
    `| module | ${variant} ms/pass | floor ms/pass | difference |`,
    "| --- | ---: | ---: | ---: |",
    ...top(diff(plugin.byModule, floor.byModule), 40)
      .filter(([, v]) => Math.abs(v) >= 0.05 * passes)
      .map(([k, v]) => `| ${k} | ${per(plugin.byModule.get(k) ?? 0)} | ${per(floor.byModule.get(k) ?? 0)} | ${per(v)} |`),
    "",
    "## ESLint functions (no plugin frame on the stack) that take longer with the plugin",
    "",
    `| function module:line | ${variant} ms/pass | floor ms/pass | difference |`,
    "| --- | ---: | ---: | ---: |",
    ...top(diff(plugin.byFunction, floor.byFunction), 20).map(
      ([k, v]) => `| ${k} | ${per(plugin.byFunction.get(k) ?? 0)} | ${per(floor.byFunction.get(k) ?? 0)} | ${per(v)} |`,
    ),
    "",
  );
  return `${lines.join("\n")}\n`;
}

main();
