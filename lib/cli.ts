// docker-config-lint: the plugin's rules on the user's own credential files (or on paths, directories
// and globs), with no ESLint config. It drives `Linter` directly with one prepared config: the
// `eslint` command's per-file config lookup costs far more than linting these small files.
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, join, parse, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { ESLint, Linter } from "eslint";
import plugin from "./index.js";
import { namespace, version } from "./meta.js";
import type { Flavor } from "./core/registry.js";
import { FLAVORS } from "./core/registry.js";
import { rules } from "./rules.js";

export interface Io {
  /** Directory that relative paths and formatter names resolve against. */
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Bad usage or an input the user named that cannot be read: one line on stderr, exit 2. */
class UsageError extends Error {}

/** The file names a directory argument picks up. */
const REGISTRY_FILE_NAMES = new Set(["config.json", "auth.json", ".dockercfg"]);
const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

const HELP = `Usage: docker-config-lint [options] [path | directory | glob ...]

Lints Docker config.json, Podman auth.json and legacy .dockercfg files with the recommended rules
of eslint-plugin-docker-config. No ESLint config needed.

With no path: your own files, those that exist of
  $DOCKER_CONFIG/config.json (else ~/.docker/config.json), $REGISTRY_AUTH_FILE,
  $XDG_RUNTIME_DIR/containers/auth.json, $XDG_CONFIG_HOME/containers/auth.json
  (else ~/.config/containers/auth.json) and ~/.dockercfg.
A directory is searched for config.json, auth.json and .dockercfg (node_modules and .git skipped).
A glob (*, **, ?; quote it) matches files of any name; other files are silent unless they hold
auths, credHelpers or credsStore.

Options:
  --fix             apply the safe fixes in place (atomic write, file mode kept)
  --format, -f NAME any ESLint formatter: stylish (default), json, json-with-metadata, html, or an
                    installed eslint-formatter-NAME
  --flavor NAME     which client reads the files: docker or containers (default: by file name,
                    containers for auth.json and $REGISTRY_AUTH_FILE, docker otherwise)
  --quiet, -q       errors only: rules that warn do not run
  --help, -h        this help
  --version, -v     the version

Exit status: 0 no problems, 1 problems found, 2 bad usage or a file that cannot be read.
Reports never contain a credential: parse errors are shown without the offending token.
`;

interface Options {
  fix: boolean;
  format: string;
  flavor: Flavor | undefined;
  quiet: boolean;
}

/** Runs the command; returns the exit status. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A one-line message: no stack trace, and only the first line of a multi-line error.
    io.stderr(`docker-config-lint: ${message.split("\n")[0]}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        fix: { type: "boolean", default: false },
        format: { type: "string", short: "f", default: "stylish" },
        flavor: { type: "string" },
        quiet: { type: "boolean", short: "q", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (error) {
    // parseArgs' own advice about `--` is longer than the mistake it explains.
    const reason = (error as Error).message.replace(/\. To specify .*$/s, "");
    throw new UsageError(`${reason} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const flavor = values.flavor;
  if (flavor !== undefined && !(FLAVORS as readonly string[]).includes(flavor)) {
    throw new UsageError(`--flavor must be one of ${FLAVORS.join(", ")}, not "${flavor}"`);
  }
  const options: Options = { fix: values.fix, format: values.format, flavor: flavor as Flavor | undefined, quiet: values.quiet };

  const targets = positionals.length > 0 ? resolveArguments(positionals, io.cwd) : defaultFiles(io.env);
  if (targets.length === 0 && positionals.length === 0) {
    io.stderr("docker-config-lint: none of your Docker or containers credential files exists; nothing to lint.\n");
  }
  // Load the formatter before touching any file, so that a bad --format changes nothing.
  const format = await loadFormatter(options.format, io.cwd);

  // One config per flavor in use (the flavor `$REGISTRY_AUTH_FILE` implies may differ).
  const prepared = new Map<Flavor | undefined, VerifyConfig>();
  for (const flavor of new Set(targets.map((t) => options.flavor ?? t.flavor))) {
    prepared.set(flavor, await prepareConfig(configFor(flavor, options.quiet), io.cwd));
  }
  // Based at the file system root: were the plain config used, files outside the cwd must match too.
  const linter = new Linter({ cwd: parse(resolve(io.cwd)).root, configType: "flat" });
  const results = targets.map((target) =>
    lintFile(linter, target, prepared.get(options.flavor ?? target.flavor) as VerifyConfig, options.fix),
  );
  const output = await format(results);
  if (output.length > 0) io.stdout(output.endsWith("\n") ? output : `${output}\n`);
  return results.some((r) => r.errorCount + r.warningCount > 0) ? 1 : 0;
}

interface Target {
  path: string;
  /** The flavor the file's role implies when its name does not (`$REGISTRY_AUTH_FILE`). */
  flavor?: Flavor;
}

