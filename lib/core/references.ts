// References a CI system or template engine substitutes before a file is read: GitLab/CircleCI
// `$VAR`, shell `${VAR}` and `${VAR:-default}`, Azure `$(var)`, GitHub `${{ … }}`, Helm `{{ … }}`
// (../shared/spec/adjacent.md §10.5). A value made of them is not a credential stored in the file.
const REFERENCE = String.raw`\$\{\{[^{}]*\}\}|\{\{[^{}]*\}\}|\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?+=-][^{}]*)?\}|\$\([A-Za-z_][A-Za-z0-9_.]*\)|\$[A-Za-z_][A-Za-z0-9_]*`;
const REFERENCES = new RegExp(REFERENCE, "g");
const ONE_REFERENCE = new RegExp(String.raw`^\s*(?:${REFERENCE})\s*$`);

/** Whether the whole value is one reference (`$AUTH`, `{{ .Values.auth | b64enc }}`). */
export function isReference(value: string): boolean {
  return ONE_REFERENCE.test(value);
}

/** Whether a value is only references and the `:` between user and password (`${USER}:${PASS}`). */
export function isPlaceholder(value: string): boolean {
  const rest = value.replace(REFERENCES, "");
  return rest !== value && /^:*$/.test(rest);
}
