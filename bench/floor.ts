// The floor: ESLint, jsonc-eslint-parser and one rule that does nothing on every node — what any
// JSON-linting plugin pays before it does any work of its own.
import type { Linter, Rule } from "eslint";
import * as jsoncParser from "jsonc-eslint-parser";

/**
 * Does nothing, on every node. With no rule at all ESLint skips work that a real plugin cannot
 * skip, and the floor would be lower than any plugin can reach.
 */
const visitEveryNode: Rule.RuleModule = {
  meta: { type: "problem", schema: [] },
  create() {
    return { "*"() {} };
  },
};

/** Applies to the same files as `configs.recommended`, so both lint the same set. */
export const floorConfig: Linter.Config = {
  name: "bench/floor",
  files: ["**/config.json", "**/auth.json", "**/.dockercfg"],
  languageOptions: { parser: jsoncParser as Linter.Parser },
  plugins: { bench: { rules: { "visit-every-node": visitEveryNode } } },
  rules: { "bench/visit-every-node": "error" },
};

export default [floorConfig];