/** The user's own files, as Docker and containers/image find them (spec: docker-cli §1.1, containers-auth §2.1). */
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

/** Paths, directories and globs → the files to lint, each once, in argument order. */
export function resolveArguments(args: readonly string[], cwd: string): Target[] {
  const files: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      if (/[*?]/.test(arg)) {
        const matched = expandGlob(path);
        if (matched.length === 0) throw new UsageError(`no files match the pattern "${arg}"`);
        files.push(...matched);
        continue;
      }
      throw new UsageError(`cannot read ${arg}: ${describeFsError(error)}`);
    }
    if (stats.isDirectory()) files.push(...walk(path).filter((f) => REGISTRY_FILE_NAMES.has(basename(f))));
    else files.push(path);
  }
  return [...new Set(files)].map((path) => ({ path }));
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return code ?? (error as Error).message;
}

/** Every file under `dir` (symbolic links to files included, to directories not followed), sorted. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (current: string): void => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      throw new UsageError(`cannot read ${current}: ${describeFsError(error)}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) visit(path);
      } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path))) {
        out.push(path);
      }
    }
  };
  visit(dir);
  return out;
}

/** A small glob: `*` and `?` within a path segment, `**` for any number of directories. */
function expandGlob(pattern: string): string[] {
  const { root } = parse(pattern);
  const segments = pattern.slice(root.length).split(/[\\/]+/);
  const firstGlob = segments.findIndex((s) => /[*?]/.test(s));
  const base = join(root, ...segments.slice(0, firstGlob));
  if (!existsSync(base)) return [];
  const source = segments
    .slice(firstGlob)
    .map((segment, i, all) => {
      if (segment === "**") return i === all.length - 1 ? ".*" : "(?:[^/]*/)*";
      const body = segment.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
      return i === all.length - 1 ? body : `${body}/`;
    })
    .join("");
  const regex = new RegExp(`^${source}$`);
  return walk(base).filter((file) => regex.test(relative(base, file).split(sep).join("/")));
}

// ---------------------------------------------------------------------------------------------
// Linting

/** `recommended-no-files` on every file, with `--flavor` on every rule that has the option. */
export function configFor(flavor: Flavor | undefined, quiet: boolean): Linter.Config {
  const base = plugin.configs["recommended-no-files"];
  const ruleSettings: Linter.RulesRecord = {};
  for (const [id, setting] of Object.entries(base.rules ?? {})) {
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (severity === undefined) continue;
    if (quiet && (severity === "warn" || severity === 1)) continue;
    const rule = rules[id.slice(namespace.length + 1) as keyof typeof rules] as { meta: { schema?: unknown } } | undefined;
    ruleSettings[id] = flavor !== undefined && hasFlavorOption(rule?.meta.schema) ? [severity, { flavor }] : severity;
  }
  // `**` rather than `**/*`: ESLint does not treat a config whose only pattern is `**/*` as a match.
  return { ...base, files: ["**"], rules: ruleSettings };
}

function hasFlavorOption(schema: unknown): boolean {
  const first = (Array.isArray(schema) ? schema[0] : undefined) as { properties?: Record<string, unknown> } | undefined;
  return first?.properties?.flavor !== undefined;
}

/** What `Linter#verify` takes: a config array, or anything array-like with `getConfig(filename)`. */
type VerifyConfig = Linter.Config | Linter.Config[];

/**
 * The config resolved once and handed to `Linter` as a config array whose `getConfig` answers the
 * same for every file. Given a plain config, `Linter` builds, normalises and merges a config array
 * for every file, which costs more than linting these files; the `eslint` command's per-file
 * lookup costs more still. Every file gets the same rules anyway: the CLI has one config, files
 * are chosen by the CLI, and the rules decide by content whether a file is theirs.
 */
