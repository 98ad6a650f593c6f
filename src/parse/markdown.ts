import type { Position } from "../model/types.js";
import { ArtifactError } from "./errors.js";
import { ARTIFACT_YAML, parseYaml, type ParsedDoc } from "./yaml-doc.js";
import { remembered } from "./memo.js";
import { splitLines } from "./positions.js";

export interface Section {
  /** Heading text as written, without `#` marks. */
  title: string;
  /** Lower-case heading with "[optional]", emphasis and trailing punctuation removed. */
  key: string;
  level: number;
  position: Position;
  /** Text directly under the heading, up to the next heading of any level, without comments. */
  text: string;
  /** Text under the heading including its sub-sections. */
  fullText: string;
}

export interface MarkdownDoc {
  frontMatter: ParsedDoc | null;
  /** Line of the opening `---`, or null. */
  frontMatterLine: number | null;
  sections: Section[];
  /** The text's lines, and the 1-based line the body starts on (after the closing `---`). */
  lines: readonly string[];
  bodyStartLine: number;
}

// Same split rule as huggingface_hub's repocard.py, so aigis and the Hub agree on what the
// front matter is.
const FRONT_MATTER = /^(\s*---(?:\r\n|\r|\n))([\S\s]*?)((?:\r\n|\r|\n)---[ \t]*(\r\n|\n|$))/;

export function splitFrontMatter(text: string): { yaml: string; startLine: number; openLine: number } | null {
  const m = FRONT_MATTER.exec(text);
  if (!m) return null;
  const lead = m[1]!;
  const openLine = splitLines(lead).length - 1;
  return { yaml: m[2]!, startLine: openLine + 1, openLine };
}

export function parseMarkdown(text: string): MarkdownDoc {
  const fm = splitFrontMatter(text);
  let frontMatter: ParsedDoc | null = null;
  let bodyStartLine = 1;
  if (fm) {
    frontMatter = parseYaml(fm.yaml, fm.startLine, ARTIFACT_YAML);
    if (frontMatter.value !== null && frontMatter.value !== undefined && (typeof frontMatter.value !== "object" || Array.isArray(frontMatter.value))) {
      throw new ArtifactError("front matter must be a YAML mapping of keys to values", fm.startLine, 1);
    }
    bodyStartLine = fm.startLine + splitLines(fm.yaml).length + 1;
  }
  const lines = splitLines(text);
  return { frontMatter, frontMatterLine: fm ? fm.openLine : null, sections: scanSections(lines, bodyStartLine), lines, bodyStartLine };
}

interface Heading {
  title: string;
  level: number;
  line: number;
  column: number;
  bodyStart: number; // index of first body line
}

/** ATX and setext headings outside fenced code, HTML comments and the front matter. */
function scanHeadings(lines: string[], firstLine: number): Heading[] {
  const headings: Heading[] = [];
  let fence: string | null = null;
  let inComment = false;
  // True while the previous line continues a paragraph: a setext underline only makes a heading of
  // a one-line paragraph here (multi-line setext titles do not occur in cards).
  let inParagraph = false;
  for (let i = firstLine - 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (inComment) {
      if (line.includes("-->")) inComment = false;
      continue;
    }
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      inParagraph = false;
      continue;
    }
    if (/^\s*<!--/.test(line)) {
      inComment = !line.includes("-->");
      inParagraph = false;
      continue;
    }
    const atx = /^( {0,3})(#{1,6})(?:[ \t]+(.*?))?[ \t]*(?:[ \t]#+[ \t]*)?$/.exec(line);
    if (atx) {
      headings.push({ title: (atx[3] ?? "").trim(), level: atx[2]!.length, line: i + 1, column: atx[1]!.length + 1, bodyStart: i + 1 });
      inParagraph = false;
      continue;
    }
    const next = lines[i + 1];
    const isText = line.trim() !== "" && !/^\s*([-*+]|\d+[.)])\s/.test(line) && !/^\s*[|>]/.test(line);
    if (isText && !inParagraph && next !== undefined && /^ {0,3}(=+|-+)[ \t]*$/.test(next)) {
      headings.push({ title: line.trim(), level: next.trim()[0] === "=" ? 1 : 2, line: i + 1, column: 1, bodyStart: i + 2 });
      i++;
      inParagraph = false;
      continue;
    }
    inParagraph = line.trim() !== "";
  }
  return headings;
}

function scanSections(lines: string[], firstLine: number): Section[] {
  const headings = scanHeadings(lines, firstLine);
  return headings.map((h, idx) => {
    const nextAny = headings[idx + 1];
    const ownEnd = nextAny ? nextAny.line - 1 : lines.length;
    let fullEnd = lines.length;
    for (let j = idx + 1; j < headings.length; j++) {
      if (headings[j]!.level <= h.level) {
        fullEnd = headings[j]!.line - 1;
        break;
      }
    }
    // The texts are cleaned when first read: a heading's full text repeats its sub-sections', and
    // readers ask for one or the other, seldom both, of each section.
    let text: string | undefined;
    let fullText: string | undefined;
    return {
      title: h.title,
      key: headingKey(h.title),
      level: h.level,
      position: { line: h.line, column: h.column },
      get text() {
        text ??= cleanText(lines.slice(h.bodyStart, ownEnd).join("\n"));
        return text;
      },
      get fullText() {
        fullText ??= cleanText(lines.slice(h.bodyStart, fullEnd).join("\n"));
        return fullText;
      },
    };
  });
}

/** Documents of one repository repeat their headings: each distinct title is worked out once. */
export const headingKey = remembered(keyOf);

function keyOf(title: string): string {
  return title
    .toLowerCase()
    .replace(/\[optional\]/g, "")
    .replace(/[*_`]/g, "")
    .replace(/^[\d.\s]+(?=[a-z])/, "")
    .replace(/[:.\s]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Removes what a template leaves behind: HTML comments and the Hub's "[More Information Needed]". */
export function cleanText(text: string): string {
  // Each pattern runs only when the text holds the characters it cannot match without: most
  // sections have no comment, placeholder, heading or bold label, and the scans were most of the cost.
  let t = text;
  if (t.includes("<!--")) t = t.replace(/<!--[\s\S]*?(-->|$)/g, "");
  if (t.includes("[")) t = t.replace(/\[More Information Needed\](\([^)]*\))?/gi, "");
  if (t.includes("#")) t = t.replace(/^\s*#{1,6}\s.*$/gm, "");
  if (t.includes("**")) t = t.replace(/^[ \t]*[-*+][ \t]*\*\*[^*]+:?\*\*:?[ \t]*$/gm, "");
  if (t.includes("\n\n\n")) t = t.replace(/\n{3,}/g, "\n\n");
  return t.trim();
}
