// lib/core/model.ts, credentials.ts storeFor and entry-fields.ts verdicts: what the model says each
// client ends up with. The client behaviour behind every case is measured in tests/oracle-model.test.ts.
import { parseForESLint } from "jsonc-eslint-parser";
import type { AST } from "jsonc-eslint-parser";
import { describe, expect, it } from "vitest";
import { credsStoreOf, helperFor, helpersOf, storeFor } from "../lib/core/credentials.js";
import { credentialOf, decodedAuthOf, fieldProps, fieldString, verdictOf } from "../lib/core/entry-fields.js";
import { type FileKind, fileKindForFilename, findField, registryModel, type RegistryModel } from "../lib/core/model.js";
import { lint } from "./helpers/lint.js";

const HUB = "https://index.docker.io/v1/";
const U1 = Buffer.from("u1:p").toString("base64");
const U2 = Buffer.from("u2:p").toString("base64");

function parse(text: string): AST.JSONProgram {
  return parseForESLint(text, {}).ast as unknown as AST.JSONProgram;
}
function model(text: string, kind: FileKind = "docker-config"): RegistryModel | null {
  return registryModel(parse(text), kind);
}
function must(text: string, kind: FileKind = "docker-config"): RegistryModel {
  const m = model(text, kind);
  if (m === null) throw new Error("no model");
  return m;
}
/** Each written entry as `section key: live|overwritten|reset`. */
function fates(m: RegistryModel, name: "auths" | "credHelpers" = "auths"): string[] {
  return (m[name]?.entries ?? []).map((e) => `${e.section?.key ?? "(root)"} ${e.key}: ${e.live ? "live" : e.resetBy ? "reset" : "overwritten"}`);
}

