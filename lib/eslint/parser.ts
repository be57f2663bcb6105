// The parser the plugin's configs give ESLint: jsonc-eslint-parser, with errors that never quote
// the file. Its errors quote the token it stopped at (`Unexpected identifier 'ghp_…'.`), and in a
// credential file that token is often a secret; ESLint prints the message as "Parsing error: …".
// An error after the file's first object also says what the clients do with such a file.
import * as jsonc from "jsonc-eslint-parser";
import { parseErrorMessage } from "../core/parse-errors.js";
import { name, version } from "../meta.js";

type ParseResult = ReturnType<typeof jsonc.parseForESLint>;

export const parser = {
  meta: { name: `${name}/json-parser`, version },
  parseForESLint(code: string, options?: Record<string, unknown>): ParseResult {
    try {
      return jsonc.parseForESLint(code, options);
    } catch (error) {
      if (error instanceof Error) {
        // jsonc-eslint-parser's errors carry the offset where it stopped; ESLint passes the file's path.
        const offset = (error as { index?: unknown }).index;
        const filePath = options?.filePath;
        error.message = parseErrorMessage(error.message, code, typeof offset === "number" ? offset : undefined, typeof filePath === "string" ? filePath : "");
      }
      throw error;
    }
  },
};
