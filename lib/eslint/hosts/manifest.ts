// The pull Secrets of a Kubernetes manifest (YAML with one or more `---` documents, or JSON as
// `kubectl get -o json` prints it; `kind: List` and `…List` items too), each as a `pull-secret`
// document over the file, and each `.dockerconfigjson` / `.dockercfg` payload as a registry document
// for the kubelet: base64 (`data`) or text (`stringData`) embedded in a scalar.
import type { AST as JsonAST } from "jsonc-eslint-parser";
import type { AST as YamlAST } from "yaml-eslint-parser";
import type { RegistryDocument } from "../../core/document.js";
import type { Edit, Range } from "../../core/finding.js";
import type { Flavor } from "../../core/registry.js";
import { withFlavor } from "../../core/document.js";
import { type ManifestScalar, PAYLOAD_KEY, isPayloadKey, pullSecretDocument, type PullSecretDocument, type SecretEntry } from "../../core/pull-secret.js";
import type { FileEdit, Host, SourceLocation } from "../host.js";
import { base64Host, wrapLike } from "./base64.js";
import type { JsonSourceCode } from "./json-file.js";
import { literalTextHost } from "./literal-text.js";
import { jsonStringText, type ScalarText, yamlScalarText } from "./scalar-text.js";

/**
 * A parser-neutral view of a manifest node. Children are made when first read: only the few paths
 * to a Secret's `type`, `data` and `stringData` (and List `items`) are ever walked, whatever the
 * depth of the rest of the file.
 */
interface Entry {
  key: string;
  keyRange: Range;
  readonly value: View;
}
type View =
  | { kind: "map"; range: Range; entries: Entry[] }
  | { kind: "seq"; range: Range; items: () => View[] }
  | { kind: "scalar"; range: Range; value: unknown; text: () => ScalarText | null }
  | { kind: "other"; range: Range };

function entry(key: string, keyRange: Range, make: () => View): Entry {
  let value: View | undefined;
  return {
    key,
    keyRange,
    get value(): View {
      return (value ??= make());
    },
  };
}

function yamlView(src: string, node: YamlAST.YAMLContent | YamlAST.YAMLWithMeta | null, inFlow: boolean, fallback: Range): View {
  if (node === null) return { kind: "other", range: fallback };
  if (node.type === "YAMLWithMeta") {
    // An anchor is harmless; a tag other than a plain string's changes what the value is.
    if (node.tag !== null && node.tag.tag !== "tag:yaml.org,2002:str") return { kind: "other", range: node.range };
    return yamlView(src, node.value, inFlow, node.range);
  }
  if (node.type === "YAMLMapping") {
    const flow = node.style === "flow";
    const entries: Entry[] = [];
    for (const pair of node.pairs) {
      const key = pair.key;
      if (key?.type !== "YAMLScalar" || typeof key.value !== "string") continue;
      entries.push(entry(key.value, key.range, () => yamlView(src, pair.value, flow, pair.range)));
    }
    return { kind: "map", range: node.range, entries };
  }
  if (node.type === "YAMLSequence") {
    const flow = node.style === "flow";
    return { kind: "seq", range: node.range, items: () => node.entries.map((e) => yamlView(src, e, flow, node.range)) };
  }
  if (node.type === "YAMLScalar") {
    let memo: ScalarText | null | undefined;
    return { kind: "scalar", range: node.range, value: node.value, text: () => (memo === undefined ? (memo = yamlScalarText(src, node, inFlow)) : memo) };
  }
  return { kind: "other", range: node.range };
}

function jsonView(src: string, node: JsonAST.JSONNode | null | undefined, fallback: Range): View {
  if (node == null) return { kind: "other", range: fallback };
  if (node.type === "JSONObjectExpression") {
    const entries: Entry[] = [];
    for (const p of node.properties) {
      const key = p.key.type === "JSONIdentifier" ? p.key.name : typeof p.key.value === "string" ? p.key.value : null;
      if (key !== null) entries.push(entry(key, p.key.range, () => jsonView(src, p.value, p.range)));
    }
    return { kind: "map", range: node.range, entries };
  }
  if (node.type === "JSONArrayExpression") return { kind: "seq", range: node.range, items: () => node.elements.map((e) => jsonView(src, e, node.range)) };
  if (node.type === "JSONLiteral") {
    const literal = node;
    let memo: ScalarText | undefined;
    const text = (): ScalarText | null =>
      typeof literal.value === "string" ? (memo ??= jsonStringText(src, literal as JsonAST.JSONStringLiteral)) : null;
    return { kind: "scalar", range: node.range, value: node.value, text };
  }
  return { kind: "other", range: node.range };
}

