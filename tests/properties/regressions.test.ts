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
