// Fixes that touch one token, or one property and its comma, and nothing else: whitespace,
// comments, CRLF and trailing commas around them survive.
import type { TSESTree } from "@typescript-eslint/utils";
import type { RuleFix, RuleFixer, SourceCode } from "@typescript-eslint/utils/ts-eslint";
import type { AST } from "jsonc-eslint-parser";

type Node = TSESTree.Node | TSESTree.Token;
const asNode = (n: AST.JSONNode): Node => n as unknown as Node;

/** Rewrite a property's key, keeping its quote style. */
export function renameKey(fixer: RuleFixer, property: AST.JSONProperty, key: string): RuleFix {
  const k = property.key;
  const json = JSON.stringify(key);
  if (k.type === "JSONLiteral" && typeof k.value === "string") {
    const quote = k.raw[0];
    const inner = json.slice(1, -1);
    if (quote === '"' || !inner.includes(quote ?? "") && !inner.includes("\\")) {
      return fixer.replaceTextRange([k.range[0] + 1, k.range[1] - 1], inner);
    }
  }
  return fixer.replaceTextRange(k.range, json);
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
