// Facts a governance document states in its prose rather than in `aigis:` front matter:
// `Approved by: Jane Doe`, `**Owner:** AI Platform team`, `- Last reviewed: 2026-01-10`.
import type { Position } from "../../../model/types.js";
import { splitLines } from "../../../parse/positions.js";

/** Written labels per normalized metadata key, lower case. */
const FACT_LABELS: Record<string, string[]> = {
  approved_by: ["approved by", "approver", "signed off by", "sign-off"],
  approved_on: ["approved on", "approval date", "date approved", "effective date"],
  owner: ["owner", "document owner", "policy owner", "owned by", "accountable owner"],
  contact: ["contact", "point of contact"],
  concerns_contact: ["report concerns to", "concerns contact", "raise concerns with"],
  last_reviewed: ["last reviewed", "last review", "reviewed on", "last updated"],
  review_by: ["next review", "review by", "next review date", "review date"],
  version: ["version", "document version"],
};
const DATE_KEYS = new Set(["approved_on", "last_reviewed", "review_by"]);
const LABEL_TO_KEY = new Map(Object.entries(FACT_LABELS).flatMap(([key, labels]) => labels.map((l) => [l, key] as const)));

// A line that is only `Label: value` (optionally a list item, optionally in bold, or a table row `| Label | value |`).
const FACT_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z -]{1,30}?)(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*(.+?)\s*$/;
const TABLE_ROW = /^\s*\|\s*(?:\*\*)?([A-Za-z][A-Za-z -]{1,30}?)(?:\*\*)?\s*\|\s*(.+?)\s*\|\s*$/;

export interface Fact {
  value: string;
  position: Position;
}

/** The first value written for each key outside code fences. */
export function proseFacts(text: string): Record<string, Fact> {
  const out: Record<string, Fact> = {};
  let fence = false;
  let frontMatter = false;
  splitLines(text).forEach((line, i) => {
    if (i === 0 && /^\s*---\s*$/.test(line)) frontMatter = true;
    else if (frontMatter) {
      if (/^---\s*$/.test(line)) frontMatter = false;
      return;
    }
    if (/^\s{0,3}(`{3,}|~{3,})/.test(line)) fence = !fence;
    if (fence) return;
    const m = FACT_LINE.exec(line) ?? TABLE_ROW.exec(line);
    if (!m) return;
    const key = LABEL_TO_KEY.get(m[1]!.trim().toLowerCase());
    const value = m[2]!.replace(/^(\*\*|__)|(\*\*|__)$/g, "").trim();
    // Dates are taken only in ISO form, as front matter requires; "spring 2026" is not a date.
    if (key && DATE_KEYS.has(key) && !/^\d{4}-\d\d-\d\d$/.test(value)) return;
    if (key && value && !out[key]) out[key] = { value, position: { line: i + 1, column: 1 } };
  });
  return out;
}
