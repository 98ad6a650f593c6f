// `aigis merge`: many reports in, one organisation view out. Reads the reports one by one, keeps
// their summaries only, and names every file it could not merge, so a missing repository is never
// silent.
import { OrgAggregate, type OrgView } from "./aggregate.js";
import { listReportFiles } from "./inputs.js";
import { readReport } from "./read.js";
import { untrustedName } from "../report/untrusted.js";

export interface MergeOptions {
  version: string;
  /** YYYY-MM-DD the waiver window starts from. */
  today: string;
  /** Called once per file that is not merged, as it happens (so a long merge reports early). */
  onSkip?: (source: string, reason: string) => void;
}

export function mergeReports(inputs: readonly string[], opts: MergeOptions): OrgView {
  const aggregate = new OrgAggregate(opts.version, opts.today);
  const skip = (file: string, reason: string) => {
    // A file name under a downloaded directory is whatever the artifact's maker chose: shown inert.
    const source = untrustedName(file);
    aggregate.skip(source, reason);
    opts.onSkip?.(source, reason);
  };
  const listing = listReportFiles(inputs);
  for (const p of listing.passed) skip(p.source, p.reason);
  for (const file of listing.files) {
    const outcome = readReport(file.abs, file.shown);
    if (outcome.ok) aggregate.add(outcome.summary);
    else skip(file.shown, outcome.reason);
  }
  return aggregate.view();
}
