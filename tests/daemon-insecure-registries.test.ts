import { RuleTester } from "@typescript-eslint/rule-tester";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/daemon-insecure-registries.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const daemon = "etc/docker/daemon.json";

tester.run("daemon-insecure-registries", rule, {
  valid: [
    { filename: daemon, code: '{ "insecure-registries": ["reg.corp:5000", "10.0.0.0/8", "[::1]:5000", "fd00::/8", "192.168.1.10", "localhost:5000", "docker.io"] }' },
    { name: "not dockerd's daemon.json", filename: "srv/app/daemon.json", code: '{ "insecure": ["http://x/y"], "port": 1 }' },
  ],
  invalid: [
    {
      name: "a scheme: dockerd strips it, so does the fix (an Ansible role's template output)",
      filename: "roles/docker/files/daemon.json",
      code: '{ "insecure-registries": ["http://nexus.corp:8082", "https://harbor.corp"] }',
      output: '{ "insecure-registries": ["nexus.corp:8082", "harbor.corp"] }',
      errors: [
        { messageId: "scheme", data: { entry: "http://nexus.corp:8082", scheme: "http" }, line: 1, column: 27, endColumn: 51 },
        { messageId: "scheme", data: { entry: "https://harbor.corp", scheme: "https" }, line: 1, column: 53 },
      ],
    },
    {
      name: "a scheme and a path: the fix strips the scheme, the path stays an error",
      filename: daemon,
      code: '{ "insecure-registries": ["https://hclcr.io/cnx"] }',
      output: '{ "insecure-registries": ["hclcr.io/cnx"] }',
      errors: [
        { messageId: "scheme", data: { entry: "https://hclcr.io/cnx", scheme: "https" }, line: 1, column: 27 },
        { messageId: "path", data: { entry: "hclcr.io/cnx" }, line: 1, column: 27 },
      ],
    },
    {
      name: "another scheme",
      filename: daemon,
      code: '{ "insecure-registries": ["tcp://reg.corp:5000"] }',
      output: null,
      errors: [{ messageId: "otherScheme", data: { entry: "tcp://reg.corp:5000" }, line: 1, column: 27 }],
    },
    {
      name: "a leading space (moby/moby#43051) and a hyphen",
      filename: daemon,
      code: '{ "insecure-registries": [" reg.corp:5000", "-reg.corp"] }',
      output: null,
      errors: [
        { messageId: "invalidHost", data: { entry: " reg.corp:5000" }, line: 1, column: 27 },
        { messageId: "hyphen", data: { entry: "-reg.corp" }, line: 1, column: 45 },
      ],
    },
    {
      name: "a port out of range",
      filename: daemon,
      code: '{ "insecure-registries": ["reg.corp:70000"] }',
      output: null,
      errors: [{ messageId: "invalidPort", data: { entry: "reg.corp:70000" }, line: 1, column: 27 }],
    },
  ],
});
