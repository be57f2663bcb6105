import { RuleTester } from "./helpers/rule-tester.js";
import * as jsoncParser from "jsonc-eslint-parser";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import rule from "../rules/no-deprecated-properties.js";
import { describeWithDocker } from "./helpers/docker.js";
import { describeWithSkopeo, skopeoLogin } from "./helpers/skopeo.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const config = "home/.docker/config.json";
const authJson = "run/containers/auth.json";
const dockercfg = "home/.dockercfg";

tester.run("no-deprecated-properties", rule, {
  valid: [
    { filename: config, code: '{"auths":{"https://index.docker.io/v1/":{"auth":"dTpw","identitytoken":"t"}},"credsStore":"desktop"}' },
    { name: "unknown keys are the other rule's", filename: config, code: '{"auths":{"a":{"mail":"x"}},"experiment":"x"}' },
    { name: "email as a registry key or a credHelpers key", filename: config, code: '{"auths":{"email":{}},"credHelpers":{"email":"x"}}' },
    { name: "an entry that is not an object", filename: config, code: '{"auths":{"a":"email"}}' },
    { filename: config, code: '{"name":"app","email":"me@example.com"}' },
    { name: "the allow option", filename: config, code: '{"auths":{"a":{"Email":"e","serveraddress":"a"}}}', options: [{ allow: ["email", "serveraddress"] }] },
    { filename: "home/.npmrc.json", code: '{"registry":"https://registry.npmjs.org/","email":"me@example.com"}' },
  ],
  invalid: [
    {
      name: "email in an entry: a suggestion to remove it",
      filename: config,
      code: '{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "dTpw",\n      "email": "me@example.com"\n    }\n  }\n}',
      output: null,
      errors: [
        {
          messageId: "removedEmail",
          data: { key: "email" },
          line: 5,
          column: 7,
          endColumn: 14,
          suggestions: [
            {
              messageId: "removeField",
              data: { key: "email" },
              output: '{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "dTpw"\n    }\n  }\n}',
            },
          ],
        },
      ],
    },
    {
      name: "experimental at the top level, serveraddress in an entry, case variants",
      filename: config,
      code: '{"Experimental":"enabled","auths":{"ghcr.io":{"ServerAddress":"ghcr.io","auth":"dTpw"}}}',
      output: null,
      errors: [
        { messageId: "removedExperimental", data: { key: "Experimental" }, column: 2, suggestions: [{ messageId: "removeField", output: '{"auths":{"ghcr.io":{"ServerAddress":"ghcr.io","auth":"dTpw"}}}' }] },
        { messageId: "ignoredServerAddress", data: { key: "ServerAddress" }, suggestions: [{ messageId: "removeField", output: '{"Experimental":"enabled","auths":{"ghcr.io":{"auth":"dTpw"}}}' }] },
      ],
    },
    {
      name: "auth.json: Podman never reads email either",
      filename: authJson,
      code: '{"auths":{"quay.io":{"auth":"dTpw","email":""}}}',
      output: null,
      errors: [{ messageId: "removedEmail", suggestions: [{ messageId: "removeField", output: '{"auths":{"quay.io":{"auth":"dTpw"}}}' }] }],
    },
    {
      name: "JSONC: comments and a trailing comma survive the removal",
      filename: config,
      code: '{\n  "auths": {\n    "a": {\n      "email": "e", // old\n      "auth": "dTpw",\n    },\n  },\n}',
      output: null,
      errors: [
        {
          messageId: "removedEmail",
          suggestions: [{ messageId: "removeField", output: '{\n  "auths": {\n    "a": {\n      // old\n      "auth": "dTpw",\n    },\n  },\n}' }],
        },
      ],
    },
    {
      name: "the legacy .dockercfg format: no suggestion, since its text would carry the auth",
      filename: dockercfg,
      code: '{\n  "https://index.docker.io/v1/": { "auth": "dTpw", "email": "me@example.com" }\n}\n',
      output: null,
      errors: [{ messageId: "legacyFormat", line: 2, column: 3, suggestions: [] }],
    },
    {
      name: "a legacy-shaped config.json is reported once",
      filename: config,
      code: '{"ghcr.io":{"auth":"dTpw"},"quay.io":{"auth":"dTpw"}}',
      output: null,
      errors: [{ messageId: "legacyFormat", column: 2, suggestions: [] }],
    },
    {
      name: "a legacy file that holds no secret: the migration, as a suggestion",
      filename: dockercfg,
      code: '{\n  "https://index.docker.io/v1/": { "auth": "", "email": "me@example.com" },\n  "ghcr.io": { "auth": "${GHCR_AUTH}", "username": null }\n}\n',
      output: null,
      errors: [
        {
          messageId: "legacyFormat",
          line: 2,
          column: 3,
          suggestions: [
            {
              messageId: "wrapInAuths",
              output: '{ "auths": {\n  "https://index.docker.io/v1/": { "auth": "", "email": "me@example.com" },\n  "ghcr.io": { "auth": "${GHCR_AUTH}", "username": null }\n} }\n',
            },
          ],
        },
      ],
    },
    {
      name: "a legacy file with username and password, no auth: no suggestion",
      filename: dockercfg,
      code: '{\n  "ghcr.io": { "username": "bob", "password": "hunter2" }\n}\n',
      output: null,
      errors: [{ messageId: "legacyFormat", line: 2, column: 3, endLine: 2, endColumn: 12, suggestions: [] }],
    },
    {
      name: "a .dockercfg in the new format: its readers take \"auths\" for a registry",
      filename: dockercfg,
      code: '{\n  "auths": { "ghcr.io": { "auth": "dTpw" } }\n}\n',
      output: null,
      errors: [{ messageId: "configInLegacyFile", data: { key: "auths" }, line: 2, column: 3, endLine: 2, endColumn: 10, suggestions: [] }],
    },
    {
      name: "a .dockercfg in the new format, a case variant: reported at the marker",
      filename: dockercfg,
      code: '{"HttpHeaders":{},"CredHelpers":{"ghcr.io":"gh"}}',
      output: null,
      errors: [{ messageId: "configInLegacyFile", data: { key: "CredHelpers" }, column: 19, endColumn: 32, suggestions: [] }],
    },
    {
      name: "a legacy file with a password: no suggestion",
      filename: dockercfg,
      code: '{"ghcr.io":{"auth":"","password":"hunter2"}}',
      output: null,
      errors: [{ messageId: "legacyFormat", suggestions: [] }],
    },
    {
      name: "a legacy file with a password under a Go-folded name (paſſword): no suggestion",
      filename: dockercfg,
      code: '{"ghcr.io":{"auth":"","pa\u017f\u017fword":"hunter2"}}',
      output: null,
      errors: [{ messageId: "legacyFormat", suggestions: [] }],
    },
    {
      name: "a legacy file with a comment: no suggestion (a comment may say anything)",
      filename: dockercfg,
      code: '{"ghcr.io":{"auth":""} /* token: hunter2 */}',
      output: null,
      errors: [{ messageId: "legacyFormat", suggestions: [] }],
    },
    {
      name: "a legacy file with user info in a key: no suggestion",
      filename: dockercfg,
      code: '{"https://bob:hunter2@ghcr.io":{"auth":""}}',
      output: null,
      errors: [{ messageId: "legacyFormat", suggestions: [] }],
    },
    {
      name: "a legacy file with a value that is not a string: no suggestion",
      filename: dockercfg,
      code: '{"ghcr.io":{"auth":"","email":["hunter2"]}}',
      output: null,
      errors: [{ messageId: "legacyFormat", suggestions: [] }],
    },
  ],
});

