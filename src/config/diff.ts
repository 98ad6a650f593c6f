// What a pull request's `.aigis.yml` changes about the gate, compared with the base branch's: each
// setting that makes the check pass more easily is one loosening. The gate's own configuration is
// written by the people it gates, so these are shown on every pull request whichever file is used.
import { severityRank } from "../model/severity.js";
import type { ConfigReview, Loosening, Severity, Threshold } from "../model/types.js";
import type { Config } from "./config.js";

export type { ConfigReview, Loosening } from "../model/types.js";

const THRESHOLD_ORDER: Threshold[] = ["low", "medium", "high", "critical", "none"];
const show = (v: unknown): string => (v === undefined || v === null ? "unset" : JSON.stringify(v).slice(0, 120));

/**
 * Every way `head` gates less than `base`. `ruleSeverity` gives each rule's built-in severity, so a
 * severity set where the base had none is compared with what the base really used.
 */
export function configLoosenings(base: Config, head: Config, ruleSeverity: ReadonlyMap<string, Severity> = new Map()): Loosening[] {
  const out: Loosening[] = [];
  const add = (setting: string, change: string) => out.push({ setting, change });

  if (THRESHOLD_ORDER.indexOf(head.failOn) > THRESHOLD_ORDER.indexOf(base.failOn)) add("fail-on", `raised from ${base.failOn} to ${head.failOn}`);

  for (const [id, h] of Object.entries(head.rules).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const b = base.rules[id];
    if (h.enabled === false && b?.enabled !== false) {
      add(`rules.${id}`, "turned off");
      continue;
    }
    const builtin = ruleSeverity.get(id);
    const before = b?.severity ?? builtin;
    if (h.severity && before && severityRank(h.severity) > severityRank(before)) add(`rules.${id}`, `severity lowered from ${before} to ${h.severity}`);
  }

  for (const w of head.waivers) {
    const same = base.waivers.filter((b) => b.rule === w.rule && b.path === w.path);
    if (!same.length) add("waivers", `${w.rule} waived on ${show(w.path)} until ${w.expires} (${w.source}), not in the base configuration`);
    else if (same.every((b) => b.expires < w.expires))
      add(
        "waivers",
        `${w.rule} on ${show(w.path)} extended to ${w.expires} (was ${same
          .map((b) => b.expires)
          .sort()
          .at(-1)})`,
      );
  }

  for (const g of head.exclude) if (!base.exclude.includes(g)) add("exclude", `${show(g)} added`);
  if (head.include.some((g) => !base.include.includes(g)) || (base.include.length === 0 && head.include.length > 0)) {
    add("include", `scan limited to ${show(head.include)} (base: ${base.include.length ? show(base.include) : "everything"})`);
  }
  for (const f of head.force) {
    if (!base.force.some((b) => b.path === f.path && b.format === f.format)) add("force", `${show(f.path)} read as ${f.format}`);
  }
  if (head.maxFileMiB < base.maxFileMiB) add("max-file-size-mib", `lowered from ${base.maxFileMiB} to ${head.maxFileMiB}`);
  if (head.waiverMaxDays > base.waiverMaxDays) add("waiver-max-days", `raised from ${base.waiverMaxDays} to ${head.waiverMaxDays}`);
  if (head.inlineWaivers === "allow" && base.inlineWaivers === "forbid") add("inline-waivers", "changed from forbid to allow");

  const keys = [...new Set([...Object.keys(base.params), ...Object.keys(head.params)])].sort();
  for (const k of keys) {
    if (JSON.stringify(base.params[k]) !== JSON.stringify(head.params[k])) {
      add(
        `params.${k}`,
        k === "today"
          ? `date pinned to ${show(head.params[k])} (base: ${show(base.params[k])})`
          : `changed from ${show(base.params[k])} to ${show(head.params[k])}`,
      );
    }
  }
  if (JSON.stringify(base.organizationNames) !== JSON.stringify(head.organizationNames)) {
    add("organization.names", `changed from ${show(base.organizationNames)} to ${show(head.organizationNames)}`);
  }

  const custom = (c: Config) => (c.customPolicies ? `${c.customPolicies.kind} ${c.customPolicies.path}` : null);
  if (custom(base) !== custom(head)) add("custom-policies", `changed from ${show(custom(base))} to ${show(custom(head))}`);

  if (head.frameworks !== null) {
    if (base.frameworks === null) add("frameworks", `limited to ${head.frameworks.join(", ")} (base: all)`);
    else {
      const dropped = base.frameworks.filter((id) => !head.frameworks!.includes(id));
      if (dropped.length) add("frameworks", `no longer reported: ${dropped.join(", ")}`);
    }
  }
  return out;
}

/** The review for the report: loosenings plus what the configuration in effect switches off. */
export function reviewConfig(effective: Config, loosenings: Loosening[], source: ConfigReview["source"], note: string | null = null): ConfigReview {
  return {
    source,
    note,
    loosenings,
    disabled_rules: Object.entries(effective.rules)
      .filter(([, s]) => s.enabled === false)
      .map(([id]) => id)
      .sort(),
    forced_formats: effective.force.map((f) => ({ path: f.path, format: f.format })),
  };
}
