import { RuleTester } from "@typescript-eslint/rule-tester";
import * as jsoncParser from "jsonc-eslint-parser";
import rule from "../rules/daemon-no-unknown-keys.js";

const tester = new RuleTester({ languageOptions: { parser: jsoncParser } });
const daemon = "etc/docker/daemon.json";

tester.run("daemon-no-unknown-keys", rule, {
  valid: [
    {
      name: "a CI runner image's daemon.json",
      filename: "images/runner/etc/docker/daemon.json",
      code: '{\n  "registry-mirrors": ["https://mirror.gcr.io"],\n  "insecure-registries": ["10.0.0.0/8"],\n  "storage-driver": "overlay2",\n  "log-driver": "json-file",\n  "log-opts": { "max-size": "10m", "max-file": "3" },\n  "exec-opts": ["native.cgroupdriver=systemd"],\n  "features": { "buildkit": true },\n  "builder": { "gc": { "enabled": true } },\n  "proxies": { "http-proxy": "http://proxy:3128", "no-proxy": "localhost" },\n  "default-address-pools": [{ "base": "172.30.0.0/16", "size": 24 }],\n  "min-api-version": "1.24"\n}\n',
    },
    { name: "flag names that are also their file names", filename: daemon, code: '{ "debug": true, "dns-search": ["corp"], "live-restore": true, "bip": "172.26.0.1/16" }' },
    { name: "removed keys are daemon-no-deprecated-keys'", filename: daemon, code: '{ "graph": "/data/docker", "storage-driver": "overlay2" }' },
    { name: "not dockerd's daemon.json", filename: "srv/app/daemon.json", code: '{ "port": 8080, "workers": 4 }' },
  ],
  invalid: [
    {
      name: "a misspelled mirror key stops dockerd; the near miss is offered",
      filename: daemon,
      code: '{ "registry-mirors": ["https://mirror.gcr.io"] }',
      errors: [
        {
          messageId: "unknownKey",
          data: { key: "registry-mirors" },
          line: 1,
          column: 3,
          endColumn: 20,
          suggestions: [
            { messageId: "renameTo", data: { key: "registry-mirors", field: "registry-mirrors" }, output: '{ "registry-mirrors": ["https://mirror.gcr.io"] }' },
          ],
        },
      ],
    },
    {
      name: "case matters to dockerd's check although Go's decoder would fold it",
      filename: daemon,
      code: '{ "Insecure-Registries": ["reg.corp:5000"] }',
      errors: [
        {
          messageId: "unknownKey",
          data: { key: "Insecure-Registries" },
          line: 1,
          column: 3,
          suggestions: [
            { messageId: "renameTo", data: { key: "Insecure-Registries", field: "insecure-registries" }, output: '{ "insecure-registries": ["reg.corp:5000"] }' },
          ],
        },
      ],
    },
    {
      name: "the singular flag name is accepted and ignored",
      filename: daemon,
      code: '{ "registry-mirror": ["https://mirror.gcr.io"] }',
      errors: [
        {
          messageId: "ignoredKey",
          data: { key: "registry-mirror", field: "registry-mirrors" },
          line: 1,
          column: 3,
          suggestions: [
            { messageId: "renameTo", data: { key: "registry-mirror", field: "registry-mirrors" }, output: '{ "registry-mirrors": ["https://mirror.gcr.io"] }' },
          ],
        },
      ],
    },
    {
      name: "a singular key next to the plural: no rename into a taken key",
      filename: daemon,
      code: '{ "insecure-registry": ["a.corp"], "insecure-registries": ["b.corp"] }',
      errors: [{ messageId: "ignoredKey", data: { key: "insecure-registry", field: "insecure-registries" }, line: 1, column: 3, suggestions: [] }],
    },
    {
      name: "a singular key with a string value: no rename, the value would need a list",
      filename: daemon,
      code: '{ "insecure-registry": "reg.corp:5000" }',
      errors: [{ messageId: "ignoredKey", data: { key: "insecure-registry", field: "insecure-registries" }, line: 1, column: 3, suggestions: [] }],
    },
    {
      name: "a flag no field reads",
      filename: daemon,
      code: '{ "storage-driver": "overlay2", "containerd-plugins-namespace": "p" }',
      errors: [{ messageId: "flagOnlyKey", data: { key: "containerd-plugins-namespace" }, line: 1, column: 33 }],
    },
    {
      name: "an unknown key inside an object is checked as a top-level option",
      filename: daemon,
      code: '{ "proxies": { "http-proxy": "http://proxy:3128", "ftp-proxy": "x" } }',
      errors: [{ messageId: "nestedUnknownKey", data: { key: "ftp-proxy", parent: "proxies" }, line: 1, column: 51 }],
    },
    {
      name: "an unknown key with an object value is not checked and not read",
      filename: daemon,
      code: '{ "log-driver": "local", "log-opts": {}, "logopts": { "mode": "non-blocking" } }',
      errors: [
        { messageId: "ignoredObject", data: { key: "logopts" }, line: 1, column: 42, suggestions: [] },
        { messageId: "nestedUnknownKey", data: { key: "mode", parent: "logopts" }, line: 1, column: 55 },
      ],
    },
    {
      name: "a singular flag name with an object value: its keys are checked, it is not read",
      filename: daemon,
      code: '{ "log-driver": "local", "log-opt": { "max-size": "10m" } }',
      errors: [
        {
          messageId: "ignoredKey",
          data: { key: "log-opt", field: "log-opts" },
          line: 1,
          column: 26,
          suggestions: [{ messageId: "renameTo", data: { key: "log-opt", field: "log-opts" }, output: '{ "log-driver": "local", "log-opts": { "max-size": "10m" } }' }],
        },
        { messageId: "nestedUnknownKey", data: { key: "max-size", parent: "log-opt" }, line: 1, column: 39 },
      ],
    },
  ],
});
