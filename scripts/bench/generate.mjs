#!/usr/bin/env node
// Writes a synthetic repository of N AI-governance artifacts for the benchmark, in the formats the
// readers support today, mixed and with realistic sizes and gaps:
//
//   40 %  Hugging Face model cards   teams/<t>/models/<m>/README.md (3–8 KB, front matter + template
//                                    sections) beside a config.json and a train.py (noise the
//                                    walker must see and the classifier must reject)
//   15 %  Hugging Face dataset cards teams/<t>/datasets/<d>/README.md (2–5 KB)
//   15 %  CycloneDX 1.6 JSON BOMs    teams/<t>/sbom/<app>.cdx.json (20–60 components: libraries,
//                                    2–5 models with modelCard, 1–3 data components, 1–3 services)
//   30 %  Data Provenance Standard   teams/<t>/data/<d>/provenance.yaml or .json (half each)
//
// About one artifact in four has a gap (a "[More Information Needed]" section, a missing licence,
// an MD5-only hash, a service without provider or over plain HTTP, a DPS record without a required
// element). Every team directory also holds a docs/NOTES.md that is not a card. The output is a
// pure function of (N, seed): the same call writes the same bytes.
//
// Usage: node scripts/bench/generate.mjs [--shared-names] <artifacts> [dir]   (default dir: a new one under os.tmpdir())
// --shared-names writes the other set, copies of two small fixture repositories (generateSharedNamesRepo).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** mulberry32: a tiny seeded PRNG, so every run generates identical repositories. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const chance = (p) => next() < p;
  const hex = (n) => Array.from({ length: n }, () => "0123456789abcdef"[int(0, 15)]).join("");
  return { next, int, pick, chance, hex };
}

const WORDS = (
  "model data training evaluation customer support ticket reply draft review human agent language english " +
  "product knowledge base accuracy bias risk limitation fairness group region dialect tone formal informal " +
  "dataset split test validation benchmark metric latency throughput hardware cluster cost carbon energy " +
  "pipeline release version checkpoint adapter base fine-tuned instruction preference safety filter policy " +
  "privacy personal information redaction anonymised consent licence attribution source collection crawl " +
  "annotation label quality noise drift monitoring incident escalation owner team contact schedule quarterly"
).split(" ");

