import { registriesConfRegistryFindings, type RegistriesConfRegistryMessageIds } from "../lib/core/checks/registries-conf-valid-registry.js";
import type { RegistriesConfDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";


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
      hubNamespacePrefix: '"{{value}}" is the Docker Hub namespace "{{name}}/", not the official image.',
      hubLibraryPrefix: 'The {{where}} "{{value}}" never matches: write docker.io/library/{{name}}.',
      wildcardFormat: 'The wildcard prefix "{{value}}" holds "/", ":" or "@": every pull fails.',
      wildcardNotLeading: 'The prefix "{{value}}" has a "*" not in a leading "*.": it never matches.',
      wildcardLocation: 'The location "{{value}}" holds a "*": pulls through it fail.',
      noLocation: 'No location, and prefix "{{value}}" is no "*." wildcard: every pull fails.',
      noLocationOrPrefix: 'This [[registry]] has neither location nor prefix: every pull fails.',
      mirrorNoLocation: 'This [[registry.mirror]] has no location: every pull fails.',
      pullFromMirrorOnRegistry: '"pull-from-mirror" belongs in a [[registry.mirror]]: every pull fails.',
      pullFromMirrorValue: '"{{value}}" is not "all", "digest-only" or "tag-only": every pull fails.',
      pullFromMirrorWithDigestOnly: '"pull-from-mirror" with "mirror-by-digest-only": every pull fails.',
      conflictingSetting: '"{{location}}" is defined again with another "{{setting}}": every pull fails.',
      invalidSearchEntry: '"{{value}}" is not a host[:port]: every pull fails.',
      addLibrary: 'Write "docker.io/library/{{name}}".',
    },
  },
  kind: "registries-conf",
  check: registriesConfRegistryFindings,
});
