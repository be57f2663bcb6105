// Which files to lint: the user's own files when no path is given, else each path, directory and
// glob the user names. A directory or a glob that cannot be searched in part (an unreadable
// directory, a directory name that is not UTF-8) is reported in one line and the rest searched.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Ignore } from "ignore";
import type { Flavor } from "../core/registry.js";
import { ignore, picomatch } from "./cjs.js";
import { describeFsError, displayName, isUtf8Name } from "./errors.js";
import { scanRole } from "./kinds.js";

export interface Target {
  /** Absolute path. */
  path: string;
  /** The flavor the file's role implies when its name does not (`$REGISTRY_AUTH_FILE`). */
  flavor?: Flavor;
  /** Found by a directory scan as a YAML or JSON file: linted only if its text may hold a pull Secret. */
  ifPullSecret?: boolean;
}

export interface Found {
  targets: Target[];
  /** One line each: an argument or a part of a directory that could not be searched. */
  problems: string[];
}

const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

/**
 * The user's own files, as the clients find them: docker/cli `cli/config/config.go` (`Dir()`:
 * `$DOCKER_CONFIG`, else `~/.docker`; `LoadDefaultConfigFile` also reads `~/.dockercfg`), and
 * containers/image `pkg/docker/config/config.go` (`getPathToAuthWithOS`: `$REGISTRY_AUTH_FILE`,
 * `$XDG_RUNTIME_DIR/containers/auth.json`, then `$XDG_CONFIG_HOME/containers/auth.json` or
 * `~/.config/containers/auth.json`).
 */
export function defaultFiles(env: Record<string, string | undefined>): Target[] {
  const home = nonEmpty(env.HOME) ?? homedir();
  const dockerConfig = nonEmpty(env.DOCKER_CONFIG);
  const candidates: Target[] = [{ path: join(dockerConfig ?? join(home, ".docker"), "config.json") }];
  const authFile = nonEmpty(env.REGISTRY_AUTH_FILE);
  if (authFile !== undefined) candidates.push({ path: authFile, flavor: "containers" });
  const runtime = nonEmpty(env.XDG_RUNTIME_DIR);
  if (runtime !== undefined) candidates.push({ path: join(runtime, "containers", "auth.json") });
  candidates.push({ path: join(nonEmpty(env.XDG_CONFIG_HOME) ?? join(home, ".config"), "containers", "auth.json") });
  candidates.push({ path: join(home, ".dockercfg") });
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const path = resolve(c.path);
    if (seen.has(path) || !isFile(path)) return false;
    seen.add(path);
    c.path = path;
    return true;
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface SearchOptions {
  /** Honour .gitignore files in directory scans and globs (`--no-ignore` turns it off). */
  gitignore: boolean;
}

/**
 * Paths, directories and globs → the files to lint, each once, in argument order. A named file is
 * linted whatever its name (and whatever .gitignore says); whether it can be read is for the
 * reader to say. A path that does not exist is a glob if it has glob syntax (picomatch's).
 */
export function resolveArguments(args: readonly string[], cwd: string, options: SearchOptions = { gitignore: true }): Found {
  // Path → whether it is linted only if it may hold a pull Secret; a file also named or globbed is linted.
  const files = new Map<string, boolean>();
  const add = (path: string, ifPullSecret = false): void => {
    files.set(path, (files.get(path) ?? true) && ifPullSecret);
  };
  const problems: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const scan = picomatch.scan(toPosix(path));
      if (scan.isGlob) {
        const matched = expandGlob(scan.base, scan.glob, options, problems);
        if (matched.length === 0) problems.push(`no files match the pattern "${arg}"`);
        matched.forEach((p) => add(p));
      } else {
        problems.push(`cannot read ${arg}: ${describeFsError(error)}`);
      }
      continue;
    }
    if (stats.isDirectory()) {
      const search = new Search(path, options, problems);
      if (search.ignoresRoot()) problems.push(`${arg} is ignored by a .gitignore file (--no-ignore lints it)`);
      else for (const p of search.files((_rel, found) => scanRole(found) !== null)) add(p, scanRole(p) === "if-pull-secret");
    } else {
      add(path);
    }
  }
  return { targets: [...files].map(([path, ifPullSecret]) => (ifPullSecret ? { path, ifPullSecret } : { path })), problems };
}

