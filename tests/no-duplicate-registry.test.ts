import { RuleTester } from "./helpers/rule-tester.js";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/no-duplicate-registry.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const HUB = "https://index.docker.io/v1/";
const DOCKER = "the Docker CLI";
const config = "home/.docker/config.json";
const authJson = "home/.config/containers/auth.json";

tester.run("no-duplicate-registry", rule, {
  valid: [
    { filename: config, code: `{ "auths": { "${HUB}": {}, "ghcr.io": {}, "ghcr.io:5000": {} } }` },
    // The same key in auths and credHelpers is normal: docker asks the helper.
    { filename: config, code: `{ "auths": { "${HUB}": {} }, "credHelpers": { "${HUB}": "desktop" } }` },
    // Namespaced keys are separate scopes for containers/image.
    { filename: authJson, code: '{ "auths": { "quay.io": {}, "quay.io/org": {}, "quay.io/org/repo": {} } }' },
    // Not a registry file: repeated keys are someone else's concern.
    { filename: config, code: '{ "docker.io": 1, "docker.io": 2 }' },
    { filename: config, code: '{ "auths": { "": {}, "https://": {} } }' },
  ],
  invalid: [
    {
      name: "Docker Hub under docker.io beside the canonical key",
      filename: config,
      code: `{ "auths": { "${HUB}": { "auth": "b2xkOnA=" }, "docker.io": { "auth": "bmV3OnA=" } } }`,
      errors: [
        {
          messageId: "sameRegistry",
          data: { key: "docker.io", other: HUB, section: "auths", registry: "Docker Hub", client: DOCKER },
          line: 1,
          column: 69,
          suggestions: [
            {
              messageId: "removeThis",
              data: { key: "docker.io", other: HUB, section: "auths", registry: "Docker Hub", client: DOCKER },
              output: `{ "auths": { "${HUB}": { "auth": "b2xkOnA=" } } }`,
            },
            {
              messageId: "removeOther",
              data: { key: "docker.io", other: HUB, section: "auths", registry: "Docker Hub", client: DOCKER },
              output: '{ "auths": { "docker.io": { "auth": "bmV3OnA=" } } }',
            },
          ],
        },
      ],
    },
    {
      name: "an exact duplicate: Go keeps the last, the first is reported",
      filename: config,
      code: '{\n  "auths": {\n    "ghcr.io": { "auth": "YTpi" },\n    "ghcr.io": { "auth": "Yzpk" }\n  }\n}',
      errors: [
        {
          messageId: "duplicateKey",
          data: { key: "ghcr.io", section: "auths" },
          line: 3,
          column: 5,
          suggestions: [
            { messageId: "removeThis", output: '{\n  "auths": {\n    "ghcr.io": { "auth": "Yzpk" }\n  }\n}' },
          ],
        },
      ],
    },
    {
      name: "a URL form beside the host, in a JSONC file with a trailing comma and comments",
      filename: config,
      code: '{\n  "auths": {\n    "reg.example.com": {}, // current\n    "https://reg.example.com/v2/": {}, // old\n  },\n}',
      errors: [
        {
          messageId: "sameRegistry",
          data: { key: "https://reg.example.com/v2/", other: "reg.example.com", section: "auths", registry: "reg.example.com", client: DOCKER },
          line: 4,
          column: 5,
          suggestions: [
            { messageId: "removeThis", output: '{\n  "auths": {\n    "reg.example.com": {}, // current\n     // old\n  },\n}' },
            { messageId: "removeOther", output: '{\n  "auths": {\n    // current\n    "https://reg.example.com/v2/": {}, // old\n  },\n}' },
          ],
        },
      ],
    },
    {
      name: "credHelpers: two spellings of Docker Hub",
      filename: config,
      code: `{ "credHelpers": { "docker.io": "desktop", "${HUB}": "pass" } }`,
      errors: [
        {
          messageId: "sameRegistry",
          data: { key: HUB, other: "docker.io", section: "credHelpers", registry: "Docker Hub", client: DOCKER },
          suggestions: [
            { messageId: "removeThis", output: '{ "credHelpers": { "docker.io": "desktop" } }' },
            { messageId: "removeOther", output: `{ "credHelpers": { "${HUB}": "pass" } }` },
          ],
        },
      ],
    },
    {
      name: "auth.json: docker.io beside index.docker.io",
      filename: authJson,
      code: '{ "auths": { "docker.io": {}, "index.docker.io": {} } }',
      errors: [
        {
          messageId: "sameRegistry",
          data: { key: "index.docker.io", other: "docker.io", section: "auths", registry: "Docker Hub", client: "containers/image (Podman, Buildah, Skopeo)" },
          suggestions: [
            { messageId: "removeThis", output: '{ "auths": { "docker.io": {} } }' },
            { messageId: "removeOther", output: '{ "auths": { "index.docker.io": {} } }' },
          ],
        },
      ],
    },
    {
      name: "legacy .dockercfg with a repeated key, CRLF",
      filename: "home/.dockercfg",
      code: '{\r\n"h.example.com": {"auth": "YTpi"},\r\n"h.example.com": {"auth": "Yzpk"}\r\n}',
      errors: [
        {
          messageId: "duplicateKey",
          data: { key: "h.example.com", section: "(top level)" },
          line: 2,
          column: 1,
          suggestions: [{ messageId: "removeThis", output: '{\r\n"h.example.com": {"auth": "Yzpk"}\r\n}' }],
        },
      ],
    },
  ],
});
