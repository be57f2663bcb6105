// lib/fields.ts against docker-cli.md §1.2/§1.3, containers-auth.md §2.2 and docker 28.2.2 measurements.
import { parseForESLint } from "jsonc-eslint-parser";
import type { AST } from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import {
  CONFIG_FILE,
  CONTAINERS_AUTH_CONFIG,
  DOCKER_AUTH_CONFIG,
  DOCKER_CONFIG_FILE,
  editDistance,
  goFold,
  type JsonKind,
  matchField,
  nearFields,
  typeMismatches,
  type ValueView,
} from "../lib/core/fields.js";

describe("field tables", () => {
  it("ConfigFile has every field of docker-cli.md §1.2 with its Go type", () => {
    const types = Object.fromEntries(DOCKER_CONFIG_FILE.fields.map((f) => [f.name, f.type.name]));
    expect(types).toEqual({
      auths: "map[string]types.AuthConfig",
      HttpHeaders: "map[string]string",
      psFormat: "string",
      imagesFormat: "string",
      networksFormat: "string",
      pluginsFormat: "string",
      volumesFormat: "string",
      statsFormat: "string",
      serviceInspectFormat: "string",
      servicesFormat: "string",
      tasksFormat: "string",
      secretFormat: "string",
      configFormat: "string",
      nodesFormat: "string",
      detachKeys: "string",
      credsStore: "string",
      credHelpers: "map[string]string",
      pruneFilters: "[]string",
      proxies: "map[string]configfile.ProxyConfig",
      experimental: "string",
      currentContext: "string",
      cliPluginsExtraDirs: "[]string",
      plugins: "map[string]map[string]string",
      aliases: "map[string]string",
      features: "map[string]string",
    });
  });

  it("AuthConfig (§1.3): email removed in v29, serveraddress ignored", () => {
    expect(DOCKER_AUTH_CONFIG.fields.map((f) => [f.name, f.status])).toEqual([
      ["username", "current"],
      ["password", "current"],
      ["auth", "current"],
      ["email", "removed"],
      ["serveraddress", "ignored"],
      ["identitytoken", "current"],
      ["registrytoken", "current"],
    ]);
    expect(DOCKER_CONFIG_FILE.fields.filter((f) => f.status !== "current").map((f) => f.name)).toEqual(["experimental"]);
  });

  it("containers/image reads only auths {auth, identitytoken} and credHelpers (§2.2)", () => {
    expect(CONFIG_FILE.containers.fields.map((f) => f.name)).toEqual(["auths", "credHelpers"]);
    expect(CONTAINERS_AUTH_CONFIG.fields.map((f) => f.name)).toEqual(["auth", "identitytoken"]);
  });
});

describe("Go's field matching", () => {
  it.each([
    ["auths", "auths"],
    ["Auths", "auths"],
    ["AUTHS", "auths"],
    ["auth\u017F", "auths"], // ſ folds to S: measured, docker fills auths
    ["httpheaders", "HttpHeaders"],
    ["detach\u212Aeys", "detachKeys"], // Kelvin sign folds to K: measured
    ["credsstore", "credsStore"],
  ])("%s fills %s", (key, field) => {
    expect(matchField(DOCKER_CONFIG_FILE, key)?.name).toBe(field);
  });

  it.each(["credStore", "auth s", "auths ", "stackOrchestrator", "kubernetes", ""])("%j fills nothing", (key) => {
    expect(matchField(DOCKER_CONFIG_FILE, key)).toBeNull();
  });

  it("dotless and dotted I do not fold onto i (measured)", () => {
    expect(matchField(DOCKER_AUTH_CONFIG, "\u0131dentitytoken")).toBeNull();
    expect(matchField(DOCKER_AUTH_CONFIG, "\u0130dentitytoken")).toBeNull();
    expect(matchField(DOCKER_AUTH_CONFIG, "IDENTITYTOKEN")?.name).toBe("identitytoken");
  });

  it("goFold upper-cases ASCII only", () => {
    expect(goFold("aZ\u00e9\u017f\u212a")).toBe("AZ\u00e9SK");
  });
});

