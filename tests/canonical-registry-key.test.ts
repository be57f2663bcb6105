import { RuleTester } from "./helpers/rule-tester.js";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/canonical-registry-key.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const HUB = "https://index.docker.io/v1/";
const DOCKER = "the Docker CLI";
const PODMAN = "containers/image";
const config = "home/.docker/config.json";
const authJson = "run/containers/auth.json";

tester.run("canonical-registry-key", rule, {
  valid: [
    { filename: config, code: `{ "auths": { "${HUB}": { "auth": "dTpw" } } }` },
    { filename: config, code: '{ "auths": { "ghcr.io": {}, "reg.example.com:5000": {}, "[::1]:5000": {} } }' },
    { filename: config, code: `{ "credHelpers": { "${HUB}": "desktop", "123456789.dkr.ecr.us-east-1.amazonaws.com": "ecr-login" } }` },
    { filename: authJson, code: '{ "auths": { "docker.io": { "auth": "dTpw" }, "quay.io/org/repo": {} } }' },
    { filename: authJson, code: '{ "credHelpers": { "docker.io": "secretservice" } }' },
    {
      name: "the flavor option wins over the file name",
      filename: config,
      code: '{ "auths": { "docker.io": {} } }',
      options: [{ flavor: "containers" }],
    },
    // Not registry-credential files: an app's config.json, Composer's auth.json, non-objects.
    { filename: config, code: '{ "name": "app", "registry": "docker.io", "docker.io": {} }' },
    { filename: authJson, code: '{ "http-basic": { "docker.io": { "username": "u", "password": "p" } } }' },
    { filename: config, code: '["auths", { "docker.io": {} }]' },
    { filename: config, code: '"auths"' },
    // Wrong types are other rules' business.
    { filename: config, code: '{ "auths": ["docker.io"] }' },
    { filename: config, code: '{ "auths": "docker.io", "credHelpers": 3 }' },
    {
      // Issue 16 item 8: this was reported here (with a rename into the existing key) and by
      // no-duplicate-registry. Two spellings of one registry are that rule's defect.
      name: "a key beside its canonical twin is no-duplicate-registry's report",
      filename: config,
      code: `{ "auths": { "docker.io": { "auth": "bmV3OnA=" }, "${HUB}": { "auth": "b2xkOnA=" } }, "credHelpers": { "https://ghcr.io": "gh", "ghcr.io": "gh" } }`,
    },
    // An empty key says nothing about what was meant.
    { filename: config, code: '{ "auths": { "": {} } }' },
  ],
  invalid: [
    {
      name: "the seed bug: Docker Hub under docker.io",
      filename: config,
      code: '{ "auths": { "docker.io": { "auth": "dTpw" } } }',
      output: `{ "auths": { "${HUB}": { "auth": "dTpw" } } }`,
      errors: [
        {
          messageId: "nonCanonicalKey",
          data: { key: "docker.io", canonical: HUB, registry: "Docker Hub", client: DOCKER },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 25,
        },
      ],
    },
    {
      name: "index.docker.io in a multi-line file with CRLF and tabs",
      filename: config,
      code: '{\r\n\t"auths": {\r\n\t\t"index.docker.io": {\r\n\t\t\t"auth": "dTpw"\r\n\t\t}\r\n\t}\r\n}\r\n',
      output: `{\r\n\t"auths": {\r\n\t\t"${HUB}": {\r\n\t\t\t"auth": "dTpw"\r\n\t\t}\r\n\t}\r\n}\r\n`,
      errors: [{ messageId: "nonCanonicalKey", line: 3, column: 3 }],
    },
    {
      name: "URL forms of the Hub index",
      filename: config,
      code: '{ "auths": { "https://index.docker.io/v1": {}, "http://docker.io": {} } }',
      output: null,
      errors: [
        {
          messageId: "nonCanonicalKey",
          data: { key: "https://index.docker.io/v1", canonical: HUB, registry: "Docker Hub", client: DOCKER },
          suggestions: [
            {
              messageId: "useCanonical",
              data: { key: "https://index.docker.io/v1", canonical: HUB, registry: "Docker Hub", client: DOCKER },
              output: `{ "auths": { "${HUB}": {}, "http://docker.io": {} } }`,
            },
          ],
        },
        {
          messageId: "nonCanonicalKey",
          suggestions: [{ messageId: "useCanonical", output: `{ "auths": { "https://index.docker.io/v1": {}, "${HUB}": {} } }` }],
        },
      ],
    },
    {
      name: "JSONC with comments and a trailing comma keeps both",
      filename: config,
      code: '{\n  // mine\n  "auths": {\n    "docker.io": {}, /* hub */\n  },\n}\n',
      output: `{\n  // mine\n  "auths": {\n    "${HUB}": {}, /* hub */\n  },\n}\n`,
      errors: [{ messageId: "nonCanonicalKey", line: 4, column: 5 }],
    },
    {
      name: "JSON5 single quotes are kept",
      filename: config,
      code: "{ auths: { 'docker.io': {} } }",
      output: `{ auths: { '${HUB}': {} } }`,
      errors: [{ messageId: "nonCanonicalKey", line: 1, column: 12 }],
    },
    {
      name: "JSON5 unquoted key is rewritten as a quoted string",
      filename: config,
      code: "{ auths: { localhost: {}, MyRegistry: {} } }",
      output: null,
      errors: [
        {
          messageId: "nonCanonicalKey",
          line: 1,
          column: 27,
          suggestions: [{ messageId: "useCanonical", output: '{ auths: { localhost: {}, "myregistry": {} } }' }],
        },
      ],
    },
    {
      name: "a UTF-8 BOM before the object",
      filename: config,
      code: '\uFEFF{"auths":{"docker.io":{}}}',
      output: `\uFEFF{"auths":{"${HUB}":{}}}`,
      errors: [{ messageId: "nonCanonicalKey", line: 1, column: 11 }],
    },
    {
      name: "an escaped key is only a suggestion",
      filename: config,
      code: '{ "auths": { "docker\\u002eio": {} } }',
      output: null,
      errors: [
        {
          messageId: "nonCanonicalKey",
          data: { key: "docker.io", canonical: HUB, registry: "Docker Hub", client: DOCKER },
          suggestions: [{ messageId: "useCanonical", output: `{ "auths": { "${HUB}": {} } }` }],
        },
      ],
    },
    {
      name: "registry-1.docker.io beside the Hub key: keep one or the other, never an autofix",
      filename: config,
      code: `{ "auths": { "registry-1.docker.io": { "auth": "bmV3OnA=" }, "${HUB}": { "auth": "b2xkOnA=" } } }`,
      output: null,
      errors: [
        {
          messageId: "hubHostKey",
          suggestions: [
            { messageId: "keepThis", output: '{ "auths": { "registry-1.docker.io": { "auth": "bmV3OnA=" } } }' },
            { messageId: "keepOther", output: `{ "auths": { "${HUB}": { "auth": "b2xkOnA=" } } }` },
          ],
        },
      ],
    },
    {
      // The first copy is ignored by Go's decoder: no-duplicate-registry's report (issue 16 item 8).
      name: "a repeated key: only the copy the client reads is reported here",
      filename: config,
      code: '{ "auths": { "docker.io": {}, "docker.io": {} } }',
      output: null,
      errors: [{ messageId: "nonCanonicalKey", column: 31, suggestions: [{ messageId: "useCanonical", output: `{ "auths": { "docker.io": {}, "${HUB}": {} } }` }] }],
    },
    {
      // no-duplicate-registry reports the second form (docker picks one at random); the first is
      // still a legacy form, renamed by a suggestion since both would become the same key.
      name: "two URL forms of one registry: the first here, the second no-duplicate-registry's",
      filename: config,
      code: '{ "auths": { "https://reg.example.com/v2/": {}, "http://reg.example.com": {} } }',
      output: null,
      errors: [{ messageId: "legacyKeyForm", column: 14, suggestions: [{ messageId: "useCanonical", output: '{ "auths": { "reg.example.com": {}, "http://reg.example.com": {} } }' }] }],
    },
    {
      name: "two aliases competing for one canonical key: suggestions only",
      filename: config,
      code: '{ "auths": { "docker.io": {}, "index.docker.io": {} } }',
      output: null,
      errors: [
        { messageId: "nonCanonicalKey", suggestions: [{ messageId: "useCanonical", output: `{ "auths": { "${HUB}": {}, "index.docker.io": {} } }` }] },
        { messageId: "nonCanonicalKey", suggestions: [{ messageId: "useCanonical", output: `{ "auths": { "docker.io": {}, "${HUB}": {} } }` }] },
      ],
    },
    {
      name: "credHelpers under docker.io: the helper is never asked",
      filename: config,
      code: '{ "credHelpers": { "docker.io": "desktop" } }',
      output: `{ "credHelpers": { "${HUB}": "desktop" } }`,
      errors: [
        {
          messageId: "nonCanonicalHelperKey",
          data: { key: "docker.io", canonical: HUB, registry: "Docker Hub", client: DOCKER },
          column: 20,
        },
      ],
    },
    {
      name: "credHelpers with a URL key: exact lookup only",
      filename: config,
      code: '{ "credHelpers": { "https://ghcr.io": "gh" } }',
      output: '{ "credHelpers": { "ghcr.io": "gh" } }',
      errors: [{ messageId: "nonCanonicalHelperKey", data: { key: "https://ghcr.io", canonical: "ghcr.io", registry: "ghcr.io", client: DOCKER } }],
    },
    {
      name: "registry-1.docker.io serves only images named with that host",
      filename: config,
      code: '{ "auths": { "registry-1.docker.io": {} } }',
      output: null,
      errors: [
        {
          messageId: "hubHostKey",
          data: { key: "registry-1.docker.io", canonical: HUB, registry: "Docker Hub", client: DOCKER },
          suggestions: [{ messageId: "useCanonical", output: `{ "auths": { "${HUB}": {} } }` }],
        },
      ],
    },
    {
      name: "a legacy URL key for a private registry is found, but only by the fallback",
      filename: config,
      code: '{ "auths": { "https://reg.example.com:5000/v2/": {} } }',
      output: '{ "auths": { "reg.example.com:5000": {} } }',
      errors: [
        {
          messageId: "legacyKeyForm",
          data: { key: "https://reg.example.com:5000/v2/", canonical: "reg.example.com:5000", registry: "reg.example.com:5000", client: DOCKER },
        },
      ],
    },
    {
      name: "a namespace path in a docker key is only a suggestion",
      filename: config,
      code: '{ "auths": { "ghcr.io/owner": {} } }',
      output: null,
      errors: [{ messageId: "legacyKeyForm", suggestions: [{ messageId: "useCanonical", output: '{ "auths": { "ghcr.io": {} } }' }] }],
    },
    {
      name: "upper case is never lowered automatically",
      filename: config,
      code: '{ "auths": { "GHCR.IO": {} } }',
      output: null,
      errors: [
        {
          messageId: "nonCanonicalKey",
          data: { key: "GHCR.IO", canonical: "ghcr.io", registry: "ghcr.io", client: DOCKER },
          suggestions: [{ messageId: "useCanonical", output: '{ "auths": { "ghcr.io": {} } }' }],
        },
      ],
    },
    {
      name: "legacy .dockercfg entries are judged too",
      filename: "home/.dockercfg",
      code: '{ "docker.io": { "auth": "dTpw", "email": "" } }',
      output: `{ "${HUB}": { "auth": "dTpw", "email": "" } }`,
      errors: [{ messageId: "nonCanonicalKey", column: 3 }],
    },
    {
      name: "auth.json: a scheme key is fixed to the bare host",
      filename: authJson,
      code: '{ "auths": { "https://quay.io/v2/": {} } }',
      output: '{ "auths": { "quay.io": {} } }',
      errors: [{ messageId: "legacyKeyForm", data: { key: "https://quay.io/v2/", canonical: "quay.io", registry: "quay.io", client: PODMAN } }],
    },
    {
      name: "auth.json: index.docker.io becomes docker.io",
      filename: authJson,
      code: '{ "auths": { "index.docker.io": {} } }',
      output: '{ "auths": { "docker.io": {} } }',
      errors: [{ messageId: "legacyKeyForm", data: { key: "index.docker.io", canonical: "docker.io", registry: "Docker Hub", client: PODMAN } }],
    },
    {
      name: "auth.json: the Docker Hub key shared with Docker tools is only a suggestion",
      filename: authJson,
      code: `{ "auths": { "${HUB}": {} } }`,
      output: null,
      errors: [{ messageId: "legacyKeyForm", suggestions: [{ messageId: "useCanonical", output: '{ "auths": { "docker.io": {} } }' }] }],
    },
    {
      name: "the flavor option turns a config.json into a containers file",
      filename: config,
      code: `{ "auths": { "${HUB}": {} } }`,
      options: [{ flavor: "containers" }],
      output: null,
      errors: [{ messageId: "legacyKeyForm", suggestions: [{ messageId: "useCanonical", output: '{ "auths": { "docker.io": {} } }' }] }],
    },
    {
      name: "the flavor option turns an auth.json into a docker file",
      filename: authJson,
      code: '{ "auths": { "docker.io": {} } }',
      options: [{ flavor: "docker" }],
      output: `{ "auths": { "${HUB}": {} } }`,
      errors: [{ messageId: "nonCanonicalKey" }],
    },
    {
      name: "Go's case folding maps the long s onto s: auth\\u017f fills auths",
      filename: config,
      code: '{ "auth\\u017f": { "docker.io": {} } }',
      output: `{ "auth\\u017f": { "${HUB}": {} } }`,
      errors: [{ messageId: "nonCanonicalKey" }],
    },
    {
      name: "Go matches Auths case-insensitively",
      filename: config,
      code: '{ "Auths": { "docker.io": {} } }',
      output: `{ "Auths": { "${HUB}": {} } }`,
      errors: [{ messageId: "nonCanonicalKey" }],
    },
  ],
});
