// Which of the plugin's configs lints a file: the one `eslint` gives it under the configs' own
// `files` globs (lib/index.ts, lib/configs-daemon.ts, lib/configs-kubernetes.ts), so that the
// command and `eslint` agree on every file, and which files a directory scan picks up.
//  - configs.recommended's names (config.json, auth.json, .dockercfg, .dockerconfigjson,
//    daemon.json): `recommended-no-files`, as before;
//  - configs.containers' (registries.conf, registries.conf.d/*.conf) and configs.buildkit's
//    (buildkitd.toml): those configs, with toml-eslint-parser;
//  - configs.kubernetes' (*.yaml, *.yml, *.json): that config, but a JSON file only when its text
//    may hold a pull Secret (`mayHoldPullSecret`, the check the configs' own hosts run): any other
//    JSON file of another name is linted as a credential file, as before (its `auths` are found
//    either way; `recommended-no-files` also reports a JSON syntax error, which configs.kubernetes
//    keeps for pull Secrets only).
// A file matched by no config's globs (a named file of any name, a glob's match) is linted as a
// credential file, as before.
import type { Linter } from "eslint";
import picomatch from "picomatch";
import { mayHoldPullSecret } from "../core/pull-secret.js";
import plugin from "../index.js";

/** The configs the command lints with. */
export type ConfigName = "recommended-no-files" | "containers" | "buildkit" | "kubernetes";

function matcher(config: Linter.Config): (path: string) => boolean {
  const globs = (config.files ?? []).filter((f): f is string => typeof f === "string");
  // `dot: true`: as ESLint matches `files` (`**/.dockercfg`, `~/.docker/config.json`).
  const match = picomatch(globs, { dot: true });
  // The path without its root: the globs all start with `**/`, and match at any depth.
  return (path) => match(path.replace(/\\/g, "/").replace(/^(?:[A-Za-z]:)?\/+/, ""));
}

const { configs } = plugin;
const isCredentialFile = matcher(configs.recommended);
const isRegistriesConf = matcher(configs.containers);
const isBuildkitd = matcher(configs.buildkit);
const isManifest = matcher(configs.kubernetes);

function isJson(path: string): boolean {
  return /\.json$/i.test(path);
}

/**
 * What a directory scan does with a file (absolute path): `lint` it, lint it `if-pull-secret` (a
 * YAML or JSON manifest: only when its text may hold one; most YAML files in a repository are
 * something else, and are neither parsed nor reported), or skip it (null).
 */
export function scanRole(path: string): "lint" | "if-pull-secret" | null {
  if (isCredentialFile(path) || isRegistriesConf(path) || isBuildkitd(path)) return "lint";
  return isManifest(path) ? "if-pull-secret" : null;
}

/** The config for a file (absolute path) with this text. */
export function configNameFor(path: string, text: string): ConfigName {
  if (isCredentialFile(path)) return "recommended-no-files";
  if (isRegistriesConf(path)) return "containers";
  if (isBuildkitd(path)) return "buildkit";
  if (isManifest(path) && (!isJson(path) || mayHoldPullSecret(text))) return "kubernetes";
  return "recommended-no-files";
}
