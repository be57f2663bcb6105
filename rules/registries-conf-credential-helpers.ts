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
      helperPrefix: 'Helper "{{value}}" makes containers/image run "{{program}}", a program that does not exist: write the name without "docker-credential-".',
      helperPath: 'Helper "{{value}}" is a path: containers/image runs "{{program}}", a program that does not exist. Put the helper on PATH as "docker-credential-NAME" and write only NAME.',
      helperWhitespace: 'Helper "{{value}}" holds whitespace or control characters: containers/image runs "{{program}}", a program that does not exist.',
      emptyHelper: 'An empty helper name: containers/image runs "docker-credential-", a program that does not exist.',
      authFileTypo:
        'Helper "{{value}}" is not "containers-auth.json", the name for the auth files: containers/image runs "{{program}}" instead, and reads no auth.json.',
      useName: 'Write "{{name}}".',
    },
  },
  kind: "registries-conf",
  check: registriesConfHelperFindings,
});
