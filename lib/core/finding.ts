// What a check returns: plain data with ranges in the document's own text. The ESLint adapter
// (lib/eslint/create-rule.ts) reports it through the document's host, which maps the ranges into
// the linted file; nothing here knows where the document sits.

/** `[start, end)` offsets in a document's text. `[-1, 0]` is the byte order mark before it. */
export type Range = readonly [number, number];

/** Replace `range` of the document's text with `text`. */
export interface Edit {
  range: Range;
  text: string;
}

export type Data = Readonly<Record<string, string>>;

export interface Suggestion<MessageId extends string> {
  messageId: MessageId;
  data?: Data;
  /**
   * The edits, usually one. A host may merge several into one replacement spanning the text
   * between them (ESLint does), so edits far apart would copy other entries' values into the
   * edit text that formatters print: keep them adjacent.
   */
  fix: readonly Edit[];
}

export interface Finding<MessageId extends string> {
  messageId: MessageId;
  data?: Data;
  range: Range;
  /** An autofix: only when it is certainly right (see the README's fix policy). */
  fix?: readonly Edit[];
  suggestions?: readonly Suggestion<MessageId>[];
}
