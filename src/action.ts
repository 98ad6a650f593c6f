// The GitHub Action shell: read inputs, call run(), scope the Report to the pull request, and hand it
// to the sinks (annotations, job summary, files, outputs, sticky comment). Decisions live elsewhere.
import * as core from "@actions/core";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, customPoliciesFlag } from "./config/config.js";
import { EngineError, locatePolicyDir } from "./engine/engine.js";
import { changedFiles, gitIn, relativeToScanRoot, repositoryRoot } from "./github/changed-files.js";
import { createClient, type GitHubClient } from "./github/client.js";
import { pullRequestContext, runUrl, type PullRequestContext } from "./github/context.js";
import { resolveGateConfig, reviewGateConfig, type GateConfig } from "./github/gate-config.js";
import { InputError, readInputs, type ActionInputs } from "./github/inputs.js";
import { publishComment } from "./github/publish.js";
import { isCandidatePath } from "./readers/classify.js";
import { reportSource } from "./github/source.js";
import { ownerFromGitHub } from "./init/owner.js";
import { scopeToChanges, type Report } from "./report/report.js";
import { originFromActions, withOrigin } from "./report/origin.js";
import { run } from "./run.js";
import { planAnnotations, type AnnotationPlan } from "./sinks/annotations.js";
import { commentMarker, renderComment } from "./sinks/comment.js";
import { renderReport, reportFile, lazyProvenance, sarifPrefix, writeOutputs, type Output } from "./outputs.js";
import { actionWorkspace, type Workspace } from "./io/workspace.js";
import { renderMarkdown } from "./sinks/markdown.js";
import { renderText } from "./sinks/text.js";
import { VERSION } from "./version.js";