function sentence(r, min = 8, max = 20) {
  const n = r.int(min, max);
  const words = Array.from({ length: n }, () => r.pick(WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(" ")}.`;
}

function paragraph(r, sentences) {
  const lines = [];
  let line = "";
  for (let i = 0; i < sentences; i++) {
    const s = sentence(r);
    if (line && line.length + s.length > 100) {
      lines.push(line.trim());
      line = "";
    }
    line += `${s} `;
  }
  if (line.trim()) lines.push(line.trim());
  return lines.join("\n");
}

const MISSING = "[More Information Needed]";
const LICENSES = ["apache-2.0", "mit", "cc-by-4.0", "llama3.1", "openrail", "bsd-3-clause", "other"];
const TASKS = ["text-generation", "text-classification", "token-classification", "summarization", "translation", "feature-extraction"];
const BASES = [
  "meta-llama/Llama-3.1-8B-Instruct",
  "mistralai/Mistral-7B-Instruct-v0.3",
  "google/gemma-2-9b",
  "Qwen/Qwen2.5-7B-Instruct",
  "microsoft/phi-3-mini-4k-instruct",
];
const LIBS = [
  ["transformers", "4.44.2"],
  ["torch", "2.4.1"],
  ["tokenizers", "0.19.1"],
  ["numpy", "1.26.4"],
  ["pandas", "2.2.2"],
  ["scikit-learn", "1.5.1"],
  ["accelerate", "0.33.0"],
  ["peft", "0.12.0"],
  ["datasets", "2.21.0"],
  ["safetensors", "0.4.4"],
  ["fastapi", "0.112.2"],
  ["pydantic", "2.8.2"],
  ["requests", "2.32.3"],
  ["uvicorn", "0.30.6"],
  ["sentencepiece", "0.2.0"],
];

function modelCard(r, name, datasetNames) {
  const gap = r.chance(0.25);
  const section = (text) => (gap && r.chance(0.35) ? MISSING : text);
  const base = r.chance(0.6) ? r.pick(BASES) : null;
  const fm = ["---"];
  if (!(gap && r.chance(0.3))) fm.push(`license: ${r.pick(LICENSES)}`);
  fm.push("language:", "  - en");
  fm.push(`library_name: ${base ? r.pick(["peft", "transformers"]) : "transformers"}`);
  fm.push(`pipeline_tag: ${r.pick(TASKS)}`);
  if (base && !(gap && r.chance(0.4))) fm.push(`base_model: ${base}`);
  if (datasetNames.length) fm.push("datasets:", ...datasetNames.map((d) => `  - acme/${d}`));
  fm.push("tags:", `  - ${base ? r.pick(["lora", "finetune", "adapter"]) : "custom"}`, `  - ${r.pick(WORDS)}`);
  if (!(gap && r.chance(0.5))) {
    fm.push(
      "model-index:",
      `  - name: ${name}`,
      "    results:",
      "      - task:",
      `          type: ${r.pick(TASKS)}`,
      "        dataset:",
      `          type: acme/${name}-eval`,
      `          name: ${name} evaluation`,
      "        metrics:",
    );
    for (let i = r.int(1, 3); i > 0; i--)
      fm.push(`          - type: ${r.pick(["accuracy", "f1", "rougeL", "bleu"])}`, `            value: ${(r.int(50, 99) / 100).toFixed(2)}`);
  }
  fm.push("---", "");
  const body = [
    `# Model Card for ${name}`,
    "",
    paragraph(r, r.int(2, 4)),
    "",
    "## Model Details",
    "",
    "### Model Description",
    "",
    paragraph(r, r.int(3, 6)),
    "",
    `- **Developed by:** ${gap && r.chance(0.3) ? MISSING : "Acme ML Platform"}`,
    `- **Model type:** ${r.pick(["Causal language model", "Encoder classifier", "Sequence-to-sequence model"])}`,
    "- **Language(s) (NLP):** English",
    ...(base ? [`- **Finetuned from model:** ${base}`] : []),
    "",
    "## Uses",
    "",
    "### Direct Use",
    "",
    section(paragraph(r, r.int(3, 6))),
    "",
    "### Out-of-Scope Use",
    "",
    section(paragraph(r, r.int(2, 4))),
    "",
    "## Bias, Risks, and Limitations",
    "",
    section(paragraph(r, r.int(4, 8))),
    "",
    "### Recommendations",
    "",
    paragraph(r, r.int(1, 3)),
    "",
    "## How to Get Started with the Model",
    "",
    "```python",
    "from transformers import AutoModelForCausalLM, AutoTokenizer",
    `model = AutoModelForCausalLM.from_pretrained("acme/${name}")`,
    `tokenizer = AutoTokenizer.from_pretrained("acme/${name}")`,
    "```",
    "",
    "## Training Details",
    "",
    "### Training Data",
    "",
    section(`${paragraph(r, r.int(2, 4))}${datasetNames.length ? ` See acme/${datasetNames[0]}.` : ""}`),
    "",
    "### Training Procedure",
    "",
    paragraph(r, r.int(3, 6)),
    "",
    "#### Training Hyperparameters",
    "",
    `- learning_rate: ${r.pick(["1e-4", "2e-5", "5e-5"])}`,
    `- train_batch_size: ${r.pick([8, 16, 32])}`,
    `- num_epochs: ${r.int(1, 5)}`,
    "",
    "## Evaluation",
    "",
    section(paragraph(r, r.int(3, 6))),
    "",
    "## Environmental Impact",
    "",
    `- **Hardware Type:** ${r.int(1, 8)}x A100 80GB`,
    `- **Hours used:** ${r.int(1, 200)}`,
    `- **Carbon Emitted:** ${r.int(1, 90)} kg CO2eq`,
    "",
    "## Model Card Contact",
    "",
    section(`${name}-owners@acme.example`),
    "",
  ];
  return `${fm.join("\n")}${body.join("\n")}`;
}

