// The configuration section of the summary, the comment and the text log: which `.aigis.yml` gated
// this pull request and what the pull request's own file would loosen. Everything in it comes from a
// file the pull request may have written, so every value goes through md() or code().
import type { ConfigReview } from "../model/types.js";
import type { Report } from "../report/report.js";
import { code, md } from "./markdown.js";

const SOURCE: Record<ConfigReview["source"], string> = {
  base: "the base branch's configuration",
  head: "this pull request's configuration (config-from: head)",
  defaults: "the built-in defaults (the base branch has no configuration file)",
};

function worthShowing(r: ConfigReview): boolean {
  return r.loosenings.length > 0 || r.disabled_rules.length > 0 || r.forced_formats.length > 0 || r.note !== null || r.source === "head";
}

export function configReviewMarkdown(report: Report): string[] {
  const r = report.config_review;
  if (!r || !worthShowing(r)) return [];
  const out = ["### Configuration", ""];
  out.push(`The gate ran with ${r.note ? "the built-in defaults" : SOURCE[r.source]}.${r.note ? ` ⚠️ ${md(r.note)}.` : ""}`, "");
  if (r.loosenings.length) {
    const applied = r.source === "head" ? "and they apply" : "they do not apply until merged";
    out.push(`**This pull request loosens the gate** (its configuration compared with the base branch's; ${applied}):`, "");
    for (const l of r.loosenings) out.push(`- ${code(l.setting)}: ${md(l.change)}`);
    out.push("");
  }
  if (r.disabled_rules.length) out.push(`**Rules turned off:** ${r.disabled_rules.map((id) => code(id)).join(", ")}`, "");
  if (r.forced_formats.length) out.push(`**Forced formats:** ${r.forced_formats.map((f) => `${code(f.path)} → ${md(f.format)}`).join(", ")}`, "");
  return out;
}

export function configReviewText(report: Report): string[] {
  const r = report.config_review;
  if (!r || !worthShowing(r)) return [];
  const out = ["", `Configuration: ${r.note ? `the built-in defaults (${r.note})` : SOURCE[r.source]}.`];
  if (r.loosenings.length) {
    out.push(`This pull request loosens the gate (${r.source === "head" ? "applied" : "not applied until merged"}):`);
    for (const l of r.loosenings) out.push(`  ${l.setting}: ${l.change}`);
  }
  if (r.disabled_rules.length) out.push(`Rules turned off: ${r.disabled_rules.join(", ")}`);
  if (r.forced_formats.length) out.push(`Forced formats: ${r.forced_formats.map((f) => `${f.path} -> ${f.format}`).join(", ")}`);
  return out;
}
