// dockerd settings written into a client's credential file: the Docker CLI (cli/config/configfile
// ConfigFile) and containers/image (pkg/docker/config dockerConfigFile) have no such fields and
// ignore them, so the mirror or insecure registry the user meant is never used.
import { DISTINCTIVE_KEYS } from "../daemon/dockerd.js";
import type { RegistryDocument } from "../document.js";
import { removeProperty } from "../edits.js";
import type { Finding } from "../finding.js";
import { CLIENT_NAME } from "../registry.js";

export type NoDaemonSettingsMessageIds = "daemonSetting" | "daemonSettingContainers" | "removeKey";

export function noDaemonSettingsFindings(doc: RegistryDocument): Finding<NoDaemonSettingsMessageIds>[] {
  const { model, flavor } = doc;
  if (model === null || model.shape !== "config") return [];
  const findings: Finding<NoDaemonSettingsMessageIds>[] = [];
  for (const entry of model.top) {
    if (!DISTINCTIVE_KEYS.has(entry.key)) continue;
    const data = { key: entry.shown, client: CLIENT_NAME[flavor] };
    findings.push({
      messageId: flavor === "containers" ? "daemonSettingContainers" : "daemonSetting",
      range: entry.property.key.range,
      data,
      // Removing it changes nothing a client does, but the list is what the user meant to set up
      // elsewhere: a suggestion, so that it is moved, not lost.
      suggestions: [{ messageId: "removeKey", data, fix: [removeProperty(doc.ast, entry.property)] }],
    });
  }
  return findings;
}
