// Linting one file's text: the plugin's rules, as `eslint` runs them with the config it would give
// the file (lib/cli/kinds.ts), through ESLint's `Linter` with each config resolved once, when a
// file first needs it. The rest of the command sees only the `Engine` interface, so that another
// engine (the core's checks run without `Linter`, issue 15) can replace this one for plain reports
// and keep ESLint for --fix.
import { join, parse, resolve } from "node:path";
import { ESLint, Linter } from "eslint";
import type { Flavor } from "../core/registry.js";
import { certainlySilent, type ConfigName, configFor, configNameFor } from "./kinds.js";

/** What the command asks of a linter. Messages as ESLint's, unredacted (the formatting part redacts). */
export interface Engine {
  lint(text: string, path: string, flavor: Flavor | undefined): Promise<Linter.LintMessage[]>;
  /** The fixed text (the same string when nothing was fixed) and the problems that remain in it. */
  fix(text: string, path: string, flavor: Flavor | undefined): Promise<{ output: string; messages: Linter.LintMessage[] }>;
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
      if (certainlySilent(name, path, text)) return [];
      return linter.verify(text, await configOf(name, flavor), { ...VERIFY, filename: path });
    },
    async fix(text, path, flavor) {
      const name = configNameFor(path, text);
      if (certainlySilent(name, path, text)) return { output: text, messages: [] };
      const report = linter.verifyAndFix(text, await configOf(name, flavor), { ...VERIFY, filename: path, fix: true });
      return { output: report.output, messages: report.messages };
    },
  };
}