describe("near misses", () => {
  const top = DOCKER_CONFIG_FILE.fields.map((f) => f.name);
  const entry = DOCKER_AUTH_CONFIG.fields.map((f) => f.name);
  it.each([
    ["credStore", top, ["credsStore"]],
    ["credHelper", top, ["credHelpers"]],
    ["credsHelpers", top, ["credHelpers"]],
    ["cred_helpers", top, ["credHelpers"]],
    ["imageFormat", top, ["imagesFormat"]],
    ["auth", top, ["auths"]],
    ["auth ", entry, ["auth"]],
    ["identity_token", entry, ["identitytoken"]],
    ["passwd", entry, ["password"]],
    ["user_name", entry, ["username"]],
  ])("%j is close to %j", (key, fields, expected) => {
    expect(nearFields(key, fields)).toEqual(expected);
  });

  it.each([
    ["foo", top],
    ["$schema", top],
    ["stackOrchestrator", top],
    ["user", entry],
    ["token", entry],
    ["path", entry],
    ["au", entry],
  ])("%j is close to nothing", (key, fields) => {
    expect(nearFields(key, fields)).toEqual([]);
  });

  it("equally close fields come back in the order of the field list, whatever their lengths", () => {
    expect(nearFields("authx", ["auth", "auths"])).toEqual(["auth", "auths"]);
    expect(nearFields("authx", ["auths", "auth"])).toEqual(["auths", "auth"]);
    expect(nearFields("pass word", ["username", "password"])).toEqual(["password"]);
  });

  it("editDistance counts a transposition as one edit and stops past max", () => {
    expect(editDistance("credsStore", "credsStore", 2)).toBe(0);
    expect(editDistance("auht", "auth", 1)).toBe(1);
    expect(editDistance("abcdef", "ghijkl", 2)).toBe(3);
  });
});

/** Parse JSON and check it against a struct, returning Go's reasons. */
function reasons(json: string, flavor: "docker" | "containers" = "docker"): string[] {
  const ast = parseForESLint(json, {}).ast as unknown as AST.JSONProgram;
  type N = AST.JSONNode;
  const view: ValueView<N> = {
    kind(node): JsonKind | null {
      if (node.type === "JSONObjectExpression") return "object";
      if (node.type === "JSONArrayExpression") return "array";
      if (node.type !== "JSONLiteral") return null;
      if (node.value === null) return "null";
      return typeof node.value === "string" ? "string" : typeof node.value === "boolean" ? "bool" : "number";
    },
    properties: (n) =>
      n.type === "JSONObjectExpression" ? n.properties.map((p) => [p.key.type === "JSONIdentifier" ? p.key.name : String(p.key.value), p.value]) : [],
    elements: (n) => (n.type === "JSONArrayExpression" ? n.elements.filter((e): e is AST.JSONExpression => e !== null) : []),
  };
  return typeMismatches<N>(ast.body[0].expression, CONFIG_FILE[flavor], view).map((m) => m.reason);
}

describe("type mismatches give docker's reason (measured with docker 28.2.2)", () => {
  const u = "json: cannot unmarshal";
  it.each([
    ['{"auths":[]}', `${u} array into Go struct field ConfigFile.auths of type map[string]types.AuthConfig`],
    ['{"auths":{"a":"s"}}', `${u} string into Go struct field ConfigFile.auths of type types.AuthConfig`],
    ['{"auths":{"a":{"auth":1}}}', `${u} number into Go struct field AuthConfig.auths.auth of type string`],
    ['{"AUTHS":{"a":{"AUTH":true}}}', `${u} bool into Go struct field AuthConfig.auths.auth of type string`],
    ['{"auths":{"a":{"email":1}}}', `${u} number into Go struct field AuthConfig.auths.email of type string`],
    ['{"Features":{"x":true}}', `${u} bool into Go struct field ConfigFile.features of type string`],
    ['{"features":true}', `${u} bool into Go struct field ConfigFile.features of type map[string]string`],
    ['{"plugins":{"p":"x"}}', `${u} string into Go struct field ConfigFile.plugins of type map[string]string`],
    ['{"plugins":{"p":{"k":1}}}', `${u} number into Go struct field ConfigFile.plugins of type string`],
    ['{"psFormat":1}', `${u} number into Go struct field ConfigFile.psFormat of type string`],
    ['{"pruneFilters":"x"}', `${u} string into Go struct field ConfigFile.pruneFilters of type []string`],
    ['{"pruneFilters":[1]}', `${u} number into Go struct field ConfigFile.pruneFilters of type string`],
    ['{"proxies":{"d":"x"}}', `${u} string into Go struct field ConfigFile.proxies of type configfile.ProxyConfig`],
    ['{"proxies":{"d":{"HTTPPROXY":1}}}', `${u} number into Go struct field ProxyConfig.proxies.httpProxy of type string`],
    ['{"experimental":1}', `${u} number into Go struct field ConfigFile.experimental of type string`],
  ])("%s", (json, reason) => {
    expect(reasons(json)).toEqual([reason]);
  });

  it("null is the zero value everywhere; unknown keys take any type", () => {
    expect(reasons('{"auths":null,"plugins":{"p":null},"pruneFilters":[null],"proxies":{"d":null},"x":1,"proxies2":[]}')).toEqual([]);
    expect(reasons('{"auths":{"a":null,"b":{"auth":null,"other":1}}}')).toEqual([]);
  });

  it("every mismatch, in document order", () => {
    expect(reasons('{"psFormat":1,"features":true}')).toHaveLength(2);
  });

  it("containers/image checks only what it decodes", () => {
    expect(reasons('{"psFormat":1,"auths":{"a":{"username":1,"auth":2}}}', "containers")).toEqual([
      `${u} number into Go struct field dockerAuthConfig.auths.auth of type string`,
    ]);
  });
});
