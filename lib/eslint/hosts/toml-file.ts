// registries.conf, its drop-ins and buildkitd.toml, linted with toml-eslint-parser: the identity
// host over the document the file name and content make.
import type { AST } from "toml-eslint-parser";
import { tomlDocument } from "../../core/daemon/documents.js";
import type { BuildkitDocument, RegistriesConfDocument } from "../../core/document.js";
import type { Host } from "../host.js";
import { type FileSourceCode, fileHost } from "./file.js";

export function tomlFileHost(filename: string, sourceCode: FileSourceCode & { ast: unknown }): Host<RegistriesConfDocument | BuildkitDocument> | null {
  const document = tomlDocument(filename, sourceCode.text, sourceCode.ast as AST.TOMLProgram);
  return document === null ? null : fileHost(sourceCode, document);
}
