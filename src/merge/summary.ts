// One report reduced to what the organisation view needs: its verdict, readiness per framework,
// counts by severity, the rules it has gaps on, the AI it uses and its waivers. Only this summary is
// kept after a report is read, so merging 2,000 reports never holds 2,000 reports.
// A report is ours when `tool.name` is "aigis" and its `report_version` is one this build reads;
// anything else is foreign and named with the reason. Reports come from many repositories, so every
// string is made inert and bounded here (untrusted.ts) before any renderer sees it.
import { SEVERITIES, type Severity } from "../model/types.js";
import { REPORT_VERSION } from "../report/report.js";
import { untrustedName } from "../report/untrusted.js";

export interface FrameworkScore {
  id: string;
  name: string;
  /** 0–100, or null when the report assessed nothing for it. */
  score: number | null;
  /** Controls by status as the report gives them (met, gap, no-evidence, and any status a newer report adds). */
  statuses: Record<string, number>;
}

export interface RuleGap {
  rule: string;
  title: string;
  severity: Severity;
  findings: number;
}

export interface InventoryItem {
  /** What was observed: model, provider, weights… (the report's own grouping). */
  kind: string;
  name: string;
  provider: string | null;
}

export interface WaiverUse {
  rule: string;
  owner: string;
  expires: string;
  reason: string;
  source: string;
}

export interface RepoSummary {
  /** `owner/name`, else the report file (a report made outside git and without --repository). */
  repository: string;
  commit: string | null;
  ref: string | null;
  /** The report file, as given on the command line or found in a directory. */
  source: string;
  tool_version: string;
  threshold: string;
  passed: boolean;
  artifacts: number;
  findings: number;
  blocking: number;
  suppressed: number;
  by_severity: Record<Severity, number>;
  overall: number | null;
  frameworks: FrameworkScore[];
  gaps: RuleGap[];
  /** Null when the report has no inventory section (made by a version that did not report one). */
  inventory: InventoryItem[] | null;
  waivers: WaiverUse[];
}

export class ForeignReport extends Error {}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const count = (v: unknown): number | null => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null);
const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? untrustedName(v.trim()) : null);
const isSeverity = (v: unknown): v is Severity => typeof v === "string" && (SEVERITIES as readonly string[]).includes(v);

/** Throws ForeignReport (with the reason) for anything that is not a report this build can merge. */
export function summarize(doc: unknown, source: string): RepoSummary {
  if (!isObject(doc)) throw new ForeignReport("not a JSON object");
  const tool = doc["tool"];
  if (!isObject(tool) || tool["name"] !== "aigis") throw new ForeignReport('not an aigis report (no tool.name "aigis")');
  // The organisation scan's record of a repository it could not clone or check (scripts/org-scan/scan-batch.sh).
  if (typeof doc["scan_error"] === "string")
    throw new ForeignReport(`no report for ${text(doc["repository"]) ?? "a repository"}: ${untrustedName(doc["scan_error"])}`);
  if (doc["report_version"] !== REPORT_VERSION)
    throw new ForeignReport(
      `report_version ${JSON.stringify(doc["report_version"])} is not one this aigis reads (${REPORT_VERSION}); merge with the aigis that made it`,
    );
  const summary = doc["summary"];
  if (!isObject(summary)) throw new ForeignReport("no summary");
  const bySeverity = summary["by_severity"];
  const severities = {} as Record<Severity, number>;
  for (const s of SEVERITIES) {
    const n = isObject(bySeverity) ? count(bySeverity[s]) : null;
    if (n === null) throw new ForeignReport(`summary.by_severity.${s} is not a count`);
    severities[s] = n;
  }
  const numbers = Object.fromEntries(
    (["artifacts", "findings", "blocking", "suppressed"] as const).map((k) => {
      const n = count(summary[k]);
      if (n === null) throw new ForeignReport(`summary.${k} is not a count`);
      return [k, n];
    }),
  ) as Record<"artifacts" | "findings" | "blocking" | "suppressed", number>;
  if (typeof doc["passed"] !== "boolean") throw new ForeignReport("passed is not true or false");
  if (!Array.isArray(doc["findings"])) throw new ForeignReport("findings is not a list");
  const readiness = isObject(doc["readiness"]) ? doc["readiness"] : {};
  return {
    repository: text(doc["repository"]) ?? untrustedName(source),
    commit: text(doc["commit"]),
    ref: text(doc["ref"]),
    source: untrustedName(source),
    tool_version: text(tool["version"]) ?? "unknown",
    threshold: text(doc["threshold"]) ?? "unknown",
    passed: doc["passed"],
    ...numbers,
    by_severity: severities,
    overall: score(readiness["overall"]),
    frameworks: frameworks(readiness["frameworks"]),
    gaps: gaps(doc["findings"]),
    inventory: inventory(doc["inventory"]),
    waivers: waivers(doc["suppressed"]),
  };
}

