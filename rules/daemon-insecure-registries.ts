import { daemonInsecureFindings, type DaemonInsecureMessageIds } from "../lib/core/checks/daemon-insecure-registries.js";
import type { DaemonDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";

export default createRule<DaemonInsecureMessageIds, [], DaemonDocument>({
  name: "daemon-insecure-registries",
  meta: {
    type: "problem",
    docs: {
      description: "require `insecure-registries` entries that dockerd accepts: a host[:port] or a CIDR, without scheme or path",
      recommended: true,
    },
    fixable: "code",
    schema: [],
    defaultOptions: [],
    messages: {
      scheme: 'Insecure registry "{{entry}}": dockerd strips "{{scheme}}://" with a warning.',
      otherScheme: 'Insecure registry "{{entry}}" has a scheme: dockerd does not start.',
      hyphen: 'Insecure registry "{{entry}}" begins or ends with "-": dockerd does not start.',
      path: 'Insecure registry "{{entry}}" has a path: dockerd does not start.',
      invalidHost: 'Insecure registry "{{entry}}" is no host or CIDR: dockerd does not start.',
      invalidPort: 'Insecure registry "{{entry}}" has an invalid port: dockerd does not start.',
    },
  },
  kind: "daemon",
  check: daemonInsecureFindings,
});
