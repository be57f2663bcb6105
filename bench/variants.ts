// The two ESLint configurations the benchmark compares: the floor and the plugin's recommended
// config exactly as a user writes it (whatever rules it holds when the benchmark runs).
import type { Linter } from "eslint";
import plugin from "../lib/index.js";
import { floorConfig } from "./floor.js";

export type Variant = "floor" | "recommended";
export const VARIANTS: readonly Variant[] = ["floor", "recommended"];

export function configOf(variant: Variant): Linter.Config {
  return variant === "floor" ? floorConfig : plugin.configs.recommended;
}

/** The rules `configs.recommended` turns on, with their severity. */
export function recommendedRules(): string[] {
  return Object.entries(plugin.configs.recommended.rules ?? {}).map(([name, level]) => `${name} (${String(level)})`);
}
