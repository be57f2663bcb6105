// lib/go-json.ts: Go's scanner reasons, as measured with docker 28.2.2 (tests/oracle-strict-json.test.ts
// re-measures the ones the rule reports).
import { describe, expect, it } from "vitest";
import { goQuoteChar, goSyntaxReason, leadingObjectEnd, scanScalar } from "../lib/core/go-json.js";

describe("goQuoteChar", () => {
  it.each([
    [0x27, "'\\''"],
    [0x22, "'\"'"],
    [0x2f, "'/'"],
    [0x5c, "'\\\\'"],
    [0x09, "'\\t'"],
    [0x0b, "'\\v'"],
    [0x01, "'\\x01'"],
    [0xef, "'ï'"],
    [0xc2, "'Â'"],
  ])("byte %i → %s", (byte, quoted) => {
    expect(goQuoteChar(byte)).toBe(quoted);
  });

  it("a non-ASCII character is shown by its first UTF-8 byte", () => {
    expect(goSyntaxReason("\u00a0", 0, "beginValue")).toBe("invalid character 'Â' looking for beginning of value");
    expect(goSyntaxReason("\uFEFF", 0, "beginValue")).toBe("invalid character 'ï' looking for beginning of value");
    expect(goSyntaxReason("", 0, "beginValue")).toBe("unexpected end of JSON input");
  });
});

describe("scanScalar", () => {
  const scan = (text: string, after: "afterPair" | "afterElement" = "afterPair") =>
    scanScalar(text, 0, text.replace(/[,}\]]$/, "").length, "beginValue", after)?.reason ?? null;
  it.each([
    ['"ok"', null],
    ["-0.5e+10", null],
    ["true", null],
    ["null", null],
    ['"a\tb"', "invalid character '\\t' in string literal"],
    ['"\\x41"', "invalid character 'x' in string escape code"],
    ['"\\\'"', "invalid character '\\'' in string escape code"],
    ['"\\u00zz"', "invalid character 'z' in \\u hexadecimal character escape"],
    ["Infinity", "invalid character 'I' looking for beginning of value"],
    ["-Infinity", "invalid character 'I' in numeric literal"],
    ["- 1", "invalid character ' ' in numeric literal"],
    ["0x1F", "invalid character 'x' after object key:value pair"],
    ["1n", "invalid character 'n' after object key:value pair"],
    ["01", "invalid character '1' after object key:value pair"],
    ["+1", "invalid character '+' looking for beginning of value"],
    [".5", "invalid character '.' looking for beginning of value"],
    ["5.,", "invalid character ',' after decimal point in numeric literal"],
    ["1.e5", "invalid character 'e' after decimal point in numeric literal"],
    ["1e}", "invalid character '}' in exponent of numeric literal"],
    ["1 + 2", "invalid character '+' after object key:value pair"],
    ["`t`", "invalid character '`' looking for beginning of value"],
    ["tru}", "invalid character '}' in literal true (expecting 'e')"],
  ])("%s → %s", (text, reason) => {
    expect(scan(text)).toBe(reason);
  });

  it("an array element's leftover is 'after array element'", () => {
    expect(scan("01", "afterElement")).toBe("invalid character '1' after array element");
  });

  it("a key must be a double-quoted string", () => {
    expect(scanScalar("'a'", 0, 3, "beginKey", "afterKey")?.reason).toBe("invalid character '\\'' looking for beginning of object key string");
    expect(scanScalar('"a"', 0, 3, "beginKey", "afterKey")).toBeNull();
  });
});

describe("leadingObjectEnd: where json.Decoder stops reading", () => {
  it.each([
    ['{"a":1} x', 7],
    [' \r\n\t{"a":"}{\\"]"} {', 17],
    ['{"a":[{"b":[]}]}}', 16],
    ["{}", 2],
  ])("%j → %d", (text, end) => {
    expect(leadingObjectEnd(text)).toBe(end);
  });

  it.each([
    ['[{"a":1}] x', "not an object"],
    ['{"a":1,} x', "a trailing comma"],
    ["{'a':1} x", "single quotes"],
    ['{"a":1 /* c */} x', "a comment inside"],
    ['{"a":"\t"} x', "a raw tab in a string"],
    ['{"a":[}', "unbalanced"],
    ['{"a":"', "an unterminated string"],
    ['\uFEFF{"a":1} x', "a byte order mark"],
    ['\v{"a":1} x', "JSON5 whitespace"],
  ])("%j → null (%s)", (text) => {
    expect(leadingObjectEnd(text)).toBeNull();
  });
});
