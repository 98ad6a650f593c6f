// The GitHub Action shell: translate inputs, call run(), hand the Report to the GitHub sinks.
import * as core from "@actions/core";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "./config/config.js";
import { EngineError, locatePolicyDir } from "./engine/engine.js";
import { THRESHOLDS, isThreshold } from "./model/severity.js";
import { run } from "./run.js";
import { annotations } from "./sinks/annotations.js";
import { renderJson } from "./sinks/json.js";
import { renderMarkdown } from "./sinks/markdown.js";
import { renderText } from "./sinks/text.js";
import { VERSION } from "./version.js";

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** Prints text that may quote artifacts without letting it issue workflow commands. */
function logUntrusted(text: string): void {
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}\n${text}::${token}::\n`);
}

export async function runAction(): Promise<void> {
  const workspace = path.resolve(process.env["GITHUB_WORKSPACE"] ?? process.cwd());
  const failOn = core.getInput("fail-on") || "critical";
  if (!isThreshold(failOn)) {
    core.setFailed(`Input fail-on must be one of ${THRESHOLDS.join(", ")}; got "${failOn}".`);
    return;
  }
  const root = path.resolve(workspace, core.getInput("path") || ".");
  if (!isInside(workspace, root)) {
    core.setFailed(`Input path must stay inside the workspace (${workspace}); got "${core.getInput("path")}".`);
    return;
  }
  const configInput = core.getInput("config");
  const configPath = configInput ? path.resolve(workspace, configInput) : null;
  if (configPath && !isInside(workspace, configPath)) {
    core.setFailed(`Input config must be a file inside the workspace; got "${configInput}".`);
    return;
  }
  const jsonFile = core.getInput("json-file");
  const jsonPath = jsonFile ? path.resolve(workspace, jsonFile) : null;
  if (jsonPath && !isInside(workspace, jsonPath)) {
    core.setFailed(`Input json-file must be a path inside the workspace; got "${jsonFile}".`);
    return;
  }
  try {
    const { report } = await run({
      root,
      config: configPath,
      failOn,
      policyDir: locatePolicyDir(path.dirname(fileURLToPath(import.meta.url))),
      version: VERSION,
      onConfig: (cfg) => core.debug(`effective configuration: ${JSON.stringify(cfg)}`),
    });
    const relToWorkspace = (p: string) => path.relative(workspace, path.join(root, p)).split(path.sep).join("/");
    for (const a of annotations(report.findings)) {
      const props = { title: a.title, file: relToWorkspace(a.file), startLine: a.startLine, startColumn: a.startColumn };
      if (a.level === "error") core.error(a.message, props);
      else if (a.level === "warning") core.warning(a.message, props);
      else core.notice(a.message, props);
    }
    logUntrusted(renderText(report));
    if (process.env["GITHUB_STEP_SUMMARY"]) await core.summary.addRaw(renderMarkdown(report)).write();
    if (jsonPath) {
      fs.mkdirSync(path.dirname(jsonPath), { recursive: true });
      fs.writeFileSync(jsonPath, renderJson(report));
    }
    core.setOutput("findings", report.summary.findings);
    for (const s of ["critical", "high", "medium", "low"] as const) core.setOutput(s, report.summary.by_severity[s]);
    if (!report.passed) core.setFailed(`aigis: ${report.summary.blocking} finding(s) at or above fail-on ${report.threshold}.`);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof EngineError) core.setFailed(`aigis: ${e.message}`);
    else core.setFailed(`aigis: internal error: ${(e as Error).stack ?? String(e)}`);
  }
}
