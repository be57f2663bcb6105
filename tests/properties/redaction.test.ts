// No report prints a secret: for random secrets in every credential field and inside malformed
// `auth` values, no message, data value or suggestion description of any rule, and no output of
// the formatters users see, contains 4 or more characters of a secret, its base64 or decoded auth.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ESLint, Linter } from "eslint";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../lib/cli/main.js";
import plugin from "../../lib/index.js";
import { displayKey } from "../../lib/core/registry.js";
import { configArb, formatArb, fourGrams, keysOf, leakIn, legacyConfigArb, print, secretsOf } from "../helpers/arbitraries.js";
import { fcParams } from "../helpers/lint.js";

type Descriptor = { messageId?: string; data?: Record<string, unknown>; suggest?: Descriptor[] | null };

// The plugin with every rule's context.report wrapped, to see `data` as the rule passed it.
const captured: Descriptor[] = [];
const spied = {
  ...plugin,
  rules: Object.fromEntries(
    Object.entries(plugin.rules).map(([name, rule]) => [
      name,
      {
        ...rule,
        create(context: Parameters<typeof rule.create>[0]) {
          const spy = Object.create(context, {
            report: {
              value(descriptor: Descriptor) {
                captured.push(descriptor);
                context.report(descriptor as never);
              },
            },
          });
          return rule.create(spy);
        },
      },
    ]),
  ),
};
const config: Linter.Config[] = [{ ...plugin.configs.recommended, plugins: { "docker-config": spied } }];
const linter = new Linter({ configType: "flat" });
const eslint = new ESLint({ overrideConfigFile: true });
const formatters = Promise.all(["stylish", "json"].map((name) => eslint.loadFormatter(name)));

// What reports are made of, whatever the file holds.
const templates = Object.entries(plugin.rules).flatMap(([name, rule]) => [
  `docker-config/${name}`,
  ...Object.entries(rule.meta?.messages ?? {}).flat(),
]);
const boilerplate = [
  "problems errors warnings potentially fixable with the `--fix` option",
  '"filePath" "messages" "ruleId" "severity" "message" "line" "column" "nodeType" "messageId" "endLine" "endColumn" "suggestions" "desc" "fix" "range" "text" "suppressedMessages" "errorCount" "fatalErrorCount" "warningCount" "fixableErrorCount" "fixableWarningCount" "usedDeprecatedRules" "fatal" true false null',
  "home/x/config.json home/x/auth.json home/x/.dockercfg (top level) Docker Hub the Docker CLI containers/image (Podman, Buildah, Skopeo)",
];

function visible(messages: Linter.LintMessage[]): string[] {
  const out: string[] = [];
  for (const m of messages) {
    out.push(m.message, m.fix?.text ?? "");
    for (const s of m.suggestions ?? []) {
      const data = (s as { data?: Record<string, unknown> }).data ?? {};
      out.push(s.desc, ...Object.values(data).map(String));
      // The only suggestion edits that may carry credential text are valid-auth's re-encodings of
      // the entry's own auth value (the file content the user asks for); every other edit is a
      // key or a removal.
      if (!(m.ruleId === "docker-config/valid-auth" && /^"?[A-Za-z0-9+/]*={0,2}"?$/.test(s.fix.text))) out.push(s.fix.text);
    }
  }
  for (const d of captured) {
    for (const v of Object.values(d.data ?? {})) out.push(String(v));
    for (const s of d.suggest ?? []) for (const v of Object.values(s.data ?? {})) out.push(String(v));
  }
  return out;
}

/**
 * What a formatter is given: no file source (ESLint's own results carry `source`, which its json
 * formatter prints whole, secrets included; docker-config-lint never sets it) and suggestions
 * without their edits.
 */
function shown(messages: Linter.LintMessage[]): Linter.LintMessage[] {
  return messages.map((m) =>
    m.suggestions ? { ...m, suggestions: m.suggestions.map((s) => ({ ...s, fix: { ...s.fix, text: "" } })) } : m,
  );
}

