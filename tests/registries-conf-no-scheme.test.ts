import { RuleTester } from "@typescript-eslint/rule-tester";
import * as tomlParser from "toml-eslint-parser";
import rule from "../rules/registries-conf-no-scheme.js";

const tester = new RuleTester({ languageOptions: { parser: tomlParser } });
const conf = "etc/containers/registries.conf";

tester.run("registries-conf-no-scheme", rule, {
  valid: [
    {
      name: "a devcontainer's registries.conf",
      filename: ".devcontainer/containers/registries.conf",
      code: 'unqualified-search-registries = ["docker.io", "quay.io"]\n\n[[registry]]\nprefix = "docker.io"\nlocation = "docker.io"\n\n[[registry.mirror]]\nlocation = "mirror.corp.internal/dockerhub"\n',
    },
    { name: "not registries.conf", filename: conf, code: 'url = "https://example.com"\n' },
  ],
  invalid: [
    {
      name: "https:// in a mirror location: stripped",
      filename: conf,
      code: '[[registry]]\nlocation = "docker.io"\n\n[[registry.mirror]]\nlocation = "https://mirror.gcr.io"\n',
      output: '[[registry]]\nlocation = "docker.io"\n\n[[registry.mirror]]\nlocation = "mirror.gcr.io"\n',
      errors: [{ messageId: "scheme", data: { where: "mirror location", scheme: "https" }, line: 5, column: 12, endColumn: 35 }],
    },
    {
      name: "https:// in search registries and a prefix; literal strings keep their quotes",
      filename: conf,
      code: "unqualified-search-registries = ['https://docker.io']\n[[registry]]\nprefix = \"https://ghcr.io\"\nlocation = 'ghcr.io'\n",
      output: "unqualified-search-registries = ['docker.io']\n[[registry]]\nprefix = \"ghcr.io\"\nlocation = 'ghcr.io'\n",
      errors: [
        { messageId: "scheme", data: { where: "unqualified-search-registries entry", scheme: "https" }, line: 1, column: 34 },
        { messageId: "scheme", data: { where: "prefix", scheme: "https" }, line: 3, column: 10 },
      ],
    },
    {
      name: "http://: plain HTTP means insecure = true",
      filename: conf,
      code: '[[registry]]\nlocation = "http://reg.corp:5000"\n',
      output: null,
      errors: [
        {
          messageId: "httpScheme",
          data: { where: "location", scheme: "http" },
          line: 2,
          column: 12,
          suggestions: [
            { messageId: "stripAndInsecure", data: { where: "location", scheme: "http" }, output: '[[registry]]\nlocation = "reg.corp:5000"\ninsecure = true\n' },
            { messageId: "stripScheme", data: { where: "location", scheme: "http" }, output: '[[registry]]\nlocation = "reg.corp:5000"\n' },
          ],
        },
      ],
    },
    {
      name: "http:// where insecure is already set: only the strip",
      filename: conf,
      code: '[[registry]]\n  location = "http://reg.corp:5000"\n  insecure = true\n',
      output: null,
      errors: [
        {
          messageId: "httpScheme",
          line: 2,
          column: 14,
          suggestions: [{ messageId: "stripScheme", output: '[[registry]]\n  location = "reg.corp:5000"\n  insecure = true\n' }],
        },
      ],
    },
    {
      name: "a v1 list entry",
      filename: conf,
      code: '[registries.insecure]\nregistries = ["https://reg.corp:5000"]\n',
      output: '[registries.insecure]\nregistries = ["reg.corp:5000"]\n',
      errors: [{ messageId: "scheme", data: { where: "registries.insecure entry", scheme: "https" }, line: 2, column: 15 }],
    },
    {
      name: "an escape in the string: no fix",
      filename: conf,
      code: '[[registry]]\nlocation = "https://reg.corp\\u002Fns"\n',
      output: null,
      errors: [{ messageId: "scheme", line: 2, column: 12 }],
    },
  ],
});
