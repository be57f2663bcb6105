// jsonc-eslint-parser's errors quote the token it stopped at (`Unexpected identifier 'ghp_…'.`); in
// a credential file that token is often a secret. Every output drops it.

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
