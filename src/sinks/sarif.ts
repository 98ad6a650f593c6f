// The report as SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). Rule descriptors come
// from rule metadata and the fix-list (the report's cited controls); nothing is recomputed.
// Output is deterministic: same report, same bytes.
import { frameworkOf } from "../model/frameworks.js";
import { SEVERITY_PRESENTATION } from "../model/severity.js";
import type { Finding } from "../model/types.js";
import type { FixItem } from "../report/fix-list.js";
import { repositoryWide, type Report } from "../report/report.js";
import { safeLink } from "../report/untrusted.js";
import { md } from "./markdown.js";

export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/** Code scanning accepts at most 25,000 results per run (and shows the 5,000 most severe). */
export const MAX_RESULTS = 25_000;
/** Code scanning keeps 20 tags per rule. */
export const MAX_TAGS = 20;

export interface SarifOptions {
  /** Prepended to every finding path to make it repository-relative (the scanned directory relative
   * to the repository root, "" when it is the root). */
  pathPrefix?: string;
}

export function renderSarif(report: Report, opts: SarifOptions = {}): string {
  return JSON.stringify(toSarif(report, opts), null, 2) + "\n";
}

export function toSarif(report: Report, opts: SarifOptions = {}) {
  const prefix = (opts.pathPrefix ?? "")
    .replace(/\\/g, "/")
    .replace(/^\.?\/+|\/+$/g, "")
    .replace(/^\.$/, "");
  const findings = report.findings.slice(0, MAX_RESULTS);
  // Waived findings are results too, marked with SARIF suppressions (viewers show them as suppressed).
  const suppressed = report.suppressed.slice(0, MAX_RESULTS - findings.length);
  const fixByRule = new Map(report.fix_list.map((i) => [i.rule, i]));
  const metaById = new Map(report.rules.map((r) => [r.id, r]));
  const ruleIds = [...new Set([...findings, ...suppressed].map((f) => f.rule))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));

  const rules = ruleIds.map((id) => {
    const meta = metaById.get(id);
    const fix = fixByRule.get(id);
    // The severity the report applied to the rule (the configuration's, else METADATA's): every
    // finding of the rule has it.
    const severity = meta?.severity ?? findings.find((f) => f.rule === id)?.severity ?? "medium";
    const title = meta?.title ?? fix?.title ?? id;
    const remediation = oneLine(meta?.remediation ?? fix?.remediation ?? "");
    const controls = fix?.controls ?? (meta?.controls ?? []).map((key) => ({ key, title: key, url: "" }));
    // Only an http(s) link becomes helpUri: viewers open it as it is.
    const helpUri = (meta?.related_resources ?? []).map(safeLink).find((u) => u !== null);
    // A custom rule's texts come with the repository: shown as text in help.markdown.
    const custom = meta?.custom === true || !id.startsWith("AIGIS-");
    return {
      id,
      name: pascalCase(title),
      shortDescription: { text: plain(sentence(title)) },
      fullDescription: { text: plain(sentence(oneLine(meta?.description ?? title))) },
      ...(helpUri ? { helpUri } : {}),
      help: { text: plain(helpText(remediation, controls)), markdown: helpMarkdown(custom ? md(remediation) : remediation, meta?.example ?? null, controls) },
      defaultConfiguration: { level: SEVERITY_PRESENTATION[severity].sarif },
      properties: {
        tags: tags(controls.map((c) => c.key)),
        precision: meta?.heuristic ? "medium" : "high",
        "security-severity": SEVERITY_PRESENTATION[severity].security,
      },
    };
  });

  const at = (p: string) => toUri(prefix ? `${prefix}/${p}` : p);
  const fileLocation = (f: Finding) => ({
    physicalLocation: {
      artifactLocation: { uri: at(f.path) },
      region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
    },
  });
  // A finding about the repository as a whole names the repository as its logical location. Code
  // scanning rejects a whole file for one result without a physical location, so it also points at
  // the gate's configuration file (the default name when the run used defaults: where `aigis init`
  // puts it), never at an artifact that has nothing to fix.
  const repositoryLocation = {
    physicalLocation: { artifactLocation: { uri: at(report.config_file ?? ".aigis.yml") }, region: { startLine: 1, startColumn: 1 } },
    logicalLocations: [{ name: "repository", fullyQualifiedName: prefix || ".", kind: "module" }],
  };
  const result = (f: Finding) => ({
    ruleId: f.rule,
    ruleIndex: ruleIndex.get(f.rule)!,
    level: SEVERITY_PRESENTATION[f.severity].sarif,
    message: { text: plain(sentence(oneLine(f.message))) },
    locations: [repositoryWide(f) ? repositoryLocation : fileLocation(f)],
    // The fingerprint leaves line numbers out, so an alert keeps its identity when text above it
    // moves; upload-sarif would otherwise derive primaryLocationLineHash from the line's content.
    partialFingerprints: { "aigis/v1": f.fingerprint, primaryLocationLineHash: `${f.fingerprint}:1` },
    properties: { severity: f.severity, controls: f.controls },
  });
  const results = [
    ...findings.map(result),
    ...suppressed.map((f) => {
      const s = f.suppression;
      const justification = s ? `${s.reason} (owner: ${s.owner}; expires ${s.expires}; waiver at ${s.source})` : "waived";
      return { ...result(f), suppressions: [{ kind: s?.kind ?? ("external" as const), status: "accepted" as const, justification }] };
    }),
  ];

  const cut = report.findings.length - findings.length;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0" as const,
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: "https://github.com/aigis/aigis",
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(cut > 0
              ? {
                  toolExecutionNotifications: [
                    {
                      level: "warning" as const,
                      message: {
                        text: `${cut} less severe findings were left out: code scanning accepts at most ${MAX_RESULTS} results per run. The JSON report has all of them.`,
                      },
                    },
                  ],
                }
              : {}),
          },
        ],
        results,
      },
    ],
  };
}

function helpText(remediation: string, controls: FixItem["controls"]): string {
  return `Fix: ${remediation}\n\nControls: ${controls.map((c) => (c.title !== c.key ? `${c.key} (${c.title})` : c.key)).join("; ")}`;
}

function helpMarkdown(remediation: string, example: string | null, controls: FixItem["controls"]): string {
  const out = [`**Fix:** ${remediation}`, ""];
  if (example) out.push("Example:", "", fence(example), example, fence(example), "");
  out.push("**Controls this evidences:**", "");
  for (const c of controls) out.push(`- ${c.url ? `[${c.key}](${c.url})` : c.key}${c.title !== c.key ? `: ${c.title}` : ""}`);
  return out.join("\n");
}

/** Framework tags from control keys, named like the readiness frameworks (`iso42001:A.9.4` →
 * `iso42001`, `owasp-llm:LLM03:2025` → `owasp-llm-2025`), after two general ones. */
function tags(controlKeys: string[]): string[] {
  const frameworks = [...new Set(controlKeys.map(frameworkOf))].sort();
  return ["security", "ai-governance", ...frameworks].slice(0, MAX_TAGS);
}

/** A repository-relative URI reference: each segment percent-encoded, `/` kept. */
export function toUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** A code fence longer than any run of backticks in the block, so the block cannot close it. */
function fence(block: string): string {
  return "`".repeat(Math.max(2, ...(block.match(/`+/g) ?? []).map((r) => r.length)) + 1);
}

/** SARIF plain text: viewers turn `[text](target)` into a link, so literal brackets are escaped (SARIF 2.1.0 §3.11.6). */
function plain(text: string): string {
  return text.replace(/[[\]]/g, "\\$&");
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}