const get = (map: View, key: string): View | undefined =>
  map.kind === "map" ? [...map.entries].reverse().find((e) => e.key === key)?.value : undefined;
const stringOf = (v: View | undefined): string | null => (v?.kind === "scalar" && typeof v.value === "string" ? v.value : null);

/**
 * Rewrite a scalar to hold `text`: in its style (base64 in `data` wrapped as the old value was),
 * else, for a plain YAML scalar that cannot hold it, single-quoted.
 */
function rewriter(view: View & { kind: "scalar" }, yaml: boolean, base64: boolean): (text: string) => Edit | null {
  return (text) => {
    const t = view.text();
    if (t === null) return null;
    const own = t.replace(base64 ? (wrapLike(t.value, text) ?? text) : text);
    if (own !== null) return own;
    if (!yaml || t.range[0] !== view.range[0] || /[\r\n]/.test(text)) return null;
    // A plain scalar cannot start with "{": quote it, as kubectl's YAML printer would.
    return { range: [view.range[0], view.range[1]], text: `'${text.replace(/'/g, "''")}'` };
  };
}

function manifestScalar(view: View | undefined, yaml: boolean, base64 = false): ManifestScalar | null {
  if (view === undefined) return null;
  if (view.kind !== "scalar") return { range: view.range, value: null, rewrite: () => null };
  return { range: view.range, value: typeof view.value === "string" ? view.value : null, rewrite: rewriter(view, yaml, base64) };
}

interface Found {
  document: PullSecretDocument;
  /** The scalar of each payload entry, by entry. */
  scalars: Map<SecretEntry, ScalarText | null>;
}

function secretsIn(root: View, text: string, yaml: boolean, out: Found[], depth = 0): void {
  if (root.kind !== "map" || depth > 8) return;
  const kind = stringOf(get(root, "kind"));
  if (kind !== null && kind !== "Secret" && kind.endsWith("List")) {
    const items = get(root, "items");
    if (items?.kind === "seq") for (const item of items.items()) secretsIn(item, text, yaml, out, depth + 1);
    return;
  }
  if (kind !== "Secret") return;
  const typeView = get(root, "type");
  const entries: SecretEntry[] = [];
  const scalars = new Map<SecretEntry, ScalarText | null>();
  for (const section of ["data", "stringData"] as const) {
    const map = get(root, section);
    if (map?.kind !== "map") continue;
    for (const e of map.entries) {
      const scalar = manifestScalar(e.value, yaml, section === "data") as ManifestScalar;
      const entry: SecretEntry = { section, key: e.key, keyRange: e.keyRange, scalar };
      entries.push(entry);
      if (isPayloadKey(e.key)) scalars.set(entry, e.value.kind === "scalar" ? e.value.text() : null);
    }
  }
  const type = manifestScalar(typeView, yaml);
  const typeValue = type?.value ?? null;
  const isPull = (typeValue !== null && typeValue in PAYLOAD_KEY) || entries.some((e) => isPayloadKey(e.key));
  if (!isPull) return;
  const kindView = get(root, "kind") as View;
  const document = pullSecretDocument({ text, kindRange: kindView.range, type, entries, sops: get(root, "sops")?.kind === "map" });
  out.push({ document, scalars });
}

/** The manifest's pull Secrets and their payloads' hosts; empty for any other file. */
export function manifestHosts(
  sourceCode: JsonSourceCode,
  syntax: "yaml" | "json",
  flavor: Flavor,
): Host[] {
  const text = sourceCode.text;
  const roots: View[] =
    syntax === "yaml"
      ? (sourceCode.ast as YamlAST.YAMLProgram).body.map((d) => yamlView(text, d.content, false, d.range))
      : [jsonView(text, (sourceCode.ast as JsonAST.JSONProgram).body[0]?.expression, [0, text.length])];
  const found: Found[] = [];
  for (const root of roots) secretsIn(root, text, syntax === "yaml", found);
  const hosts: Host[] = [];
  const locOf = (range: Range): SourceLocation => ({ start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) });
  for (const { document, scalars } of found) {
    hosts.push({
      document,
      loc: locOf,
      edits: (edits): FileEdit[] => edits.map((e) => ({ range: [e.range[0], e.range[1]], text: e.text })),
    });
    for (const payload of document.payloads) {
      const scalar = scalars.get(payload.entry);
      if (payload.document === null || scalar == null) continue;
      const doc: RegistryDocument = withFlavor(payload.document, flavor);
      hosts.push(payload.entry.section === "data" ? base64Host(doc, scalar, payload.lossless, sourceCode) : literalTextHost(doc, scalar, sourceCode));
    }
  }
  return hosts;
}
