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
      scheme:
        'Insecure registry "{{entry}}" has a scheme: dockerd removes "{{scheme}}://" with a warning ("insecure registry … should not contain \'{{scheme}}\'"). Write the host only.',
      otherScheme: 'Insecure registry "{{entry}}" has a scheme other than http(s): dockerd does not start ("insecure registry … should not contain \'://\'").',
      hyphen: 'Insecure registry "{{entry}}" begins or ends with a hyphen: dockerd does not start ("invalid index name … Cannot begin or end with a hyphen").',
      path: 'Insecure registry "{{entry}}" has a path: dockerd does not start ("insecure registry … is not valid: invalid host"). Write host[:port]; insecure access applies to the whole registry.',
      invalidHost: 'Insecure registry "{{entry}}" is not a host[:port] or a CIDR: dockerd does not start ("insecure registry … is not valid: invalid host").',
      invalidPort: 'Insecure registry "{{entry}}" has an invalid port: dockerd does not start ("insecure registry … is not valid").',
    },
  },
  kind: "daemon",
  check: daemonInsecureFindings,
});
