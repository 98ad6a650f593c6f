// Scans an agent file for secrets and hidden characters, and hands the normalizer a copy of the
// document in which every secret is masked and every hidden character made visible. Everything a
// normalizer puts into the artifact comes from that copy (or through `clean`), so a secret's value
// cannot reach the PolicyInput, and from there no report.
import type { DetectedSecret, HiddenUnicode, Position, SourceMap } from "../../../model/types.js";
import { isDict, type Path } from "../../../parse/values.js";
import type { ParsedDoc } from "../../../parse/yaml-doc.js";
import { findSecrets, maskSpans, maskText } from "../../../parse/secrets.js";
import { findHidden, stripHidden } from "./unicode.js";
import { splitLines } from "../../../parse/positions.js";

/** More entries than this in one file say "this file is full of them"; the rest are counted, not listed. */
const MAX_ENTRIES = 100;

/** Masks secrets and makes hidden characters visible: for every string that enters the artifact. */
export function clean(text: string, keyHint?: string): string {
  return stripHidden(maskText(text, keyHint));
}

export class AgentScan {
  readonly secrets: DetectedSecret[] = [];
  readonly hidden: HiddenUnicode[] = [];
  readonly positions: SourceMap = {};
  /** Raw secret values, kept only to prove at the end that none reached the artifact. */
  private readonly raw = new Set<string>();
  private readonly lines: string[];

  constructor(text: string) {
    this.lines = splitLines(text);
  }

  addSecret(field: string, kind: string, value: string, masked: string, pos: Position): void {
    this.raw.add(value);
    if (this.secrets.length >= MAX_ENTRIES || this.secrets.some((s) => s.masked === masked && this.positions[s.pointer]?.line === pos.line)) return;
    const pointer = `/secrets/${this.secrets.length}`;
    this.secrets.push({ pointer, field: clean(field), kind, masked });
    this.positions[pointer] = pos;
  }

  addHidden(field: string, text: string, pos: Position): void {
    const found = findHidden(text);
    if (!found || this.hidden.length >= MAX_ENTRIES || this.hidden.some((h) => this.positions[h.pointer]?.line === pos.line)) return;
    const pointer = `/hidden_unicode/${this.hidden.length}`;
    this.hidden.push({ pointer, field: clean(field), code_points: found.codePoints, count: found.count });
    this.positions[pointer] = pos;
  }

  /** Every line of the file: catches what no key holds (comments, prose, front matter). */
  scanLines(field: string, firstLine = 1, lastLine = this.lines.length): void {
    for (let n = firstLine; n <= lastLine && n <= this.lines.length; n++) {
      const line = this.lines[n - 1]!;
      this.addHidden(field, line, { line: n, column: 1 });
      for (const s of findSecrets(line)) {
        const value = line.slice(s.start, s.end);
        this.addSecret(field, s.kind, value, maskSpans(value, [{ start: 0, end: value.length, kind: s.kind }]), { line: n, column: s.start + 1 });
      }
    }
  }

  /** The line, at or after `from`, that holds `needle` (a multi-line value's own line), else `from`. */
  private lineOf(from: Position, needle: string, span: number): Position {
    const probe = needle.slice(0, 24);
    for (let n = from.line; n < from.line + span && n <= this.lines.length; n++) {
      const col = this.lines[n - 1]!.indexOf(probe);
      if (col >= 0) return { line: n, column: col + 1 };
    }
    return from;
  }

  /**
   * Walks a parsed JSON/YAML document: secrets and hidden characters in every key and string value
   * (located at the value), and the masked copy the normalizer reads. A value's key, or the option
   * before it in an argument list (`--api-key`, `-e`), tells whether a bare literal is a credential.
   */
  scanDocument(doc: ParsedDoc): unknown {
    const walk = (v: unknown, path: Path, hint: string | undefined): unknown => {
      if (typeof v === "string") return this.scanValue(doc, v, path, hint);
      if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i], flagName(v[i - 1]) ?? hint));
      if (isDict(v)) {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) {
          // Positions are looked up only for what is found: locating every key would be quadratic.
          if (findHidden(k)) this.addHidden(fieldOf([...path, k]), k, doc.locate([...path, k]) ?? { line: 1, column: 1 });
          for (const s of findSecrets(k)) {
            const value = k.slice(s.start, s.end);
            this.addSecret(
              fieldOf(path),
              s.kind,
              value,
              maskSpans(value, [{ start: 0, end: value.length, kind: s.kind }]),
              doc.locate([...path, k]) ?? { line: 1, column: 1 },
            );
          }
          Object.defineProperty(out, k, { value: walk(x, [...path, k], k), enumerable: true, writable: true, configurable: true });
        }
        return out;
      }
      return v;
    };
    return walk(doc.value, [], undefined);
  }

  private scanValue(doc: ParsedDoc, v: string, path: Path, hint: string | undefined): string {
    const spans = findSecrets(v, hint);
    const hiddenLine = v.split("\n").find((l) => findHidden(l));
    if (!spans.length && hiddenLine === undefined) return v;
    const at = doc.locate(path) ?? { line: 1, column: 1 };
    const span = v.split("\n").length + 2;
    for (const s of spans) {
      const value = v.slice(s.start, s.end);
      this.addSecret(fieldOf(path), s.kind, value, maskSpans(value, [{ start: 0, end: value.length, kind: s.kind }]), this.lineOf(at, value, span));
    }
    if (hiddenLine !== undefined) this.addHidden(fieldOf(path), hiddenLine, this.lineOf(at, hiddenLine, span));
    return stripHidden(spans.length ? maskSpans(v, spans) : v);
  }

  /** Last line of defence: no raw secret value may survive anywhere in the artifact. */
  scrub<T>(artifact: T): T {
    if (this.raw.size === 0) return artifact;
    const values = [...this.raw].filter((r) => r.length >= 4);
    const fix = (v: unknown): unknown => {
      if (typeof v === "string") return values.reduce((s, r) => (s.includes(r) ? s.split(r).join("****") : s), v);
      if (Array.isArray(v)) return v.map(fix);
      if (isDict(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)]));
      return v;
    };
    return fix(artifact) as T;
  }
}

/** `--api-key` before a value names it the way a key would. */
function flagName(prev: unknown): string | undefined {
  return typeof prev === "string" && /^--?[A-Za-z][\w-]*$/.test(prev) ? prev.replace(/^-+/, "") : undefined;
}

/** `mcpServers.github.args[3]`. */
export function fieldOf(path: Path): string {
  return path.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : s ? `${s}.${p}` : String(p)), "");
}
