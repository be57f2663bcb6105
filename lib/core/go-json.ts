// What Go's encoding/json scanner says about text that is not JSON: the phase it is in when it meets
// a character, and the exact reason it gives ("invalid character '/' looking for beginning of
// value"). Docker CLI and containers/image print these reasons verbatim. Facts: Go's
// encoding/json/scanner.go, measured with the Docker CLI 28.2.2 (tests/oracle-strict-json.test.ts).
// No ESLint in this module.

/** Where the scanner is when it meets a character; each has its own wording in Go's errors. */
export type ScanPhase =
  | "beginValue"
  | "beginKey"
  | "afterKey"
  | "afterPair"
  | "afterElement"
  | "afterTopLevel"
  | "inString"
  | "inEscape"
  | "inUnicodeEscape"
  | "inNumber"
  | "afterDecimal"
  | "inExponent";

const PHRASE: Record<ScanPhase, string> = {
  beginValue: "looking for beginning of value",
  beginKey: "looking for beginning of object key string",
  afterKey: "after object key",
  afterPair: "after object key:value pair",
  afterElement: "after array element",
  afterTopLevel: "after top-level value",
  inString: "in string literal",
  inEscape: "in string escape code",
  inUnicodeEscape: "in \\u hexadecimal character escape",
  inNumber: "in numeric literal",
  afterDecimal: "after decimal point in numeric literal",
  inExponent: "in exponent of numeric literal",
};

/** JSON's only whitespace; JSON5's `\v`, `\f`, NBSP, U+2028… are errors to Go. */
export function isGoSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r";
}

/** The first UTF-8 byte of the character at `offset`: Go's scanner works on bytes. */
function firstByte(text: string, offset: number): number {
  const cp = text.codePointAt(offset) ?? 0;
  if (cp < 0x80) return cp;
  if (cp < 0x800) return 0xc0 | (cp >> 6);
  if (cp < 0x10000) return 0xe0 | (cp >> 12);
  return 0xf0 | (cp >> 18);
}

const ESCAPES: Record<number, string> = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 0x5c: "\\\\" };

/** Go's `quoteChar`: how an error message shows the offending byte. */
export function goQuoteChar(byte: number): string {
  if (byte === 0x27) return "'\\''";
  if (byte === 0x22) return "'\"'";
  const escaped = ESCAPES[byte];
  if (escaped !== undefined) return `'${escaped}'`;
  if (byte < 0x20 || byte === 0x7f) return `'\\x${byte.toString(16).padStart(2, "0")}'`;
  // strconv.Quote(string(rune(b))): a lead byte ≥ 0xC2 is a printable Latin-1 letter ('ï' for a BOM).
  return `'${String.fromCharCode(byte)}'`;
}

/** Go's message for the character at `offset` met in `phase`. */
export function goSyntaxReason(text: string, offset: number, phase: ScanPhase): string {
  if (offset >= text.length) return "unexpected end of JSON input";
  return `invalid character ${goQuoteChar(firstByte(text, offset))} ${PHRASE[phase]}`;
}

