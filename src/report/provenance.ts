// Where and when a report was made, for the evidence pack (HTML and OSCAL): the repository and
// commit it judged, the time, the tool and the rules. Kept out of the Report so the JSON report
// stays byte-identical between runs; the shells build it and hand it to the sinks that print it.
import { untrustedName } from "./untrusted.js";

export interface Provenance {
  /** `owner/name` on GitHub, else null. */
  repository: string | null;
  /** Full commit SHA the scanned files came from, else null. */
  commit: string | null;
  /** `https://github.com` (GITHUB_SERVER_URL) when the repository is known: evidence links go there. */
  server_url: string | null;
  /** The scanned directory relative to the repository ("" for its top): report paths are relative to it. */
  path_prefix: string;
  /** ISO 8601 UTC, whole seconds: SOURCE_DATE_EPOCH when set (reproducible output), else the run's time. */
  generated_at: string;
  tool_version: string;
  /** The rules ship inside the tool: the catalogue's version beside the tool's. */
  rules_version: string;
}

export interface ProvenanceInput {
  env: NodeJS.ProcessEnv;
  toolVersion: string;
  catalogVersion: string | number;
  pathPrefix: string;
  /** The repository and commit the report names (its origin, src/report/origin.ts): one answer for every output. */
  origin: { repository: string | null; commit: string | null };
  now?: Date;
}

export function provenanceOf({ env, toolVersion, catalogVersion, pathPrefix, origin, now }: ProvenanceInput): Provenance {
  // Links go to a GitHub server only where one is known: in Actions (GITHUB_SERVER_URL, GITHUB_REPOSITORY).
  const server =
    env["GITHUB_SERVER_URL"] && /^https:\/\/[\w.-]+(:\d+)?$/.test(env["GITHUB_SERVER_URL"])
      ? env["GITHUB_SERVER_URL"]
      : env["GITHUB_REPOSITORY"]
        ? "https://github.com"
        : null;
  return {
    repository: origin.repository,
    commit: origin.commit,
    server_url: origin.repository ? server : null,
    path_prefix: pathPrefix,
    generated_at: reportTime(env, now),
    tool_version: untrustedName(toolVersion),
    rules_version: `${untrustedName(toolVersion)} (catalogue ${String(catalogVersion)})`,
  };
}

/** SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention), else now; UTC, no milliseconds. */
export function reportTime(env: NodeJS.ProcessEnv, now: Date = new Date()): string {
  const raw = env["SOURCE_DATE_EPOCH"];
  const epoch = raw && /^\d+$/.test(raw) ? Number(raw) : NaN;
  const date = Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * Where a report path (relative to the scanned directory) can be opened: the file at the commit on
 * GitHub when both are known, else the repository-relative path. Segments are percent-encoded.
 */
export function evidenceHref(p: Provenance, file: string, line?: number): string {
  const rel = [p.path_prefix, file].filter(Boolean).join("/");
  const encoded = rel.split("/").map(encodeURIComponent).join("/");
  const anchor = line && line > 0 ? `#L${line}` : "";
  if (p.repository && p.commit && p.server_url) return `${p.server_url}/${p.repository}/blob/${p.commit}/${encoded}${anchor}`;
  return `${encoded}${anchor}`;
}
