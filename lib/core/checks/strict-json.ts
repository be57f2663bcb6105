// What Go's encoding/json refuses in a registry config that jsonc-eslint-parser accepts (JSONC,
// JSON5, a byte order mark, values of the wrong type), each with the reason the client prints
// and what the client then does with the file.
//
// The clients read the file differently, and that decides what a syntax error costs:
// - docker/cli `ConfigFile.LoadFromReader` (cli/config/configfile/file.go) runs
//   `json.NewDecoder(r).Decode(c)`: the decoder reads the first JSON value and never looks past
//   it, so text after the top-level object is ignored; a syntax error inside it makes `load`
//   fail, and `LoadDefaultConfigFile` (cli/config/config.go) prints "WARNING: Error parsing
//   config file (PATH): REASON" and goes on with an empty config.
// - containers/image `readJSONFile` (pkg/docker/config/config.go) runs `json.Unmarshal` on the
//   whole file, which refuses anything after the value too, and every credential lookup fails
//   with `reading JSON file "PATH": unmarshaling JSON at "PATH": REASON`.
import type { AST } from "jsonc-eslint-parser";
import type { RegistryDocument } from "../document.js";
import { removeBom, removeComment, removeToken, toJsonString, toJsonWhitespace } from "../edits.js";
import { CONFIG_FILE, type JsonKind, typeMismatches, type ValueView } from "../fields.js";
import type { Edit, Finding, Range } from "../finding.js";
import { goSyntaxReason, isGoSpace, type ScanPhase, scanScalar } from "../go-json.js";
import { keyOf } from "../model.js";
import type { Flavor } from "../registry.js";

export type StrictJsonMessageIds =
  | "byteOrderMark"
  | "comment"
  | "trailingComma"
  | "singleQuotes"
  | "unquotedKey"
  | "invalidString"
  | "invalidValue"
  | "invalidWhitespace"
  | "notJson"
  | "wrongType"
  | "removeComment";

type Out = Finding<StrictJsonMessageIds>;

/** Where in the file a defect stands, which decides what the client does about it. */
export type Effect = "syntax" | "type" | "afterValue";

/**
 * What the client does with a file that holds the defect: a syntax error inside the top-level
 * value, a value of the wrong type, or anything after the top-level value.
 */
export const EFFECT: Record<Flavor, Record<Effect, string>> = {
  // docker prints "WARNING: Error parsing config file" on every command (the docs page says so).
  docker: {
    syntax: "the Docker CLI ignores the whole file",
    // `LoadFromReader` returns the decoder's error before it decodes any `auth`.
    type: 'the Docker CLI decodes no "auth"',
    afterValue: "the Docker CLI ignores it, Podman rejects the file",
  },
  // Every credential lookup fails with "reading JSON file".
  containers: {
    syntax: "containers/image fails every credential lookup",
    type: "containers/image fails every credential lookup",
    afterValue: "containers/image fails every credential lookup",
  },
  // A pull Secret's payload: the API server accepts any JSON object (validation decodes it into
  // map[string]interface{}), the kubelet decodes it into DockerConfigJSON (secrets.go MakeDockerKeyring).
  kubernetes: {
    syntax: "the API server rejects the Secret",
    type: "every Pod that lists the Secret fails to pull",
    afterValue: "the API server rejects the Secret",
  },
};

/** The effect of a syntax defect met in `phase`: after the top-level value, docker has stopped reading. */
export function syntaxEffect(phase: ScanPhase): Effect {
  return phase === "afterTopLevel" ? "afterValue" : "syntax";
}

interface Token {
  type: string;
  value: string;
  range: Range;
}

type Node = AST.JSONNode;

