// dockerd and Podman as oracles for daemon.json and registries.conf. Debian's docker.io package
// ships dockerd (20.10 in Debian 12) together with an older `docker` client: dockerd is called by
// its absolute path, so that `docker` on PATH stays the CLI the other oracle tests use. Tests that
// need them are skipped, with a visible message, where they are not installed.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";

const DOCKERD = ["/usr/sbin/dockerd", "/usr/bin/dockerd"].find((p) => existsSync(p)) ?? null;

function version(command: string | null, args: string[]): string | null {
  if (command === null) return null;
  const r = spawnSync(command, args, { encoding: "utf8", timeout: 20_000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** `Docker version 20.10.24+dfsg1, build 5d6db84`, or null where dockerd is absent. */
export const dockerdVersion = version(DOCKERD, ["--version"]);
/** The major.minor of dockerd, e.g. 20.10. */
export const dockerdRelease: number | null = (() => {
  const m = /version (\d+)\.(\d+)/.exec(dockerdVersion ?? "");
  return m ? Number(m[1]) + Number(m[2]) / 100 : null;
})();
export const podmanVersion = version("podman", ["--version"]);

function describeWith(tool: string, present: string | null, name: string, fn: () => void): void {
  if (present === null) console.warn(`SKIPPED: "${name}" needs ${tool}, which is not installed here.`);
  describe.skipIf(present === null)(`${name} [oracle: ${present ?? tool}]`, fn);
}

export const describeWithDockerd = (name: string, fn: () => void): void => describeWith("dockerd (Debian: docker.io)", dockerdVersion, name, fn);
export const describeWithPodman = (name: string, fn: () => void): void => describeWith("podman", podmanVersion, name, fn);

function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "daemon-oracle-"));
  chmodSync(dir, 0o755);
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What dockerd makes of a daemon.json: `ok` when it accepts the file, else its reason (the text
 * after `unable to configure the Docker daemon with file …: `). dockerd 23.0 and later have
 * `--validate`; older ones are started as an unprivileged user, so that they read and check the
 * file and then stop at "dockerd needs to be started with root", before they touch anything.
 */
export function dockerdVerdict(text: string | Uint8Array): string {
  return withTempDir((dir) => {
    const file = join(dir, "daemon.json");
    writeFileSync(file, text);
    chmodSync(file, 0o644);
    const validate = (dockerdRelease ?? 0) >= 23;
    const args = validate ? ["--validate", "--config-file", file] : ["--config-file", file];
    const asRoot = process.getuid?.() === 0;
    const [command, argv] = asRoot && !validate
      ? ["setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", DOCKERD as string, ...args]]
      : [DOCKERD as string, args];
    const env = { PATH: "/usr/sbin:/usr/bin:/sbin:/bin", HOME: dir };
    const r = spawnSync(command, argv, { encoding: "utf8", timeout: 30_000, env });
    const out = `${r.stdout}\n${r.stderr}`;
    if (/configuration OK|needs to be started with root/.test(out)) return "ok";
    const m = /unable to configure the Docker daemon with file [^:]*: (.*)/.exec(out);
    if (m) return (m[1] ?? "").trim().replace(/^invalid JSON: /, "");
    throw new Error(`no verdict from dockerd: ${out.slice(0, 500)}`);
  });
}

/**
 * What Podman makes of a registries.conf: `{ ok: true, registries }` with `podman info`'s view of
 * it (search registries and each registry), or `{ ok: false, error }` with the reason it fails.
 */
export function podmanVerdict(text: string): { ok: true; registries: unknown } | { ok: false; error: string } {
  return withTempDir((dir) => {
    const file = join(dir, "registries.conf");
    writeFileSync(file, text);
    const env = { PATH: "/usr/sbin:/usr/bin:/sbin:/bin", HOME: dir, CONTAINERS_REGISTRIES_CONF: file, XDG_CONFIG_HOME: dir };
    const r = spawnSync("podman", ["info", "--format", "{{json .Registries}}"], { encoding: "utf8", timeout: 60_000, env });
    if (r.status === 0) return { ok: true, registries: normalise(JSON.parse(r.stdout)) };
    const m = /loading registries configuration "[^"]*": (.*)/.exec(r.stderr);
    if (m) return { ok: false, error: (m[1] ?? "").trim() };
    throw new Error(`no verdict from podman: ${r.stderr.slice(0, 500)}`);
  });
}

/** ConvertToV2 leaves `Mirrors: []` where a v2 file decodes to null: the same configuration. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "Mirrors" && Array.isArray(v) && v.length === 0 ? null : normalise(v)]));
  }
  return value;
}
