// The floors the plugin is measured against (issue 15).
// - The no-op floor: ESLint, jsonc-eslint-parser and one rule that visits every node and does
//   nothing: what any JSON-linting plugin pays before it does any work of its own.
// - The report floor: the no-op floor plus a rule that makes the same reports as the plugin (the
//   same message templates and data at the same locations, recorded from the plugin's own run),
//   each with one suggestion: what ESLint's report machinery costs for the plugin's findings,
//   whatever the plugin does to find them.
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

type Data = Record<string, string | number>;

/** One report of the plugin, as its rule made it (bench/lint-child.ts records them). */
export interface Replayed {
  /** The plugin's rule name and messageId; the replaying rule reports with that rule's template. */
  rule: string;
  messageId: string;
  data: Data;
  /** 1-based lines, 0-based columns, as a rule's `loc`. */
  start: { line: number; column: number };
  end: { line: number; column: number };
  /** The one suggestion: the plugin's first (its messageId and data) or a generic one. */
  suggestion: { rule: string; messageId: string; data: Data } | null;
  /** The suggestion's edit: the plugin's first suggestion's or fix's, else an empty edit. */
  range: [number, number];
  text: string;
}

/** `rule/messageId`: the replaying rule's own messageId for a plugin message. */
export const replayId = (rule: string, messageId: string): string => `${rule}/${messageId}`;

/** Reports, for each file (its absolute path), what the plugin reported there. */
function replayReports(replay: ReadonlyMap<string, readonly Replayed[]>, messages: Readonly<Record<string, string>>): Rule.RuleModule {
  return {
    meta: {
      type: "suggestion",
      hasSuggestions: true,
      schema: [],
      messages: { ...messages, suggestion: "Apply the edit." },
    },
    create(context) {
      const reports = replay.get(context.physicalFilename);
      if (reports === undefined || reports.length === 0) return {};
      return {
        Program() {
          for (const r of reports) {
            context.report({
              loc: { start: r.start, end: r.end },
              messageId: replayId(r.rule, r.messageId),
              data: r.data,
              suggest: [
                {
                  ...(r.suggestion ? { messageId: replayId(r.suggestion.rule, r.suggestion.messageId), data: r.suggestion.data } : { messageId: "suggestion" }),
                  fix: (fixer) => fixer.replaceTextRange(r.range, r.text),
                },
              ],
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

/**
 * The report floor: the no-op floor and the replaying rule. `messages` maps `replayId(rule, id)`
 * to the plugin's message templates.
 */
export function reportFloor(
  files: Linter.Config["files"],
  replay: ReadonlyMap<string, readonly Replayed[]>,
  messages: Readonly<Record<string, string>>,
): Linter.Config {
  return {
    name: "bench/report-floor",
    ...(files ? { files } : {}),
    languageOptions: { parser: jsoncParser as Linter.Parser },
    plugins: { bench: { rules: { "visit-every-node": visitEveryNode, "replay-reports": replayReports(replay, messages) } } },
    rules: { "bench/visit-every-node": "error", "bench/replay-reports": "warn" },
  };
}
