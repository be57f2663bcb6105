// A host knows how a document sits in the linted file: where a range of the document's text is
// reported, and which file edit makes an edit of the document. Rules never see a host; checks
// never see ESLint.
import type { ConfigDocument } from "../core/document.js";
import type { Edit, Range } from "../core/finding.js";

export interface SourceLocation {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** An edit of the linted file. */
export interface FileEdit {
  range: [number, number];
  text: string;
}

export interface Host<D extends ConfigDocument = ConfigDocument> {
  readonly document: D;
  /** Where a range of the document's text is reported in the file. */
  loc(range: Range): SourceLocation;
  /** The file edits that make these document edits, or null when the host cannot make them. */
  edits(edits: readonly Edit[]): FileEdit[] | null;
  /**
   * Every file edit the host makes replaces the same region (a base64 payload's scalar): ESLint
   * applies one such fix per pass, and stops after 10 passes. createRule then gives the fixes of
   * one check that ESLint would apply together in a plain file one combined fix.
   */
  readonly wholeText?: boolean;
}
