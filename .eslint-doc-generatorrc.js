/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  ruleDocTitleFormat: "prefix-name",
  ruleListColumns: ["name", "description", "configsError", "configsWarn", "fixable", "hasSuggestions", "options"],
  ruleDocSectionInclude: ["Rule details", "Options", "The fix", "When not to use it"],
  urlConfigs: "https://github.com/eslint-plugin-docker-config/eslint-plugin-docker-config#configs",
  ignoreConfig: ["recommended-no-files"],
  configEmoji: [
    ["containers", "📦"],
    ["buildkit", "🏗️"],
    ["kubernetes", "☸️"],
  ],
  // Every page has an Options section (tests/plugin.test.ts), also for rules without options.
  ruleDocSectionOptions: false,
};
