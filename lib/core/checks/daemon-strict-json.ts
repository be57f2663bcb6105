// daemon.json as dockerd decodes it: encoding/json, no comments, no trailing commas, nothing after
// the value (moby daemon/config/config.go getConflictFreeConfiguration), and the registry lists as
// arrays of strings (ServiceOptions: `Mirrors []string`, `InsecureRegistries []string`).
import type { AST } from "jsonc-eslint-parser";
import type { DaemonDocument } from "../document.js";
import type { Edit, Finding, Range } from "../finding.js";
import { goSyntaxReason, isGoSpace, type ScanPhase, scanScalar } from "../go-json.js";
import { keyOf } from "../model.js";

export type DaemonStrictJsonMessageIds =
  | "byteOrderMark"
  | "comment"
  | "trailingComma"
  | "singleQuotes"
  | "unquotedKey"
  | "invalidString"
  | "invalidValue"
  | "invalidWhitespace"
  | "notJson"
  | "afterValue"
  | "wrongType"
  | "removeComment";

type Out = Finding<DaemonStrictJsonMessageIds>;
type Token = { type: string; value: string; range: [number, number] };

/** The registry settings and the Go type dockerd decodes them into. */
const STRING_LISTS = new Set(["registry-mirrors", "insecure-registries"]);

/** Go's name for a JSON value in `cannot unmarshal X into …`. */
function goKind(node: AST.JSONNode): string {
  if (node.type === "JSONObjectExpression") return "object";
  if (node.type === "JSONArrayExpression") return "array";
  if (node.type === "JSONLiteral") {
    if (typeof node.value === "string") return "string";
    if (typeof node.value === "boolean") return "bool";
    if (node.value === null) return "null";
  }
  return "number";
}