describe("sections as encoding/json fills them", () => {
  it("auths and Auths merge into one map, in file order", () => {
    const m = must(`{"auths":{"a.io":{"auth":"${U1}"}},"Auths":{"b.io":{"auth":"${U2}"}}}`);
    expect(fates(m)).toEqual(["auths a.io: live", "Auths b.io: live"]);
    expect([...(m.auths?.live.keys() ?? [])]).toEqual(["a.io", "b.io"]);
    expect(m.auths?.objects).toHaveLength(2);
    expect(m.auths?.property?.key).toBe("Auths");
    expect(m.auths?.object).toBe(m.auths?.objects[1]);
  });

  it("every spelling Go folds onto auths counts: AUTHS, authſ (U+017F)", () => {
    const m = must(`{"AUTHS":{"a.io":{}},"auth\\u017f":{"b.io":{}}}`);
    expect(fates(m)).toEqual(["AUTHS a.io: live", "auth\u017f b.io: live"]);
  });

  it('"auths": null empties what came before, not what comes after', () => {
    const m = must(`{"auths":{"a.io":{},"b.io":{}},"AUTHS":null,"Auths":{"b.io":{"auth":"${U2}"}}}`);
    expect(fates(m)).toEqual(["auths a.io: reset", "auths b.io: reset", "Auths b.io: live"]);
    const [a, b] = m.auths?.entries ?? [];
    expect(a?.resetBy?.key).toBe("AUTHS");
    expect(b?.overwrittenBy).toBeNull();
    expect(m.auths?.properties.map((p) => p.key)).toEqual(["auths", "AUTHS", "Auths"]);
  });

  it("a section that is reset and never written again has no live entry", () => {
    const m = must(`{"auths":{"a.io":{}},"auths":null}`);
    expect(fates(m)).toEqual(["auths a.io: reset"]);
    expect(m.auths?.live.size).toBe(0);
  });

  it("a repeated key is replaced, within a section or across two; the last one is live", () => {
    const m = must(`{"auths":{"a.io":{"auth":"${U1}"},"a.io":{"auth":"x"}},"Auths":{"a.io":{"username":"u2"}}}`);
    expect(fates(m)).toEqual(["auths a.io: overwritten", "auths a.io: overwritten", "Auths a.io: live"]);
    const [first, second, last] = m.auths?.entries ?? [];
    expect(first?.overwrittenBy).toBe(last);
    expect(second?.overwrittenBy).toBe(last);
    expect(m.auths?.live.get("a.io")).toBe(last);
  });

  it("an overwritten entry whose replacement is reset is reset too", () => {
    const m = must(`{"auths":{"a.io":{},"a.io":{}},"Auths":null}`);
    expect(fates(m)).toEqual(["auths a.io: reset", "auths a.io: reset"]);
  });

  it("an entry written as null is live and empty (it replaces the earlier one)", () => {
    const m = must(`{"auths":{"a.io":{"auth":"${U1}"},"a.io":null}}`);
    expect(fates(m)).toEqual(["auths a.io: overwritten", "auths a.io: live"]);
    expect(m.auths?.live.get("a.io")?.fields).toBeNull();
  });

  it("a section of another type is a type error that leaves the map as it was", () => {
    const m = must(`{"auths":{"a.io":{}},"Auths":"x","AUTHS":[1]}`);
    expect(fates(m)).toEqual(["auths a.io: live"]);
    expect(m.auths?.properties).toHaveLength(3);
  });

  it("credHelpers merge, reset and repeat the same way", () => {
    const m = must(`{"credHelpers":{"a.io":"x","b.io":"y"},"CredHelpers":null,"credHelpers":{"a.io":"z"},"CREDHELPERS":{"a.io":"w"}}`);
    expect(fates(m, "credHelpers")).toEqual(["credHelpers a.io: reset", "credHelpers b.io: reset", "credHelpers a.io: overwritten", "CREDHELPERS a.io: live"]);
    expect([...helpersOf(m)]).toEqual([["a.io", "w"]]);
  });

  it("credsStore is the last string written: null leaves it, a wrong type leaves it", () => {
    expect(must(`{"credsStore":"desktop","CredsStore":""}`).credsStore?.key).toBe("CredsStore");
    expect(credsStoreOf(must(`{"credsStore":"desktop","CredsStore":""}`))).toBe("");
    expect(credsStoreOf(must(`{"credsStore":"desktop","CredsStore":null}`))).toBe("desktop");
    expect(credsStoreOf(must(`{"credsStore":"desktop","CREDSSTORE":5}`))).toBe("desktop");
    expect(credsStoreOf(must(`{"cred\\u017fStore":"desktop"}`))).toBe("desktop");
    expect(must(`{"credsStore":"a","credsStore":null}`).credsStores.map((p) => p.key)).toEqual(["credsStore", "credsStore"]);
  });

  it("findField: the property a string field is read from is the last one that is not null", () => {
    const m = must(`{"auths":{},"credsStore":"a","CredsStore":"b","CREDSSTORE":null}`);
    expect(findField(m.top, "credsStore")?.key).toBe("CredsStore");
  });
});

describe("entry fields and verdicts, computed once", () => {
  const m = must(`{"auths":{"a.io":{"auth":"!!!","AUTH":"${U1}","username":"u"},"https://b.io/v2/":{"auth":"${U1}","Auth":null}}}`);
  const [a, b] = m.auths?.entries ?? [];
  if (a === undefined || a.fields === null || b === undefined || b.fields === null) throw new Error("entries");

  it("fieldString is the last string a field is assigned; null leaves it", () => {
    expect(fieldString(a.fields ?? [], "auth")?.value).toBe(U1);
    expect(fieldString(b.fields ?? [], "auth")?.value).toBe(U1);
    expect(fieldProps(a.fields ?? [], "Auth").map((p) => p.key)).toEqual(["auth", "AUTH"]);
  });

  it("decodedAuthOf decodes the value the client ends up with, once per entry and flavor", () => {
    const verdict = decodedAuthOf(a, "docker");
    expect(verdict?.ok).toBe(true);
    expect(decodedAuthOf(a, "docker")).toBe(verdict);
    expect(credentialOf(a, "docker")).toBe("usable");
  });

  it("verdictOf judges a key once per flavor and use", () => {
    const v = verdictOf(b, "docker", "auths");
    expect(v).toMatchObject({ registry: "b.io", found: true, reason: "urlForm" });
    expect(verdictOf(b, "docker", "auths")).toBe(v);
    expect(verdictOf(b, "docker", "credHelpers").found).toBe(false);
  });
});

