import { RuleTester } from "./helpers/rule-tester.js";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/valid-credential-helper.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const HUB = "https://index.docker.io/v1/";
const DOCKER = "the Docker CLI";
const PODMAN = "containers/image";
const STORES = "desktop, osxkeychain, wincred, pass, secretservice";
const config = "home/.docker/config.json";
const authJson = "run/containers/auth.json";

tester.run("valid-credential-helper", rule, {
  valid: [
    { filename: config, code: '{ "credsStore": "desktop" }' },
    { filename: config, code: `{ "credHelpers": { "${HUB}": "osxkeychain", "123456789012.dkr.ecr.us-east-1.amazonaws.com": "ecr-login", "gcr.io": "gcloud" } }` },
    {
      name: "the {} marker a helper leaves is normal",
      filename: config,
      code: `{ "auths": { "${HUB}": {}, "ghcr.io": {} }, "credsStore": "desktop" }`,
    },
    {
      name: "an auth of user: (next to nothing) holds no password",
      filename: config,
      code: `{ "auths": { "${HUB}": { "auth": "dTo=", "email": "me@example.com", "username": "u" } }, "credsStore": "desktop" }`,
    },
    {
      name: "entries of registries without a helper are read from the file",
      filename: config,
      code: `{ "auths": { "ghcr.io": { "auth": "dTpw" } }, "credHelpers": { "${HUB}": "desktop" } }`,
    },
    {
      name: "a credHelpers key docker never consults does not shadow the file",
      filename: config,
      code: '{ "auths": { "reg.example.com:5000": { "auth": "dTpw" } }, "credHelpers": { "https://reg.example.com:5000": "fake" } }',
    },
    {
      name: "an empty credHelpers value sends that registry to the file, past credsStore",
      filename: "home/.docker/config.json",
      code: `{ "auths": { "${HUB}": { "auth": "dTpw" } }, "credsStore": "desktop", "credHelpers": { "${HUB}": null } }`,
    },
    {
      name: "an auths key docker never finds is canonical-registry-key's business",
      filename: config,
      code: '{ "auths": { "docker.io": { "auth": "dTpw" } }, "credsStore": "desktop" }',
    },
    {
      name: "containers/image does not read credsStore",
      filename: authJson,
      code: '{ "auths": { "docker.io": { "auth": "dTpw" } }, "credsStore": "docker-credential-desktop" }',
    },
    { filename: authJson, code: '{ "credHelpers": { "docker.io": "secretservice", "quay.io": "pass" } }' },
    // Wrong types are other rules' business.
    { filename: config, code: '{ "credsStore": 3, "credHelpers": { "ghcr.io": ["x"], "quay.io": null } }' },
    { filename: config, code: '{ "credHelpers": "desktop", "auths": { "ghcr.io": "dTpw" } }' },
    // Not registry-credential files.
    { filename: config, code: '{ "name": "app", "credsStoreX": "docker-credential-desktop" }' },
    { filename: "package.json", code: '{ "helper": "docker-credential-desktop" }' },
    { filename: config, code: '["credsStore", "docker-credential-desktop"]' },
  ],
  invalid: [
    {
      name: "the docker-credential- prefix: autofix strips it",
      filename: config,
      code: '{ "credsStore": "docker-credential-desktop" }',
      output: '{ "credsStore": "desktop" }',
      errors: [
        {
          messageId: "helperPrefix",
          data: {
            setting: '"credsStore"',
            value: '"docker-credential-desktop"',
            program: '"docker-credential-docker-credential-desktop"',
            client: DOCKER,
          },
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 15,
        },
      ],
    },
    {
      name: "the prefix in credHelpers, twice over, CRLF and tabs",
      filename: config,
      code: '{\r\n\t"credHelpers": {\r\n\t\t"gcr.io": "docker-credential-docker-credential-gcloud"\r\n\t}\r\n}\r\n',
      output: '{\r\n\t"credHelpers": {\r\n\t\t"gcr.io": "gcloud"\r\n\t}\r\n}\r\n',
      errors: [
        {
          messageId: "helperPrefix",
          data: {
            setting: 'The credential helper for "gcr.io"',
            value: '"docker-credential-docker-credential-gcloud"',
            program: '"docker-credential-docker-credential-docker-credential-gcloud"',
            client: DOCKER,
          },
          line: 3,
          column: 3,
        },
      ],
    },
    {
      name: "JSON5 single quotes stay single",
      filename: config,
      code: "{ credsStore: 'docker-credential-pass', }",
      output: "{ credsStore: 'pass', }",
      errors: [{ messageId: "helperPrefix", line: 1, column: 3 }],
    },
    {
      name: "JSONC comments and a BOM survive the fix",
      filename: config,
      code: '\uFEFF{\n  // the default store\n  "credsStore": /* here */ "docker-credential-osxkeychain",\n}\n',
      output: '\uFEFF{\n  // the default store\n  "credsStore": /* here */ "osxkeychain",\n}\n',
      errors: [{ messageId: "helperPrefix", line: 3, column: 3 }],
    },
    {
      name: "an escaped value is only a suggestion",
      filename: config,
      code: '{ "credsStore": "docker-credential-\\u0064esktop" }',
      output: null,
      errors: [
        {
          messageId: "helperPrefix",
          suggestions: [{ messageId: "useName", data: { name: "desktop" }, output: '{ "credsStore": "desktop" }' }],
        },
      ],
    },
    {
      name: "the prefix alone leaves no name: no fix",
      filename: config,
      code: '{ "credsStore": "docker-credential-" }',
      output: null,
      errors: [{ messageId: "helperPrefix", suggestions: [] }],
    },
    {
      name: "a path whose program name is clear: suggestion",
      filename: config,
      code: '{ "credHelpers": { "public.ecr.aws": "/usr/local/bin/docker-credential-ecr-login" } }',
      output: null,
      errors: [
        {
          messageId: "helperPath",
          data: {
            setting: 'The credential helper for "public.ecr.aws"',
            value: '"/usr/local/bin/docker-credential-ecr-login"',
            program: '"docker-credential-/usr/local/bin/docker-credential-ecr-login"',
            client: DOCKER,
          },
          column: 20,
          suggestions: [
            { messageId: "useName", data: { name: "ecr-login" }, output: '{ "credHelpers": { "public.ecr.aws": "ecr-login" } }' },
          ],
        },
      ],
    },
    {
      name: "a Windows path to the .exe",
      filename: config,
      code: '{ "credsStore": "C:\\\\Program Files\\\\Docker\\\\docker-credential-wincred.exe" }',
      output: null,
      errors: [{ messageId: "helperPath", suggestions: [{ messageId: "useName", output: '{ "credsStore": "wincred" }' }] }],
    },
    {
      name: "a path to some other program: no fix",
      filename: config,
      code: '{ "credsStore": "./my-helper.sh" }',
      output: null,
      errors: [{ messageId: "helperPath", suggestions: [] }],
    },
    {
      name: "a trailing space: suggestion to trim",
      filename: config,
      code: '{ "credsStore": "desktop " }',
      output: null,
      errors: [
        {
          messageId: "helperWhitespace",
          data: { setting: '"credsStore"', value: '"desktop "', program: '"docker-credential-desktop "', client: DOCKER },
          suggestions: [{ messageId: "useName", data: { name: "desktop" }, output: '{ "credsStore": "desktop" }' }],
        },
      ],
    },
    {
      name: "a space inside: no fix",
      filename: config,
      code: '{ "credHelpers": { "ghcr.io": "gh cli" } }',
      output: null,
      errors: [{ messageId: "helperWhitespace", suggestions: [] }],
    },
    {
      name: "an empty credsStore is no store at all",
      filename: config,
      code: '{ "auths": {}, "credsStore": "" }',
      output: null,
      errors: [
        {
          messageId: "emptyCredsStore",
          data: { client: DOCKER, stores: STORES },
          column: 16,
          suggestions: [{ messageId: "removeCredsStore", output: '{ "auths": {} }' }],
        },
      ],
    },
    {
      name: "an empty credHelpers value keeps that registry in the file",
      filename: config,
      code: `{ "credsStore": "desktop", "credHelpers": { "${HUB}": "", "ghcr.io": "gh" } }`,
      output: null,
      errors: [
        {
          messageId: "emptyHelper",
          data: { key: HUB, registry: "Docker Hub", client: DOCKER },
          column: 45,
          suggestions: [{ messageId: "removeHelper", data: { key: HUB }, output: '{ "credsStore": "desktop", "credHelpers": { "ghcr.io": "gh" } }' }],
        },
      ],
    },
    {
      name: "containers/image runs an empty helper name",
      filename: authJson,
      code: '{ "credHelpers": { "quay.io": "" } }',
      output: null,
      errors: [
        {
          messageId: "emptyHelperName",
          data: { key: "quay.io", registry: "quay.io", client: PODMAN },
          suggestions: [{ messageId: "removeHelper", output: '{ "credHelpers": {  } }' }],
        },
      ],
    },
    {
      name: "auth.json: a credHelpers value is checked, the flavor option too",
      filename: config,
      options: [{ flavor: "containers" }],
      code: '{ "credHelpers": { "quay.io": "docker-credential-secretservice" }, "credsStore": "docker-credential-x" }',
      output: '{ "credHelpers": { "quay.io": "secretservice" }, "credsStore": "docker-credential-x" }',
      errors: [{ messageId: "helperPrefix", data: { setting: 'The credential helper for "quay.io"', value: '"docker-credential-secretservice"', program: '"docker-credential-docker-credential-secretservice"', client: PODMAN } }],
    },
    {
      name: "credsStore shadows a file entry that holds credentials",
      filename: config,
      code: `{ "auths": { "${HUB}": { "auth": "dTpw" }, "ghcr.io": {} }, "credsStore": "desktop" }`,
      output: null,
      errors: [
        {
          messageId: "shadowedEntry",
          data: { key: HUB, fields: "auth", helper: "desktop", via: "credsStore", registry: "Docker Hub", client: DOCKER },
          line: 1,
          column: 14,
          suggestions: [
            { messageId: "emptyEntry", data: { key: HUB }, output: `{ "auths": { "${HUB}": {}, "ghcr.io": {} }, "credsStore": "desktop" }` },
          ],
        },
      ],
    },
    {
      name: "credHelpers shadows a URL-form key of its host; placeholders count",
      filename: config,
      code: '{ "auths": { "https://reg.example.com:5000/v2/": { "username": "u", "password": "$REG_PASSWORD", "identitytoken": "t" } }, "credHelpers": { "reg.example.com:5000": "fake" } }',
      output: null,
      errors: [
        {
          messageId: "shadowedEntry",
          data: {
            key: "https://reg.example.com:5000/v2/",
            fields: "password, identitytoken",
            helper: "fake",
            via: "credHelpers",
            registry: "reg.example.com:5000",
            client: DOCKER,
          },
          suggestions: [
            {
              messageId: "emptyEntry",
              output: '{ "auths": { "https://reg.example.com:5000/v2/": {} }, "credHelpers": { "reg.example.com:5000": "fake" } }',
            },
          ],
        },
      ],
    },
    {
      name: "a broken helper still shadows the file: both reported",
      filename: config,
      code: `{ "auths": { "${HUB}": { "registrytoken": "t" } }, "credsStore": "docker-credential-desktop" }`,
      output: `{ "auths": { "${HUB}": { "registrytoken": "t" } }, "credsStore": "desktop" }`,
      errors: [
        {
          messageId: "shadowedEntry",
          data: { key: HUB, fields: "registrytoken", helper: "docker-credential-desktop", via: "credsStore", registry: "Docker Hub", client: DOCKER },
          column: 14,
          suggestions: [{ messageId: "emptyEntry", output: `{ "auths": { "${HUB}": {} }, "credsStore": "docker-credential-desktop" }` }],
        },
        { messageId: "helperPrefix", line: 1, column: 73 },
      ],
    },
    {
      name: "auth.json: a helper for the host shadows a namespaced key",
      filename: authJson,
      code: '{ "auths": { "quay.io/org": { "auth": "dTpw" } }, "credHelpers": { "quay.io": "pass" } }',
      output: null,
      errors: [
        {
          messageId: "shadowedEntry",
          data: { key: "quay.io/org", fields: "auth", helper: "pass", via: "credHelpers", registry: "quay.io/org", client: PODMAN },
          suggestions: [{ messageId: "emptyEntry", output: '{ "auths": { "quay.io/org": {} }, "credHelpers": { "quay.io": "pass" } }' }],
        },
      ],
    },
    {
      name: "case-insensitive field names are read by Go and count",
      filename: config,
      code: '{ "Auths": { "ghcr.io": { "Password": "p" } }, "CredsStore": "desktop" }',
      output: null,
      errors: [
        {
          messageId: "shadowedEntry",
          data: { key: "ghcr.io", fields: "password", helper: "desktop", via: "credsStore", registry: "ghcr.io", client: DOCKER },
          suggestions: [{ messageId: "emptyEntry", output: '{ "Auths": { "ghcr.io": {} }, "CredsStore": "desktop" }' }],
        },
      ],
    },
  ],
});
