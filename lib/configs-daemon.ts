// Configs for the daemon-side files: registries.conf (containers) and buildkitd.toml (BuildKit),
// parsed with toml-eslint-parser. daemon.json is JSON and its rules are recommended: it joins
// `configs.recommended` by its glob (DAEMON_JSON_FILES). The plugin entry wires these in.
import type { ESLint, Linter } from "eslint";
import type * as Toml from "toml-eslint-parser";
import { lazyModule } from "./eslint/lazy-module.js";
import { name as pluginName, version } from "./meta.js";

/** Globs of dockerd's daemon.json, for `configs.recommended`'s `files`. */
export const DAEMON_JSON_FILES: readonly string[] = ["**/daemon.json"];
/** Globs of containers' registries.conf and its drop-ins. */
export const REGISTRIES_CONF_FILES: readonly string[] = ["**/registries.conf", "**/registries.conf.d/*.conf"];
/** Globs of BuildKit's daemon config. */
export const BUILDKITD_FILES: readonly string[] = ["**/buildkitd.toml"];

/** The rules each TOML config turns on; every one is a problem, so an error. */
export const CONTAINERS_RULES: readonly string[] = [
  "registries-conf-credential-helpers",
  "registries-conf-no-scheme",
  "registries-conf-table-scope",
  "registries-conf-v2",
  "registries-conf-valid-registry",
];
export const BUILDKIT_RULES: readonly string[] = ["buildkitd-mirrors", "buildkitd-registry-key"];

export interface DaemonSideConfigs {
  /** registries.conf and registries.conf.d/*.conf (Podman, Buildah, Skopeo, CRI-O). */
  containers: Linter.Config;
  /** buildkitd.toml. */
  buildkit: Linter.Config;
}

const toml = lazyModule<typeof Toml>("toml-eslint-parser");
/** toml-eslint-parser, loaded on the first TOML file. */
const tomlParser = {
  meta: { name: `${pluginName}/toml-parser`, version },
  parseForESLint: (code: string, options?: Record<string, unknown>) => toml().parseForESLint(code, options),
};

/** The configs, for the plugin object `plugin` whose rules are under `namespace`. */
export function daemonSideConfigs(plugin: ESLint.Plugin, namespace: string): DaemonSideConfigs {
  const config = (name: string, files: readonly string[], rules: readonly string[]): Linter.Config => ({
    name: `${namespace}/${name}`,
    files: [...files],
    languageOptions: { parser: tomlParser as Linter.Parser },
    plugins: { [namespace]: plugin },
    rules: Object.fromEntries(rules.map((rule) => [`${namespace}/${rule}`, "error"])),
  });
  return {
    containers: config("containers", REGISTRIES_CONF_FILES, CONTAINERS_RULES),
    buildkit: config("buildkit", BUILDKITD_FILES, BUILDKIT_RULES),
  };
}
