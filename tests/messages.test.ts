// Issue 16 item 7: stylish pads every line to the longest message, so a message has to read in an
// 80-column terminal. With typical data, every message of every rule fits in 80 columns, whichever
// client it names; the detail is on the docs page each report links to ("Messages").
import { describe, expect, it } from "vitest";
import { CLIENT_NAME } from "../lib/core/registry.js";
import { rules } from "../lib/rules.js";

// Keys and registries as long as the usual field names and hosts, beside the Hub key; any other
// placeholder gets ten characters, except a byte offset, which has few digits.
const TYPICAL: Record<string, string> = {
  key: "identity_token",
  registry: "reg.example.com:5000",
  canonical: "https://index.docker.io/v1/",
  other: "https://index.docker.io/v1/",
  fields: "auth, password",
  helper: "ecr-login",
  section: "credHelpers",
  offset: "12",
};
const OTHER = "xxxxxxxxxx";

const interpolate = (template: string, data: Record<string, string>): string =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => data[name] ?? OTHER);

const cases = Object.entries(rules).flatMap(([name, rule]) =>
  Object.entries(rule.meta.messages as Record<string, string>)
    .map(([id, template]) => [`${name}/${id}`, template] as const),
);

describe("messages", () => {
  it("covers every rule", () => {
    expect(new Set(cases.map(([id]) => id.split("/")[0]))).toEqual(new Set(Object.keys(rules)));
  });

  describe.each(Object.values(CLIENT_NAME))("with %s", (client) => {
    it.each(cases)("%s fits in 80 columns", (_, template) => {
      expect(interpolate(template, { ...TYPICAL, client }).length).toBeLessThanOrEqual(80);
    });
  });
});
