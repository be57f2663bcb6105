// Autofixes inside pull Secrets never damage the manifest: generated registry configs in every
// formatting, embedded in every style a manifest holds them in (tests/helpers/embedded-hosts.ts),
// fixed by `eslint --fix` with configs.kubernetes. The manifest still parses, no byte outside the
// payload's scalar changes (so the other documents are untouched), the payload still decodes (to
// JSON when it was JSON), its string values are kept, the fix is a fixed point, and for every image
// the kubelet found credentials for before, it finds the same credentials after.
import { Linter } from "eslint";
import fc from "fast-check";
import { parseForESLint } from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { kubernetesConfig } from "../../lib/configs-kubernetes.js";
import { keyringKey, keyringLookup, normalizeImageName } from "../../lib/core/kubelet.js";
import plugin from "../../lib/index.js";
import { configArb, formatArb, print } from "../helpers/arbitraries.js";
import { EMBEDDINGS } from "../helpers/embedded-hosts.js";
import { fcParams } from "../helpers/lint.js";

const linter = new Linter({ configType: "flat" });
const config = [kubernetesConfig(plugin)];
const stripBom = (s: string): string => (s.startsWith("\uFEFF") ? s.slice(1) : s);
const HELPER_PREFIX = /docker-credential-/g;

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Every string value of the payload (not keys), as jsonc-eslint-parser reads them. */
function stringValues(text: string): string[] {
  const out: string[] = [];
  const visit = (node: { type: string; value?: unknown; properties?: { value: unknown }[]; elements?: unknown[] }): void => {
    if (node.type === "JSONLiteral" && typeof node.value === "string") out.push(node.value.replace(HELPER_PREFIX, ""));
    for (const p of node.properties ?? []) visit(p.value as never);
    for (const e of node.elements ?? []) if (e) visit(e as never);
  };
  visit((parseForESLint(stripBom(text), { jsonSyntax: "JSON5" }).ast.body[0] as unknown as { expression: never }).expression);
  return out.sort();
}

const IMAGES = ["nginx", "bitnami/redis", "ghcr.io/acme/app", "reg.example.com:5000/team/app", "quay.io/org/app", "localhost:5000/app", "a.example.com/x"]
  .map(normalizeImageName)
  .filter((i): i is string => i !== null);

/** What the kubelet sends for each image: the entries it tries, in order; null when it cannot tell. */
function kubeletCredentials(text: string): Map<string, string[]> | null {
  let value: unknown;
  try {
    value = JSON.parse(stripBom(text));
  } catch {
    return null;
  }
  const auths = (value as { auths?: unknown } | null)?.auths;
  if (typeof auths !== "object" || auths === null || Array.isArray(auths)) return null;
  // Case variants of "auths" merge in Go: leave those files to the model's own tests.
  if (Object.keys(value as object).some((k) => k !== "auths" && k.toLowerCase() === "auths")) return null;
  const byIndex = new Map<string, string[]>();
  for (const [k, v] of Object.entries(auths)) {
    const index = keyringKey(k);
    if (index !== null) byIndex.set(index, [...(byIndex.get(index) ?? []), JSON.stringify(v)]);
  }
  const out = new Map<string, string[]>();
  for (const image of IMAGES) out.set(image, keyringLookup([...byIndex.keys()], image).flatMap((k) => byIndex.get(k) ?? []));
  return out;
}

const doc = fc.tuple(configArb, formatArb, fc.constantFrom(...EMBEDDINGS)).map(([value, format, embedding]) => ({ text: print(value, format), embedding }));

describe("autofix safety inside pull Secrets", () => {
  it("the manifest parses, only the payload changes, values are kept, the kubelet keeps its credentials, idempotent", () => {
    fc.assert(
      fc.property(doc, ({ text, embedding }) => {
        const embedded = embedding.embed(text, false);
        if (embedded === null) return;
        const { output } = linter.verifyAndFix(embedded.file, config, { filename: embedded.filename });
        expect(linter.verify(output, config, { filename: embedded.filename }).filter((m) => m.fatal)).toEqual([]);
        expect(output.slice(0, embedded.scalar[0])).toBe(embedded.file.slice(0, embedded.scalar[0]));
        expect(output.endsWith(embedded.file.slice(embedded.scalar[1]))).toBe(true);
        const after = embedding.decode(output);
        expect(after, "the payload still decodes").not.toBeNull();
        if (parsesAsJson(stripBom(text))) expect(parsesAsJson(stripBom(after as string))).toBe(true);
        expect(stringValues(after as string)).toEqual(stringValues(text));
        const before = kubeletCredentials(text);
        const now = kubeletCredentials(after as string);
        if (before !== null && now !== null) {
          for (const [image, creds] of before) if (creds.length > 0) expect(now.get(image), image).toEqual(creds);
        }
        expect(linter.verifyAndFix(output, config, { filename: embedded.filename }).fixed).toBe(false);
      }),
      fcParams(250),
    );
  });
});
