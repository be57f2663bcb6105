import { RuleTester } from "./helpers/rule-tester.js";
import * as jsoncParser from "jsonc-eslint-parser";
import rule, { NO_COLON_CONTAINERS, REFUSED } from "../rules/valid-auth.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const config = "home/.docker/config.json";
const authJson = "run/containers/auth.json";
const DOCKER = "the Docker CLI";
const PODMAN = "containers/image";
const R = "reg.example.com";
const docker = { key: R, client: DOCKER, refused: REFUSED.docker };
const file = (entry: string): string => `{ "auths": { "${R}": ${entry} } }`;

tester.run("valid-auth", rule, {
  valid: [
    { filename: config, code: file('{ "auth": "dXNlcjpwYXNz" }') },
    { filename: config, code: file('{ "auth": "" }') },
    { filename: config, code: file('{ "auth": null }') },
    { filename: config, code: file("{}") },
    { filename: config, code: file('{ "auth": "dXNlcjpwYXNz", "username": "user", "password": "pass" }') },
    { filename: config, code: file('{ "auth": "dXNlcjpwYXNz", "username": "", "email": "a@b.c" }') },
    { name: "newlines inside the base64 are skipped", filename: config, code: file('{ "auth": "dXNl\\ncjpw\\r\\nYXNz" }') },
    { name: "a later auth key wins (Go assigns every case-insensitive match)", filename: config, code: file('{ "auth": "!!", "Auth": "dXNlcjpwYXNz" }') },
    { name: "null does not reset an earlier value", filename: config, code: file('{ "auth": "dXNlcjpwYXNz", "auth": null }') },
    { name: "a CI placeholder", filename: config, code: file('{ "auth": "${REGISTRY_AUTH}" }') },
    { name: "a Helm template", filename: config, code: file('{ "auth": "{{ .Values.auth | b64enc }}" }') },
    // Placeholders as templates write them: not credentials, not broken base64 (`your_auth` was
    // reported as URL-safe base64).
    { name: "a placeholder in angle brackets", filename: config, code: file('{ "auth": "<DOCKER_AUTH>" }') },
    { name: "a your_ placeholder", filename: config, code: file('{ "auth": "your_auth" }') },
    { name: "an upper-case placeholder", filename: config, code: file('{ "auth": "BASE_64_BASIC_AUTH_CREDENTIALS" }') },
    { name: "MY_TOKEN, also in auth.json", filename: authJson, code: file('{ "auth": "MY_TOKEN" }') },
    { name: "REGISTRY_PASSWORD next to other fields", filename: config, code: file('{ "auth": "REGISTRY_PASSWORD", "username": "u", "password": "p" }') },
    { name: "changeme", filename: config, code: file('{ "auth": "changeme" }') },
    { name: "empty user name: containers/image accepts it", filename: authJson, code: file('{ "auth": "OnBhc3M=" }') },
    { name: "legacy .dockercfg", filename: "home/.dockercfg", code: '{ "https://index.docker.io/v1/": { "auth": "dXNlcjpwYXNz", "email": "" } }' },
    // Not registry files, or not objects: other rules' business.
    { filename: config, code: '{ "name": "app", "auth": "!!" }' },
    { filename: authJson, code: '{ "http-basic": { "x": { "auth": "!!" } } }' },
    { filename: config, code: '{ "auths": { "r": "dXNl" } }' },
    { filename: config, code: '{ "auths": ["!!"] }' },
  ],
  invalid: [
    {
      name: "echo without -n: suggestion, not autofix",
      filename: config,
      code: file('{ "auth": "dXNlcjpwYXNzCg==" }'),
      output: null,
      errors: [
        {
          messageId: "trailingNewline",
          data: docker,
          line: 1,
          column: 35,
          endColumn: 41,
          suggestions: [{ messageId: "reencodeWithoutNewline", data: docker, output: file('{ "auth": "dXNlcjpwYXNz" }') }],
        },
      ],
    },
    {
      name: "CRLF file, tabs, single quotes kept in JSON5",
      filename: config,
      code: "{\r\n\tauths: {\r\n\t\t'r': { auth: 'dXNlcjpwYXNzDQo=' },\r\n\t},\r\n}\r\n",
      output: null,
      errors: [
        {
          messageId: "trailingNewline",
          line: 3,
          column: 10,
          suggestions: [{ messageId: "reencodeWithoutNewline", output: "{\r\n\tauths: {\r\n\t\t'r': { auth: 'dXNlcjpwYXNz' },\r\n\t},\r\n}\r\n" }],
        },
      ],
    },
    {
      name: "whitespace around user and password",
      filename: config,
      code: file('{ "auth": "IHVzZXI6cGFzcyA=" }'),
      output: null,
      errors: [{ messageId: "surroundingWhitespace", data: docker, suggestions: [{ messageId: "reencodeTrimmed", data: docker, output: file('{ "auth": "dXNlcjpwYXNz" }') }] }],
    },
    {
      name: "UTF-16 from PowerShell",
      filename: config,
      code: file('{ "auth": "dQBzAGUAcgA6AHAAYQBzAHMA" }'),
      output: null,
      errors: [{ messageId: "utf16", data: docker, suggestions: [{ messageId: "reencodeWithoutNul", data: docker, output: file('{ "auth": "dXNlcjpwYXNz" }') }] }],
    },
    {
      name: "embedded newline in the user name: the trim suggestion",
      filename: config,
      code: file(`{ "auth": "${Buffer.from("user\n:pass").toString("base64")}" }`),
      output: null,
      errors: [{ messageId: "embeddedNewline", suggestions: [{ messageId: "reencodeTrimmed", output: file('{ "auth": "dXNlcjpwYXNz" }') }] }],
    },
    {
      name: "newline in the middle of the password: no suggestion (nothing certain to drop)",
      filename: config,
      code: file(`{ "auth": "${Buffer.from("user:pa\nss").toString("base64")}" }`),
      output: null,
      errors: [{ messageId: "embeddedNewline", suggestions: [] }],
    },
    {
      name: "not UTF-8",
      filename: config,
      code: file('{ "auth": "dTr//g==" }'),
      output: null,
      errors: [{ messageId: "notUtf8", data: docker, suggestions: [] }],
    },
    {
      name: "missing padding: suggestion to pad",
      filename: config,
      code: file('{ "auth": "dXNlcjpwYXNzMQ" }'),
      output: null,
      errors: [
        {
          messageId: "badPadding",
          data: { ...docker, offset: 12 },
          suggestions: [{ messageId: "rewriteStandardBase64", data: { ...docker, offset: 12 }, output: file('{ "auth": "dXNlcjpwYXNzMQ==" }') }],
        },
      ],
    },
    {
      name: "URL-safe alphabet",
      filename: config,
      code: file('{ "auth": "dXNlcjpwYT4_Pj8=" }'),
      output: null,
      errors: [
        {
          messageId: "urlSafeAlphabet",
          data: { ...docker, offset: 11 },
          suggestions: [{ messageId: "rewriteStandardBase64", output: file('{ "auth": "dXNlcjpwYT4/Pj8=" }') }],
        },
      ],
    },
    {
      name: "a wrapped line joined with a space",
      filename: config,
      code: file('{ "auth": "dXNl cjpwYXNz" }'),
      output: null,
      errors: [{ messageId: "whitespaceInBase64", data: { ...docker, offset: 4 }, suggestions: [{ messageId: "rewriteStandardBase64", output: file('{ "auth": "dXNlcjpwYXNz" }') }] }],
    },
    {
      name: "not a placeholder: an upper-case word without underscore is valid base64 (QUJDOkRF is ABC:DE)",
      filename: config,
      code: file('{ "auth": "PASSWORD" }'),
      output: null,
      errors: [{ messageId: "noColon" }],
    },
    {
      name: "not a placeholder: USER:PASSWORD is raw text, not base64",
      filename: config,
      code: file('{ "auth": "USER:PASSWORD" }'),
      output: null,
      errors: [{ messageId: "illegalCharacter", data: { ...docker, offset: 4 } }],
    },
    {
      name: "raw user:password: illegal character, no guess",
      filename: config,
      code: file('{ "auth": "user:pass" }'),
      output: null,
      errors: [{ messageId: "illegalCharacter", data: { ...docker, offset: 4 }, suggestions: [] }],
    },
    {
      name: "no colon",
      filename: config,
      code: file('{ "auth": "dXNlcg==" }'),
      output: null,
      errors: [{ messageId: "noColon", data: { ...docker, refused: `"Invalid auth configuration file", and ${REFUSED.docker}` }, suggestions: [] }],
    },
    {
      name: "no colon, containers wording",
      filename: authJson,
      code: file('{ "auth": "dXNlcg==" }'),
      output: null,
      errors: [{ messageId: "noColon", data: { key: R, client: PODMAN, refused: NO_COLON_CONTAINERS } }],
    },
    {
      name: "encoded twice",
      filename: config,
      code: file('{ "auth": "ZFhObGNqcHdZWE56" }'),
      output: null,
      errors: [{ messageId: "encodedTwice", suggestions: [{ messageId: "decodeOnce", output: file('{ "auth": "dXNlcjpwYXNz" }') }] }],
    },
    {
      name: "empty user name (docker)",
      filename: config,
      code: file('{ "auth": "OnBhc3M=" }'),
      output: null,
      errors: [{ messageId: "emptyUsername", data: docker }],
    },
    {
      name: "not a string: every type, on each key",
      filename: config,
      code: '{ "auths": { "a": { "auth": 5 }, "b": { "AUTH": true }, "c": { "auth": [] }, "d": { "auth": {} }, "e": { "auth": -1 } } }',
      output: null,
      errors: [
        { messageId: "notString", data: { key: "a", type: "number", client: DOCKER }, column: 21 },
        { messageId: "notString", data: { key: "b", type: "bool", client: DOCKER }, column: 41 },
        { messageId: "notString", data: { key: "c", type: "array", client: DOCKER } },
        { messageId: "notString", data: { key: "d", type: "object", client: DOCKER } },
        { messageId: "notString", data: { key: "e", type: "number", client: DOCKER } },
      ],
    },
    {
      name: "the last case-insensitive auth key is the one decoded",
      filename: config,
      code: file('{ "auth": "dXNlcjpwYXNz", "Auth": "!!" }'),
      output: null,
      errors: [{ messageId: "illegalCharacter", data: { ...docker, offset: 0 }, column: 59 }],
    },
    {
      name: "auth disagrees with username and password",
      filename: config,
      code: file('{ "auth": "dXNlcjpwYXNz", "username": "user", "password": "old" }'),
      output: null,
      errors: [{ messageId: "authMismatch", data: { key: R, client: DOCKER, fields: '"password" field' } }],
    },
    {
      name: "both fields disagree (kubectl-style entry), also in auth.json",
      filename: authJson,
      code: file('{ "username": "other", "password": "x", "auth": "dXNlcjpwYXNz" }'),
      output: null,
      errors: [{ messageId: "authMismatch", data: { key: R, client: PODMAN, fields: '"username" field and "password" field' } }],
    },
    {
      name: "a huge value does not hurt",
      filename: config,
      code: file(`{ "auth": "${"dXNl".repeat(100_000)}" }`),
      output: null,
      errors: [{ messageId: "noColon", suggestions: [] }],
    },
    {
      name: "escaped value, BOM, comments",
      filename: config,
      code: '\uFEFF{ /* c */ "auths": { "r": { "auth": "dXNlcjpwYXNz\\u0043g==" } } // end\n}',
      output: null,
      errors: [{ messageId: "trailingNewline", suggestions: [{ messageId: "reencodeWithoutNewline", output: '\uFEFF{ /* c */ "auths": { "r": { "auth": "dXNlcjpwYXNz" } } // end\n}' }] }],
    },
  ],
});
