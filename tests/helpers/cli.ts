// Running docker-config-lint in tests: in-process through main(), or as the built binary (`npm test`
// builds first), optionally as an unprivileged user where the tests run as root, since root reads
// and writes through any permission bit.
import { spawnSync } from "node:child_process";
import { chownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import { main } from "../../lib/cli/main.js";

export const HUB = "https://index.docker.io/v1/";
/** Credentials in a helper (no plaintext, no empty-entry warning): only the key is wrong, and --fix fixes it. */
export const hubAlias = '{\n\t"auths": {\n\t\t"docker.io": {}\n\t},\n\t"credsStore": "desktop"\n}\n';
export const hubFixed = hubAlias.replace('"docker.io"', `"${HUB}"`);
export const clean = `{\n\t"auths": {\n\t\t"${HUB}": {},\n\t\t"ghcr.io": {}\n\t},\n\t"credsStore": "desktop"\n}\n`;
export const bin = new URL("../../bin/docker-config-lint.js", import.meta.url).pathname;

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A fresh directory with the given files (relative path → text). */
export function tree(files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "docker-config-cli-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export async function lint(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, {
    cwd: opts.cwd ?? tree(),
    // A home with nothing in it unless the test says otherwise.
    env: opts.env ?? { HOME: tree() },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { status, stdout, stderr };
}

export const isRoot = process.getuid?.() === 0;
/** The user `asUser` runs as where the tests run as root: nobody. */
export const UNPRIVILEGED = 65534;

/** Hands `root` (and everything under it) to the user `asUser` runs as; lstat-walked, links not followed. */
export function giveAway(root: string): void {
  if (!isRoot) return;
  const visit = (path: string): void => {
    chownSync(path, UNPRIVILEGED, UNPRIVILEGED);
    if (lstatSync(path).isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(root);
}

/** The binary, as an unprivileged user (nobody) when the tests run as root, else as this user. */
export function asUser(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: cwd, ...env },
    timeout: 60_000,
    ...(isRoot ? { uid: UNPRIVILEGED, gid: UNPRIVILEGED } : {}),
  });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}
