// Counterexamples the property suites found, kept by name.
import { describe, expect, it } from "vitest";
import { describeWithDocker, dockerLoginUser } from "../helpers/docker.js";
import { fix, lint } from "../helpers/lint.js";

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

// differential-docker, seed -609528095: docker takes the host of a "scheme://" key from url.Parse,
// which drops user info, query and fragment; the plugin cut only at "/", judged the key as meant
// for "user@reg.example.com:5000" and autofixed it to that key, which docker never finds.
const urlKeys = ["https://user@reg.example.com:5000", "https://user:pw@reg.example.com:5000/v2/", "https://reg.example.com:5000?x=1", "https://reg.example.com:5000#top"];
const auth = Buffer.from("user0:pw").toString("base64");

describe("regressions from the differential suite", () => {
  it.each(urlKeys)("%s: a legacy form of reg.example.com:5000, renamed by a suggestion only", (key) => {
    const code = JSON.stringify({ auths: { [key]: { auth } } });
    const [m, ...rest] = lint(code).filter((x) => x.ruleId === "docker-config/canonical-registry-key");
    expect(rest).toEqual([]);
    expect(m?.messageId).toBe("legacyKeyForm");
    expect(m?.fix).toBeUndefined();
    expect(m?.suggestions?.map((s) => s.fix.text)).toEqual(["reg.example.com:5000"]);
    expect(fix(code).output).toBe(code);
  });
});

describeWithDocker("regressions from the differential suite", () => {
  it.each(urlKeys)("%s: docker finds it for reg.example.com:5000, and after --fix still does", (key) => {
    const code = JSON.stringify({ auths: { [key]: { auth } } });
    expect(dockerLoginUser(code, "reg.example.com:5000")).toBe("user0");
    expect(dockerLoginUser(fix(code).output, "reg.example.com:5000")).toBe("user0");
  });
});
