// Linting one text without ESLint's `Linter`: the rules of one resolved config run on a view of the
// file that has what they read of ESLint's `SourceCode` (text, byte order mark, AST, parser
// services, `getLocFromIndex`), and their reports become messages as ESLint makes them
// (eslint/lib/linter/file-report.js: interpolated message, 1-based columns, merged fixes,
// suggestions; linter.js: the stable sort by position; services/parser-service.js and
// languages/js/index.js: a parser's error as one fatal message). `Linter` costs more per file than
// these rules do; tests/cli-engine.test.ts proves this gives exactly what `Linter#verify` gives.
//
// Only for rules whose whole work is a `Program` listener (every rule of this plugin, through
// createRule): `prepareChecks` returns null for any other config, and the caller keeps `Linter`.
// What it leaves out cannot change these rules' results: no scope analysis (no rule reads scopes),
// and `ecmaVersion: "latest"` and `sourceType: "module"` passed as written, not normalised to a
// year or by file extension (jsonc-eslint-parser parses with "latest" whatever it is given, and the
// TOML and YAML parsers read neither).
import type { Linter, Rule } from "eslint";
import plugin from "../index.js";
import { certainlySilent, configFor, configNameFor } from "./kinds.js";
import type { Engine } from "./lint.js";

type RuleModule = Rule.RuleModule;

interface Parser {
  parseForESLint?(text: string, options: Record<string, unknown>): { ast: unknown; services?: Record<string, unknown>; visitorKeys?: unknown };
  parse?(text: string, options: Record<string, unknown>): unknown;
}

interface ConfiguredRule {
  id: string;
  severity: 1 | 2;
  rule: RuleModule;
  options: unknown[];
}

/** A config resolved for linting without `Linter`. */
export interface PreparedChecks {
  parser: Parser;
  parserOptions: Record<string, unknown>;
  settings: Record<string, unknown>;
  languageOptions: Record<string, unknown>;
  rules: ConfiguredRule[];
}

/**
 * The config's parser, options and enabled rules with their options as ESLint computes them
 * (`meta.defaultOptions` deep-merged with the configured ones, linter.js `getRuleOptions`); null
 * when the config has no parser of its own or a rule is not this plugin's kind of rule.
 */
export function prepareChecks(config: Linter.Config, ruleFor: (id: string) => RuleModule | undefined): PreparedChecks | null {
  const languageOptions = (config.languageOptions ?? {}) as Record<string, unknown>;
  const parser = languageOptions.parser as Parser | undefined;
  if (parser === undefined || (typeof parser.parseForESLint !== "function" && typeof parser.parse !== "function")) return null;
  const rules: ConfiguredRule[] = [];
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const entry = Array.isArray(setting) ? setting : [setting];
    const severity = numericSeverity(entry[0]);
    if (severity === 0) continue;
    const rule = ruleFor(id);
    if (rule === undefined || !isCheckRule(rule)) return null;
    const defaults = (rule.meta as { defaultOptions?: unknown[] } | undefined)?.defaultOptions;
    rules.push({ id, severity, rule, options: Array.isArray(setting) ? deepMergeArrays(defaults, entry.slice(1)) : (defaults ?? []) });
  }
  // What ESLint's JavaScript language passes every parser (languages/js/index.js `parse`).
  const parserOptions = {
    ecmaVersion: languageOptions.ecmaVersion ?? "latest",
    sourceType: languageOptions.sourceType ?? "module",
    ...(languageOptions.parserOptions as Record<string, unknown> | undefined),
    loc: true,
    range: true,
    tokens: true,
    comment: true,
    eslintVisitorKeys: true,
    eslintScopeManager: true,
  };
  return { parser, parserOptions, settings: (config.settings ?? {}) as Record<string, unknown>, languageOptions, rules };
}

/** Rules made by createRule carry `meta.languages` and report from `Program` only. */
function isCheckRule(rule: RuleModule): boolean {
  return typeof rule.create === "function" && Array.isArray((rule.meta as { languages?: unknown } | undefined)?.languages);
}

function numericSeverity(value: unknown): 0 | 1 | 2 {
  if (value === 2 || value === "error") return 2;
  if (value === 1 || value === "warn") return 1;
  return 0;
}

