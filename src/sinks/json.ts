import type { Report } from "../report/report.js";

/** The report as JSON. Key order is fixed by construction and nothing time-dependent is included,
 * so the same repository gives byte-identical output. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + "\n";
}
