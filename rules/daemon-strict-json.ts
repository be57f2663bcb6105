import { daemonStrictJsonFindings, type DaemonStrictJsonMessageIds } from "../lib/core/checks/daemon-strict-json.js";
import type { DaemonDocument } from "../lib/core/document.js";
import { createRule } from "../lib/eslint/create-rule.js";

const STOPS = 'dockerd does not start ("unable to configure the Docker daemon with file …: {{reason}}")';

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
      byteOrderMark: `A byte order mark: dockerd 24.0 and later skip it, but older ones (20.10, as Debian 12 ships) do not start ("{{reason}}").`,
      comment: `Comments are not JSON: ${STOPS}.`,
      trailingComma: `A trailing comma is not JSON: ${STOPS}.`,
      singleQuotes: `Single-quoted strings are not JSON: ${STOPS}.`,
      unquotedKey: `Unquoted keys are not JSON: ${STOPS}.`,
      invalidString: `This string holds a raw control character or an escape that JSON lacks: ${STOPS}.`,
      invalidValue: `This value is not JSON: ${STOPS}.`,
      invalidWhitespace: `This character is not JSON whitespace: ${STOPS}.`,
      notJson: `This is not JSON: ${STOPS}.`,
      afterValue: 'Text after the JSON value: dockerd 23.0 and later do not start ("invalid JSON: {{reason}}"); 20.10 ignored it.',
      wrongType: '"{{key}}" must be a list of strings: dockerd does not start ("{{reason}}").',
      removeComment: "Remove this comment.",
    },
  },
  kind: "daemon",
  check: daemonStrictJsonFindings,
});
