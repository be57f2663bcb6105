// Preloaded (`node --import`) into every whole-process run: writes the process's peak resident set
// size, in KiB, to $BENCH_MAXRSS_FILE on exit. Works on any machine with Node, unlike
// /usr/bin/time, and measures ESLint, the CLI and secretlint the same way.
import { writeFileSync } from "node:fs";

const out = process.env.BENCH_MAXRSS_FILE;
if (out) process.on("exit", () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
