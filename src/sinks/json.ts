import type { Report } from "../report/report.js";

/** The report as JSON. Key order is fixed by construction and nothing time-dependent is included,
 * so the same repository gives byte-identical output. */
export function renderJson(report: Report): string {
  return [...renderJsonPieces(report)].join("");
}

/**
 * The same text as JSON.stringify(report, null, 2) + "\n" for plain data (a Report has no toJSON),
 * in pieces: one per array element of the report's top-level arrays (tens of thousands of findings
 * in a monorepo). Writing the pieces as they come keeps a 35 MB report from being built, and
 * copied, as one string.
 */
export function* renderJsonPieces(report: Report): Generator<string> {
  yield* pieces(report, "");
  yield "\n";
}

// JSON.stringify(value, null, 2), yielded element by element for arrays at the top two levels.
function* pieces(value: unknown, indent: string, depth = 0): Generator<string> {
  const inner = `${indent}  `;
  if (Array.isArray(value) && depth <= 1) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (const [i, item] of value.entries()) {
      yield `${i === 0 ? "" : ","}\n${inner}${nested(item, inner)}`;
    }
    yield `\n${indent}]`;
    return;
  }
  if (value && typeof value === "object" && !Array.isArray(value) && depth === 0) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
    if (entries.length === 0) {
      yield "{}";
      return;
    }
    yield "{";
    for (const [i, [key, v]] of entries.entries()) {
      yield `${i === 0 ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
      yield* pieces(v, inner, depth + 1);
    }
    yield `\n${indent}}`;
    return;
  }
  yield nested(value, indent);
}

/** JSON.stringify with two-space indentation, placed at `indent`; undefined becomes null as in an array. */
function nested(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2) ?? "null";
  return indent ? text.replace(/\n/g, `\n${indent}`) : text;
}

/** Writes the JSON report through `write` in pieces of about 64 KiB (to a file: src/io/write.ts). */
export function writeJson(report: Report, write: (text: string) => void): void {
  let pending = "";
  for (const piece of renderJsonPieces(report)) {
    pending += piece;
    if (pending.length >= 65536) {
      write(pending);
      pending = "";
    }
  }
  if (pending) write(pending);
}
