import { RuleTester } from "@typescript-eslint/rule-tester";
import * as tomlParser from "toml-eslint-parser";
import rule from "../rules/registries-conf-valid-registry.js";

const tester = new RuleTester({ languageOptions: { parser: tomlParser } });
const conf = "etc/containers/registries.conf";

tester.run("registries-conf-valid-registry", rule, {
  valid: [
    {
      name: "an Ansible role's registries.conf",
      filename: "roles/podman/templates/registries.conf",
      code: 'unqualified-search-registries = ["registry.fedoraproject.org", "docker.io", "[::1]:5000"]\n\n[[registry]]\nprefix = "docker.io/library/alpine"\nlocation = "mirror.corp/library/alpine"\n\n[[registry]]\nprefix = "*.corp.internal"\n\n[[registry]]\nprefix = "*.gcr.io"\nlocation = "gcr-mirror.corp"\n\n[[registry]]\nlocation = "docker.io"\nmirror-by-digest-only = true\n[[registry.mirror]]\nlocation = "m1.corp"\n[[registry]]\nlocation = "quay.io"\n[[registry.mirror]]\nlocation = "m2.corp"\npull-from-mirror = "digest-only"\n',
    },
    { name: "the same location twice with the same settings", filename: conf, code: '[[registry]]\nprefix = "a.corp/x"\nlocation = "a.corp"\ninsecure = true\n[[registry]]\nprefix = "a.corp/y"\nlocation = "a.corp/"\ninsecure = true\n' },
    { name: "a namespace prefix under a deeper path", filename: conf, code: '[[registry]]\nprefix = "docker.io/bitnami/redis"\nlocation = "mirror.corp/bitnami/redis"\n' },
  ],
  invalid: [
    {
      name: "docker.io/alpine: the namespace, not the official image",
      filename: conf,
      code: '[[registry]]\nprefix = "docker.io/alpine"\nlocation = "mirror.corp/alpine"\n',
      output: null,
      errors: [
        {
          messageId: "hubNamespacePrefix",
          data: { where: "prefix", value: "docker.io/alpine", name: "alpine" },
          line: 2,
          column: 10,
          endColumn: 28,
          suggestions: [
            { messageId: "addLibrary", data: { where: "prefix", value: "docker.io/alpine", name: "alpine" }, output: '[[registry]]\nprefix = "docker.io/library/alpine"\nlocation = "mirror.corp/alpine"\n' },
          ],
        },
      ],
    },
    {
      name: "docker.io/nginx:1.27 can only be the official image: fixed",
      filename: conf,
      code: '[[registry]]\nprefix = "docker.io/nginx:1.27"\nlocation = "mirror.corp/nginx:1.27"\n',
      output: '[[registry]]\nprefix = "docker.io/library/nginx:1.27"\nlocation = "mirror.corp/nginx:1.27"\n',
      errors: [{ messageId: "hubLibraryPrefix", data: { where: "prefix", value: "docker.io/nginx:1.27", name: "nginx" }, line: 2, column: 10 }],
    },
    {
      name: "wildcard forms",
      filename: conf,
      code: '[[registry]]\nprefix = "*.corp/team"\nlocation = "a.corp"\n[[registry]]\nprefix = "registry.*.corp"\nlocation = "b.corp"\n[[registry]]\nprefix = "c.corp"\nlocation = "*.corp"\n',
      output: null,
      errors: [
        { messageId: "wildcardFormat", data: { value: "*.corp/team" }, line: 2, column: 10 },
        { messageId: "wildcardNotLeading", data: { value: "registry.*.corp" }, line: 5, column: 10 },
        { messageId: "wildcardLocation", data: { value: "*.corp" }, line: 9, column: 12 },
      ],
    },
    {
      name: "no location",
      filename: conf,
      code: '[[registry]]\nprefix = "a.corp"\n[[registry]]\ninsecure = true\n[[registry]]\nlocation = "b.corp"\n[[registry.mirror]]\ninsecure = true\n',
      output: null,
      errors: [
        { messageId: "noLocation", data: { value: "a.corp" }, line: 2, column: 10 },
        { messageId: "noLocationOrPrefix", line: 3, column: 3 },
        { messageId: "mirrorNoLocation", line: 7, column: 3 },
      ],
    },
    {
      name: "pull-from-mirror misuse",
      filename: conf,
      code: '[[registry]]\nlocation = "a.corp"\npull-from-mirror = "all"\n[[registry]]\nlocation = "b.corp"\nmirror-by-digest-only = true\n[[registry.mirror]]\nlocation = "m.corp"\npull-from-mirror = "tag-only"\n[[registry]]\nlocation = "c.corp"\n[[registry.mirror]]\nlocation = "n.corp"\npull-from-mirror = "tags"\n',
      output: null,
      errors: [
        { messageId: "pullFromMirrorOnRegistry", line: 3, column: 1 },
        { messageId: "pullFromMirrorWithDigestOnly", line: 9, column: 20 },
        { messageId: "pullFromMirrorValue", data: { value: "tags" }, line: 14, column: 20 },
      ],
    },
    {
      name: "one location, two insecure settings",
      filename: conf,
      code: '[[registry]]\nprefix = "reg.corp/team-a"\nlocation = "reg.corp"\ninsecure = true\n\n[[registry]]\nprefix = "reg.corp/team-b"\nlocation = "reg.corp"\n',
      output: null,
      errors: [{ messageId: "conflictingSetting", data: { location: "reg.corp", setting: "insecure" }, line: 6, column: 3 }],
    },
    {
      name: "one location, two blocked settings",
      filename: conf,
      code: '[[registry]]\nlocation = "reg.corp"\n[[registry]]\nprefix = "reg.corp/old"\nlocation = "reg.corp"\nblocked = true\n',
      output: null,
      errors: [{ messageId: "conflictingSetting", data: { location: "reg.corp", setting: "blocked" }, line: 6, column: 1 }],
    },
    {
      name: "a search entry with a path",
      filename: conf,
      code: 'unqualified-search-registries = ["docker.io/library", "quay.io"]\n',
      output: null,
      errors: [{ messageId: "invalidSearchEntry", data: { value: "docker.io/library" }, line: 1, column: 34 }],
    },
    {
      name: "user info in a value: masked in the report",
      filename: conf,
      code: 'unqualified-search-registries = ["bob:s3cr3t@quay.io"]\n\n[[registry]]\nlocation = "ann:pw@*.corp"\n',
      output: null,
      errors: [
        { messageId: "invalidSearchEntry", data: { value: "***@quay.io" }, line: 1, column: 34 },
        { messageId: "wildcardLocation", data: { value: "***@*.corp" }, line: 4, column: 12 },
      ],
    },
  ],
});
