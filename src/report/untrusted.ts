// Text a pull request controls enters the Report through here, once: finding messages (the rules
// quote artifact values in them), artifact names, waiver reasons and owners, reasons a file was not
// read, custom rules' metadata. Every sink can then print it without further thought about size,
// terminals or leaked credentials:
// - secrets of known token formats and inside URLs (webhook paths, `sig=`, `code=`, `token=`,
//   `user:pass@`) are masked;
// - control characters, ANSI escapes, bidirectional overrides and invisible characters are shown as
//   `\u001b`-style escapes, so they can neither drive a terminal nor reorder or hide what is shown;
// - length is capped with "…" (a 9 MB model name must not become a 9 MB line in every finding).
// Each sink still escapes for its own syntax (Markdown, SARIF); this module only makes text inert.
import { maskKnownSecrets } from "../parse/secrets.js";

/** Names, titles, owners: one line. */
export const NAME_LIMIT = 200;
/** Finding messages and reasons: one line. */
export const MESSAGE_LIMIT = 1000;
/** Multi-line texts of custom rules (description, remediation, example). */
export const BLOCK_LIMIT = 4000;

// C0 and C1 controls and DEL (ANSI escapes start with ESC or CSI), soft hyphen, Arabic letter mark,
// Mongolian vowel separator, zero-width and directional marks, line and paragraph separators, bidi
// embeddings, overrides and isolates, invisible operators, BOM, interlinear annotations, tag
// characters (ASCII smuggling). In multi-line text, \n and \t stay.
const HIDDEN_IN_LINE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/u;
const HIDDEN_IN_BLOCK =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/u;
const HIDDEN_IN_LINE_G = new RegExp(HIDDEN_IN_LINE.source, "gu");
const HIDDEN_IN_BLOCK_G = new RegExp(HIDDEN_IN_BLOCK.source, "gu");

function escapeOf(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, "0")}`;
}

/**
 * Controls and invisible characters shown as escapes; nothing else changes. Idempotent, so a sink
 * can apply it to text that may or may not have come through the Report (paths, hand-made reports).
 */
export function escapeControls(text: string, multiline = false): string {
  if (!(multiline ? HIDDEN_IN_BLOCK : HIDDEN_IN_LINE).test(text)) return text;
  return text.replace(multiline ? HIDDEN_IN_BLOCK_G : HIDDEN_IN_LINE_G, escapeOf);
}

/** How a character is shown. */
function shown(ch: string, multiline: boolean): string {
  return (multiline ? HIDDEN_IN_BLOCK : HIDDEN_IN_LINE).test(ch) ? escapeOf(ch) : ch;
}

/** The longest start of `text`, shown, that fits `budget`; whether it is all of it. */
function head(text: string, budget: number, multiline: boolean): { text: string; all: boolean } {
  let out = "";
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const s = shown(ch, multiline);
    if (out.length + s.length > budget) return { text: out, all: false };
    out += s;
    i += ch.length;
  }
  return { text: out, all: true };
}

/** The longest end of `text`, shown, that fits `budget`. */
function tail(text: string, budget: number, multiline: boolean): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = text.length; i > 0; ) {
    let start = i - 1;
    const c = text.charCodeAt(start);
    if (c >= 0xdc00 && c <= 0xdfff && start > 0) {
      const h = text.charCodeAt(start - 1);
      if (h >= 0xd800 && h <= 0xdbff) start--;
    }
    const s = shown(text.slice(start, i), multiline);
    if (size + s.length > budget) break;
    parts.push(s);
    size += s.length;
    i = start;
  }
  return parts.reverse().join("");
}

/**
 * At most `limit` characters as shown, escapes never split. `keep: "ends"` keeps the start and the
 * end around the "…" (a message still says what is wrong after a long quoted value).
 */
export function capText(text: string, limit: number, opts: { multiline?: boolean; keep?: "start" | "ends" } = {}): string {
  const multiline = opts.multiline ?? false;
  if (text.length <= limit && !(multiline ? HIDDEN_IN_BLOCK : HIDDEN_IN_LINE).test(text)) return text;
  const whole = head(text, limit, multiline);
  if (whole.all) return whole.text;
  if (opts.keep !== "ends") return `${head(text, limit - 1, multiline).text}…`;
  const start = head(text, Math.ceil((limit - 1) * 0.7), multiline).text;
  return `${start}…${tail(text, limit - 1 - start.length, multiline)}`;
}

/** Secrets masked (see maskKnownSecrets); the text is otherwise unchanged. */
export function maskSecrets(text: string): string {
  return maskKnownSecrets(text);
}

/** A name, title or owner from a pull request: masked, one line, at most NAME_LIMIT characters. */
export function untrustedName(text: string): string {
  return capText(maskSecrets(text), NAME_LIMIT);
}

/** A message or reason: masked, one line, at most MESSAGE_LIMIT characters, its end kept. */
export function untrustedMessage(text: string): string {
  return capText(maskSecrets(text), MESSAGE_LIMIT, { keep: "ends" });
}

/** Multi-line text (custom rule description, remediation, example): masked, lines kept, capped. */
export function untrustedBlock(text: string, limit = BLOCK_LIMIT): string {
  return capText(maskSecrets(text), limit, { multiline: true });
}

/**
 * A link target that is safe to hand to a viewer: an absolute http(s) URL with a host name, no user
 * name or password, nothing invisible. Anything else (`javascript:`, `data:`, relative) is null.
 */
export function safeLink(url: string): string | null {
  if (url.length > 2048 || /[\s\u0000-\u001f\u007f-\u009f]/.test(url) || HIDDEN_IN_LINE.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if ((parsed.protocol !== "https:" && parsed.protocol !== "http:") || !parsed.hostname || parsed.username || parsed.password) return null;
  return maskSecrets(url) === url ? url : null;
}
