// The Docker CLI as the oracle for strict-json, no-unknown-properties and no-deprecated-properties:
// docker rejects what strict-json reports, with the reason the report quotes; it accepts the file
// after --fix; its ConfigFile/AuthConfig fields are exactly lib/fields.ts's.
import { Linter } from "eslint";
import { expect, it } from "vitest";
import { EFFECT, strictJsonFindings } from "../lib/core/checks/strict-json.js";
import { parseDocument } from "../lib/core/document.js";
import { DOCKER_AUTH_CONFIG, DOCKER_CONFIG_FILE } from "../lib/core/fields.js";
import { fileKindForFilename } from "../lib/core/model.js";
import plugin from "../lib/index.js";
import { describeWithDocker, dockerLoginUser, dockerParseError, standInHelper } from "./helpers/docker.js";
import { describeWithSkopeo, skopeoLogin } from "./helpers/skopeo.js";

const linter = new Linter({ configType: "flat" });
const config = [plugin.configs.recommended];
const filename = "home/.docker/config.json";
const auth = Buffer.from("hubuser:not-a-real-password").toString("base64");
const HUB = "https://index.docker.io/v1/";

/** The reasons strict-json's findings carry (the docs page quotes them), in document order. */
function reasons(code: string, flavor: "docker" | "containers" = "docker"): string[] {
  const doc = parseDocument(code, flavor, fileKindForFilename(filename));
  return doc === null ? [] : strictJsonFindings(doc).map((f) => f.data?.reason ?? "");
}

const fix = (code: string): string => linter.verifyAndFix(code, config, { filename }).output;

describeWithDocker("strict-json", () => {
  // Each case holds one defect; docker stops at it and says why.
  it.each([
    '{"auths":{},}',
    '{"auths":{"a":{},}}',
    '{"auths":{},"pruneFilters":["x",]}',
    '// c\n{"auths":{}}',
    '{/* c */"auths":{}}',
    '{"auths"/* c */:{}}',
    '{"auths":/* c */{}}',
    '{"auths":{}/* c */}',
    '{"auths":{},"x":[1/* c */]}',
    "{'auths':{}}",
    '{"auths":{},"credsStore":\'x\'}',
    "{auths:{}}",
    '{"auths":{"a":{"auth":Infinity}}}',
    '{"x":NaN,"auths":{}}',
    '{"x":-Infinity,"auths":{}}',
    '{"x":0x1F,"auths":{}}',
    '{"x":[0x1F],"auths":{}}',
    '{"x":+1,"auths":{}}',
    '{"x":.5,"auths":{}}',
    '{"x":5.,"auths":{}}',
    '{"x":[5.],"auths":{}}',
    '{"x":1.e5,"auths":{}}',
    '{"x":1 + 2,"auths":{}}',
    '{"x":- 1,"auths":{}}',
    '{"x":1_0,"auths":{}}',
    '{"x":1n,"auths":{}}',
    '{"x":`t`,"auths":{}}',
    '{"x":undefined,"auths":{}}',
    '{"x":/r/,"auths":{}}',
    '{"x":"a\tb","auths":{}}',
    '{"x":"a\\x41","auths":{}}',
    "{\"x\":\"a\\'\",\"auths\":{}}",
    '{"x":"a\\\nb","auths":{}}',
    '{"\\x41":1,"auths":{}}',
    '{"x":[1,,2],"auths":{}}',
    '{1:2,"auths":{}}',
    '{"x":\v1,"auths":{}}',
    '{"x":\u00a01,"auths":{}}',
    '{"auths":{},\u2028"x":1}',
    '{"auths":{}\u2029}',
    '\uFEFF{"auths":{}}',
  ])("%j: docker rejects it with the reason the rule quotes", (code) => {
    const docker = dockerParseError(code);
    expect(docker).not.toBeNull();
    expect(reasons(code)[0]).toBe(docker);
  });

  it.each([
    '{"auths":{"a":"s"}}',
    '{"Auths":[]}',
    '{"auths":{"a":{"AUTH":true}}}',
    '{"auths":{"a":{"email":1}}}',
    '{"features":{"x":true},"auths":{}}',
    '{"plugins":{"p":{"k":1}},"auths":{}}',
    '{"plugins":{"p":"x"},"auths":{}}',
    '{"pruneFilters":"x","auths":{}}',
    '{"cliPluginsExtraDirs":[true],"auths":{}}',
    '{"proxies":{"default":{"HTTPPROXY":1}},"auths":{}}',
    '{"proxies":{"default":"x"},"auths":{}}',
    '{"credHelpers":{"a":1}}',
    '{"experimental":1,"auths":{}}',
    // A file with no auths, credHelpers or credsStore is not a registry file: the rules stay silent.
  ])("%j: docker rejects the type with the reason the rule quotes", (code) => {
    const docker = dockerParseError(code);
    expect(docker).not.toBeNull();
    expect(reasons(code)).toEqual([docker]);
  });

  it("a wrong type makes docker skip every auth; plaintext fields still count", () => {
    expect(dockerLoginUser(JSON.stringify({ auths: { [HUB]: { auth } } }))).toBe("hubuser");
    expect(dockerLoginUser(JSON.stringify({ auths: { [HUB]: { auth } }, features: { buildkit: true } }))).toBeNull();
    expect(dockerLoginUser(JSON.stringify({ auths: { [HUB]: { username: "u1", password: "p" } }, features: { buildkit: true } }))).toBe("u1");
  });

  it.each([
    ['{"auths":null,"plugins":{"p":null},"pruneFilters":[null],"psFormat":null,"features":{"a":null}}'],
    ['{"auths":{},"x":[1,true,{}],"stackOrchestrator":1,"kubernetes":{}}'],
    ['{"auths":{}}\n// docker reads only the first value'],
    ['{"auths":{}} /* c */ garbage'],
  ])("%j: docker accepts it, and the rule reports no syntax docker cares about", (code) => {
    expect(dockerParseError(code)).toBeNull();
    expect(reasons(code).every((r) => r.endsWith("after top-level value"))).toBe(true);
  });

  it("JSONC with a BOM, comments and trailing commas: found only once the fixes and suggestions are applied", () => {
    const code = `\uFEFF{\n  // Docker Hub\n  auths: {\n    '${HUB}': { "auth": "${auth}", },\n  },\n}\n`;
    expect(dockerLoginUser(code)).toBeNull();
    const fixed = fix(code);
    expect(fixed).toBe(`{\n  // Docker Hub\n  "auths": {\n    "${HUB}": { "auth": "${auth}" }\n  }\n}\n`);
    expect(dockerParseError(fixed)).toBe("invalid character '/' looking for beginning of object key string");
    const suggestion = linter.verify(fixed, config, { filename })[0]?.suggestions?.[0]?.fix;
    expect(suggestion).toBeDefined();
    const clean = fixed.slice(0, suggestion?.range[0]) + (suggestion?.text ?? "") + fixed.slice(suggestion?.range[1]);
    expect(JSON.parse(clean)).toEqual({ auths: { [HUB]: { auth } } });
    expect(dockerLoginUser(clean)).toBe("hubuser");
  });
});