/** The messages with every text field emptied: what a formatter prints around them. */
function masked(messages: Linter.LintMessage[]): Linter.LintMessage[] {
  return messages.map((m) => ({
    ...m,
    message: "",
    ...(m.fix ? { fix: { ...m.fix, text: "" } } : {}),
    ...(m.suggestions
      ? { suggestions: m.suggestions.map((s) => ({ ...s, desc: "", data: {}, fix: { ...s.fix, text: "" } })) }
      : {}),
  }));
}

function result(filePath: string, messages: Linter.LintMessage[]): ESLint.LintResult {
  const count = (severity: number, fixable = false) =>
    messages.filter((m) => m.severity === severity && (!fixable || m.fix !== undefined)).length;
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: count(2),
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: count(1),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    usedDeprecatedRules: [],
  };
}

describe("redaction", () => {
  it("no rule's message, data or suggestion carries a secret", async () => {
    const [stylish, json] = await formatters;
    await fc.assert(
      fc.asyncProperty(configArb, formatArb, fc.constantFrom("config.json", "auth.json", ".dockercfg"), async (value, format, name) => {
        const secrets = secretsOf(value);
        const keys = keysOf(value).map(displayKey);
        const vocabulary = fourGrams([...templates, ...boilerplate, ...keys, ...keys.map((k) => k.toLowerCase())]);
        captured.length = 0;
        const filename = `home/x/${name}`;
        const messages = linter.verify(print(value, format), config, { filename });
        for (const text of visible(messages)) expect(leakIn(text, secrets, vocabulary), text).toBeNull();
        // A formatter prints the messages (checked above) inside its own frame of names, numbers
        // and punctuation; the frame's pieces are not evidence of a leak.
        for (const formatter of [stylish, json]) {
          const format = (m: Linter.LintMessage[]) => formatter!.format([result(filename, m)], { cwd: "/", rulesMeta: {} } as never);
          const frame = fourGrams([await format(masked(messages))]);
          const out = await format(shown(messages));
          expect(leakIn(out, secrets, new Set([...vocabulary, ...frame])), out).toBeNull();
        }
      }),
      fcParams(300),
    );
  });
});

describe("redaction in legacy .dockercfg files", () => {
  // The wrap-in-auths suggestion of no-deprecated-properties is two edits around the root, which
  // ESLint merges into one replacement holding the whole file: it used to print every auth.
  it("no rule's message, data or suggestion text carries a secret", () => {
    fc.assert(
      fc.property(legacyConfigArb, formatArb, fc.constantFrom(".dockercfg"), (value, format, name) => {
        const secrets = secretsOf(value);
        const keys = keysOf(value).map(displayKey);
        const vocabulary = fourGrams([...templates, ...boilerplate, ...keys, ...keys.map((k) => k.toLowerCase())]);
        captured.length = 0;
        const messages = linter.verify(print(value, format), config, { filename: `home/x/${name}` });
        expect(messages.some((m) => m.messageId === "legacyFormat")).toBe(true);
        for (const text of visible(messages)) expect(leakIn(text, secrets, vocabulary), text).toBeNull();
      }),
      fcParams(300),
    );
  });
});

