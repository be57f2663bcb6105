import { RuleTester } from "@typescript-eslint/rule-tester";
import * as tomlParser from "toml-eslint-parser";
import rule from "../rules/registries-conf-credential-helpers.js";

const tester = new RuleTester({ languageOptions: { parser: tomlParser } });
const conf = "etc/containers/registries.conf";

tester.run("registries-conf-credential-helpers", rule, {
  valid: [
    { filename: conf, code: 'credential-helpers = ["containers-auth.json", "secretservice", "ecr-login"]\n' },
    { filename: "home/u/.config/containers/registries.conf.d/50-helpers.conf", code: 'credential-helpers = []\n' },
  ],
  invalid: [
    {
      name: "the docker-credential- prefix: stripped",
      filename: conf,
      code: 'credential-helpers = ["containers-auth.json", "docker-credential-pass"]\n',
      output: 'credential-helpers = ["containers-auth.json", "pass"]\n',
      errors: [
        {
          messageId: "helperPrefix",
          data: { value: "docker-credential-pass", program: "docker-credential-docker-credential-pass" },
          line: 1,
          column: 47,
          endColumn: 71,
        },
      ],
    },
    {
      name: "a path: a suggestion",
      filename: conf,
      code: "credential-helpers = ['/usr/local/bin/docker-credential-ecr-login']\n",
      output: null,
      errors: [
        {
          messageId: "helperPath",
          data: { value: "/usr/local/bin/docker-credential-ecr-login", program: "docker-credential-/usr/local/bin/docker-credential-ecr-login" },
          line: 1,
          column: 23,
          suggestions: [{ messageId: "useName", data: { name: "ecr-login" }, output: "credential-helpers = ['ecr-login']\n" }],
        },
      ],
    },
    {
      name: "the auth-file name misspelled",
      filename: conf,
      code: 'credential-helpers = ["container-auth.json"]\n',
      output: null,
      errors: [
        {
          messageId: "authFileTypo",
          data: { value: "container-auth.json", program: "docker-credential-container-auth.json" },
          line: 1,
          column: 23,
          suggestions: [{ messageId: "useName", data: { name: "containers-auth.json" }, output: 'credential-helpers = ["containers-auth.json"]\n' }],
        },
      ],
    },
    {
      name: "an empty name",
      filename: conf,
      code: 'credential-helpers = [""]\n',
      output: null,
      errors: [{ messageId: "emptyHelper", line: 1, column: 23 }],
    },
  ],
});