describeWithDocker("strict-json: a U+2028 that ends a // comment", () => {
  it("after --fix and the comment's removal, docker still reads the credsStore that followed the comment", () => {
    const code = '{"auths":{}, // note\u2028"credsStore":"fake"}';
    const helpers = { fake: standInHelper("/dev/null") };
    expect(dockerLoginUser(code, "reg.example.com", helpers)).toBeNull();
    const fixed = fix(code);
    expect(fixed).toBe('{"auths":{}, // note\n"credsStore":"fake"}');
    const suggestion = linter.verify(fixed, config, { filename })[0]?.suggestions?.[0]?.fix;
    expect(suggestion).toBeDefined();
    const clean = fixed.slice(0, suggestion?.range[0]) + (suggestion?.text ?? "") + fixed.slice(suggestion?.range[1]);
    expect(dockerParseError(clean)).toBeNull();
    expect(dockerLoginUser(clean, "reg.example.com", helpers)).toBe("helperuser");
  });
});

// Whether the client still reads the file: docker/cli's json.NewDecoder(r).Decode reads the first
// value and never looks further, containers/image's json.Unmarshal refuses anything after it too.
// Each file holds credentials for reg.example.com and syntax the rule reports; the effect each
// report names must be what the client does.
const REG = "reg.example.com";
const entry = `"auths":{"${REG}":{"auth":"${Buffer.from("u1:pw").toString("base64")}"}}`;
const EFFECT_FILES = [
  `{${entry}}\n// end\n`,
  `{${entry}} /* c */`,
  `{${entry}}\r\n/* a */ // b\r\n`,
  `{${entry}}\n// a\u2028// b\n`,
  `// top\n{${entry}}`,
  `{${entry},}`,
  `{${entry},}\n// end`,
  `\uFEFF{${entry}}`,
  `{${entry},"x":'y'}`,
  `{${entry},x:1}`,
  `{${entry},"x":[1,,2]}`,
  `{${entry},\v"x":1}`,
  `{${entry},"x":0x1F}`,
  `{${entry},"x":"a\tb"}`,
  `{${entry} /* c */}`,
];

function strictJsonReports(code: string, flavor: "docker" | "containers"): Linter.LintMessage[] {
  return linter
    .verify(code, [...config, { rules: { "docker-config/strict-json": ["error", { flavor }] } }], { filename })
    .filter((m) => m.ruleId === "docker-config/strict-json");
}

describeWithDocker("strict-json: the effect each report names is what docker does", () => {
  it.each(EFFECT_FILES)("%j", (code) => {
    const reports = strictJsonReports(code, "docker");
    expect(reports.length).toBeGreaterThan(0);
    const syntax = reports.filter((m) => m.message.includes(EFFECT.docker.syntax));
    const after = reports.filter((m) => m.message.includes(EFFECT.docker.afterValue));
    expect(syntax.length + after.length).toBe(reports.length);
    // "ignores the whole file" / "ignores what follows the top-level value".
    expect(dockerParseError(code) === null).toBe(syntax.length === 0);
    expect(dockerLoginUser(code, REG)).toBe(syntax.length === 0 ? "u1" : null);
  });
});

