// The `flavor` option every rule that judges keys shares.
import type { JSONSchema4 } from "@typescript-eslint/utils/json-schema";
import type { Flavor } from "../core/registry.js";

export interface FlavorOption {
  flavor?: Flavor;
}

/** The `flavor` option, for rules whose options object has more properties. */
export const flavorProperty: JSONSchema4 = {
  type: "string",
  enum: ["docker", "containers", "kubernetes"],
  description:
    "Which client reads the file: `docker` (Docker CLI config.json), `containers` (Podman/Buildah/Skopeo auth.json) or `kubernetes` (the kubelet, reading a pull Secret). Overrides `settings[\"docker-config\"].flavor`. Default: `kubernetes` inside a pull Secret, `containers` for files named auth.json, `docker` otherwise.",
};

/** The `flavor` option's schema, shared by every rule that judges keys. */
export const flavorSchema: JSONSchema4 = {
  type: "object",
  properties: { flavor: flavorProperty },
  additionalProperties: false,
};

// Transitional: rules not yet moved to a check read the model through these.
import type { RuleContext } from "@typescript-eslint/utils/ts-eslint";
import { type FileContext, fileFlavor, hostsOf } from "./documents.js";
import type { RegistryModel } from "../core/model.js";

type AnyContext = Readonly<RuleContext<string, readonly unknown[]>>;

export function modelOf(context: AnyContext): RegistryModel | null {
  // Only the file itself: these rules report the model's nodes as file positions, which is wrong
  // for a document embedded in the file (a pull Secret's payload), so they skip embedded ones.
  const host = hostsOf(context as unknown as FileContext)[0];
  if (host === undefined || host.document.kind !== "credentials" || (host.document.ast as unknown) !== context.sourceCode.ast) return null;
  return host.document.model;
}

export function flavorOf(context: AnyContext, option: FlavorOption | undefined): Flavor {
  return option?.flavor ?? fileFlavor(context as unknown as FileContext);
}
