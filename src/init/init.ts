// `aigis init [path]`: scaffolds the governance artifacts a repository is missing, prefilled with what
// discovery already knows (model names, datasets, suppliers, licences), and never overwrites a file.
// Unknowns are `TODO` placeholders the rules treat as missing, so `aigis check` right after lists the
// remaining gaps at the scaffold's lines.
import fs from "node:fs";
import path from "node:path";
import { CONFIG_FILE_NAMES, ConfigError, findConfig, loadConfig, runDate } from "../config/config.js";
import type { AiSbom, DatasetRecord, GovernanceDoc, ModelCard, ReadArtifact } from "../model/types.js";
import { checkWriteTarget, makeDirs } from "../io/write.js";
import { workspaceAt } from "../io/workspace.js";
import { collect } from "../run.js";
import { configTemplate } from "./templates/config.js";
import { impactAssessmentTemplate, incidentResponseTemplate, monitoringPlanTemplate, registerTemplate } from "./templates/governance.js";
import { datasetTemplate } from "./templates/dataset.js";
import { modelCardTemplate } from "./templates/model-card.js";
import { policyTemplate } from "./templates/policy.js";
import { sbomTemplate } from "./templates/sbom.js";
import { slug } from "./templates/text.js";
import { workflowTemplate } from "./templates/workflow.js";

export interface PlannedFile {
  /** Path relative to the scanned directory, `/`-separated. */
  path: string;
  what: string;
  content: string;
}

export interface InitResult {
  created: PlannedFile[];
  /** Files the plan wanted that already exist: left as they are. */
  kept: PlannedFile[];
}

/** What the repository already says, as the templates use it. */
interface Known {
  cards: ModelCard[];
  datasets: DatasetRecord[];
  sboms: AiSbom[];
  governance: GovernanceDoc[];
}

const short = (name: string) => name.split("/").pop()!.trim().toLowerCase();
const uniqueBy = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((i) => [key(i), i])).values()];

export interface InitOptions {
  /** The repository owner (src/init/owner.ts), written as organization.names when none is configured. */
  owner?: string | null;
}

