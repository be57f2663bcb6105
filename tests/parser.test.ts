// The configs' parser is jsonc-eslint-parser with errors that quote no token of the file: a
// syntax error in a credential file is often next to, or is, a secret.
import { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactParseMessage } from "../lib/core/parse-errors.js";
import plugin from "../lib/index.js";
import { fourGrams } from "./helpers/arbitraries.js";
import { describeWithDocker, dockerLoginUser, dockerParseError } from "./helpers/docker.js";
import { fcParams } from "./helpers/lint.js";
import { describeWithSkopeo, skopeoLogin } from "./helpers/skopeo.js";

const linter = new Linter({ configType: "flat" });
const DOCKER_READS = "the Docker CLI reads the first JSON value and ignores the rest (a file with a byte order mark it refuses), containers/image refuses the file";

function fatal(code: string, filename = "home/.docker/config.json"): Linter.LintMessage | undefined {
  return linter.verify(code, [plugin.configs.recommended], { filename }).find((m) => m.fatal);
}

describe("parse errors", () => {
  it.each([
    ['{"auths": {"ghcr.io": {"auth": ghp_0123456789abcdef}}}', "Parsing error: Unexpected identifier", 1, 32],
    ['{"auths": {}} trailing_secret_text', `Parsing error: Unexpected token after the top-level value: ${DOCKER_READS}.`, 1, 15],
    ['{"auths": {} "credsStore": "desktop"}', "Parsing error: Unexpected token", 1, 14],
    ['{"auths": {},, }', "Parsing error: Unexpected token ','.", 1, 14],
    ['{"auths": @}', "Parsing error: Unexpected character '@'", 1, 11],
    ['{"auths": {"x": {"auth": "dTpw', "Parsing error: Unterminated string constant", 1, 26],
  ])("%s → %s", (code, message, line, column) => {
    expect(fatal(code)).toMatchObject({ message, line, column, fatal: true, severity: 2 });
  });

  // Issue 13: docker/cli's json.Decoder reads the first value and ignores what follows it;
  // containers/image's json.Unmarshal refuses the file (the oracle rows at the end of this file).
  it.each([
    ['{"auths":{}} x', "home/.docker/config.json", `Parsing error: Unexpected token 'x' after the top-level value: ${DOCKER_READS}.`, 1, 14],
    ['{"auths":{}}}', "ci/config.json", `Parsing error: Unexpected token '}' after the top-level value: ${DOCKER_READS}.`, 1, 13],
    ['\n  {"auths":{}}\n// a comment after the value\n{"auths":{}}\n', "x/.dockerconfigjson", `Parsing error: Unexpected token '{' after the top-level value: ${DOCKER_READS}.`, 4, 1],
    ['{"auths":{}} x', "run/containers/auth.json", "Parsing error: Unexpected token 'x' after the top-level value: containers/image (Podman, Buildah, Skopeo) refuses the file.", 1, 14],
    ['{"auths":{}} x', "home/.dockercfg", "Parsing error: Unexpected token 'x' after the top-level value: containers/image (Podman, Buildah, Skopeo) refuses the file.", 1, 14],
    // dockerd's daemon.json: daemon-strict-json's business; docker refuses a first object that is not strict JSON.
    ['{"debug":true} x', "etc/docker/daemon.json", "Parsing error: Unexpected token 'x'.", 1, 16],
    ['{"auths":{},} x', "home/.docker/config.json", "Parsing error: Unexpected token 'x'.", 1, 15],
    ["{'auths':{}} x", "home/.docker/config.json", "Parsing error: Unexpected token 'x'.", 1, 14],
    ['["auths"] x', "home/.docker/config.json", "Parsing error: Unexpected token 'x'.", 1, 11],
    ['{"auths":{"ghcr.io":{"auth":"dTpw"}}} {"auths":{"ghcr.io":{"auth":ghp_secret}}}', "home/.docker/config.json", `Parsing error: Unexpected token '{' after the top-level value: ${DOCKER_READS}.`, 1, 39],
  ])("%j in %s → %s", (code, filename, message, line, column) => {
    expect(fatal(code, filename)).toMatchObject({ message, line, column, fatal: true, severity: 2 });
  });

  it.each([
    ["Unexpected identifier 'ghp_x'.", "Unexpected identifier"],
    ["Unexpected token '${'.", "Unexpected token"],
    ["Unexpected token ','.", "Unexpected token ','."],
    ["Unterminated string constant", "Unterminated string constant"],
    ['Unexpected "ghp_x', "Unexpected"],
    ["Unexpected 'ghp_x", "Unexpected"],
  ])("%s → %s", (message, redacted) => {
    expect(redactParseMessage(message)).toBe(redacted);
  });
});

it("no parse error quotes four characters of an unquoted or half-quoted secret, wherever it stands", () => {
  // Upper case only: no 4 characters of such a token can occur in a message by chance.
  const secret = fc.stringMatching(/^[A-Z_$][A-Z0-9_$]{5,20}$/);
  const shapes = [
    (t: string) => `{"auths": {"ghcr.io": {"auth": ${t}}}}`,
    (t: string) => `{"auths": {"ghcr.io": {"password": '${t}}}}`,
    (t: string) => `{"auths": {}} ${t}`,
    (t: string) => `{${t}: 1}x${t}`,
    (t: string) => `{"auths": {"ghcr.io": {"auth": "x" ${t}}}}`,
    (t: string) => `[${t} ${t}]`,
    (t: string) => `{"a": \`${t}\${${t}}\`}`,
  ];
  fc.assert(
    fc.property(secret, fc.integer({ min: 0, max: shapes.length - 1 }), (token, i) => {
      const message = fatal((shapes[i] as (t: string) => string)(token))?.message ?? "";
      for (const gram of fourGrams([token])) expect(message).not.toContain(gram);
    }),
    fcParams(200),
  );
});

// The files of the parse-error rows above whose message says what the clients do after the first object.
const alice = Buffer.from("alice:pw").toString("base64");
const AFTER_VALUE = [
  `{"auths":{"reg.example.com":{"auth":"${alice}"}}} x`,
  `{"auths":{"reg.example.com":{"auth":"${alice}"}}}}`,
  `\n  {"auths":{"reg.example.com":{"auth":"${alice}"}}}\n// a comment after the value\n{"auths":{}}\n`,
];

describeWithDocker("parse errors after the first object: the Docker CLI reads that object", () => {
  it.each(AFTER_VALUE)("%j: docker finds the credentials and warns of nothing", (code) => {
    expect(dockerLoginUser(code, "reg.example.com")).toBe("alice");
    expect(dockerParseError(code)).toBeNull();
  });

  it("a first object that is not strict JSON: docker ignores the file, and the message claims nothing", () => {
    const code = `{"auths":{"reg.example.com":{"auth":"${alice}"}},} x`;
    expect(dockerParseError(code)).toBe("invalid character '}' looking for beginning of object key string");
    expect(fatal(code)?.message).toBe("Parsing error: Unexpected token 'x'.");
  });
});

describeWithSkopeo("parse errors after the first object: containers/image refuses the file", () => {
  it.each(AFTER_VALUE)("%j: skopeo finds nothing", (code) => {
    expect(skopeoLogin(code, "reg.example.com")).toMatchObject({ user: null, error: expect.stringMatching(/ after top-level value$/) });
  });
});