/** The files under `base` (a directory, native separators) whose path relative to it matches `glob`. */
function expandGlob(base: string, glob: string, options: SearchOptions, problems: string[]): string[] {
  const root = resolve(base === "" ? "/" : base);
  try {
    if (!statSync(root).isDirectory()) return [];
  } catch {
    return [];
  }
  // `dot: true`: `*` matches `.dockercfg`, as in ESLint's own file patterns. `posix: true`: `[!a]`
  // negates a class as in the shell (without it picomatch reads `[!a]` as `!` or `a`).
  const matches = picomatch(glob, { dot: true, posix: true });
  const search = new Search(root, options, problems);
  if (search.ignoresRoot()) return [];
  return search.files((rel) => matches(rel));
}

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/** One .gitignore file: the directory it sits in and its patterns. */
interface IgnoreLevel {
  dir: string;
  rules: Ignore;
}

/**
 * A search of one directory tree: every file (symbolic links to files included, to directories
 * not followed), sorted, node_modules and .git skipped, and with `gitignore` what the .gitignore
 * files of the tree and of its ancestors up to the repository root ignore, with git's precedence
 * (a deeper file's patterns win, the last matching pattern of a file wins, `!` re-includes).
 * Not read: `.git/info/exclude` and `core.excludesFile`, which are one user's, not the repository's.
 */
class Search {
  private readonly ancestors: IgnoreLevel[];

  constructor(
    private readonly root: string,
    private readonly options: SearchOptions,
    private readonly problems: string[],
  ) {
    this.ancestors = options.gitignore ? ancestorLevels(root) : [];
  }

  /** Whether the .gitignore files above the root ignore the root itself. */
  ignoresRoot(): boolean {
    return isIgnored(this.ancestors, this.root, true);
  }

  /** `accept`: the path relative to the root (POSIX separators), and the absolute path. */
  files(accept: (rel: string, path: string) => boolean): string[] {
    const out: string[] = [];
    const visit = (dir: string, levels: IgnoreLevel[]): void => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true, encoding: "buffer" });
      } catch (error) {
        this.problems.push(`cannot read ${dir}: ${describeFsError(error)}`);
        return;
      }
      const here = this.options.gitignore ? gitignoreIn(dir, this.problems) : undefined;
      const inScope = here === undefined ? levels : [...levels, here];
      const named = entries.map((entry) => ({ entry, name: entry.name.toString("utf8") }));
      named.sort((a, b) => Buffer.compare(a.entry.name, b.entry.name));
      for (const { entry, name } of named) {
        const path = join(dir, name);
        const isDir = entry.isDirectory();
        if (isDir && SKIPPED_DIRS.has(name)) continue;
        if (!isUtf8Name(entry.name)) {
          // Its string form names another file (or none): say so rather than miss what it holds.
          if (isDir || accept(toPosix(relative(this.root, path)), path)) {
            this.problems.push(`cannot read ${join(dir, displayName(entry.name))}: the name is not UTF-8`);
          }
          continue;
        }
        if (isIgnored(inScope, path, isDir)) continue;
        if (isDir) visit(path, inScope);
        else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(path))) && accept(toPosix(relative(this.root, path)), path)) {
          out.push(path);
        }
      }
    };
    visit(this.root, this.ancestors);
    return out;
  }
}

/** The .gitignore files from the repository root (the nearest ancestor holding `.git`) down to `dir`'s parent. */
function ancestorLevels(dir: string): IgnoreLevel[] {
  if (existsEntry(join(dir, ".git"))) return []; // the repository root: its own .gitignore is read in the walk
  const chain: string[] = [];
  for (let current = dirname(dir); ; current = dirname(current)) {
    chain.unshift(current);
    if (existsEntry(join(current, ".git"))) {
      return chain.map((d) => gitignoreIn(d, [])).filter((level): level is IgnoreLevel => level !== undefined);
    }
    if (dirname(current) === current) return []; // not in a repository: only the tree's own files
  }
}

function existsEntry(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function gitignoreIn(dir: string, problems: string[]): IgnoreLevel | undefined {
  let text;
  try {
    text = readFileSync(join(dir, ".gitignore"), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR" && code !== "EISDIR") {
      problems.push(`cannot read ${join(dir, ".gitignore")}: ${describeFsError(error)}`);
    }
    return undefined;
  }
  return { dir, rules: ignore().add(text) };
}

function isIgnored(levels: readonly IgnoreLevel[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    const rel = relative(level.dir, path);
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) continue;
    const verdict = level.rules.test(toPosix(rel) + (isDir ? "/" : ""));
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