export function planInit(root: string, opts: InitOptions = {}): PlannedFile[] {
  const cfg = loadConfig(root, findConfig(root, null));
  const { artifacts } = collect(root, cfg);
  const known = knownFrom(artifacts);
  const plan: PlannedFile[] = [];
  const today = runDate(cfg);

  // Models: every model the SBOM lists without a card of its own name; one placeholder when nothing is known.
  const cardNames = new Set(known.cards.map((c) => short(c.name ?? "")));
  const sbomModels = uniqueBy(
    known.sboms.flatMap((s) => s.components.filter((c) => c.type === "machine-learning-model")),
    (c) => short(c.name ?? ""),
  );
  const datasetsNamed = [...new Set(known.cards.flatMap((c) => c.datasets))];
  const sbomData = uniqueBy(
    known.sboms.flatMap((s) => s.components.filter((c) => c.type === "data")),
    (c) => short(c.name ?? ""),
  );
  // A model is documented by a card of its name, an inline modelCard or a linked one (as AIGIS-SC-012 sees it).
  const modelsToDocument = sbomModels.filter(
    (c) => c.name && !cardNames.has(short(c.name)) && !c.has_model_card && !c.external_references.some((r) => r.type === "model-card"),
  );
  const newCards: { name: string; path: string }[] = [];
  const cardFor = (name: string, facts: { supplier: string | null; license: string | null; datasets: string[] }) => {
    const p = `models/${slug(name)}/README.md`;
    newCards.push({ name, path: p });
    plan.push({ path: p, what: `model card for ${name}`, content: modelCardTemplate({ name, ...facts, task: null }) });
  };
  for (const c of modelsToDocument) {
    const lic = c.licenses.map((l) => l.spdx ?? l.name).find((l) => l && !/^(noassertion|none|unknown|other)$/i.test(l)) ?? null;
    cardFor(c.name!, { supplier: c.supplier, license: lic, datasets: sbomData.map((d) => d.name!).filter(Boolean) });
  }
  if (known.cards.length === 0 && modelsToDocument.length === 0) {
    cardFor(path.basename(path.resolve(root)) || "model", { supplier: null, license: null, datasets: datasetsNamed });
  }

  // Datasets: every dataset a card or the SBOM names without a record; one placeholder when there is no record at all.
  const recordNames = new Set(known.datasets.map((d) => short(d.name ?? "")));
  const dataNames = uniqueBy(
    [
      ...datasetsNamed.map((n) => ({ name: n, supplier: n.includes("/") ? n.split("/")[0]! : null })),
      ...sbomData.map((d) => ({ name: d.name!, supplier: d.supplier })),
    ],
    (d) => short(d.name),
  );
  const missingData = dataNames.filter((d) => !recordNames.has(short(d.name)));
  for (const d of missingData)
    plan.push({ path: `data/${slug(d.name)}/provenance.yaml`, what: `data provenance record for ${d.name}`, content: datasetTemplate(d) });
  if (known.datasets.length === 0 && missingData.length === 0) {
    plan.push({
      path: "data/training-data/provenance.yaml",
      what: "data provenance record",
      content: datasetTemplate({ name: "training-data", supplier: null }),
    });
  }

  if (known.sboms.length === 0) {
    const models = [
      ...known.cards.map((c) => ({
        name: c.name ?? path.posix.basename(path.posix.dirname(c.path)),
        version: c.version,
        supplier: c.supplier,
        license: c.licenses.map((l) => l.spdx ?? l.name).find(Boolean) ?? null,
        card: c.path,
      })),
      ...newCards.filter((n) => !cardNames.has(short(n.name))).map((n) => ({ name: n.name, version: null, supplier: null, license: null, card: n.path })),
    ];
    const datasets = [...known.datasets.map((d) => ({ name: d.name ?? d.path, supplier: d.supplier })), ...missingData];
    plan.push({
      path: "ai-bom.cdx.json",
      what: `AI SBOM listing ${models.length} model(s) and ${datasets.length} dataset(s)`,
      content: sbomTemplate({
        product: path.basename(path.resolve(root)) || "ai-system",
        today,
        models: uniqueBy(models, (m) => short(m.name)),
        datasets: uniqueBy(datasets, (d) => short(d.name)),
        services: [],
      }),
    });
  }

  if (!known.governance.some((g) => g.doc_kind === "ai-policy")) {
    const organization = cfg.organizationNames[0] ?? opts.owner ?? null;
    plan.push({
      path: "AI_POLICY.md",
      what: "AI policy",
      content: policyTemplate({ organization, systems: [...known.cards.map((c) => c.name ?? c.path), ...newCards.map((n) => n.name)] }),
    });
  }
  // The documents the repository-wide rules ask for where AI is in use, each for one system named
  // after the repository's first model.
  const has = (kind: string) => known.governance.some((g) => g.doc_kind === kind);
  const models = [...known.cards.map((c) => c.name ?? ""), ...newCards.map((n) => n.name)].filter(Boolean);
  const system = slug(models[0] ?? path.basename(path.resolve(root)) ?? "ai-system");
  if (!has("system-register")) {
    const datasets = [...known.datasets.map((d) => d.name ?? ""), ...missingData.map((d) => d.name)].filter(Boolean);
    plan.push({
      path: "ai-systems.yaml",
      what: "AI system register",
      content: registerTemplate({ system, models: [...new Set(models)], datasets: [...new Set(datasets)] }),
    });
  }
  if (!has("impact-assessment"))
    plan.push({ path: "docs/ai/impact-assessment.md", what: "AI impact assessment", content: impactAssessmentTemplate({ system }) });
  if (!has("incident-response")) plan.push({ path: "docs/ai/incident-response.md", what: "AI incident response", content: incidentResponseTemplate() });
  if (!has("monitoring-plan")) plan.push({ path: "docs/ai/monitoring-plan.md", what: "monitoring plan", content: monitoringPlanTemplate({ system }) });

  if (!CONFIG_FILE_NAMES.some((n) => fs.existsSync(path.join(root, n)))) {
    const organization = cfg.organizationNames.length ? cfg.organizationNames : opts.owner ? [opts.owner] : [];
    plan.push({ path: ".aigis.yml", what: "aigis configuration", content: configTemplate({ organization }) });
  }
  const workflows = path.join(root, ".github", "workflows");
  // Only real directories and regular files are read: a linked .github is the repository pointing elsewhere.
  const hasWorkflow =
    isRealDir(path.join(root, ".github")) &&
    isRealDir(workflows) &&
    fs
      .readdirSync(workflows, { withFileTypes: true })
      .some((f) => f.isFile() && /\.ya?ml$/.test(f.name) && /uses:\s*['"]?[\w.-]+\/aigis@/.test(fs.readFileSync(path.join(workflows, f.name), "utf8")));
  if (!hasWorkflow) plan.push({ path: ".github/workflows/ai-governance.yml", what: "GitHub workflow running aigis", content: workflowTemplate() });
  return plan;
}

function knownFrom(artifacts: ReadArtifact[]): Known {
  const of = <K extends string>(kind: K) => artifacts.map((a) => a.artifact).filter((a) => a.kind === kind);
  return {
    cards: of("model_card") as ModelCard[],
    datasets: of("dataset") as DatasetRecord[],
    sboms: of("sbom") as AiSbom[],
    governance: of("governance") as GovernanceDoc[],
  };
}

function isRealDir(p: string): boolean {
  try {
    return fs.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes the plan; a file that exists (even one created meanwhile) is kept, never overwritten.
 * Every target is checked before anything is written: none may be, or lie under, a symbolic link
 * inside the directory (the repository's links never redirect a write).
 */
export function init(root: string, opts: InitOptions = {}): InitResult {
  const dir = path.resolve(root);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new ConfigError(`path ${root} is not a directory`);
  // The directory itself is the user's choice (even through a link); below it nothing is followed.
  fs.mkdirSync(dir, { recursive: true });
  const ws = workspaceAt(dir);
  const plan = planInit(dir, opts).map((file) => ({ file, abs: checkWriteTarget(ws, path.join(dir, ...file.path.split("/")), "init target") }));
  const result: InitResult = { created: [], kept: [] };
  for (const { file, abs } of plan) {
    makeDirs(ws, path.dirname(abs), "init target");
    try {
      // O_EXCL: never overwrites, and never follows a link planted at the target.
      fs.writeFileSync(abs, file.content, { flag: "wx" });
      result.created.push(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      result.kept.push(file);
    }
  }
  return result;
}

export function renderInit(root: string, r: InitResult): string {
  const out = [`aigis init: ${r.created.length} file(s) created in ${root}`];
  const width = Math.max(0, ...[...r.created, ...r.kept].map((f) => f.path.length));
  for (const f of r.created) out.push(`  created  ${f.path.padEnd(width)}  ${f.what}`);
  for (const f of r.kept) out.push(`  kept     ${f.path.padEnd(width)}  already exists, left as it is`);
  if (r.created.length === 0) out.push("  nothing to scaffold: every artifact aigis looks for is already there.");
  out.push("", `Next: run \`aigis sbom ${root}\` to add the models and hosted providers the code uses to the AI SBOM,`);
  out.push(`replace the TODOs, then run \`aigis check ${root}\`: each finding points at a TODO still to fill.`);
  return out.join("\n") + "\n";
}
