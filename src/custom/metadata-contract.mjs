// The METADATA contract of a rule, enforced once for built-in and custom rules: the JSON Schema
// (schema/rule-metadata.schema.json, compiled by scripts/gen-validators.mjs to
// src/generated/rule-metadata.cjs) plus what a schema cannot say. scripts/build-policies.mjs checks
// the built-in rules with it at build time, src/custom/metadata.ts a team's rules at run time. Plain
// JavaScript (typed by metadata-contract.d.mts) so that the build script needs no compiler.

const EVERY_RULE_NEEDS = "every rule needs title, description and custom: {id, severity, controls, applies_to, remediation}";

/**
 * Every problem with one rule's METADATA, as sentences that name the field and the fix.
 * @param {import("ajv").ValidateFunction} validate the compiled rule-metadata validator
 * @param {unknown} annotation the METADATA block as parsed (YAML) or as `opa inspect -a` returns it
 * @param {{ pkg: string, builtin: boolean, knownControls: ReadonlySet<string> }} opts
 * @returns {string[]}
 */
export function metadataProblems(validate, annotation, { pkg, builtin, knownControls }) {
  if (!validate(annotation)) return schemaMessages(validate.errors ?? [], pkg);
  const c = /** @type {{ id: string, controls: string[], applies_to: string[] }} */ (/** @type {{ custom: unknown }} */ (annotation).custom);
  const out = [];
  // The AIGIS prefix belongs to the built-in rules, so a finding's id always says whose rule it is.
  if (builtin && !c.id.startsWith("AIGIS-")) out.push(`custom.id ${c.id}: a built-in rule's id starts with AIGIS-`);
  if (!builtin && c.id.startsWith("AIGIS-")) out.push(`custom.id ${c.id}: the AIGIS- prefix is reserved for built-in rules; use your own, e.g. ACME-ML-001`);
  // A built-in repository-wide rule may apply to no kind; a team's rule must say what it judges, or
  // readiness could never tell where its silence is evidence.
  if (!builtin && c.applies_to.length === 0)
    out.push(`METADATA of ${pkg} has an empty custom.applies_to: list the artifact kinds it judges, e.g. [model_card]`);
  for (const key of c.controls) {
    if (!knownControls.has(key))
      out.push(
        `custom.controls cites ${key}, which is not in the control catalog (ids look like iso42001:A.6.2.7, nist-ai-rmf:MAP 1.1, owasp-llm:LLM03:2025; see catalog/controls.json)`,
      );
  }
  return out;
}

/** @param {import("ajv").ErrorObject[]} errors @param {string} pkg */
function schemaMessages(errors, pkg) {
  // An anyOf reports each failed branch too; its own error says it better.
  const anyOf = errors.filter((e) => e.keyword === "anyOf").map((e) => e.schemaPath);
  const out = [];
  for (const e of errors) {
    if (anyOf.some((p) => e.schemaPath.startsWith(`${p}/`))) continue;
    const message = describe(e, pkg);
    if (!out.includes(message)) out.push(message);
  }
  return out;
}

/** @param {import("ajv").ErrorObject} e @param {string} pkg */
function describe(e, pkg) {
  const field = e.instancePath.slice(1).replaceAll("/", ".");
  const hint = /** @type {{ errorMessage?: string } | undefined} */ (e.parentSchema)?.errorMessage;
  const shown = JSON.stringify(e.data);
  switch (e.keyword) {
    case "required": {
      const missing = `${field ? `${field}.` : ""}${e.params.missingProperty}`;
      const about = /** @type {{ properties?: Record<string, { errorMessage?: string }> } | undefined} */ (e.parentSchema)?.properties?.[e.params.missingProperty];
      return `METADATA of ${pkg} has no ${missing}; ${EVERY_RULE_NEEDS}${about?.errorMessage ? ` (${missing}: ${about.errorMessage})` : ""}`;
    }
    case "type":
      return field
        ? `METADATA ${field} must be ${e.params.type === "array" ? "a list" : `a ${e.params.type}`}${hint ? `: ${hint}` : ""}`
        : "the METADATA block must be a YAML mapping (title:, description:, custom:)";
    case "enum":
      return `METADATA ${field} ${shown} must be one of ${e.params.allowedValues.join(", ")}`;
    case "const":
      return `METADATA ${field} ${shown} must be ${JSON.stringify(e.params.allowedValue)}${hint ? `: ${hint}` : ""}`;
    case "pattern":
      if (field === "custom.id") return `custom.id ${shown} is not a rule id: ${hint}`;
      return /^(title|description|custom\.(remediation|evidence_reason))$/.test(field)
        ? `METADATA of ${pkg} has an empty ${field}; ${EVERY_RULE_NEEDS}`
        : `METADATA ${field} ${shown} is not valid${hint ? `: ${hint}` : ""}`;
    case "minItems":
      return `METADATA of ${pkg} has an empty ${field}${hint ? `: ${hint}` : ""}`;
    case "additionalProperties":
      return `METADATA ${field}.${e.params.additionalProperty} is not a field aigis reads; ${field} holds ${hint ?? "the documented fields"}`;
    case "dependencies":
      return `METADATA ${field} sets ${e.params.property} but not ${e.params.missingProperty}: say why the rule can only report gaps`;
    case "anyOf":
      return `METADATA ${field} ${shown} is not valid${hint ? `: ${hint}` : ""}`;
    default:
      return `METADATA ${field || "block"} ${e.message}`;
  }
}