function score(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100 ? v : null;
}

function frameworks(list: unknown): FrameworkScore[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).flatMap((f) => {
    const id = text(f["id"]);
    if (!id) return [];
    const statuses: Record<string, number> = {};
    for (const c of Array.isArray(f["controls"]) ? f["controls"] : []) {
      const status = isObject(c) ? text(c["status"]) : null;
      if (status) statuses[status] = (statuses[status] ?? 0) + 1;
    }
    return [{ id, name: text(f["name"]) ?? id, score: score(f["score"]), statuses }];
  });
}

/** Active findings by rule, with the highest severity seen. */
function gaps(findings: unknown[]): RuleGap[] {
  const byRule = new Map<string, RuleGap>();
  for (const f of findings) {
    if (!isObject(f)) continue;
    const rule = text(f["rule"]);
    if (!rule || !isSeverity(f["severity"])) continue;
    const gap = byRule.get(rule) ?? { rule, title: text(f["title"]) ?? rule, severity: f["severity"], findings: 0 };
    gap.findings++;
    if (SEVERITIES.indexOf(f["severity"]) < SEVERITIES.indexOf(gap.severity)) gap.severity = f["severity"];
    byRule.set(rule, gap);
  }
  return [...byRule.values()];
}

/**
 * The observed AI inventory: a list of items, or an object of lists by kind (models, providers,
 * weights…). Each distinct kind/name/provider is kept once per repository; where it was seen stays
 * in the repository's own report.
 */
function inventory(section: unknown): InventoryItem[] | null {
  if (section === undefined || section === null) return null;
  const items = new Map<string, InventoryItem>();
  const add = (entry: unknown, group: string | null) => {
    if (!isObject(entry)) return;
    const name = text(entry["name"]) ?? text(entry["model"]) ?? text(entry["id"]) ?? text(entry["package"]);
    if (!name) return;
    const kind = text(entry["kind"]) ?? text(entry["type"]) ?? (group ? singular(group) : "item");
    const provider = text(entry["provider"]) ?? text(entry["vendor"]) ?? text(entry["supplier"]);
    items.set(JSON.stringify([kind, name, provider]), { kind, name, provider });
  };
  if (Array.isArray(section)) section.forEach((e) => add(e, null));
  else if (isObject(section)) {
    for (const [group, list] of Object.entries(section)) if (Array.isArray(list)) list.forEach((e) => add(e, group));
  }
  return [...items.values()];
}

function singular(group: string): string {
  return group === "weights" ? "weights" : group.endsWith("s") ? group.slice(0, -1) : group;
}

/** The waivers behind the report's suppressed findings, once each. */
function waivers(suppressed: unknown): WaiverUse[] {
  if (!Array.isArray(suppressed)) return [];
  const seen = new Map<string, WaiverUse>();
  for (const f of suppressed) {
    const s = isObject(f) && isObject(f["suppression"]) ? f["suppression"] : null;
    const rule = isObject(f) ? text(f["rule"]) : null;
    const expires = s ? text(s["expires"]) : null;
    if (!s || !rule || !expires || !/^\d{4}-\d{2}-\d{2}$/.test(expires)) continue;
    const w: WaiverUse = { rule, owner: text(s["owner"]) ?? "", expires, reason: text(s["reason"]) ?? "", source: text(s["source"]) ?? "" };
    seen.set(`${rule}\u0000${w.source}`, w);
  }
  return [...seen.values()];
}
