// The organisation view as titled tables of plain text, once, so the Markdown summary and the HTML
// page show the same things in the same order; each renderer only escapes and lays them out.
import { SEVERITIES } from "../model/types.js";
import type { OrgView } from "./aggregate.js";
import { WAIVER_WINDOW_DAYS } from "./aggregate.js";

export interface Table {
  title: string;
  /** A sentence under the title. */
  note?: string;
  headers: string[];
  /** Columns whose cells are numbers (right-aligned). */
  numeric?: number[];
  rows: string[][];
  /** Rows beyond the limit are counted here, not shown. */
  more?: string;
}

export interface Limits {
  gaps: number;
  inventory: number;
  /** Repositories listed in one cell (top gaps, inventory). */
  where: number;
  repositories: number;
}

export const MARKDOWN_LIMITS: Limits = { gaps: 10, inventory: 25, where: 5, repositories: 1000 };
export const HTML_LIMITS: Limits = { gaps: 50, inventory: 500, where: 20, repositories: Infinity };

const score = (n: number | null) => (n === null ? "–" : `${n}%`);

export function headline(view: OrgView): string {
  const t = view.totals;
  const sev = SEVERITIES.map((s) => `${t.by_severity[s]} ${s}`).join(", ");
  const ai = t.no_inventory === t.reports ? "" : ` · ${t.using_ai} use AI`;
  const skipped = t.skipped ? ` (${t.skipped} skipped)` : "";
  return `${t.reports} repositories merged${skipped} · ${t.passed} passed, ${t.failed} failed · ${t.findings} findings (${sev}), ${t.suppressed} waived${ai}`;
}

export const STATEMENT =
  "A readiness snapshot from each repository's evidence, not a certification. Totals are the sums of the merged reports; skipped reports are not in them.";

export function sections(view: OrgView, limits: Limits): Table[] {
  const frameworks = view.readiness.map((f) => f.id);
  const cap = <T>(list: T[], n: number, what: string): { shown: T[]; more?: string } =>
    list.length > n ? { shown: list.slice(0, n), more: `${list.length - n} more ${what} in the JSON view` } : { shown: list };
  const where = (repos: string[]) =>
    repos.length > limits.where ? `${repos.slice(0, limits.where).join(", ")} and ${repos.length - limits.where} more` : repos.join(", ");

  const tables: Table[] = [];
  tables.push({
    title: "Readiness by framework",
    note: "Mean, lowest and highest score over the repositories that had controls assessed for the framework.",
    headers: ["Framework", "Repositories", "Mean", "Lowest", "Highest"],
    numeric: [1, 2, 3, 4],
    rows: view.readiness.map((f) => [f.name, String(f.repositories), score(f.mean), score(f.min), score(f.max)]),
  });
  const gaps = cap(view.top_gaps, limits.gaps, "rules");
  tables.push({
    title: "Top gaps across repositories",
    note: "Rules with unwaived findings, most severe first, then by how many repositories share them.",
    headers: ["Rule", "Severity", "Repositories", "Findings", "Title", "Where"],
    numeric: [2, 3],
    rows: gaps.shown.map((g) => [g.rule, g.severity, String(g.repositories), String(g.findings), g.title, where(g.where)]),
    ...(gaps.more ? { more: gaps.more } : {}),
  });
  const inventory = cap(view.inventory, limits.inventory, "items");
  const t = view.totals;
  tables.push({
    title: "AI in use across repositories",
    note:
      t.no_inventory === t.reports
        ? "None of the merged reports has an AI inventory (they were made by an aigis that did not report one)."
        : `${t.using_ai} repositories use AI, ${t.not_using_ai} showed none${t.no_inventory ? `, ${t.no_inventory} reports have no inventory` : ""}.`,
    headers: ["Kind", "Name", "Provider", "Repositories", "Where"],
    numeric: [3],
    rows: inventory.shown.map((i) => [i.kind, i.name, i.provider ?? "–", String(i.repositories.length), where(i.repositories)]),
    ...(inventory.more ? { more: inventory.more } : {}),
  });
  tables.push({
    title: `Waivers expiring in the next ${WAIVER_WINDOW_DAYS} days`,
    note: `From ${view.today}. When a waiver expires its findings count again.`,
    headers: ["Expires", "Days left", "Repository", "Rule", "Owner", "Reason", "Waiver"],
    numeric: [1],
    rows: view.expiring_waivers.map((w) => [w.expires, String(w.days_left), w.repository, w.rule, w.owner, w.reason, w.source]),
  });
  const repos = cap(view.repositories, limits.repositories, "repositories");
  tables.push({
    title: "Repositories",
    headers: [
      "Repository",
      "Verdict",
      "Overall",
      ...view.readiness.map((f) => f.name),
      ...SEVERITIES.map((s) => s[0]!.toUpperCase() + s.slice(1)),
      "Waived",
      "Commit",
    ],
    numeric: [2, ...frameworks.map((_, i) => 3 + i), ...SEVERITIES.map((_, i) => 3 + frameworks.length + i), 3 + frameworks.length + SEVERITIES.length],
    rows: repos.shown.map((r) => [
      r.repository,
      r.passed ? `passed (fail-on ${r.threshold})` : `failed: ${r.blocking} at or above ${r.threshold}`,
      score(r.overall),
      ...frameworks.map((id) => (id in r.readiness ? score(r.readiness[id]!) : "–")),
      ...SEVERITIES.map((s) => String(r.by_severity[s])),
      String(r.suppressed),
      r.commit ? r.commit.slice(0, 12) : "–",
    ]),
    ...(repos.more ? { more: repos.more } : {}),
  });
  if (view.skipped.length) {
    tables.push({
      title: "Skipped reports",
      note: "Not merged, so not in any total above.",
      headers: ["File", "Reason"],
      rows: view.skipped.map((s) => [s.source, s.reason]),
    });
  }
  return tables;
}
