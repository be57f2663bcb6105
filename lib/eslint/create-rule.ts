// The ESLint adapter. A rule is meta plus a check: a pure function from a registry document and the
// rule's options to findings (lib/core/checks). createRule runs the check on every document the
// linted file holds and reports each finding through the document's host.
//
// The shipped code must not import @typescript-eslint/utils at run time (its TypeScript peer range
// excludes TypeScript 7), so this is local: types only from there.
import type { RuleContext, RuleFix, RuleListener, RuleMetaData, RuleModule } from "@typescript-eslint/utils/ts-eslint";
import { type ConfigDocument, type DocumentKind, type RegistryDocument, withFlavor } from "../core/document.js";
import type { Finding } from "../core/finding.js";
import type { Flavor } from "../core/registry.js";
import { type FileContext, hostsOf } from "./documents.js";
import type { FileEdit, Host } from "./host.js";

export interface Docs {
  description: string;
  /** In `configs.recommended`. */
  recommended: boolean;
  url?: string;
}

export type DockerConfigRule<MessageIds extends string, Options extends readonly unknown[]> = RuleModule<
  MessageIds,
  Options,
  Docs
> & { name: string; meta: { docs: Docs } };

/** A check: the rule's whole decision, over one document. */
export type Check<MessageIds extends string, Options extends readonly unknown[], D extends ConfigDocument = RegistryDocument> = (
  doc: D,
  options: Options,
) => readonly Finding<MessageIds>[];

/** Rules that run a check on every registry config, wherever the file holds it. */
const CHECK_RULES = new WeakSet<object>();

/**
 * Whether a rule checks registry configs through their hosts, and so also runs on a config
 * embedded in another file; rules still on the transitional `create()` read only the file itself.
 */
export function runsOnEmbeddedDocuments(rule: object): boolean {
  return CHECK_RULES.has(rule);
}

const DOCS_BASE = "https://github.com/eslint-plugin-docker-config/eslint-plugin-docker-config/blob/main/docs/rules/";

type Meta<MessageIds extends string, Options extends readonly unknown[]> = RuleMetaData<MessageIds, Docs, Options> & {
  docs: Docs;
  // Every messageId a check can return has its text, and no text is stray.
  messages: Record<MessageIds, string>;
};

export function createRule<
  MessageIds extends string,
  Options extends readonly unknown[] = [],
  D extends ConfigDocument = RegistryDocument,
>(rule: {
  name: string;
  meta: Meta<MessageIds, Options>;
  /** The kind of document the check reads; default `credentials`. */
  kind?: D["kind"];
  check: Check<MessageIds, Options, D>;
}): DockerConfigRule<MessageIds, Options> {
  // `languages`: the rules read jsonc-eslint-parser's AST: ESLint's JavaScript language with that
  // parser, or eslint-plugin-jsonc's languages (the same AST). ESLint 10.2+ stops with "do not
  // support the language" where another one (@eslint/json's `json/json`) took the file.
  const meta = { ...rule.meta, languages: ["js/js", "jsonc/json", "jsonc/jsonc", "jsonc/json5", "jsonc/x"], docs: { ...rule.meta.docs, url: `${DOCS_BASE}${rule.name}.md` } };
  const { check } = rule;
  const kind: DocumentKind = rule.kind ?? "credentials";
  const module: DockerConfigRule<MessageIds, Options> = {
    name: rule.name,
    meta,
    create(context: Readonly<RuleContext<MessageIds, Options>>): RuleListener {
      const hosts = hostsOf(context as unknown as FileContext).filter((h) => h.document.kind === kind);
      if (hosts.length === 0) return {};
      const options = context.options;
      // The rule's own `flavor` option wins over the shared setting and the file name.
      const flavor = (options[0] as { flavor?: Flavor } | undefined)?.flavor;
      return {
        Program() {
          for (const host of hosts) {
            const doc = flavor === undefined || host.document.kind !== "credentials" ? host.document : withFlavor(host.document, flavor);
            const findings = check(doc as D, options);
            const combined = host.wholeText === true ? combinedFixes(host, findings) : null;
            for (const finding of findings) report(context, host, finding, combined?.get(finding));
          }
        },
      };
    },
  };
  if (kind === "credentials") CHECK_RULES.add(module);
  return module;
}

/**
 * For a host whose fixes all replace one region: the fixes ESLint would apply in one pass of a
 * plain file (source-code-fixer.js `applyFixes`: sorted by range, each fix one span from its
 * first edit to its last, a span that starts at or before the previous one's end left for the
 * next pass), made into one fix that each of those findings carries. ESLint applies the first
 * and drops the copies as overlapping; the findings left out keep their own fix.
 */
function combinedFixes<MessageIds extends string>(host: Host, findings: readonly Finding<MessageIds>[]): Map<Finding<MessageIds>, FileEdit[]> {
  const spans: { finding: Finding<MessageIds>; start: number; end: number }[] = [];
  for (const finding of findings) {
    const edits = finding.fix ?? [];
    if (edits.length === 0) continue;
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    for (const e of edits) {
      start = Math.min(start, e.range[0]);
      end = Math.max(end, e.range[1]);
    }
    spans.push({ finding, start, end });
  }
  const out = new Map<Finding<MessageIds>, FileEdit[]>();
  if (spans.length < 2) return out;
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: typeof spans = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    if (last >= span.start || span.start > span.end) continue;
    taken.push(span);
    last = span.end;
  }
  const edits = host.edits(taken.flatMap((t) => t.finding.fix ?? []));
  if (edits !== null) for (const t of taken) out.set(t.finding, edits);
  return out;
}

function report<MessageIds extends string>(
  context: Readonly<RuleContext<MessageIds, readonly unknown[]>>,
  host: Host,
  finding: Finding<MessageIds>,
  combined?: readonly FileEdit[],
): void {
  const fix = combined ?? (finding.fix && host.edits(finding.fix));
  const suggest = [];
  for (const s of finding.suggestions ?? []) {
    const edits = host.edits(s.fix);
    if (edits !== null) suggest.push({ messageId: s.messageId, data: s.data ?? {}, fix: fixer(edits) });
  }
  context.report({
    loc: host.loc(finding.range),
    messageId: finding.messageId,
    data: finding.data ?? {},
    ...(fix ? { fix: fixer(fix) } : {}),
    ...(suggest.length > 0 ? { suggest } : {}),
  });
}

function fixer(edits: readonly FileEdit[]) {
  return (f: { replaceTextRange(range: [number, number], text: string): RuleFix }): RuleFix[] =>
    edits.map((e) => f.replaceTextRange(e.range, e.text));
}