export async function prepareConfig(config: Linter.Config, cwd: string): Promise<VerifyConfig> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [config] });
  const resolved = (await eslint.calculateConfigForFile(join(cwd, "config.json"))) as Linter.Config | undefined;
  // Should a future ESLint answer differently, the plain config still gives the same results, slower.
  if (resolved === undefined || resolved === null || typeof resolved !== "object") return config;
  return Object.assign([resolved], { getConfig: () => resolved });
}

function lintFile(linter: Linter, target: Target, config: VerifyConfig, fix: boolean): ESLint.LintResult {
  const { path } = target;
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  let messages: Linter.LintMessage[];
  if (cannotBeRegistryFile(text)) {
    messages = [];
  } else if (fix) {
    const report = linter.verifyAndFix(text, config, { filename: path, fix: true });
    if (report.fixed && report.output !== text) writeAtomically(path, report.output);
    messages = report.messages;
  } else {
    messages = linter.verify(text, config, { filename: path });
  }
  return toResult(path, messages);
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

/**
 * A message as formatters may print it. Rule messages carry key names only (the rules' contract);
 * a parser error names the offending token, which may be part of a secret, so it goes; fix and
 * suggestion texts may hold values, so they go too.
 */
function redact(message: Linter.LintMessage): Linter.LintMessage {
  const out: Linter.LintMessage = { ...message };
  delete out.fix;
  if (message.ruleId === null) out.message = message.message.replace(/\s*['"`].*$/s, "");
  if (message.suggestions !== undefined) {
    out.suggestions = message.suggestions.map(({ desc, messageId }) => ({ desc, messageId })) as Linter.LintSuggestion[];
  }
  return out;
}

function toResult(filePath: string, messages: Linter.LintMessage[]): ESLint.LintResult {
  const count = (severity: number, pred: (m: Linter.LintMessage) => boolean = () => true): number =>
    messages.filter((m) => m.severity === severity && pred(m)).length;
  const fixable = (m: Linter.LintMessage): boolean => m.fix !== undefined;
  // No `source` and no `output`: formatters print them, and they hold the file's secrets.
  return {
    filePath,
    messages: messages.map(redact),
    suppressedMessages: [],
    errorCount: count(2),
    fatalErrorCount: count(2, (m) => m.fatal === true),
    warningCount: count(1),
    fixableErrorCount: count(2, fixable),
    fixableWarningCount: count(1, fixable),
    usedDeprecatedRules: [],
  };
}

/** Like docker's own save: a temporary file in the same directory with the same mode, then rename. */
export function writeAtomically(path: string, text: string): void {
  const target = realpathSync(path); // replace the file a symbolic link points at, not the link
  const { mode, uid, gid } = statSync(target);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  // Created with no permissions for anyone else, then given the original mode: no window where a
  // credentials file is readable by others.
  const fd = openSync(temp, "wx", 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    chmodSync(temp, mode & 0o7777);
    try {
      chownSync(temp, uid, gid);
    } catch {
      // Not permitted for non-root users; the file stays with the current user, as docker's does.
    }
    renameSync(temp, target);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temp, { force: true });
    throw new UsageError(`cannot write ${path}: ${describeFsError(error)}`);
  }
}

/** Any ESLint formatter, loaded by ESLint; rule metadata comes from this plugin (see below). */
async function loadFormatter(name: string, cwd: string): Promise<(results: ESLint.LintResult[]) => Promise<string>> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true });
  // ESLint answers `rulesMeta` (json-with-metadata) only for results it linted itself; these rules
  // are all this plugin's.
  const rulesMeta = Object.fromEntries(Object.entries(rules).map(([n, r]) => [`${namespace}/${n}`, r.meta]));
  Object.defineProperty(eslint, "getRulesMetaForResults", { value: () => rulesMeta });
  let formatter: ESLint.LoadedFormatter;
  try {
    formatter = await eslint.loadFormatter(name);
  } catch {
    throw new UsageError(`cannot load the formatter "${name}"`);
  }
  return async (results) => {
    const out = await formatter.format(results, {});
    if (typeof out !== "string") throw new Error(`the formatter "${name}" returned no text`);
    return out;
  };
}

/** The `docker-config-lint` binary: this process's arguments, environment and streams. */
export async function cli(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
