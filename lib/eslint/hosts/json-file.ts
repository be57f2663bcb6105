// The plain JSON file: the document is the linted file itself, so ranges and edits map as they are.
import type { AST } from "jsonc-eslint-parser";
import { registryDocument, type RegistryDocument } from "../../core/document.js";
import type { Edit, Range } from "../../core/finding.js";
import type { FileKind } from "../../core/model.js";
import type { Flavor } from "../../core/registry.js";
import type { FileEdit, Host, SourceLocation } from "../host.js";

/** The parts of ESLint's SourceCode this host reads. */
export interface JsonSourceCode {
  text: string;
  hasBOM: boolean;
  ast: unknown;
  getLocFromIndex(index: number): { line: number; column: number };
}

/** `fileKind`: what the file's name says of how clients read it (fileKindForFilename). */
export function jsonFileHost(sourceCode: JsonSourceCode, flavor: Flavor, fileKind: FileKind = "json"): Host<RegistryDocument> {
  const document = registryDocument(sourceCode.text, sourceCode.ast as AST.JSONProgram, flavor, sourceCode.hasBOM, fileKind);
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
