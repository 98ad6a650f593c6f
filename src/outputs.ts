// The outputs of a run, written the same way by both shells: the report is built once, then each
// output (a report file, standard output, the job summary) is written on its own. One that fails
// (a full disk, an unwritable summary, a refused path) is one error naming it and why; the others
// are still written, and the verdict is unchanged.
import path from "node:path";
import { ConfigError } from "./config/config.js";
import fs from "node:fs";
import type { Report } from "./report/report.js";
import { provenanceOf, type Provenance } from "./report/provenance.js";
import { writeJson } from "./sinks/json.js";
import { renderHtml } from "./sinks/html.js";
import { renderOscal } from "./sinks/oscal.js";
import { renderSarif } from "./sinks/sarif.js";
import { renderText, type TextOptions } from "./sinks/text.js";
import type { Workspace } from "./io/workspace.js";
import { writeFileSafely, type Write } from "./io/write.js";

export type ReportFormat = "text" | "json" | "sarif" | "html" | "oscal";
export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "json", "sarif", "html", "oscal"];

export interface Output {
  /** Names the output in an error: "json-file", "--output", "the job summary". */
  name: string;
  write(): void | Promise<void>;
}

export interface OutputFailure {
  name: string;
  message: string;
}

/** Writes every output, each independently; returns the ones that failed. */
export async function writeOutputs(outputs: readonly Output[]): Promise<OutputFailure[]> {
  const failures: OutputFailure[] = [];
  for (const o of outputs) {
    try {
      await o.write();
    } catch (e) {
      failures.push({ name: o.name, message: `${o.name} could not be written: ${reason(e)}` });
    }
  }
  return failures;
}

/** A failure as one line: ConfigError's message, else the system error code and its text. */
function reason(e: unknown): string {
  if (e instanceof ConfigError) return e.message;
  const err = e as NodeJS.ErrnoException;
  const text = String(err?.message ?? e).split("\n")[0]!;
  return err?.code && !text.startsWith(err.code) ? `${err.code}: ${text}` : text;
}

export interface RenderOptions {
  /** The scanned directory relative to the repository, so SARIF locations are repository-relative. */
  sarifPrefix: string;
  /** Colour and short mode of the text format. */
  text?: TextOptions;
  /** Repository, commit, time and versions for the evidence pack (html, oscal): asked for only by
   * those formats, as reading the catalogue's version costs a JSON or SARIF run about 1.5 ms. */
  provenance: () => Provenance;
}

/** Streams the report in `format` through `write` (JSON piece by piece: a monorepo's is tens of MB). */
export function renderReport(report: Report, format: ReportFormat, opts: RenderOptions): (write: Write) => void {
  if (format === "json") return (write) => writeJson(report, write);
  if (format === "sarif") return (write) => write(renderSarif(report, { pathPrefix: opts.sarifPrefix }));
  if (format === "html") return (write) => write(renderHtml(report, opts.provenance()));
  if (format === "oscal") return (write) => write(renderOscal(report, opts.provenance()));
  return (write) => write(renderText(report, opts.text));
}

/** A report file inside the workspace (or an output root), written safely. */
export function reportFile(ws: Workspace, name: string, file: string, body: (write: Write) => void): Output {
  return { name, write: () => void writeFileSafely(ws, file, name, body) };
}

/** The scanned directory relative to the workspace, `/`-separated ("" for the workspace itself). */
export function sarifPrefix(ws: Workspace, realRoot: string): string {
  return path.relative(ws.root, realRoot).split(path.sep).join("/");
}

/**
 * Where and when, for the evidence pack: GITHUB_REPOSITORY and GITHUB_SHA in the Action, the
 * checked-out commit (git) for the CLI, the catalogue version from the policy bundle.
 */
/** Provenance of the evidence pack, from the report's own origin: HTML, OSCAL and JSON name one repository and commit. */
export function lazyProvenance(report: Report, opts: { env: NodeJS.ProcessEnv; version: string; policyDir: string; pathPrefix: string }): () => Provenance {
  let made: Provenance | undefined;
  // Made once: the HTML and OSCAL files of one run carry the same time.
  return () => (made ??= runProvenance(report, opts));
}

function runProvenance(report: Report, opts: { env: NodeJS.ProcessEnv; version: string; policyDir: string; pathPrefix: string }): Provenance {
  return provenanceOf({
    env: opts.env,
    toolVersion: opts.version,
    catalogVersion: catalogVersion(opts.policyDir),
    pathPrefix: opts.pathPrefix,
    origin: { repository: report.repository ?? null, commit: report.commit ?? null },
  });
}

function catalogVersion(policyDir: string): string {
  try {
    const v = (JSON.parse(fs.readFileSync(path.join(policyDir, "catalog.json"), "utf8")) as { version?: unknown }).version;
    return typeof v === "string" || typeof v === "number" ? String(v) : "unknown";
  } catch {
    return "unknown";
  }
}
