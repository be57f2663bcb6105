import type { TSESTree } from "@typescript-eslint/utils";
import type { AST } from "jsonc-eslint-parser";
import { createRule } from "../lib/eslint/create-rule.js";
import { CONFIG_FILE, type JsonKind, typeMismatches, type ValueView } from "../lib/core/fields.js";
import { goSyntaxReason, isGoSpace, type ScanPhase, scanScalar } from "../lib/core/go-json.js";
import { keyOf } from "../lib/core/model.js";
import { type FlavorOption, flavorOf, flavorSchema, modelOf } from "../lib/eslint/rule-context.js";
import type { Flavor } from "../lib/core/registry.js";

type MessageIds =
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

/** What the client does with a file it cannot parse, with a wrong value type, or with text after the value. */
const EFFECT: Record<Flavor, Record<"syntax" | "type" | "afterValue", string>> = {
  docker: {
    syntax: 'the Docker CLI prints "WARNING: Error parsing config file" and ignores the whole file',
    type: 'the Docker CLI prints "WARNING: Error parsing config file" on every command and decodes no "auth" in the file',
    afterValue:
      "the Docker CLI ignores what follows the top-level value, but Podman and other readers that parse the whole file reject it",
  },
  containers: {
    syntax: 'Podman, Buildah and Skopeo fail every credential lookup with "reading JSON file"',
    type: 'Podman, Buildah and Skopeo fail every credential lookup with "reading JSON file"',
    afterValue: 'Podman, Buildah and Skopeo fail every credential lookup with "reading JSON file"',
  },
  // A pull Secret's payload: the API server accepts any JSON object (validation decodes it into
  // map[string]interface{}), the kubelet decodes it into DockerConfigJSON (secrets.go MakeDockerKeyring).
  kubernetes: {
    syntax: "the API server rejects the Secret: its payload must be a JSON object",
    type: "the kubelet cannot decode the Secret and fails every image pull of every Pod that lists it in imagePullSecrets",
    afterValue: "the API server rejects the Secret: its payload must be a JSON object",
  },
};

type Token = { type: string; value: string; range: [number, number]; loc: AST.SourceLocation };
type Node = AST.JSONNode;

