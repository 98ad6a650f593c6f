// Rule metadata of custom Rego rules, read from their `# METADATA` blocks in TypeScript, so a
// prebuilt bundle needs no OPA CLI, and checked by the contract the built-in rules keep
// (./metadata-contract.mjs): title, description and, under `custom:`, id, severity, controls,
// applies_to and remediation.
import { parse as parseYamlText } from "yaml";
import { ConfigError } from "../config/config.js";
import type { RuleMeta, Severity } from "../model/types.js";
import { validator } from "../parse/generated-validator.js";
import { safeLink, untrustedBlock, untrustedName } from "../report/untrusted.js";
import { metadataProblems } from "./metadata-contract.mjs";

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
  const problems = metadataProblems(validator("rule-metadata")!, m.metadata!.value, { pkg, builtin: false, knownControls });
  if (problems.length) fail(problems.join("; "));
  // Validated: the shapes below are the schema's (schema/rule-metadata.schema.json).
  const a = m.metadata!.value as Record<string, unknown>;
  const c = a["custom"] as Record<string, unknown>;
  const id = String(c["id"]);
  const title = String(a["title"]).trim();
  const description = String(a["description"]).trim();
  const severity = c["severity"] as Severity;
  const remediation = String(c["remediation"]).trim();
  const controls = c["controls"] as string[];
  const appliesTo = c["applies_to"] as string[];
  const effort = (c["effort"] ?? "small") as "small" | "medium" | "large";
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
    severity,
    controls,
    crosswalk_backed: [],
    effort,
    remediation: untrustedBlock(remediation),
    ...(example ? { example: untrustedBlock(example) } : {}),
    related_resources: related.flatMap((r) => safeLink(r) ?? []),
    applies_to: appliesTo,
    ...(c["heuristic"] === true ? { heuristic: true } : {}),
    custom: true,
  };
}
