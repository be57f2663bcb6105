// The shipped code must not import @typescript-eslint/utils at run time (its TypeScript peer range
// excludes TypeScript 7), so this is a local createRule: types only from there, and the docs URL.
import type { RuleContext, RuleListener, RuleMetaData, RuleModule } from "@typescript-eslint/utils/ts-eslint";

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

const DOCS_BASE = "https://github.com/eslint-plugin-docker-config/eslint-plugin-docker-config/blob/main/docs/rules/";

export function createRule<MessageIds extends string, Options extends readonly unknown[] = []>(rule: {
  name: string;
  meta: RuleMetaData<MessageIds, Docs, Options> & { docs: Docs };
  create: (context: Readonly<RuleContext<MessageIds, Options>>) => RuleListener;
}): DockerConfigRule<MessageIds, Options> {
  return {
    name: rule.name,
    meta: { ...rule.meta, docs: { ...rule.meta.docs, url: `${DOCS_BASE}${rule.name}.md` } },
    create: rule.create,
  };
}
