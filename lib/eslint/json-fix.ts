// Fixes that touch one token, or one property and its comma, and nothing else: whitespace,
// comments, CRLF and trailing commas around them survive.
import type { TSESTree } from "@typescript-eslint/utils";
import type { RuleFix, RuleFixer, SourceCode } from "@typescript-eslint/utils/ts-eslint";
import type { AST } from "jsonc-eslint-parser";

type Node = TSESTree.Node | TSESTree.Token;
const asNode = (n: AST.JSONNode): Node => n as unknown as Node;

/** Rewrite a property's key, keeping its quote style. */
export function renameKey(fixer: RuleFixer, property: AST.JSONProperty, key: string): RuleFix {
  return replaceString(fixer, property.key, key);
}

/** Rewrite a string token (a key or a value) as `value`, keeping its quote style. */
export function replaceString(fixer: RuleFixer, node: AST.JSONNode, value: string): RuleFix {
  const json = JSON.stringify(value);
  if (node.type === "JSONLiteral" && typeof node.value === "string") {
    const quote = node.raw[0];
    const inner = json.slice(1, -1);
    if (quote === '"' || !inner.includes(quote ?? "") && !inner.includes("\\")) {
      return fixer.replaceTextRange([node.range[0] + 1, node.range[1] - 1], inner);
    }
  }
  return fixer.replaceTextRange(node.range, json);
}

/** Replace a property's value (an object) with `{}`; its key, comma and surroundings stay. */
export function emptyValue(fixer: RuleFixer, property: AST.JSONProperty): RuleFix {
  return fixer.replaceTextRange(property.value.range, "{}");
}

/** Remove a property with exactly one of the commas around it. */
export function removeProperty(fixer: RuleFixer, sourceCode: Readonly<SourceCode>, property: AST.JSONProperty): RuleFix {
  const after = sourceCode.getTokenAfter(asNode(property));
  if (after?.value === ",") {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    const object = property.parent;
    const isLast = object.properties.at(-1) === property;
    // "a": 1, "b": 2  → remove up to the next property; a trailing comma before "}" goes too.
    const end = next && !isLast ? next.range[0] : after.range[1];
    return fixer.removeRange([property.range[0], end]);
  }
  const before = sourceCode.getTokenBefore(asNode(property));
  if (before?.value === ",") return fixer.removeRange([before.range[0], property.range[1]]);
  return fixer.removeRange(property.range);
}
