// Hugging Face model and dataset cards: YAML front matter (hub-docs modelcard.md / datasetcard.md)
// plus Markdown sections matched by heading text at any level (older cards use H1, newer H2/H3).
import path from "node:path";
import { inlineWaiversFromFrontMatter, withInlineWaivers } from "../../../parse/waiver-syntax.js";
import type { LicenseRef, Position, ReadArtifact, SourceMap } from "../../../model/types.js";
import { checkDatasetMetadata, checkModelMetadata } from "./hf-checks.js";
import { hfLicense } from "../../../parse/licenses.js";
import { splitFrontMatter, type MarkdownDoc, type Section } from "../../../parse/markdown.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { blankDataset, blankModelCard, filled } from "../../shapes.js";
import { arrayOf, isDict, str, strings, unique, type Dict } from "../../../parse/values.js";
import { DATASET_HEADINGS, DATASET_LABELS, MODEL_HEADINGS, MODEL_LABELS } from "./card-vocabulary.js";
import { cardKeys, contactIn, isCardTemplate, labelLinesIn, type Labelled } from "./card-text.js";

const MODEL_SECTIONS = MODEL_HEADINGS;
const DATASET_SECTIONS = DATASET_HEADINGS;

/**
 * Where a field belongs when its own section is missing: the template's parent section, so a
 * finding lands where the text should be added (e.g. under "Training Details").
 */
const MODEL_PARENTS: Record<string, string[]> = {
  intended_use: ["uses"],
  out_of_scope_use: ["uses"],
  training_data: ["training details"],
  training_procedure: ["training details"],
  architecture: ["technical specifications", "model details"],
  description: ["model details"],
  human_oversight: ["uses"],
  sensitive_data: ["training details"],
};
const DATASET_PARENTS: Record<string, string[]> = {
  intended_use: ["uses"],
  out_of_scope_use: ["uses"],
  collection: ["dataset creation"],
  processing: ["source data", "dataset creation"],
  origin: ["source data", "dataset creation"],
  annotation: ["dataset creation"],
  sensitive_data: ["dataset creation"],
  description: ["dataset details"],
};

/**
 * A card's sections by each key their heading matches (cardKeys), in document order: fields look
 * up some 200 synonyms, and scanning every heading for each was most of a card's reading time.
 */
const SECTIONS_BY_KEY = new WeakMap<Section[], Map<string, Section[]>>();

function sectionsWithKey(sections: Section[], key: string): readonly Section[] {
  let index = SECTIONS_BY_KEY.get(sections);
  if (!index) {
    index = new Map();
    for (const s of sections) {
      for (const k of cardKeys(s.title)) {
        const list = index.get(k);
        if (list) list.push(s);
        else index.set(k, [s]);
      }
    }
    SECTIONS_BY_KEY.set(sections, index);
  }
  return index.get(key) ?? [];
}

function parentPosition(sections: Section[], field: string, parents: Record<string, string[]>): Position | null {
  for (const alias of parents[field] ?? []) {
    const s = sectionsWithKey(sections, alias)[0];
    if (s) return s.position;
  }
  return null;
}

const DERIVED_TAGS = new Set([
  "finetune",
  "fine-tune",
  "fine-tuned",
  "finetuned",
  "lora",
  "qlora",
  "peft",
  "merge",
  "mergekit",
  "quantized",
  "gguf",
  "gptq",
  "awq",
  "adapter",
]);

interface Picked {
  text: string | null;
  position: Position | null;
}

// Parents whose sub-sections are matched by their own names: they count only for their own text.
const OWN_TEXT_ONLY = new Set(["uses", "model use", "training details", "dataset creation", "model details", "model information", "dataset details"]);

function pick(sections: Section[], aliases: string[]): Picked {
  let firstPresent: Section | null = null;
  for (const alias of aliases) {
    for (const s of sectionsWithKey(sections, alias)) {
      firstPresent ??= s;
      const text = OWN_TEXT_ONLY.has(alias) ? s.text : s.fullText;
      if (text) return { text, position: s.position };
    }
  }
  return { text: null, position: firstPresent?.position ?? null };
}

/** The first label line naming the field, by the field's label synonyms. */
function labelled(labels: Map<string, Labelled>, table: Record<string, string[]>, field: string): Labelled | undefined {
  for (const label of table[field] ?? []) {
    const hit = labels.get(label);
    if (hit) return hit;
  }
  return undefined;
}

