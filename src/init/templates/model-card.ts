// A Hugging Face model card (the Hub template's sections), prefilled with what discovery knows.
// Every unknown is a bare `TODO`, which the rules treat as missing (lib.filled), so `aigis check`
// reports each one at its section heading or front-matter key until it is filled.
import { yamlList, yamlScalar } from "./text.js";

export interface ModelCardFacts {
  name: string;
  supplier: string | null;
  license: string | null;
  datasets: string[];
  task: string | null;
}

export function modelCardTemplate(m: ModelCardFacts): string {
  const lines = [
    "---",
    // `unknown` is the Hub's value for a missing licence; the rules report it on this line.
    `license: ${m.license ? yamlScalar(m.license) : "unknown   # TODO: the SPDX id of the model's licence, e.g. apache-2.0"}`,
    `model_name: ${yamlScalar(m.name)}`,
    `pipeline_tag: ${m.task ? yamlScalar(m.task) : "TODO   # the task, e.g. text-generation"}`,
    ...(m.datasets.length ? ["datasets:", ...yamlList(m.datasets)] : []),
    "---",
    "",
    `# Model Card for ${m.name}`,
    "",
    "<!-- Scaffolded by `aigis init`. Replace every TODO, then run `aigis check`: each finding points at a TODO still to fill. -->",
    "",
    "## Model Details",
    "",
    "### Model Description",
    "",
    `- **Developed by:** ${m.supplier ?? "TODO"}`,
    "- **Model type:** TODO",
    "",
    "## Uses",
    "",
    "### Direct Use",
    "",
    "<!-- What the model is for: the tasks, users and settings it was built and evaluated for. -->",
    "TODO",
    "",
    "### Out-of-Scope Use",
    "",
    "<!-- Uses it must not be put to, and foreseeable misuse. -->",
    "TODO",
    "",
    "## Bias, Risks, and Limitations",
    "",
    "TODO",
    "",
    "## Training Details",
    "",
    "### Training Data",
    "",
    `<!-- Which data it was trained on${m.datasets.length ? ` (${m.datasets.join(", ")})` : ""}, and where its records are. -->`,
    "TODO",
    "",
    "### Training Procedure",
    "",
    "<!-- How it was trained or fine-tuned: method, hyperparameters, hardware. -->",
    "TODO",
    "",
    "## Evaluation",
    "",
    "<!-- How it was evaluated, on which data, with which results (or model-index in the front matter). -->",
    "TODO",
    "",
    "## Environmental Impact",
    "",
    "<!-- Compute and energy used to train and run it: hardware, hours, region, emissions. -->",
    "TODO",
    "",
    "## Model Card Contact",
    "",
    "TODO",
    "",
  ];
  return lines.join("\n");
}
