import { RuleTester } from "./helpers/rule-tester.js";
import * as jsoncParser from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { entryCredential, type EntryStrings } from "../lib/core/auth.js";
import rule from "../rules/no-empty-credential.js";
import { describeWithDocker, dockerLoginUser } from "./helpers/docker.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const config = "home/.docker/config.json";
const authJson = "run/containers/auth.json";
const DOCKER = "the Docker CLI";
const PODMAN = "containers/image (Podman, Buildah, Skopeo)";

tester.run("no-empty-credential", rule, {
  valid: [
    { filename: config, code: '{ "auths": { "r": { "auth": "dXNlcjpwYXNz" } } }' },
    { filename: config, code: '{ "auths": { "r": { "username": "u", "password": "p" } } }' },
    { name: "identity token next to auth of user:", filename: config, code: '{ "auths": { "r": { "auth": "dXNlcjo=", "identitytoken": "t" } } }' },
    { filename: config, code: '{ "auths": { "r": { "registrytoken": "t" } } }' },
    { name: "credsStore owns every {} marker", filename: config, code: '{ "auths": { "r": {}, "s": {} }, "credsStore": "desktop" }' },
    { name: "credHelpers owns this key", filename: config, code: '{ "auths": { "r": {} }, "credHelpers": { "r": "ecr-login" } }' },
    { name: "credHelpers for the host of a URL key", filename: config, code: '{ "auths": { "https://r/v2/": {} }, "credHelpers": { "r": "gcr" } }' },
    { name: "an undecodable auth is valid-auth's", filename: config, code: '{ "auths": { "r": { "auth": "!!" } } }' },
    { name: "wrong types are valid-auth's", filename: config, code: '{ "auths": { "r": { "auth": 5 } } }' },
    { name: "placeholder", filename: config, code: '{ "auths": { "r": { "auth": "$AUTH" } } }' },
    { name: "containers: {} may belong to a helper in registries.conf", filename: authJson, code: '{ "auths": { "docker.io": {} } }' },
    { filename: authJson, code: '{ "auths": { "docker.io": { "auth": "dXNlcjpwYXNz" } } }' },
    { filename: config, code: '{ "name": "app", "auths": 3 }' },
    { filename: config, code: '{ "auths": { "r": "x" } }' },
  ],
  invalid: [
    {
      name: "{} without a helper",
      filename: config,
      code: '{ "auths": { "r": {}, "s": { "auth": "dXNlcjpwYXNz" } } }',
      output: null,
      errors: [
        {
          messageId: "noCredential",
          data: { key: "r", client: DOCKER },
          line: 1,
          column: 14,
          suggestions: [{ messageId: "removeEntry", data: { key: "r", client: DOCKER }, output: '{ "auths": { "s": { "auth": "dXNlcjpwYXNz" } } }' }],
        },
      ],
    },
    {
      name: "credHelpers for another registry only",
      filename: config,
      code: '{ "auths": { "r": { "auth": "" } }, "credHelpers": { "other": "x" }, "credsStore": "" }',
      output: null,
      errors: [{ messageId: "noCredential", suggestions: [{ messageId: "removeEntry", output: '{ "auths": {  }, "credHelpers": { "other": "x" }, "credsStore": "" }' }] }],
    },
    {
      name: "a user name alone, an email alone, auth of user: without a token",
      filename: config,
      code: '{ "auths": { "a": { "username": "u" }, "b": { "email": "e@x" }, "c": { "auth": "dXNlcjo=" } } }',
      output: null,
      errors: [
        {
          messageId: "noCredential",
          data: { key: "a", client: DOCKER },
          suggestions: [{ messageId: "removeEntry", output: '{ "auths": { "b": { "email": "e@x" }, "c": { "auth": "dXNlcjo=" } } }' }],
        },
        {
          messageId: "noCredential",
          data: { key: "b", client: DOCKER },
          suggestions: [{ messageId: "removeEntry", output: '{ "auths": { "a": { "username": "u" }, "c": { "auth": "dXNlcjo=" } } }' }],
        },
        {
          messageId: "noCredential",
          data: { key: "c", client: DOCKER },
          suggestions: [{ messageId: "removeEntry", output: '{ "auths": { "a": { "username": "u" }, "b": { "email": "e@x" } } }' }],
        },
      ],
    },
    {
      name: "containers ignores username/password and a lone identity token",
      filename: authJson,
      code: '{ "auths": { "quay.io": { "username": "u", "password": "p" }, "ghcr.io": { "identitytoken": "t" } } }',
      output: null,
      errors: [
        { messageId: "fieldsIgnored", data: { key: "quay.io", client: PODMAN }, suggestions: [] },
        { messageId: "fieldsIgnored", data: { key: "ghcr.io", client: PODMAN }, suggestions: [] },
      ],
    },
    {
      name: "containers: credsStore is Docker's, not read",
      filename: authJson,
      code: '{ "auths": { "quay.io": { "auth": "dXNlcjo=" } }, "credsStore": "desktop" }',
      output: null,
      errors: [
        {
          messageId: "noCredential",
          data: { key: "quay.io", client: PODMAN },
          suggestions: [{ messageId: "removeEntry", output: '{ "auths": {  }, "credsStore": "desktop" }' }],
        },
      ],
    },
  ],
});

describe("entryCredential", () => {
  const e = (fields: Partial<EntryStrings>): EntryStrings => ({ auth: null, username: null, password: null, identitytoken: null, registrytoken: null, ...fields });
  it.each([
    [e({}), "docker", "none"],
    [e({}), "containers", "marker"],
    [e({ password: "p" }), "docker", "usable"],
    [e({ password: "p" }), "containers", "ignoredFields"],
    [e({ auth: "dXNlcjo=", identitytoken: "t" }), "containers", "usable"],
    [e({ identitytoken: "t" }), "containers", "ignoredFields"],
    [e({ auth: "dXNlcjo=", registrytoken: "t" }), "docker", "usable"],
    [e({ auth: "dXNlcjo=", registrytoken: "t" }), "containers", "none"],
    [e({ auth: "OnBhc3M=" }), "docker", "refused"],
    [e({ auth: "OnBhc3M=" }), "containers", "usable"],
    [e({ password: "${PASS}" }), "docker", "usable"],
  ] as const)("%j in %s: %s", (entry, flavor, verdict) => {
    expect(entryCredential(entry, flavor)).toBe(verdict);
  });
});

describeWithDocker("entries without a credential", () => {
  it.each(['{}', '{"username":"u"}', '{"auth":"dXNlcjo="}', '{"email":"e@x"}'])("docker finds no credentials in %s", (entry) => {
    expect(dockerLoginUser(`{"auths":{"reg.example.com":${entry}}}`, "reg.example.com")).toBeNull();
  });
  it("docker finds plaintext username/password", () => {
    expect(dockerLoginUser('{"auths":{"reg.example.com":{"username":"u","password":"p"}}}', "reg.example.com")).toBe("u");
  });
});