export function strictJsonFindings(doc: RegistryDocument): Out[] {
  const { model, text, flavor } = doc;
  if (model === null) return [];
  const effects = EFFECT[flavor];
  const findings: Out[] = [];

  function report(messageId: StrictJsonMessageIds, range: Range, reason: string, effect: Effect, fix?: Edit): void {
    findings.push({ messageId, range, data: { reason, effect: effects[effect] }, ...(fix ? { fix: [fix] } : {}) });
  }

  if (doc.bom) {
    report("byteOrderMark", [-1, 0], goSyntaxReason("\uFEFF", 0, "beginValue"), "syntax", removeBom());
  }
  scanTokens(doc, report, findings, effects);
  checkValues(text, model.root, report);
  if (model.shape === "config") {
    for (const m of typeMismatches<Node>(model.root, CONFIG_FILE[flavor], valueView(text))) {
      const at = m.node.parent?.type === "JSONProperty" ? m.node.parent.key : m.node;
      findings.push({
        messageId: "wrongType",
        range: at.range,
        data: { field: m.field, expected: m.expected, reason: m.reason, effect: effects.type },
      });
    }
  }
  return findings;
}

type Report = (messageId: StrictJsonMessageIds, range: Range, reason: string, effect: Effect, fix?: Edit) => void;

/**
 * One pass over tokens and comments in order (both lists are sorted: merged, not re-sorted),
 * tracking where Go's scanner would be: comments, trailing commas, array holes, and characters
 * between tokens that JSON does not count as whitespace.
 */
function scanTokens(doc: RegistryDocument, report: Report, findings: Out[], effects: Record<Effect, string>): void {
  const { text } = doc;
  const tokens = doc.ast.tokens as unknown as readonly Token[];
  const comments = doc.ast.comments as unknown as readonly Token[];
  const stack: string[] = [];
  let state: "value" | "key" | "colon" | "after" = "value";
  const phase = (): ScanPhase => {
    if (state === "value") return "beginValue";
    if (state === "key") return "beginKey";
    if (state === "colon") return "afterKey";
    const top = stack.at(-1);
    return top === "{" ? "afterPair" : top === "[" ? "afterElement" : "afterTopLevel";
  };
  const gap = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      if (isGoSpace(text[i])) {
        i++;
        continue;
      }
      let j = i;
      while (j < to && !isGoSpace(text[j])) j += (text.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
      const p = phase();
      report("invalidWhitespace", [i, j], goSyntaxReason(text, i, p), syntaxEffect(p), toJsonWhitespace(text, [i, j]));
      i = j;
    }
  };

  let end = 0;
  let c = 0;
  for (let t = 0; t < tokens.length || c < comments.length; ) {
    const token = tokens[t];
    const comment = comments[c];
    if (comment !== undefined && (token === undefined || comment.range[0] < token.range[0])) {
      c++;
      gap(end, comment.range[0]);
      end = comment.range[1];
      const p = phase();
      const effect = syntaxEffect(p);
      findings.push({
        messageId: "comment",
        range: comment.range,
        data: { reason: goSyntaxReason(text, comment.range[0], p), effect: effects[effect] },
        suggestions: [{ messageId: "removeComment", fix: [removeComment(text, comment)] }],
      });
      continue;
    }
    const tok = token as Token;
    t++;
    gap(end, tok.range[0]);
    end = tok.range[1];
    const punctuator = tok.type === "Punctuator";
    if (punctuator && (tok.value === "{" || tok.value === "[")) {
      stack.push(tok.value);
      state = tok.value === "{" ? "key" : "value";
    } else if (punctuator && (tok.value === "}" || tok.value === "]")) {
      stack.pop();
      state = "after";
    } else if (punctuator && tok.value === ":") {
      state = "value";
    } else if (punctuator && tok.value === ",") {
      const next = tokens[t];
      if (state !== "after") {
        const p = phase();
        report("notJson", tok.range, goSyntaxReason(text, tok.range[0], p), syntaxEffect(p));
      } else if (next && (next.value === "}" || next.value === "]")) {
        const p: ScanPhase = next.value === "}" ? "beginKey" : "beginValue";
        report("trailingComma", tok.range, goSyntaxReason(text, next.range[0], p), syntaxEffect(p), removeToken(tok));
      }
      state = stack.at(-1) === "{" ? "key" : "value";
    } else if (state === "key") {
      state = "colon";
    } else if (state === "value") {
      state = "after";
    }
  }
  gap(end, text.length);
}

