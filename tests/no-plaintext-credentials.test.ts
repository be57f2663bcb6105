import { RuleTester } from "./helpers/rule-tester.js";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/no-plaintext-credentials.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const HUB = "https://index.docker.io/v1/";
const config = "home/.docker/config.json";
const authJson = "run/containers/auth.json";
const ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";
const USER_COLON = Buffer.from("user:").toString("base64");

/** The data of a report: the registry, the secret fields, and a vendor helper that serves the registry. */
function data(registry: string, fields: string, helper?: string) {
  return helper === undefined ? { registry, fields } : { registry, fields, helper };
}

tester.run("no-plaintext-credentials", rule, {
  valid: [
    {
      name: "entries a helper serves are valid-credential-helper's (shadowedEntry), not reported twice",
      filename: config,
      code: `{ "auths": { "${HUB}": { "auth": "dTpw" } }, "credHelpers": { "${HUB}": "desktop" } }`,
    },
    { filename: config, code: `{ "auths": { "${HUB}": {}, "ghcr.io": {} }, "credsStore": "desktop" }` },
    { filename: config, code: '{ "auths": {}, "credHelpers": { "ghcr.io": "gh" } }' },
    {
      name: "an empty auth with no password is not plaintext",
      filename: config,
      code: '{ "auths": { "ghcr.io": { "auth": "", "username": "me", "email": "me@example.com", "serveraddress": "ghcr.io" } } }',
    },
    { name: "the auth of user: holds no password", filename: config, code: `{ "auths": { "ghcr.io": { "auth": "${USER_COLON}" } } }` },
    { name: "null fields are empty", filename: config, code: '{ "auths": { "ghcr.io": { "auth": null, "password": null } } }' },
    {
      name: "placeholders filled in at run time",
      filename: config,
      code: '{ "auths": { "ghcr.io": { "auth": "${GHCR_AUTH}" }, "quay.io": { "username": "$QUAY_USER", "password": "$QUAY_TOKEN" }, "r.io": { "identitytoken": "${{ secrets.R }}" } } }',
    },
    {
      name: "placeholders as templates write them, for a person to replace",
      filename: config,
      code: '{ "auths": { "ghcr.io": { "auth": "<DOCKER_AUTH>" }, "quay.io": { "auth": "your_auth" }, "r.io": { "identitytoken": "MY_TOKEN" }, "s.io": { "auth": "BASE_64_BASIC_AUTH_CREDENTIALS" }, "t.io": { "username": "me", "password": "REGISTRY_PASSWORD" } } }',
    },
    {
      name: "an auth the client cannot decode is valid-auth's report (one report per defect)",
      filename: config,
      code: '{ "auths": { "ghcr.io": { "auth": "dXNlcjpwYXNzd29yZA" }, "quay.io": { "auth": "dXNlcg==" }, "r.io": { "auth": "OnBhc3M=" } } }',
    },
    {
      name: "a local test registry is allowed, in any key form",
      filename: config,
      options: [{ allowRegistries: ["localhost:5000"] }],
      code: '{ "auths": { "http://localhost:5000": { "auth": "dTpw" }, "localhost:5000/v2/": { "password": "p" } } }',
    },
    {
      name: "docker.io in allowRegistries covers the Hub key",
      filename: config,
      options: [{ allowRegistries: ["docker.io"] }],
      code: `{ "auths": { "${HUB}": { "auth": "dTpw" } } }`,
    },
    {
      name: "a host in allowRegistries covers its namespaced containers keys",
      filename: authJson,
      options: [{ allowRegistries: ["quay.io"] }],
      code: '{ "auths": { "quay.io/org": { "auth": "dTpw" }, "quay.io": { "auth": "dTpw" } } }',
    },
    // Wrong types are other rules' business.
    { filename: config, code: '{ "auths": { "ghcr.io": { "auth": 12, "password": true, "identitytoken": {} } } }' },
    { filename: config, code: '{ "auths": { "ghcr.io": "dTpw" } }' },
    { filename: config, code: '{ "auths": ["dTpw"] }' },
    // Not registry-credential files: an app's config.json, Composer's auth.json.
    { filename: config, code: '{ "database": { "password": "hunter2" } }' },
    { filename: authJson, code: '{ "http-basic": { "repo.example.com": { "username": "u", "password": "p" } } }' },
    { filename: config, code: '[{ "auths": { "ghcr.io": { "auth": "dTpw" } } }]' },
  ],
  invalid: [
    {
      name: "the Docker Hub auth",
      filename: config,
      code: `{ "auths": { "${HUB}": { "auth": "dTpw" } } }`,
      output: null,
      errors: [
        {
          messageId: "plaintextCredentials",
          data: data("Docker Hub", "auth"),
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 43,
          suggestions: [{ messageId: "removeCredentials", data: { key: HUB }, output: `{ "auths": { "${HUB}": {} } }` }],
        },
      ],
    },
    {
      name: "one report per entry, naming every secret field; CRLF",
      filename: config,
      code: '{\r\n  "auths": {\r\n    "ghcr.io": {\r\n      "auth": "dTpw",\r\n      "password": "p",\r\n      "identitytoken": "t",\r\n      "registrytoken": "r"\r\n    }\r\n  }\r\n}\r\n',
      output: null,
      errors: [
        {
          messageId: "plaintextCredentials",
          data: data("ghcr.io", "auth, password, identitytoken, registrytoken"),
          line: 3,
          column: 5,
          suggestions: [{ messageId: "removeCredentials", output: '{\r\n  "auths": {\r\n    "ghcr.io": {}\r\n  }\r\n}\r\n' }],
        },
      ],
    },
    {
      name: "an identity token next to the auth of user:",
      filename: config,
      code: `{ "auths": { "ghcr.io": { "auth": "${USER_COLON}", "identitytoken": "t" } } }`,
      output: null,
      errors: [{ messageId: "plaintextCredentials", data: data("ghcr.io", "identitytoken"), suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "ghcr.io": {} } }' }] }],
    },
    {
      name: "ECR: the message names ecr-login",
      filename: config,
      code: `{ "auths": { "https://${ECR}": { "auth": "dTpw" } } }`,
      output: null,
      errors: [
        {
          messageId: "plaintextCredentialsKnownHelper",
          data: data(ECR, "auth", "ecr-login"),
          suggestions: [{ messageId: "removeCredentials", output: `{ "auths": { "https://${ECR}": {} } }` }],
        },
      ],
    },
    {
      name: "Artifact Registry: the message names gcloud",
      filename: config,
      code: '{ "auths": { "europe-docker.pkg.dev": { "password": "p" } } }',
      output: null,
      errors: [
        {
          messageId: "plaintextCredentialsKnownHelper",
          data: data("europe-docker.pkg.dev", "password", "gcloud"),
          suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "europe-docker.pkg.dev": {} } }' }],
        },
      ],
    },
    {
      name: "ECR Public, a regional gcr.io host and Azure: the helper that serves each",
      filename: config,
      code: '{ "auths": { "public.ecr.aws": { "auth": "dTpw" }, "eu.gcr.io": { "auth": "dTpw" }, "myreg.azurecr.io": { "auth": "dTpw" } } }',
      output: null,
      errors: [
        { messageId: "plaintextCredentialsKnownHelper", data: data("public.ecr.aws", "auth", "ecr-login"), suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "public.ecr.aws": {}, "eu.gcr.io": { "auth": "dTpw" }, "myreg.azurecr.io": { "auth": "dTpw" } } }' }] },
        { messageId: "plaintextCredentialsKnownHelper", data: data("eu.gcr.io", "auth", "gcloud"), suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "public.ecr.aws": { "auth": "dTpw" }, "eu.gcr.io": {}, "myreg.azurecr.io": { "auth": "dTpw" } } }' }] },
        { messageId: "plaintextCredentialsKnownHelper", data: data("myreg.azurecr.io", "auth", "acr-env"), suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "public.ecr.aws": { "auth": "dTpw" }, "eu.gcr.io": { "auth": "dTpw" }, "myreg.azurecr.io": {} } }' }] },
      ],
    },
    {
      name: "hosts that only look like ECR or gcr.io: no vendor helper named",
      filename: config,
      code: `{ "auths": { "${ECR}.evil.example": { "password": "p" }, "notgcr.io": { "password": "p" } } }`,
      output: null,
      errors: [
        { messageId: "plaintextCredentials", data: data(`${ECR}.evil.example`, "password"), suggestions: [{ messageId: "removeCredentials", output: `{ "auths": { "${ECR}.evil.example": {}, "notgcr.io": { "password": "p" } } }` }] },
        { messageId: "plaintextCredentials", data: data("notgcr.io", "password"), suggestions: [{ messageId: "removeCredentials", output: `{ "auths": { "${ECR}.evil.example": { "password": "p" }, "notgcr.io": {} } }` }] },
      ],
    },
    {
      name: "auth.json: ECR's helper is named there too (containers/image reads credHelpers)",
      filename: authJson,
      code: `{ "auths": { "${ECR}": { "auth": "dTpw" } } }`,
      output: null,
      errors: [{ messageId: "plaintextCredentialsKnownHelper", data: data(ECR, "auth", "ecr-login"), suggestions: [{ messageId: "removeCredentials", output: `{ "auths": { "${ECR}": {} } }` }] }],
    },
    {
      name: "a placeholder is reported when placeholders are not allowed",
      filename: config,
      options: [{ allowPlaceholders: false }],
      code: '{ "auths": { "ghcr.io": { "auth": "${GHCR_AUTH}" } } }',
      output: null,
      errors: [{ messageId: "plaintextCredentials", data: data("ghcr.io", "auth"), suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "ghcr.io": {} } }' }] }],
    },
    {
      name: "a template placeholder is reported when placeholders are not allowed",
      filename: config,
      options: [{ allowPlaceholders: false }],
      code: '{ "auths": { "ghcr.io": { "password": "REGISTRY_PASSWORD" } } }',
      output: null,
      errors: [{ messageId: "plaintextCredentials", data: data("ghcr.io", "password"), suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "ghcr.io": {} } }' }] }],
    },
    {
      name: "an undecodable auth beside a password: only the password is named",
      filename: config,
      code: '{ "auths": { "ghcr.io": { "auth": "not base64!", "password": "p" } } }',
      output: null,
      errors: [{ messageId: "plaintextCredentials", data: data("ghcr.io", "password"), suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "ghcr.io": {} } }' }] }],
    },
    {
      name: "an auth with an empty user name: containers/image decodes it, so it is plaintext there",
      filename: authJson,
      code: '{ "auths": { "quay.io": { "auth": "OnBhc3M=" } } }',
      output: null,
      errors: [
        {
          messageId: "plaintextCredentialsContainers",
          data: data("quay.io", "auth"),
          suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "quay.io": {} } }' }],
        },
      ],
    },
    {
      name: "a decodable auth that a later, undecodable spelling overrides is still on disk",
      filename: config,
      code: '{ "auths": { "ghcr.io": { "auth": "dTpw", "AUTH": "not base64!" } } }',
      output: null,
      errors: [{ messageId: "plaintextCredentials", data: data("ghcr.io", "auth"), suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "ghcr.io": {} } }' }] }],
    },
    {
      name: "a literal next to a reference is not a placeholder",
      filename: config,
      code: '{ "auths": { "ghcr.io": { "password": "p4ss${X}" } } }',
      output: null,
      errors: [{ messageId: "plaintextCredentials", suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "ghcr.io": {} } }' }] }],
    },
    {
      name: "allowRegistries covers only its registry",
      filename: config,
      options: [{ allowRegistries: ["localhost:5000"] }],
      code: '{ "auths": { "localhost:5000": { "auth": "dTpw" }, "localhost:5001": { "auth": "dTpw" } } }',
      output: null,
      errors: [
        {
          messageId: "plaintextCredentials",
          data: data("localhost:5001", "auth"),
          column: 52,
          suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "localhost:5000": { "auth": "dTpw" }, "localhost:5001": {} } }' }],
        },
      ],
    },
    {
      name: "auth.json: the remedy has no credsStore",
      filename: authJson,
      code: '{ "auths": { "quay.io/org/app": { "auth": "dTpw" } } }',
      output: null,
      errors: [
        {
          messageId: "plaintextCredentialsContainers",
          data: data("quay.io/org/app", "auth"),
          suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "quay.io/org/app": {} } }' }],
        },
      ],
    },
    {
      name: "a password containers/image ignores is still on disk",
      filename: authJson,
      code: '{ "auths": { "docker.io": { "password": "p" } }, "credsStore": "desktop" }',
      output: null,
      errors: [{ messageId: "plaintextCredentialsContainers", data: data("Docker Hub", "password"), suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "docker.io": {} }, "credsStore": "desktop" }' }] }],
    },
    {
      name: "kubernetes: the kubelet runs no helper, so an entry credHelpers names is plaintext too, and the remedy is encryption",
      code: '{ "auths": { "ghcr.io": { "password": "p" }, "123456789012.dkr.ecr.us-east-1.amazonaws.com": { "auth": "dTpw" } }, "credHelpers": { "ghcr.io": "gcloud" } }',
      options: [{ flavor: "kubernetes" }],
      output: null,
      errors: [
        {
          messageId: "plaintextCredentialsKubernetes",
          data: data("ghcr.io", "password"),
          suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "ghcr.io": {}, "123456789012.dkr.ecr.us-east-1.amazonaws.com": { "auth": "dTpw" } }, "credHelpers": { "ghcr.io": "gcloud" } }' }],
        },
        {
          messageId: "plaintextCredentialsKubernetes",
          data: data("123456789012.dkr.ecr.us-east-1.amazonaws.com", "auth"),
          suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "ghcr.io": { "password": "p" }, "123456789012.dkr.ecr.us-east-1.amazonaws.com": {} }, "credHelpers": { "ghcr.io": "gcloud" } }' }],
        },
      ],
    },
    {
      name: "legacy .dockercfg: a password without auth is plaintext on disk, though its readers ignore it",
      filename: "home/.dockercfg",
      code: '{\n  "ghcr.io": { "username": "bob", "password": "hunter2" }\n}\n',
      output: null,
      errors: [
        {
          messageId: "plaintextCredentials",
          data: data("ghcr.io", "password"),
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 12,
          suggestions: [{ messageId: "removeCredentials", output: '{\n  "ghcr.io": {}\n}\n' }],
        },
      ],
    },
    {
      name: "a .dockercfg in the new format: the auth is still on disk",
      filename: "home/.dockercfg",
      code: '{\n  "auths": { "ghcr.io": { "auth": "dTpw" } }\n}\n',
      output: null,
      errors: [
        {
          messageId: "plaintextCredentials",
          data: data("ghcr.io", "auth"),
          line: 2,
          column: 14,
          suggestions: [{ messageId: "removeCredentials", output: '{\n  "auths": { "ghcr.io": {} }\n}\n' }],
        },
      ],
    },
    {
      name: "legacy .dockercfg",
      filename: "home/.dockercfg",
      code: '{ "https://index.docker.io/v1/": { "auth": "dTpw", "email": "me@example.com" } }',
      output: null,
      errors: [{ messageId: "plaintextCredentials", data: data("Docker Hub", "auth"), column: 3, suggestions: [{ messageId: "removeCredentials", output: `{ "${HUB}": {} }` }] }],
    },
    {
      name: "JSON5: unquoted keys, single quotes, comments, trailing commas",
      filename: config,
      code: "{\n  auths: {\n    // CI\n    'ghcr.io': { password: 'p', /* why */ },\n  },\n}\n",
      output: null,
      errors: [{ messageId: "plaintextCredentials", line: 4, column: 5, suggestions: [{ messageId: "removeCredentials", output: "{\n  auths: {\n    // CI\n    'ghcr.io': {},\n  },\n}\n" }] }],
    },
    {
      name: "a BOM, an escaped key, case-insensitive field names",
      filename: config,
      code: '\uFEFF{"Auths":{"ghcr\\u002eio":{"AUTH":"dTpw"}}}',
      output: null,
      errors: [{ messageId: "plaintextCredentials", data: data("ghcr.io", "auth"), column: 11, suggestions: [{ messageId: "removeCredentials", output: '\uFEFF{"Auths":{"ghcr\\u002eio":{}}}' }] }],
    },
    {
      name: "a key with no host",
      filename: config,
      code: '{ "auths": { "": { "auth": "dTpw" } } }',
      output: null,
      errors: [{ messageId: "plaintextCredentials", data: data("a key with no host", "auth"), suggestions: [{ messageId: "removeCredentials", output: '{ "auths": { "": {} } }' }] }],
    },
  ],
});
