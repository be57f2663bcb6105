import { daemonStrictJsonFindings, type DaemonStrictJsonMessageIds } from "../lib/core/checks/daemon-strict-json.js";
import type { DaemonDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";


export default createRule<DaemonStrictJsonMessageIds, [], DaemonDocument>({
  name: "daemon-strict-json",
  meta: {
    type: "problem",
    docs: {
      description: "require daemon.json in the strict JSON that dockerd decodes, with registry lists of strings",
      recommended: true,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      byteOrderMark: 'A byte order mark: dockerd before 24.0 does not start.',
      comment: 'Comments are not JSON: dockerd does not start.',
      trailingComma: 'A trailing comma is not JSON: dockerd does not start.',
      singleQuotes: 'Single-quoted strings are not JSON: dockerd does not start.',
      unquotedKey: 'Unquoted keys are not JSON: dockerd does not start.',
      invalidString: 'A raw control character or bad escape in a string: dockerd does not start.',
      invalidValue: 'This value is not JSON: dockerd does not start ("{{reason}}").',
      invalidWhitespace: 'This character is not JSON whitespace: dockerd does not start.',
      notJson: 'This is not JSON: dockerd does not start ("{{reason}}").',
      afterValue: 'Text after the JSON value: dockerd 23.0 and later do not start.',
      wrongType: '"{{key}}" must be a list of strings: dockerd does not start.',
      removeComment: "Remove this comment.",
    },
  },
  kind: "daemon",
  check: daemonStrictJsonFindings,
});
