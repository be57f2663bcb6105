// lib/core/placeholders.ts: what templates write where a credential goes, and the promise that a
// real token is never taken for one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlaceholderValue } from "../lib/core/placeholders.js";
import { fcParams } from "./helpers/lint.js";

const b64 = (s: string): string => Buffer.from(s).toString("base64");

describe("isPlaceholderValue", () => {
  it.each([
    "<DOCKER_AUTH>",
    "<your-password>",
    "<base64 of user:password>",
    "your_auth",
    "MY_TOKEN",
    "BASE_64_BASIC_AUTH_CREDENTIALS",
    "REGISTRY_PASSWORD",
    "DOCKER_HUB_TOKEN",
    "GITLAB_DEPLOY_TOKEN",
    "your-registry-password",
    "YOUR API KEY",
    " my_token ",
  ])("%j is a placeholder", (value) => {
    expect(isPlaceholderValue(value)).toBe(true);
  });

  it.each([
    // Real credentials, in the shapes registries issue them (fakes of the right shape).
    ["a GitHub token", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"],
    ["a GitLab token", "glpat-9Fq2xZrT4mLw8KcV1bNh"],
    ["a Docker Hub token", "dckr_pat_2nV8sK4q9Xv7cJm1LpZ0aRtYbWe"],
    ["a lower-case token with a credential word", "dckr_pat_token_k3j4h5g6f7d8s9a0"],
    ["a Quay robot token", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123"],
    ["an auth value", b64("user:password")],
    ["an auth value of a placeholder-looking password", b64("ci:MY_TOKEN")],
    ["a JWT", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"],
    ["a word that is no template word", "HUNTER2_PASSWORD"],
    ["a template word missing", "MY_PASSWORD_IS_SWORDFISH"],
    ["no credential word", "YOUR_REGISTRY"],
    ["one word", "PASSWORD"],
    ["mixed case", "My_Token"],
    ["a password with a space", "correct horse battery staple"],
    ["empty", ""],
    ["angle brackets around a token", "<ghp_16C7e42F292c6912E7710c838347Ae178B4a"],
  ])("%s is not a placeholder", (_, value) => {
    expect(isPlaceholderValue(value)).toBe(false);
  });

  it("a token with a random part is never a placeholder, whatever words surround it", () => {
    const words = fc.array(fc.constantFrom("MY", "YOUR", "TOKEN", "AUTH", "PASSWORD", "my", "your", "token", "auth", "password"), { maxLength: 3 });
    const random = fc.stringMatching(/^[A-Za-z0-9]{12,40}$/).filter((s) => /\d/.test(s));
    fc.assert(
      fc.property(words, random, words, fc.constantFrom("_", "-", " "), (before, token, after, sep) => {
        expect(isPlaceholderValue([...before, token, ...after].join(sep))).toBe(false);
        expect(isPlaceholderValue(b64(`user:${token}`))).toBe(false);
      }),
      fcParams(500),
    );
  });
});
