// Tolerant accessors for parsed JSON/YAML: readers meet documents of every shape in the wild, so
// they ask for "a string here" or "a list there" instead of trusting the declared types.

export type Dict = Record<string, unknown>;
/** A path into a parsed document, as keys and array indexes. */
export type Path = (string | number)[];

export const isDict = (v: unknown): v is Dict => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value when it is an array, else an empty one. */
export const arrayOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A list from one value or many: formats disagree on whether a single item is wrapped. */
export const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** Trimmed non-empty text; numbers and booleans are taken as written. */
export function str(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return null;
}

/** Every text in a value that may be one string or a list of them. */
export function strings(v: unknown): string[] {
  const out: string[] = [];
  for (const x of listOf(v)) {
    if (isDict(x)) continue;
    const s = str(x);
    if (s !== null) out.push(s);
  }
  return out;
}

/** Joins the non-empty parts with a newline; null when nothing is left. */
export function joinText(parts: readonly (string | null | undefined)[], separator = "\n"): string | null {
  const kept = parts.filter((p): p is string => typeof p === "string" && p.trim() !== "");
  return kept.length ? kept.join(separator) : null;
}

export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

export const dictAt = (v: unknown, key: string): Dict => (isDict(v) && isDict(v[key]) ? v[key] : {});
