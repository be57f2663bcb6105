import { RuleTester } from "./helpers/rule-tester.js";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/no-unknown-properties.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const DOCKER = "the Docker CLI";
const PODMAN = "containers/image";
const config = "home/.docker/config.json";
const authJson = "run/containers/auth.json";

tester.run("no-unknown-properties", rule, {
  valid: [
    {
      name: "every Docker CLI field",
      filename: config,
      code: JSON.stringify({
        auths: { a: { username: "u", password: "p", auth: "", identitytoken: "t", registrytoken: "r" } },
        HttpHeaders: {},
        psFormat: "",
        imagesFormat: "",
        networksFormat: "",
        pluginsFormat: "",
        volumesFormat: "",
        statsFormat: "",
        serviceInspectFormat: "",
        servicesFormat: "",
        tasksFormat: "",
        secretFormat: "",
        configFormat: "",
        nodesFormat: "",
        detachKeys: "",
        credsStore: "",
        credHelpers: {},
        pruneFilters: [],
        proxies: {},
        currentContext: "",
        cliPluginsExtraDirs: [],
        plugins: {},
        aliases: {},
        features: {},
      }),
    },
    { name: "deprecated fields are the other rule's", filename: config, code: '{"auths":{"a":{"email":"e","serveraddress":"s"}},"experimental":"enabled"}' },
    { name: "Podman's own fields", filename: authJson, code: '{"auths":{"quay.io":{"auth":"dTpw","identitytoken":"t"}},"credHelpers":{"a":"b"}}' },
    { name: "the allow option", filename: config, code: '{"auths":{"a":{"x-note":"n"}},"$schema":"s"}', options: [{ allow: ["$schema", "x-note"] }] },
    { name: "credHelpers keys and auths keys are registries, not fields", filename: config, code: '{"credHelpers":{"credStore":"x"},"auths":{"credStore":{}}}' },
    { name: "an entry that is not an object", filename: config, code: '{"auths":{"a":"x","b":null},"credsStore":"d"}' },
    { name: "a legacy .dockercfg has registries at the top level", filename: "home/.dockercfg", code: '{"docker.io":{"auth":"dTpw","email":""}}' },
    { filename: config, code: '{"name":"app","version":1}' },
    { filename: authJson, code: '{"http-basic":{"example.org":{"username":"u"}}}' },
  ],
  invalid: [
    {
      name: "an unknown top-level key",
      filename: config,
      code: '{"auths":{},"stackOrchestrator":"swarm"}',
      output: null,
      errors: [{ messageId: "unknownProperty", data: { key: "stackOrchestrator", client: DOCKER }, line: 1, column: 13, endColumn: 32 }],
    },
    {
      name: "an unknown entry field",
      filename: config,
      code: '{\n  "auths": {\n    "ghcr.io": { "auth": "dTpw", "token": "t" }\n  }\n}',
      output: null,
      errors: [{ messageId: "unknownProperty", data: { key: "token", client: DOCKER }, line: 3, column: 34 }],
    },
    {
      name: "near misses: rename suggestions, never an autofix",
      filename: config,
      code: '{"credStore":"desktop","credHelper":{},"auths":{"a":{"auth ":"dTpw","passwd":"p"}}}',
      output: null,
      errors: [
        {
          messageId: "misspelledProperty",
          data: { key: "credStore", client: DOCKER, field: "credsStore" },
          column: 2,
          suggestions: [
            {
              messageId: "renameTo",
              data: { key: "credStore", field: "credsStore" },
              output: '{"credsStore":"desktop","credHelper":{},"auths":{"a":{"auth ":"dTpw","passwd":"p"}}}',
            },
          ],
        },
        {
          messageId: "misspelledProperty",
          data: { key: "credHelper", client: DOCKER, field: "credHelpers" },
          suggestions: [{ messageId: "renameTo", output: '{"credStore":"desktop","credHelpers":{},"auths":{"a":{"auth ":"dTpw","passwd":"p"}}}' }],
        },
        {
          messageId: "misspelledProperty",
          data: { key: "auth ", client: DOCKER, field: "auth" },
          suggestions: [{ messageId: "renameTo", output: '{"credStore":"desktop","credHelper":{},"auths":{"a":{"auth":"dTpw","passwd":"p"}}}' }],
        },
        {
          messageId: "misspelledProperty",
          data: { key: "passwd", client: DOCKER, field: "password" },
          suggestions: [{ messageId: "renameTo", output: '{"credStore":"desktop","credHelper":{},"auths":{"a":{"auth ":"dTpw","password":"p"}}}' }],
        },
      ],
    },
    {
      name: "no rename suggestion when the field is already there",
      filename: config,
      code: '{"credsStore":"a","credStore":"b","auths":{"a":{"auth":"x","Auth ":"y"}}}',
      output: null,
      errors: [
        { messageId: "misspelledProperty", data: { key: "credStore", client: DOCKER, field: "credsStore" }, suggestions: [] },
        { messageId: "misspelledProperty", data: { key: "Auth ", client: DOCKER, field: "auth" }, suggestions: [] },
      ],
    },
    {
      name: "a case variant fills the field: the misspelling of it gets no rename, the variant its fix",
      filename: config,
      code: '{"auths":{},"credStore":"b","CREDSSTORE":"a"}',
      output: '{"auths":{},"credStore":"b","credsStore":"a"}',
      errors: [
        { messageId: "misspelledProperty", data: { key: "credStore", client: DOCKER, field: "credsStore" }, suggestions: [] },
        { messageId: "nonCanonicalCase", data: { key: "CREDSSTORE", field: "credsStore" } },
      ],
    },
    {
      name: "case variants Go alone accepts: renamed",
      filename: config,
      code: '{"Auths":{"a":{"Auth":"dTpw","identityToken":"t"}},"HTTPHeaders":{},"CredsStore":"d"}',
      output: '{"auths":{"a":{"auth":"dTpw","identitytoken":"t"}},"HttpHeaders":{},"credsStore":"d"}',
      errors: [
        { messageId: "nonCanonicalCase", data: { key: "Auths", field: "auths" }, column: 2, endColumn: 9 },
        { messageId: "nonCanonicalCase", data: { key: "Auth", field: "auth" } },
        { messageId: "nonCanonicalCase", data: { key: "identityToken", field: "identitytoken" } },
        { messageId: "nonCanonicalCase", data: { key: "HTTPHeaders", field: "HttpHeaders" } },
        { messageId: "nonCanonicalCase", data: { key: "CredsStore", field: "credsStore" } },
      ],
    },
    {
      name: "a case variant next to the exact field: no fix (a rename would duplicate the key)",
      filename: config,
      code: '{"auths":{},"Auths":{}}',
      output: null,
      errors: [{ messageId: "nonCanonicalCase", data: { key: "Auths", field: "auths" }, column: 13, suggestions: [] }],
    },
    {
      name: "two case variants: suggestions only, or both would become the same key",
      filename: config,
      code: '{"Auths":{},"AUTHS":{}}',
      output: null,
      errors: [
        { messageId: "nonCanonicalCase", suggestions: [{ messageId: "renameTo", data: { key: "Auths", field: "auths" }, output: '{"auths":{},"AUTHS":{}}' }] },
        { messageId: "nonCanonicalCase", suggestions: [{ messageId: "renameTo", data: { key: "AUTHS", field: "auths" }, output: '{"Auths":{},"auths":{}}' }] },
      ],
    },
    {
      name: "an escaped case variant: a suggestion; Go's non-ASCII folding (ſ is S): renamed",
      filename: config,
      code: '{"\\u0041uths":{},"credsſtore":"d"}',
      output: '{"\\u0041uths":{},"credsStore":"d"}',
      errors: [
        { messageId: "nonCanonicalCase", data: { key: "Auths", field: "auths" }, suggestions: [{ messageId: "renameTo", output: '{"auths":{},"credsſtore":"d"}' }] },
        { messageId: "nonCanonicalCase", data: { key: "credsſtore", field: "credsStore" } },
      ],
    },
    {
      name: "entries under a case variant of auths are checked too",
      filename: config,
      code: "{auths: {a: {}}, 'AUTHS': {b: {user: 'u'}}}",
      output: null,
      errors: [
        { messageId: "nonCanonicalCase", data: { key: "AUTHS", field: "auths" }, column: 18 },
        { messageId: "unknownProperty", data: { key: "user", client: DOCKER }, column: 32 },
      ],
    },
    {
      name: "auth.json: Docker-only fields are named as such",
      filename: authJson,
      code: '{"auths":{"quay.io":{"auth":"dTpw","username":"u"}},"credsStore":"pass","psFormat":"x","foo":1}',
      output: null,
      errors: [
        { messageId: "dockerOnlyProperty", data: { key: "username", client: PODMAN }, column: 36 },
        { messageId: "dockerOnlyProperty", data: { key: "credsStore", client: PODMAN } },
        { messageId: "dockerOnlyProperty", data: { key: "psFormat", client: PODMAN } },
        { messageId: "unknownProperty", data: { key: "foo", client: PODMAN } },
      ],
    },
    {
      name: "auth.json: near misses are judged against what Podman reads",
      filename: authJson,
      code: '{"credHelper":{},"auths":{"a":{"identity_token":"t"}}}',
      output: null,
      errors: [
        { messageId: "misspelledProperty", data: { key: "credHelper", client: PODMAN, field: "credHelpers" }, suggestions: [{ messageId: "renameTo", output: '{"credHelpers":{},"auths":{"a":{"identity_token":"t"}}}' }] },
        { messageId: "misspelledProperty", data: { key: "identity_token", client: PODMAN, field: "identitytoken" }, suggestions: [{ messageId: "renameTo", output: '{"credHelper":{},"auths":{"a":{"identitytoken":"t"}}}' }] },
      ],
    },
    {
      name: "the flavor option turns an auth.json into a docker file",
      filename: authJson,
      options: [{ flavor: "docker" }],
      code: '{"auths":{},"credsStore":"pass","foo":1}',
      output: null,
      errors: [{ messageId: "unknownProperty", data: { key: "foo", client: DOCKER } }],
    },
    {
      name: "JSONC, CRLF and a BOM survive the fix",
      filename: config,
      code: '\uFEFF{\r\n  // hub\r\n  "Auths": {}, // x\r\n}\r\n',
      output: '\uFEFF{\r\n  // hub\r\n  "auths": {}, // x\r\n}\r\n',
      errors: [{ messageId: "nonCanonicalCase", line: 3, column: 3 }],
    },
    {
      name: "the allow option matches exact spelling only",
      filename: config,
      options: [{ allow: ["$schema"] }],
      code: '{"auths":{},"$Schema":"s"}',
      output: null,
      errors: [{ messageId: "unknownProperty", data: { key: "$Schema", client: DOCKER } }],
    },
  ],
});
