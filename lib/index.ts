import type { ESLint, Linter, Rule } from "eslint";
import { DAEMON_JSON_FILES, daemonSideConfigs } from "./configs-daemon.js";
import { parser } from "./eslint/parser.js";
import { name, namespace, version } from "./meta.js";
import { rules as ruleModules } from "./rules.js";

/**
 * The files `configs.recommended` applies to: the clients' credential files, a pull Secret's
 * payload as a file, and dockerd's daemon.json. Rules stay silent on files that are something else.
 */
const files = ["**/config.json", "**/auth.json", "**/.dockercfg", "**/.dockerconfigjson", ...DAEMON_JSON_FILES];

// Typed as ESLint's own rule type, not the rules' @typescript-eslint types: the published
// declarations must only need `eslint` (tests/packaging.test.ts type-checks them with skipLibCheck off).
const rules: Record<string, Rule.RuleModule> = ruleModules as unknown as Record<string, Rule.RuleModule>;

// Problems (the client misreads the file) are errors; suggestions (hygiene) are warnings.
const recommendedRules: Linter.RulesRecord = {};
for (const [ruleName, rule] of Object.entries(ruleModules)) {
  if (rule.meta.docs.recommended) {
    recommendedRules[`${namespace}/${ruleName}`] = rule.meta.type === "problem" ? "error" : "warn";
  }
}

interface Configs extends Record<string, Linter.Config> {
  /** Credential files and daemon.json by name (`**​/config.json`, `**​/auth.json`, `**​/.dockercfg`, `**​/.dockerconfigjson`, `**​/daemon.json`). */
  recommended: Linter.Config;
  /** The same without `files`, for your own globs. */
  "recommended-no-files": Linter.Config;
  /** containers' registries.conf and registries.conf.d/*.conf (TOML). */
  containers: Linter.Config;
  /** BuildKit's buildkitd.toml (TOML). */
  buildkit: Linter.Config;
}

const plugin: ESLint.Plugin & { meta: { name: string; version: string; namespace: string }; rules: typeof rules; configs: Configs } = {
  meta: { name, version, namespace },
  rules,
  configs: {} as Configs,
};

const unscoped: Linter.Config = {
  name: `${namespace}/recommended-no-files`,
  // jsonc-eslint-parser, with parse errors that quote no token of the file (lib/eslint/parser.ts).
  languageOptions: { parser: parser as Linter.Parser },
  plugins: { [namespace]: plugin },
  rules: recommendedRules,
};
plugin.configs["recommended-no-files"] = unscoped;
plugin.configs.recommended = { ...unscoped, name: `${namespace}/recommended`, files };
Object.assign(plugin.configs, daemonSideConfigs(plugin, namespace));

export default plugin;
// Also as named exports, for tools that load the plugin with require() (ESLint's own loader uses the
// default export).
// Annotated so that the declarations name these types rather than spell out @eslint/core's.
export const configs: Configs = plugin.configs;
export const meta: { name: string; version: string; namespace: string } = plugin.meta;
export { rules };
