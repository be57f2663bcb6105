// One file's result as formatters see it: what the command gives a formatter of each message
// (see lib/cli/format.ts for what `eslint` itself prints of a file's secrets, and why).
import type { ESLint, Linter } from "eslint";
import { redactParseMessage } from "../core/parse-errors.js";

/**
 * A message as formatters may print it. Rule messages carry key names only (the rules' contract);
 * a parser error names the offending token, which may be part of a secret, so it goes; fix and
 * suggestion texts may hold values, so they go too.
 */
export function redact(message: Linter.LintMessage): Linter.LintMessage {
  const out: Linter.LintMessage & { source?: unknown } = { ...message };
  delete out.fix;
  delete out.source;
  // The configs' parser drops it already (lib/eslint/parser.ts): the command prints what eslint prints.
  if (message.ruleId === null) out.message = redactParseMessage(message.message);
  if (message.suggestions !== undefined) {
    out.suggestions = message.suggestions.map(({ desc, messageId }) => ({ desc, messageId })) as Linter.LintSuggestion[];
  }
  return out;
}

/** One file's result, with no `source` and no `output`: formatters print them, and they hold the file's secrets. */
export function toResult(filePath: string, messages: Linter.LintMessage[]): ESLint.LintResult {
  const count = (severity: number, pred: (m: Linter.LintMessage) => boolean = () => true): number =>
    messages.filter((m) => m.severity === severity && pred(m)).length;
  const fixable = (m: Linter.LintMessage): boolean => m.fix !== undefined;
  return {
    filePath,
    messages: messages.map(redact),
    suppressedMessages: [],
    errorCount: count(2),
    fatalErrorCount: count(2, (m) => m.fatal === true),
    warningCount: count(1),
    fixableErrorCount: count(2, fixable),
    fixableWarningCount: count(1, fixable),
    usedDeprecatedRules: [],
  };
}

/** What ESLint passes a formatter besides the results (ESLint's own `ResultsMeta`). */
export interface ResultsMeta {
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

/** The results a formatter may see: whatever the caller built, no field that holds file text. */
export function safeResults(results: readonly ESLint.LintResult[]): ESLint.LintResult[] {
  return results.map((result) => {
    const copy: ESLint.LintResult = { ...result, messages: result.messages.map(redact) };
    delete copy.source;
    delete copy.output;
    return copy;
  });
}
