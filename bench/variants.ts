// The ESLint configurations the benchmark compares: the two floors (bench/floor.ts) and the plugin's
// recommended config exactly as a user writes it (whatever rules it holds when the benchmark runs).
import type { Linter, Rule } from "eslint";
import plugin from "../lib/index.js";
import { noopFloor, type Replayed, replayId, reportFloor } from "./floor.js";

export type Variant = "noop" | "report" | "plugin";
/** The plugin's rule prefix (`docker-config/…`). */
export const NAMESPACE: string = plugin.meta.namespace;
export const VARIANTS: readonly Variant[] = ["noop", "report", "plugin"];

export const VARIANT_LABEL: Record<Variant, string> = {
  noop: "no-op floor",
  report: "report floor",
  plugin: "plugin (`configs.recommended`)",
};

/** Every message template of the plugin's rules, by `replayId(rule, messageId)`. */
function pluginMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, rule] of Object.entries(plugin.rules)) {
    for (const [id, text] of Object.entries(rule.meta?.messages ?? {})) out[replayId(name, id)] = text;
  }
  return out;
}

export function configOf(variant: Variant, replay: ReadonlyMap<string, readonly Replayed[]> = new Map()): Linter.Config {
  // The floors lint exactly the files `configs.recommended` lints.
  const files = plugin.configs.recommended.files;
  if (variant === "noop") return noopFloor(files);
  if (variant === "report") return reportFloor(files, replay, pluginMessages());
  return plugin.configs.recommended;
}

/** What a rule passed to `context.report`, with the rule's name. */
export interface Recorded {
  rule: string;
  descriptor: Rule.ReportDescriptor;
}

/**
 * `configs.recommended` with every rule's `context.report` recorded (for the report floor to replay;
 * untimed). Rule contexts are plain objects (ESLint's FileContext#extend), so a context that
 * inherits from the real one and overrides `report` behaves as the real one otherwise.
 */
export function recordingConfig(record: (r: Recorded) => void): Linter.Config {
  const rules: Record<string, Rule.RuleModule> = {};
  for (const [name, rule] of Object.entries(plugin.rules)) {
    rules[name] = {
      meta: rule.meta,
      create(context) {
        const proxy = Object.create(context, {
          report: {
            value(descriptor: Rule.ReportDescriptor) {
              record({ rule: name, descriptor });
              context.report(descriptor);
            },
          },
        }) as Rule.RuleContext;
        return rule.create(proxy);
      },
    };
  }
  const recommended = plugin.configs.recommended;
  return { ...recommended, plugins: { [plugin.meta.namespace]: { ...plugin, rules } } };
}

/** The rules `configs.recommended` turns on, with their severity. */
export function recommendedRules(): string[] {
  return Object.entries(plugin.configs.recommended.rules ?? {}).map(([name, level]) => `${name} (${String(level)})`);
}
