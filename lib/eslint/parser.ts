// The parser the plugin's configs give ESLint: jsonc-eslint-parser, with errors that never quote
// the file. Its errors quote the token it stopped at (`Unexpected identifier 'ghp_…'.`), and in a
// credential file that token is often a secret; ESLint prints the message as "Parsing error: …".
import * as jsonc from "jsonc-eslint-parser";
import { redactParseMessage } from "../core/parse-errors.js";
import { name, version } from "../meta.js";

type ParseResult = ReturnType<typeof jsonc.parseForESLint>;

export const parser = {
  meta: { name: `${name}/json-parser`, version },
  parseForESLint(code: string, options?: Record<string, unknown>): ParseResult {
    try {
      return jsonc.parseForESLint(code, options);
    } catch (error) {
      if (error instanceof Error) error.message = redactParseMessage(error.message);
      throw error;
    }
  },
};
