// A value quoted in an error message: short and printable. Configuration errors go to job logs, and
// the value may be anything the file holds (a pasted token, a whole file, terminal escapes), so no
// message embeds more than a bounded, escaped excerpt of it.

/** Longest excerpt, in characters, before the ellipsis. */
export const EXCERPT_CHARS = 80;

// C0 and C1 controls, DEL, bidirectional overrides and isolates, zero-width characters, the line
// and paragraph separators and the BOM: everything that could hide or reorder text or drive a terminal.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

/** `text` cut to `max` characters (with "…") and with unprintable characters as \u escapes. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const chars = [...text];
  const cut = chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
  return cut.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A value as JSON (strings quoted), bounded and escaped like excerpt(). */
export function showValue(value: unknown, max = EXCERPT_CHARS): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return `"${excerpt(value, max)}"`;
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    json = String(value);
  }
  return excerpt(json, max);
}