function datasetCard(r, name) {
  const gap = r.chance(0.25);
  const section = (text) => (gap && r.chance(0.4) ? MISSING : text);
  const fm = ["---"];
  if (!(gap && r.chance(0.4))) fm.push(`license: ${r.pick(["cc-by-4.0", "cc-by-sa-4.0", "mit", "other"])}`);
  fm.push(
    `pretty_name: ${name}`,
    "language:",
    "  - en",
    `task_categories:`,
    `  - ${r.pick(TASKS)}`,
    `size_categories:`,
    `  - ${r.pick(["1K<n<10K", "10K<n<100K", "100K<n<1M"])}`,
  );
  fm.push(
    "language_creators:",
    `  - ${r.pick(["found", "crowdsourced", "expert-generated", "machine-generated"])}`,
    "source_datasets:",
    "  - original",
    "---",
    "",
  );
  const body = [
    `# Dataset Card for ${name}`,
    "",
    "## Dataset Details",
    "",
    "### Dataset Description",
    "",
    paragraph(r, r.int(3, 5)),
    "",
    `- **Curated by:** ${gap && r.chance(0.3) ? MISSING : "Acme Data Team"}`,
    "- **Language(s) (NLP):** English",
    "",
    "## Uses",
    "",
    "### Direct Use",
    "",
    section(paragraph(r, r.int(2, 4))),
    "",
    "## Dataset Structure",
    "",
    paragraph(r, r.int(2, 3)),
    "",
    "## Dataset Creation",
    "",
    "### Curation Rationale",
    "",
    paragraph(r, r.int(2, 3)),
    "",
    "### Source Data",
    "",
    "#### Data Collection and Processing",
    "",
    section(paragraph(r, r.int(3, 5))),
    "",
    "#### Who are the source data producers?",
    "",
    section(paragraph(r, r.int(1, 2))),
    "",
    "#### Personal and Sensitive Information",
    "",
    section(r.chance(0.5) ? "The data contains no personal information." : paragraph(r, 2)),
    "",
    "## Bias, Risks, and Limitations",
    "",
    section(paragraph(r, r.int(2, 4))),
    "",
    "## Dataset Card Contact",
    "",
    `${name}-data@acme.example`,
    "",
  ];
  return `${fm.join("\n")}${body.join("\n")}`;
}

