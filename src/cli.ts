#!/usr/bin/env node
// The CLI shell: parse arguments, call run(), print a sink, exit 0 / 1 / 2. The other commands
// (rules, explain, init, sbom, merge) are imported when run, so a check does not load them.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, customPoliciesFlag } from "./config/config.js";
import { EngineError, loadBundle, locatePolicyDir } from "./engine/engine.js";
import { THRESHOLDS, isThreshold } from "./model/severity.js";
import type { Threshold } from "./model/types.js";
import { repositoryOwner } from "./init/owner.js";
import { isTerminal, progressRenderer } from "./progress.js";
import { run } from "./run.js";
import { REPORT_FORMATS, renderReport, reportFile, lazyProvenance, sarifPrefix, writeOutputs, type Output, type ReportFormat } from "./outputs.js";
import { cliWorkspace } from "./io/workspace.js";
import { MergeUsageError } from "./merge/usage.js";
import { useColor } from "./sinks/text.js";
import { walkArgs } from "./parse/args.js";
import { VERSION } from "./version.js";
import { pullRequestContext } from "./github/context.js";
import { cliOrigin, gitAt, originProblem, withOrigin, type Origin } from "./report/origin.js";

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const HELP = `aigis ${VERSION}: checks AI-governance evidence (model cards, data provenance, AI SBOMs)
against policy-as-code mapped to ISO/IEC 42001, NIST AI RMF and the OWASP LLM Top 10.

Usage:
  aigis check [path] [options]   scan a repository (default path: .)
  aigis rules [--format text|json|markdown]
                                 list the rules with their severity and cited controls
  aigis explain RULE-ID          what a rule checks, its controls, how to fix and waive it
  aigis merge <reports or dirs…> [--format json|markdown|html] [--output FILE]
                                 one view of many repositories' JSON reports (aigis merge
                                 --help); exit 3 when a file was skipped
  aigis init [path]              scaffold the missing artifacts (model card, data provenance
                                 record, AI SBOM, AI policy, .aigis.yml, GitHub workflow) with
                                 TODOs; never overwrites a file
  aigis sbom [path] [--output FILE] [--config FILE]
                                 add the models and hosted providers the code uses to the
                                 AI SBOM (CycloneDX 1.6; the repository's, else
                                 ai-bom.cdx.json); never changes an entry a person wrote
  aigis --help | --version

Options for check:
  --config FILE        configuration file (default: .aigis.yml or .aigis.yaml under path)
  --fail-on LEVEL      ${THRESHOLDS.join("|")}: exit 1 when a finding is at or above it
                       (default: the configuration's fail-on, else critical)
  --format FORMAT      text|json|sarif|html|oscal (default: text); html is a printable
                       readiness report, oscal OSCAL 1.1.3 assessment results
  --output FILE        write the report to FILE instead of standard output
  --short              text format: one line per finding, then the verdict
                       (colour on a terminal; NO_COLOR turns it off, FORCE_COLOR on)
  --custom-policies P  your own Rego rules: a directory (compiled with opa on PATH) or a
                       bundle.tar.gz from opa build -t wasm (overrides custom-policies)
  --repository OWNER/NAME, --commit SHA, --ref REF
                       where the report says it was made (default: the GITHUB_* variables
                       in Actions on the workflow's own checkout, else git in path)

Exit status: 0 nothing at or above the threshold; 1 findings at or above it;
2 usage, configuration or internal error (message on standard error).
`;

class UsageError extends Error {}
const usage = (message: string) => new UsageError(message);

interface CheckArgs {
  path: string;
  config: string | null;
  failOn: Threshold | undefined;
  format: ReportFormat;
  output: string | null;
  customPolicies: string | null;
  short: boolean;
  origin: Partial<Origin>;
}

