import { RuleTester } from "@typescript-eslint/rule-tester";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/daemon-registry-mirrors.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const daemon = "etc/docker/daemon.json";

tester.run("daemon-registry-mirrors", rule, {
  valid: [
    { filename: daemon, code: '{ "registry-mirrors": ["https://mirror.gcr.io", "http://10.0.0.5:5000", "https://harbor.corp/v2/dockerhub-proxy/"] }' },
    {
      name: "a devcontainer's docker-in-docker daemon.json",
      filename: ".devcontainer/daemon.json",
      code: '{\n  "registry-mirrors": ["https://registry-mirror.corp.internal"],\n  "features": { "buildkit": true }\n}\n',
    },
    { name: "a wrong type is daemon-strict-json's", filename: daemon, code: '{ "registry-mirrors": "mirror.gcr.io" }' },
    { name: "not dockerd's daemon.json", filename: "srv/app/daemon.json", code: '{ "mirrors": ["mirror.gcr.io"], "port": 1 }' },
  ],
  invalid: [
    {
      name: "no scheme: dockerd does not start (the sampled CI runner image)",
      filename: daemon,
      code: '{ "registry-mirrors": ["mirror.gcr.io"] }',
      output: null,
      errors: [
        {
          messageId: "noScheme",
          data: { mirror: "mirror.gcr.io" },
          line: 1,
          column: 24,
          endColumn: 39,
          suggestions: [
            { messageId: "addHttps", data: { mirror: "mirror.gcr.io" }, output: '{ "registry-mirrors": ["https://mirror.gcr.io"] }' },
            { messageId: "addHttp", data: { mirror: "mirror.gcr.io" }, output: '{ "registry-mirrors": ["http://mirror.gcr.io"] }' },
          ],
        },
      ],
    },
    {
      name: "host:port without a scheme",
      filename: daemon,
      code: '{ "registry-mirrors": ["10.0.0.5:5000"] }',
      output: null,
      errors: [
        {
          messageId: "noScheme",
          data: { mirror: "10.0.0.5:5000" },
          line: 1,
          column: 24,
          suggestions: [
            { messageId: "addHttps", data: { mirror: "10.0.0.5:5000" }, output: '{ "registry-mirrors": ["https://10.0.0.5:5000"] }' },
            { messageId: "addHttp", data: { mirror: "10.0.0.5:5000" }, output: '{ "registry-mirrors": ["http://10.0.0.5:5000"] }' },
          ],
        },
      ],
    },
    {
      name: "an empty entry from a GUI",
      filename: daemon,
      code: '{ "registry-mirrors": [""] }',
      output: null,
      errors: [{ messageId: "noScheme", data: { mirror: "" }, line: 1, column: 24, suggestions: [] }],
    },
    {
      name: "user info: never quoted, removable",
      filename: daemon,
      code: '{ "registry-mirrors": ["https://robot:s3cr3t@harbor.corp"] }',
      output: null,
      errors: [
        {
          messageId: "userinfo",
          data: { mirror: "https://***@harbor.corp" },
          line: 1,
          column: 24,
          suggestions: [{ messageId: "removeUserinfo", data: { mirror: "https://***@harbor.corp" }, output: '{ "registry-mirrors": ["https://harbor.corp"] }' }],
        },
      ],
    },
    {
      name: "another scheme",
      filename: daemon,
      code: '{ "registry-mirrors": ["tcp://10.0.0.5:5000"] }',
      output: null,
      errors: [{ messageId: "unsupportedScheme", data: { mirror: "tcp://10.0.0.5:5000", scheme: "tcp" }, line: 1, column: 24 }],
    },
    {
      name: "a query",
      filename: daemon,
      code: '{ "registry-mirrors": ["https://mirror.corp/?ns=docker.io"] }',
      output: null,
      errors: [{ messageId: "queryOrFragment", data: { mirror: "https://mirror.corp/?ns=docker.io" }, line: 1, column: 24 }],
    },
    {
      name: "a mirror meant for another registry: dockerd mirrors Docker Hub only",
      filename: daemon,
      code: '{ "registry-mirrors": ["https://quay.io", "https://harbor.corp/v2/ghcr.io", "https://mirror.gcr.io"] }',
      output: null,
      errors: [
        { messageId: "hubOnly", data: { mirror: "https://quay.io", registry: "quay.io" }, line: 1, column: 24 },
        { messageId: "hubOnly", data: { mirror: "https://harbor.corp/v2/ghcr.io", registry: "ghcr.io" }, line: 1, column: 43 },
      ],
    },
  ],
});
