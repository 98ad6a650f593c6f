// Classifies one candidate file by its content (names only break ties) and hands it to the
// reader for its format. Anything that is recognisably an artifact but cannot be read becomes a
// ReadError with file, line and reason; anything else is left alone.
import fs from "node:fs";
import path from "node:path";
import type { ReadArtifact, ReadResult } from "../model/types.js";
import type { Candidate } from "../discover/discover.js";
import { readCycloneDx } from "./cyclonedx.js";
import { looksLikeDps, readDps } from "./dps.js";
import { ArtifactError } from "./errors.js";
import { readHfDatasetCard, readHfModelCard } from "./hf-card.js";
import { parseJson } from "./json-doc.js";
import { parseMarkdown, splitFrontMatter } from "./markdown.js";
import { decodeText } from "./text.js";
import { parseYaml } from "./yaml-doc.js";

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

const MODEL_CARD_NAMES = /^(model[_-]?card|modelcard)(\.[a-z]{2}(-[a-z]+)?)?\.(md|markdown)$/i;
const DATASET_CARD_NAMES = /^(dataset[_-]?card|datasetcard|datasheet)(\.[a-z]{2})?\.(md|markdown)$/i;
const SBOM_NAMES = /(^|[._-])(bom|sbom|aibom|ml-?bom|cdx)([._-].*)?\.json$/i;
const CDX_XML_NAMES = /(^|[._-])(bom|sbom|aibom|cdx)([._-].*)?\.xml$/i;
const DPS_NAMES = /(^|[._-])(provenance|dps|data-provenance)([._-].*)?\.(json|ya?ml)$/i;

// Front-matter keys only dataset cards use, and keys that mark a model card.
const DATASET_KEYS = /^(task_categories|task_ids|size_categories|dataset_info|configs|annotations_creators|language_creators|source_datasets|pretty_name|multilinguality|paperswithcode_id|train_eval_index)\s*:/m;
const MODEL_KEYS = /^(pipeline_tag|library_name|base_model|base_model_relation|model-index|model_name|inference|co2_eq_emissions|new_version|license|tags|datasets|metrics|language|widget)\s*:/m;
const MODEL_HEADINGS = /^\s{0,3}#{1,6}\s+(model card for|model details|model description|intended uses? (&|and) limitations|training procedure|training hyperparameters|model card contact|model architecture|how to get started with the model)\b/im;
const DATASET_HEADINGS = /^\s{0,3}#{1,6}\s+(dataset card for|dataset details|dataset structure|dataset creation|curation rationale)\b/im;

type Kind = "model-card" | "dataset-card" | "cyclonedx" | "maybe-cyclonedx" | "cyclonedx-xml" | "dps" | null;

function classify(name: string, ext: string, text: string): Kind {
  if (ext === ".md" || ext === ".markdown") {
    const fm = splitFrontMatter(text)?.yaml ?? "";
    if (DATASET_CARD_NAMES.test(name) || DATASET_KEYS.test(fm) || /^#\s+dataset card\b/im.test(text)) return "dataset-card";
    if (MODEL_CARD_NAMES.test(name) || /^#\s+model card\b/im.test(text)) return "model-card";
    // A README is a model card when it carries Hub metadata or the template's sections; other
    // Markdown files need a card name or title, so docs that mention models are not misread.
    if (/^readme\.md$/i.test(name) && DATASET_HEADINGS.test(text) && !MODEL_HEADINGS.test(text)) return "dataset-card";
    if (/^readme\.md$/i.test(name) && (MODEL_KEYS.test(fm) || MODEL_HEADINGS.test(text))) return "model-card";
    return null;
  }
  const head = text.slice(0, 65536);
  if (ext === ".xml") {
    return CDX_XML_NAMES.test(name) || /xmlns\s*=\s*["']http:\/\/cyclonedx\.org\/schema\/bom/.test(head) ? "cyclonedx-xml" : null;
  }
  if (ext === ".json" || ext === ".jsonld") {
    if (/"bomFormat"\s*:/.test(head)) return "cyclonedx";
    if (SBOM_NAMES.test(name) && !/"spdxVersion"|"@graph"/.test(head)) return "maybe-cyclonedx";
    if (/"provenance"\s*:/.test(text) && /"source"\s*:/.test(text) && /"use"\s*:/.test(text)) return "dps";
    return DPS_NAMES.test(name) ? "dps" : null;
  }
  if (ext === ".yaml" || ext === ".yml") {
    if (/^provenance\s*:/m.test(text) && /^source\s*:/m.test(text) && /^use\s*:/m.test(text)) return "dps";
    return DPS_NAMES.test(name) ? "dps" : null;
  }
  return null;
}

export interface ReadOptions {
  maxFileBytes: number;
}

export function readCandidate(candidate: Candidate, opts: ReadOptions): ReadResult {
  const { relPath } = candidate;
  const name = path.posix.basename(relPath);
  const ext = path.extname(name).toLowerCase();
  const fail = (e: unknown): ReadResult => {
    if (e instanceof ArtifactError) return { artifacts: [], errors: [e.toReadError(relPath)] };
    throw e;
  };
  if (candidate.size > opts.maxFileBytes) {
    const looksLikeArtifact = MODEL_CARD_NAMES.test(name) || DATASET_CARD_NAMES.test(name) || SBOM_NAMES.test(name) || DPS_NAMES.test(name) || CDX_XML_NAMES.test(name);
    if (!looksLikeArtifact) return { artifacts: [], errors: [] };
    const mib = (opts.maxFileBytes / 1048576).toFixed(0);
    return fail(new ArtifactError(`file is ${(candidate.size / 1048576).toFixed(1)} MiB, over the ${mib} MiB limit (raise max-file-size in .aigis.yml)`));
  }
  let text: string;
  try {
    text = decodeText(fs.readFileSync(candidate.absPath));
  } catch (e) {
    if (e instanceof ArtifactError && (MODEL_CARD_NAMES.test(name) || SBOM_NAMES.test(name) || DPS_NAMES.test(name))) return fail(e);
    if (e instanceof ArtifactError) return { artifacts: [], errors: [] };
    throw e;
  }
  const kind = classify(name, ext, text);
  if (!kind) return { artifacts: [], errors: [] };
  try {
    return { artifacts: readAs(kind, relPath, text), errors: [] };
  } catch (e) {
    return fail(e);
  }
}

function readAs(kind: Exclude<Kind, null>, relPath: string, text: string): ReadArtifact[] {
  switch (kind) {
    case "model-card":
      return [readHfModelCard({ relPath, doc: parseMarkdown(text), text })];
    case "dataset-card":
      return [readHfDatasetCard({ relPath, doc: parseMarkdown(text), text })];
    case "cyclonedx":
      return readCycloneDx(relPath, parseJson(text));
    case "maybe-cyclonedx": {
      // Named like a BOM: a syntax error is worth reporting, other JSON is simply not ours.
      const doc = parseJson(text);
      const v = doc.value as Record<string, unknown> | null;
      return v && typeof v === "object" && v["bomFormat"] === "CycloneDX" ? readCycloneDx(relPath, doc) : [];
    }
    case "cyclonedx-xml":
      throw new ArtifactError("CycloneDX XML is not supported: convert it to JSON (for example `cyclonedx convert --output-format json`)");
    case "dps": {
      const doc = /\.ya?ml$/i.test(relPath) ? parseYaml(text) : parseJson(text);
      if (!looksLikeDps(doc.value)) return [];
      return [readDps(relPath, doc)];
    }
  }
}
