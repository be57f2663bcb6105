// One Linter and the recommended config, as the properties and hostile-input suites use them.
import { Linter } from "eslint";
import type fc from "fast-check";
import plugin from "../../lib/index.js";

export const linter = new Linter({ configType: "flat" });
export const recommended: Linter.Config[] = [plugin.configs.recommended];

/** fast-check parameters: FC_SEED reproduces a failure, FC_RUNS raises the count. */
export function fcParams(defaultRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
  const numRuns = process.env.FC_RUNS === undefined ? defaultRuns : Number(process.env.FC_RUNS);
  return seed === undefined ? { numRuns } : { numRuns, seed };
}

export function lint(code: string, filename = "home/.docker/config.json"): Linter.LintMessage[] {
  return linter.verify(code, recommended, { filename });
}

export function fix(code: string, filename = "home/.docker/config.json"): Linter.FixReport {
  return linter.verifyAndFix(code, recommended, { filename });
}
