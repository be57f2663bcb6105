// The parser of configs.kubernetes: yaml-eslint-parser for YAML files, jsonc-eslint-parser for JSON
// ones (chosen by the file name ESLint passes), with one difference. A file that does not parse and
// is not a pull Secret by a cheap text check gets an empty program instead of a parse error, as
// does any file with Go template actions (`{{ }}`): Helm templates are not YAML, and a chart must
// not light up with parse errors because this config was added. A pull Secret that does not parse
// gets its error, without the token the parser stopped at (it may be a credential).
import * as jsonc from "jsonc-eslint-parser";
import type * as Yaml from "yaml-eslint-parser";
import { mayHoldPullSecret } from "../core/pull-secret.js";
import { name, version } from "../meta.js";
import { lazyModule } from "./lazy-module.js";

const yaml = lazyModule<typeof Yaml>("yaml-eslint-parser");

export const meta = { name: `${name}/manifest-parser`, version };

/** What ESLint takes from a parser; the AST is yaml-eslint-parser's or jsonc-eslint-parser's. */
interface Parsed {
  ast: object;
  visitorKeys: Readonly<Record<string, readonly string[]>>;
  services: { isYAML?: boolean; isJSON?: boolean };
}

function isJsonFile(filePath: unknown): boolean {
  return typeof filePath === "string" && /\.json[c5]?$/i.test(filePath);
}

function emptyProgram(code: string, json: boolean): Parsed {
  const lines = code.split(/\r\n|\r|\n/);
  const end = { line: lines.length, column: (lines.at(-1) ?? "").length };
  const ast = { type: "Program", body: [], comments: [], tokens: [], range: [0, code.length], loc: { start: { line: 1, column: 0 }, end }, parent: null };
  return json
    ? ({ ast: { ...ast, sourceType: "module" }, visitorKeys: jsonc.VisitorKeys, services: { isJSON: true } } as unknown as Parsed)
    : ({ ast: { ...ast, sourceType: "module" }, visitorKeys: yaml().VisitorKeys, services: { isYAML: true } } as unknown as Parsed);
}

/** A parse error that says where, and what went wrong only when the parser's words quote nothing. */
class ManifestParseError extends SyntaxError {
  constructor(
    message: string,
    readonly lineNumber: number,
    readonly column: number,
    readonly index: number,
  ) {
    super(message);
  }
}

function sanitized(error: unknown, json: boolean): unknown {
  if (!(error instanceof Error)) return error;
  const e = error as Error & { lineNumber?: number; column?: number; index?: number };
  const words = e.message.trim();
  const safe = /^[A-Za-z][A-Za-z ,;()-]*\.?$/.test(words) ? words : json ? "Not valid JSON." : "Not valid YAML.";
  return new ManifestParseError(safe, e.lineNumber ?? 1, e.column ?? 0, e.index ?? 0);
}

export function parseForESLint(code: string, options?: Record<string, unknown>): Parsed {
  const json = isJsonFile(options?.filePath);
  try {
    return json ? jsonc.parseForESLint(code, options) : yaml().parseForESLint(code, options);
  } catch (error) {
    if (!mayHoldPullSecret(code) || code.includes("{{")) return emptyProgram(code, json);
    throw sanitized(error, json);
  }
}