export default createRule<MessageIds, [FlavorOption]>({
  name: "strict-json",
  meta: {
    type: "problem",
    docs: {
      description: "require strict JSON that Go's decoder accepts, with the value types the client expects",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [flavorSchema],
    defaultOptions: [{}],
    messages: {
      byteOrderMark: 'A UTF-8 byte order mark is not JSON: {{effect}} ("{{reason}}").',
      comment: 'Comments are not JSON: {{effect}} ("{{reason}}").',
      trailingComma: 'A trailing comma is not JSON: {{effect}} ("{{reason}}").',
      singleQuotes: 'Single-quoted strings are not JSON: {{effect}} ("{{reason}}").',
      unquotedKey: 'Unquoted keys are not JSON: {{effect}} ("{{reason}}").',
      invalidString: 'This string holds a raw control character or an escape that JSON lacks: {{effect}} ("{{reason}}").',
      invalidValue: 'This value is not JSON: {{effect}} ("{{reason}}").',
      invalidWhitespace: 'This character is not JSON whitespace: {{effect}} ("{{reason}}").',
      notJson: 'This is not JSON: {{effect}} ("{{reason}}").',
      wrongType: 'A value in "{{field}}" has the wrong type (Go expects {{expected}}): {{effect}} ("{{reason}}").',
      removeComment: "Remove this comment.",
    },
  },
  create(context) {
    const model = modelOf(context);
    if (model === null) return {};
    const flavor = flavorOf(context, context.options[0]);
    const effects = EFFECT[flavor];
    const { sourceCode } = context;
    const { text } = sourceCode;
    const program = sourceCode.ast as unknown as AST.JSONProgram;

    const locOf = (start: number, end: number): TSESTree.SourceLocation => ({
      start: sourceCode.getLocFromIndex(start),
      end: sourceCode.getLocFromIndex(end),
    });

    function report(
      messageId: MessageIds,
      loc: TSESTree.SourceLocation,
      reason: string,
      phase: ScanPhase | "type",
      fix?: [number, number, string],
    ): void {
      const effect = phase === "type" ? effects.type : phase === "afterTopLevel" ? effects.afterValue : effects.syntax;
      context.report({
        loc,
        messageId,
        data: { reason, effect },
        ...(fix ? { fix: (fixer) => fixer.replaceTextRange([fix[0], fix[1]], fix[2]) } : {}),
      });
    }

    /** A comment's range, with the blank line or the spaces before it when it stands alone. */
    function commentRange(start: number, end: number): [number, number] {
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
    function scanTokens(): void {
      const tokens = program.tokens as unknown as Token[];
      const comments = program.comments as unknown as Token[];
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
      const gap = (from: number, to: number): void => {
        let i = from;
        while (i < to) {
          if (isGoSpace(text[i])) {
            i++;
            continue;
          }
          let j = i;
          let spaces = "";
          while (j < to && !isGoSpace(text[j])) {
            const ch = String.fromCodePoint(text.codePointAt(j) ?? 0);
            j += ch.length;
            spaces += " ";
          }
          report("invalidWhitespace", locOf(i, j), goSyntaxReason(text, i, phase()), phase(), [i, j, spaces]);
          i = j;
        }
      };

      let end = 0;
      items.forEach(({ t, comment }, index) => {
        gap(end, t.range[0]);
        end = t.range[1];
        if (comment) {
          const [from, to] = commentRange(t.range[0], t.range[1]);
          const p = phase();
          context.report({
            loc: t.loc,
            messageId: "comment",
            data: { reason: goSyntaxReason(text, t.range[0], p), effect: p === "afterTopLevel" ? effects.afterValue : effects.syntax },
            suggest: [{ messageId: "removeComment", fix: (fixer) => fixer.removeRange([from, to]) }],
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
            report("notJson", t.loc, goSyntaxReason(text, t.range[0], phase()), phase());
          } else if (next && (next.value === "}" || next.value === "]")) {
            const p: ScanPhase = next.value === "}" ? "beginKey" : "beginValue";
            report("trailingComma", t.loc, goSyntaxReason(text, next.range[0], p), p, [t.range[0], t.range[1], ""]);
          }
          state = stack.at(-1) === "{" ? "key" : "value";
        } else if (state === "key") {
          state = "colon";
        } else if (state === "value") {
          state = "after";
        }
      });
      gap(end, text.length);
    }

    function checkKey(property: AST.JSONProperty): void {
      const key = property.key;
      const { key: name } = keyOf(property);
      const quoted = JSON.stringify(name);
      if (key.type === "JSONIdentifier") {
        report("unquotedKey", key.loc, goSyntaxReason(text, key.range[0], "beginKey"), "beginKey", [...key.range, quoted]);
        return;
      }
      if (typeof key.value === "string" && key.raw.startsWith("'")) {
        report("singleQuotes", key.loc, goSyntaxReason(text, key.range[0], "beginKey"), "beginKey", [...key.range, quoted]);
        return;
      }
      const error = scanScalar(text, key.range[0], key.range[1], "beginKey", "afterKey");
      if (error === null) return;
      if (typeof key.value === "string") report("invalidString", key.loc, error.reason, "beginKey", [...key.range, quoted]);
      else report("notJson", key.loc, error.reason, "beginKey");
    }

    function checkValue(node: Node, after: ScanPhase): void {
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
        const fix: [number, number, string] = [...node.range, JSON.stringify(node.value)];
        report("singleQuotes", node.loc, goSyntaxReason(text, node.range[0], "beginValue"), "beginValue", fix);
        return;
      }
      const error = scanScalar(text, node.range[0], node.range[1], "beginValue", after);
      if (error === null) return;
      if (isString) report("invalidString", node.loc, error.reason, "beginValue", [...node.range, JSON.stringify(node.value)]);
      else report("invalidValue", node.loc, error.reason, "beginValue");
    }

    const view: ValueView<Node> = {
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

    return {
      Program() {
        if (sourceCode.hasBOM) {
          const start = { line: 1, column: 0 };
          context.report({
            loc: { start, end: start },
            messageId: "byteOrderMark",
            data: { reason: goSyntaxReason("\uFEFF", 0, "beginValue"), effect: effects.syntax },
            // ESLint keeps the BOM outside the text; [-1, 0] is how core's unicode-bom removes it.
            fix: (fixer) => fixer.removeRange([-1, 0]),
          });
        }
        scanTokens();
        checkValue(model.root, "afterTopLevel");
        if (model.shape !== "config") return;
        for (const m of typeMismatches<Node>(model.root, CONFIG_FILE[flavor], view)) {
          const at = m.node.parent?.type === "JSONProperty" ? m.node.parent.key : m.node;
          context.report({
            loc: at.loc,
            messageId: "wrongType",
            data: { field: m.field, expected: m.expected, reason: m.reason, effect: effects.type },
          });
        }
      },
    };
  },
});
