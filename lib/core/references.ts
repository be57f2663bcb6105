// References a CI system or template engine substitutes before a file is read: GitLab/CircleCI
// `$VAR`, shell `${VAR}` and `${VAR:-default}`, Azure `$(var)`, GitHub `${{ … }}`, Helm `{{ … }}`
// (each system's own variable syntax). A value made of them is not a credential stored in the file.
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

// Placeholders as templates and docs write them in place of a credential. Every shape holds a
// character base64 lacks (`<`, `>`, `_`, `-`) or is a word whose base64 decoding is binary, so a
// real `auth` (the base64 of `user:password`) never matches; tokens (random mixed-case letters
// and digits, `ghp_…`, `glpat-…`, `dckr_pat_…`, hex, base32) never match either.
const MAX_PLACEHOLDER = 64;
/** `<DOCKER_AUTH>`, `<base64 of user:password>`, `<your token>`. */
const ANGLE = /^<[A-Za-z][A-Za-z0-9 _.:/@-]*>$/;
/**
 * `MY_TOKEN`, `REGISTRY_PASSWORD`, `BASE_64_BASIC_AUTH_CREDENTIALS`, `REPLACE_ME`: upper-case
 * words joined by `_`, each a word (letters, then digits: `V2`) or a number, at most 24 long.
 */
const CONSTANT = /^[A-Z]+[0-9]*(?:_(?:[A-Z]+[0-9]*|[0-9]+))+$/;
/**
 * `your_auth`, `my-registry-password`, `Your_Token`: `your` or `my`, then words after `_` or
 * `-`, each lower-case, capitalised or upper-case (random mixed case is a token's), then digits.
 * The word alternatives are disjoint, so a failing match backtracks over nothing.
 */
const YOUR = /^(?:[Yy]our|YOUR|[Mm]y|MY)(?:[_-](?:[a-z]+|[A-Z](?:[a-z]+|[A-Z]*)|[0-9])[0-9]*)+$/;
/** `xxx`, `XXXXXXXX`, `***`, `changeme`, `change-me`, `replaceme`, `placeholder`, `redacted`, `todo`. */
const WORD = /^(?:x{3,}|\*{3,}|change[_-]?me|replace[_-]?me|placeholder|redacted|todo|fixme)$/i;

/**
 * Whether a value is a placeholder a template writes where a credential goes, not a credential:
 * `<DOCKER_AUTH>`, `your_auth`, `MY_TOKEN`, `REGISTRY_PASSWORD`, `xxx`, `changeme`, `REPLACE_ME`.
 * Only whole values of 3 to 64 characters; CI/template references (`$AUTH`, `{{ … }}`) are
 * `isReference` / `isPlaceholder`. Outside `<…>` a `:` makes two values, not one placeholder
 * (`USER:PASSWORD` written into `auth` is the raw-text mistake valid-auth reports).
 */
export function isPlaceholderValue(value: string): boolean {
  if (value.length < 3 || value.length > MAX_PLACEHOLDER) return false;
  if (ANGLE.test(value)) return true;
  if (CONSTANT.test(value)) return value.split("_").every((word) => word.length <= 24);
  return YOUR.test(value) || WORD.test(value);
}