function cycloneDx(r, app, _i) {
  const gap = r.chance(0.25);
  const components = [];
  const deps = [];
  const libCount = r.int(15, 50);
  for (let k = 0; k < libCount; k++) {
    const [lib, version] = r.pick(LIBS);
    const ref = `pkg:pypi/${lib}@${version}#${k}`;
    components.push({
      "bom-ref": ref,
      type: "library",
      name: lib,
      version,
      purl: `pkg:pypi/${lib}@${version}`,
      licenses: [{ license: { id: r.pick(["Apache-2.0", "MIT", "BSD-3-Clause"]) } }],
      hashes: [{ alg: "SHA-256", content: r.hex(64) }],
    });
  }
  const models = r.int(2, 5);
  const dataRefs = [];
  const dataCount = r.int(1, 3);
  for (let k = 0; k < dataCount; k++) {
    const ref = `data-${app}-${k}`;
    dataRefs.push(ref);
    components.push({
      "bom-ref": ref,
      type: "data",
      name: `${app}-dataset-${k}`,
      version: `2026.${r.int(1, 12)}`,
      supplier: { name: "Acme" },
      ...(gap && r.chance(0.4) ? {} : { licenses: [{ license: { id: "CC-BY-4.0" } }] }),
      data: [
        {
          type: "dataset",
          name: `${app}-dataset-${k}`,
          description: paragraph(r, 2),
          ...(r.chance(0.7) ? { sensitiveData: [] } : {}),
          governance: { owners: [{ organization: { name: "Acme" } }] },
        },
      ],
    });
  }
  for (let k = 0; k < models; k++) {
    const base = r.pick(BASES);
    const thirdParty = k > 0 && r.chance(0.5);
    const ref = `model-${app}-${k}`;
    deps.push({ ref, dependsOn: dataRefs.slice(0, 1) });
    components.push({
      "bom-ref": ref,
      type: "machine-learning-model",
      name: thirdParty ? base : `${app}-model-${k}`,
      version: thirdParty && gap && r.chance(0.5) ? "latest" : thirdParty ? r.hex(40) : `1.${r.int(0, 9)}.${r.int(0, 9)}`,
      supplier: { name: thirdParty ? base.split("/")[0] : "Acme" },
      licenses: [{ license: thirdParty ? { name: `${base.split("/")[0]} community licence` } : { id: "Apache-2.0" } }],
      hashes: [gap && r.chance(0.4) ? { alg: "MD5", content: r.hex(32) } : { alg: "SHA-256", content: r.hex(64) }],
      ...(thirdParty ? {} : { pedigree: { ancestors: [{ type: "machine-learning-model", name: base, version: r.hex(40) }] } }),
      externalReferences: gap && r.chance(0.5) ? [] : [{ type: "model-card", url: `https://models.acme.example/${app}/${k}/README.md` }],
      ...(thirdParty && r.chance(0.5)
        ? {}
        : {
            modelCard: {
              modelParameters: { task: r.pick(TASKS), architectureFamily: "transformer", datasets: dataRefs.slice(0, 1).map((d) => ({ ref: d })) },
              quantitativeAnalysis: { performanceMetrics: [{ type: "accuracy", value: (r.int(60, 99) / 100).toFixed(2) }] },
              considerations: {
                useCases: gap && r.chance(0.4) ? [] : [paragraph(r, 2)],
                technicalLimitations: [paragraph(r, 1)],
                ethicalConsiderations: [{ name: sentence(r, 4, 8), mitigationStrategy: sentence(r, 6, 12) }],
              },
            },
          }),
    });
  }
  const services = [];
  const serviceCount = r.int(1, 3);
  for (let k = 0; k < serviceCount; k++) {
    const host = r.pick(["api.openai.com", "api.anthropic.com", "api.mistral.ai", "llm-gateway.internal.acme.example"]);
    const plain = gap && r.chance(0.3);
    services.push({
      "bom-ref": `svc-${app}-${k}`,
      name: `${app} ${host.split(".")[1] ?? "llm"} completions`,
      ...(gap && r.chance(0.3) ? { provider: {} } : { provider: { name: host.includes("acme") ? "Acme" : host.split(".")[1], url: [`https://${host}`] } }),
      endpoints: [`${plain ? "http" : "https"}://${host}/v1/chat/completions`],
      authenticated: true,
      "x-trust-boundary": !host.includes("acme"),
      ...(gap && r.chance(0.5) ? {} : { data: [{ flow: "outbound", classification: r.pick(["public", "internal", "customer-confidential"]) }] }),
      tags: ["llm"],
    });
  }
  const bom = {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: `urn:uuid:${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-a${r.hex(3)}-${r.hex(12)}`,
    version: 1,
    metadata: {
      timestamp: `2026-0${r.int(1, 9)}-1${r.int(0, 9)}T12:00:00Z`,
      supplier: { name: "Acme" },
      component: { "bom-ref": `app-${app}`, type: "application", name: app, version: `${r.int(1, 4)}.${r.int(0, 20)}.0` },
    },
    components,
    services,
    dependencies: [{ ref: `app-${app}`, dependsOn: components.filter((c) => c.type !== "data").map((c) => c["bom-ref"]) }, ...deps],
  };
  return `${JSON.stringify(bom, null, 2)}\n`;
}

