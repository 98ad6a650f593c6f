// The governance documents the repository-wide rules look for when AI is in use: the AI system
// register (AIGIS-GV-003 and the per-system rules), an impact assessment (GV-006), an
// incident-response procedure (GV-008) and a monitoring plan (GV-011). Unknowns are placeholders
// a rule reports at their own line: `TODO` where the value is text, an empty value where the field
// has a type (a date, a boolean, a number), so a scaffold never fails a schema check.
import { yamlScalar } from "./text.js";

export interface RegisterFacts {
  /** Register id of the one system scaffolded; the other documents name it in systems_covered. */
  system: string;
  models: string[];
  datasets: string[];
}

export function registerTemplate(f: RegisterFacts): string {
  const list = (items: string[]) => (items.length ? `[${items.map(yamlScalar).join(", ")}]` : "[]");
  return [
    "# AI system register, scaffolded by `aigis init`: one entry per AI system this repository builds or runs.",
    "# Replace every TODO and fill the empty values, then run `aigis check`: each finding points at one still to fill.",
    "systems:",
    `  - id: ${yamlScalar(f.system)}`,
    "    name: TODO                  # what people call the system",
    "    purpose: TODO               # what it does and for whom, in a sentence",
    "    lifecycle:                  # design | development | production | retired",
    "    owner:",
    "      team: TODO                # the team accountable for it",
    "      contact: TODO             # an e-mail address or https URL that reaches them",
    "    risk_tier:                  # minimal | limited | high (params.risk_tiers)",
    "    user_facing:                # true when people outside the team see its output",
    "    eu_market:                  # true when it is placed on the EU market or used there",
    "    autonomy:                   # human-in-the-loop | human-on-the-loop | autonomous",
    "    human_oversight: TODO       # who reviews its output or can stop it, and how",
    `    models: ${list(f.models)}`,
    `    datasets: ${list(f.datasets)}`,
    "    impact_assessment: docs/ai/impact-assessment.md",
    "    monitoring: docs/ai/monitoring-plan.md",
    "    fallback: TODO              # what happens when it must be switched off",
    "    logging:",
    "      retention_days:           # how long its event logs are kept, in days",
    "",
  ].join("\n");
}

const frontMatter = (kind: string, extra: string[] = []) => [
  "---",
  "aigis:",
  `  kind: ${kind}`,
  "  owner: TODO              # the role that owns this document",
  ...extra,
  "---",
  "",
];

const scaffoldNote = "<!-- Scaffolded by `aigis init`. Replace every TODO, then run `aigis check`: each finding points at a TODO still to fill. -->";

export function impactAssessmentTemplate(f: { system: string }): string {
  return [
    ...frontMatter("impact-assessment", [`  systems_covered: [${yamlScalar(f.system)}]`]),
    `# AI impact assessment: ${f.system}`,
    "",
    scaffoldNote,
    "",
    "## Affected individuals and groups",
    "",
    "<!-- Who the system's output reaches or decides about, and how. -->",
    "TODO",
    "",
    "## Societal and environmental impact",
    "",
    "<!-- Effects beyond the people it serves: communities, the environment, energy use. -->",
    "TODO",
    "",
    "## Mitigations",
    "",
    "<!-- The controls and safeguards that reduce each impact. -->",
    "TODO",
    "",
    "## Human oversight",
    "",
    "<!-- Who reviews the system's output or can stop it, and how. -->",
    "TODO",
    "",
    "## Residual risk and sign-off",
    "",
    "<!-- The risk that remains, who accepted it and when. -->",
    "TODO",
    "",
  ].join("\n");
}

export function incidentResponseTemplate(): string {
  return [
    ...frontMatter("incident-response", [
      "  contact: TODO            # where incidents are reported: an e-mail address or https URL",
      "  notify: []               # who is told, e.g. [internal:security, external:affected-customers]",
    ]),
    "# AI incident response",
    "",
    scaffoldNote,
    "",
    "## Procedure",
    "",
    "<!-- How an AI incident is triaged, contained, communicated and reviewed, with time limits. -->",
    "TODO",
    "",
  ].join("\n");
}

export function monitoringPlanTemplate(f: { system: string }): string {
  return [
    ...frontMatter("monitoring-plan", [`  systems_covered: [${yamlScalar(f.system)}]`]),
    `# Monitoring plan: ${f.system}`,
    "",
    scaffoldNote,
    "",
    "## Metrics and thresholds",
    "",
    "<!-- What is measured in production, how often, and the threshold that triggers action. -->",
    "TODO",
    "",
  ].join("\n");
}
