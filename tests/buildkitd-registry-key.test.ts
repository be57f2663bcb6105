import { RuleTester } from "@typescript-eslint/rule-tester";
import * as tomlParser from "toml-eslint-parser";
import rule from "../rules/buildkitd-registry-key.js";

const tester = new RuleTester({ languageOptions: { parser: tomlParser } });
const bk = ".github/buildkitd.toml";

tester.run("buildkitd-registry-key", rule, {
  valid: [
    {
      name: "a GitHub Actions buildkitd.toml",
      filename: bk,
      code: 'debug = true\n[registry."docker.io"]\n  mirrors = ["mirror.gcr.io"]\n[registry."reg.corp:5000"]\n  http = true\n  insecure = true\n',
    },
    { name: "a buildkitd.toml of another program", filename: "config/buildkitd.toml", code: '[server]\nport = 1\n[mirror."index.docker.io"]\nurl = "x"\n' },
    { name: "another name", filename: "etc/buildkit/config.toml", code: '[registry."index.docker.io"]\nmirrors = ["m"]\n' },
  ],
  invalid: [
    {
      name: "index.docker.io never applies: renamed (docker-library/official-images#14295)",
      filename: bk,
      code: '[registry."index.docker.io"]\n  mirrors = ["mirror.gcr.io"]\n',
      output: '[registry."docker.io"]\n  mirrors = ["mirror.gcr.io"]\n',
      errors: [{ messageId: "hubIndexKey", data: { key: "index.docker.io", canonical: "docker.io" }, line: 1, column: 11, endColumn: 28 }],
    },
    {
      name: "registry-1.docker.io, also in a keypair table and a dotted key",
      filename: bk,
      code: '[registry."registry-1.docker.io"]\nmirrors = ["m.corp"]\n[[registry."registry-1.docker.io".keypair]]\nkey = "/k.pem"\ncert = "/c.pem"\n',
      output: '[registry."docker.io"]\nmirrors = ["m.corp"]\n[[registry."docker.io".keypair]]\nkey = "/k.pem"\ncert = "/c.pem"\n',
      errors: [{ messageId: "hubRegistryKey", data: { key: "registry-1.docker.io", canonical: "docker.io" }, line: 1, column: 11 }],
    },
    {
      name: "a twin exists: no rename",
      filename: bk,
      code: '[registry."docker.io"]\nmirrors = ["a.corp"]\n[registry."index.docker.io"]\nmirrors = ["b.corp"]\n',
      output: null,
      errors: [{ messageId: "hubIndexKey", data: { key: "index.docker.io", canonical: "docker.io" }, line: 3, column: 11 }],
    },
    {
      name: "two Hub aliases: neither is renamed into the one key",
      filename: bk,
      code: '[registry."index.docker.io"]\nmirrors = ["a.corp"]\n[registry."registry-1.docker.io"]\nmirrors = ["b.corp"]\n',
      output: null,
      errors: [
        { messageId: "hubIndexKey", line: 1, column: 11 },
        { messageId: "hubRegistryKey", line: 3, column: 11 },
      ],
    },
    {
      name: "a key that a mirror list points at: the rename is a suggestion",
      filename: bk,
      code: '[registry."quay.io"]\nmirrors = ["registry-1.docker.io"]\n[registry."registry-1.docker.io"]\nhttp = false\n',
      output: null,
      errors: [
        {
          messageId: "hubRegistryKey",
          line: 3,
          column: 11,
          suggestions: [
            { messageId: "renameTo", data: { key: "registry-1.docker.io", canonical: "docker.io" }, output: '[registry."quay.io"]\nmirrors = ["registry-1.docker.io"]\n[registry."docker.io"]\nhttp = false\n' },
          ],
        },
      ],
    },
    {
      name: "a scheme key whose host a mirror list points at: the rename, which gives the mirror this table's settings, is a suggestion",
      filename: bk,
      code: '[registry."docker.io"]\nmirrors = ["m2.corp"]\n[registry."http://m2.corp/"]\nhttp = true\n',
      output: null,
      errors: [
        {
          messageId: "schemeKey",
          data: { key: "http://m2.corp/", canonical: "m2.corp" },
          line: 3,
          column: 11,
          suggestions: [{ messageId: "renameTo", output: '[registry."docker.io"]\nmirrors = ["m2.corp"]\n[registry."m2.corp"]\nhttp = true\n' }],
        },
      ],
    },
    {
      name: "a scheme in the key",
      filename: bk,
      code: '[registry."https://reg.corp:5000"]\nca = ["/etc/ca.pem"]\n',
      output: '[registry."reg.corp:5000"]\nca = ["/etc/ca.pem"]\n',
      errors: [{ messageId: "schemeKey", data: { key: "https://reg.corp:5000", canonical: "reg.corp:5000" }, line: 1, column: 11 }],
    },
    {
      name: "user info in the key: masked in the report, and dropped by a suggestion only",
      filename: bk,
      code: '[registry."https://bob:s3cr3t@reg.corp:5000"]\nca = ["/etc/ca.pem"]\n',
      output: null,
      errors: [
        {
          messageId: "schemeKey",
          data: { key: "https://***@reg.corp:5000", canonical: "reg.corp:5000" },
          line: 1,
          column: 11,
          suggestions: [{ messageId: "renameTo", output: '[registry."reg.corp:5000"]\nca = ["/etc/ca.pem"]\n' }],
        },
      ],
    },
    {
      name: "a path in the key",
      filename: bk,
      code: '[registry."reg.corp/team"]\ninsecure = true\n',
      output: null,
      errors: [{ messageId: "pathKey", data: { key: "reg.corp/team", canonical: "" }, line: 1, column: 11 }],
    },
  ],
});