/** Where Go's scanner stops inside a scalar, and why. */
export interface ScanError {
  offset: number;
  reason: string;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
const isHex = (ch: string | undefined): boolean => ch !== undefined && /^[0-9a-fA-F]$/.test(ch);

/** Scan a JSON string starting at the `"` at `start`; returns its end or the error. */
function scanString(text: string, start: number): number | ScanError {
  let i = start + 1;
  for (;;) {
    const ch = text[i];
    if (ch === undefined) return { offset: i, reason: goSyntaxReason(text, i, "inString") };
    if (ch === '"') return i + 1;
    if (ch === "\\") {
      const e = text[i + 1];
      if (e === "u") {
        for (let k = 2; k < 6; k++) {
          if (!isHex(text[i + k])) return { offset: i + k, reason: goSyntaxReason(text, i + k, "inUnicodeEscape") };
        }
        i += 6;
        continue;
      }
      if (e === undefined || !'"\\/bfnrt'.includes(e)) return { offset: i + 1, reason: goSyntaxReason(text, i + 1, "inEscape") };
      i += 2;
      continue;
    }
    if (ch.charCodeAt(0) < 0x20) return { offset: i, reason: goSyntaxReason(text, i, "inString") };
    i++;
  }
}

/** Scan a JSON number starting at `start`; returns its end or the error. */
function scanNumber(text: string, start: number): number | ScanError {
  let i = start;
  const fail = (phase: ScanPhase): ScanError => ({ offset: i, reason: goSyntaxReason(text, i, phase) });
  if (text[i] === "-") i++;
  if (text[i] === "0") i++;
  else if (isDigit(text[i])) while (isDigit(text[i])) i++;
  else return fail("inNumber");
  if (text[i] === ".") {
    i++;
    if (!isDigit(text[i])) return fail("afterDecimal");
    while (isDigit(text[i])) i++;
  }
  if (text[i] === "e" || text[i] === "E") {
    i++;
    if (text[i] === "+" || text[i] === "-") i++;
    if (!isDigit(text[i])) return fail("inExponent");
    while (isDigit(text[i])) i++;
  }
  return i;
}

const LITERALS = ["true", "false", "null"];

function scanLiteral(text: string, start: number): number | ScanError {
  const word = LITERALS.find((w) => w[0] === text[start]) ?? "";
  for (let k = 1; k < word.length; k++) {
    if (text[start + k] !== word[k]) {
      const offset = start + k;
      const expecting = goQuoteChar(word.charCodeAt(k));
      const found = offset >= text.length ? "unexpected end of JSON input" : `invalid character ${goQuoteChar(firstByte(text, offset))}`;
      return { offset, reason: `${found} in literal ${word} (expecting ${expecting})` };
    }
  }
  return start + word.length;
}

/**
 * Where Go's scanner first fails on the value written in `text[start, end)` (a value node's range),
 * met in phase `begin` (`beginValue`, or `beginKey` for an object key); `after` is the phase for
 * anything left over after a complete value (`afterPair`, `afterElement`, `afterKey`). Null when
 * the text is exactly one JSON scalar (objects and arrays are checked piece by piece).
 */
export function scanScalar(text: string, start: number, end: number, begin: ScanPhase, after: ScanPhase): ScanError | null {
  const ch = text[start];
  let stop: number | ScanError;
  if (ch === '"') stop = scanString(text, start);
  else if (begin === "beginKey") return { offset: start, reason: goSyntaxReason(text, start, begin) };
  else if (ch === "-" || isDigit(ch)) stop = scanNumber(text, start);
  else if (ch === "t" || ch === "f" || ch === "n") stop = scanLiteral(text, start);
  else return { offset: start, reason: goSyntaxReason(text, start, begin) };
  if (typeof stop !== "number") return stop;
  let i = stop;
  while (i < end && isGoSpace(text[i])) i++;
  return i < end ? { offset: i, reason: goSyntaxReason(text, i, after) } : null;
}

/**
 * Where the JSON object at the start of `text` ends, as Go's `json.Decoder` reads it: leading JSON
 * whitespace skipped, the object strict JSON. Null when the text does not start with one. The
 * decoder reads that value and never looks past it (docker/cli cli/config/configfile/file.go,
 * `LoadFromReader`: `json.NewDecoder(r).Decode(c)`), while `json.Unmarshal` refuses anything but
 * whitespace after it. Linear: one pass to the matching brace, then one JSON.parse of the object.
 */
export function leadingObjectEnd(text: string): number | null {
  let start = 0;
  while (isGoSpace(text[start])) start++;
  if (text[start] !== "{") return null;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const stop = scanString(text, i);
      if (typeof stop !== "number") return null;
      i = stop - 1;
    } else if (ch === "{" || ch === "[") {
      depth++;
    } else if ((ch === "}" || ch === "]") && --depth === 0) {
      try {
        // JSON.parse's grammar is RFC 8259's, as Go's scanner: a comment, a trailing comma or a
        // single quote inside the object makes docker refuse the file too.
        JSON.parse(text.slice(start, i + 1));
      } catch {
        return null;
      }
      return i + 1;
    }
  }
  return null;
}
