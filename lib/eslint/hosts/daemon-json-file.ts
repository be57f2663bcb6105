// dockerd's daemon.json, linted as a JSON file: the identity host over a daemon document.
import type { AST } from "jsonc-eslint-parser";
import { daemonDocument } from "../../core/daemon/documents.js";
import type { DaemonDocument } from "../../core/document.js";
import type { Host } from "../host.js";
import { type FileSourceCode, fileHost } from "./file.js";

export function daemonJsonFileHost(filename: string, sourceCode: FileSourceCode & { hasBOM: boolean; ast: unknown }): Host<DaemonDocument> | null {
  const document = daemonDocument(filename, sourceCode.text, sourceCode.ast as AST.JSONProgram, sourceCode.hasBOM);
  return document === null ? null : fileHost(sourceCode, document);
}
