// Imports point one way (eslint.config.js): a wrong import fails `npm run lint`. Each row lints one
// line through the project's own config, at a path in the layer it tests.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: new URL("..", import.meta.url).pathname });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith("no-restricted-")).map((m) => m.message);
}

describe("layers", () => {
  it.each([
    ["lib/core/x.ts", 'import { createRule } from "../eslint/create-rule.js";'],
    ["lib/core/checks/x.ts", 'import { hostsOf } from "../../eslint/documents.js";'],
    ["lib/core/x.ts", 'import rule from "../../rules/valid-auth.js";'],
    ["lib/core/x.ts", 'import { Linter } from "eslint";'],
    ["lib/core/x.ts", 'import { readFileSync } from "node:fs";'],
    ["lib/core/x.ts", "export const cwd = process.cwd();"],
    ["lib/eslint/x.ts", 'import rule from "../../rules/valid-auth.js";'],
    ["lib/eslint/x.ts", 'import plugin from "../index.js";'],
    ["rules/x.ts", 'import plugin from "../lib/index.js";'],
    ["rules/x.ts", 'import { rules } from "../lib/rules.js";'],
    ["rules/x.ts", 'import { main } from "../lib/cli/main.js";'],
    ["lib/index.ts", 'import { main } from "./cli/main.js";'],
  ])("%s: %s is refused", async (filePath, code) => {
    expect(await restricted(filePath, code)).toHaveLength(1);
  });

  it.each([
    ["lib/core/x.ts", 'import { judgeKey } from "./registry.js";'],
    ["lib/eslint/x.ts", 'import { judgeKey } from "../core/registry.js";'],
    ["rules/x.ts", 'import { createRule } from "../lib/eslint/create-rule.js";'],
    ["lib/index.ts", 'import { rules } from "./rules.js";'],
    ["lib/cli/x.ts", 'import plugin from "../index.js";'],
  ])("%s: %s is allowed", async (filePath, code) => {
    expect(await restricted(filePath, code)).toEqual([]);
  });
});
