import { RuleTester } from "@typescript-eslint/rule-tester";
import * as tomlParser from "toml-eslint-parser";
import rule from "../rules/registries-conf-table-scope.js";

const tester = new RuleTester({ languageOptions: { parser: tomlParser } });
const conf = "etc/containers/registries.conf";

tester.run("registries-conf-table-scope", rule, {
  valid: [
    { filename: conf, code: 'short-name-mode = "enforcing"\nunqualified-search-registries = ["docker.io"]\n\n[[registry]]\nlocation = "a.corp"\n\n[[registry.mirror]]\nlocation = "m.corp"\n' },
    { name: "inline registries", filename: conf, code: 'registry = [{ location = "a.corp", mirror = [{ location = "m.corp" }] }]\n' },
    { name: "not registries.conf", filename: "etc/app/registries.conf", code: '[db]\nshort-name-mode = "x"\n' },
  ],
  invalid: [
    {
      name: "a top-level key after a mirror header (podman#14306)",
      filename: conf,
      code: '[[registry]]\nlocation = "docker.io"\n\n[[registry.mirror]]\nlocation = "mirror.corp"\nunqualified-search-registries = ["docker.io"]\n',
      errors: [
        {
          messageId: "topLevelKeyInTable",
          data: { key: "unqualified-search-registries", table: "[[registry.mirror]]" },
          line: 6,
          column: 1,
          endColumn: 30,
          suggestions: [
            {
              messageId: "moveToTop",
              data: { key: "unqualified-search-registries", table: "[[registry.mirror]]" },
              output: 'unqualified-search-registries = ["docker.io"]\n[[registry]]\nlocation = "docker.io"\n\n[[registry.mirror]]\nlocation = "mirror.corp"\n',
            },
          ],
        },
      ],
    },
    {
      name: "the key is already set at the top: no move",
      filename: conf,
      code: 'short-name-mode = "permissive"\n[aliases]\n"fedora" = "registry.fedoraproject.org/fedora"\nshort-name-mode = "enforcing"\n',
      errors: [{ messageId: "topLevelKeyInTable", data: { key: "short-name-mode", table: "[aliases]" }, line: 4, column: 1, suggestions: [] }],
    },
    {
      name: "a mirror without its registry (podman#5764), in a drop-in",
      filename: "etc/containers/registries.conf.d/10-mirror.conf",
      code: '[[registry.mirror]]\nlocation = "mirror.corp"\n',
      errors: [{ messageId: "mirrorWithoutRegistry", data: { table: "[[registry.mirror]]" }, line: 1, column: 3, endColumn: 18 }],
    },
    {
      name: "[registry] as a table",
      filename: conf,
      code: '[registry]\nlocation = "a.corp"\n',
      errors: [{ messageId: "registryNotArray", data: { table: "[registry]" }, line: 1, column: 2 }],
    },
    {
      name: "a dotted registry key",
      filename: conf,
      code: 'registry.location = "a.corp"\n',
      errors: [{ messageId: "registryNotArray", data: { table: "registry" }, line: 1, column: 1 }],
    },
  ],
});
