import { registriesConfV2Findings, type RegistriesConfV2MessageIds } from "../lib/core/checks/registries-conf-v2.js";
import type { RegistriesConfDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";

export default createRule<RegistriesConfV2MessageIds, [], RegistriesConfDocument>({
  name: "registries-conf-v2",
  meta: {
    type: "problem",
    docs: {
      description: "require the v2 format of registries.conf, which every containers/image version reads",
      recommended: false,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      v1Format: '[{{table}}] is the v1 format: Podman 6 (containers/image 5.40) refuses it.',
      v1InDropIn: '[{{table}}] is the v1 format, not allowed in a drop-in: every pull fails.',
      mixedFormats: '[{{table}}] is the v1 format, in a file with v2 settings: every pull fails.',
      convertToV2: "Rewrite the v1 tables as v2 settings (the comments among them are lost).",
    },
  },
  kind: "registries-conf",
  check: registriesConfV2Findings,
});