function parseCheck(argv: string[]): CheckArgs {
  const args: CheckArgs = { path: ".", config: null, failOn: undefined, format: "text", output: null, customPolicies: null, short: false, origin: {} };
  let positional = 0;
  walkArgs(
    argv,
    ({ flag, arg: a, inline, value }) => {
      switch (flag) {
        case "--config":
          args.config = value();
          break;
        case "--fail-on": {
          const v = value();
          if (!isThreshold(v)) throw new UsageError(`--fail-on must be one of ${THRESHOLDS.join(", ")}; got "${v}"`);
          args.failOn = v;
          break;
        }
        case "--format": {
          const v = value();
          const format = REPORT_FORMATS.find((f) => f === v);
          if (!format) throw new UsageError(`--format must be text, json, sarif, html or oscal; got "${v}"`);
          args.format = format;
          break;
        }
        case "--output":
        case "-o":
          args.output = value();
          break;
        case "--custom-policies":
          args.customPolicies = value();
          break;
        case "--repository":
        case "--commit":
        case "--ref": {
          const field = flag.slice(2) as keyof Origin;
          const v = value();
          const problem = originProblem(field, v);
          if (problem) throw new UsageError(`${flag}: ${problem}; got "${v}"`);
          args.origin[field] = v;
          break;
        }
        case "--short":
          if (inline !== undefined) throw new UsageError("--short takes no value");
          args.short = true;
          break;
        default:
          if (a.startsWith("-")) throw new UsageError(`unknown option ${a}`);
          if (positional++ > 0) throw new UsageError(`check takes one path; got "${args.path}" and "${a}"`);
          args.path = a;
      }
    },
    usage,
  );
  return args;
}

async function listRules(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { renderRulesJson, renderRulesMarkdown, renderRulesText, rulesReference } = await import("./report/rules-reference.js");
  let format = "text";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--format" || a.startsWith("--format=")) {
      format = a.includes("=") ? a.slice(a.indexOf("=") + 1) : (argv[++i] ?? "");
      if (!["text", "json", "markdown"].includes(format)) throw new UsageError(`--format must be text, json or markdown; got "${format}"`);
    } else throw new UsageError(`rules: unexpected argument ${a}`);
  }
  const bundle = loadBundle(locatePolicyDir(path.dirname(fileURLToPath(import.meta.url))));
  const refs = rulesReference(bundle.rules, bundle.catalog);
  out.write(format === "json" ? renderRulesJson(refs) : format === "markdown" ? renderRulesMarkdown(refs) : renderRulesText(refs));
  return EXIT.ok;
}

async function explainRule(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { renderExplain, rulesReference } = await import("./report/rules-reference.js");
  if (argv.length !== 1 || argv[0]!.startsWith("-")) throw new UsageError("explain takes one rule id, e.g. aigis explain AIGIS-MC-001");
  const id = argv[0]!.toUpperCase();
  const bundle = loadBundle(locatePolicyDir(path.dirname(fileURLToPath(import.meta.url))));
  const ref = rulesReference(bundle.rules, bundle.catalog).find((r) => r.id === id);
  if (!ref) throw new UsageError(`no rule ${argv[0]} (\`aigis rules\` lists them)`);
  out.write(renderExplain(ref));
  return EXIT.ok;
}

async function initRepository(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    out.write(HELP);
    return EXIT.ok;
  }
  if (argv.some((a) => a.startsWith("-")) || argv.length > 1) throw new UsageError("init takes one optional path, e.g. aigis init .");
  const root = argv[0] ?? ".";
  const { init, renderInit } = await import("./init/init.js");
  out.write(renderInit(root, init(root, { owner: repositoryOwner(root) })));
  return EXIT.ok;
}

async function sbomCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    out.write(HELP);
    return EXIT.ok;
  }
  let root: string | null = null;
  let output: string | null = null;
  let config: string | null = null;
  walkArgs(
    argv,
    ({ flag, arg: a, value }) => {
      if (flag === "--output" || flag === "-o") output = value();
      else if (flag === "--config") config = value();
      else if (a.startsWith("-")) throw new UsageError(`sbom: unknown option ${a}`);
      else if (root !== null) throw new UsageError(`sbom takes one path; got "${root}" and "${a}"`);
      else root = a;
    },
    usage,
  );
  const dir = root ?? ".";
  const { renderSbom, writeAiSbom } = await import("./sbom/sbom.js");
  out.write(renderSbom(writeAiSbom(dir, { output, config, version: VERSION, workspace: cliWorkspace(dir) })));
  return EXIT.ok;
}

