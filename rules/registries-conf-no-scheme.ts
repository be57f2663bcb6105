import { registriesConfSchemeFindings, type RegistriesConfSchemeMessageIds } from "../lib/core/checks/registries-conf-no-scheme.js";
import type { RegistriesConfDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";

export default createRule<RegistriesConfSchemeMessageIds, [], RegistriesConfDocument>({
  name: "registries-conf-no-scheme",
  meta: {
    type: "problem",
    docs: {
      description: "disallow `http://` and `https://` in registries.conf locations, prefixes and search registries",
      recommended: false,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      scheme: 'This {{where}} has "{{scheme}}://": every pull fails; write host[:port][/path].',
      httpScheme: 'This {{where}} has "http://": every pull fails; drop it, set `insecure = true`.',
      stripScheme: 'Remove "{{scheme}}://".',
      stripAndInsecure: 'Remove "http://" and set `insecure = true` (HTTP, or unverified TLS).',
    },
  },
  kind: "registries-conf",
  check: registriesConfSchemeFindings,
});
