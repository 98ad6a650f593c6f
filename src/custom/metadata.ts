// Rule metadata of custom Rego rules, read from their `# METADATA` blocks in TypeScript (the same
// contract scripts/build-policies.mjs enforces on the built-in rules through `opa inspect -a`), so a
// prebuilt bundle needs no OPA CLI: title, description and, under `custom:`, id, severity, controls,
// applies_to and remediation.
import { parse as parseYamlText } from "yaml";
import { ConfigError } from "../config/config.js";
import { RULE_ID } from "../parse/waiver-syntax.js";
import type { RuleMeta, Severity } from "../model/types.js";
import { safeLink, untrustedBlock, untrustedName } from "../report/untrusted.js";

export interface RegoModule {
  /** How errors name the file (repository-relative, or `bundle.tar.gz:/path`). */
  file: string;
  package: string | null;
  packageLine: number;
  /** The package-scoped METADATA block, parsed, with the line of `# METADATA`. */
  metadata: { value: unknown; line: number } | null;
  hasDeny: boolean;
}

/** Package, package-scoped METADATA and whether a `deny` rule is defined. */
export function parseRegoModule(file: string, source: string): RegoModule {
  const lines = source.split(/\r\n|\r|\n/);
  const pkgIndex = lines.findIndex((l) => /^\s*package\s+\S/.test(l));
  const pkg = pkgIndex >= 0 ? (/^\s*package\s+([A-Za-z_][\w.]*)/.exec(lines[pkgIndex]!)?.[1] ?? null) : null;
  let metadata: RegoModule["metadata"] = null;
  if (pkgIndex >= 0) {
    // The comment block directly above `package`, from its `# METADATA` line on.
    let start = pkgIndex;
    while (start > 0 && /^\s*#/.test(lines[start - 1]!)) start--;
    const header = lines.slice(start, pkgIndex).findIndex((l) => /^\s*#\s*METADATA\s*$/.test(l));
    if (header >= 0) {
      const first = start + header;
      const body = lines.slice(first + 1, pkgIndex).map((l) => l.replace(/^\s*#/, ""));
      const yamlText = body.every((l) => l === "" || l.startsWith(" ")) ? body.map((l) => l.slice(1)).join("\n") : body.join("\n");
      let value: unknown;
      try {
        value = parseYamlText(yamlText, { schema: "core" });
      } catch (e) {
        throw new ConfigError(
          `the METADATA block is not valid YAML (${String((e as Error).message).split("\n")[0]}); indent it as YAML after "# "`,
          file,
          first + 1,
        );
      }
      metadata = { value, line: first + 1 };
    }
  }
  const hasDeny = lines.some((l) => /^deny\s*(contains\b|\[|:?=|if\b|\{)/.test(l));
  return { file, package: pkg, packageLine: pkgIndex + 1, metadata, hasDeny };
}

const SEVERITIES: Severity[] = ["critical", "high", "medium", "low"];

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/**
 * The RuleMeta of a custom rule package, checked: every field the built-in rules must have, ids
 * that are the team's own, controls from the catalog. Errors name the file and line and the fix.
 */
export function customRuleMeta(m: RegoModule, knownControls: ReadonlySet<string>): RuleMeta {
  const fail = (msg: string, line = m.metadata?.line ?? m.packageLine): never => {
    throw new ConfigError(msg, m.file, line);
  };
  const pkg = m.package!;
  if (pkg.split(".").length !== 4)
    fail(`package ${pkg} must be aigis.rules.<area>.<name> (two levels below aigis.rules) for aigis to collect its findings`, m.packageLine);
  if (!m.metadata) {
    fail(
      `package ${pkg} has no METADATA block: put "# METADATA" with title, description and custom: {id, severity, controls, applies_to, remediation} directly above the package line`,
      m.packageLine,
    );
  }
  if (!m.hasDeny)
    fail(
      `package ${pkg} defines no deny rule, so it can never report: write \`deny contains lib.finding(artifact, pointer, message) if { … }\``,
      m.packageLine,
    );
  const a = (m.metadata!.value ?? {}) as Record<string, unknown>;
  if (typeof a !== "object" || Array.isArray(a)) fail("the METADATA block must be a YAML mapping (title:, description:, custom:)");
  const c = (a["custom"] ?? {}) as Record<string, unknown>;
  if (typeof c !== "object" || Array.isArray(c)) fail("METADATA custom: must be a mapping with id, severity, controls, applies_to and remediation");
  const missing = (what: string) =>
    fail(`METADATA of ${pkg} has no ${what}; every rule needs title, description and custom: {id, severity, controls, applies_to, remediation}`);

  const id = text(c["id"]) ?? missing("custom.id");
  if (!RULE_ID.test(id)) fail(`custom.id "${id}" is not a rule id: write PREFIX-AREA-NNN, e.g. ACME-ML-001`);
  if (id.startsWith("AIGIS-")) fail(`custom.id ${id}: the AIGIS- prefix is reserved for built-in rules; use your own, e.g. ACME-ML-001`);
  const title = text(a["title"]) ?? missing("title");
  const description = text(a["description"]) ?? missing("description");
  const severity = text(c["severity"]) ?? missing("custom.severity");
  if (!SEVERITIES.includes(severity as Severity)) fail(`custom.severity "${severity}" must be one of ${SEVERITIES.join(", ")}`);
  const remediation = text(c["remediation"]) ?? missing("custom.remediation");
  const controls = c["controls"];
  if (!Array.isArray(controls) || controls.length === 0 || controls.some((k) => typeof k !== "string"))
    missing("custom.controls (a list of control ids such as iso42001:A.6.2.7)");
  for (const key of controls as string[]) {
    if (!knownControls.has(key))
      fail(
        `custom.controls cites ${key}, which is not in the control catalog (ids look like iso42001:A.6.2.7, nist-ai-rmf:MAP 1.1, owasp-llm:LLM03:2025; see catalog/controls.json)`,
      );
  }
  const appliesTo = c["applies_to"];
  if (!Array.isArray(appliesTo) || appliesTo.length === 0 || appliesTo.some((k) => typeof k !== "string" || !/^[a-z_]+$/.test(k))) {
    missing("custom.applies_to (the artifact kinds it judges, e.g. [model_card]; readiness counts its controls as met only where those exist)");
  }
  const effort = c["effort"] ?? "small";
  if (!["small", "medium", "large"].includes(String(effort))) fail(`custom.effort must be small, medium or large; got ${JSON.stringify(effort)}`);
  const related = Array.isArray(a["related_resources"])
    ? (a["related_resources"] as unknown[]).flatMap((r) =>
        typeof r === "string" ? [r] : r && typeof r === "object" && typeof (r as { ref?: unknown }).ref === "string" ? [(r as { ref: string }).ref] : [],
      )
    : [];
  const example = typeof c["example"] === "string" ? c["example"].replace(/\s+$/, "") : undefined;
  // A pull request can change these texts: they are shown as text, bounded, never as live links.
  return {
    id,
    package: pkg,
    title: untrustedName(title),
    description: untrustedBlock(description),
    severity: severity as Severity,
    controls: controls as string[],
    crosswalk_backed: [],
    effort: effort as "small" | "medium" | "large",
    remediation: untrustedBlock(remediation),
    ...(example ? { example: untrustedBlock(example) } : {}),
    related_resources: related.flatMap((r) => safeLink(r) ?? []),
    applies_to: appliesTo as string[],
    ...(c["heuristic"] === true ? { heuristic: true } : {}),
    custom: true,
  };
}
