// docker-config-lint: the plugin's rules on the user's own credential files (or on paths, directories
// and globs), with no ESLint config. The parts: args (the command line), targets (which files),
// kinds (which config for which file), read and write (one file in, a fixed file out, safely), lint
// (the rules on a text), format (what a formatter may see). This one runs them and decides the exit status, as `eslint` does: 1 for
// errors or more warnings than --max-warnings, 2 for bad usage or any file that could not be read
// or written, after every other file has been linted and reported.
import type { ESLint, Linter } from "eslint";
import { mayHoldPullSecret } from "../core/pull-secret.js";
import { version } from "../meta.js";
import { HELP, type Options, parseCommand } from "./args.js";
import { FileError } from "./errors.js";
import type { Format } from "./format.js";
import { type ResultsMeta, toResult } from "./results.js";
import { builtinStylish } from "./stylish.js";
import { checksEngine } from "./checks-engine.js";
import type { Engine } from "./lint.js";
import { readRegularFile } from "./read.js";
import { defaultFiles, resolveArguments, type Target } from "./targets.js";
import { writeFixed } from "./write.js";

export interface Io {
  /** Directory that relative paths and formatter names resolve against. */
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const PREFIX = "docker-config-lint: ";
const DEFAULT_FORMAT = "stylish";

/** Runs the command; returns the exit status. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A one-line message: no stack trace, and only the first line of a multi-line error.
    io.stderr(`${PREFIX}${message.split("\n")[0]}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const command = parseCommand(argv);
  if (command.kind === "help") {
    io.stdout(HELP);
    return 0;
  }
  if (command.kind === "version") {
    io.stdout(`${version}\n`);
    return 0;
  }
  const { options, paths } = command;
  let failed = false;
  const problem = (line: string): void => {
    failed = true;
    io.stderr(`${PREFIX}${line}\n`);
  };

  let targets: Target[];
  if (paths.length > 0) {
    const found = resolveArguments(paths, io.cwd, { gitignore: options.gitignore });
    targets = found.targets;
    found.problems.forEach(problem);
  } else {
    targets = defaultFiles(io.env);
    if (targets.length === 0) {
      io.stderr(`${PREFIX}none of your Docker or containers credential files exists; nothing to lint.\n`);
    }
  }
  // Load the formatter before touching any file, so that a bad --format changes nothing; but not
  // ESLint's default, stylish, which loads (and ESLint with it) only when it has a problem to print:
  // it prints nothing for none.
  const formatter = (): Promise<Format> => import("./format.js").then((m) => m.loadFormatter(options.format, io.cwd));
  const preloaded = options.format === DEFAULT_FORMAT ? undefined : await formatter();
  const engine = checksEngine(options.quiet, io.cwd);

  const results: ESLint.LintResult[] = [];
  for (const target of targets) {
    try {
      const messages = await lintTarget(engine, target, options);
      if (messages !== null) results.push(toResult(target.path, messages));
    } catch (caught) {
      // Anything else thrown while linting one file (a rule's bug) is that file's failure, not the
      // run's. Its message is not printed: an engine's error may quote the text it choked on.
      const error = caught instanceof FileError ? caught : new FileError(`cannot lint ${target.path}: internal error (${errorName(caught)}); please report it`);
      problem(error.message);
      // A file that could not be written is still reported, as it is on disk.
      if (error.result !== undefined) results.push(toResult(target.path, error.result));
    }
  }

  const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = options.maxWarnings >= 0 && warningCount > options.maxWarnings;
  const meta: ResultsMeta = tooManyWarnings ? { maxWarningsExceeded: { maxWarnings: options.maxWarnings, foundWarnings: warningCount } } : {};
  const silent = preloaded === undefined && results.every((r) => r.messages.length === 0);
  const stylish = preloaded === undefined && !silent ? builtinStylish() : null;
  const output = silent ? "" : stylish !== null ? stylish(results, meta) : await (preloaded ?? (await formatter()))(results, meta);
  if (output.length > 0) io.stdout(output.endsWith("\n") ? output : `${output}\n`);
  if (errorCount === 0 && tooManyWarnings) {
    io.stderr(`${PREFIX}too many warnings: ${warningCount} (maximum: ${options.maxWarnings}).\n`);
  }
  if (failed) return 2;
  return errorCount > 0 || tooManyWarnings ? 1 : 0;
}

/**
 * One file's problems; with --fix, the file fixed first. Null for a file a directory scan found
 * that holds no pull Secret: not a file of the command's, so not a result either. Throws FileError.
 */
async function lintTarget(engine: Engine, target: Target, options: Options): Promise<Linter.LintMessage[] | null> {
  const { path } = target;
  const flavor = options.flavor ?? target.flavor;
  const before = readRegularFile(path);
  if (target.ifPullSecret === true && !mayHoldPullSecret(before.text)) return null;
  if (!options.fix) return engine.lint(before.text, path, flavor);
  const { output, messages } = await engine.fix(before.text, path, flavor);
  if (output === before.text) return messages;
  if (!before.utf8) {
    const result = await engine.lint(before.text, path, flavor);
    throw Object.assign(new FileError(`not fixed: ${path} is not valid UTF-8, and a fix would change its other bytes`), { result });
  }
  try {
    writeFixed(path, before, output);
  } catch (error) {
    if (error instanceof FileError) Object.assign(error, { result: await engine.lint(before.text, path, flavor) });
    throw error;
  }
  return messages;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
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

