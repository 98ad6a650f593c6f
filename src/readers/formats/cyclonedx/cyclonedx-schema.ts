// Offline validation of CycloneDX JSON against the official schemas shipped by
// @cyclonedx/cyclonedx-library (draft-07, picked by specVersion). scripts/gen-validators.mjs compiles
// them with ajv ahead of time, one file per version; a run loads the versions its BOMs use.
import type { ErrorObject } from "ajv";
import { validator } from "../../../parse/generated-validator.js";
import type { Path } from "../../../parse/values.js";

export interface SchemaViolation {
  path: Path;
  reason: string;
}

/** Schema violations of a parsed CycloneDX document, one per place, most specific message first. */
export function validateCycloneDx(bom: unknown, version: string): SchemaViolation[] {
  const validate = validator(`cyclonedx-${version}`);
  if (!validate || validate(bom)) return [];
  return summarize(validate.errors ?? [], version);
}

/**
 * ajv reports every failed branch of a oneOf/anyOf (a licence that is neither an id nor a name
 * gives three errors). Each composite keeps one entry that lists its branches' complaints; the
 * "must match then schema" wrappers are dropped in favour of what they wrap.
 */
function summarize(errors: ErrorObject[], version: string): SchemaViolation[] {
  const composites = errors
    .filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf")
    .sort((a, b) => a.instancePath.length - b.instancePath.length || a.schemaPath.length - b.schemaPath.length);
  const consumed = new Set<ErrorObject>();
  const out: SchemaViolation[] = [];
  for (const c of composites) {
    if (consumed.has(c)) continue;
    // Branch errors sit below the composite in the schema or, through a $ref, below it in the document.
    const inner = errors.filter(
      (e) => e !== c && (e.instancePath.startsWith(`${c.instancePath}/`) || (e.instancePath === c.instancePath && e.schemaPath.startsWith(`${c.schemaPath}/`))),
    );
    inner.forEach((e) => consumed.add(e));
    consumed.add(c);
    const why = [...new Set(inner.filter((e) => e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if").map(describe))].slice(0, 3);
    out.push({ path: toPath(c.instancePath), reason: why.length ? `matches none of the allowed forms (${why.join("; ")})` : describe(c) });
  }
  for (const e of errors) {
    if (consumed.has(e) || e.keyword === "if") continue;
    const path = toPath(e.instancePath);
    if (e.keyword === "additionalProperties") path.push(String(e.params["additionalProperty"]));
    out.push({ path, reason: `${describe(e)} (CycloneDX ${version} schema)` });
  }
  const seen = new Set<string>();
  return out.filter((v) => {
    const key = `${v.path.join("/")}\u0000${v.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties":
      return `property "${String(p["additionalProperty"])}" is not allowed here`;
    case "required":
      return `missing required property "${String(p["missingProperty"])}"`;
    case "enum": {
      const allowed = (p["allowedValues"] as unknown[] | undefined) ?? [];
      const shown = allowed
        .slice(0, 8)
        .map((x) => JSON.stringify(x))
        .join(", ");
      return `must be one of ${shown}${allowed.length > 8 ? ", …" : ""}`;
    }
    default:
      return e.message ?? e.keyword;
  }
}

/** ajv instancePath ("/components/0/hashes/1") → path segments, array indexes as numbers. */
export function toPath(instancePath: string): Path {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}
