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
import type { Linter, Rule } from "eslint";
import { mayHoldPullSecret } from "../core/pull-secret.js";
import type { Flavor } from "../core/registry.js";
import { DAEMON_JSON_FILES } from "../configs-daemon.js";
import plugin from "../index.js";
import { picomatch } from "./cjs.js";

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
const isDaemonJson = matcher({ files: [...DAEMON_JSON_FILES] });

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

/**
 * The config `name` on every file, with `--flavor` on every rule that has the option, in
 * `recommended-no-files` only: the flavor says which client reads a credential file, docker or
 * containers/image. A pull Secret's payload is the kubelet's whatever `--flavor` says (the option
 * on a rule of configs.kubernetes would make `eslint` read it as the given client's, since a rule
 * option wins over the host, lib/eslint/create-rule.ts; the command's option is about your
 * credential files, and one run often lints both). The TOML configs' rules have no such option.
 */
export function configFor(flavor: Flavor | undefined, quiet: boolean, name: ConfigName = "recommended-no-files"): Linter.Config {
  const base = plugin.configs[name];
  if (name !== "recommended-no-files") flavor = undefined;
  const ruleSettings: Linter.RulesRecord = {};
  const prefix = `${plugin.meta.namespace}/`;
  for (const [id, setting] of Object.entries(base.rules ?? {})) {
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (severity === undefined) continue;
    if (quiet && (severity === "warn" || severity === 1)) continue;
    const rule = id.startsWith(prefix) ? (plugin.rules as Record<string, Rule.RuleModule>)[id.slice(prefix.length)] : undefined;
    ruleSettings[id] = flavor !== undefined && hasFlavorOption(rule?.meta?.schema) ? [severity, { flavor }] : severity;
  }
  // `**` rather than `**/*`: ESLint does not treat a config whose only pattern is `**/*` as a match.
  return { ...base, files: ["**"], rules: ruleSettings };
}

function hasFlavorOption(schema: unknown): boolean {
  const first = (Array.isArray(schema) ? schema[0] : undefined) as { properties?: Record<string, unknown> } | undefined;
  return first?.properties?.flavor !== undefined;
}

/**
 * Whether the config's rules are certainly silent on this text, without running them. A YAML file
 * for configs.kubernetes that cannot hold a pull Secret: its hosts find none, and its parser adds
 * no parse error (lib/eslint/documents.ts, lib/eslint/manifest-parser.ts); a JSON file goes to that
 * config only when it may hold one (lib/cli/kinds.ts).
 */
export function certainlySilent(name: ConfigName, path: string, text: string): boolean {
  // dockerd's daemon.json is judged by its own keys (lib/core/daemon/documents.ts), not by these.
  if (name === "recommended-no-files") return !isDaemonJson(path) && cannotBeRegistryFile(text);
  return name === "kubernetes" && !mayHoldPullSecret(text);
}

/**
 * Whether the rules are certainly silent on this text, without running them: strict JSON (so no
 * parse error to report) that has no key which could make it a registry file (`auths`,
 * `credHelpers`, `credsStore`, or a legacy entry's `auth`, in any case, and no escapes that could
 * spell one). Every rule is silent on files that are not registry files; in a monorepo most
 * `config.json` files are an app's own, and this skips them at the cost of a native JSON.parse.
 */
function cannotBeRegistryFile(text: string): boolean {
  if (/auth|cred|\\/i.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