function dps(r, name, asYaml) {
  const gap = r.chance(0.25);
  const drop = () => gap && r.chance(0.35);
  const record = {
    source: {
      version: "1.0.0",
      title: name,
      id: `urn:uuid:${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-9${r.hex(3)}-${r.hex(12)}`,
      issuer: [{ name: "Acme" }],
      ...(drop() ? {} : { description: paragraph(r, 2).replace(/\n/g, " ") }),
    },
    provenance: {
      ...(drop() ? {} : { origin: { name: r.pick(["Acme Support", "Acme Sales", "Acme Web"]) } }),
      "origin-geography": [{ country: r.pick(["US", "DE", "FR", "JP", "BR"]) }],
      date: `2026-0${r.int(1, 9)}-0${r.int(1, 9)}`,
      "generation-method": [{ code: r.pick(["feeds-internal", "web-scraping-crawling-own", "user-generated", "synthetic"]) }],
      ...(drop() ? {} : { format: [r.pick(["application/jsonl", "text/csv", "application/parquet"])] }),
    },
    use: {
      ...(drop() ? {} : { classification: [{ regulation: { code: r.pick(["pii", "none"]) }, evaluated: true }] }),
      ...(drop() ? {} : { license: [r.pick(["LicenseRef-Acme-Internal", "CC-BY-4.0"])] }),
      "intended-purpose": [{ code: r.pick(["ai-pre-training", "ai-fine-tuning", "ai-evaluation"]) }],
    },
  };
  if (!asYaml) return `${JSON.stringify(record, null, 2)}\n`;
  return `# Data Provenance Standard 1.0.0 record\n${toYaml(record, 0)}`;
}

/** Block-style YAML for the plain values above (strings are quoted only when needed). */
function toYaml(v, indent) {
  const pad = " ".repeat(indent);
  const scalar = (s) => (typeof s === "string" && (/^[\w./@ -]*$/.test(s) && !/^[\d-]/.test(s) && s.trim() === s ? s : JSON.stringify(s))) || String(s);
  if (Array.isArray(v)) {
    return v.map((x) => (x && typeof x === "object" ? `${pad}- ${toYaml(x, indent + 2).trimStart()}` : `${pad}- ${scalar(x)}\n`)).join("");
  }
  return Object.entries(v)
    .map(([k, x]) => (x && typeof x === "object" ? `${pad}${k}:\n${toYaml(x, indent + 2)}` : `${pad}${k}: ${typeof x === "string" ? scalar(x) : String(x)}\n`))
    .join("");
}

const TEAM_SIZE = 50;

/**
 * Writes the repository and returns what it holds. Artifacts are dealt round-robin by kind
 * (40/15/15/30 per 20), so every prefix of the sequence has the same mix.
 */
