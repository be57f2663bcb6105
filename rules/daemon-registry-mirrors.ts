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
      noScheme: 'Mirror "{{mirror}}" has no scheme: dockerd does not start.',
      unsupportedScheme: 'Mirror "{{mirror}}" uses "{{scheme}}", not http(s): dockerd does not start.',
      userinfo: 'Mirror "{{mirror}}" holds a user name or password: dockerd does not start.',
      queryOrFragment: 'Mirror "{{mirror}}" has a query or fragment: dockerd does not start.',
      invalidUri: 'Mirror "{{mirror}}" is not a valid URL: dockerd does not start.',
      hubOnly: 'Mirror "{{mirror}}" serves Docker Hub pulls only, not {{registry}}.',
      addHttps: 'Write "https://{{mirror}}".',
      addHttp: 'Write "http://{{mirror}}" (a mirror without TLS).',
      removeUserinfo: 'Remove the user info: mirrors get the credentials of `docker login`.',
    },
  },
  kind: "daemon",
  check: daemonMirrorFindings,
});
