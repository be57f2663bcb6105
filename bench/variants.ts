// The ESLint configurations the benchmark compares: the two floors (bench/floor.ts) and the plugin's
// recommended config exactly as a user writes it (whatever rules it holds when the benchmark runs).
import type { Linter } from "eslint";
import plugin from "../lib/index.js";
import { noopFloor, type Replayed, reportFloor } from "./floor.js";

export type Variant = "noop" | "report" | "plugin";
export const VARIANTS: readonly Variant[] = ["noop", "report", "plugin"];

export const VARIANT_LABEL: Record<Variant, string> = {
  noop: "no-op floor",
  report: "report floor",
  plugin: "plugin (`configs.recommended`)",
};

export function configOf(variant: Variant, replay: ReadonlyMap<string, readonly Replayed[]> = new Map()): Linter.Config {
  // The floors lint exactly the files `configs.recommended` lints.
  const files = plugin.configs.recommended.files;
  return variant === "noop" ? noopFloor(files) : variant === "report" ? reportFloor(files, replay) : plugin.configs.recommended;
}

/** The rules `configs.recommended` turns on, with their severity. */
export function recommendedRules(): string[] {
  return Object.entries(plugin.configs.recommended.rules ?? {}).map(([name, level]) => `${name} (${String(level)})`);
}
