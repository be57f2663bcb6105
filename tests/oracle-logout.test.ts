// What `docker logout HOST` removes and leaves behind, as docs/rules/no-legacy-registry-key.md
// states it: exactly HOST, http://HOST and https://HOST (docker/cli cli/command/registry/logout.go,
// runLogout); a key with any path after the host stays, credentials and all. A throwaway
// DOCKER_CONFIG, no credential helper: the keys left are read back from config.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { describeWithDocker, runDocker } from "./helpers/docker.js";

const auth = Buffer.from("alice:not-a-real-password").toString("base64");

/** The `auths` keys left after `docker logout ...args`, and what docker printed. */
function logout(keys: string[], args: string[]): { left: string[]; out: string; status: number | null } {
  const config = JSON.stringify({ auths: Object.fromEntries(keys.map((k) => [k, { auth }])) }, null, "\t");
  let left: string[] = [];
  const r = runDocker(config, ["logout", ...args], {}, {
    onExit: (dir) => {
      left = Object.keys((JSON.parse(readFileSync(join(dir, "config.json"), "utf8")) as { auths: object }).auths);
    },
  });
  return { left, out: r.stdout + r.stderr, status: r.status };
}

const HOST_FORMS = ["reg.example.com", "http://reg.example.com", "https://reg.example.com"];
const WITH_PATH = ["https://reg.example.com/v2/", "https://reg.example.com/", "reg.example.com/v2/"];

describeWithDocker("docker logout HOST", () => {
  it("removes the host, http://host and https://host; every key with a path stays", () => {
    const r = logout([...HOST_FORMS, ...WITH_PATH, "ghcr.io"], ["reg.example.com"]);
    expect(r.status).toBe(0);
    expect(r.out).toContain("Removing login credentials for reg.example.com");
    expect(r.left.sort()).toEqual([...WITH_PATH, "ghcr.io"].sort());
  });

  it("a key with a path alone: left behind, though docker says it removed the login", () => {
    const r = logout(WITH_PATH, ["reg.example.com"]);
    expect(r.out).toContain("Removing login credentials for reg.example.com");
    expect(r.left.sort()).toEqual([...WITH_PATH].sort());
  });

  it("with a port: http://host:5000/v1/ stays, https://host:8443 goes with its own port", () => {
    expect(logout(["http://reg.example.com:5000/v1/"], ["reg.example.com:5000"]).left).toEqual(["http://reg.example.com:5000/v1/"]);
    expect(logout(["https://reg.example.com:8443"], ["reg.example.com:8443"]).left).toEqual([]);
    expect(logout(["https://registry.gitlab.com"], ["registry.gitlab.com"]).left).toEqual([]);
  });

  it("only the key exactly as written removes a key with a path", () => {
    expect(logout(["https://reg.example.com/v2/", "reg.example.com/v2/"], ["https://reg.example.com/v2/"]).left).toEqual(["reg.example.com/v2/"]);
  });
});
