// How BuildKit reads the `[registry."<host>"]` tables of buildkitd.toml (moby/buildkit
// util/resolver/resolver.go NewRegistryConfig, utils.go extractMirrorHostAndPath,
// util/resolver/config RegistryConfig). No ESLint here.
import type { AST } from "toml-eslint-parser";
import { type Assignment, type TomlModel, tomlBoolean, tomlString } from "../toml.js";

export interface BuildkitRegistry {
  /** The table key: the host BuildKit looks the table up by (`m[host]`). */
  host: string;
  /** Every place the key is spelled: table headers and dotted keys. */
  spellings: (AST.TOMLBare | AST.TOMLQuoted)[];
  mirrors: Assignment[];
  http: Assignment | undefined;
  insecure: Assignment | undefined;
  /** The first `[registry."<host>"]` header, if any. */
  table: AST.TOMLTable | null;
}

const cache = new WeakMap<TomlModel, Map<string, BuildkitRegistry>>();

export function buildkitRegistries(model: TomlModel): Map<string, BuildkitRegistry> {
  let registries = cache.get(model);
  if (registries !== undefined) return registries;
  const map = new Map<string, BuildkitRegistry>();
  registries = map;
  const get = (host: string): BuildkitRegistry => {
    let r = map.get(host);
    if (r === undefined) map.set(host, (r = { host, spellings: [], mirrors: [], http: undefined, insecure: undefined, table: null }));
    return r;
  };
  for (const table of model.tables) {
    const host = table.resolvedKey[1];
    if (table.resolvedKey[0] !== "registry" || typeof host !== "string") continue;
    const r = get(host);
    const spelled = table.key.keys[1];
    if (spelled !== undefined && !r.spellings.includes(spelled)) r.spellings.push(spelled);
    if (r.table === null && table.resolvedKey.length === 2) r.table = table;
  }
  for (const a of model.assignments) {
    const host = a.path[1];
    if (a.path[0] !== "registry" || typeof host !== "string" || a.path.length < 2) continue;
    const r = get(host);
    if (a.kv !== null) {
      const base = a.path.length - a.kv.key.keys.length;
      const spelled = base <= 1 ? a.kv.key.keys[1 - base] : undefined;
      if (spelled !== undefined && !r.spellings.includes(spelled)) r.spellings.push(spelled);
    }
    if (a.path.length === 4 && a.path[2] === "mirrors" && tomlString(a.value) !== null) r.mirrors.push(a);
    if (a.path.length === 3 && a.path[2] === "http" && tomlBoolean(a.value) !== null) r.http = a;
    if (a.path.length === 3 && a.path[2] === "insecure" && tomlBoolean(a.value) !== null) r.insecure = a;
  }
  for (const r of map.values()) r.spellings.sort((x, y) => x.range[0] - y.range[0]);
  cache.set(model, map);
  return map;
}

/** extractMirrorHostAndPath: a scheme and user info are parsed away; the host and the path stay. */
export function mirrorHostAndPath(mirror: string): { scheme: string | null; host: string; path: string } {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(mirror);
  const rest = m ? mirror.slice(m[0].length) : mirror;
  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  return { scheme: m?.[1]?.toLowerCase() ?? null, host: authority.slice(authority.lastIndexOf("@") + 1), path: slash === -1 ? "" : rest.slice(slash) };
}

/** containerd docker.MatchLocalhost: BuildKit speaks plain HTTP to these unless `http = false`. */
export function isLocalhost(host: string): boolean {
  const name = host.replace(/^\[(.*)\](?::\d+)?$/, "$1").replace(/^([^:]*):\d+$/, "$1");
  return name === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(name) || name === "::1";
}

/** Keys that mean Docker Hub but are not the one BuildKit looks Hub images up by (`docker.io`). */
export const HUB_ALIASES: ReadonlySet<string> = new Set(["index.docker.io", "registry-1.docker.io"]);
