// `auth` values the client cannot decode, or decodes to something a registry refuses, and the
// re-encodings a suggestion may offer. The decoding itself is lib/core/auth.ts (docker/cli
// `decodeAuth` in cli/config/configfile/file.go, containers/image `decodeDockerAuth` in
// pkg/docker/config/config.go); this check says what each verdict costs with each client.
import { authMismatch, base64Problem, decodeAuth, type Repair, repairAuth, type SilentFlags } from "../auth.js";
import type { RegistryDocument } from "../document.js";
import { replaceString } from "../edits.js";
import { decodedAuthOf, fieldProps, fieldString, nonStringType } from "../entry-fields.js";
import type { Finding, Suggestion } from "../finding.js";
import type { Entry } from "../model.js";
import { isPlaceholderValue, isReference } from "../references.js";
import { CLIENT_NAME, type Flavor } from "../registry.js";

export type ValidAuthMessageIds =
  | "notString"
  | "illegalCharacter"
  | "urlSafeAlphabet"
  | "whitespaceInBase64"
  | "badPadding"
  | "noColon"
  | "encodedTwice"
  | "emptyUsername"
  | "trailingNewline"
  | "embeddedNewline"
  | "surroundingWhitespace"
  | "utf16"
  | "notUtf8"
  | "authMismatch"
  | "reencodeWithoutNewline"
  | "reencodeTrimmed"
  | "reencodeWithoutNul"
  | "rewriteStandardBase64"
  | "decodeOnce";

type Out = Finding<ValidAuthMessageIds>;

/**
 * What happens when the client cannot decode the value. docker: `decodeAuth` fails inside
 * `ConfigFile.LoadFromReader`, which returns at the first failing entry of a map it walks in
 * Go's random order; containers/image: `decodeDockerAuth` fails the lookup of that registry.
 */
export const REFUSED: Record<Flavor, string> = {
  docker:
    "the Docker CLI prints \"WARNING: Error parsing config file\" on every command and stops decoding the other entries, in random order",
  containers: "containers/image fails the credential lookup for this registry",
  // secrets.go MakeDockerKeyring returns the first json.Unmarshal error of any listed Secret.
  kubernetes:
    "the kubelet refuses the whole Secret, and with it every image pull of every Pod that lists this Secret in imagePullSecrets, even of images that need no credentials",
};

/** containers/image `decodeDockerAuth`: a value without `:` is logged and gives no credentials. */
export const NO_COLON_CONTAINERS = 'it warns "missing semicolon" and uses no credentials for this registry';

/** The messageIds that mean the client refuses the value (docker: "Error parsing config file"). */
export const REFUSAL_MESSAGE_IDS: ReadonlySet<string> = new Set<ValidAuthMessageIds>([
  "notString",
  "illegalCharacter",
  "urlSafeAlphabet",
  "whitespaceInBase64",
  "badPadding",
  "noColon",
  "encodedTwice",
  "emptyUsername",
]);

const SILENT: Record<keyof SilentFlags, ValidAuthMessageIds> = {
  trailingNewline: "trailingNewline",
  embeddedNewline: "embeddedNewline",
  surroundingWhitespace: "surroundingWhitespace",
  nul: "utf16",
  notUtf8: "notUtf8",
};

const REPAIR_FOR: Partial<Record<ValidAuthMessageIds, [Repair, ValidAuthMessageIds]>> = {
  trailingNewline: ["dropTrailingNewline", "reencodeWithoutNewline"],
  embeddedNewline: ["trimWhitespace", "reencodeTrimmed"],
  surroundingWhitespace: ["trimWhitespace", "reencodeTrimmed"],
  utf16: ["dropNul", "reencodeWithoutNul"],
  illegalCharacter: ["standardBase64", "rewriteStandardBase64"],
  urlSafeAlphabet: ["standardBase64", "rewriteStandardBase64"],
  whitespaceInBase64: ["standardBase64", "rewriteStandardBase64"],
  badPadding: ["standardBase64", "rewriteStandardBase64"],
  encodedTwice: ["decodeOnce", "decodeOnce"],
};

const BASE64_MESSAGE = {
  urlSafe: "urlSafeAlphabet",
  whitespace: "whitespaceInBase64",
  padding: "badPadding",
  character: "illegalCharacter",
} as const;

/**
 * A value the client never decodes as written: `""` (skipped), a CI/template reference
 * substituted first, or a template's placeholder (`<DOCKER_AUTH>`, `your_auth`, `MY_TOKEN`):
 * not broken base64, but a value nobody wrote as one.
 */
function skipped(value: string): boolean {
  return value === "" || isReference(value) || isPlaceholderValue(value);
}

export function validAuthFindings(doc: RegistryDocument): Out[] {
  const { model, flavor } = doc;
  if (model === null || model.auths === null) return [];
  const client = CLIENT_NAME[flavor];
  const refused = REFUSED[flavor];
  const findings: Out[] = [];

  function check(entry: Entry): void {
    if (entry.fields === null) return;
    const key = entry.shown;
    for (const prop of fieldProps(entry.fields, "auth")) {
      const type = nonStringType(prop.property.value);
      if (type !== null) findings.push({ range: prop.property.key.range, messageId: "notString", data: { key, type, client } });
    }
    const auth = fieldString(entry.fields, "auth");
    if (auth === null || skipped(auth.value)) return;
    const { property } = auth.prop;
    const range = property.key.range;

    const report = (messageId: ValidAuthMessageIds, data: Record<string, string | number> = {}): void => {
      const all = Object.fromEntries(Object.entries({ key, client, refused, ...data }).map(([k, v]) => [k, String(v)]));
      const repair = REPAIR_FOR[messageId];
      const fixed = repair ? repairAuth(auth.value, repair[0], flavor) : null;
      // The repaired value is plain base64: no quote or backslash to escape.
      const suggestions: Suggestion<ValidAuthMessageIds>[] =
        repair && fixed !== null ? [{ messageId: repair[1], data: all, fix: [replaceString(property.value, fixed)] }] : [];
      findings.push({ range, messageId, data: all, ...(suggestions.length > 0 ? { suggestions } : {}) });
    };

    // The same `auth` (the last string written), decoded once for every rule.
    const v = decodedAuthOf(entry, flavor) ?? decodeAuth(auth.value, flavor);
    if (v.error === "base64") {
      const offset = v.offset ?? 0;
      report(BASE64_MESSAGE[base64Problem(auth.value, offset)], { offset });
      return;
    }
    if (v.error === "noColon") {
      const why =
        flavor === "docker"
          ? `"Invalid auth configuration file", and ${refused}`
          : flavor === "kubernetes"
            ? `"unable to parse auth field, must be formatted as base64(username:password)", and ${refused}`
            : NO_COLON_CONTAINERS;
      report(repairAuth(auth.value, "decodeOnce", flavor) !== null ? "encodedTwice" : "noColon", { refused: why });
      return;
    }
    if (v.error === "emptyUser") {
      report("emptyUsername");
      return;
    }
    for (const flag of Object.keys(SILENT) as (keyof SilentFlags)[]) {
      if (v.flags[flag]) report(SILENT[flag]);
    }
    const username = fieldString(entry.fields, "username");
    const password = fieldString(entry.fields, "password");
    const differs = authMismatch(
      auth.value,
      username && username.value !== "" ? username.value : null,
      password && password.value !== "" ? password.value : null,
    );
    if (differs.length > 0) {
      const fields = differs.map((f) => `"${f}" field`).join(" and ");
      findings.push({ range, messageId: "authMismatch", data: { key, client, fields } });
    }
  }

  for (const entry of model.auths.entries) check(entry);
  return findings;
}
