// The plugin entry, its configs, and the promise that every rule has a docs page, a test file and
// a README row.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import plugin from "../lib/index.js";
import { rules } from "../lib/rules.js";

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const pkg = JSON.parse(read("package.json")) as { name: string; version: string };
const names = Object.keys(rules);

describe("plugin", () => {
  it("carries the package's name and version", () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: "docker-config" });
  });

  it("recommended applies the parser, the plugin and every recommended rule to credential files", () => {
    const config = plugin.configs.recommended;
    expect(config.name).toBe("docker-config/recommended");
    expect(config.files).toEqual(["**/config.json", "**/auth.json", "**/.dockercfg", "**/.dockerconfigjson", "**/daemon.json"]);
    expect(config.plugins?.["docker-config"]).toBe(plugin);
    const expected = Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => rule.meta.docs.recommended)
        .map(([name, rule]) => [`docker-config/${name}`, rule.meta.type === "problem" ? "error" : "warn"]),
    );
    expect(config.rules).toEqual(expected);
  });

  it("recommended-no-files is recommended without files", () => {
    const { files, name, ...rest } = plugin.configs.recommended;
    expect(files).toBeDefined();
    expect(name).toBe("docker-config/recommended");
    expect(plugin.configs["recommended-no-files"]).toEqual({ ...rest, name: "docker-config/recommended-no-files" });
  });
});

describe.each(names)("rule %s", (name) => {
  const rule = rules[name as keyof typeof rules];
  it("has its name and a docs URL to its page", () => {
    expect(rule.name).toBe(name);
    expect(rule.meta.docs.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
  });
  it("has a docs page with examples, options and the fix", () => {
    const page = read(`docs/rules/${name}.md`);
    expect(page).toMatch(new RegExp(`^# docker-config/${name}\\n`));
    for (const section of ["## Options", "## When not to use it"]) expect(page).toContain(section);
    expect(page).toMatch(/\*\*incorrect\*\*/);
    expect(page).toMatch(/\*\*correct\*\*/);
    if (rule.meta.fixable || rule.meta.hasSuggestions) expect(page).toContain("## The fix");
  });
  it("has a test file", () => {
    expect(existsSync(new URL(`./${name}.test.ts`, import.meta.url))).toBe(true);
  });
  it("has a row in the README's rule table", () => {
    expect(read("README.md")).toContain(`| [${name}](docs/rules/${name}.md)`);
  });
});
