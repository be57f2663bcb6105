import { RuleTester } from "@typescript-eslint/rule-tester";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/no-daemon-settings.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const HUB = "https://index.docker.io/v1/";
const config = "home/.docker/config.json";
const DOCKER = "the Docker CLI";
const PODMAN = "containers/image";

tester.run("no-daemon-settings", rule, {
  valid: [
    { filename: config, code: `{ "auths": { "${HUB}": {} }, "credsStore": "desktop", "proxies": { "default": {} }, "experimental": "enabled", "features": {} }` },
    { name: "daemon.json itself is the daemon's", filename: "etc/docker/daemon.json", code: '{ "registry-mirrors": ["https://mirror.gcr.io"] }' },
    { name: "not a credentials file", filename: config, code: '{ "registry-mirrors": ["https://mirror.gcr.io"] }' },
  ],
  invalid: [
    {
      name: "mirrors in a CI job's config.json",
      filename: config,
      code: `{\n  "auths": { "${HUB}": {} },\n  "registry-mirrors": ["https://mirror.gcr.io"]\n}`,
      errors: [
        {
          messageId: "daemonSetting",
          data: { key: "registry-mirrors", client: DOCKER },
          line: 3,
          column: 3,
          endColumn: 21,
          suggestions: [{ messageId: "removeKey", data: { key: "registry-mirrors", client: DOCKER }, output: `{\n  "auths": { "${HUB}": {} }\n}` }],
        },
      ],
    },
    {
      name: "insecure registries in Podman's auth.json",
      filename: "run/containers/auth.json",
      code: '{ "insecure-registries": ["reg.corp:5000"], "auths": {} }',
      errors: [
        {
          messageId: "daemonSettingContainers",
          data: { key: "insecure-registries", client: PODMAN },
          line: 1,
          column: 3,
          suggestions: [{ messageId: "removeKey", data: { key: "insecure-registries", client: PODMAN }, output: '{ "auths": {} }' }],
        },
      ],
    },
  ],
});
