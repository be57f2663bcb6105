// configs.kubernetes: the rules on the pull Secrets of Kubernetes manifests, YAML and JSON. The plugin
// entry (lib/index.ts) assembles it with the plugin object:
//   plugin.configs.kubernetes = kubernetesConfig(plugin);
// On every other YAML or JSON file the rules find no pull Secret and say nothing, and the parser
// adds no parse error to a file that is not one (lib/eslint/manifest-parser.ts).
import type { ESLint, Linter } from "eslint";
import * as manifestParser from "./eslint/manifest-parser.js";
import { namespace } from "./meta.js";
import { rules } from "./rules.js";

/** The files configs.kubernetes applies to. */
export const KUBERNETES_FILES: string[] = ["**/*.yaml", "**/*.yml", "**/*.json"];

/** The recommended rules, with valid-pull-secret; problems are errors, suggestions warnings. */
export function kubernetesRules(): Linter.RulesRecord {
  const out: Linter.RulesRecord = {};
  for (const [ruleName, rule] of Object.entries(rules)) {
    if (rule.meta.docs.recommended || ruleName === "valid-pull-secret") {
      out[`${namespace}/${ruleName}`] = rule.meta.type === "problem" ? "error" : "warn";
    }
  }
  return out;
}

export function kubernetesConfig(plugin: ESLint.Plugin): Linter.Config {
  return {
    name: `${namespace}/kubernetes`,
    files: KUBERNETES_FILES,
    languageOptions: { parser: manifestParser as Linter.Parser },
    plugins: { [namespace]: plugin },
    rules: kubernetesRules(),
  };
}