function licensesOf(fm: Dict, bullet: string | undefined): LicenseRef[] {
  const ids = strings(fm["license"]);
  const url = str(fm["license_link"]);
  const name = str(fm["license_name"]);
  const out = ids.map((id) => {
    if (id.toLowerCase() === "other") return { spdx: "other", name: name ?? id, url };
    return { spdx: hfLicense(id), name: id, url };
  });
  if (out.length === 0 && bullet) out.push({ spdx: hfLicense(bullet), name: bullet, url: null });
  return out;
}

interface CardContext {
  relPath: string;
  doc: MarkdownDoc;
  text: string;
}

function frontMatter(ctx: CardContext): Dict {
  const v = ctx.doc.frontMatter?.value;
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Dict) : {};
}

/** Where a missing field is reported: the front matter's opening line, else the title, else line 1. */
function rootPosition(ctx: CardContext): Position {
  if (ctx.doc.frontMatterLine) return { line: ctx.doc.frontMatterLine, column: 1 };
  const title = ctx.doc.sections[0];
  return title ? title.position : { line: 1, column: 1 };
}

function fmPos(ctx: CardContext, key: string): Position | null {
  return ctx.doc.frontMatter?.locate([key]) ?? null;
}

function title(ctx: CardContext, prefix: RegExp): string | null {
  const h1 = ctx.doc.sections.find((s) => s.level === 1);
  if (!h1) return null;
  const t = h1.title
    .replace(prefix, "")
    .replace(/\{\{.*?\}\}/g, "")
    .trim();
  return t || null;
}

/**
 * Why a card is not judged, when it is a template (huggingface_hub's Jinja templates): its
 * placeholders are not claims about a model, so no finding would be true of it.
 */
export function cardTemplateReason(text: string): string | null {
  const fm = splitFrontMatter(text);
  const title = /^\s{0,3}#\s+(.*)$/m.exec(text)?.[1] ?? null;
  return isCardTemplate(text, fm?.yaml ?? null, title) ? "a card template (Jinja placeholders such as {{ card_data }}): not judged as a card" : null;
}

/** The card's label lines: the body's, numbered as the file's lines are. */
function bodyLabels(ctx: CardContext): Map<string, Labelled> {
  return labelLinesIn(ctx.doc.lines, ctx.doc.bodyStartLine - 1);
}

const firstLine = (text: string) =>
  text
    .split(/\n/)
    .map((l) => l.trim())
    .find((l) => l !== "") ?? text;

