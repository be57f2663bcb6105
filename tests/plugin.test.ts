// The plugin entry, its configs, and the promise that every rule has a docs page, a test file and
// a README row.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import plugin, { configs, type RuleName as PublicRuleName, type RuleOptions, type RulesConfig } from "../lib/index.js";
import { type RuleName, rules } from "../lib/rules.js";

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const pkg = JSON.parse(read("package.json")) as { name: string; version: string };
const names = Object.keys(rules);

describe("plugin", () => {
  it("carries the package's name and version", () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: "docker-config" });
  });

  it("recommended applies the language, the parser, the plugin and every recommended rule to credential files", () => {
    const config = plugin.configs.recommended;
    expect(config.name).toBe("docker-config/recommended");
    expect(config.files).toEqual(["**/config.json", "**/auth.json", "**/.dockercfg", "**/.dockerconfigjson", "**/daemon.json"]);
    expect(config.plugins?.["docker-config"]).toBe(plugin);
    expect(config.language).toBe("@/js");
    expect((config.languageOptions?.parser as { meta?: { name?: string } } | undefined)?.meta?.name).toBe("eslint-plugin-docker-config/json-parser");
    const expected = Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => rule.meta.docs.recommended)
        .map(([name, rule]) => [`docker-config/${name}`, rule.meta.type === "problem" ? "error" : "warn"]),
    );
    const own = Object.entries(config.rules ?? {}).filter(([id]) => id.startsWith("docker-config/"));
    expect(Object.fromEntries(own)).toEqual(expected);
  });

  it("a key the client does not find is an error, a legacy form it finds a warning, in every config that judges keys (issue 13)", () => {
    for (const name of ["recommended", "recommended-no-files", "kubernetes"] as const) {
      const own = plugin.configs[name].rules ?? {};
      expect([own["docker-config/canonical-registry-key"], own["docker-config/no-legacy-registry-key"]], name).toEqual(["error", "warn"]);
    }
    for (const name of ["containers", "buildkit"] as const) {
      const own = plugin.configs[name].rules ?? {};
      expect([own["docker-config/canonical-registry-key"], own["docker-config/no-legacy-registry-key"]], name).toEqual([undefined, undefined]);
    }
  });

  it("recommended turns off @eslint/json's rules and jsonc's syntax rules, and nothing else", () => {
    const others = Object.entries(plugin.configs.recommended.rules ?? {}).filter(([id]) => !id.startsWith("docker-config/"));
    expect(Object.fromEntries(others)).toEqual({
      ...Object.fromEntries(
        ["no-duplicate-keys", "no-empty-keys", "no-unnormalized-keys", "no-unsafe-values", "sort-keys", "top-level-interop"].map((r) => [`json/${r}`, "off"]),
      ),
      ...Object.fromEntries(
        [
          "comma-dangle", "no-bigint-literals", "no-binary-expression", "no-binary-numeric-literals", "no-comments",
          "no-escape-sequence-in-identifier", "no-floating-decimal", "no-hexadecimal-numeric-literals", "no-infinity",
          "no-irregular-whitespace", "no-multi-str", "no-nan", "no-number-props", "no-numeric-separators",
          "no-octal-numeric-literals", "no-octal", "no-plus-sign", "no-regexp-literals", "no-sparse-arrays",
          "no-template-literals", "no-undefined-value", "no-unicode-codepoint-escapes", "no-useless-escape", "quote-props",
          "quotes", "space-unary-ops", "valid-json-number",
        ].map((r) => [`jsonc/${r}`, "off"]),
      ),
    });
  });

  it("recommended-no-files is recommended without files", () => {
    const { files, name, ...rest } = plugin.configs.recommended;
    expect(files).toBeDefined();
    expect(name).toBe("docker-config/recommended");
    expect(plugin.configs["recommended-no-files"]).toEqual({ ...rest, name: "docker-config/recommended-no-files" });
  });
});

// The published types, checked by `tsc` (npm run typecheck), not at run time.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type OptionsOf<R> = R extends { defaultOptions?: infer O }
  ? Exclude<O, undefined> extends readonly [infer First, ...unknown[]]
    ? First
    : never
  : never;
// Every rule, and each one's options exactly as the rule declares them.
const sameNames: Equal<PublicRuleName, RuleName> = true;
const sameOptions: Equal<RuleOptions, { [R in RuleName]: OptionsOf<(typeof rules)[R]> }> = true;

describe("types", () => {
  it("name the configs and rules exactly", () => {
    expect([sameNames, sameOptions]).toEqual([true, true]);
    // @ts-expect-error a misspelt config is a type error
    expect(configs.recomended).toBeUndefined();
    // @ts-expect-error with brackets too
    expect(plugin.configs["recomended"]).toBeUndefined();
    // @ts-expect-error and so is a misspelt rule
    expect(plugin.rules["valid-auht"]).toBeUndefined();
    const typed = {
      "docker-config/no-plaintext-credentials": ["warn", { allowRegistries: ["localhost:5000"] }],
      "docker-config/strict-json": "error",
      // @ts-expect-error an option the rule does not have
      "docker-config/valid-auth": ["error", { allowRegistries: [] }],
    } satisfies RulesConfig;
    expect(Object.keys(typed)).toHaveLength(3);
  });
});

describe.each(names)("rule %s", (name) => {
  const rule = rules[name as keyof typeof rules];
  it("has its name and a docs URL to its page", () => {
    expect(rule.name).toBe(name);
    expect(rule.meta.docs.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
  });
  it("declares the languages that give it jsonc-eslint-parser's AST: ESLint's JavaScript language and eslint-plugin-jsonc's", () => {
    expect((rule.meta as { languages?: unknown }).languages).toEqual(["js/js", "jsonc/json", "jsonc/jsonc", "jsonc/json5", "jsonc/x"]);
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
