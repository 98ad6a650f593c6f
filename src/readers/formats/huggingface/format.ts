// Hugging Face model and dataset cards: Markdown with YAML front matter. A declared `aigis.kind`
// decides first; then card names, dataset-only front-matter keys and card titles; a README is a
// card only as a last resort, when it carries Hub metadata or the template's sections.
import { markdownHead } from "../../declared-kind.js";
import type { FormatFamily } from "../../format.js";
import { parseMarkdown } from "../../../parse/markdown.js";
import { cardTemplateReason, readHfDatasetCard, readHfModelCard } from "./hf-card.js";

export const MODEL_CARD_NAMES = /^(model[_-]?card|modelcard)(\.[a-z]{2}(-[a-z]+)?)?\.(md|markdown)$/i;
export const DATASET_CARD_NAMES = /^(dataset[_-]?card|datasetcard|datasheet)(\.[a-z]{2})?\.(md|markdown)$/i;

// Front-matter keys only dataset cards use, and keys that mark a model card.
const DATASET_KEYS =
  /^(task_categories|task_ids|size_categories|dataset_info|configs|annotations_creators|language_creators|source_datasets|pretty_name|multilinguality|paperswithcode_id|train_eval_index)\s*:/m;
const MODEL_KEYS =
  /^(pipeline_tag|library_name|base_model|base_model_relation|model-index|model_name|inference|co2_eq_emissions|new_version|license|tags|datasets|metrics|language|widget)\s*:/m;
const MODEL_HEADINGS =
  /^\s{0,3}#{1,6}\s+(model card for|model details|model description|intended uses? (&|and) limitations|training procedure|training hyperparameters|model card contact|model architecture|how to get started with the model)\b/im;
const DATASET_HEADINGS = /^\s{0,3}#{1,6}\s+(dataset card for|dataset details|dataset structure|dataset creation|curation rationale)\b/im;

const MARKDOWN = [".md", ".markdown"];
const sure = (format: string) => ({ format, confirmed: true });

export const huggingface: FormatFamily = {
  id: "huggingface",
  precedence: 10,
  forceable: ["hf-model-card", "hf-dataset-card"],
  extensions: MARKDOWN,
  namedLike: (relPath) => {
    const name = relPath.slice(relPath.lastIndexOf("/") + 1);
    return MODEL_CARD_NAMES.test(name) || DATASET_CARD_NAMES.test(name);
  },
  recognisers: [
    {
      rank: 100,
      extensions: MARKDOWN,
      recognise: (file) => {
        const { kind } = markdownHead(file);
        return kind === "model-card" ? sure("hf-model-card") : kind === "dataset-card" ? sure("hf-dataset-card") : null;
      },
    },
    {
      rank: 200,
      extensions: MARKDOWN,
      recognise: (file) => {
        const { name, text } = file;
        const { fm } = markdownHead(file);
        if (DATASET_CARD_NAMES.test(name) || DATASET_KEYS.test(fm) || /^#\s+dataset card\b/im.test(text)) return sure("hf-dataset-card");
        if (MODEL_CARD_NAMES.test(name) || /^#\s+model card\b/im.test(text)) return sure("hf-model-card");
        return null;
      },
    },
    {
      // A README is a model card when it carries Hub metadata or the template's sections; other
      // Markdown files need a card name or title, so docs that mention models are not misread.
      rank: 500,
      extensions: MARKDOWN,
      recognise: (file) => {
        if (!/^readme\.md$/i.test(file.name)) return null;
        const { fm } = markdownHead(file);
        if (DATASET_HEADINGS.test(file.text) && !MODEL_HEADINGS.test(file.text)) return sure("hf-dataset-card");
        if (MODEL_KEYS.test(fm) || MODEL_HEADINGS.test(file.text)) return sure("hf-model-card");
        return null;
      },
    },
  ],
  // A card template (Jinja placeholders) is the Hub's scaffold, not a card: listed, never judged.
  notJudged: (_found, text) => cardTemplateReason(text),
  read: ({ format }, relPath, text) => {
    const ctx = { relPath, doc: parseMarkdown(text), text };
    return [format === "hf-dataset-card" ? readHfDatasetCard(ctx) : readHfModelCard(ctx)];
  },
};