/** The messages `Linter#verify(text, config, { filename, allowInlineConfig: false })` returns. */
export function lintWithChecks(text: string, filename: string, prepared: PreparedChecks): Linter.LintMessage[] {
  const hasBOM = text.charCodeAt(0) === 0xfeff;
  const body = hasBOM ? text.slice(1) : text;
  let parsed: { ast: unknown; services: Record<string, unknown>; visitorKeys?: unknown };
  try {
    const toParse = body.replace(SHEBANG, (_, rest: string) => `//${rest}`);
    const options = { ...prepared.parserOptions, filePath: filename };
    const { parser } = prepared;
    if (typeof parser.parseForESLint === "function") {
      const result = parser.parseForESLint(toParse, options);
      parsed = { ast: result.ast, services: result.services ?? {}, visitorKeys: result.visitorKeys };
    } else {
      parsed = { ast: (parser.parse as NonNullable<Parser["parse"]>)(toParse, options), services: {} };
    }
  } catch (error) {
    const e = error as { message?: unknown; lineNumber?: number; column?: number };
    const message = String(e.message ?? error).replace(/^line \d+:/iu, "").trim();
    return [{ ruleId: null, fatal: true, severity: 2, message: `Parsing error: ${message}`, line: e.lineNumber as number, column: e.column as number }];
  }
  // SourceCode strips a byte order mark from the text it is given, so a second one goes too, while
  // the AST keeps the ranges of the text with one mark removed (languages/js/source-code).
  const second = body.charCodeAt(0) === 0xfeff;
  const view = new FileView(second ? body.slice(1) : body, hasBOM || second, parsed.ast, parsed.services, parsed.visitorKeys);
  const problems: Linter.LintMessage[] = [];
  const programs: Array<(node: unknown) => void> = [];
  for (const configured of prepared.rules) {
    const context = {
      id: configured.id,
      options: configured.options,
      settings: prepared.settings,
      languageOptions: prepared.languageOptions,
      parserOptions: prepared.parserOptions,
      filename,
      physicalFilename: filename,
      cwd: "/",
      sourceCode: view,
      report: (descriptor: Descriptor) => problems.push(problemOf(configured, view.text, descriptor)),
    };
    const listeners = configured.rule.create(context as unknown as Rule.RuleContext) as Record<string, unknown>;
    for (const [selector, listener] of Object.entries(listeners)) {
      // createRule's rules listen to `Program` only (lib/eslint/create-rule.ts).
      if (selector !== "Program" || typeof listener !== "function") throw new Error(`${configured.id} listens to ${selector}: not a check rule`);
      programs.push(listener as (node: unknown) => void);
    }
  }
  for (const program of programs) program(parsed.ast);
  // Array#sort is stable: equal positions keep the rules' order, as in Linter.
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

// ESLint's `shebangPattern` (lib/shared/ast-utils.js).
const SHEBANG = /^#!([^\r\n\u2028\u2029]*)/u;

interface Descriptor {
  messageId?: string;
  message?: string;
  data?: Record<string, unknown>;
  loc: { start: { line: number; column: number }; end?: { line: number; column: number } | null };
  fix?: (fixer: Fixer) => Fix | Iterable<Fix> | null;
  suggest?: Array<{ messageId?: string; desc?: string; data?: Record<string, unknown>; fix: (fixer: Fixer) => Fix | Iterable<Fix> | null }>;
}

interface Fix {
  range: [number, number];
  text: string;
}

/** The part of ESLint's RuleFixer the rules use. */
const FIXER = {
  replaceTextRange(range: [number, number], text: string): Fix {
    return { range, text };
  },
};
type Fixer = typeof FIXER;

function problemOf(configured: ConfiguredRule, text: string, d: Descriptor): Linter.LintMessage {
  const messages = (configured.rule.meta?.messages ?? {}) as Record<string, string>;
  const template = d.messageId !== undefined ? messages[d.messageId] : d.message;
  if (template === undefined) throw new TypeError(`${configured.id} reported an unknown messageId ${String(d.messageId)}`);
  // A loc with `start` (createRule always gives one): columns are 0-based there, 1-based here.
  const { start, end } = d.loc;
  const problem: Linter.LintMessage = {
    ruleId: configured.id,
    severity: configured.severity,
    message: interpolate(template, d.data),
    line: start.line,
    column: start.column + 1,
  };
  if (d.messageId !== undefined) problem.messageId = d.messageId;
  if (end) {
    problem.endLine = end.line;
    problem.endColumn = end.column + 1;
  }
  const fix = d.fix ? normalizeFix(d.fix(FIXER), text) : null;
  if (fix) problem.fix = fix;
  const suggestions = (d.suggest ?? [])
    .map((s) => ({ ...s, desc: interpolate(s.desc ?? messages[s.messageId as string] ?? "", s.data), fix: normalizeFix(s.fix(FIXER), text) }))
    .filter((s) => s.fix !== null);
  if (suggestions.length > 0) problem.suggestions = suggestions as Linter.LintSuggestion[];
  return problem;
}

/** ESLint's `interpolate` (lib/linter/interpolate.js): `{{ name }}` from data, unknown names kept. */
function interpolate(text: string, data: Record<string, unknown> | undefined): string {
  if (!data || !text.includes("{{")) return text;
  return text.replace(/\{\{([^{}]+)\}\}/gu, (whole, term: string) => {
    const name = term.trim();
    return name in data ? String(data[name]) : whole;
  });
}

/** ESLint's `normalizeFixes` / `mergeFixes`: several fixes of one report become one edit. */
function normalizeFix(result: Fix | Iterable<Fix> | null, text: string): Fix | null {
  if (!result) return null;
  if (!(Symbol.iterator in result)) return { range: [result.range[0], result.range[1]], text: result.text };
  const fixes = Array.from(result);
  if (fixes.length === 0) return null;
  if (fixes.length === 1) {
    const [only] = fixes as [Fix];
    return { range: [only.range[0], only.range[1]], text: only.text };
  }
  fixes.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const start = (fixes[0] as Fix).range[0];
  const end = (fixes.at(-1) as Fix).range[1];
  let out = "";
  let last = Number.MIN_SAFE_INTEGER;
  for (const fix of fixes) {
    if (fix.range[0] < last) throw new Error("Fix objects must not be overlapped in a report.");
    if (fix.range[0] >= 0) out += text.slice(Math.max(0, start, last), fix.range[0]);
    out += fix.text;
    last = fix.range[1];
  }
  out += text.slice(Math.max(0, start, last), end);
  return { range: [start, end], text: out };
}

/** ESLint's `deepMergeArrays` (lib/shared/deep-merge-arrays.js), for rule options over defaults. */
function deepMergeArrays(first: unknown[] | undefined, second: unknown[]): unknown[] {
  if (!first || !second) return second ?? first ?? [];
  return [...first.map((value, i) => deepMergeObjects(value, i < second.length ? second[i] : undefined)), ...second.slice(first.length)];
}

function deepMergeObjects(first: unknown, second: unknown): unknown {
  if (second === undefined) return first;
  if (!isPlainObject(first) || !isPlainObject(second)) return second;
  const result: Record<string, unknown> = { ...first, ...second };
  for (const key of Object.keys(second)) {
    if (Object.prototype.propertyIsEnumerable.call(first, key)) result[key] = deepMergeObjects(first[key], second[key]);
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What the rules read of ESLint's SourceCode, with its line arithmetic (source-code.js). */
class FileView {
  private starts: number[] | undefined;

  constructor(
    readonly text: string,
    readonly hasBOM: boolean,
    readonly ast: unknown,
    readonly parserServices: Record<string, unknown>,
    readonly visitorKeys: unknown,
  ) {}

  getLocFromIndex(index: number): { line: number; column: number } {
    if (index < 0 || index > this.text.length) {
      throw new RangeError(`Index out of range (requested index ${index}, but source text has length ${this.text.length}).`);
    }
    const starts = (this.starts ??= lineStarts(this.text));
    // The last line start at or before index: binary search.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((starts[mid] as number) <= index) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: index - (starts[low] as number) };
  }
}

/** Where each line starts: after `\r\n`, `\r`, `\n`, U+2028 or U+2029 (ESLint's line breaks). */
function lineStarts(text: string): number[] {
  const starts = [0];
  const breaks = /\r\n|[\r\n\u2028\u2029]/gu;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * The command's engine: reports through the checks above, with each config prepared once, when a
 * file first needs it; fixes through ESLint's `Linter` (its fix passes), loaded on the first fix.
 */
export function checksEngine(quiet: boolean, cwd: string): Engine {
  const prepared = new Map<string, PreparedChecks | null>();
  const ruleFor = (id: string): RuleModule | undefined =>
    id.startsWith(PREFIX) ? (plugin.rules as Record<string, RuleModule>)[id.slice(PREFIX.length)] : undefined;
  let fixer: Promise<Engine> | undefined;
  const eslint = (): Promise<Engine> => (fixer ??= import("./lint.js").then((m) => m.eslintEngine(quiet, cwd)));
  return {
    async lint(text, path, flavor) {
      const name = configNameFor(path, text);
      if (certainlySilent(name, path, text)) return [];
      const key = `${name} ${name === "recommended-no-files" ? String(flavor) : ""}`;
      let checks = prepared.get(key);
      if (checks === undefined) {
        checks = prepareChecks(configFor(flavor, quiet, name), ruleFor);
        prepared.set(key, checks);
      }
      // A config this engine cannot run (none today): Linter's answer.
      if (checks === null) return (await eslint()).lint(text, path, flavor);
      return lintWithChecks(text, path, checks);
    },
    async fix(text, path, flavor) {
      return (await eslint()).fix(text, path, flavor);
    },
  };
}

const PREFIX = `${plugin.meta.namespace}/`;
