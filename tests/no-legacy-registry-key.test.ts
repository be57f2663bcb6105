import { RuleTester } from "./helpers/rule-tester.js";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/no-legacy-registry-key.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const HUB = "https://index.docker.io/v1/";
const config = "home/.docker/config.json";
const authJson = "run/containers/auth.json";
const DOCKER = "the Docker CLI";
const PODMAN = "containers/image";
// The report, as messageId and data (the rule tester checks the message they format):
// 'Key "KEY" is a legacy form: write "CANONICAL".'
const docker = (key: string, canonical: string) => ({ messageId: "legacyKeyForm" as const, data: { key, canonical, registry: canonical, client: DOCKER } });
const podman = (key: string, canonical: string, registry = "Docker Hub") => ({ messageId: "legacyKeyForm" as const, data: { key, canonical, registry, client: PODMAN } });

tester.run("no-legacy-registry-key", rule, {
  valid: [
    { filename: config, code: `{ "auths": { "${HUB}": {}, "ghcr.io": {}, "reg.example.com:5000": {} } }` },
    { filename: authJson, code: '{ "auths": { "docker.io": {}, "quay.io/org/repo": {} } }' },
    // Keys the client does not find at all are canonical-registry-key's.
    { filename: config, code: '{ "auths": { "docker.io": {}, "GHCR.IO": {}, "registry-1.docker.io": {}, "https://ghcr.io:abc/": {} } }' },
    { filename: authJson, code: '{ "auths": { "reg.example.com/v2/": {}, "HTTPS://ghcr.io": {} } }' },
    // A helper is chosen by an exact lookup: a URL form is never asked (canonical-registry-key's).
    { filename: config, code: '{ "credHelpers": { "https://ghcr.io": "gh" } }' },
    // Beside its canonical twin it is a duplicate: no-duplicate-registry's.
    { filename: config, code: '{ "auths": { "https://ghcr.io": {}, "ghcr.io": {} } }' },
    // The kubelet strips the scheme and a /v1/ or /v2/ prefix from every key alike: not a legacy form there.
    { name: "kubernetes flavor", filename: config, code: '{ "auths": { "https://ghcr.io": {}, "reg.example.com/v2/": {} } }', options: [{ flavor: "kubernetes" }] },
  ],
  invalid: [
    {
      name: "the forms of issue 13: found, but only by the fallback",
      filename: config,
      code: '{ "auths": { "https://registry.gitlab.com": {}, "https://host.example:8443": {}, "https://other.example/v2/": {} } }',
      output: '{ "auths": { "registry.gitlab.com": {}, "host.example:8443": {}, "other.example": {} } }',
      errors: [
        { ...docker("https://registry.gitlab.com", "registry.gitlab.com"), line: 1, column: 14, endLine: 1, endColumn: 43 },
        { ...docker("https://host.example:8443", "host.example:8443"), line: 1, column: 49, endLine: 1, endColumn: 76 },
        { ...docker("https://other.example/v2/", "other.example"), line: 1, column: 82, endLine: 1, endColumn: 109 },
      ],
    },
    {
      name: "a legacy URL key for a private registry",
      filename: config,
      code: '{ "auths": { "https://reg.example.com:5000/v2/": {} } }',
      output: '{ "auths": { "reg.example.com:5000": {} } }',
      errors: [
        {
          messageId: "legacyKeyForm",
          data: { key: "https://reg.example.com:5000/v2/", canonical: "reg.example.com:5000", registry: "reg.example.com:5000", client: "the Docker CLI" },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 48,
        },
      ],
    },
    {
      name: "a path without scheme, and http://",
      filename: config,
      code: '{\n  "auths": {\n    "reg.example.com/v2/": {},\n    "http://other.example": {}\n  }\n}\n',
      output: '{\n  "auths": {\n    "reg.example.com": {},\n    "other.example": {}\n  }\n}\n',
      errors: [
        { ...docker("reg.example.com/v2/", "reg.example.com"), line: 3, column: 5, endLine: 3, endColumn: 26 },
        { ...docker("http://other.example", "other.example"), line: 4, column: 5, endLine: 4, endColumn: 27 },
      ],
    },
    {
      // no-duplicate-registry reports the second form (docker picks one at random); the first is
      // still a legacy form, renamed by a suggestion since both would become the same key.
      name: "two URL forms of one registry: the first here, the second no-duplicate-registry's",
      filename: config,
      code: '{ "auths": { "https://reg.example.com/v2/": {}, "http://reg.example.com": {} } }',
      output: null,
      errors: [
        {
          ...docker("https://reg.example.com/v2/", "reg.example.com"),
          column: 14,
          endColumn: 43,
          suggestions: [{ messageId: "useCanonical", output: '{ "auths": { "reg.example.com": {}, "http://reg.example.com": {} } }' }],
        },
      ],
    },
    {
      name: "a namespace path in a docker key is only a suggestion: docker ignores the path",
      filename: config,
      code: '{ "auths": { "ghcr.io/owner": {} } }',
      output: null,
      errors: [
        {
          ...docker("ghcr.io/owner", "ghcr.io"),
          column: 14,
          endColumn: 29,
          suggestions: [{ messageId: "useCanonical", output: '{ "auths": { "ghcr.io": {} } }' }],
        },
      ],
    },
    {
      name: "user info in the key: the suggested key is the bare host, never automatic, and the key is masked",
      filename: config,
      code: '{ "auths": { "https://bob@reg.example.com/v2/": {} } }',
      output: null,
      errors: [
        {
          ...docker("https://***@reg.example.com/v2/", "reg.example.com"),
          suggestions: [{ messageId: "useCanonical", output: '{ "auths": { "reg.example.com": {} } }' }],
        },
      ],
    },
    {
      name: "a key written with escapes is renamed by a suggestion",
      filename: config,
      code: '{ "auths": { "https:\\/\\/ghcr.io": {} } }',
      output: null,
      errors: [{ ...docker("https://ghcr.io", "ghcr.io"), suggestions: [{ messageId: "useCanonical", output: '{ "auths": { "ghcr.io": {} } }' }] }],
    },
    {
      name: "legacy .dockercfg entries are judged too",
      filename: "home/.dockercfg",
      code: '{ "https://reg.example.com": { "auth": "dTpw", "email": "" } }',
      output: '{ "reg.example.com": { "auth": "dTpw", "email": "" } }',
      errors: [{ ...docker("https://reg.example.com", "reg.example.com"), line: 1, column: 3 }],
    },
    {
      name: "auth.json: a scheme key is fixed to the bare host",
      filename: authJson,
      code: '{ "auths": { "https://quay.io/v2/": {} } }',
      output: '{ "auths": { "quay.io": {} } }',
      errors: [
        {
          messageId: "legacyKeyForm",
          data: { key: "https://quay.io/v2/", canonical: "quay.io", registry: "quay.io", client: PODMAN },
          column: 14,
          endColumn: 35,
        },
      ],
    },
    {
      name: "auth.json: index.docker.io becomes docker.io",
      filename: authJson,
      code: '{ "auths": { "index.docker.io": {} } }',
      output: '{ "auths": { "docker.io": {} } }',
      errors: [{ ...podman("index.docker.io", "docker.io"), column: 14, endColumn: 31 }],
    },
    {
      name: "auth.json: the Docker Hub key shared with Docker tools is only a suggestion",
      filename: authJson,
      code: `{ "auths": { "${HUB}": {} } }`,
      output: null,
      errors: [{ ...podman(HUB, "docker.io"), suggestions: [{ messageId: "useCanonical", output: '{ "auths": { "docker.io": {} } }' }] }],
    },
    {
      name: "the flavor option turns a config.json into a containers file",
      filename: config,
      code: `{ "auths": { "${HUB}": {} } }`,
      options: [{ flavor: "containers" }],
      output: null,
      errors: [{ ...podman(HUB, "docker.io"), suggestions: [{ messageId: "useCanonical", output: '{ "auths": { "docker.io": {} } }' }] }],
    },
    {
      name: "the shared setting turns a config.json into a containers file",
      filename: config,
      code: '{ "auths": { "index.docker.io": {} } }',
      settings: { "docker-config": { flavor: "containers" } },
      output: '{ "auths": { "docker.io": {} } }',
      errors: [{ ...podman("index.docker.io", "docker.io"), line: 1, column: 14, endColumn: 31 }],
    },
    {
      name: "Go matches Auths case-insensitively",
      filename: config,
      code: '{ "Auths": { "https://ghcr.io": {} } }',
      output: '{ "Auths": { "ghcr.io": {} } }',
      errors: [{ messageId: "legacyKeyForm", data: { key: "https://ghcr.io", canonical: "ghcr.io", registry: "ghcr.io", client: "the Docker CLI" }, column: 14, endColumn: 31 }],
    },
  ],
});
