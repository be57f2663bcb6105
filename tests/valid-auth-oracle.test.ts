// Every row of the auth table against the real Docker CLI 28.2.2, against lib/auth.ts, and
// against the valid-auth rule: docker's verdict is recorded in the table and re-measured here.
import { Linter } from "eslint";
import * as jsoncParser from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { decodeAuth } from "../lib/core/auth.js";
import { isPlaceholderValue, isReference } from "../lib/core/references.js";
import plugin from "../lib/index.js";
import { AUTH_TABLE } from "./fixtures/auth-table.js";
import { describeWithDocker, dockerParseError } from "./helpers/docker.js";

const fileOf = (json: string): string => `{"auths":{"reg.example.com":{"auth":${json}}}}`;

/** What the decoder says docker prints, for a value given as raw JSON text. */
function decoderReason(json: string): string | null {
  const value = JSON.parse(json) as unknown;
  if (value === null) return null;
  if (typeof value === "string") return decodeAuth(value, "docker").dockerReason;
  const type = Array.isArray(value) ? "array" : typeof value === "boolean" ? "bool" : typeof value;
  return `json: cannot unmarshal ${type} into Go struct field AuthConfig.auths.auth of type string`;
}

const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [
  { files: ["**/*.json"], languageOptions: { parser: jsoncParser as Linter.Parser }, plugins: { "docker-config": plugin }, rules: { "docker-config/valid-auth": "error" } },
];

describe("auth table", () => {
  it("has at least 40 values, each once", () => {
    expect(AUTH_TABLE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(AUTH_TABLE.map((r) => r.json)).size).toBe(AUTH_TABLE.length);
  });

  it.each(AUTH_TABLE)("decoder: $name", ({ json, docker }) => {
    expect(decoderReason(json)).toBe(docker);
  });

  it.each(AUTH_TABLE)("rule: $name", ({ json, docker, reports }) => {
    const messages = linter.verify(fileOf(json), config, { filename: "home/.docker/config.json" });
    expect(messages.map((m) => m.messageId)).toEqual(reports);
    // The rule reports every value docker refuses, except a whole-value CI placeholder.
    const value = JSON.parse(json) as unknown;
    if (docker !== null && !(typeof value === "string" && isReference(value))) expect(reports.length).toBeGreaterThan(0);
  });
});

describeWithDocker("auth table", () => {
  it.each(AUTH_TABLE)("docker 28.2.2: $name", ({ json, docker }) => {
    expect(dockerParseError(fileOf(json))).toBe(docker);
  });
});

// Placeholders as templates write them: docker would refuse them as written (they are not
// base64), but the file is a template that something fills in; valid-auth says nothing.
const PLACEHOLDERS: [string, string][] = [
  ["<DOCKER_AUTH>", "illegal base64 data at input byte 0"],
  ["your_auth", "illegal base64 data at input byte 4"],
  ["MY_TOKEN", "illegal base64 data at input byte 2"],
  ["BASE_64_BASIC_AUTH_CREDENTIALS", "illegal base64 data at input byte 4"],
  ["REGISTRY_PASSWORD", "illegal base64 data at input byte 8"],
  ["changeme", "Invalid auth configuration file"],
];

describe("placeholders", () => {
  it.each(PLACEHOLDERS)("%j: the decoder's verdict, and no report", (value, reason) => {
    expect(isPlaceholderValue(value)).toBe(true);
    expect(decodeAuth(value, "docker").dockerReason).toBe(reason);
    expect(linter.verify(fileOf(JSON.stringify(value)), config, { filename: "home/.docker/config.json" })).toEqual([]);
  });
});

describeWithDocker("placeholders", () => {
  it.each(PLACEHOLDERS)("docker 28.2.2: %j", (value, reason) => {
    expect(dockerParseError(fileOf(JSON.stringify(value)))).toBe(reason);
  });
});
