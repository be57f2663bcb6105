// Lints the plugin's own source. The example registry files are linted by the README's first
// command, with docker-config-lint.
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
