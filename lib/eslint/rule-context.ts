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
