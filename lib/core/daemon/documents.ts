// The daemon-side documents: dockerd's daemon.json, containers' registries.conf (and its
// registries.conf.d drop-ins) and BuildKit's buildkitd.toml. Each is recognised by its file name
// and its content: a file of that name that is something else is no document. No ESLint here.
import type { AST as JSON } from "jsonc-eslint-parser";
import type { AST as TOML } from "toml-eslint-parser";
import { type KeyedProperty, asObject, baseName, keyOf } from "../model.js";
import { nearFields } from "../fields.js";
import { type TomlModel, tomlModel } from "../toml.js";
import { DEPRECATED_KEYS, DISTINCTIVE_KEYS, isAcceptedKey, STRUCT_KEYS } from "./dockerd.js";

export interface DaemonModel {
  root: JSON.JSONObjectExpression;
  top: KeyedProperty[];
}

export interface DaemonDocument {
  readonly kind: "daemon";
  /** The file's text, without a leading byte order mark. */
  readonly text: string;
  readonly bom: boolean;
  readonly ast: JSON.JSONProgram;
  readonly model: DaemonModel;
}

export interface RegistriesConfDocument {
  readonly kind: "registries-conf";
  readonly text: string;
  readonly ast: TOML.TOMLProgram;
  readonly model: TomlModel;
  /** A `registries.conf.d/*.conf` drop-in: containers/image reads it with v1 forbidden. */
  readonly dropIn: boolean;
}

export interface BuildkitDocument {
  readonly kind: "buildkitd";
  readonly text: string;
  readonly ast: TOML.TOMLProgram;
  readonly model: TomlModel;
}

export type DaemonSideDocument = DaemonDocument | RegistriesConfDocument | BuildkitDocument;


function parentName(filename: string): string {
  const normalized = filename.replace(/\\/g, "/");
  const parts = normalized.split("/");
  return parts.length >= 2 ? (parts[parts.length - 2] ?? "") : "";
}

/** Whether a key marks a daemon.json: a distinctive dockerd key, or a near miss of one. */
function marksDaemon(key: string): boolean {
  return DISTINCTIVE_KEYS.has(key) || nearFields(key, [...DISTINCTIVE_KEYS]).length > 0;
}

/**
 * The daemon.json document of a file named `daemon.json` whose top level is an object with
 * dockerd's keys: one distinctive key (or a near miss of one), or more dockerd keys than others.
 */
export function daemonDocument(filename: string, text: string, ast: JSON.JSONProgram, bom = false): DaemonDocument | null {
  if (baseName(filename) !== "daemon.json") return null;
  const root = asObject(ast.body[0]?.expression);
  if (root === null || root.properties.length === 0) return null;
  const top = root.properties.map(keyOf);
  const known = top.filter((p) => isAcceptedKey(p.key) || STRUCT_KEYS.has(p.key) || p.key in DEPRECATED_KEYS).length;
  const isDaemon = top.some((p) => marksDaemon(p.key)) || known * 2 > top.length;
  return isDaemon ? { kind: "daemon", text, bom, ast, model: { root, top } } : null;
}

/** Top-level keys of registries.conf (V2RegistriesConf, V1RegistriesConf, shortNameAliasConf). */
export const REGISTRIES_CONF_KEYS: ReadonlySet<string> = new Set([
  "unqualified-search-registries", "short-name-mode", "credential-helpers", "additional-layer-store-auth-helper",
  "registry", "registries", "aliases",
]);

/** Top-level keys of buildkitd.toml (cmd/buildkitd/config Config). */
export const BUILDKITD_KEYS: ReadonlySet<string> = new Set([
  "debug", "trace", "root", "insecure-entitlements", "proxyNetwork", "log", "grpc", "otel", "cdi", "worker", "registry",
  "dns", "history", "frontend", "system", "provenanceEnvDir", "cache",
]);

function topKeys(model: TomlModel): Set<string> {
  const keys = new Set<string>();
  for (const a of model.assignments) if (typeof a.path[0] === "string") keys.add(a.path[0]);
  for (const t of model.tables) if (typeof t.resolvedKey[0] === "string") keys.add(t.resolvedKey[0]);
  return keys;
}

/** Which daemon-side TOML file a name is: registries.conf, a registries.conf.d drop-in, buildkitd.toml. */
export function tomlKindForFilename(filename: string): "registries-conf" | "registries-conf-drop-in" | "buildkitd" | null {
  const base = baseName(filename);
  if (base === "registries.conf") return "registries-conf";
  if (base.endsWith(".conf") && parentName(filename) === "registries.conf.d") return "registries-conf-drop-in";
  if (base === "buildkitd.toml") return "buildkitd";
  return null;
}

/** The document of a TOML file by its name and its top-level keys; null for anything else. */
export function tomlDocument(filename: string, text: string, ast: TOML.TOMLProgram): RegistriesConfDocument | BuildkitDocument | null {
  const kind = tomlKindForFilename(filename);
  if (kind === null) return null;
  const model = tomlModel(ast);
  const keys = topKeys(model);
  if (kind === "buildkitd") {
    return [...keys].some((k) => BUILDKITD_KEYS.has(k)) ? { kind: "buildkitd", text, ast, model } : null;
  }
  if (![...keys].some((k) => REGISTRIES_CONF_KEYS.has(k))) return null;
  return { kind: "registries-conf", text, ast, model, dropIn: kind === "registries-conf-drop-in" };
}
