import { registriesConfRegistryFindings, type RegistriesConfRegistryMessageIds } from "../lib/core/checks/registries-conf-valid-registry.js";
import type { RegistriesConfDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";

const FAILS = "Podman, Buildah and Skopeo fail every pull";

export default createRule<RegistriesConfRegistryMessageIds, [], RegistriesConfDocument>({
  name: "registries-conf-valid-registry",
  meta: {
    type: "problem",
    docs: {
      description: "require `[[registry]]` prefixes, locations and mirrors that containers/image accepts and matches",
      recommended: false,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      hubNamespacePrefix:
        'The {{where}} "{{value}}" names the Docker Hub namespace "{{name}}/" ({{name}}/git, …), not the official image "{{name}}", which containers/image names docker.io/library/{{name}}.',
      hubLibraryPrefix:
        'The {{where}} "{{value}}" never matches: containers/image names the official image docker.io/library/{{name}}.',
      wildcardFormat: `The wildcard prefix "{{value}}" may hold no "/", ":" or "@": ${FAILS} ("Wildcarded prefix should be in the format: *.example.com").`,
      wildcardNotLeading:
        'The prefix "{{value}}" has a "*" that is not a leading "*.": containers/image matches it literally, so it never matches an image.',
      wildcardLocation: 'The location "{{value}}" holds a "*": a location is where images are pulled from, never a pattern, so pulls through it fail.',
      noLocation: `This [[registry]] has no location and its prefix "{{value}}" is no "*." wildcard: ${FAILS} ("invalid condition: location is unset and prefix is not in the format: *.example.com").`,
      noLocationOrPrefix: `This [[registry]] has neither location nor prefix: ${FAILS} ("invalid condition: both location and prefix are unset").`,
      mirrorNoLocation: `This [[registry.mirror]] has no location: ${FAILS} ("invalid condition: mirror location is unset").`,
      pullFromMirrorOnRegistry: `"pull-from-mirror" belongs in a [[registry.mirror]]: ${FAILS} ("pull-from-mirror must not be set for a non-mirror registry").`,
      pullFromMirrorValue: `"{{value}}" is not a pull-from-mirror value ("all", "digest-only", "tag-only"): ${FAILS}.`,
      pullFromMirrorWithDigestOnly: `"pull-from-mirror" cannot be combined with the registry's "mirror-by-digest-only": ${FAILS}.`,
      conflictingSetting: `Registry "{{location}}" is defined again with another "{{setting}}": ${FAILS} ("registry '…' is defined multiple times with conflicting '{{setting}}' setting").`,
      invalidSearchEntry: `"{{value}}" is not a host[:port]: ${FAILS} ("Invalid unqualified-search-registries entry").`,
      addLibrary: 'Write "docker.io/library/{{name}}".',
    },
  },
  kind: "registries-conf",
  check: registriesConfRegistryFindings,
});
