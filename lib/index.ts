import type { ESLint, Linter, Rule } from "eslint";
import { daemonSideConfigs } from "./configs-daemon.js";
import { kubernetesConfig } from "./configs-kubernetes.js";
import type { PullSecretOptions } from "./core/checks/valid-pull-secret.js";
import type { Flavor } from "./core/registry.js";
import { RECOMMENDED_FILE_NAMES } from "./eslint/documents.js";
import { parser } from "./eslint/parser.js";
import { name, namespace, version } from "./meta.js";
import { rules as ruleModules } from "./rules.js";

export type { Flavor };

/**
 * The files `configs.recommended` applies to: the clients' credential files, a pull Secret's
 * payload as a file, and dockerd's daemon.json. Rules stay silent on files that are something else.
 */
const files = RECOMMENDED_FILE_NAMES.map((name) => `**/${name}`);

/**
 * Each rule's options object, for configs you type yourself:
 * `["error", { flavor: "containers" } satisfies RuleOptions["canonical-registry-key"]]`.
 * Written out rather than derived from the rules, so that the published declarations need only
 * `eslint`; tests/plugin.test.ts checks that they equal the rules' own option types.
 */
export interface RuleOptions {
  // Rules without options (the daemon-side files have one reader each).
  "buildkitd-mirrors": never;
  "buildkitd-registry-key": never;
  "daemon-insecure-registries": never;
  "daemon-no-deprecated-keys": never;
  "daemon-no-unknown-keys": never;
  "daemon-registry-mirrors": never;
  "daemon-strict-json": never;
  "registries-conf-credential-helpers": never;
  "registries-conf-no-scheme": never;
  "registries-conf-table-scope": never;
  "registries-conf-v2": never;
  "registries-conf-valid-registry": never;
  "no-daemon-settings": { flavor?: Flavor };
  "valid-pull-secret": PullSecretOptions;
  "canonical-registry-key": { flavor?: Flavor };
  "no-deprecated-properties": { allow?: Array<"email" | "serveraddress" | "experimental"> };
  "no-duplicate-registry": { flavor?: Flavor };
  "no-empty-credential": { flavor?: Flavor };
  "no-legacy-registry-key": { flavor?: Flavor };
  "no-plaintext-credentials": { flavor?: Flavor; allowRegistries?: string[]; allowPlaceholders?: boolean };
  "no-unknown-properties": { flavor?: Flavor; allow?: string[] };
  "strict-json": { flavor?: Flavor };
  "valid-auth": { flavor?: Flavor };
  "valid-credential-helper": { flavor?: Flavor };
}

/** The rules' names, without the `docker-config/` prefix. */
export type RuleName = keyof RuleOptions;

/** A setting for one rule: a severity, or a severity and the rule's options. */
export type RuleEntry<R extends RuleName> = Linter.RuleSeverity | [Linter.RuleSeverity] | [Linter.RuleSeverity, RuleOptions[R]];

/** The plugin's rules as a `rules` block spells them: `{ "docker-config/strict-json": "error" }`. */
export type RulesConfig = { [R in RuleName as `${typeof namespace}/${R}`]?: RuleEntry<R> };

// Typed as ESLint's own rule type, not the rules' @typescript-eslint types: the published
// declarations must only need `eslint` (tests/packaging.test.ts type-checks them with skipLibCheck off).
const rules = ruleModules as unknown as Plugin["rules"];

// Problems (the client misreads the file) are errors; suggestions (hygiene) are warnings.
const recommendedRules: Linter.RulesRecord = {};
for (const [ruleName, rule] of Object.entries(ruleModules)) {
  if (rule.meta.docs.recommended) {
    recommendedRules[`${namespace}/${ruleName}`] = rule.meta.type === "problem" ? "error" : "warn";
  }
}

/**
 * Rules of other JSON plugins that the configs turn off on the files they cover, by the names those
 * plugins document (`json/…` for @eslint/json, `jsonc/…` for eslint-plugin-jsonc). ESLint accepts
 * "off" for a plugin that is not installed, so this costs nothing without them.
 */
