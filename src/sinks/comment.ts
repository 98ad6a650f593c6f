// The sticky pull-request comment: the job summary's content under a hidden marker, cut to fit
// GitHub's comment limit. It is rewritten on every run, including a passing one, so it never
// shows stale gaps and never silently disappears.
import type { Report } from "../report/report.js";
import { renderMarkdown } from "./markdown.js";

/** GitHub rejects comment bodies over 65,536 characters; a byte budget below that is always safe. */
export const COMMENT_LIMIT_BYTES = 60 * 1024;

/** The hidden marker that identifies aigis's comment for one scanned directory. `scope` is encoded so
 * that no input can close the HTML comment early. */
export function commentMarker(scope: string): string {
  return `<!-- aigis:pr-comment scope=${encodeURIComponent(scope || ".")} -->`;
}

export interface CommentOptions {
  marker: string;
  /** Link to the workflow run, whose job summary holds the full report. */
  runUrl: string | null;
  limitBytes?: number;
}

export function renderComment(report: Report, opts: CommentOptions): string {
  const where = opts.runUrl ? `[the job summary](${opts.runUrl})` : "the job summary";
  const footer = `\n<sub>aigis ${report.tool.version} updates this comment on every run; ${where} has the full report.</sub>\n`;
  const budget = (opts.limitBytes ?? COMMENT_LIMIT_BYTES) - Buffer.byteLength(opts.marker) - Buffer.byteLength(footer) - 2;
  const body = renderMarkdown(report, {
    limitBytes: budget,
    truncationNote: (n) => `_…truncated: ${n} more lines did not fit a pull-request comment; ${where} has everything._`,
  });
  return `${opts.marker}\n${defuseMarkers(body)}${footer}`;
}

/** Text in the body that spells a marker (a directory named like one) gets a zero-width space, so no
 * comment ever carries a second marker, whatever reads it. */
export function defuseMarkers(text: string): string {
  return text.replace(/aigis:pr-comment/gi, "aigis:\u200bpr-comment");
}
