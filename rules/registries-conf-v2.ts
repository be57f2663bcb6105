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
      v1Format:
        '[{{table}}] is the v1 format: containers/image 5.40 and later (Podman 6) refuse the file ("registries.conf must be in v2 format but is in v1"); older versions still convert it.',
      v1InDropIn:
        '[{{table}}] is the v1 format, which a registries.conf.d drop-in may not use: Podman, Buildah and Skopeo fail every pull ("registry must be in v2 format but is in v1").',
      mixedFormats:
        '[{{table}}] is the v1 format in a file with v2 settings: Podman, Buildah and Skopeo fail every pull ("mixing sysregistry v1/v2 is not supported"). Move its registries to v2 settings.',
      convertToV2: "Rewrite the v1 tables as v2 settings (the comments among them are lost).",
    },
  },
  kind: "registries-conf",
  check: registriesConfV2Findings,
});
