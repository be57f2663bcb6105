// The rule tables' RuleTester: @typescript-eslint's, whose `run` also runs the table through every
// embedded host (./embedded-hosts.ts), so each rule's cases prove that a host is all a new format
// needs. A rule test imports RuleTester from here instead of @typescript-eslint/rule-tester; its
// `tester.run(...)` call and every assertion stay as they are.
import { RuleTester as BaseRuleTester, type RunTests } from "@typescript-eslint/rule-tester";
import type { RuleModule } from "@typescript-eslint/utils/ts-eslint";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { lintWithChecks, prepareChecks } from "../../lib/cli/checks-engine.js";
import { runsOnEmbeddedDocuments } from "../../lib/eslint/create-rule.js";
import { checkEmbedded, EMBEDDINGS, type TableCase } from "./embedded-hosts.js";

export class RuleTester extends BaseRuleTester {
  private readonly parser: unknown;

  constructor(config: { languageOptions: { parser: unknown } }) {
    super(config as ConstructorParameters<typeof BaseRuleTester>[0]);
    this.parser = config.languageOptions.parser;
  }

  override run<MessageIds extends string, Options extends readonly unknown[]>(
    ruleName: string,
    rule: RuleModule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ): void {
    super.run(ruleName, rule, tests);
    throughEmbeddedHosts(ruleName, rule, [...tests.valid, ...tests.invalid]);
    withoutLinter(ruleName, rule, this.parser, [...tests.valid, ...tests.invalid]);
  }
}

/**
 * docker-config-lint's engine (lib/cli/checks-engine.ts) on every case of the table: the same
 * messages as `Linter#verify`, field for field (messages, positions, fixes, suggestions).
 */
function withoutLinter(ruleName: string, rule: object, parser: unknown, tests: readonly (string | (TableCase & { name?: string }))[]): void {
  describe(`${ruleName} without Linter (docker-config-lint's engine)`, () => {
    const linter = new Linter({ configType: "flat" });
    it.each(tests.map((t, i) => [i, typeof t === "string" ? { code: t } : t] as const))("#%i", (_, c) => {
      const config: Linter.Config = {
        files: ["**"],
        languageOptions: { parser: parser as Linter.Parser },
        plugins: { t: { rules: { [ruleName]: rule as never } } },
        rules: { [`t/${ruleName}`]: ["error", ...(c.options ?? [])] as Linter.RuleEntry },
        settings: c.settings ?? {},
      };
      const filename = c.filename ?? "file.json";
      const prepared = prepareChecks(config, (id) => (id === `t/${ruleName}` ? (rule as never) : undefined));
      expect(prepared).not.toBeNull();
      expect(lintWithChecks(c.code, filename, prepared as NonNullable<typeof prepared>)).toEqual(
        linter.verify(c.code, [config], { filename, allowInlineConfig: false }),
      );
    });
  });
}

function caseOf(test: string | TableCase): TableCase {
  return typeof test === "string" ? { code: test } : test;
}

/** Run a rule's cases through every embedding (see ./embedded-hosts.ts). */
export function throughEmbeddedHosts(ruleName: string, rule: object, tests: readonly (string | TableCase & { name?: string })[]): void {
  describe(`${ruleName} through embedded hosts`, () => {
    if (!runsOnEmbeddedDocuments(rule)) {
      // Loud: a rule still on the transitional create() reads only the file itself.
      it.skip(`${ruleName} is not a check yet: its cases run through no embedded host`, () => {});
      return;
    }
    for (const embedding of EMBEDDINGS) {
      describe(embedding.name, () => {
        tests.forEach((test, i) => {
          const c = caseOf(test);
          const legacy = /(^|\/)\.dockercfg$/.test(c.filename ?? "");
          const embedded = embedding.embed(c.code, legacy);
          // A code this style cannot hold (a CR in a YAML block): the other embeddings run it.
          if (embedded === null) return;
          const label = typeof test === "object" && test.name ? test.name : JSON.stringify(c.code).slice(0, 60);
          it(`#${i} ${label}`, () => checkEmbedded(ruleName, rule, c, embedding, embedded));
        });
      });
    }
  });
}
