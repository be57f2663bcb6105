import { RuleTester } from "@typescript-eslint/rule-tester";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/daemon-strict-json.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const daemon = "etc/docker/daemon.json";

tester.run("daemon-strict-json", rule, {
  valid: [
    { filename: daemon, code: '{ "registry-mirrors": ["https://mirror.gcr.io"], "insecure-registries": [] }' },
    { filename: daemon, code: '{\n  "storage-driver": "overlay2",\n  "registry-mirrors": null\n}\n' },
    {
      name: "an Ansible role's files/daemon.json, tabs and CRLF",
      filename: "roles/docker/files/daemon.json",
      code: '{\r\n\t"log-driver": "json-file",\r\n\t"log-opts": { "max-size": "10m" }\r\n}\r\n',
    },
    // Not dockerd's: another program's daemon.json, and dockerd keys in a file of another name.
    { filename: "app/daemon.json", code: '{ "port": 8080, // listen\n "workers": 4, }' },
    { filename: "etc/docker/daemon.json.example", code: '{ "registry-mirrors": ["x"], }' },
  ],
  invalid: [
    {
      name: "a trailing comma (the sampled cloud-init write_files daemon.json)",
      filename: daemon,
      code: '{ "registry-mirrors": ["https://mirror.gcr.io"], }',
      output: '{ "registry-mirrors": ["https://mirror.gcr.io"] }',
      errors: [
        {
          messageId: "trailingComma",
          data: { reason: "invalid character '}' looking for beginning of object key string" },
          line: 1,
          column: 48,
          endLine: 1,
          endColumn: 49,
        },
      ],
    },
    {
      name: "a comment on its own line: suggestion to remove the line",
      filename: daemon,
      code: '{\n  // mirrors\n  "registry-mirrors": []\n}',
      output: null,
      errors: [
        {
          messageId: "comment",
          data: { reason: "invalid character '/' looking for beginning of object key string" },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 13,
          suggestions: [{ messageId: "removeComment", output: '{\n  "registry-mirrors": []\n}' }],
        },
      ],
    },
    {
      name: "single quotes and an unquoted key",
      filename: daemon,
      code: "{ 'storage-driver': 'overlay2', debug: true }",
      output: '{ "storage-driver": "overlay2", "debug": true }',
      errors: [
        { messageId: "singleQuotes", data: { reason: "invalid character '\\'' looking for beginning of object key string" }, line: 1, column: 3 },
        { messageId: "singleQuotes", data: { reason: "invalid character '\\'' looking for beginning of value" }, line: 1, column: 21 },
        { messageId: "unquotedKey", data: { reason: "invalid character 'd' looking for beginning of object key string" }, line: 1, column: 33 },
      ],
    },
    {
      name: "a byte order mark: removed",
      filename: daemon,
      code: '\uFEFF{ "debug": true }',
      output: '{ "debug": true }',
      errors: [{ messageId: "byteOrderMark", data: { reason: "invalid character 'ï' looking for beginning of value" }, line: 1, column: 1 }],
    },
    {
      name: "a comment after the value",
      filename: daemon,
      code: '{ "debug": true }\n// written by cloud-init\n',
      output: null,
      errors: [{ messageId: "afterValue", data: { reason: "invalid character '/' after top-level value" }, line: 2, column: 1, endLine: 3, endColumn: 1 }],
    },
    {
      name: "a mirror list written as one string",
      filename: daemon,
      code: '{ "registry-mirrors": "https://mirror.gcr.io" }',
      output: null,
      errors: [
        {
          messageId: "wrongType",
          data: { key: "registry-mirrors", reason: "json: cannot unmarshal string into Go struct field Config.registry-mirrors of type []string" },
          line: 1,
          column: 3,
        },
      ],
    },
    {
      name: "a number in insecure-registries",
      filename: daemon,
      code: '{ "insecure-registries": ["reg.corp", 5000] }',
      output: null,
      errors: [
        {
          messageId: "wrongType",
          data: { key: "insecure-registries", reason: "json: cannot unmarshal number into Go struct field Config.insecure-registries of type string" },
          line: 1,
          column: 39,
        },
      ],
    },
  ],
});
