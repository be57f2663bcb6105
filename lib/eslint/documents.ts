// Which registry documents a linted file holds, each with its host: computed once per file and
// shared by every rule (WeakMap keyed by the file's AST).
import { baseName, fileKindForFilename, flavorForFilename } from "../core/model.js";
import { mayHoldPullSecret } from "../core/pull-secret.js";
import { ALL_FLAVORS, type Flavor } from "../core/registry.js";
import type { Host } from "./host.js";
import { daemonJsonFileHost } from "./hosts/daemon-json-file.js";
import { jsonFileHost, type JsonSourceCode } from "./hosts/json-file.js";
import { tomlFileHost } from "./hosts/toml-file.js";
import { manifestHosts } from "./hosts/manifest.js";

/** The parts of a rule context the adapter reads. */
export interface FileContext {
  filename: string;
  settings?: Readonly<Record<string, unknown>>;
  sourceCode: JsonSourceCode & { parserServices?: unknown };
}

/** The key of the plugin's shared settings: `settings: { "docker-config": { flavor } }`. */
export const SETTINGS_KEY = "docker-config";

const cache = new WeakMap<object, readonly Host[]>();

/**
 * The file's flavor: `settings["docker-config"].flavor` when set, else what the host implies
 * (`auth.json` is containers/image's, every other name docker's; a pull Secret's payload is the
 * kubelet's). A rule's own `flavor` option overrides both (lib/eslint/create-rule.ts).
 */
export function fileFlavor(context: FileContext): Flavor {
  return sharedFlavor(context) ?? flavorForFilename(context.filename);
}

function sharedFlavor(context: FileContext): Flavor | null {
  const shared = context.settings?.[SETTINGS_KEY] as { flavor?: unknown } | undefined;
  const flavor = shared?.flavor;
  return typeof flavor === "string" && (ALL_FLAVORS as readonly string[]).includes(flavor) ? (flavor as Flavor) : null;
}

export function hostsOf(context: FileContext): readonly Host[] {
  // One read of `context.sourceCode`: every rule context is a fresh object on a per-file
  // prototype, so each property read on it is a slow megamorphic lookup, paid per rule per file.
  const { sourceCode } = context;
  const key = sourceCode.ast as object;
  let hosts = cache.get(key);
  if (hosts === undefined) {
    hosts = build(context, sourceCode);
    cache.set(key, hosts);
  }
  return hosts;
}

function build(context: FileContext, sourceCode: FileContext["sourceCode"]): readonly Host[] {
  const services = sourceCode.parserServices as { isJSON?: boolean; isTOML?: boolean; isYAML?: boolean } | undefined;
  // A pull Secret's payload is read by the kubelet, whatever the file is called.
  const embedded = (): Flavor => sharedFlavor(context) ?? "kubernetes";
  if (services?.isJSON === true) {
    const host = jsonFileHost(sourceCode, fileFlavor(context), fileKindForFilename(context.filename));
    if (host.document.model !== null) return [host];
    // daemon.json: by name and content (lib/core/daemon/documents.ts).
    const daemon = daemonJsonFileHost(context.filename, sourceCode);
    if (daemon !== null) return [daemon];
    return mayHoldPullSecret(sourceCode.text) ? manifestHosts(sourceCode, "json", embedded()) : [];
  }
  if (services?.isTOML === true) {
    // registries.conf, registries.conf.d/*.conf, buildkitd.toml: by name and content.
    const toml = tomlFileHost(context.filename, sourceCode);
    return toml === null ? [] : [toml];
  }
  if (services?.isYAML === true) return mayHoldPullSecret(sourceCode.text) ? manifestHosts(sourceCode, "yaml", embedded()) : [];
  if (takenByAnotherParser(context.filename, sourceCode.ast as { type?: unknown })) throw new Error(foreignParserMessage(context.filename));
  return [];
}

/** The file names `configs.recommended` lints, at any depth (lib/index.ts builds its `files` from these). */
export const RECOMMENDED_FILE_NAMES = ["config.json", "auth.json", ".dockercfg", ".dockerconfigjson", "daemon.json"] as const;
const RECOMMENDED_NAMES: ReadonlySet<string> = new Set(RECOMMENDED_FILE_NAMES);

/**
 * Whether a config placed after the plugin's gave this file another language or parser: the AST of
 * @eslint/json's `json/json` language (a momoa `Document`), or a JavaScript parser's (typescript-eslint's)
 * on a file the recommended config lints. Saying nothing there would pass a broken credential file:
 * ESLint 10.2+ stops on `meta.languages` for `json/json` itself; ESLint 9 and a JavaScript parser
 * would run the rules on an AST they cannot read.
 */
function takenByAnotherParser(filename: string, ast: { type?: unknown }): boolean {
  if (ast.type === "Document") return true;
  return RECOMMENDED_NAMES.has(baseName(filename));
}

export function foreignParserMessage(filename: string): string {
  return (
    `eslint-plugin-docker-config: ${filename} is parsed by another language or parser (a config after the plugin's sets it), ` +
    "so its rules cannot read the file. Put dockerConfig.configs.recommended after the configs that set a language or parser " +
    "for this file (@eslint/json, typescript-eslint): see the README, \"With other plugins\"."
  );
}
