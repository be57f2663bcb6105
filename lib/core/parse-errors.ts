// jsonc-eslint-parser's errors quote the token it stopped at (`Unexpected identifier 'ghp_…'.`); in
// a credential file that token is often a secret. Every output drops it.
import { leadingObjectEnd } from "./go-json.js";
import { baseName } from "./model.js";

/**
 * A parse error's message without the token it quotes, unless that token is a single character
 * (`Unexpected token ','.`); any other quote, and what follows it, goes too.
 */
export function redactParseMessage(message: string): string {
  const out = message.replace(/ '([^']*)'(\.?)/g, (quoted, token: string) => ([...token].length <= 1 ? quoted : ""));
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c === "'" && out[i + 2] === "'") i += 2;
    else if (c === "'" || c === '"' || c === "`") return out.slice(0, i).trimEnd();
  }
  return out;
}

/**
 * What the clients do with a file whose parse error stands after a complete first object (`{…} x`):
 * docker/cli decodes the first value with a json.Decoder and ignores the rest
 * (cli/config/configfile/file.go, `LoadFromReader`); containers/image runs json.Unmarshal on the
 * whole file and refuses it (pkg/docker/config/config.go, `readJSONFile`). By file name, as the
 * parser knows no settings: `auth.json` and `.dockercfg` (which docker no longer reads since v23)
 * are containers/image's, `daemon.json` is dockerd's (its own rule, daemon-strict-json, says what
 * dockerd does), every other name docker's.
 */
const AFTER_VALUE: Record<"docker" | "containers", string> = {
  // The parser never sees a byte order mark (ESLint strips it), which makes docker refuse the file.
  docker: "the Docker CLI reads the first JSON value and ignores the rest (a file with a byte order mark it refuses), containers/image refuses the file",
  containers: "containers/image (Podman, Buildah, Skopeo) refuses the file",
};

/**
 * A parse error's redacted message, with what the clients do when the error stands after the
 * file's first JSON object: `Unexpected token after the top-level value: the Docker CLI reads …`.
 * `offset` is where the parser stopped.
 */
export function parseErrorMessage(message: string, text: string, offset: number | undefined, filename: string): string {
  const redacted = redactParseMessage(message);
  const base = baseName(filename);
  if (base === "daemon.json" || offset === undefined) return redacted;
  const end = leadingObjectEnd(text);
  if (end === null || offset < end) return redacted;
  const reader = base === "auth.json" || base === ".dockercfg" ? "containers" : "docker";
  return `${redacted.replace(/\.$/, "")} after the top-level value: ${AFTER_VALUE[reader]}.`;
}
