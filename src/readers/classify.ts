// Decides which reader a candidate file goes to, by content first; file names only break ties
// (a file named like a BOM whose JSON is broken is still worth an error). Cheap checks only: the
// chosen reader parses and confirms.
import path from "node:path";
import { agentFileByName } from "./formats/agent/classify.js";
import { declaredKind, governanceKindFromContent, governanceKindFromPath, NON_GOVERNANCE_KINDS } from "./formats/governance/governance-meta.js";
import { splitFrontMatter } from "../parse/markdown.js";
import { ARTIFACT_YAML, parseYaml } from "../parse/yaml-doc.js";

export const FORMATS = [
  "hf-model-card", "hf-dataset-card", "governance", "cyclonedx", "cyclonedx-xml", "spdx3", "croissant", "mct", "dps", "register",
] as const;
/** A reader, chosen by content or forced by configuration. */
export type FormatId = (typeof FORMATS)[number];
/** Named like an artifact of the format, content not yet confirmed: a parse error is reported, other content ignored. */
export type Classification = { format: FormatId; confirmed: boolean } | null;

export const MODEL_CARD_NAMES = /^(model[_-]?card|modelcard)(\.[a-z]{2}(-[a-z]+)?)?\.(md|markdown)$/i;
export const DATASET_CARD_NAMES = /^(dataset[_-]?card|datasetcard|datasheet)(\.[a-z]{2})?\.(md|markdown)$/i;
export const SBOM_NAMES = /(^|[._-])(bom|sbom|aibom|ml-?bom|cdx)([._-].*)?\.json$/i;
export const CDX_XML_NAMES = /(^|[._-])(bom|sbom|aibom|cdx)([._-].*)?\.xml$/i;
export const DPS_NAMES = /(^|[._-])(provenance|dps|data-provenance)([._-].*)?\.(json|ya?ml)$/i;
export const SPDX_NAMES = /\.spdx3?(\.json|\.jsonld)$|(^|[._-])spdx3?([._-].*)?\.jsonld$/i;
export const CROISSANT_NAMES = /(^|[._-])croissant([._-].*)?\.(json|jsonld)$/i;
export const MCT_NAMES = /^(model[_-]?card|modelcard)([._-].*)?\.json$/i;
export const REGISTER_NAMES = /^ai[-_]systems?([-_]register)?\.ya?ml$/i;

// Front-matter keys only dataset cards use, and keys that mark a model card.
const DATASET_KEYS = /^(task_categories|task_ids|size_categories|dataset_info|configs|annotations_creators|language_creators|source_datasets|pretty_name|multilinguality|paperswithcode_id|train_eval_index)\s*:/m;
const MODEL_KEYS = /^(pipeline_tag|library_name|base_model|base_model_relation|model-index|model_name|inference|co2_eq_emissions|new_version|license|tags|datasets|metrics|language|widget)\s*:/m;
const MODEL_HEADINGS = /^\s{0,3}#{1,6}\s+(model card for|model details|model description|intended uses? (&|and) limitations|training procedure|training hyperparameters|model card contact|model architecture|how to get started with the model)\b/im;
const DATASET_HEADINGS = /^\s{0,3}#{1,6}\s+(dataset card for|dataset details|dataset structure|dataset creation|curation rationale)\b/im;

/** Names that suggest an artifact: worth reporting when the file cannot even be decoded or is too large. */
export function namedLikeArtifact(relPath: string): boolean {
  const name = path.posix.basename(relPath);
  return (
    [MODEL_CARD_NAMES, DATASET_CARD_NAMES, SBOM_NAMES, DPS_NAMES, CDX_XML_NAMES, SPDX_NAMES, CROISSANT_NAMES, MCT_NAMES, REGISTER_NAMES].some((re) => re.test(name)) ||
    governanceKindFromPath(relPath) !== null ||
    agentFileByName(relPath) !== null
  );
}

/** `aigis.kind` from front matter text, or null when absent or unparsable (the reader reports syntax). */
function frontMatterKind(yaml: string): string | null {
  if (!/^aigis\s*:/m.test(yaml)) return null;
  try {
    return declaredKind(parseYaml(yaml, 1, ARTIFACT_YAML).value);
  } catch {
    return null;
  }
}

