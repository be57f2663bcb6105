// Skopeo (containers/image) as an oracle for auth.json, offline: `skopeo login --get-login R`
// reads REGISTRY_AUTH_FILE and prints the user name it finds for R, or why the lookup failed.
// Tests that use it are skipped, with a visible message, where `skopeo` is not installed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";

const version = spawnSync("skopeo", ["--version"], { encoding: "utf8" });
export const hasSkopeo = version.status === 0;
/** The installed skopeo's version (`skopeo version 1.9.3` gives "1.9.3"), or "absent". */
export const skopeoVersion = hasSkopeo ? (/version (\S+)/.exec(version.stdout)?.[1] ?? "unknown") : "absent";

/** `describe` that runs only where skopeo is installed, and says so loudly where it is not. */
export function describeWithSkopeo(name: string, fn: () => void): void {
  if (!hasSkopeo) console.warn(`SKIPPED: "${name}" needs skopeo, which is not installed here.`);
  describe.skipIf(!hasSkopeo)(`${name} [oracle: skopeo]`, fn);
}

export interface SkopeoLogin {
  /** The user name skopeo finds for the registry, or null. */
  user: string | null;
  /**
   * containers/image's reason when it cannot read the file (`reading JSON file "…": unmarshaling
   * JSON at "…": REASON` gives REASON), null when it reads it.
   */
  error: string | null;
}

/**
 * What `skopeo login --get-login registry` says with `authJson` as the only auth file; with
 * `legacy`, the text is `~/.dockercfg` instead (no REGISTRY_AUTH_FILE), which containers/image
 * reads last, in the legacy format.
 */
export function skopeoLogin(authJson: string | Uint8Array, registry: string, { legacy = false } = {}): SkopeoLogin {
  const dir = mkdtempSync(join(tmpdir(), "skopeo-oracle-"));
  try {
    const file = join(dir, legacy ? ".dockercfg" : "auth.json");
    writeFileSync(file, authJson);
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, XDG_RUNTIME_DIR: dir, XDG_CONFIG_HOME: dir };
    if (!legacy) env.REGISTRY_AUTH_FILE = file;
    const r = spawnSync("skopeo", ["login", "--get-login", registry], { env, encoding: "utf8", timeout: 20_000 });
    if (r.status === 0) return { user: r.stdout.trim(), error: null };
    // logrus quotes the message: `msg="get credentials: …\n\t* reading JSON file \"…\": unmarshaling JSON at \"…\": REASON\n\n"`.
    const m = /reading JSON file \\"[^"]*\\": unmarshaling JSON at \\"[^"]*\\": (.*?)\\n/.exec(r.stderr);
    return { user: null, error: m ? (m[1] ?? "").replace(/\\(.)/g, "$1") : null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