describeWithSkopeo("strict-json: the effect each report names is what containers/image does", () => {
  it("a strict file: skopeo finds the credentials", () => {
    expect(skopeoLogin(`{${entry}}`, REG)).toEqual({ user: "u1", error: null });
  });

  it.each(EFFECT_FILES)("%j", (code) => {
    const reports = strictJsonReports(code, "containers");
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((m) => m.message.includes(EFFECT.containers.syntax))).toBe(true);
    // Go's Unmarshal checks the whole input first and stops at the first defect in the text.
    expect(skopeoLogin(code, REG)).toEqual({ user: null, error: reasons(code, "containers")[0] });
  });

  it.each([
    [`{${entry},"credHelpers":{"quay.io":1}}`, "json: cannot unmarshal number into Go struct field dockerConfigFile.credHelpers of type string"],
    [`{"auths":{"other.example.com":{"auth":true},"${REG}":{"auth":"dTE6cHc="}}}`, "json: cannot unmarshal bool into Go struct field dockerAuthConfig.auths.auth of type string"],
  ])("a wrong type, %j: every lookup fails, as the report says", (code, reason) => {
    const reports = strictJsonReports(code, "containers");
    expect(reports.map((m) => m.messageId)).toEqual(["wrongType"]);
    expect(reports[0]?.message).toContain(EFFECT.containers.type);
    expect(reasons(code, "containers")).toEqual([reason]);
    expect(skopeoLogin(code, REG)).toEqual({ user: null, error: reason });
  });

  it("a field only docker decodes has any type for containers/image: no report, skopeo reads the file", () => {
    const code = `{${entry},"psFormat":1,"features":{"x":true}}`;
    expect(strictJsonReports(code, "containers")).toEqual([]);
    expect(skopeoLogin(code, REG)).toEqual({ user: "u1", error: null });
  });
});

describeWithDocker("the field tables", () => {
  it.each(DOCKER_CONFIG_FILE.fields.map((f) => f.name))("%s is a ConfigFile field: a number there fails", (name) => {
    expect(dockerParseError(JSON.stringify({ [name]: 1 }))).toMatch(new RegExp(`Go struct field ConfigFile\\.${name} of type `));
  });

  it.each(DOCKER_AUTH_CONFIG.fields.map((f) => f.name))("%s is an AuthConfig field (docker 28: email too)", (name) => {
    expect(dockerParseError(JSON.stringify({ auths: { a: { [name]: 1 } } }))).toMatch(new RegExp(`Go struct field AuthConfig\\.auths\\.${name} of type string`));
  });

  it.each(["credStore", "credHelper", "auth ", "stackOrchestrator", "$schema"])("%j is not a field: docker ignores any value there", (name) => {
    expect(dockerParseError(JSON.stringify({ [name]: 1, auths: { a: { [name]: 1 } } }))).toBeNull();
  });
});

describeWithDocker("no-unknown-properties and no-deprecated-properties", () => {
  it("case variants: docker finds the credentials before and after the rename", () => {
    const before = JSON.stringify({ Auths: { [HUB]: { Auth: auth, identityToken: "" } } });
    expect(dockerLoginUser(before)).toBe("hubuser");
    const after = fix(before);
    expect(JSON.parse(after)).toEqual({ auths: { [HUB]: { auth, identitytoken: "" } } });
    expect(dockerLoginUser(after)).toBe("hubuser");
  });

  it("a legacy .dockercfg shape in config.json: not found; wrapped in auths (by hand, as the docs say), found", () => {
    const before = JSON.stringify({ [HUB]: { auth, email: "me@example.com" } });
    expect(dockerLoginUser(before)).toBeNull();
    const [message] = linter.verify(before, config, { filename: "home/.dockercfg" });
    expect(message?.messageId).toBe("legacyFormat");
    // No suggestion: ESLint would print the whole file, auth included, as the suggestion's text.
    expect(message?.suggestions).toBeUndefined();
    expect(dockerLoginUser(JSON.stringify({ auths: JSON.parse(before) }))).toBe("hubuser");
  });

  it("a legacy file that holds no secret: the wrap suggestion gives a file docker reads", () => {
    const before = JSON.stringify({ [HUB]: { auth: "", email: "me@example.com" } });
    const [message] = linter.verify(before, config, { filename: "home/.dockercfg" });
    expect(message?.messageId).toBe("legacyFormat");
    const fixes = message?.suggestions?.[0]?.fix;
    expect(fixes).toBeDefined();
    const after = before.slice(0, fixes?.range[0]) + (fixes?.text ?? "") + before.slice(fixes?.range[1]);
    expect(JSON.parse(after)).toEqual({ auths: JSON.parse(before) });
    expect(dockerParseError(after)).toBeNull();
  });
});
