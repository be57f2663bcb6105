import { registriesConfHelperFindings, type RegistriesConfHelperMessageIds } from "../lib/core/checks/registries-conf-credential-helpers.js";
import type { RegistriesConfDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";

export default createRule<RegistriesConfHelperMessageIds, [], RegistriesConfDocument>({
  name: "registries-conf-credential-helpers",
  meta: {
    type: "problem",
    docs: {
      description: "require `credential-helpers` names that containers/image can run",
      recommended: false,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      helperPrefix: 'Helper "{{value}}": drop "docker-credential-", which containers/image adds.',
      helperPath: 'Helper "{{value}}" is a path: containers/image finds no such program.',
      helperWhitespace: 'Helper "{{value}}" holds whitespace: containers/image finds no such program.',
      emptyHelper: 'Empty helper name: containers/image finds no such program.',
      authFileTypo: 'Helper "{{value}}" is not "containers-auth.json": no auth.json is read.',
      useName: 'Write "{{name}}".',
    },
  },
  kind: "registries-conf",
  check: registriesConfHelperFindings,
});