export function daemonStrictJsonFindings(doc: DaemonDocument): Out[] {
  const { text, ast } = doc;
  const findings: Out[] = [];
  const report = (messageId: DaemonStrictJsonMessageIds, range: Range, reason: string, fix?: Edit): void => {
    findings.push({ messageId, range, data: { reason }, ...(fix ? { fix: [fix] } : {}) });
  };

  if (doc.bom) {
    findings.push({
      messageId: "byteOrderMark",
      range: [-1, 0],
      data: { reason: goSyntaxReason("\uFEFF", 0, "beginValue") },
      fix: [{ range: [-1, 0], text: "" }],
    });
  }

  /** A comment's range, with its line when it stands alone. */
  function commentRange(start: number, end: number): Range {
    let s = start;
    while (s > 0 && (text[s - 1] === " " || text[s - 1] === "\t")) s--;
    let e = end;
    while (e < text.length && (text[e] === " " || text[e] === "\t")) e++;
    const atLineStart = s === 0 || text[s - 1] === "\n" || text[s - 1] === "\r";
    const atLineEnd = e === text.length || text[e] === "\n" || text[e] === "\r";
    if (atLineStart && atLineEnd) return [s, text.startsWith("\r\n", e) ? e + 2 : Math.min(e + 1, text.length)];
    return atLineEnd ? [s, end] : [start, end];
  }

  // One pass over tokens and comments in order, tracking where Go's scanner would be.
  const tokens = ast.tokens as unknown as Token[];
  const comments = ast.comments as unknown as Token[];
  const items = [...tokens.map((t) => ({ t, comment: false })), ...comments.map((t) => ({ t, comment: true }))].sort(
    (a, b) => a.t.range[0] - b.t.range[0],
  );
  const stack: string[] = [];
  let state: "value" | "key" | "colon" | "after" = "value";
  const phase = (): ScanPhase => {
    if (state === "value") return "beginValue";
    if (state === "key") return "beginKey";
    if (state === "colon") return "afterKey";
    const top = stack.at(-1);
    return top === "{" ? "afterPair" : top === "[" ? "afterElement" : "afterTopLevel";
  };
  let afterValueReported = false;
  const afterTop = (at: number): boolean => {
    if (phase() !== "afterTopLevel") return false;
    if (!afterValueReported) report("afterValue", [at, text.length], goSyntaxReason(text, at, "afterTopLevel"));
    afterValueReported = true;
    return true;
  };
  const gap = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      if (isGoSpace(text[i])) {
        i++;
        continue;
      }
      if (afterTop(i)) return;
      let j = i;
      let spaces = "";
      while (j < to && !isGoSpace(text[j])) {
        j += String.fromCodePoint(text.codePointAt(j) ?? 0).length;
        spaces += " ";
      }
      report("invalidWhitespace", [i, j], goSyntaxReason(text, i, phase()), { range: [i, j], text: spaces });
      i = j;
    }
  };

  let end = 0;
  items.forEach(({ t, comment }, index) => {
    gap(end, t.range[0]);
    end = t.range[1];
    if (afterTop(t.range[0])) return;
    if (comment) {
      findings.push({
        messageId: "comment",
        range: t.range,
        data: { reason: goSyntaxReason(text, t.range[0], phase()) },
        suggestions: [{ messageId: "removeComment", fix: [{ range: commentRange(t.range[0], t.range[1]), text: "" }] }],
      });
      return;
    }
    if (t.type === "Punctuator" && (t.value === "{" || t.value === "[")) {
      stack.push(t.value);
      state = t.value === "{" ? "key" : "value";
    } else if (t.type === "Punctuator" && (t.value === "}" || t.value === "]")) {
      stack.pop();
      state = "after";
    } else if (t.type === "Punctuator" && t.value === ":") {
      state = "value";
    } else if (t.type === "Punctuator" && t.value === ",") {
      let k = index + 1;
      while (items[k]?.comment === true) k++;
      const next = items[k]?.t;
      if (state !== "after") {
        report("notJson", t.range, goSyntaxReason(text, t.range[0], phase()));
      } else if (next && (next.value === "}" || next.value === "]")) {
        const p: ScanPhase = next.value === "}" ? "beginKey" : "beginValue";
        report("trailingComma", t.range, goSyntaxReason(text, next.range[0], p), { range: t.range, text: "" });
      }
      state = stack.at(-1) === "{" ? "key" : "value";
    } else if (state === "key") {
      state = "colon";
    } else if (state === "value") {
      state = "after";
    }
  });
  gap(end, text.length);

  function checkKey(property: AST.JSONProperty): void {
    const key = property.key;
    const quoted = JSON.stringify(keyOf(property).key);
    if (key.type === "JSONIdentifier") {
      report("unquotedKey", key.range, goSyntaxReason(text, key.range[0], "beginKey"), { range: key.range, text: quoted });
      return;
    }
    if (typeof key.value === "string" && key.raw.startsWith("'")) {
      report("singleQuotes", key.range, goSyntaxReason(text, key.range[0], "beginKey"), { range: key.range, text: quoted });
      return;
    }
    const error = scanScalar(text, key.range[0], key.range[1], "beginKey", "afterKey");
    if (error === null) return;
    if (typeof key.value === "string") report("invalidString", key.range, error.reason, { range: key.range, text: quoted });
    else report("notJson", key.range, error.reason);
  }

  function checkValue(node: AST.JSONNode, after: ScanPhase): void {
    if (node.type === "JSONObjectExpression") {
      for (const property of node.properties) {
        checkKey(property);
        checkValue(property.value, "afterPair");
      }
      return;
    }
    if (node.type === "JSONArrayExpression") {
      for (const element of node.elements) if (element) checkValue(element, "afterElement");
      return;
    }
    const isString = node.type === "JSONLiteral" && typeof node.value === "string";
    if (isString && node.raw.startsWith("'")) {
      const fix = { range: node.range, text: JSON.stringify(node.value) };
      report("singleQuotes", node.range, goSyntaxReason(text, node.range[0], "beginValue"), fix);
      return;
    }
    const error = scanScalar(text, node.range[0], node.range[1], "beginValue", after);
    if (error === null) return;
    if (isString && node.type === "JSONLiteral") {
      report("invalidString", node.range, error.reason, { range: node.range, text: JSON.stringify(node.value) });
    } else report("invalidValue", node.range, error.reason);
  }

  checkValue(doc.model.root, "afterTopLevel");

  // json: cannot unmarshal X into Go struct field Config.registry-mirrors of type []string
  for (const { property, key } of doc.model.top) {
    if (!STRING_LISTS.has(key)) continue;
    const value = property.value;
    const isNull = value.type === "JSONLiteral" && value.value === null && value.raw === "null";
    if (isNull) continue;
    if (value.type !== "JSONArrayExpression") {
      const reason = `json: cannot unmarshal ${goKind(value)} into Go struct field Config.${key} of type []string`;
      findings.push({ messageId: "wrongType", range: property.key.range, data: { reason, key } });
      continue;
    }
    for (const element of value.elements) {
      if (element === null || goKind(element) === "string" || goKind(element) === "null") continue;
      const reason = `json: cannot unmarshal ${goKind(element)} into Go struct field Config.${key} of type string`;
      findings.push({ messageId: "wrongType", range: element.range, data: { reason, key } });
    }
  }
  return findings;
}
