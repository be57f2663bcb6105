// Lints the plugin's own source. The example registry files are linted by the README's first
// command, with docker-config-lint.
//
// Imports point one way: lib/core (pure client facts and checks) ← lib/eslint (the adapter and
// hosts) ← rules ← the plugin entry (lib/index.ts, lib/rules.ts) ← lib/cli. Each layer below lists
// what it must not import; tests/layers.test.ts proves that a wrong import fails `npm run lint`.
import eslintPlugin from "eslint-plugin-eslint-plugin";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "examples/", "bench/corpus/", "bench/.work/", "coverage/", "node_modules/"] },
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  ...layers(),
  {
    files: ["rules/**/*.ts"],
    ...eslintPlugin.configs["rules-recommended"],
    rules: {
      ...eslintPlugin.configs["rules-recommended"].rules,
      "eslint-plugin/require-meta-docs-description": ["error", { pattern: "^(require|disallow|enforce)" }],
      "eslint-plugin/require-meta-default-options": "error",
      "eslint-plugin/require-meta-schema-description": "error",
      "eslint-plugin/require-meta-has-suggestions": "error",
      "eslint-plugin/no-meta-schema-default": "error",
      "eslint-plugin/prefer-placeholders": "error",
      "eslint-plugin/require-meta-docs-recommended": "error",
    },
  },
  {
    files: ["tests/**/*.test.ts"],
    ...eslintPlugin.configs["tests-recommended"],
    rules: {
      ...eslintPlugin.configs["tests-recommended"].rules,
      "eslint-plugin/require-test-case-name": ["error", { require: "objects-with-config" }],
      "eslint-plugin/unique-test-case-names": "error",
      "eslint-plugin/test-case-shorthand-strings": "off",
    },
  },
);

/** One `no-restricted-imports` block per layer: what sits above it is out of reach. */
function layers() {
  const above = {
    entry: ["**/cli/**", "**/cli.js"],
    // The plugin entry, as each layer's relative imports spell it.
    rules: ["**/lib/index.js", "**/lib/rules.js", "../index.js", "../rules.js", "../../index.js", "../../rules.js"],
    eslint: ["**/rules/**"],
    core: ["**/eslint/**", "eslint", "eslint/*", "@typescript-eslint/*", "node:fs", "node:fs/*", "node:child_process", "node:process", "fs", "child_process"],
  };
  const layer = (files, groups, message) => ({
    files,
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: groups.flat(), message }] }] },
  });
  return [
    layer(["lib/index.ts", "lib/rules.ts", "lib/meta.ts"], [above.entry], "The plugin entry does not import the command-line tool."),
    layer(["rules/**/*.ts"], [above.entry, above.rules], "A rule imports only lib/core and lib/eslint."),
    layer(["lib/eslint/**/*.ts"], [above.entry, above.rules, above.eslint], "The ESLint adapter imports only lib/core."),
    {
      ...layer(["lib/core/**/*.ts"], [above.entry, above.rules, above.eslint, above.core], "lib/core is pure: no ESLint, no fs, nothing above it."),
      languageOptions: { globals: {} },
    },
    { files: ["lib/core/**/*.ts"], rules: { "no-restricted-globals": ["error", { name: "process", message: "lib/core is pure: no process." }] } },
  ];
}
