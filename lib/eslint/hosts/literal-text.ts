// A registry config written as text in a scalar of the linted file: a pull Secret's `stringData`
// entry (a YAML block, plain or quoted scalar, or a JSON string). Ranges map exactly through the
// scalar's escapes, indentation and folding; fixes edit the text in place in the scalar's style,
// and an edit that cannot be made exactly is dropped (null).
import type { RegistryDocument } from "../../core/document.js";
import type { Edit, Range } from "../../core/finding.js";
import type { FileEdit, Host, SourceLocation } from "../host.js";
import type { JsonSourceCode } from "./json-file.js";
import type { ScalarText } from "./scalar-text.js";

export function literalTextHost(document: RegistryDocument, scalar: ScalarText, sourceCode: Pick<JsonSourceCode, "getLocFromIndex">): Host<RegistryDocument> {
  // The document's text starts after a byte order mark, which the scalar's text holds: strict-json's
  // [-1, 0] (the mark, which ESLint keeps outside a plain file's text) is the mark's own character
  // here, reported there and removed from the payload by its fix.
  const shift = document.bom ? 1 : 0;
  return {
    document,
    loc(range: Range): SourceLocation {
      if (!scalar.exact) return { start: sourceCode.getLocFromIndex(scalar.range[0]), end: sourceCode.getLocFromIndex(scalar.range[1]) };
      const start = scalar.offsetOf(range[0] + shift);
      const end = scalar.offsetOf(range[1] + shift);
      return { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) };
    },
    edits(edits: readonly Edit[]): FileEdit[] | null {
      return scalar.edit(edits.map((e) => ({ range: [e.range[0] + shift, e.range[1] + shift], text: e.text })));
    },
  };
}
