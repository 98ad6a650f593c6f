// How waivers are written: the rules every waiver follows (rule id, reason, owner, expiry within the
// horizon) and the two inline spellings inside artifacts. Readers call the `inline…` functions to hand
// what they find to the report layer (src/report/waivers.ts), which validates and applies it.
//
//   Markdown front matter (model cards, dataset cards, governance documents):
//     aigis:
//       waivers:
//         - rule: AIGIS-MC-013
//           reason: energy use is measured from the next training run on
//           owner: ml-platform
//           expires: 2027-01-31
//
//   CycloneDX property, on a component (covers that component) or in metadata.properties / the BOM's
//   properties (covers the whole file):
//     {"name": "aigis:waive", "value": "AIGIS-SC-004 until 2027-01-31 by ml-platform: weights are pulled by digest"}
import type { InlineWaiver, ReadArtifact } from "../model/types.js";
import type { ParsedDoc } from "./yaml-doc.js";

export const RULE_ID = /^[A-Z][A-Z0-9]{1,15}-[A-Z0-9]{1,8}-[0-9]{3}$/;
export const WAIVE_PROPERTY = "aigis:waive";
/** `<RULE-ID> until <YYYY-MM-DD> by <owner>: <reason>` */
export const WAIVE_GRAMMAR = /^\s*(\S+)\s+until\s+(\S+)\s+by\s+([^:]*?)\s*:\s*([\s\S]*?)\s*$/;
export const WAIVE_EXAMPLE = "AIGIS-SC-004 until 2027-01-31 by ml-platform: weights are pulled by digest";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD calendar date, or null when it is not one. */
export function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / DAY_MS;
}

/** Days from `from` to `to` (negative when `to` is earlier); both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return (dayNumber(to) ?? 0) - (dayNumber(from) ?? 0);
}

/** What is wrong with a waiver's fields, or null; the same rules for the file and inline waivers. */
export function waiverProblem(
  w: { rule: string | null; reason: string | null; owner: string | null; expires: string | null },
  today: string,
  maxDays: number,
): string | null {
  if (!w.rule) return "waiver names no rule";
  if (!RULE_ID.test(w.rule)) return `"${w.rule}" is not a rule id (like AIGIS-MC-001; \`aigis rules\` lists them)`;
  if (!w.reason?.trim()) return `waiver for ${w.rule} has no reason: say why the gap is accepted for now`;
  if (!w.owner?.trim()) return `waiver for ${w.rule} has no owner: name who answers for it`;
  if (!w.expires) return `waiver for ${w.rule} has no expiry: add an expiry date (YYYY-MM-DD)`;
  if (dayNumber(w.expires) === null) return `waiver for ${w.rule} expires on "${w.expires}", which is not a date: write YYYY-MM-DD`;
  const days = daysBetween(today, w.expires);
  if (days > maxDays) {
    return `waiver for ${w.rule} expires ${w.expires}, ${days} days after today (${today}), beyond waiver-max-days (${maxDays}): pick an earlier date`;
  }
  return null;
}

const text = (v: unknown): string | null => (typeof v === "string" ? v : typeof v === "number" ? String(v) : null);

/** Waivers under `aigis: waivers:` in a front matter, with their lines. */
export function inlineWaiversFromFrontMatter(doc: ParsedDoc | null): InlineWaiver[] {
  const fm = doc?.value;
  if (!fm || typeof fm !== "object" || Array.isArray(fm)) return [];
  const block = (fm as Record<string, unknown>)["aigis"];
  if (!block || typeof block !== "object" || Array.isArray(block) || !("waivers" in block)) return [];
  const list = (block as Record<string, unknown>)["waivers"];
  const where = (p: (string | number)[]) => doc!.locate(["aigis", "waivers", ...p]) ?? doc!.locate(["aigis", "waivers"]) ?? { line: 1, column: 1 };
  const usage = "write aigis.waivers as a list of {rule, reason, owner, expires}";
  if (!Array.isArray(list)) return [{ rule: null, reason: null, owner: null, expires: null, scope: null, ...where([]), problem: usage }];
  return list.map((item, i) => {
    const pos = where([i]);
    if (!item || typeof item !== "object" || Array.isArray(item))
      return { rule: null, reason: null, owner: null, expires: null, scope: null, ...pos, problem: usage };
    const o = item as Record<string, unknown>;
    const unknown = Object.keys(o).find((k) => !["rule", "reason", "owner", "expires"].includes(k));
    const w: InlineWaiver = { rule: text(o["rule"]), reason: text(o["reason"]), owner: text(o["owner"]), expires: text(o["expires"]), scope: null, ...pos };
    if (unknown) {
      w.problem =
        unknown === "path"
          ? "an inline waiver covers the file it is written in, so it takes no path (path is for waivers in .aigis.yml)"
          : `unknown key "${unknown}" in an inline waiver (allowed: rule, reason, owner, expires)`;
    }
    return w;
  });
}

/**
 * `aigis:waive` properties in a CycloneDX `properties` array at `path`; `scope` is the JSON pointer
 * of the component they cover, or null for the whole file.
 */
export function inlineWaiversFromProperties(doc: ParsedDoc, path: (string | number)[], value: unknown, scope: string | null): InlineWaiver[] {
  if (!Array.isArray(value)) return [];
  const out: InlineWaiver[] = [];
  value.forEach((p, i) => {
    if (!p || typeof p !== "object" || (p as Record<string, unknown>)["name"] !== WAIVE_PROPERTY) return;
    const pos = doc.locate([...path, i, "value"]) ?? doc.locate([...path, i]) ?? { line: 1, column: 1 };
    const raw = text((p as Record<string, unknown>)["value"]) ?? "";
    const m = WAIVE_GRAMMAR.exec(raw);
    if (!m) {
      out.push({
        rule: null,
        reason: null,
        owner: null,
        expires: null,
        scope,
        ...pos,
        problem: `an ${WAIVE_PROPERTY} value reads "<RULE-ID> until <YYYY-MM-DD> by <owner>: <reason>", e.g. "${WAIVE_EXAMPLE}"; got "${raw}"`,
      });
      return;
    }
    out.push({ rule: m[1]!, expires: m[2]!, owner: m[3]! || null, reason: m[4]! || null, scope, ...pos });
  });
  return out;
}

/** The read artifact with its inline waivers attached (left as it is when there are none). */
export function withInlineWaivers(read: ReadArtifact, waivers: InlineWaiver[]): ReadArtifact {
  return waivers.length ? { ...read, waivers } : read;
}
