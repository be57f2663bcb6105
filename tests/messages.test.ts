// Issue 16 item 7: stylish pads every line to the longest message, so a message has to read in a
// terminal. With typical keys, every message of these rules fits in 120 columns; the detail is on
// the docs page each report links to.
import { describe, expect, it } from "vitest";
import { rules } from "../lib/rules.js";

// A key as long as the usual field names and registry hosts, beside the Hub key.
const TYPICAL = {
  key: "identity_token",
  other: "https://index.docker.io/v1/",
  registry: "reg.example.com:5000",
  fields: "auth, password",
  field: "identitytoken",
  helper: "ecr-login",
  section: "credHelpers",
};
// In an auth.json the client's name, containers/image (Podman, Buildah, Skopeo), adds 29 columns.
const client = "the Docker CLI";

const interpolate = (template: string, data: Record<string, string>): string =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => data[name] ?? "");

describe.each(["no-plaintext-credentials", "no-unknown-properties", "no-deprecated-properties", "no-duplicate-registry"] as const)("%s", (name) => {
  it.each(Object.entries(rules[name].meta.messages))("%s fits in 120 columns with typical keys", (_, template) => {
    expect(interpolate(template, { ...TYPICAL, client }).length).toBeLessThanOrEqual(120);
  });
});
