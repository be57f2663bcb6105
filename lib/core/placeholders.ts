// Placeholders that config templates write where a credential goes, for someone to replace by
// hand: `<DOCKER_AUTH>`, `your_auth`, `MY_TOKEN`, `BASE_64_BASIC_AUTH_CREDENTIALS`,
// `REGISTRY_PASSWORD`, as committed config.json and .dockercfg templates write them. References
// that a CI system substitutes (`$TOKEN`, `${{ secrets.X }}`) are references.ts's.
//
// The test errs towards reporting: a value is a placeholder only when it is written in angle
// brackets, or is made of two or more words, every one of them a word templates use (and one a
// credential word), in one case. A real token has a random part, which is no such word, so a
// token is never taken for a placeholder.

/** `<DOCKER_AUTH>`, `<base64 of user:password>`: a description in angle brackets. */
const ANGLE = /^<[A-Za-z][A-Za-z0-9 _.:/+-]*>$/;
/** Two or more words of letters and digits, separated by `_`, `-` or spaces. */
const WORDS = /^[A-Za-z0-9]+(?:[_ -]+[A-Za-z0-9]+)+$/;
const SEPARATORS = /[_ -]+/;

/** Words that say what goes there; a placeholder holds at least one. */
const CREDENTIAL_WORDS = new Set([
  "auth",
  "authentication",
  "cred",
  "creds",
  "credential",
  "credentials",
  "key",
  "apikey",
  "pass",
  "passwd",
  "password",
  "pwd",
  "secret",
  "token",
]);

/** Every other word a placeholder may be made of. */
const TEMPLATE_WORDS = new Set([
  // whose, and what to do
  "a", "an", "the", "my", "your", "our", "here", "insert", "enter", "put", "replace", "change",
  "me", "this", "with", "of", "for", "to", "and", "or", "value", "placeholder", "example", "sample",
  "dummy", "fake", "default",
  // what kind
  "base", "64", "base64", "b64", "encoded", "basic", "api", "access", "user", "username", "login",
  "personal", "robot", "deploy", "service", "account", "bot", "ci", "pull", "push", "read", "write",
  "private", "docker", "dockerhub", "hub", "registry", "container", "image",
  // which registry
  "ghcr", "github", "gh", "gitlab", "gcr", "gcp", "google", "ecr", "aws", "acr", "azure", "quay",
  "harbor", "nexus", "artifactory", "jfrog",
]);

/**
 * Whether a credential field's value is a placeholder a template writes for a person to replace,
 * not a credential: `<DOCKER_AUTH>`, `your_auth`, `MY_TOKEN`, `REGISTRY_PASSWORD`.
 */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  if (v.length > 120) return false;
  if (ANGLE.test(v)) return true;
  if (!WORDS.test(v) || (v !== v.toUpperCase() && v !== v.toLowerCase())) return false;
  const words = v.toLowerCase().split(SEPARATORS);
  return words.some((w) => CREDENTIAL_WORDS.has(w)) && words.every((w) => CREDENTIAL_WORDS.has(w) || TEMPLATE_WORDS.has(w));
}
