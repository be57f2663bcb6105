import { RuleTester } from "@typescript-eslint/rule-tester";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/daemon-no-deprecated-keys.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const daemon = "etc/docker/daemon.json";

tester.run("daemon-no-deprecated-keys", rule, {
  valid: [
    { filename: daemon, code: '{ "data-root": "/data/docker", "storage-driver": "overlay2" }' },
    { name: "not dockerd's", filename: "opt/agent/daemon.json", code: '{ "graph": "/x", "name": "agent" }' },
  ],
  invalid: [
    {
      name: "graph becomes data-root",
      filename: daemon,
      code: '{\n  "graph": "/data/docker",\n  "storage-driver": "overlay2"\n}',
      output: '{\n  "data-root": "/data/docker",\n  "storage-driver": "overlay2"\n}',
      errors: [{ messageId: "removedKeyWithReplacement", data: { key: "graph", version: "23.0", field: "data-root" }, line: 2, column: 3, endColumn: 10 }],
    },
    {
      name: "graph next to data-root: only a removal is offered",
      filename: daemon,
      code: '{ "graph": "/old", "data-root": "/new" }',
      output: null,
      errors: [
        {
          messageId: "removedKeyWithReplacement",
          data: { key: "graph", version: "23.0", field: "data-root" },
          line: 1,
          column: 3,
          suggestions: [{ messageId: "removeKey", data: { key: "graph" }, output: '{ "data-root": "/new" }' }],
        },
      ],
    },
    {
      name: "classic swarm's cluster store",
      filename: daemon,
      code: '{ "cluster-store": "consul://10.0.0.1:8500", "cluster-advertise": "eth0:2376" }',
      output: null,
      errors: [
        {
          messageId: "removedKey",
          data: { key: "cluster-store", version: "23.0" },
          line: 1,
          column: 3,
          suggestions: [{ messageId: "removeKey", data: { key: "cluster-store" }, output: '{ "cluster-advertise": "eth0:2376" }' }],
        },
        {
          messageId: "removedKey",
          data: { key: "cluster-advertise", version: "23.0" },
          line: 1,
          column: 46,
          suggestions: [{ messageId: "removeKey", data: { key: "cluster-advertise" }, output: '{ "cluster-store": "consul://10.0.0.1:8500" }' }],
        },
      ],
    },
    {
      name: "an ignored deprecated key",
      filename: daemon,
      code: '{ "allow-nondistributable-artifacts": ["reg.corp:5000"], "debug": true }',
      output: null,
      errors: [
        {
          messageId: "ignoredKey",
          data: { key: "allow-nondistributable-artifacts", version: "28.0" },
          line: 1,
          column: 3,
          suggestions: [{ messageId: "removeKey", data: { key: "allow-nondistributable-artifacts" }, output: '{ "debug": true }' }],
        },
      ],
    },
    {
      name: "disable-legacy-registry",
      filename: daemon,
      code: '{ "disable-legacy-registry": true }',
      output: null,
      errors: [
        {
          messageId: "removedKey",
          data: { key: "disable-legacy-registry", version: "19.03" },
          line: 1,
          column: 3,
          suggestions: [{ messageId: "removeKey", data: { key: "disable-legacy-registry" }, output: "{  }" }],
        },
      ],
    },
  ],
});