export function readHfModelCard(ctx: CardContext): ReadArtifact {
  const fm = frontMatter(ctx);
  const { sections } = ctx.doc;
  const labels = bodyLabels(ctx);
  const label = (field: string) => labelled(labels, MODEL_LABELS, field);
  const positions: SourceMap = { "": rootPosition(ctx) };
  const set = (ptr: string, pos: Position | null | undefined) => {
    if (pos) positions[ptr] = pos;
  };
  const problems = new ProblemList(ctx.doc.frontMatter);
  checkModelMetadata(fm, problems);

  const fields: Record<string, string | null> = {};
  for (const [field, aliases] of Object.entries(MODEL_SECTIONS)) {
    const p = pick(sections, aliases);
    // A heading of its own wins; else a bold-label line (`**Out-of-scope** Use in …`) says it.
    const byLabel = p.text ? undefined : label(field);
    fields[field] = p.text ?? byLabel?.value ?? null;
    set(`/${field}`, byLabel?.position ?? p.position ?? parentPosition(sections, field, MODEL_PARENTS));
  }
  // Reports go to an address or link, wherever the contact's prose puts it.
  const contactLabel = label("contact");
  const contact = contactIn(fields["contact"]) ?? contactIn(contactLabel?.value) ?? fields["contact"] ?? contactLabel?.value ?? null;
  if (!contactIn(fields["contact"]) && contactIn(contactLabel?.value)) set("/contact", contactLabel!.position);
  const modelIndex = arrayOf(fm["model-index"]).filter(isDict);
  const metrics: { type: string; value: string }[] = [];
  const testDatasets: string[] = [];
  const indexTasks: string[] = [];
  for (const entry of modelIndex) {
    for (const r of arrayOf(entry["results"]).filter(isDict)) {
      const task = isDict(r["task"]) ? str(r["task"]["type"]) : null;
      if (task) indexTasks.push(task);
      const ds = isDict(r["dataset"]) ? r["dataset"] : {};
      const dsName = str(ds["type"]) ?? str(ds["name"]);
      if (dsName) testDatasets.push(dsName);
      for (const m of arrayOf(r["metrics"]).filter(isDict)) {
        const type = str(m["type"]) ?? str(m["name"]);
        const value = str(m["value"]);
        if (type && value) metrics.push({ type, value });
      }
    }
  }
  if (metrics.length) set("/metrics", fmPos(ctx, "model-index"));
  if (testDatasets.length) set("/test_datasets", fmPos(ctx, "model-index"));
  if (!fields["evaluation"] && metrics.length) set("/evaluation", fmPos(ctx, "model-index"));

  const co2 = fm["co2_eq_emissions"];
  if (!fields["environmental_impact"] && co2 !== undefined && co2 !== null) {
    fields["environmental_impact"] = typeof co2 === "object" ? JSON.stringify(co2) : String(co2);
    set("/environmental_impact", fmPos(ctx, "co2_eq_emissions"));
  }

  const baseModels = strings(fm["base_model"]);
  const finetunedFrom = label("base_model");
  if (baseModels.length === 0 && finetunedFrom) baseModels.push(finetunedFrom.value);
  // When the lineage is missing, point at whatever says the model is derived.
  set(
    "/base_models",
    fmPos(ctx, "base_model") ?? finetunedFrom?.position ?? fmPos(ctx, "base_model_relation") ?? fmPos(ctx, "tags") ?? fmPos(ctx, "library_name"),
  );

  const tags = strings(fm["tags"]).map((t) => t.toLowerCase());
  const derived =
    baseModels.length > 0 ||
    str(fm["base_model_relation"]) !== null ||
    str(fm["library_name"])?.toLowerCase() === "peft" ||
    tags.some((t) => DERIVED_TAGS.has(t));

  const licenseBullet = label("license");
  const licenses = licensesOf(fm, licenseBullet?.value);
  set("/licenses", fmPos(ctx, "license") ?? licenseBullet?.position ?? null);

  const datasets = strings(fm["datasets"]);
  set("/datasets", fmPos(ctx, "datasets"));
  if (!fields["training_data"]) set("/training_data", positions["/training_data"] ?? fmPos(ctx, "datasets"));

  const developer = label("supplier");
  set("/supplier", developer?.position ?? fmPos(ctx, "model_creator"));
  set("/owners", developer?.position ?? fmPos(ctx, "model_creator"));
  const modelType = labels.get("model type");
  // The task: pipeline_tag, else the task model-index results were measured on, else a task or model-type line.
  const taskLabel = label("task") ?? modelType;
  const task = str(fm["pipeline_tag"]) ?? indexTasks[0] ?? taskLabel?.value ?? null;
  set("/task", fmPos(ctx, "pipeline_tag") ?? (indexTasks.length ? fmPos(ctx, "model-index") : null) ?? taskLabel?.position);
  set("/name", fmPos(ctx, "model_name"));

  const indexName = modelIndex.length ? str(modelIndex[0]?.["name"]) : null;
  const name = indexName ?? str(fm["model_name"]) ?? title(ctx, /^model card for\s*/i) ?? path.posix.basename(path.posix.dirname(ctx.relPath));
  const supplier = developer?.value ?? str(fm["model_creator"]) ?? null;

  const card = filled(blankModelCard({ id: ctx.relPath, path: ctx.relPath, format: "huggingface-model-card", format_version: null }), {
    name: name === "." ? null : name,
    version: str(fm["version"]) ?? str(fm["model_version"]),
    supplier,
    licenses,
    base_models: baseModels,
    derived,
    datasets,
    intended_use: fields["intended_use"] ?? null,
    out_of_scope_use: fields["out_of_scope_use"] ?? null,
    limitations: fields["limitations"] ?? null,
    training_data: fields["training_data"] ?? null,
    evaluation: fields["evaluation"] ?? null,
    metrics,
    environmental_impact: fields["environmental_impact"] ?? null,
    contact,
    description: fields["description"] ?? null,
    task,
    architecture: fields["architecture"] ?? null,
    training_procedure: fields["training_procedure"] ?? null,
    test_datasets: unique(testDatasets),
    owners: supplier ? [supplier] : [],
    human_oversight: fields["human_oversight"] ?? null,
    sensitive_data: fields["sensitive_data"] ?? null,
    unsupported: ["hashes", "energy", "risk_assessment", "autonomy_type", "standards"],
  });
  recordProblems(card, positions, problems);
  const read = { artifact: card, raw: { front_matter: fm, sections }, positions };
  return withInlineWaivers(read, inlineWaiversFromFrontMatter(ctx.doc.frontMatter));
}