export async function main(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  const pipe = watchPipe(io.out, io.err);
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.out.write(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === "--version" || command === "-V") {
      io.out.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (command === "rules") return await listRules(rest, io.out);
    if (command === "explain") return await explainRule(rest, io.out);
    if (command === "init") return await initRepository(rest, io.out);
    if (command === "sbom") return await sbomCommand(rest, io.out);
    if (command === "merge") return await (await import("./merge/command.js")).mergeCommand(rest, io, VERSION);
    if (command !== "check") throw new UsageError(`unknown command "${command}"`);
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out.write(HELP);
      return EXIT.ok;
    }
    const args = parseCheck(rest);
    const workspace = cliWorkspace(args.path);
    // Progress of long scans, on a terminal only (issue 7): nothing extra in logs and pipes.
    const progress = isTerminal(io.err) ? progressRenderer(io.err) : null;
    const { report: scanned } = await run({
      root: args.path,
      config: args.config,
      failOn: args.failOn,
      ...(args.customPolicies ? { customPolicies: customPoliciesFlag(args.customPolicies, "--custom-policies") } : {}),
      policyDir: locatePolicyDir(path.dirname(fileURLToPath(import.meta.url))),
      version: VERSION,
      workspace,
      defaultOrganization: repositoryOwner(args.path),
      onConfig: (cfg) => {
        if (process.env["AIGIS_DEBUG"]) io.err.write(`aigis: effective configuration: ${JSON.stringify(cfg)}\n`);
      },
      onProgress: progress?.update,
    }).finally(() => progress?.done());
    const report = withOrigin(
      scanned,
      cliOrigin({
        scanned: args.path,
        named: args.origin,
        env: process.env,
        prHeadSha: () => pullRequestContext(process.env)?.headSha ?? null,
        git: gitAt(fs.realpathSync(args.path)),
      }),
    );
    // Colour only where a person reads it: standard output on a terminal, never in a file.
    const text = { short: args.short, color: !args.output && useColor(io.out as { isTTY?: boolean }) };
    const policyDir = locatePolicyDir(path.dirname(fileURLToPath(import.meta.url)));
    const prefix = sarifPrefix(workspace, fs.realpathSync(args.path));
    const provenance = lazyProvenance(report, { env: process.env, version: VERSION, policyDir, pathPrefix: prefix });
    const body = renderReport(report, args.format, { sarifPrefix: prefix, provenance, text });
    const output: Output = args.output
      ? reportFile(workspace, "--output", path.resolve(args.output), body)
      : { name: "standard output", write: () => body((text) => void (pipe.closed || io.out.write(text))) };
    const failures = await writeOutputs([output]);
    for (const f of failures) io.err.write(`aigis: ${f.message}\n`);
    if (failures.length) return EXIT.usage;
    return report.passed ? EXIT.ok : EXIT.findings;
  } catch (e) {
    if (e instanceof UsageError || e instanceof MergeUsageError) {
      io.err.write(`aigis: ${e.message}\nRun "aigis --help" for usage.\n`);
      return EXIT.usage;
    }
    if (e instanceof ConfigError || e instanceof EngineError) {
      io.err.write(`aigis: ${e.message}\n`);
      return EXIT.usage;
    }
    io.err.write(`aigis: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.usage;
  }
}

/**
 * A reader that stops early (`aigis check | head`) closes the pipe: the write fails with EPIPE,
 * which ends the output quietly instead of crashing the process; the exit status is still the verdict's.
 */
function watchPipe(out: NodeJS.WritableStream, err: NodeJS.WritableStream): { closed: boolean } {
  const state = { closed: false };
  if (typeof out.on === "function") {
    out.on("error", (e: NodeJS.ErrnoException) => {
      state.closed = true;
      if (e.code !== "EPIPE") err.write(`aigis: standard output could not be written: ${e.code ?? e.message}\n`);
    });
  }
  return state;
}
