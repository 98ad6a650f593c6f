// Invisible and direction-changing characters. In prompts and tool configuration they can hide
// instructions from a human reviewer while the model still reads them ("rules file backdoor",
// ASCII smuggling with Unicode tag characters). They are reported as code points, never decoded.

/** Tag characters, zero-width characters, word joiner, BOM inside text, bidirectional controls. */
const HIDDEN = /[\u{E0000}-\u{E007F}\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/gu;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const BLACK_FLAG = 0x1f3f4;

/** Whether the character at `i` is part of an emoji sequence (ZWJ joins, subdivision flags). */
function inEmoji(chars: string[], i: number): boolean {
  const c = chars[i]!.codePointAt(0)!;
  if (c === 0x200d) {
    const before = chars[i - 1] === "\uFE0F" ? chars[i - 2] : chars[i - 1];
    return !!before && PICTOGRAPH.test(before) && !!chars[i + 1] && PICTOGRAPH.test(chars[i + 1]!);
  }
  if (c >= 0xe0020 && c <= 0xe007f) {
    // 🏴 + tag letters + cancel tag is how subdivision flags (England, Scotland, Wales) are spelled.
    let j = i;
    while (j > 0 && chars[j - 1]!.codePointAt(0)! >= 0xe0020 && chars[j - 1]!.codePointAt(0)! <= 0xe007f) j--;
    return j > 0 && chars[j - 1]!.codePointAt(0) === BLACK_FLAG;
  }
  return false;
}

export interface HiddenFound {
  codePoints: string[];
  count: number;
}

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;

/** Hidden characters in one piece of text, or null when there are none. */
export function findHidden(text: string): HiddenFound | null {
  HIDDEN.lastIndex = 0;
  if (!HIDDEN.test(text)) return null;
  const chars = Array.from(text);
  const seen: string[] = [];
  let count = 0;
  chars.forEach((ch, i) => {
    HIDDEN.lastIndex = 0;
    if (!HIDDEN.test(ch) || inEmoji(chars, i)) return;
    count++;
    const cp = hex(ch.codePointAt(0)!);
    if (!seen.includes(cp)) seen.push(cp);
  });
  return count ? { codePoints: seen.slice(0, 16), count } : null;
}

/** The text with hidden characters made visible as U+FFFD, so nothing downstream renders them. */
export function stripHidden(text: string): string {
  HIDDEN.lastIndex = 0;
  if (!HIDDEN.test(text)) return text;
  const chars = Array.from(text);
  return chars
    .map((ch, i) => {
      HIDDEN.lastIndex = 0;
      return HIDDEN.test(ch) && !inEmoji(chars, i) ? "\uFFFD" : ch;
    })
    .join("");
}
