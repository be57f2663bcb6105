// A registry config stored base64-encoded in a scalar of the linted file: a pull Secret's `data`
// entry. Base64 has no positions a reader can see, so every finding is reported on the whole
// scalar (the messages name the registry key inside); a fix applies its edits to the decoded text
// and re-encodes the whole payload into the scalar, wrapped and quoted as it was. Every fix then
// overlaps every other, and ESLint applies one per pass (ten passes at most): the fixes of one
// rule that a plain file would take in one pass come as one fix (createRule, `wholeText`).
//
// The fix text therefore holds the whole payload, credentials included (base64 is no encryption):
// `eslint --format json` prints it in `messages[].fix.text`, as it prints every file's `source`.
import type { RegistryDocument } from "../../core/document.js";
import type { Edit } from "../../core/finding.js";
import type { FileEdit, Host, SourceLocation } from "../host.js";
import type { JsonSourceCode } from "./json-file.js";
import type { ScalarText } from "./scalar-text.js";

/**
 * `base64` laid out as `original` is: one line, or lines of the original's width joined by its line
 * break, with a final break if it had one. Null when the original's wrapping is irregular.
 */
export function wrapLike(original: string, base64: string): string | null {
  const br = original.includes("\r\n") ? "\r\n" : "\n";
  const trailing = original.endsWith(br) ? br : "";
  const lines = (trailing ? original.slice(0, -br.length) : original).split(br);
  if (lines.length === 1) return lines[0]?.includes("\r") ? null : base64 + trailing;
  const width = (lines[0] as string).length;
  const regular = width > 0 && lines.every((l, i) => (i < lines.length - 1 ? l.length === width : l.length > 0 && l.length <= width));
  if (!regular) return null;
  const out: string[] = [];
  for (let i = 0; i < base64.length; i += width) out.push(base64.slice(i, i + width));
  return out.join(br) + trailing;
}

/**
 * The largest payload a fix re-encodes. Every fix and suggestion of a base64 payload carries the
 * whole payload, so a payload with many findings would cost their product in time and memory;
 * past this size the findings stay and their fixes are dropped.
 */
export const MAX_FIXED_PAYLOAD = 64 * 1024;

export function base64Host(
  document: RegistryDocument,
  scalar: ScalarText,
  lossless: boolean,
  sourceCode: Pick<JsonSourceCode, "getLocFromIndex">,
): Host<RegistryDocument> {
  const whole: SourceLocation = { start: sourceCode.getLocFromIndex(scalar.range[0]), end: sourceCode.getLocFromIndex(scalar.range[1]) };
  // The decoded payload holds the byte order mark: strict-json's [-1, 0] is its character.
  const text = (document.bom ? "\uFEFF" : "") + document.text;
  const shift = document.bom ? 1 : 0;
  return {
    document,
    wholeText: true,
    loc: () => whole,
    edits(edits: readonly Edit[]): FileEdit[] | null {
      // Bytes that are not UTF-8 would not survive a round trip through the text: no fix.
      if (!lossless || text.length > MAX_FIXED_PAYLOAD) return null;
      let fixed = text;
      for (const e of [...edits].sort((a, b) => b.range[0] - a.range[0])) {
        fixed = fixed.slice(0, e.range[0] + shift) + e.text + fixed.slice(e.range[1] + shift);
      }
      const wrapped = wrapLike(scalar.value, Buffer.from(fixed, "utf8").toString("base64"));
      const edit = wrapped === null ? null : scalar.replace(wrapped);
      return edit === null ? null : [edit];
    },
  };
}
