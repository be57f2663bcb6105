// The parser of configs.kubernetes: YAML or JSON by file name; no parse error for a file that is
// not a pull Secret or is a Go template; a pull Secret's parse error without the file's tokens.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { kubernetesConfig } from "../lib/configs-kubernetes.js";
import plugin from "../lib/index.js";
import { parseForESLint } from "../lib/eslint/manifest-parser.js";

const linter = new Linter({ configType: "flat" });
const config = [kubernetesConfig(plugin)];
const lint = (code: string, filename: string) => linter.verify(code, config, { filename });

describe("manifest parser", () => {
  it("parses YAML and JSON by file name, as their own parsers do", () => {
    expect(parseForESLint("a: 1\n", { filePath: "x.yaml" }).services).toEqual({ isYAML: true });
    expect(parseForESLint('{"a": 1}', { filePath: "x.json" }).services).toMatchObject({ isJSON: true });
  });

  it.each([
    ["a Helm template", "chart/templates/deployment.yaml", "spec:\n  {{- with .Values.x }}\n  a: [\n"],
    ["a Helm pull-Secret template", "chart/templates/secret.yaml", "type: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: {{ .Values.x | b64enc }\n"],
    ["broken YAML that is not a Secret", "ci/pipeline.yml", "steps: [\n  - run: x\n"],
    ["broken JSON that is not a Secret", "package.json", '{"name": "x",,}'],
  ])("%s: no parse error", (_name, filename, code) => {
    expect(lint(code, filename)).toEqual([]);
  });

  it("a pull Secret that does not parse gets its error, without the token it stopped at", () => {
    const code = "kind: Secret\ntype: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: '{\"auths\":{\"ghcr.io\":{\"password\":\"hunter2\"}}}\n";
    const [m, ...rest] = lint(code, "k8s/regcred.yaml");
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ fatal: true, ruleId: null, line: 5 });
    expect(m?.message).not.toContain("hunter2");
    expect(m?.message).toMatch(/^Parsing error: /);
  });

  it("a JSON pull Secret that does not parse: a fixed message", () => {
    const [m] = lint('{"kind": "Secret", "type": "kubernetes.io/dockerconfigjson", "data": {".dockerconfigjson": hunter2}}', "k8s/regcred.json");
    expect(m).toMatchObject({ fatal: true, message: "Parsing error: Not valid JSON." });
  });

  it("a file without a pull Secret parses as usual: rules see the real program", () => {
    const { ast } = parseForESLint("kind: ConfigMap\ndata:\n  a: b\n", { filePath: "cm.yaml" });
    expect((ast as unknown as { body: unknown[] }).body).toHaveLength(1);
  });
});