/** Prints text that may quote artifacts without letting it issue workflow commands. */
function logUntrusted(text: string): void {
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}\n${text}::${token}::\n`);
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs((name) => core.getInput(name), env["GITHUB_WORKSPACE"] ?? process.cwd(), env["RUNNER_TEMP"] ? [env["RUNNER_TEMP"]] : []);
  } catch (e) {
    if (e instanceof InputError) return core.setFailed(e.message);
    throw e;
  }
  try {
    const workspace = actionWorkspace(inputs.workspace, env["RUNNER_TEMP"]);
    const pr = pullRequestContext(env);
    const client = pr && inputs.token ? createClient(inputs.token, env["GITHUB_API_URL"] || "https://api.github.com", core.debug) : null;
    const gate = pr ? await gateConfigFor(pr, client, inputs) : null;
    const { report: ran } = await run({
      workspace,
      root: inputs.root,
      config: inputs.config,
      ...(gate ? { configOverride: gate.config } : {}),
      ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
      ...(inputs.customPolicies ? { customPolicies: customPoliciesFlag(inputs.customPolicies, "input custom-policies") } : {}),
      policyDir: locatePolicyDir(path.dirname(fileURLToPath(import.meta.url))),
      version: VERSION,
      defaultOrganization: ownerFromGitHub(env),
      onConfig: (cfg) => core.debug(`effective configuration: ${JSON.stringify(cfg)}`),
    });
    const full = gate ? { ...ran, config_review: reviewGateConfig(gate, new Map(ran.rules.map((r) => [r.id, r.default_severity ?? r.severity]))) } : ran;
    const scoped = pr ? await scopeToPullRequest(full, pr, client, inputs) : full;
    const source = reportSource(env, pr, rootInRepository(inputs));
    const report: Report = withOrigin(source ? { ...scoped, source } : scoped, originFromActions(env, pr?.headSha ?? null));
    if (!pr && inputs.onlyChanged) core.info("aigis: only-changed applies to pull_request events; every finding counts on this event.");

    const plan = planAnnotations(report);
    annotate(plan, inputs);
    logUntrusted(renderText(report));
    // Each output on its own: one that cannot be written fails the step by name, the others still land.
    const failures = await writeOutputs(outputsOf(report, plan, inputs, workspace, env));
    const failed = new Set(failures.map((f) => f.name));
    const written = (name: string, file: string | null) => (failed.has(name) ? null : file);
    setOutputs(report, {
      jsonFile: written("json-file", inputs.jsonFile),
      sarifFile: written("sarif-file", inputs.sarifFile),
      htmlFile: written("html-file", inputs.htmlFile),
      oscalFile: written("oscal-file", inputs.oscalFile),
    });

    if (pr && inputs.comment) await comment(report, pr, client, inputs, env);
    // One setFailed, one error annotation: the annotation plan kept exactly one error slot for it.
    const errors = failures.map((f) => `aigis: ${f.message}`);
    if (!report.passed) {
      const where = report.changes?.only_changed ? " in files this pull request changes" : "";
      errors.push(`aigis: ${report.summary.blocking} finding(s) at or above fail-on ${report.threshold}${where}.`);
    }
    if (errors.length) core.setFailed(errors.join("\n"));
  } catch (e) {
    if (e instanceof ConfigError || e instanceof EngineError) core.setFailed(`aigis: ${e.message}`);
    else core.setFailed(`aigis: internal error: ${(e as Error).stack ?? String(e)}`);
  }
}

/** Marks findings in changed files; with only-changed, only those can fail the check. */
async function scopeToPullRequest(report: Report, pr: PullRequestContext, client: GitHubClient | null, inputs: ActionInputs): Promise<Report> {
  // Changed paths are relative to the repository; with actions/checkout's `path:` that is not the workspace.
  const repository = repositoryRoot(gitIn(inputs.root)) ?? inputs.workspace;
  const changed = await changedFiles(pr, { client, git: gitIn(repository), debug: core.debug });
  if (!changed) {
    if (inputs.onlyChanged)
      core.warning("aigis: could not tell which files this pull request changes (API and git both failed), so only-changed is off and every finding counts.");
    return report;
  }
  core.debug(`${changed.files.length} changed files (from ${changed.source})`);
  // Real paths: git names the top directory with symbolic links resolved.
  const [repo, root] = [fs.realpathSync(repository), fs.realpathSync(inputs.root)];
  return scopeToChanges(report, relativeToScanRoot(changed.files, repo, root), inputs.onlyChanged, {
    files: relativeToScanRoot(changed.deleted, repo, root),
    wouldRead: isCandidatePath,
  });
}

/** The configuration that gates a pull request: the base branch's unless config-from is head. */
async function gateConfigFor(pr: PullRequestContext, client: GitHubClient | null, inputs: ActionInputs): Promise<GateConfig> {
  const top = repositoryRoot(gitIn(inputs.root));
  // Paths at the base commit are relative to the checkout's top directory, which git names with
  // symbolic links resolved; the scanned directory and the config input are resolved the same way.
  const root = fs.realpathSync(inputs.root);
  const explicit = inputs.config ? path.join(root, path.relative(inputs.root, inputs.config)) : null;
  return resolveGateConfig({
    from: inputs.configFrom,
    pr,
    root,
    explicit,
    repository: top ? fs.realpathSync(top) : fs.realpathSync(inputs.workspace),
    git: top ? gitIn(top) : null,
    client,
    warn: (message) => core.warning(message),
    debug: core.debug,
  });
}

/** The scanned directory relative to the repository (links are repository-relative; with
 * actions/checkout's `path:` the repository is not the workspace). */
function rootInRepository(inputs: ActionInputs): string {
  const repository = repositoryRoot(gitIn(inputs.root)) ?? inputs.workspace;
  return toPosix(path.relative(fs.realpathSync(repository), fs.realpathSync(inputs.root)));
}

function annotate(plan: AnnotationPlan, inputs: ActionInputs): void {
  for (const a of plan.annotations) {
    // A repository-wide finding has no file: GitHub shows it on the run, not on an unrelated file.
    const props =
      a.file === null
        ? { title: a.title }
        : {
            title: a.title,
            file: toPosix(path.relative(inputs.workspace, path.join(inputs.root, a.file))),
            startLine: a.startLine,
            startColumn: a.startColumn,
          };
    if (a.level === "error") core.error(a.message, props);
    else if (a.level === "warning") core.warning(a.message, props);
    else core.notice(a.message, props);
  }
}

async function comment(report: Report, pr: PullRequestContext, client: GitHubClient | null, inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  if (!client) {
    core.warning("aigis: no github-token, so no pull-request comment. Annotations, the job summary and the check status are unaffected.");
    return;
  }
  const marker = commentMarker(inputs.scope);
  const body = renderComment(report, { marker, runUrl: runUrl(env) });
  const outcome = await publishComment(client, pr, marker, body, core.debug);
  if (outcome.ok) core.info(`aigis: pull-request comment ${outcome.result.action} (id ${outcome.result.id}).`);
  else core.warning(outcome.warning);
}

/** The job summary and the report files the inputs ask for. */
function outputsOf(report: Report, plan: AnnotationPlan, inputs: ActionInputs, workspace: Workspace, env: NodeJS.ProcessEnv): Output[] {
  const outputs: Output[] = [];
  if (env["GITHUB_STEP_SUMMARY"]) {
    outputs.push({
      name: "the job summary (GITHUB_STEP_SUMMARY)",
      write: async () => void (await core.summary.addRaw(renderMarkdown(report, { annotations: plan })).write()),
    });
  }
  const pathPrefix = sarifPrefix(workspace, fs.realpathSync(inputs.root));
  const policyDir = locatePolicyDir(path.dirname(fileURLToPath(import.meta.url)));
  const prefix = { sarifPrefix: pathPrefix, provenance: lazyProvenance(report, { env, version: VERSION, policyDir, pathPrefix }) };
  if (inputs.jsonFile) outputs.push(reportFile(workspace, "json-file", inputs.jsonFile, renderReport(report, "json", prefix)));
  if (inputs.sarifFile) outputs.push(reportFile(workspace, "sarif-file", inputs.sarifFile, renderReport(report, "sarif", prefix)));
  if (inputs.htmlFile) outputs.push(reportFile(workspace, "html-file", inputs.htmlFile, renderReport(report, "html", prefix)));
  if (inputs.oscalFile) outputs.push(reportFile(workspace, "oscal-file", inputs.oscalFile, renderReport(report, "oscal", prefix)));
  return outputs;
}

function setOutputs(report: Report, inputs: { jsonFile: string | null; sarifFile: string | null; htmlFile: string | null; oscalFile: string | null }): void {
  core.setOutput("findings", report.summary.findings);
  for (const s of ["critical", "high", "medium", "low"] as const) core.setOutput(s, report.summary.by_severity[s]);
  core.setOutput("score", report.readiness.overall === null ? "" : String(report.readiness.overall));
  core.setOutput("json-file", inputs.jsonFile ?? "");
  core.setOutput("sarif-file", inputs.sarifFile ?? "");
  core.setOutput("html-file", inputs.htmlFile ?? "");
  core.setOutput("oscal-file", inputs.oscalFile ?? "");
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}