const user1 = Buffer.from("user1:pw").toString("base64");

// Docker CLI 28 (v23+) reads only $DOCKER_CONFIG/config.json: a `.dockercfg` beside it, or in
// $HOME, is never read, whatever its format.
describeWithDocker("docker reads no .dockercfg", () => {
  it.each([`{"ghcr.io":{"auth":"${user1}"}}`, `{"auths":{"ghcr.io":{"auth":"${user1}"}}}`])("%s", (text) => {
    const dir = mkdtempSync(join(tmpdir(), "docker-oracle-"));
    try {
      writeFileSync(join(dir, ".dockercfg"), text);
      const env = { PATH: process.env.PATH, HOME: dir, DOCKER_CONFIG: dir, DOCKER_HOST: "unix:///nonexistent" };
      const r = spawnSync("docker", ["login", "ghcr.io"], { env, input: "", encoding: "utf8", timeout: 20_000 });
      expect(r.stdout + r.stderr).not.toContain("Username:");
      expect(r.stderr).toContain("Cannot perform an interactive login from a non TTY device");
      expect(readdirSync(dir)).toEqual([".dockercfg"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// containers/image reads `~/.dockercfg` in the legacy format: the new format's "auths" is one
// entry (with no auth), so none of the registries inside is found.
describeWithSkopeo("a .dockercfg as containers/image reads it", () => {
  it("the legacy format is found", () => {
    expect(skopeoLogin(`{"ghcr.io":{"auth":"${user1}"}}`, "ghcr.io", { legacy: true }).user).toBe("user1");
  });
  it("the new format is not", () => {
    expect(skopeoLogin(`{"auths":{"ghcr.io":{"auth":"${user1}"}}}`, "ghcr.io", { legacy: true })).toEqual({ user: null, error: null });
  });
});