export function generateRepo(dir, artifacts, { seed = 42 } = {}) {
  const r = rng(seed);
  const pattern = "MMDSPMMPDMSPMMDPSMPP"; // 8 M, 3 D, 3 S, 6 P
  const counts = { modelCards: 0, datasetCards: 0, boms: 0, dps: 0, files: 0, bytes: 0 };
  const write = (rel, text) => {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    counts.files++;
    counts.bytes += Buffer.byteLength(text);
  };
  for (let i = 0; i < artifacts; i++) {
    const team = `teams/team-${String(Math.floor(i / TEAM_SIZE)).padStart(4, "0")}`;
    if (i % TEAM_SIZE === 0) write(`${team}/docs/NOTES.md`, `# Notes\n\n${paragraph(r, 6)}\n\nThe models in this team are documented in their own cards.\n`);
    const id = String(i).padStart(5, "0");
    switch (pattern[i % pattern.length]) {
      case "M": {
        const name = `model-${id}`;
        write(`${team}/models/${name}/README.md`, modelCard(r, name, r.chance(0.8) ? [`data-${String(Math.max(0, i - r.int(1, 20))).padStart(5, "0")}`] : []));
        write(
          `${team}/models/${name}/config.json`,
          `${JSON.stringify({ architectures: ["LlamaForCausalLM"], hidden_size: 4096, num_attention_heads: 32, num_hidden_layers: 32, vocab_size: 128256, torch_dtype: "bfloat16" }, null, 2)}\n`,
        );
        write(`${team}/models/${name}/train.py`, `# training entry point for ${name}\nimport torch\n\n\ndef main():\n    pass\n`);
        counts.modelCards++;
        break;
      }
      case "D":
        write(`${team}/datasets/data-${id}/README.md`, datasetCard(r, `data-${id}`));
        counts.datasetCards++;
        break;
      case "S":
        write(`${team}/sbom/app-${id}.cdx.json`, cycloneDx(r, `app-${id}`, i));
        counts.boms++;
        break;
      case "P": {
        const yaml = r.chance(0.5);
        write(`${team}/data/data-${id}/provenance.${yaml ? "yaml" : "json"}`, dps(r, `data-${id}`, yaml));
        counts.dps++;
        break;
      }
    }
  }
  return counts;
}

/** The two small governance repositories the shared-names set is made of (fixtures of this project). */
const SHARED_SOURCES = ["gaps", "passing"];

/** Every file of a fixture repository but its config, as [relative path, text]. */
function fixtureFiles(name) {
  const base = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", name);
  const out = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(base, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const r = path.posix.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else if (e.name !== ".aigis.yml") out.push([r, fs.readFileSync(path.join(base, r), "utf8")]);
    }
  };
  walk("");
  return out;
}

/**
 * Writes a monorepo made of copies of two small governance repositories (fixtures/gaps and
 * fixtures/passing, alternately, each under copies/<n>/), so that many artifacts share model,
 * dataset and component names, as fine-tunes of one base model do in a real monorepo. Every file
 * of a copy is an artifact; copies are added until `artifacts` files are written (the last copy
 * may be cut short). The repository's config is that of fixtures/passing.
 */
export function generateSharedNamesRepo(dir, artifacts) {
  const sources = SHARED_SOURCES.map(fixtureFiles);
  const counts = { copies: 0, files: 0, bytes: 0 };
  const write = (rel, text) => {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    counts.files++;
    counts.bytes += Buffer.byteLength(text);
  };
  write(".aigis.yml", 'params:\n  today: "2026-11-28"\n');
  counts.files = 0;
  counts.bytes = 0;
  while (counts.files < artifacts) {
    const copy = `copies/${String(counts.copies).padStart(5, "0")}`;
    for (const [rel, text] of sources[counts.copies % sources.length]) {
      if (counts.files >= artifacts) break;
      write(`${copy}/${rel}`, text);
    }
    counts.copies++;
  }
  return counts;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const shared = process.argv[2] === "--shared-names";
  const args = process.argv.slice(shared ? 3 : 2);
  const n = Number(args[0]);
  if (!Number.isInteger(n) || n < 1) {
    console.error("usage: node scripts/bench/generate.mjs [--shared-names] <artifacts> [dir]");
    process.exit(2);
  }
  const dir = args[1] ?? fs.mkdtempSync(path.join(os.tmpdir(), `aigis-bench-${n}-`));
  if (shared) {
    const c = generateSharedNamesRepo(dir, n);
    console.log(`${dir}: ${n} artifacts in ${c.copies} copies of fixtures/gaps and fixtures/passing, ${(c.bytes / 1048576).toFixed(1)} MiB`);
    process.exit(0);
  }
  const c = generateRepo(dir, n);
  console.log(
    `${dir}: ${n} artifacts (${c.modelCards} model cards, ${c.datasetCards} dataset cards, ${c.boms} CycloneDX BOMs, ${c.dps} DPS records), ${c.files} files, ${(c.bytes / 1048576).toFixed(1)} MiB`,
  );
}
