import { RuleTester } from "@typescript-eslint/rule-tester";
import * as tomlParser from "toml-eslint-parser";
import rule from "../rules/buildkitd-mirrors.js";

const tester = new RuleTester({ languageOptions: { parser: tomlParser } });
const bk = "etc/buildkit/buildkitd.toml";

tester.run("buildkitd-mirrors", rule, {
  valid: [
    { filename: bk, code: '[registry."docker.io"]\nmirrors = ["mirror.corp:5000", "harbor.corp/v2/proxy"]\n[registry."mirror.corp:5000"]\nhttp = true\n' },
    { name: "a localhost mirror speaks HTTP by default", filename: bk, code: '[registry."docker.io"]\nmirrors = ["localhost:5000"]\nhttp = true\n' },
    { name: "http on a registry without mirrors", filename: bk, code: '[registry."reg.corp:5000"]\nhttp = true\n' },
  ],
  invalid: [
    {
      name: "https:// is parsed away: stripped",
      filename: bk,
      code: '[registry."docker.io"]\nmirrors = ["https://mirror.gcr.io"]\n',
      output: '[registry."docker.io"]\nmirrors = ["mirror.gcr.io"]\n',
      errors: [
        { messageId: "httpsScheme", data: { mirror: "https://mirror.gcr.io", host: "mirror.gcr.io", registry: "docker.io", setting: "http" }, line: 2, column: 12, endColumn: 35 },
      ],
    },
    {
      name: "user info in a mirror and in a table key: masked in the report, kept by the fix",
      filename: bk,
      code: '[registry."bob:k3y@docker.io"]\nmirrors = ["https://ann:s3cr3t@mirror.corp"]\n',
      output: '[registry."bob:k3y@docker.io"]\nmirrors = ["ann:s3cr3t@mirror.corp"]\n',
      errors: [{ messageId: "httpsScheme", data: { mirror: "https://***@mirror.corp", host: "mirror.corp", registry: "***@docker.io", setting: "http" }, line: 2, column: 12 }],
    },
    {
      name: "http:// still uses HTTPS (moby/buildkit#2514): the mirror's own table",
      filename: bk,
      code: '[registry."docker.io"]\nmirrors = ["http://mirror.corp:5000"]\n',
      output: null,
      errors: [
        {
          messageId: "httpScheme",
          data: { mirror: "http://mirror.corp:5000", host: "mirror.corp:5000", registry: "docker.io", setting: "http" },
          line: 2,
          column: 12,
          suggestions: [
            {
              messageId: "addMirrorTable",
              output: '[registry."docker.io"]\nmirrors = ["mirror.corp:5000"]\n\n[registry."mirror.corp:5000"]\nhttp = true\n',
            },
          ],
        },
      ],
    },
    {
      name: "http:// when the mirror's table already says http = true: stripped",
      filename: bk,
      code: '[registry."docker.io"]\nmirrors = ["http://mirror.corp:5000"]\n[registry."mirror.corp:5000"]\nhttp = true\n',
      output: '[registry."docker.io"]\nmirrors = ["mirror.corp:5000"]\n[registry."mirror.corp:5000"]\nhttp = true\n',
      errors: [{ messageId: "httpScheme", line: 2, column: 12 }],
    },
    {
      name: "http = true on the Hub entry does not reach its mirror (earthly/earthly#2802)",
      filename: bk,
      code: '[registry."docker.io"]\nmirrors = ["mirror.corp:5000"]\nhttp = true\n',
      output: null,
      errors: [
        {
          messageId: "settingNotInherited",
          data: { mirror: "mirror.corp:5000", host: "mirror.corp:5000", registry: "docker.io", setting: "http" },
          line: 3,
          column: 1,
          suggestions: [{ messageId: "addMirrorTable", output: '[registry."docker.io"]\nmirrors = ["mirror.corp:5000"]\nhttp = true\n\n[registry."mirror.corp:5000"]\nhttp = true\n' }],
        },
      ],
    },
    {
      name: "insecure = true does not reach the mirror; its table gets the key",
      filename: bk,
      code: '[registry."docker.io"]\nmirrors = ["mirror.corp:5000"]\ninsecure = true\n\n[registry."mirror.corp:5000"]\nca = ["/etc/ca.pem"]\n',
      output: null,
      errors: [
        {
          messageId: "settingNotInherited",
          data: { mirror: "mirror.corp:5000", host: "mirror.corp:5000", registry: "docker.io", setting: "insecure" },
          line: 3,
          column: 1,
          suggestions: [
            { messageId: "addMirrorTable", output: '[registry."docker.io"]\nmirrors = ["mirror.corp:5000"]\ninsecure = true\n\n[registry."mirror.corp:5000"]\ninsecure = true\nca = ["/etc/ca.pem"]\n' },
          ],
        },
      ],
    },
    {
      name: "another scheme",
      filename: bk,
      code: '[registry."docker.io"]\nmirrors = ["oci://mirror.corp"]\n',
      output: null,
      errors: [{ messageId: "otherScheme", data: { mirror: "oci://mirror.corp", host: "mirror.corp", registry: "docker.io", setting: "http" }, line: 2, column: 12 }],
    },
  ],
});
