// Offline validation of CycloneDX JSON against the official schemas shipped by
// @cyclonedx/cyclonedx-library (draft-07, picked by specVersion). The library's package exports hide
// res/schema, so the files are imported by path; the bundler inlines them.
import AjvModule, { type ErrorObject, type ValidateFunction } from "ajv";
import formatsModule from "ajv-formats";
import bom15 from "../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.5.SNAPSHOT.schema.json" with { type: "json" };
import bom16 from "../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.6.SNAPSHOT.schema.json" with { type: "json" };
import bom17 from "../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.7.SNAPSHOT.schema.json" with { type: "json" };
import cryptoDefs from "../../node_modules/@cyclonedx/cyclonedx-library/res/schema/cryptography-defs.SNAPSHOT.schema.json" with { type: "json" };
import jsf from "../../node_modules/@cyclonedx/cyclonedx-library/res/schema/jsf-0.82.SNAPSHOT.schema.json" with { type: "json" };
import spdxIds from "../../node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json" with { type: "json" };
import type { Path } from "./values.js";

// ajv and ajv-formats are CommonJS modules whose default export is the module object under NodeNext.
const Ajv = AjvModule.default;
const addFormats = formatsModule.default;

const SCHEMAS: Record<string, object> = { "1.5": bom15, "1.6": bom16, "1.7": bom17 };
const validators = new Map<string, ValidateFunction>();
let ajv: InstanceType<typeof Ajv> | null = null;

function validatorFor(version: string): ValidateFunction | null {
  const schema = SCHEMAS[version];
  if (!schema) return null;
  let v = validators.get(version);
  if (!v) {
    if (!ajv) {
      // strict:false because the schemas use non-standard keywords (meta:enum); no remote loading.
      // optimize:false: a run compiles the schema once and validates a few BOMs, and skipping ajv's
      // code optimization pass cut that compile from ~260 ms to ~180 ms (measured on bom-1.6).
      ajv = new Ajv({ strict: false, allErrors: true, useDefaults: false, addUsedSchema: false, code: { optimize: false } });
      addFormats(ajv);
      // ajv-formats has neither; cyclonedx-library stubs them the same way.
      ajv.addFormat("idn-email", true);
      ajv.addFormat("iri-reference", true);
      // The bom schemas $ref these by their SNAPSHOT file names.
      ajv.addSchema(spdxIds as object, "http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json");
      ajv.addSchema(jsf as object, "http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json");
      ajv.addSchema(cryptoDefs as object, "http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json");
    }
    v = ajv.compile(schema);
    validators.set(version, v);
  }
  return v;
}

export interface SchemaViolation {
  path: Path;
  reason: string;
}

/** Schema violations of a parsed CycloneDX document, one per place, most specific message first. */
export function validateCycloneDx(bom: unknown, version: string): SchemaViolation[] {
  const validate = validatorFor(version);
  if (!validate || validate(bom)) return [];
  return summarize(validate.errors ?? [], version);
}

/**
 * ajv reports every failed branch of a oneOf/anyOf (a licence that is neither an id nor a name
 * gives three errors). Each composite keeps one entry that lists its branches' complaints; the
 * "must match then schema" wrappers are dropped in favour of what they wrap.
 */
function summarize(errors: ErrorObject[], version: string): SchemaViolation[] {
  const composites = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf").sort((a, b) => a.instancePath.length - b.instancePath.length || a.schemaPath.length - b.schemaPath.length);
  const consumed = new Set<ErrorObject>();
  const out: SchemaViolation[] = [];
  for (const c of composites) {
    if (consumed.has(c)) continue;
    // Branch errors sit below the composite in the schema or, through a $ref, below it in the document.
    const inner = errors.filter((e) => e !== c && (e.instancePath.startsWith(`${c.instancePath}/`) || (e.instancePath === c.instancePath && e.schemaPath.startsWith(`${c.schemaPath}/`))));
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
      const shown = allowed.slice(0, 8).map((x) => JSON.stringify(x)).join(", ");
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