export function readHfDatasetCard(ctx: CardContext): ReadArtifact {
  const fm = frontMatter(ctx);
  const { sections } = ctx.doc;
  const labels = bodyLabels(ctx);
  const label = (field: string) => labelled(labels, DATASET_LABELS, field);
  const positions: SourceMap = { "": rootPosition(ctx) };
  const set = (ptr: string, pos: Position | null | undefined) => {
    if (pos) positions[ptr] = pos;
  };
  const problems = new ProblemList(ctx.doc.frontMatter);
  checkDatasetMetadata(fm, problems);
  const fields: Record<string, string | null> = {};
  for (const [field, aliases] of Object.entries(DATASET_SECTIONS)) {
    const p = pick(sections, aliases);
    fields[field] = p.text;
    set(`/${field}`, p.position ?? parentPosition(sections, field, DATASET_PARENTS));
  }
  // Who curates the data: a `**Curated by:**` line, else a curators section (GEM: Curation Organization(s)).
  const curatorSection = fields["curators"] ? { value: firstLine(fields["curators"]), position: positions["/curators"]! } : undefined;
  const curator = label("curators") ?? curatorSection;
  const contactLabel = label("contact");
  const contact = contactIn(fields["contact"]) ?? contactIn(contactLabel?.value) ?? fields["contact"] ?? contactLabel?.value ?? null;
  if (!fields["contact"] && contactLabel) set("/contact", contactLabel.position);
  if (!fields["origin"] && curator) {
    fields["origin"] = curator.value;
    set("/origin", curator.position);
  }
  set("/supplier", curator?.position);
  set("/owners", curator?.position);
  const licenseBullet = label("license");
  set("/licenses", fmPos(ctx, "license") ?? licenseBullet?.position ?? null);
  const sourceDatasets = strings(fm["source_datasets"]).filter((s) => s.toLowerCase() !== "original");
  set("/source_datasets", fmPos(ctx, "source_datasets"));
  set("/collection_methods", fmPos(ctx, "language_creators"));
  set("/name", fmPos(ctx, "pretty_name"));

  const record = filled(blankDataset({ id: ctx.relPath, path: ctx.relPath, format: "huggingface-dataset-card", format_version: null }), {
    name: str(fm["pretty_name"]) ?? title(ctx, /^dataset card for\s*/i) ?? path.posix.basename(path.posix.dirname(ctx.relPath)),
    version: str(fm["version"]),
    supplier: curator?.value ?? null,
    licenses: licensesOf(fm, licenseBullet?.value),
    origin: fields["origin"] ?? null,
    collection: fields["collection"] ?? null,
    processing: fields["processing"] ?? null,
    source_datasets: sourceDatasets,
    sensitive_data: fields["sensitive_data"] ?? null,
    intended_use: fields["intended_use"] ?? null,
    limitations: fields["limitations"] ?? null,
    owners: curator ? [curator.value] : [],
    description: fields["description"] ?? null,
    bias: fields["bias"] ?? null,
    out_of_scope_use: fields["out_of_scope_use"] ?? null,
    annotation: fields["annotation"] ?? null,
    maintenance: fields["maintenance"] ?? null,
    contact,
    // language_creators says how the text was obtained (found, crowdsourced, machine-generated…).
    collection_methods: strings(fm["language_creators"]),
    unsupported: ["hashes", "classification", "anonymization", "distributions"],
  });
  recordProblems(record, positions, problems);
  return withInlineWaivers({ artifact: record, raw: { front_matter: fm }, positions }, inlineWaiversFromFrontMatter(ctx.doc.frontMatter));
}

export type { CardContext };
