// What every rule does first: is this a JSON file, is it a registry-credentials file, and which
// client reads it. Shared so that rules stay thin.
import type { JSONSchema4 } from "@typescript-eslint/utils/json-schema";
import type { RuleContext } from "@typescript-eslint/utils/ts-eslint";
import type { AST } from "jsonc-eslint-parser";
import { flavorForFilename, registryModel, type RegistryModel } from "./model.js";
import type { Flavor } from "./registry.js";

export interface FlavorOption {
  flavor?: Flavor;
}

/** The `flavor` option, for rules whose options object has more properties. */
export const flavorProperty: JSONSchema4 = {
  type: "string",
  enum: ["docker", "containers"],
  description:
    "Which client reads the file: `docker` (Docker CLI config.json) or `containers` (Podman/Buildah/Skopeo auth.json). Default: `containers` for files named auth.json, `docker` otherwise.",
};

/** The `flavor` option's schema, shared by every rule that judges keys. */
export const flavorSchema: JSONSchema4 = {
  type: "object",
  properties: { flavor: flavorProperty },
  additionalProperties: false,
};

type AnyContext = Readonly<RuleContext<string, readonly unknown[]>>;

/** The file's registry model, or null for files the plugin has nothing to say about. */
export function modelOf(context: AnyContext): RegistryModel | null {
  // One read of `context.sourceCode`: every rule context is a fresh object on a per-file
  // prototype, so each property read on it is a slow megamorphic lookup, paid per rule per file.
  const { sourceCode } = context;
  const services = sourceCode.parserServices as { isJSON?: boolean } | undefined;
  if (services?.isJSON !== true) return null;
  return registryModel(sourceCode.ast as unknown as AST.JSONProgram);
}

export function flavorOf(context: AnyContext, option: FlavorOption | undefined): Flavor {
  return option?.flavor ?? flavorForFilename(context.filename);
}
