// How real cards write a fact outside a heading of its own: bold-label lines, headings decorated
// with comments or qualifiers, contacts inside prose, and templates that are not cards yet.
import type { Position } from "../../../model/types.js";
import { headingKey } from "../../../parse/markdown.js";
import { remembered } from "../../../parse/memo.js";

/**
 * The keys a heading matches: its normalized text without HTML comments or a trailing question
 * mark, and the same without a trailing qualifier in parentheses ("Direct Use (with pipelines)"),
 * so "#### Contains PII?" matches "contains pii" and "Curation Organization(s)" still matches itself.
 */
export const cardKeys: (title: string) => readonly string[] = remembered(keysOf);

function keysOf(title: string): string[] {
  const base = headingKey(title.replace(/<!--[\s\S]*?(-->|$)/g, "")).replace(/[?\s]+$/, "");
  const bare = base.replace(/\s*\([^)]*\)$/, "").replace(/[:?\s]+$/, "");
  // "Benchmarks - English Text", "Evaluation: zero-shot": the heading's subject before the qualifier.
  const subject = bare.split(/\s+[-–—:]\s+/)[0]!.trim();
  return [...new Set([base, bare, subject].filter((k) => k !== ""))];
}

export interface Labelled {
  value: string;
  position: Position;
}

// `**Label** value`, `**Label:** value`, `**Label**: value`, optionally as a list item.
const LABEL_LINE = /^(\s*(?:[-*+]\s+)?)\*\*([^*\n]{1,80}?)\*\*\s*:?\s*(.*)$/;
// `* Architecture: a decoder-only Transformer`: a plain list item with a short capitalised label.
const PLAIN_LABEL = /^(\s*[-*+]\s+)([A-Z][A-Za-z ()/-]{1,40}):\s+(\S.*)$/;
const FILLER = /\[More Information Needed\](\([^)]*\))?|\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/gi;

function labelKey(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/\[optional\]/g, "")
    .replace(/[:\s]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Bold-label lines anywhere in the body (the file's lines, the body from index `from`), keyed by
 * lower-case label (first one wins). A label alone on its line (`**Training Data**`) takes the
 * paragraph below it as its value.
 */
export function labelLinesIn(lines: readonly string[], from = 0): Map<string, Labelled> {
  const out = new Map<string, Labelled>();
  let fence = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    // Each pattern runs only on lines holding what it cannot match without (most lines are prose).
    if ((line.includes("```") || line.includes("~~~")) && /^\s{0,3}(`{3,}|~{3,})/.test(line)) fence = !fence;
    if (fence) continue;
    const m = (line.includes("**") ? LABEL_LINE.exec(line) : null) ?? (line.includes(":") ? PLAIN_LABEL.exec(line) : null);
    if (!m) continue;
    const label = labelKey(m[2]!);
    if (!label || out.has(label)) continue;
    let value = m[3]!
      .replace(FILLER, "")
      .replace(/^[:\s]+/, "")
      .trim();
    if (!value)
      value = paragraphAfter(lines, i + 1)
        .replace(FILLER, "")
        .trim();
    if (value) out.set(label, { value, position: { line: i + 1, column: m[1]!.length + 1 } });
  }
  return out;
}

/** The paragraph starting at (or after blank lines from) index `from`, up to a blank line, heading or label. */
function paragraphAfter(lines: readonly string[], from: number): string {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === "") i++;
  const out: string[] = [];
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === "" || /^\s{0,3}#{1,6}\s/.test(l) || LABEL_LINE.test(l)) break;
    out.push(l.trim());
  }
  return out.join(" ");
}

// An e-mail address, an https URL (bare or as a Markdown link target) or a @handle in prose.
const EMAIL = /(?:mailto:)?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/;
const URL = /(https:\/\/[^\s)<>\]"']+)/;

/**
 * Where reports can be sent, found in a contact's prose ("Questions: ml-team@example.org",
 * "open a [Pull Request](https://…)"): the first e-mail address, else the first https URL.
 */
export function contactIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const email = EMAIL.exec(text);
  if (email) return email[1]!;
  const url = URL.exec(text);
  return url ? url[1]!.replace(/[.,;:]+$/, "") : null;
}

// Jinja as huggingface_hub's templates write it: `{{ card_data }}`, `{{ model_id | default(…) }}`.
const JINJA = /\{\{\s*[A-Za-z_][\w.]*\s*(\|[^}]*)?\}\}|\{%-?\s*(if|for|block|set|include|extends)\b/g;

/**
 * Whether a card is still a template: Jinja in its front matter or title, or several Jinja
 * expressions in its body. A filled card quoting one placeholder in prose is still a card.
 */
export function isCardTemplate(text: string, frontMatter: string | null, title: string | null): boolean {
  if (frontMatter && new RegExp(JINJA.source).test(frontMatter)) return true;
  if (title && new RegExp(JINJA.source).test(title)) return true;
  return (text.match(JINJA) ?? []).length >= 3;
}
