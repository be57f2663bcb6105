// The command line: options as `eslint` spells them where it has the same option, and the help text.
import { parseArgs } from "node:util";
import type { Flavor } from "../core/registry.js";
import { FLAVORS } from "../core/registry.js";
import { UsageError } from "./errors.js";

export const HELP = `Usage: docker-config-lint [options] [path | directory | glob ...]

Lints Docker config.json, Podman auth.json, legacy .dockercfg, .dockerconfigjson, dockerd's
daemon.json, containers' registries.conf, BuildKit's buildkitd.toml and Kubernetes pull Secrets
with the rules of eslint-plugin-docker-config, each file with the config eslint gives it
(recommended, containers, buildkit, kubernetes). No ESLint config needed.

With no path: your own files, those that exist of
  $DOCKER_CONFIG/config.json (else ~/.docker/config.json), $REGISTRY_AUTH_FILE,
  $XDG_RUNTIME_DIR/containers/auth.json, $XDG_CONFIG_HOME/containers/auth.json
  (else ~/.config/containers/auth.json) and ~/.dockercfg.
A directory is searched for config.json, auth.json, .dockercfg, .dockerconfigjson, daemon.json,
registries.conf, registries.conf.d/*.conf and buildkitd.toml, and for *.yaml, *.yml and *.json
files that name a pull Secret's type or payload key (others are not parsed); node_modules, .git
and what .gitignore files ignore are skipped. A glob (*, **, ?, [abc], {a,b}; quote it) matches
files of any name in the same way. A named file is always linted. A file that is not one of these
is silent: a JSON file without auths, credHelpers or credsStore (or a pull Secret), a daemon.json,
registries.conf or buildkitd.toml without their program's keys.

Options:
  --fix               apply the safe fixes in place (atomic write, mode and owner kept)
  --format, -f NAME   any ESLint formatter: stylish (default), json, json-with-metadata, html,
                      or an installed one (eslint-formatter-NAME, @microsoft/sarif)
  --flavor NAME       which client reads the credential files: docker or containers (default: by
                      file name, containers for auth.json and $REGISTRY_AUTH_FILE, docker
                      otherwise); a pull Secret's payload is always read as the kubelet reads it
  --max-warnings N    exit 1 when there are more than N warnings (default: warnings alone exit 0)
  --no-ignore         do not read .gitignore files (node_modules and .git stay skipped)
  --quiet, -q         errors only: rules that warn do not run
  --help, -h          this help
  --version, -v       the version

Exit status: 0 no errors (and no more warnings than --max-warnings), 1 errors found or too many
warnings, 2 bad usage or a file that cannot be read or written (the other files are still linted).
Reports never contain a credential: no file source, no fix text, parse errors without the token.
`;

export interface Options {
  fix: boolean;
  format: string;
  flavor: Flavor | undefined;
  /** Warnings above this many exit 1; negative: no limit (as in eslint). */
  maxWarnings: number;
  /** Whether directory scans and globs honour .gitignore files. */
  gitignore: boolean;
  quiet: boolean;
}

export type Command = { kind: "help" } | { kind: "version" } | { kind: "lint"; options: Options; paths: string[] };

/** The arguments as a command; throws UsageError on bad usage. */
export function parseCommand(argv: readonly string[]): Command {
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
        "max-warnings": { type: "string" },
        "no-ignore": { type: "boolean", default: false },
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
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const flavor = values.flavor;
  if (flavor !== undefined && !(FLAVORS as readonly string[]).includes(flavor)) {
    throw new UsageError(`--flavor must be one of ${FLAVORS.join(", ")}, not "${flavor}"`);
  }
  const maxWarnings = values["max-warnings"];
  if (maxWarnings !== undefined && !/^-?\d+$/.test(maxWarnings)) {
    throw new UsageError(`--max-warnings must be a whole number, not "${maxWarnings}"`);
  }
  return {
    kind: "lint",
    paths: positionals,
    options: {
      fix: values.fix,
      format: values.format,
      flavor: flavor as Flavor | undefined,
      maxWarnings: maxWarnings === undefined ? -1 : Number(maxWarnings),
      gitignore: !values["no-ignore"],
      quiet: values.quiet,
    },
  };
}
