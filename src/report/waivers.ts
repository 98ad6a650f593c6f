// Waivers are data applied to the findings after evaluation (never in Rego): a finding a valid
// waiver covers moves to Report.suppressed with the waiver's reason, owner, expiry and source; an
// expired waiver stops applying and the finding says since when; inline waivers the configuration
// forbids are ignored and the finding says so.
import { ConfigError } from "../model/errors.js";
import type { ConfigWaiver } from "../model/types.js";
import { dayNumber, waiverProblem } from "../parse/waiver-syntax.js";
import { globMatch } from "../parse/glob.js";
import type { Finding, ScannedArtifact } from "../model/types.js";

/** What the configuration says about waivers (a part of Config). */
export interface WaiverSettings {
  waivers: readonly ConfigWaiver[];
  inlineWaivers: "allow" | "forbid";
  waiverMaxDays: number;
}

/** One waiver, from the configuration file (external) or written inside an artifact (inSource). */
export interface Waiver {
  kind: "external" | "inSource";
  rule: string;
  /** Glob over finding paths (configuration waivers). */
  path: string | null;
  /** The artifact file an inline waiver is written in. */
  file: string | null;
  /** JSON pointer of the CycloneDX component or service an inline waiver covers; null: the whole file. */
  scope: string | null;
  reason: string;
  owner: string;
  expires: string;
  /** `file:line` of the waiver. */
  source: string;
}

/** What a finding carries about the waiver that covers it (SARIF `suppressions` are made from it). */
export interface Suppression {
  kind: "external" | "inSource";
  reason: string;
  owner: string;
  expires: string;
  source: string;
}

export interface SuppressedFinding extends Finding {
  /** The waiver that covers it (always set by buildReport; optional so hand-made reports stay valid). */
  suppression?: Suppression;
}

export interface WaiverSet {
  today: string;
  waivers: Waiver[];
  /** Inline waivers found while `inline-waivers: forbid`: they never apply. */
  forbidden: Waiver[];
}

/**
 * The configuration's waivers plus the inline ones the readers found. An inline waiver that is not
 * written right (no reason or expiry, an expiry beyond waiver-max-days, …) is a configuration error
 * naming its file and line, exactly as in .aigis.yml; with `inline-waivers: forbid` they are kept
 * aside instead, to be named on the findings they would have covered.
 */
export function collectWaivers(cfg: WaiverSettings, artifacts: readonly ScannedArtifact[], today: string, knownRules?: ReadonlySet<string>): WaiverSet {
  const waivers: Waiver[] = cfg.waivers.map((w) => ({
    kind: "external",
    rule: w.rule,
    path: w.path,
    file: null,
    scope: null,
    reason: w.reason,
    owner: w.owner,
    expires: w.expires,
    source: w.source,
  }));
  const forbidden: Waiver[] = [];
  const seen = new Set<string>();
  for (const read of artifacts) {
    for (const w of read.waivers ?? []) {
      const file = read.artifact.path;
      const source = `${file}:${w.line}`;
      if (seen.has(`${source}:${w.column}`)) continue;
      seen.add(`${source}:${w.column}`);
      const forbid = cfg.inlineWaivers === "forbid";
      if (!forbid) {
        const problem =
          w.problem ??
          waiverProblem(w, today, cfg.waiverMaxDays) ??
          (knownRules && !knownRules.has(w.rule!) ? `${w.rule} is not a known rule (\`aigis rules\` lists them)` : null);
        if (problem) throw new ConfigError(`inline waiver: ${problem}`, file, w.line);
      } else if (w.problem || !w.rule) continue;
      const waiver: Waiver = {
        kind: "inSource",
        rule: w.rule!,
        path: null,
        file,
        scope: w.scope,
        reason: w.reason?.trim() ?? "",
        owner: w.owner?.trim() ?? "",
        expires: w.expires ?? "",
        source,
      };
      (forbid ? forbidden : waivers).push(waiver);
    }
  }
  return { today, waivers, forbidden };
}

function covers(w: Waiver, f: Finding): boolean {
  if (w.rule !== f.rule) return false;
  if (w.path !== null) return globMatch(w.path, f.path);
  if (w.file !== f.path) return false;
  if (w.scope === null) return true;
  const under = (p: string) => p === w.scope || p.startsWith(`${w.scope}/`);
  // Findings on an embedded artifact (`bom.json#/components/0`) or on the BOM at the item's pointer.
  const hash = f.artifact.indexOf("#");
  return hash >= 0 ? under(f.artifact.slice(hash + 1)) : under(f.pointer);
}

const suppression = (w: Waiver): Suppression => ({ kind: w.kind, reason: w.reason, owner: w.owner, expires: w.expires, source: w.source });

/** A finding that stays active, with what it says about a waiver that no longer (or may not) apply. */
export interface WaiverNotes {
  /** The most recent waiver that covered it and has expired. */
  expired_waiver?: Suppression;
  /** An inline waiver that would cover it, ignored because the configuration forbids inline waivers. */
  ignored_waiver?: Suppression;
}

/** Splits findings into active and suppressed; order is kept. */
export function applyWaivers<F extends Finding>(
  findings: readonly F[],
  set: WaiverSet | undefined,
): { active: (F & WaiverNotes)[]; suppressed: (F & { suppression: Suppression })[] } {
  if (!set || (set.waivers.length === 0 && set.forbidden.length === 0)) return { active: [...findings], suppressed: [] };
  const today = dayNumber(set.today) ?? 0;
  const active: (F & WaiverNotes)[] = [];
  const suppressed: (F & { suppression: Suppression })[] = [];
  for (const f of findings) {
    const matching = set.waivers.filter((w) => covers(w, f));
    const valid = matching.find((w) => (dayNumber(w.expires) ?? 0) >= today);
    if (valid) {
      suppressed.push({ ...f, suppression: suppression(valid) });
      continue;
    }
    const out: F & WaiverNotes = { ...f };
    const expired = matching.sort((a, b) => (a.expires < b.expires ? 1 : a.expires > b.expires ? -1 : 0))[0];
    if (expired) {
      out.expired_waiver = suppression(expired);
      out.message = `${f.message} The waiver for this finding expired on ${expired.expires} (${expired.source}, owner ${expired.owner}).`;
    }
    const ignored = set.forbidden.find((w) => covers(w, f));
    if (ignored) {
      out.ignored_waiver = suppression(ignored);
      out.message = `${out.message} The inline waiver at ${ignored.source} was ignored: the configuration sets inline-waivers: forbid, so waivers belong in the configuration file.`;
    }
    active.push(out);
  }
  return { active, suppressed };
}
