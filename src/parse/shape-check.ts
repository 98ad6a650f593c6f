// A small structural checker for formats whose schema aigis may not ship (Model Card Toolkit,
// the aigis system register): expected types, required and unknown keys, reported with paths.
import type { ProblemList } from "./problems.js";
import { isDict, type Path } from "./values.js";

export type Shape =
  | "string"
  | "number"
  | "boolean"
  | "any"
  | { object: Record<string, Shape>; required?: string[]; closed?: boolean }
  | { array: Shape }
  | { anyOf: Shape[] };

export const obj = (object: Record<string, Shape>, extra: { required?: string[]; closed?: boolean } = {}): Shape => ({ object, ...extra });
export const arr = (array: Shape): Shape => ({ array });
export const anyOf = (...shapes: Shape[]): Shape => ({ anyOf: shapes });

function typeName(shape: Shape): string {
  if (typeof shape === "string") return shape === "any" ? "a value" : `a ${shape}`;
  if ("object" in shape) return "a mapping";
  if ("array" in shape) return "a list";
  return shape.anyOf.map(typeName).join(" or ");
}

function matches(value: unknown, shape: Shape): boolean {
  if (shape === "any") return true;
  if (shape === "string" || shape === "number" || shape === "boolean") return typeof value === shape;
  if ("object" in shape) return isDict(value);
  if ("array" in shape) return Array.isArray(value);
  return shape.anyOf.some((s) => matches(value, s));
}

/** Checks `value` against `shape`, adding one problem per mismatch; `label` names the format. */
export function checkShape(value: unknown, shape: Shape, path: Path, problems: ProblemList, label: string): void {
  if (value === null || value === undefined) return;
  if (!matches(value, shape)) {
    const where = path.length ? String(path[path.length - 1]) : "document";
    problems.add(path, `${where} must be ${typeName(shape)} (${label})`);
    return;
  }
  if (typeof shape === "string") return;
  if ("anyOf" in shape) {
    const fit = shape.anyOf.find((s) => matches(value, s));
    if (fit) checkShape(value, fit, path, problems, label);
    return;
  }
  if ("array" in shape) {
    (value as unknown[]).forEach((item, i) => checkShape(item, shape.array, [...path, i], problems, label));
    return;
  }
  const dict = value as Record<string, unknown>;
  for (const key of shape.required ?? []) {
    if (dict[key] === undefined) problems.add(path, `missing required property ${key} (${label})`);
  }
  for (const [key, v] of Object.entries(dict)) {
    const sub = shape.object[key];
    if (sub) checkShape(v, sub, [...path, key], problems, label);
    else if (shape.closed) problems.add([...path, key], `property ${key} is not part of ${label}`);
  }
}
