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
      scheme:
        'This {{where}} has "{{scheme}}://": Podman, Buildah and Skopeo fail every pull ("invalid location \'…\': URI schemes are not supported"). Write host[:port][/path]; TLS is the default.',
      httpScheme:
        'This {{where}} has "http://": Podman, Buildah and Skopeo fail every pull ("invalid location \'…\': URI schemes are not supported"). Write host[:port][/path], and `insecure = true` where the registry speaks plain HTTP.',
      stripScheme: 'Remove "{{scheme}}://".',
      stripAndInsecure: 'Remove "http://" and set `insecure = true` (plain HTTP, or TLS without verification).',
    },
  },
  kind: "registries-conf",
  check: registriesConfSchemeFindings,
});
