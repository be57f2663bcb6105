import { RuleTester } from "@typescript-eslint/rule-tester";
import * as tomlParser from "toml-eslint-parser";
import rule from "../rules/registries-conf-v2.js";

const tester = new RuleTester({ languageOptions: { parser: tomlParser } });
const conf = "etc/containers/registries.conf";
const dropIn = "etc/containers/registries.conf.d/50-corp.conf";

tester.run("registries-conf-v2", rule, {
  valid: [
    { filename: conf, code: 'unqualified-search-registries = ["docker.io"]\n\n[[registry]]\nlocation = "reg.corp:5000"\ninsecure = true\n' },
    { name: "an empty v1 table sets nothing", filename: conf, code: '[registries.search]\n\n[[registry]]\nlocation = "a.corp"\n' },
    { name: "a TOML file of that name that is something else", filename: conf, code: '[server]\nport = 8080\n' },
    { name: "buildkitd.toml is not registries.conf", filename: "etc/buildkit/buildkitd.toml", code: '[registries.search]\nregistries = ["docker.io"]\n' },
  ],
  invalid: [
    {
      name: "a CI runner image's v1 file (actions/runner-images#14417): converted",
      filename: conf,
      code: '[registries.search]\nregistries = ["docker.io", "quay.io"]\n\n[registries.insecure]\nregistries = ["reg.corp:5000/"]\n\n[registries.block]\nregistries = ["reg.corp:5000", "bad.example"]\n',
      output:
        'unqualified-search-registries = ["docker.io", "quay.io"]\n\n[[registry]]\nlocation = "reg.corp:5000"\ninsecure = true\nblocked = true\n\n[[registry]]\nlocation = "bad.example"\nblocked = true\n',
      errors: [
        { messageId: "v1Format", data: { table: "registries.search" }, line: 1, column: 2, endColumn: 19 },
        { messageId: "v1Format", data: { table: "registries.insecure" }, line: 4, column: 2 },
        { messageId: "v1Format", data: { table: "registries.block" }, line: 7, column: 2 },
      ],
    },
    {
      name: "a scheme in a v1 entry: not converted (ConvertToV2 refuses it, and `https://x` and `x` would become two registries with conflicting settings)",
      filename: conf,
      code: '[registries.insecure]\nregistries = ["reg.corp:5000"]\n\n[registries.block]\nregistries = ["https://reg.corp:5000"]\n',
      output: null,
      errors: [
        { messageId: "v1Format", data: { table: "registries.insecure" }, line: 1, column: 2 },
        { messageId: "v1Format", data: { table: "registries.block" }, line: 4, column: 2 },
      ],
    },
    {
      name: "comments among the v1 tables: the conversion is a suggestion",
      filename: conf,
      code: '# managed by ansible\n[registries.search]\n# Docker Hub first\nregistries = ["docker.io"]\n',
      output: null,
      errors: [
        {
          messageId: "v1Format",
          data: { table: "registries.search" },
          line: 2,
          column: 2,
          suggestions: [{ messageId: "convertToV2", output: '# managed by ansible\nunqualified-search-registries = ["docker.io"]\n' }],
        },
      ],
    },
    {
      name: "v1 next to v2 (podman#5764): no conversion",
      filename: conf,
      code: '[registries.search]\nregistries = ["docker.io"]\n\n[[registry]]\nprefix = "docker.io"\nlocation = "mirror.corp"\n',
      output: null,
      errors: [{ messageId: "mixedFormats", data: { table: "registries.search" }, line: 1, column: 2 }],
    },
    {
      name: "v1 in a drop-in is refused by every version; converted",
      filename: dropIn,
      code: '[registries.insecure]\nregistries = ["reg.corp:5000"]\n',
      output: '[[registry]]\nlocation = "reg.corp:5000"\ninsecure = true\n',
      errors: [{ messageId: "v1InDropIn", data: { table: "registries.insecure" }, line: 1, column: 2 }],
    },
    {
      name: "v1 in a drop-in next to v2 settings: no conversion into a taken key",
      filename: dropIn,
      code: 'unqualified-search-registries = ["quay.io"]\n\n[registries.search]\nregistries = ["docker.io"]\n',
      output: null,
      errors: [{ messageId: "v1InDropIn", data: { table: "registries.search" }, line: 3, column: 2 }],
    },
    {
      name: "dotted v1 keys: reported, not converted",
      filename: conf,
      code: 'registries.search.registries = ["docker.io"]\n',
      output: null,
      errors: [{ messageId: "v1Format", data: { table: "registries.search" }, line: 1, column: 1, endColumn: 29 }],
    },
    {
      name: "CRLF line ends are kept",
      filename: conf,
      code: '[registries.search]\r\nregistries = ["docker.io"]\r\n[registries.block]\r\nregistries = ["x.corp"]\r\n',
      output: 'unqualified-search-registries = ["docker.io"]\r\n\r\n[[registry]]\r\nlocation = "x.corp"\r\nblocked = true\r\n',
      errors: [
        { messageId: "v1Format", line: 1, column: 2 },
        { messageId: "v1Format", line: 3, column: 2 },
      ],
    },
  ],
});
