import { RuleTester } from "./helpers/rule-tester.js";
import * as jsoncParser from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { entryCredential, type EntryStrings } from "../lib/core/auth.js";
import rule from "../rules/no-empty-credential.js";
import { describeWithDocker, dockerLoginUser, standInHelper } from "./helpers/docker.js";
import { describeWithSkopeo, skopeoLogin } from "./helpers/skopeo.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const config = "home/.docker/config.json";
const authJson = "run/containers/auth.json";
const dockercfg = "home/.dockercfg";
const DOCKER = "the Docker CLI";
const PODMAN = "containers/image";

tester.run("no-empty-credential", rule, {
  valid: [
    { filename: config, code: '{ "auths": { "r": { "auth": "dXNlcjpwYXNz" } } }' },
    { filename: config, code: '{ "auths": { "r": { "username": "u", "password": "p" } } }' },
    { name: "identity token next to auth of user:", filename: config, code: '{ "auths": { "r": { "auth": "dXNlcjo=", "identitytoken": "t" } } }' },
    { filename: config, code: '{ "auths": { "r": { "registrytoken": "t" } } }' },
    { name: "credsStore owns every {} marker", filename: config, code: '{ "auths": { "r": {}, "s": {} }, "credsStore": "desktop" }' },
    { name: "credHelpers owns this key", filename: config, code: '{ "auths": { "r": {} }, "credHelpers": { "r": "ecr-login" } }' },
    { name: "credHelpers for the host of a URL key", filename: config, code: '{ "auths": { "https://r/v2/": {} }, "credHelpers": { "r": "gcr" } }' },
    { name: "credHelpers under the Hub key owns the Hub entry", filename: config, code: '{ "auths": { "https://index.docker.io/v1/": {} }, "credHelpers": { "https://index.docker.io/v1/": "desktop" } }' },
    { name: "credsStore then CredsStore null: the store stays", filename: config, code: '{ "auths": { "r": {} }, "credsStore": "desktop", "CredsStore": null }' },
    { name: "an entry a later key replaces is no-duplicate-registry's", filename: config, code: '{ "auths": { "r": {} }, "Auths": { "r": { "auth": "dXNlcjpwYXNz" } } }' },
    { name: "an entry a later null discards is never read", filename: config, code: '{ "auths": { "r": {} }, "AUTHS": null }' },
    { name: "an undecodable auth is valid-auth's", filename: config, code: '{ "auths": { "r": { "auth": "!!" } } }' },
    { name: "wrong types are valid-auth's", filename: config, code: '{ "auths": { "r": { "auth": 5 } } }' },
    { name: "placeholder", filename: config, code: '{ "auths": { "r": { "auth": "$AUTH" } } }' },
    { name: "containers: {} may belong to a helper in registries.conf", filename: authJson, code: '{ "auths": { "docker.io": {} } }' },
    { filename: authJson, code: '{ "auths": { "docker.io": { "auth": "dXNlcjpwYXNz" } } }' },
    { filename: config, code: '{ "name": "app", "auths": 3 }' },
    { filename: config, code: '{ "auths": { "r": "x" } }' },
    { name: "legacy .dockercfg: an auth is what its readers send", filename: dockercfg, code: '{ "ghcr.io": { "auth": "dXNlcjpwYXNz" } }' },
  ],
  invalid: [
    {
      // Its readers ignore both: containers/image decodes only auth and identitytoken, Docker CLI
      // < 23 (LegacyLoadFromReader) overwrote them with decodeAuth(auth); v23+ reads no .dockercfg.
      name: "legacy .dockercfg: username and password without auth are ignored by its readers",
      filename: dockercfg,
      code: '{\n  "ghcr.io": { "username": "bob", "password": "hunter2" }\n}\n',
      output: null,
      errors: [{ messageId: "fieldsIgnored", data: { key: "ghcr.io", client: PODMAN }, line: 2, column: 3, endLine: 2, endColumn: 12, suggestions: [] }],
    },
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
      // docker 28.2.2 asks credHelpers by the Hub key only: with a stand-in helper under
      // "index.docker.io", `docker login` never runs it and finds nothing ("Cannot perform an
      // interactive login from a non TTY device"; oracle below). The rule used to call this owned.
      name: 'credHelpers "index.docker.io" does not own the Docker Hub entry',
      filename: config,
      code: '{ "auths": { "https://index.docker.io/v1/": {} }, "credHelpers": { "index.docker.io": "fake" } }',
      output: null,
      errors: [
        {
          messageId: "noCredential",
          data: { key: "https://index.docker.io/v1/", client: DOCKER },
          suggestions: [{ messageId: "removeEntry", output: '{ "auths": {  }, "credHelpers": { "index.docker.io": "fake" } }' }],
        },
      ],
    },
    {
      // docker 28.2.2: an empty credHelpers value sends the lookup back to the file past credsStore
      // (tests/oracle-model.test.ts), so the {} entry is what docker reads: nothing.
      name: "an empty credHelpers value hands the registry back to the file, past credsStore",
      filename: config,
      code: '{ "auths": { "r": {} }, "credsStore": "desktop", "credHelpers": { "r": "" } }',
      output: null,
      errors: [{ messageId: "noCredential", data: { key: "r", client: DOCKER }, suggestions: [{ messageId: "removeEntry", output: '{ "auths": {  }, "credsStore": "desktop", "credHelpers": { "r": "" } }' }] }],
    },
    {
      // docker 28.2.2 keeps the last string written: "CredsStore": "" means no store
      // (tests/oracle-model.test.ts: `docker login` reads the file's entry).
      name: 'credsStore then CredsStore "": no store owns the {} entry',
      filename: config,
      code: '{ "auths": { "r": {} }, "credsStore": "desktop", "CredsStore": "" }',
      output: null,
      errors: [{ messageId: "noCredential", data: { key: "r", client: DOCKER }, suggestions: [{ messageId: "removeEntry", output: '{ "auths": {  }, "credsStore": "desktop", "CredsStore": "" }' }] }],
    },
    {
      name: "an entry in a second spelling of auths is read like any other",
      filename: config,
      code: '{ "auths": { "r": { "auth": "dXNlcjpwYXNz" } }, "Auths": { "s": {} } }',
      output: null,
      errors: [{ messageId: "noCredential", data: { key: "s", client: DOCKER }, column: 60, suggestions: [{ messageId: "removeEntry", output: '{ "auths": { "r": { "auth": "dXNlcjpwYXNz" } }, "Auths": {  } }' }] }],
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
  it('docker never asks a credHelpers entry under "index.docker.io" for Docker Hub', () => {
    const helpers = { fake: standInHelper("/dev/null", "helperuser") };
    expect(dockerLoginUser('{"auths":{"https://index.docker.io/v1/":{}},"credHelpers":{"index.docker.io":"fake"}}', undefined, helpers)).toBeNull();
    expect(dockerLoginUser('{"auths":{"https://index.docker.io/v1/":{}},"credHelpers":{"https://index.docker.io/v1/":"fake"}}', undefined, helpers)).toBe("helperuser");
  });
  it("docker finds plaintext username/password", () => {
    expect(dockerLoginUser('{"auths":{"reg.example.com":{"username":"u","password":"p"}}}', "reg.example.com")).toBe("u");
  });
});

// The reader of a `.dockercfg` today: containers/image reads `~/.dockercfg` last, in the legacy
// format. (Docker CLI 28 reads only config.json: see no-deprecated-properties.test.ts.)
describeWithSkopeo("legacy .dockercfg entries, as containers/image reads them", () => {
  const user1 = Buffer.from("user1:pw").toString("base64");
  it("finds an auth", () => {
    expect(skopeoLogin(`{"ghcr.io":{"auth":"${user1}"}}`, "ghcr.io", { legacy: true }).user).toBe("user1");
  });
  it("ignores username and password", () => {
    expect(skopeoLogin('{"ghcr.io":{"username":"bob","password":"hunter2"}}', "ghcr.io", { legacy: true })).toEqual({ user: null, error: null });
  });
});