/** Keys and scalar values Go's scanner refuses, in document order (iterative: no depth limit). */
function checkValues(text: string, root: Node, report: Report): void {
  const work: Node[] = [root];
  while (work.length > 0) {
    const node = work.pop() as Node;
    if (node.type === "JSONObjectExpression") {
      for (let i = node.properties.length - 1; i >= 0; i--) work.push(node.properties[i] as AST.JSONProperty);
    } else if (node.type === "JSONProperty") {
      checkKey(text, node, report);
      work.push(node.value);
    } else if (node.type === "JSONArrayExpression") {
      for (let i = node.elements.length - 1; i >= 0; i--) {
        const element = node.elements[i];
        if (element) work.push(element);
      }
    } else {
      // Inside an object or an array: the phase after a complete value is the container's.
      const after: ScanPhase = node.parent?.type === "JSONArrayExpression" ? "afterElement" : "afterPair";
      checkScalar(text, node, after, report);
    }
  }
}

function checkKey(text: string, property: AST.JSONProperty, report: Report): void {
  const key = property.key;
  const { key: name } = keyOf(property);
  if (key.type === "JSONIdentifier") {
    report("unquotedKey", key.range, goSyntaxReason(text, key.range[0], "beginKey"), "syntax", toJsonString(key, name));
    return;
  }
  if (typeof key.value === "string" && key.raw.startsWith("'")) {
    report("singleQuotes", key.range, goSyntaxReason(text, key.range[0], "beginKey"), "syntax", toJsonString(key, name));
    return;
  }
  const error = scanScalar(text, key.range[0], key.range[1], "beginKey", "afterKey");
  if (error === null) return;
  if (typeof key.value === "string") report("invalidString", key.range, error.reason, "syntax", toJsonString(key, name));
  else report("notJson", key.range, error.reason, "syntax");
}

function checkScalar(text: string, node: Node, after: ScanPhase, report: Report): void {
  const isString = node.type === "JSONLiteral" && typeof node.value === "string";
  if (isString && node.raw.startsWith("'")) {
    const fix = toJsonString(node, node.value as string);
    report("singleQuotes", node.range, goSyntaxReason(text, node.range[0], "beginValue"), "syntax", fix);
    return;
  }
  const error = scanScalar(text, node.range[0], node.range[1], "beginValue", after);
  if (error === null) return;
  if (isString) report("invalidString", node.range, error.reason, "syntax", toJsonString(node, node.value as string));
  else report("invalidValue", node.range, error.reason, "syntax");
}

/** The JSON kinds Go sees in the parsed values, for the type check. */
function valueView(text: string): ValueView<Node> {
  return {
    kind(node): JsonKind | null {
      switch (node.type) {
        case "JSONObjectExpression":
          return "object";
        case "JSONArrayExpression":
          return "array";
        case "JSONLiteral":
          if (node.value === null) return node.raw === "null" ? "null" : null;
          if (typeof node.value === "string") return node.raw.startsWith('"') ? "string" : null;
          if (typeof node.value === "boolean") return "bool";
          return typeof node.value === "number" && scanScalar(text, ...node.range, "beginValue", "afterPair") === null
            ? "number"
            : null;
        case "JSONUnaryExpression":
          return scanScalar(text, ...node.range, "beginValue", "afterPair") === null ? "number" : null;
        default:
          return null;
      }
    },
    properties: (node) => (node.type === "JSONObjectExpression" ? node.properties.map((p) => [keyOf(p).key, p.value]) : []),
    elements: (node) => (node.type === "JSONArrayExpression" ? node.elements.filter((e): e is AST.JSONExpression => e !== null) : []),
  };
}
