// A document that is the linted file itself (daemon.json, registries.conf, buildkitd.toml):
// ranges and edits map as they are.
import type { ConfigDocument } from "../../core/document.js";
import type { Edit, Range } from "../../core/finding.js";
import type { FileEdit, Host, SourceLocation } from "../host.js";

/** The parts of ESLint's SourceCode this host reads. */
export interface FileSourceCode {
  text: string;
  getLocFromIndex(index: number): { line: number; column: number };
}

export function fileHost<D extends ConfigDocument>(sourceCode: FileSourceCode, document: D): Host<D> {
  return {
    document,
    loc(range: Range): SourceLocation {
      // [-1, 0] is the byte order mark, which ESLint keeps outside the text: reported at 1:0.
      return { start: sourceCode.getLocFromIndex(Math.max(0, range[0])), end: sourceCode.getLocFromIndex(Math.max(0, range[1])) };
    },
    edits(edits: readonly Edit[]): FileEdit[] {
      return edits.map((e) => ({ range: [e.range[0], e.range[1]], text: e.text }));
    },
  };
}
