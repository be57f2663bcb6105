import { daemonMirrorFindings, type DaemonMirrorMessageIds } from "../lib/core/checks/daemon-registry-mirrors.js";
import type { DaemonDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";

export default createRule<DaemonMirrorMessageIds, [], DaemonDocument>({
  name: "daemon-registry-mirrors",
  meta: {
    type: "problem",
    docs: {
      description: "require `registry-mirrors` entries that dockerd accepts: http(s) URLs without user info, for Docker Hub",
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      noScheme:
        'Mirror "{{mirror}}" has no scheme: dockerd does not start ("invalid mirror: no scheme specified for …: must use either \'https://\' or \'http://\'").',
      unsupportedScheme:
        'Mirror "{{mirror}}" uses the scheme "{{scheme}}": dockerd does not start ("invalid mirror: unsupported scheme …: must use either \'https://\' or \'http://\'").',
      userinfo:
        'Mirror "{{mirror}}" carries a user name or password: dockerd does not start ("invalid mirror: username/password not allowed in URI"), and the file exposes the credential.',
      queryOrFragment: 'Mirror "{{mirror}}" has a query or fragment: dockerd does not start ("invalid mirror: query or fragment at end of the URI").',
      invalidUri: 'Mirror "{{mirror}}" is not a valid URL: dockerd does not start ("invalid mirror: … is not a valid URI").',
      hubOnly:
        'Mirror "{{mirror}}" looks meant for {{registry}}, but dockerd uses registry mirrors for Docker Hub images only: pulls from {{registry}} never go through it, and Docker Hub pulls try it first.',
      addHttps: 'Write "https://{{mirror}}".',
      addHttp: 'Write "http://{{mirror}}" (a mirror without TLS).',
      removeUserinfo: "Remove the user info from the URL; dockerd authenticates to mirrors with the credentials of `docker login`.",
    },
  },
  kind: "daemon",
  check: daemonMirrorFindings,
});
