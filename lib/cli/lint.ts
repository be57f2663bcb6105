// Linting one file's text: the plugin's rules, as `eslint` runs them with the config it would give
// the file (lib/cli/kinds.ts), through ESLint's `Linter` with each config resolved once, when a
// file first needs it. The rest of the command sees only the `Engine` interface, so that another
// engine (the core's checks run without `Linter`, issue 15) can replace this one for plain reports
// and keep ESLint for --fix.
import { join, parse, resolve } from "node:path";
import { ESLint, Linter, type Rule } from "eslint";
import plugin from "../index.js";
import { mayHoldPullSecret } from "../core/pull-secret.js";
import type { Flavor } from "../core/registry.js";
import { type ConfigName, configNameFor } from "./kinds.js";

/** What the command asks of a linter. Messages as ESLint's, unredacted (the formatting part redacts). */
export interface Engine {
  lint(text: string, path: string, flavor: Flavor | undefined): Promise<Linter.LintMessage[]>;
  /** The fixed text (the same string when nothing was fixed) and the problems that remain in it. */
  fix(text: string, path: string, flavor: Flavor | undefined): Promise<{ output: string; messages: Linter.LintMessage[] }>;
}

/**
 * The config `name` on every file, with `--flavor` on every rule that has the option, in
 * `recommended-no-files` only: the flavor says which client reads a credential file, docker or
 * containers/image. A pull Secret's payload is the kubelet's whatever `--flavor` says (the option
 * on a rule of configs.kubernetes would make `eslint` read it as the given client's, since a rule
 * option wins over the host, lib/eslint/create-rule.ts; the command's option is about your
 * credential files, and one run often lints both). The TOML configs' rules have no such option.
 */
export function configFor(flavor: Flavor | undefined, quiet: boolean, name: ConfigName = "recommended-no-files"): Linter.Config {
  const base = plugin.configs[name];
  if (name !== "recommended-no-files") flavor = undefined;
  const ruleSettings: Linter.RulesRecord = {};
  const prefix = `${plugin.meta.namespace}/`;
  for (const [id, setting] of Object.entries(base.rules ?? {})) {
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (severity === undefined) continue;
    if (quiet && (severity === "warn" || severity === 1)) continue;
    const rule = id.startsWith(prefix) ? (plugin.rules as Record<string, Rule.RuleModule>)[id.slice(prefix.length)] : undefined;
    ruleSettings[id] = flavor !== undefined && hasFlavorOption(rule?.meta?.schema) ? [severity, { flavor }] : severity;
  }
  // `**` rather than `**/*`: ESLint does not treat a config whose only pattern is `**/*` as a match.
  return { ...base, files: ["**"], rules: ruleSettings };
}

function hasFlavorOption(schema: unknown): boolean {
  const first = (Array.isArray(schema) ? schema[0] : undefined) as { properties?: Record<string, unknown> } | undefined;
  return first?.properties?.flavor !== undefined;
}

/** What `Linter#verify` takes: a config array, or anything array-like with `getConfig(filename)`. */
type VerifyConfig = Linter.Config | Linter.Config[];

/**
 * The config resolved once and handed to `Linter` as a config array whose `getConfig` answers the
 * same for every file. Given a plain config, `Linter` builds, normalises and merges a config array
 * for every file, which costs more than linting these files; the `eslint` command's per-file
 * lookup costs more still. Every file gets the same rules anyway: the CLI has one config, files
 * are chosen by the CLI, and the rules decide by content whether a file is theirs.
 */
export async function prepareConfig(config: Linter.Config, cwd: string): Promise<VerifyConfig> {
  // Any name: the config's `files` is `**`.
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [config] });
  const resolved = (await eslint.calculateConfigForFile(join(cwd, "config.json"))) as Linter.Config | undefined;
  // Should a future ESLint answer differently, the plain config still gives the same results, slower.
  if (resolved === undefined || resolved === null || typeof resolved !== "object") return config;
  return Object.assign([resolved], { getConfig: () => resolved });
}

/**
 * `allowInlineConfig: false`: a credential file is not an ESLint-annotated source, and a
 * `/* eslint-disable *\/` comment in it (JSONC allows comments) must not silence the rules. With
 * this Linter option ESLint reads no directive at all; the `noInlineConfig` config setting would
 * instead warn about each comment, quoting its text, which may hold anything.
 */
const VERIFY = { allowInlineConfig: false } as const;

/** The ESLint engine: one `Linter`, one prepared config per config and flavor in use. */
export function eslintEngine(quiet: boolean, cwd: string): Engine {
  const prepared = new Map<string, Promise<VerifyConfig>>();
  // Based at the file system root: were the plain config used, files outside the cwd must match too.
  const linter = new Linter({ cwd: parse(resolve(cwd)).root, configType: "flat" });
  const configOf = (name: ConfigName, flavor: Flavor | undefined): Promise<VerifyConfig> => {
    const key = `${name} ${name === "recommended-no-files" ? String(flavor) : ""}`;
    let config = prepared.get(key);
    if (config === undefined) {
      config = prepareConfig(configFor(flavor, quiet, name), cwd);
      prepared.set(key, config);
    }
    return config;
  };
  return {
    async lint(text, path, flavor) {
      const name = configNameFor(path, text);
      if (certainlySilent(name, text)) return [];
      return linter.verify(text, await configOf(name, flavor), { ...VERIFY, filename: path });
    },
    async fix(text, path, flavor) {
      const name = configNameFor(path, text);
      if (certainlySilent(name, text)) return { output: text, messages: [] };
      const report = linter.verifyAndFix(text, await configOf(name, flavor), { ...VERIFY, filename: path, fix: true });
      return { output: report.output, messages: report.messages };
    },
  };
}

/**
 * Whether the config's rules are certainly silent on this text, without running them. A YAML file
 * for configs.kubernetes that cannot hold a pull Secret: its hosts find none, and its parser adds
 * no parse error (lib/eslint/documents.ts, lib/eslint/manifest-parser.ts); a JSON file goes to that
 * config only when it may hold one (lib/cli/kinds.ts).
 */
function certainlySilent(name: ConfigName, text: string): boolean {
  if (name === "recommended-no-files") return cannotBeRegistryFile(text);
  return name === "kubernetes" && !mayHoldPullSecret(text);
}

/**
 * Whether the rules are certainly silent on this text, without running them: strict JSON (so no
 * parse error to report) that has no key which could make it a registry file (`auths`,
 * `credHelpers`, `credsStore`, or a legacy entry's `auth`, in any case, and no escapes that could
 * spell one). Every rule is silent on files that are not registry files; in a monorepo most
 * `config.json` files are an app's own, and this skips them at the cost of a native JSON.parse.
 */
function cannotBeRegistryFile(text: string): boolean {
  if (/auth|cred|\\/i.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
