// The real Docker CLI as an oracle (client only; it reads config files offline). Tests that use it
// are skipped, with a visible message, where `docker` is not installed.
import { spawnSync } from "node:child_process";
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";

export const hasDocker = spawnSync("docker", ["--version"], { encoding: "utf8" }).status === 0;

/** `describe` that runs only where docker is installed, and says so loudly where it is not. */
export function describeWithDocker(name: string, fn: () => void): void {
  if (!hasDocker) {
    console.warn(`SKIPPED: "${name}" needs the docker CLI, which is not installed here.`);
  }
  describe.skipIf(!hasDocker)(`${name} [oracle: docker CLI]`, fn);
}

export interface DockerRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * Run docker with DOCKER_CONFIG pointing at a fresh directory holding `config.json` (raw text or
 * bytes). `helpers` are stand-in credential helpers put on PATH: name → shell script body.
 */
export function runDocker(
  config: string | Uint8Array,
  args: string[],
  helpers: Record<string, string> = {},
  options: { input?: string; onExit?: (dir: string) => void } = {},
): DockerRun {
  const dir = mkdtempSync(join(tmpdir(), "docker-oracle-"));
  try {
    writeFileSync(join(dir, "config.json"), config);
    const bin = join(dir, "bin");
    const names = Object.keys(helpers);
    if (names.length > 0) {
      spawnSync("mkdir", [bin]);
      for (const name of names) {
        const path = join(bin, `docker-credential-${name}`);
        writeFileSync(path, `#!/bin/sh\n${helpers[name]}\n`);
        chmodSync(path, 0o755);
      }
    }
    const env: NodeJS.ProcessEnv = {
      PATH: names.length > 0 ? `${bin}:${process.env.PATH ?? ""}` : process.env.PATH,
      HOME: dir,
      DOCKER_CONFIG: dir,
      DOCKER_HOST: "unix:///nonexistent",
      LOG_DIR: dir,
    };
    const r = spawnSync("docker", args, { env, input: options.input ?? "", encoding: "utf8", timeout: 20_000 });
    options.onExit?.(dir);
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** docker's reason for not parsing the file (`WARNING: Error parsing config file (PATH): REASON`), or null. */
export function dockerParseError(config: string | Uint8Array): string | null {
  const { stderr } = runDocker(config, ["context", "ls", "--format", "{{.Name}}"]);
  const m = /WARNING: Error parsing config file \([^)]*\): (.*)/.exec(stderr);
  return m ? (m[1] ?? "").trim() : null;
}

/** The user name docker finds for `server` (Docker Hub when omitted), or null when it finds none. */
export function dockerLoginUser(config: string | Uint8Array, server?: string, helpers?: Record<string, string>): string | null {
  const { stdout, stderr } = runDocker(config, server ? ["login", server] : ["login"], helpers);
  const m = /Authenticating with existing credentials\.\.\. \[Username: (.*)\]/.exec(stdout + stderr);
  return m ? (m[1] ?? "") : null;
}

/**
 * A stand-in credential helper: records `ACTION URL` lines in `log` and answers `get` with
 * `username` and a fake secret. Use as a `helpers` value of runDocker.
 */
export function standInHelper(log: string, username = "helperuser"): string {
  return `read url; echo "$1 $url" >> "${log}"; echo '{"ServerURL":"'$url'","Username":"${username}","Secret":"s"}'`;
}

/**
 * A registry stub on 127.0.0.1 that accepts any login (every request answers 200), in a child
 * process so that the synchronous docker runs can reach it. Returns its `host:port` and a stop.
 */
export async function startRegistryStub(): Promise<{ server: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "-e",
      `const s = require("node:http").createServer((q, r) => { r.writeHead(200, { "Docker-Distribution-API-Version": "registry/2.0" }); r.end("{}"); });
       s.listen(0, "127.0.0.1", () => console.log(s.address().port));`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("error", reject);
  });
  return { server: `localhost:${port}`, stop: () => child.kill() };
}

/** `docker login -u USER --password-stdin SERVER`: what docker prints and the config.json it leaves. */
export function dockerLoginWrites(
  config: string,
  server: string,
  username: string,
  password: string,
  helpers: Record<string, string> = {},
): DockerRun & { written: string } {
  let written = "";
  const run = runDocker(config, ["login", "-u", username, "--password-stdin", server], helpers, {
    input: `${password}\n`,
    onExit: (dir) => {
      written = readFileSync(join(dir, "config.json"), "utf8");
    },
  });
  return { ...run, written };
}
