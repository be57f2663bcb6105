// What containers/image reads out of registries.conf (pkg/sysregistriesv2/system_registries_v2.go:
// V2RegistriesConf, V1RegistriesConf, loadConfigFile, postProcessRegistries). No ESLint here.
import type { AST } from "toml-eslint-parser";
import { type Assignment, pathKey, type TomlModel } from "../toml.js";

/** Top-level v2 settings (V2RegistriesConf, shortNameAliasConf). */
export const V2_TOP_KEYS = ["unqualified-search-registries", "short-name-mode", "credential-helpers", "additional-layer-store-auth-helper"];
/** Fields of a `[[registry]]` (Registry, its Endpoint) and of a `[[registry.mirror]]` (Endpoint). */
export const REGISTRY_FIELDS = new Set(["prefix", "location", "insecure", "blocked", "mirror-by-digest-only", "mirror", "pull-from-mirror"]);
export const MIRROR_FIELDS = new Set(["location", "insecure", "pull-from-mirror"]);
/** The v1 lists: `[registries.search] registries = [...]` and its siblings. */
export const V1_LISTS = ["search", "insecure", "block"] as const;

export interface ConfEndpoint {
  /** The `[[registry]]` or `[[registry.mirror]]` header, when written as one. */
  table: AST.TOMLTable | null;
  path: readonly (string | number)[];
  field(name: string): Assignment | undefined;
}

export interface ConfRegistry extends ConfEndpoint {
  mirrors: ConfEndpoint[];
}

export interface RegistriesConf {
  top: Map<string, Assignment>;
  registries: ConfRegistry[];
  /** Assignments of the v1 lists (`registries.search.registries`, …), in file order. */
  v1: Assignment[];
  /** Whether any v2 setting is set (V2RegistriesConf.hasSetField). */
  v2: boolean;
}

const confs = new WeakMap<TomlModel, RegistriesConf>();

export function registriesConf(model: TomlModel): RegistriesConf {
  let conf = confs.get(model);
  if (conf !== undefined) return conf;
  const byPath = new Map<string, Assignment>();
  for (const a of model.assignments) byPath.set(pathKey(a.path), a);
  const tableAt = new Map<string, AST.TOMLTable>();
  for (const t of model.tables) tableAt.set(pathKey(t.resolvedKey), t);
  const endpoint = (path: readonly (string | number)[]): ConfEndpoint => ({
    table: tableAt.get(pathKey(path)) ?? null,
    path,
    field: (name) => byPath.get(pathKey([...path, name])),
  });

  const registryCount = new Set<number>();
  const mirrorCount = new Map<number, Set<number>>();
  const note = (path: readonly (string | number)[]): void => {
    if (path[0] !== "registry" || typeof path[1] !== "number") return;
    registryCount.add(path[1]);
    if (path[2] === "mirror" && typeof path[3] === "number") {
      let set = mirrorCount.get(path[1]);
      if (set === undefined) mirrorCount.set(path[1], (set = new Set()));
      set.add(path[3]);
    }
  };
  for (const a of model.assignments) note(a.path);
  for (const t of model.tables) note(t.resolvedKey);

  const registries = [...registryCount].sort((a, b) => a - b).map((i): ConfRegistry => ({
    ...endpoint(["registry", i]),
    mirrors: [...(mirrorCount.get(i) ?? [])].sort((a, b) => a - b).map((j) => endpoint(["registry", i, "mirror", j])),
  }));

  const top = new Map<string, Assignment>();
  for (const a of model.assignments) if (a.path.length === 1 && typeof a.path[0] === "string") top.set(a.path[0], a);

  const v1 = model.assignments.filter(
    (a) => a.path.length === 3 && a.path[0] === "registries" && (V1_LISTS as readonly unknown[]).includes(a.path[1]) && a.path[2] === "registries",
  );
  const setValue = (name: string): boolean => {
    const a = top.get(name);
    return a !== undefined && !(a.value.type === "TOMLValue" && a.value.kind === "string" && a.value.value === "");
  };
  const v2 =
    registries.length > 0 ||
    top.has("registry") ||
    setValue("unqualified-search-registries") ||
    setValue("credential-helpers") ||
    setValue("short-name-mode") ||
    setValue("additional-layer-store-auth-helper") ||
    top.has("aliases") ||
    model.tables.some((t) => t.resolvedKey[0] === "aliases");
  conf = { top, registries, v1, v2 };
  confs.set(model, conf);
  return conf;
}

/** parseLocation: trailing `/` trimmed; an `http://` or `https://` prefix is an error. */
export function locationScheme(value: string): "http" | "https" | null {
  if (value.startsWith("https://")) return "https";
  if (value.startsWith("http://")) return "http";
  return null;
}

// reference.DomainRegexp, anchored (anchoredDomainRegexp): what an unqualified-search-registries
// entry must be.
const DOMAIN = /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?$/;

export function isSearchDomain(value: string): boolean {
  return DOMAIN.test(value.replace(/\/+$/, ""));
}

/**
 * A Docker Hub reference written without `library/`: `docker.io/alpine` (a namespace, or the
 * official image meant), with the offset where `library/` goes, and whether a tag or digest makes
 * it certainly the image (`docker.io/alpine:3`).
 */
export function hubWithoutLibrary(value: string): { at: number; image: boolean } | null {
  const m = /^docker\.io\/([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)([:@].*)?$/.exec(value);
  if (m === null || m[1] === "library") return null;
  return { at: "docker.io/".length, image: m[2] !== undefined };
}

/** What is wrong with a prefix's wildcard, or null (loadConfigFile, refMatchingPrefix). */
export function wildcardProblem(prefix: string): "format" | "notLeading" | null {
  if (prefix.startsWith("*.")) return /[/@:]/.test(prefix) ? "format" : null;
  return prefix.includes("*") ? "notLeading" : null;
}

/** The helper name that means containers' own auth files (sysregistriesv2.AuthenticationFileHelper). */
export const AuthenticationFileHelper = "containers-auth.json";