const overriddenRules: Linter.RulesRecord = {
  // @eslint/json's rules need its `json/json` language; the configs lint these files with ESLint's
  // JavaScript language and jsonc-eslint-parser, so under them the rules could not run (ESLint 10.2+
  // stops with "The following rules do not support the language "js/js"").
  ...off("json", ["no-duplicate-keys", "no-empty-keys", "no-unnormalized-keys", "no-unsafe-values", "sort-keys", "top-level-interop"]),
  // eslint-plugin-jsonc's `recommended-with-json` syntax rules: strict-json reports each of these
  // constructs, with what docker does about it, so they would report the same character twice.
  // jsonc/no-dupe-keys stays: no rule here reports a repeated field such as two "credsStore"; so
  // does jsonc/no-parenthesized: strict-json misses `("desktop")`, which docker rejects.
  ...off("jsonc", [
    "comma-dangle",
    "no-bigint-literals",
    "no-binary-expression",
    "no-binary-numeric-literals",
    "no-comments",
    "no-escape-sequence-in-identifier",
    "no-floating-decimal",
    "no-hexadecimal-numeric-literals",
    "no-infinity",
    "no-irregular-whitespace",
    "no-multi-str",
    "no-nan",
    "no-number-props",
    "no-numeric-separators",
    "no-octal-numeric-literals",
    "no-octal",
    "no-plus-sign",
    "no-regexp-literals",
    "no-sparse-arrays",
    "no-template-literals",
    "no-undefined-value",
    "no-unicode-codepoint-escapes",
    "no-useless-escape",
    "quote-props",
    "quotes",
    "space-unary-ops",
    "valid-json-number",
  ]),
};

function off(prefix: string, names: readonly string[]): Linter.RulesRecord {
  return Object.fromEntries(names.map((n) => [`${prefix}/${n}`, "off"]));
}

// Type aliases rather than interfaces: an interface has no implicit index signature, so it would not
// be assignable to ESLint's `Plugin` type where a config lists the plugin under `plugins`.
/** The plugin's configs: exactly these, so that a misspelt name is a type error. */
export type Configs = {
  /** Credential files and daemon.json by name (`**​/config.json`, `**​/auth.json`, `**​/.dockercfg`, `**​/.dockerconfigjson`, `**​/daemon.json`). */
  recommended: Linter.Config;
  /** The same without `files`, for your own globs. */
  "recommended-no-files": Linter.Config;
  /** containers' registries.conf and registries.conf.d/*.conf (TOML). */
  containers: Linter.Config;
  /** BuildKit's buildkitd.toml (TOML). */
  buildkit: Linter.Config;
  /** Kubernetes image-pull Secrets in YAML and JSON manifests (`**​/*.{yaml,yml,json}`). */
  kubernetes: Linter.Config;
};

/** The plugin object ESLint loads. */
export type Plugin = {
  meta: { name: string; version: string; namespace: string };
  rules: { [R in RuleName]: Rule.RuleModule };
  configs: Configs;
};

const plugin: Plugin = {
  meta: { name, version, namespace },
  rules,
  configs: {} as Configs,
};

const unscoped: Linter.Config = {
  name: `${namespace}/recommended-no-files`,
  plugins: { [namespace]: plugin satisfies ESLint.Plugin },
  // Named, so that a config placed before this one that sets another language for `**/*.json`
  // (@eslint/json's `json/json`) does not stay in force: the last config that sets a key wins.
  language: "@/js",
  // jsonc-eslint-parser, with parse errors that quote no token of the file (lib/eslint/parser.ts).
  languageOptions: { parser: parser as Linter.Parser },
  rules: { ...overriddenRules, ...recommendedRules },
};
plugin.configs["recommended-no-files"] = unscoped;
plugin.configs.recommended = { ...unscoped, name: `${namespace}/recommended`, files };
Object.assign(plugin.configs, daemonSideConfigs(plugin, namespace));
plugin.configs.kubernetes = kubernetesConfig(plugin);

export default plugin;
// Also as named exports, for tools that load the plugin with require() (ESLint's own loader uses the
// default export).
export const configs: Configs = plugin.configs;
export const meta: Plugin["meta"] = plugin.meta;
export { rules };