describe("storeFor / helperFor: the one credential-helper lookup", () => {
  it("docker asks credHelpers by the exact key it looks up: the Hub key, never index.docker.io", () => {
    const m = must(`{"auths":{"${HUB}":{}},"credHelpers":{"index.docker.io":"fake"}}`);
    expect(storeFor(m, HUB, "docker").store).toBe("file");
    expect(helperFor(m, HUB, "docker")).toBeNull();
  });

  it("docker: credHelpers beats credsStore; an empty or null helper sends it back to the file", () => {
    const m = must(`{"auths":{},"credsStore":"desktop","credHelpers":{"a.io":"ecr-login","b.io":"","c.io":null}}`);
    expect(helperFor(m, "a.io", "docker")).toEqual({ helper: "ecr-login", via: "credHelpers" });
    expect(storeFor(m, "b.io", "docker")).toMatchObject({ store: "file", setting: { key: "b.io" } });
    expect(storeFor(m, "c.io", "docker").store).toBe("file");
    expect(helperFor(m, "https://d.io/v2/", "docker")).toEqual({ helper: "desktop", via: "credsStore" });
    expect(storeFor(m, "d.io", "docker")).toMatchObject({ store: "helper", setting: { key: "credsStore" } });
  });

  it("docker: the credsStore that wins is the last string written", () => {
    expect(helperFor(must(`{"auths":{},"credsStore":"desktop","CredsStore":""}`), HUB, "docker")).toBeNull();
  });

  it("containers: credHelpers by host, credsStore not read, an empty helper is broken", () => {
    const m = must(`{"auths":{},"credsStore":"desktop","credHelpers":{"quay.io":"fake","ghcr.io":""}}`);
    expect(helperFor(m, "quay.io/org", "containers")).toEqual({ helper: "fake", via: "credHelpers" });
    expect(helperFor(m, "docker.io", "containers")).toBeNull();
    expect(storeFor(m, "ghcr.io", "containers").store).toBe("broken");
  });

  it("a key the client never finds is served by nothing (canonical-registry-key's)", () => {
    expect(helperFor(must(`{"auths":{},"credsStore":"desktop"}`), "docker.io", "docker")).toBeNull();
  });

  it("is resolved once per file, flavor and key", () => {
    const m = must(`{"auths":{},"credHelpers":{"a.io":"x"}}`);
    expect(storeFor(m, "a.io", "docker")).toBe(storeFor(m, "a.io", "docker"));
  });
});

