// The floors the plugin is measured against (issue 15).
// - The no-op floor: ESLint, jsonc-eslint-parser and one rule that visits every node and does
//   nothing: what any JSON-linting plugin pays before it does any work of its own.
// - The report floor: the no-op floor plus a rule that makes the same reports as the plugin (same
//   locations, same message texts), each with one suggestion: what ESLint's report machinery costs
//   for the plugin's findings, whatever the plugin does to find them.
import type { Linter, Rule } from "eslint";
import * as jsoncParser from "jsonc-eslint-parser";

/**
 * Does nothing, on every node. With no rule at all ESLint skips work that a real plugin cannot
 * skip (the traversal's listeners), and the floor would be lower than any plugin can reach.
 */
const visitEveryNode: Rule.RuleModule = {
  meta: { type: "problem", schema: [] },
  create() {
    return { "*"() {} };
  },
};

/** One report to replay: what the plugin reported, as `Linter#verify` returned it. */
export interface Replayed {
  /** 1-based lines and columns, as in ESLint's messages. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** The suggestion's text and edit: the plugin's first suggestion or fix, else an empty edit. */
  desc: string;
  range: [number, number];
  text: string;
}

/** Reports, for each file (its absolute path), what the plugin reported there. */
function replayReports(replay: ReadonlyMap<string, readonly Replayed[]>): Rule.RuleModule {
  return {
    meta: {
      type: "suggestion",
      hasSuggestions: true,
      schema: [],
      // Placeholders, as the plugin's own messages have: ESLint interpolates `data` into them.
      messages: { replayed: "{{message}}", suggestion: "{{desc}}" },
    },
    create(context) {
      const reports = replay.get(context.physicalFilename);
      if (reports === undefined || reports.length === 0) return {};
      return {
        Program() {
          for (const r of reports) {
            context.report({
              loc: { start: { line: r.line, column: r.column - 1 }, end: { line: r.endLine, column: r.endColumn - 1 } },
              messageId: "replayed",
              data: { message: r.message },
              suggest: [{ messageId: "suggestion", data: { desc: r.desc }, fix: (fixer) => fixer.replaceTextRange(r.range, r.text) }],
            });
          }
        },
      };
    },
  };
}

/** The no-op floor, on the same files as the config it is compared with. */
export function noopFloor(files: Linter.Config["files"]): Linter.Config {
  return {
    name: "bench/noop-floor",
    ...(files ? { files } : {}),
    languageOptions: { parser: jsoncParser as Linter.Parser },
    plugins: { bench: { rules: { "visit-every-node": visitEveryNode } } },
    rules: { "bench/visit-every-node": "error" },
  };
}

/** The report floor: the no-op floor and the replaying rule, at the plugin's severity (warn). */
export function reportFloor(files: Linter.Config["files"], replay: ReadonlyMap<string, readonly Replayed[]>): Linter.Config {
  return {
    name: "bench/report-floor",
    ...(files ? { files } : {}),
    languageOptions: { parser: jsoncParser as Linter.Parser },
    plugins: { bench: { rules: { "visit-every-node": visitEveryNode, "replay-reports": replayReports(replay) } } },
    rules: { "bench/visit-every-node": "error", "bench/replay-reports": "warn" },
  };
}
