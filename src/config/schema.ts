// Validates `.aigis.yml` against the published JSON Schema (schema/aigis-config.schema.json), so the
// schema editors use and the loader enforce one contract. Each violation becomes a message naming the
// line (from the YAML positions) and the fix (the schema's `errorMessage` hints, which editors show too).
import type { ErrorObject } from "ajv";
import { validator } from "../parse/generated-validator.js";
import type { ParsedDoc } from "../parse/yaml-doc.js";
import { excerpt, showValue } from "./excerpt.js";

export interface SchemaProblem {
  line: number | null;
  message: string;
}

type Segment = string | number;

/** Checks a parsed configuration against the schema; returns its problems in file order. */
export function schemaProblems(doc: ParsedDoc): SchemaProblem[] {
  const value = doc.value ?? {};
  // Compiled ahead of time by scripts/gen-validators.mjs (allErrors, verbose, strict, the ajv-formats
  // "date" format and the errorMessage annotation keyword).
  const check = validator("aigis-config")!;
  if (check(value)) return [];
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  // Several missing keys of one mapping make one message.
  const missing = new Map<string, string[]>();
  for (const e of check.errors ?? []) {
    if (e.keyword === "required") missing.set(e.instancePath, [...(missing.get(e.instancePath) ?? []), String(e.params["missingProperty"])]);
  }
  for (const e of check.errors ?? []) {
    // `if` and `propertyNames` wrap the errors that say what is wrong; those are reported instead.
    if (e.keyword === "if" || e.keyword === "propertyNames") continue;
    const at = segments(value, e.instancePath);
    const target =
      e.keyword === "additionalProperties" ? [...at, String(e.params["additionalProperty"])] : e.propertyName !== undefined ? [...at, e.propertyName] : at;
    if (e.keyword === "required") {
      if (!missing.has(e.instancePath)) continue;
      e.params["missingProperty"] = listed(missing.get(e.instancePath)!);
      missing.delete(e.instancePath);
    }
    const message = describe(e, at);
    const line = lineOf(doc, target);
    const key = `${line}\0${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ line, message });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** `a`, `a or b`, `a, b or c`. */
function listed(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** JSON pointer → path segments, with array indices as numbers (YAML positions need them). */
function segments(value: unknown, pointer: string): Segment[] {
  if (!pointer) return [];
  const out: Segment[] = [];
  let node: unknown = value;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      out.push(Number(seg));
      node = node[Number(seg)];
    } else {
      out.push(seg);
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

/** The line of the node at `path`, else of its nearest enclosing node. */
export function lineOf(doc: ParsedDoc, path: readonly Segment[]): number | null {
  for (let n = path.length; n >= 0; n--) {
    const pos = doc.locate(path.slice(0, n));
    if (pos) return pos.line;
  }
  return null;
}

/** `waivers[0].expires`, `rules.AIGIS-MC-001.severity`. */
export function dotted(path: readonly Segment[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  array: "a list",
  object: "a mapping",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  null: "empty",
};

// Values and keys come from the file: quoted bounded and escaped (see excerpt.ts).
const show = (v: unknown) => showValue(v);

function describe(e: ErrorObject, at: Segment[]): string {
  const where = excerpt(dotted(at));
  const hint = (e.parentSchema as { errorMessage?: string } | undefined)?.errorMessage;
  // Hints that start with "is " describe the value ("is not a rule id …"); the others say what to write.
  const withHint = (problem: string) => (hint ? `${problem}; ${hint}` : problem);
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params["additionalProperty"]);
      const allowed = Object.keys((e.parentSchema as { properties?: Record<string, unknown> }).properties ?? {});
      return `unknown key "${excerpt(dotted([...at, key]))}"${suggest(key, allowed)}`;
    }
    case "required": {
      const missing = String(e.params["missingProperty"]);
      return withHint(`${where || "the configuration"} has no ${missing}`);
    }
    case "enum":
      return withHint(`${where} must be one of ${(e.params["allowedValues"] as unknown[]).map(String).join(", ")}; got ${show(e.data)}`);
    case "type": {
      const types = String(e.params["type"])
        .split(",")
        .map((t) => TYPE_NAMES[t] ?? t);
      return withHint(`${where || "the configuration"} must be ${types.join(" or ")}; got ${show(e.data)}`);
    }
    case "pattern":
    case "format":
      if (hint?.startsWith("is ")) return `${e.propertyName !== undefined ? show(e.propertyName) : `${where} ${show(e.data)}`} ${hint}`;
      return withHint(`${where} ${e.keyword === "format" ? `is not a valid ${String(e.params["format"])}` : "is empty"}: got ${show(e.data)}`);
    case "minProperties":
    case "maxProperties":
      return withHint(`${where} takes exactly one setting; got ${excerpt(Object.keys((e.data as object) ?? {}).join(", ")) || "none"}`);
    default:
      return withHint(`${where} ${e.message ?? "is not valid"}; got ${show(e.data)}`);
  }
}

/** ` (did you mean "fail-on"?)` for a near miss, else the allowed keys. */
export function suggest(key: string, options: readonly string[]): string {
  const near = options.filter((o) => o !== "$schema").find((o) => distance(o.toLowerCase(), key.toLowerCase()) <= 2);
  return near ? ` (did you mean "${near}"?)` : options.length ? ` (allowed: ${options.filter((o) => o !== "$schema").join(", ")})` : "";
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}