describe("which files are registry files (FileKind from the host)", () => {
  it.each<[string, FileKind]>([
    ["home/.docker/config.json", "docker-config"],
    [".docker/config.json", "docker-config"],
    ["C:\\Users\\me\\.docker\\config.json", "docker-config"],
    ["home/.docker/daemon.json", "json"],
    ["secrets/.dockerconfigjson", "docker-config"],
    ["run/containers/auth.json", "docker-config"],
    ["home/.dockercfg", "dockercfg"],
    ["app/config.json", "config-json"],
    ["config.json", "config-json"],
    ["auth.json", "json"],
    ["firebase.json", "json"],
    ["home/.docker/notes.txt", "json"],
  ])("%s → %s", (filename, kind) => {
    expect(fileKindForFilename(filename)).toBe(kind);
  });

  it("the legacy shape only in a file read as legacy", () => {
    const legacy = `{"ghcr.io":{"auth":"${U1}"},"quay.io":{"username":"u","password":"p"}}`;
    expect(must(legacy, "dockercfg")).toMatchObject({ shape: "legacy", legacyFile: true });
    expect(fates(must(legacy, "dockercfg"))).toEqual(["(root) ghcr.io: live", "(root) quay.io: live"]);
    expect(model(legacy, "config-json")).toBeNull();
    expect(model(legacy, "json")).toBeNull();
  });

  it("a .dockercfg holding username/password without auth is a legacy file all the same", () => {
    expect(must(`{"reg.example.com":{"username":"u","password":"p","email":"e"}}`, "dockercfg").shape).toBe("legacy");
  });

  it("a .dockercfg in the new format: shape config, legacyFile (legacy readers cannot parse it)", () => {
    expect(must(`{"auths":{"ghcr.io":{"auth":"${U1}"}}}`, "dockercfg")).toMatchObject({ shape: "config", legacyFile: true });
  });

  it("legacy entries in a .docker/config.json: docker reads the file as a config and finds none", () => {
    expect(must(`{"ghcr.io":{"auth":"${U1}"}}`, "docker-config")).toMatchObject({ shape: "legacy", legacyFile: false });
  });

  it("an application's config.json that looks like a legacy file is not a registry file", () => {
    expect(model(`{"messages":{"auth":"Sign in","password":"Password"}}`, "config-json")).toBeNull();
    expect(model(`{"smtp":{"auth":{"user":"u","pass":"p"}}}`, "config-json")).toBeNull();
  });

  it("a top-level auths of another type is no marker outside a client's own file (Firebase)", () => {
    expect(model(`{"auths":["google"],"projectId":"x"}`, "config-json")).toBeNull();
    expect(model(`{"auths":"google"}`, "json")).toBeNull();
    // docker refuses its own file with it: strict-json reports the type.
    expect(must(`{"auths":["google"]}`, "docker-config").auths).toBeNull();
  });

  it("a .docker/config.json whose only marker is misspelled is a config with markerTypo", () => {
    for (const text of [`{"credHelper":{"gcr.io":"gcloud"}}`, `{"credStore":"desktop"}`, `{"auth":{"ghcr.io":{"auth":"${U1}"}}}`, `{"cred_helpers":{"a.io":"x"}}`]) {
      expect(must(text, "docker-config"), text).toMatchObject({ shape: "config", markerTypo: true, auths: null, credHelpers: null, credsStore: null });
    }
  });

  it("a config.json elsewhere: a misspelled marker counts only with registry content and docker fields alone", () => {
    expect(must(`{"credHelper":{"gcr.io":"gcloud"},"psFormat":"x"}`, "config-json").markerTypo).toBe(true);
    expect(must(`{"auth":{"ghcr.io":{"auth":"${U1}"}}}`, "config-json").markerTypo).toBe(true);
    expect(model(`{"auth":{"secret":"x"}}`, "config-json")).toBeNull();
    expect(model(`{"auth":{"ghcr.io":{}},"port":8080}`, "config-json")).toBeNull();
    expect(model(`{"credStore":"x"}`, "json")).toBeNull();
  });

  it("one model per text and kind", () => {
    const ast = parse(`{"auths":{}}`);
    expect(registryModel(ast, "json")).toBe(registryModel(ast, "json"));
    expect(registryModel(ast, "dockercfg")).not.toBe(registryModel(ast, "json"));
  });
});

describe("application files named config.json stay silent under every rule", () => {
  it.each([
    ['{"messages": {"auth": "Sign in", "password": "Password", "username": "User name"}}'],
    ['{"smtp": {"auth": {"user": "me", "pass": "hunter2"}, "host": "mail.example.com"}}'],
    ['{"auths": ["google", "github"], "projectId": "my-app"}'],
    ['{"auth": {"secret": "x"}, "port": 8080}'],
  ])("%s", (code) => {
    expect(lint(code, "src/config.json")).toEqual([]);
  });
});

describe("a client's own file whose only marker is misspelled is reported, not skipped", () => {
  it.each([
    ['{"credHelper": {"gcr.io": "gcloud"}}', "credHelper", "credHelpers"],
    ['{"credStore": "desktop"}', "credStore", "credsStore"],
    ['{"auth": {"ghcr.io": {"auth": "dTpw"}}}', "auth", "auths"],
  ])("%s in .docker/config.json", (code, key, field) => {
    const messages = lint(code, "home/.docker/config.json").map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column }));
    expect(messages).toEqual([{ ruleId: "docker-config/no-unknown-properties", messageId: "misspelledProperty", line: 1, column: 2 }]);
    expect(lint(code, "home/.docker/config.json")[0]?.message).toContain(`"${key}" is unknown to the Docker CLI: did you mean "${field}"?`);
  });

  it("in an application's config.json (fields docker does not have) it is not a registry file", () => {
    expect(lint('{"credStore": "vault", "port": 8080}', "src/settings/config.json")).toEqual([]);
    expect(lint('{"credStore": "desktop"}', "composer/auth.json")).toEqual([]);
  });
});
