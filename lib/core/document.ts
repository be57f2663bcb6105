// A registry document: one config text as a client reads it, with its parse, its flavor and its
// model. A host (lib/eslint/hosts) knows where the text sits in the linted file; checks see only this.
import { type AST, parseForESLint } from "jsonc-eslint-parser";
import type { DaemonSideDocument } from "./daemon/documents.js";
import { type FileKind, registryModel, type RegistryModel } from "./model.js";
import type { PullSecretDocument } from "./pull-secret.js";
import type { Flavor } from "./registry.js";

export interface RegistryDocument {
  readonly kind: "credentials";
  /** The config text, without a leading byte order mark. */
  readonly text: string;
  /** Whether a byte order mark precedes `text` (ranges `[-1, 0]` address it). */
  readonly bom: boolean;
  /** jsonc-eslint-parser's AST of `text`, with tokens and comments. */
  readonly ast: AST.JSONProgram;
  readonly flavor: Flavor;
  /** What the client reads out of the text; null when it is not a registry-credentials config. */
  readonly model: RegistryModel | null;
}

/**
 * The document of an already parsed text (the linted file itself: no second parse). `fileKind` is
 * what the host knows of how clients read the text (model.ts FileKind: `dockercfg` for a file named
 * `.dockercfg` or a kubernetes.io/dockercfg payload; default `json`).
 */
export function registryDocument(
  text: string,
  ast: AST.JSONProgram,
  flavor: Flavor,
  bom = false,
  fileKind: FileKind = "json",
): RegistryDocument {
  return { kind: "credentials", text, bom, ast, flavor, model: registryModel(ast, fileKind) };
}

/**
 * Parse an embedded config text (a decoded pull-Secret payload, a JSON string in another file).
 * Null when it does not parse: the host reports that in its own terms, never quoting the text.
 */
export function parseDocument(text: string, flavor: Flavor, fileKind: FileKind = "json"): RegistryDocument | null {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  let ast: AST.JSONProgram;
  try {
    ast = parseForESLint(body, {}).ast;
  } catch {
    return null;
  }
  return registryDocument(body, ast, flavor, bom, fileKind);
}

/**
 * Every kind of document a host can hold. A rule names the kind its check reads (createRule's
 * `kind`, default `credentials`); daemon-side and other formats add their own members here.
 * `pull-secret`: a Kubernetes image-pull Secret of a manifest (lib/core/pull-secret.ts).
 */
export type ConfigDocument = RegistryDocument | DaemonSideDocument | PullSecretDocument;

export type { BuildkitDocument, DaemonDocument, RegistriesConfDocument } from "./daemon/documents.js";

export type DocumentKind = ConfigDocument["kind"];

const views = new WeakMap<RegistryDocument, Map<Flavor, RegistryDocument>>();

/** The same document read by another client (a rule's `flavor` option); the model is shared. */
export function withFlavor(doc: RegistryDocument, flavor: Flavor): RegistryDocument {
  if (doc.flavor === flavor) return doc;
  let byFlavor = views.get(doc);
  if (byFlavor === undefined) views.set(doc, (byFlavor = new Map()));
  let view = byFlavor.get(flavor);
  if (view === undefined) byFlavor.set(flavor, (view = { ...doc, flavor }));
  return view;
}
