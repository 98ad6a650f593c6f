// What real cards call each normalized field, as data: one table of heading synonyms and one of
// bold-label synonyms per field. Sources: the Hugging Face model and dataset card templates
// (huggingface_hub templates/modelcard_template.md, datasetcard_template.md), the datasets
// library's card guide, the GEM data card template, "Model Cards for Model Reporting"
// (Mitchell et al.) and "Datasheets for Datasets" (Gebru et al.), and the layouts of widely used
// cards (Llama, BLOOM, Phi, BERT). Keys are lower case, as cardKeys() normalizes headings.

/** Heading synonyms per model-card field, most specific first. */
export const MODEL_HEADINGS: Record<string, string[]> = {
  intended_use: [
    "direct use",
    "intended use",
    "intended uses",
    "intended usage",
    "intended use cases",
    "primary intended uses",
    "primary use cases",
    "intended uses & limitations",
    "intended uses and limitations",
    "evaluated use",
    "uses",
    "model use",
  ],
  out_of_scope_use: [
    "out-of-scope use",
    "out-of-scope uses",
    "out-of-scope use cases",
    "out of scope use",
    "out of scope uses",
    "out of scope use cases",
    "misuse and out-of-scope use",
    "misuse, malicious use, and out-of-scope use",
    "misuse",
    "prohibited uses",
    "use case considerations",
  ],
  limitations: [
    "bias, risks, and limitations",
    "bias, risks and limitations",
    "risks and limitations",
    "limitations and bias",
    "limitations and biases",
    "bias and limitations",
    "limitations",
    "known limitations",
    "risks",
    "bias",
    "ethical considerations",
    "ethical considerations and limitations",
    "performance and limitations",
    "responsible ai considerations",
    "bias and fairness",
    "intended uses & limitations",
    "intended uses and limitations",
  ],
  training_data: ["training data", "training dataset", "training datasets", "training and evaluation data", "data", "datasets", "training details"],
  evaluation: [
    "evaluation",
    "evaluation results",
    "results",
    "eval results",
    "benchmarks",
    "performance",
    "metrics",
    "testing data, factors & metrics",
    "performance and limitations",
  ],
  environmental_impact: ["environmental impact", "carbon emissions", "carbon footprint"],
  contact: ["model card contact", "contact", "contact information", "contacts", "feedback", "questions", "point of contact"],
  description: ["model description", "model summary", "overview", "model overview", "description", "model information", "model details"],
  architecture: ["model architecture and objective", "model architecture", "architecture", "model type", "model types"],
  training_procedure: ["training procedure", "training hyperparameters", "training"],
  human_oversight: ["human oversight", "human oversight measures", "oversight"],
  sensitive_data: ["personal and sensitive information", "sensitive data", "privacy"],
};

/** Bold-label synonyms per model-card field (`**Model developers** Meta`, `- **Developed by:** …`). */
export const MODEL_LABELS: Record<string, string[]> = {
  supplier: ["developed by", "model developers", "model developer", "developers", "model creator", "authors", "author", "shared by", "organization"],
  contact: ["send questions to", "model card contact", "contact", "point of contact", "feedback", "questions", "contact email"],
  intended_use: ["intended use cases", "intended use", "intended uses", "primary intended uses", "primary use cases", "direct use"],
  out_of_scope_use: [
    "out-of-scope",
    "out-of-scope use",
    "out-of-scope uses",
    "out of scope",
    "out of scope uses",
    "out-of-scope use cases",
    "use case considerations",
  ],
  limitations: ["limitations", "known limitations", "ethical considerations", "risks and limitations"],
  training_data: ["training data", "training dataset", "datasets"],
  environmental_impact: ["carbon footprint", "carbon emitted", "co2 emissions"],
  architecture: ["model architecture", "architecture", "model type"],
  task: ["task", "pipeline tag"],
  license: ["license", "licence"],
  base_model: ["finetuned from model", "finetuned from", "fine-tuned from", "base model"],
};

/** Heading synonyms per dataset-card field. */
export const DATASET_HEADINGS: Record<string, string[]> = {
  intended_use: ["direct use", "intended use", "intended uses", "uses", "supported tasks and leaderboards", "primary task"],
  limitations: [
    "bias, risks, and limitations",
    "bias, risks and limitations",
    "known limitations",
    "limitations",
    "discussion of biases",
    "other known limitations",
  ],
  collection: [
    "data collection and processing",
    "collection process",
    "data collection",
    "initial data collection and normalization",
    "how was language data obtained",
    "source data",
    "dataset creation",
    "curation rationale",
    "original curation rationale",
  ],
  processing: ["data collection and processing", "preprocessing", "data preprocessing", "initial data collection and normalization", "annotation process"],
  sensitive_data: ["personal and sensitive information", "contains pii", "categories of pii", "private identifying information"],
  origin: [
    "who are the source data producers",
    "who are the source language producers",
    "source data",
    "data sources",
    "where was it found",
    "curation organization(s)",
    "dataset creators",
  ],
  description: ["dataset description", "dataset summary", "description"],
  bias: [
    "discussion of biases",
    "bias, risks, and limitations",
    "bias, risks and limitations",
    "bias",
    "any documented social biases",
    "are the language producers representative of the language",
  ],
  out_of_scope_use: ["out-of-scope use", "out-of-scope uses", "out of scope use"],
  annotation: ["annotation process", "annotations", "who are the annotators"],
  maintenance: ["maintenance", "dataset maintenance", "any maintenance plan"],
  contact: ["dataset card contact", "contact", "point of contact", "contact email"],
  curators: ["dataset curators", "curation organization(s)", "dataset creators"],
};

/** Bold-label synonyms per dataset-card field. */
export const DATASET_LABELS: Record<string, string[]> = {
  curators: ["curated by", "dataset curators", "shared by", "funded by", "authors"],
  contact: ["point of contact", "dataset card contact", "contact", "contact email"],
  license: ["license", "licence"],
};
