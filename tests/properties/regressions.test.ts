// Counterexamples the property suites found, kept by name.
import { describe, expect, it } from "vitest";
import { lint } from "../helpers/lint.js";

describe("regressions from the property suites", () => {
  it("redaction: a two-edit suggestion copied the text between its edits (and a token) into its fix", () => {
    // keepThis used to rename this key and remove the other entry in one suggestion; ESLint merges
    // the two edits into one replacement spanning everything between them, so `--format json`
    // printed the ghcr.io entry's token inside the fix text.
    const secret = "_.&.0=0*";
    const code = `{ "auths": { "https://index.docker.io/v1/": {}, "ghcr.io": { "identitytoken": "${secret}" }, "docker.io": {} } }`;
    const messages = lint(code);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      for (const s of m.suggestions ?? []) expect(s.fix.text).not.toContain(secret);
      expect(m.fix?.text ?? "").not.toContain(secret);
    }
  });
});

describe("regressions: secrets inside keys", () => {
  it("redaction: a URL key's user info (https://user:token@host) is masked in every report", () => {
    const secret = "hunter2token";
    const code = `{ "auths": { "https://bob:${secret}@ghcr.io/v2/": { "auth": 5 }, "https://bob:${secret}@": {} }, "credHelpers": { "https://bob:${secret}@ghcr.io": "docker-credential-x" }, "credsStore": "desktop" }`;
    const messages = lint(code);
    expect(messages.length).toBeGreaterThan(3);
    for (const m of messages) {
      expect(m.message).not.toContain(secret.slice(0, 4));
      for (const s of m.suggestions ?? []) expect(s.desc).not.toContain(secret.slice(0, 4));
    }
    expect(messages.some((m) => m.message.includes("https://***@ghcr.io/v2/"))).toBe(true);
  });

  it("fix safety: a key with user info is never renamed automatically (the rename would delete what the user wrote)", () => {
    const code = '{ "auths": { "https://bob:pw@ghcr.io/v2/": {} }, "credsStore": "desktop" }';
    const key = lint(code).find((m) => m.ruleId === "docker-config/canonical-registry-key");
    expect(key?.fix).toBeUndefined();
    expect(key?.suggestions?.map((s) => s.fix.text)).toEqual(["ghcr.io"]);
  });
});