const sure = (format: FormatId): Classification => ({ format, confirmed: true });
const named = (format: FormatId): Classification => ({ format, confirmed: false });

function classifyMarkdown(relPath: string, name: string, text: string): Classification {
  const fm = splitFrontMatter(text)?.yaml ?? "";
  const kind = frontMatterKind(fm);
  if (kind === "model-card") return sure("hf-model-card");
  if (kind === "dataset-card") return sure("hf-dataset-card");
  if (kind && !NON_GOVERNANCE_KINDS.includes(kind)) return sure("governance");
  if (DATASET_CARD_NAMES.test(name) || DATASET_KEYS.test(fm) || /^#\s+dataset card\b/im.test(text)) return sure("hf-dataset-card");
  if (MODEL_CARD_NAMES.test(name) || /^#\s+model card\b/im.test(text)) return sure("hf-model-card");
  if (governanceKindFromPath(relPath)) return sure("governance");
  // A README is a model card when it carries Hub metadata or the template's sections; other
  // Markdown files need a card name or title, so docs that mention models are not misread.
  if (/^readme\.md$/i.test(name) && DATASET_HEADINGS.test(text) && !MODEL_HEADINGS.test(text)) return sure("hf-dataset-card");
  if (/^readme\.md$/i.test(name) && (MODEL_KEYS.test(fm) || MODEL_HEADINGS.test(text))) return sure("hf-model-card");
  if (governanceKindFromContent(relPath, text)) return sure("governance");
  return null;
}

function classifyJson(name: string, text: string): Classification {
  const head = text.slice(0, 65536);
  if (/"bomFormat"\s*:/.test(head)) return sure("cyclonedx");
  if (/"@graph"\s*:/.test(text) && /spdx\.org\/rdf\/3|"spdxId"\s*:|"CreationInfo"|"SpdxDocument"/.test(text)) return sure("spdx3");
  if (/"@context"\s*:/.test(head) && /mlcommons\.org\/croissant/.test(text)) return sure("croissant");
  if (/"model_details"\s*:/.test(head) && /"(model_parameters|quantitative_analysis|considerations|schema_version)"\s*:/.test(text)) return sure("mct");
  if (/"provenance"\s*:/.test(text) && /"source"\s*:/.test(text) && /"use"\s*:/.test(text)) return sure("dps");
  if (/"spdxVersion"\s*:/.test(head)) return null; // SPDX 2.x: no AI or Dataset profiles
  if (SPDX_NAMES.test(name)) return named("spdx3");
  if (CROISSANT_NAMES.test(name)) return named("croissant");
  if (MCT_NAMES.test(name)) return named("mct");
  if (SBOM_NAMES.test(name) && !/"@graph"/.test(head)) return named("cyclonedx");
  if (DPS_NAMES.test(name)) return named("dps");
  return null;
}

function classifyYaml(name: string, text: string): Classification {
  if (/^provenance\s*:/m.test(text) && /^source\s*:/m.test(text) && /^use\s*:/m.test(text)) return sure("dps");
  if (/^aigis\s*:[\s\S]{0,400}?\bkind\s*:\s*["']?system-register\b/m.test(text)) return sure("register");
  if (REGISTER_NAMES.test(name)) return named("register");
  if (DPS_NAMES.test(name)) return named("dps");
  return null;
}

export function classify(relPath: string, text: string): Classification {
  const name = path.posix.basename(relPath);
  const ext = path.extname(name).toLowerCase();
  if (ext === ".md" || ext === ".markdown") return classifyMarkdown(relPath, name, text);
  if (ext === ".xml") {
    return CDX_XML_NAMES.test(name) || /xmlns\s*=\s*["']http:\/\/cyclonedx\.org\/schema\/bom/.test(text.slice(0, 65536)) ? sure("cyclonedx-xml") : null;
  }
  if (ext === ".json" || ext === ".jsonld") return classifyJson(name, text);
  if (ext === ".yaml" || ext === ".yml") return classifyYaml(name, text);
  return null;
}