describe("redaction through docker-config-lint", () => {
  const root = mkdtempSync(join(tmpdir(), "docker-config-redaction-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  // Line and column numbers: four digits in a report are no evidence of a leaked base64 piece.
  const digits = new Set(Array.from({ length: 10_000 }, (_, n) => String(n).padStart(4, "0")));

  it("prints no secret in stylish or json, with or without --fix", async () => {
    await fc.assert(
      fc.asyncProperty(configArb, formatArb, fc.constantFrom("config.json", "auth.json"), fc.boolean(), async (value, format, name, fix) => {
        const secrets = secretsOf(value);
        const path = join(root, name);
        writeFileSync(path, print(value, format));
        const keys = keysOf(value).map(displayKey);
        const vocabulary = fourGrams([...templates, ...boilerplate, ...keys, ...keys.map((k) => k.toLowerCase()), path]);
        for (const f of ["stylish", "json"]) {
          let out = "";
          const status = await main([path, "--format", f, ...(fix ? ["--fix"] : [])], {
            cwd: root,
            env: { HOME: root },
            stdout: (t) => {
              out += t;
            },
            stderr: (t) => {
              out += t;
            },
          });
          expect(status).not.toBe(2);
          if (f === "json") {
            const [result] = JSON.parse(out) as ESLint.LintResult[];
            expect(Object.keys(result ?? {})).not.toContain("source");
            expect(Object.keys(result ?? {})).not.toContain("output");
          }
          expect(leakIn(out, secrets, new Set([...vocabulary, ...digits])), out).toBeNull();
          if (fix) writeFileSync(path, print(value, format));
        }
      }),
      fcParams(100),
    );
  });
});


describe("redaction through docker-config-lint: every bundled formatter, SARIF and codeframe, SARIF_ESLINT_EMBED=true", () => {
  const root = mkdtempSync(join(tmpdir(), "docker-config-redaction-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  // Formatters are resolved from the repository, where the SARIF and codeframe formatters are installed.
  const repo = new URL("../..", import.meta.url).pathname;
  const examples = join(repo, "examples");
  const FORMATS = ["stylish", "json", "json-with-metadata", "html", "@microsoft/sarif", "codeframe"];
  const digits = new Set(Array.from({ length: 10_000 }, (_, n) => String(n).padStart(4, "0")));
  // What the reports' frames are made of besides messages: rule descriptions and links.
  const ruleWords = Object.values(plugin.rules).flatMap((rule) => [rule.meta?.docs?.description ?? "", rule.meta?.docs?.url ?? ""]);

  async function run(args: string[]): Promise<{ status: number; out: string }> {
    let out = "";
    const collect = (t: string): void => {
      out += t;
    };
    const status = await main(args, { cwd: repo, env: { HOME: root }, stdout: collect, stderr: collect });
    return { status, out };
  }

  it("prints no secret, with or without --fix", async () => {
    // Each formatter's own frame (markup, styles, scripts, schema URLs): its report on the shipped
    // examples, which hold none of the secrets generated below.
    const frames = new Map<string, Set<string>>();
    for (const format of FORMATS) frames.set(format, fourGrams([(await run([examples, "--format", format])).out]));
    const saved = process.env.SARIF_ESLINT_EMBED;
    process.env.SARIF_ESLINT_EMBED = "true";
    try {
      await fc.assert(
        fc.asyncProperty(configArb, formatArb, fc.constantFrom("config.json", "auth.json", ".dockercfg"), fc.constantFrom(...FORMATS), fc.boolean(), async (value, format, name, formatter, fix) => {
          const secrets = secretsOf(value);
          const path = join(root, name);
          writeFileSync(path, print(value, format));
          const keys = keysOf(value).map(displayKey);
          const vocabulary = fourGrams([
            ...templates,
            ...boilerplate,
            ...ruleWords,
            ...keys,
            ...keys.map((k) => k.toLowerCase()),
            path,
            `file://${path}`,
            relative(process.cwd(), path),
          ]);
          const { status, out } = await run([path, "--format", formatter, ...(fix ? ["--fix"] : [])]);
          expect(status, out).not.toBe(2);
          if (formatter === "@microsoft/sarif") {
            const sarif = JSON.parse(out) as { runs: Array<{ artifacts?: Array<{ contents?: unknown }> }> };
            expect(sarif.runs[0]?.artifacts?.every((a) => a.contents === undefined)).toBe(true);
          }
          if (formatter === "json") {
            const [result] = JSON.parse(out) as ESLint.LintResult[];
            expect(Object.keys(result ?? {})).not.toContain("source");
            expect(Object.keys(result ?? {})).not.toContain("output");
          }
          expect(leakIn(out, secrets, new Set([...vocabulary, ...digits, ...(frames.get(formatter) ?? [])])), `${formatter}: ${out}`).toBeNull();
        }),
        fcParams(60),
      );
    } finally {
      if (saved === undefined) delete process.env.SARIF_ESLINT_EMBED;
      else process.env.SARIF_ESLINT_EMBED = saved;
    }
  });
});
