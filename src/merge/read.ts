// Reads one report file into its summary, or says why it cannot be merged. One file at a time: the
// parsed report is dropped as soon as it is summarized, so memory is bounded by the largest report.
import fs from "node:fs";
import { ForeignReport, summarize, type RepoSummary } from "./summary.js";

/** Larger than any report a scan writes (a 100,000-finding monorepo's is ~40 MB), below V8's longest string. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;

export type ReadOutcome = { ok: true; summary: RepoSummary } | { ok: false; reason: string };

export function readReport(abs: string, shown: string): ReadOutcome {
  let text: string;
  try {
    const size = fs.statSync(abs).size;
    if (size > MAX_REPORT_BYTES) return { ok: false, reason: `${size} bytes, more than the ${MAX_REPORT_BYTES} a report may have` };
    text = fs.readFileSync(abs, "utf8");
  } catch (e) {
    return { ok: false, reason: `could not be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    // The parser's message quotes the file; only where it broke is kept.
    const at = /position (\d+)/.exec((e as Error).message);
    return { ok: false, reason: text.trim() === "" ? "empty file" : `not valid JSON${at ? ` (at character ${at[1]})` : ""}` };
  }
  try {
    return { ok: true, summary: summarize(doc, shown) };
  } catch (e) {
    if (e instanceof ForeignReport) return { ok: false, reason: e.message };
    throw e;
  }
}
