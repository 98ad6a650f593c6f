"use strict";
exports.id = 113;
exports.ids = [113];
exports.modules = {

/***/ 5113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  init: () => (/* binding */ init),
  renderInit: () => (/* binding */ renderInit)
});

// UNUSED EXPORTS: planInit

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(1122);
// EXTERNAL MODULE: ./src/io/write.ts
var write = __webpack_require__(5419);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
// EXTERNAL MODULE: ./src/run.ts + 82 modules
var run = __webpack_require__(4472);
;// CONCATENATED MODULE: ./src/init/templates/config.ts
// A starting `.aigis.yml`: valid as written, every other setting shown commented out.
function configTemplate(f) {
    return [
        "# yaml-language-server: $schema=https://raw.githubusercontent.com/aigis/aigis/v0/schema/aigis-config.schema.json",
        "# aigis configuration, scaffolded by `aigis init`. Every key is optional: docs/configuration.md.",
        "fail-on: critical          # critical | high | medium | low | none",
        "",
        f.organization.length
            ? `organization:\n  names: [${f.organization.map((o) => JSON.stringify(o)).join(", ")}]   # suppliers that count as first-party`
            : "# organization:\n#   names: [Acme]           # suppliers that count as first-party",
        "",
        '# exclude: ["vendor/", "**/testdata/**"]',
        "# rules:",
        "#   AIGIS-MC-013: off",
        "#   AIGIS-MC-014: {severity: low}",
        "",
        "# A waived finding never fails the check and stays listed as suppressed until it expires.",
        "# waivers:",
        "#   - rule: AIGIS-MC-013",
        '#     path: "models/**"',
        "#     reason: why the gap is accepted for now",
        "#     owner: who answers for it",
        "#     expires: YYYY-MM-DD   # at most waiver-max-days (365) from today",
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/init/templates/text.ts
// Small helpers for writing templates: values from discovered artifacts are quoted where YAML needs it.
/** A YAML scalar: plain when that is unambiguous, else double-quoted JSON. */
function yamlScalar(v) {
    return /^[A-Za-z0-9][\w ./@+-]*$/.test(v) && !/^(true|false|null|yes|no|on|off|~)$/i.test(v) && !/^[\d.]+$/.test(v) && !/[:#]\s|\s$/.test(v)
        ? v
        : JSON.stringify(v);
}
/** `  - item` lines. */
function yamlList(items, indent = "  ") {
    return items.map((i) => `${indent}- ${yamlScalar(i)}`);
}
/** A file-system friendly name: `acme/Support Tickets` → `support-tickets`. */
function slug(name) {
    const last = name.split("/").pop() ?? name;
    return (last
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, "-")
        .replace(/^[-.]+|[-.]+$/g, "") || "model");
}

;// CONCATENATED MODULE: ./src/init/templates/governance.ts
// The governance documents the repository-wide rules look for when AI is in use: the AI system
// register (AIGIS-GV-003 and the per-system rules), an impact assessment (GV-006), an
// incident-response procedure (GV-008) and a monitoring plan (GV-011). Unknowns are placeholders
// a rule reports at their own line: `TODO` where the value is text, an empty value where the field
// has a type (a date, a boolean, a number), so a scaffold never fails a schema check.

function registerTemplate(f) {
    const list = (items) => (items.length ? `[${items.map(yamlScalar).join(", ")}]` : "[]");
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
const frontMatter = (kind, extra = []) => [
    "---",
    "aigis:",
    `  kind: ${kind}`,
    "  owner: TODO              # the role that owns this document",
    ...extra,
    "---",
    "",
];
const scaffoldNote = "<!-- Scaffolded by `aigis init`. Replace every TODO, then run `aigis check`: each finding points at a TODO still to fill. -->";
function impactAssessmentTemplate(f) {
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
function incidentResponseTemplate() {
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
function monitoringPlanTemplate(f) {
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

;// CONCATENATED MODULE: ./src/init/templates/dataset.ts
// A Data & Trust Alliance Data Provenance Standard 1.0 record (YAML), prefilled with the dataset's
// name and issuer when discovery knows them. Unknown values are `TODO` placeholders the rules report.

function datasetTemplate(d) {
    return [
        "# Data & Trust Alliance Data Provenance Standard 1.0.0 record, scaffolded by `aigis init`.",
        "# Replace every TODO, then run `aigis check`: each finding points at a TODO still to fill.",
        "# Reference: https://dataandtrustalliance.org/work/data-provenance-standards",
        "source:",
        "  version: 1.0.0",
        `  title: ${yamlScalar(d.name)}`,
        "  id: TODO            # a stable identifier, e.g. urn:uuid:… or the dataset's URL",
        "  issuer:",
        `    - name: ${d.supplier ? yamlScalar(d.supplier) : "TODO   # the organization that issues this record"}`,
        "  description: TODO   # what the data is, in a sentence or two",
        "provenance:",
        "  origin:",
        "    name: TODO        # who created or collected the data",
        "  origin-geography:",
        "    - country: TODO   # ISO 3166 code, e.g. US",
        // The standard requires a date and any real one would be false: the reader takes the
        // placeholder as an unfilled date, which AIGIS-DP-002 reports at this line.
        "  date: TODO          # when the data was created or collected: YYYY-MM-DD",
        "  generation-method:",
        "    - code: TODO      # e.g. feeds-internal, web-scraped, synthetic",
        "  format:",
        "    - TODO            # media type, e.g. application/jsonl",
        "use:",
        "  # TODO: classification — does it hold personal or sensitive data? e.g. [{regulation: {code: pii}, evaluated: true}]",
        "  license:",
        "    - NOASSERTION     # TODO: the SPDX id or name of the data's licence",
        "  intended-purpose:",
        "    - code: TODO      # e.g. ai-training, ai-evaluation",
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/init/templates/model-card.ts
// A Hugging Face model card (the Hub template's sections), prefilled with what discovery knows.
// Every unknown is a bare `TODO`, which the rules treat as missing (lib.filled), so `aigis check`
// reports each one at its section heading or front-matter key until it is filled.

function modelCardTemplate(m) {
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

;// CONCATENATED MODULE: ./src/init/templates/policy.ts
// An AI policy (governance document of kind ai-policy) with the sections AIGIS-GV-001 looks for and
// the `aigis:` front matter AIGIS-GV-002 reads. Unknowns are TODO placeholders the rules report.
function policyTemplate(f) {
    return [
        "---",
        "aigis:",
        "  kind: ai-policy",
        "  owner: TODO              # the role that owns this policy, e.g. Head of ML Platform",
        "  approved_by: TODO        # who approved it, e.g. CTO",
        "  approved_on:             # YYYY-MM-DD",
        "  review_by:               # YYYY-MM-DD, at most a year after approval",
        "  status: draft",
        "  concerns_contact: TODO   # where anyone can raise an AI concern, e.g. ai-concerns@example.com",
        "  objectives:             # responsible-AI objectives, each with a metric and a target",
        "    - name: TODO",
        "      metric: TODO",
        "      target: TODO",
        "---",
        "",
        `# ${f.organization ? `${f.organization} ` : ""}AI policy`,
        "",
        "<!-- Scaffolded by `aigis init`. Replace every TODO, then run `aigis check`: each finding points at a TODO still to fill. -->",
        "",
        "## Scope",
        "",
        `<!-- Which AI systems, uses and people this policy covers${f.systems.length ? ` (found in this repository: ${f.systems.join(", ")})` : ""}. -->`,
        "TODO",
        "",
        "## Principles",
        "",
        "<!-- The commitments AI use here must meet: human review, data minimisation, transparency, … -->",
        "TODO",
        "",
        "## Roles and responsibilities",
        "",
        "<!-- Who owns each AI system, who approves new ones, who answers for incidents. -->",
        "TODO",
        "",
        "## Acceptable use",
        "",
        "<!-- What staff may and may not do with AI tools and systems. -->",
        "TODO",
        "",
        "## Review",
        "",
        "<!-- How often the policy is reviewed and who approves changes. -->",
        "TODO",
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/init/templates/sbom.ts
// A CycloneDX 1.6 AI SBOM skeleton listing the models and datasets discovery found. JSON has no
// comments, so unknowns are `TODO` strings and `NOASSERTION` licences, which the rules report.
function sbomTemplate(f) {
    const license = (l) => [l ? (/^[A-Za-z0-9.+-]+$/.test(l) ? { license: { id: l } } : { license: { name: l } }) : { expression: "NOASSERTION" }];
    const ref = (kind, name) => `${kind}-${name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")}`;
    const bom = {
        bomFormat: "CycloneDX",
        specVersion: "1.6",
        version: 1,
        metadata: {
            timestamp: `${f.today}T00:00:00Z`,
            component: { type: "application", name: f.product },
            supplier: { name: "TODO" },
        },
        components: [
            ...f.models.map((m) => ({
                "bom-ref": ref("model", m.name),
                type: "machine-learning-model",
                name: m.name,
                // No version until there is one: a placeholder would pass for a pinned version.
                ...(m.version ? { version: m.version } : {}),
                supplier: { name: m.supplier ?? "TODO" },
                licenses: license(m.license),
                externalReferences: m.card ? [{ type: "model-card", url: m.card }] : [],
            })),
            ...f.datasets.map((d) => ({
                "bom-ref": ref("data", d.name),
                type: "data",
                name: d.name,
                supplier: { name: d.supplier ?? "TODO" },
                licenses: license(null),
            })),
        ],
        services: f.services.map((s) => ({
            "bom-ref": ref("service", s.name),
            name: s.name,
            provider: { name: s.provider ?? "TODO" },
            endpoints: [s.endpoint ?? "https://TODO"],
            data: [{ flow: "outbound", classification: "TODO" }],
        })),
    };
    return JSON.stringify(bom, null, 2) + "\n";
}

;// CONCATENATED MODULE: ./src/init/templates/workflow.ts
// The GitHub workflow that runs aigis on every pull request (docs/github.md explains each line).
function workflowTemplate() {
    return [
        "# Runs aigis on every pull request and push to main; scaffolded by `aigis init`.",
        "# Make the `aigis` check required in branch protection so critical gaps block the merge.",
        "name: AI governance",
        "on:",
        "  pull_request:",
        "  push:",
        "    branches: [main]",
        "jobs:",
        "  aigis:",
        "    runs-on: ubuntu-latest",
        "    permissions:",
        "      contents: read",
        "      pull-requests: write   # the sticky pull-request comment",
        "    steps:",
        "      - uses: actions/checkout@v5",
        "      - uses: aigis/aigis@v0    # pin a release tag or a commit SHA",
        "        # fail-on and everything else come from .aigis.yml",
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/init/init.ts
// `aigis init [path]`: scaffolds the governance artifacts a repository is missing, prefilled with what
// discovery already knows (model names, datasets, suppliers, licences), and never overwrites a file.
// Unknowns are `TODO` placeholders the rules treat as missing, so `aigis check` right after lists the
// remaining gaps at the scaffold's lines.














const init_short = (name) => name.split("/").pop().trim().toLowerCase();
const uniqueBy = (items, key) => [...new Map(items.map((i) => [key(i), i])).values()];
function planInit(root, opts = {}) {
    const cfg = (0,config/* loadConfig */.Z9)(root, (0,config/* findConfig */.u0)(root, null));
    const { artifacts } = (0,run/* collect */.Fo)(root, cfg);
    const known = knownFrom(artifacts);
    const plan = [];
    const today = (0,config/* runDate */.yZ)(cfg);
    // Models: every model the SBOM lists without a card of its own name; one placeholder when nothing is known.
    const cardNames = new Set(known.cards.map((c) => init_short(c.name ?? "")));
    const sbomModels = uniqueBy(known.sboms.flatMap((s) => s.components.filter((c) => c.type === "machine-learning-model")), (c) => init_short(c.name ?? ""));
    const datasetsNamed = [...new Set(known.cards.flatMap((c) => c.datasets))];
    const sbomData = uniqueBy(known.sboms.flatMap((s) => s.components.filter((c) => c.type === "data")), (c) => init_short(c.name ?? ""));
    // A model is documented by a card of its name, an inline modelCard or a linked one (as AIGIS-SC-012 sees it).
    const modelsToDocument = sbomModels.filter((c) => c.name && !cardNames.has(init_short(c.name)) && !c.has_model_card && !c.external_references.some((r) => r.type === "model-card"));
    const newCards = [];
    const cardFor = (name, facts) => {
        const p = `models/${slug(name)}/README.md`;
        newCards.push({ name, path: p });
        plan.push({ path: p, what: `model card for ${name}`, content: modelCardTemplate({ name, ...facts, task: null }) });
    };
    for (const c of modelsToDocument) {
        const lic = c.licenses.map((l) => l.spdx ?? l.name).find((l) => l && !/^(noassertion|none|unknown|other)$/i.test(l)) ?? null;
        cardFor(c.name, { supplier: c.supplier, license: lic, datasets: sbomData.map((d) => d.name).filter(Boolean) });
    }
    if (known.cards.length === 0 && modelsToDocument.length === 0) {
        cardFor(external_node_path_default().basename(external_node_path_default().resolve(root)) || "model", { supplier: null, license: null, datasets: datasetsNamed });
    }
    // Datasets: every dataset a card or the SBOM names without a record; one placeholder when there is no record at all.
    const recordNames = new Set(known.datasets.map((d) => init_short(d.name ?? "")));
    const dataNames = uniqueBy([
        ...datasetsNamed.map((n) => ({ name: n, supplier: n.includes("/") ? n.split("/")[0] : null })),
        ...sbomData.map((d) => ({ name: d.name, supplier: d.supplier })),
    ], (d) => init_short(d.name));
    const missingData = dataNames.filter((d) => !recordNames.has(init_short(d.name)));
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
                name: c.name ?? external_node_path_default().posix.basename(external_node_path_default().posix.dirname(c.path)),
                version: c.version,
                supplier: c.supplier,
                license: c.licenses.map((l) => l.spdx ?? l.name).find(Boolean) ?? null,
                card: c.path,
            })),
            ...newCards.filter((n) => !cardNames.has(init_short(n.name))).map((n) => ({ name: n.name, version: null, supplier: null, license: null, card: n.path })),
        ];
        const datasets = [...known.datasets.map((d) => ({ name: d.name ?? d.path, supplier: d.supplier })), ...missingData];
        plan.push({
            path: "ai-bom.cdx.json",
            what: `AI SBOM listing ${models.length} model(s) and ${datasets.length} dataset(s)`,
            content: sbomTemplate({
                product: external_node_path_default().basename(external_node_path_default().resolve(root)) || "ai-system",
                today,
                models: uniqueBy(models, (m) => init_short(m.name)),
                datasets: uniqueBy(datasets, (d) => init_short(d.name)),
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
    const has = (kind) => known.governance.some((g) => g.doc_kind === kind);
    const models = [...known.cards.map((c) => c.name ?? ""), ...newCards.map((n) => n.name)].filter(Boolean);
    const system = slug(models[0] ?? external_node_path_default().basename(external_node_path_default().resolve(root)) ?? "ai-system");
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
    if (!has("incident-response"))
        plan.push({ path: "docs/ai/incident-response.md", what: "AI incident response", content: incidentResponseTemplate() });
    if (!has("monitoring-plan"))
        plan.push({ path: "docs/ai/monitoring-plan.md", what: "monitoring plan", content: monitoringPlanTemplate({ system }) });
    if (!config/* CONFIG_FILE_NAMES */.HR.some((n) => external_node_fs_default().existsSync(external_node_path_default().join(root, n)))) {
        const organization = cfg.organizationNames.length ? cfg.organizationNames : opts.owner ? [opts.owner] : [];
        plan.push({ path: ".aigis.yml", what: "aigis configuration", content: configTemplate({ organization }) });
    }
    const workflows = external_node_path_default().join(root, ".github", "workflows");
    // Only real directories and regular files are read: a linked .github is the repository pointing elsewhere.
    const hasWorkflow = isRealDir(external_node_path_default().join(root, ".github")) &&
        isRealDir(workflows) &&
        external_node_fs_default().readdirSync(workflows, { withFileTypes: true })
            .some((f) => f.isFile() && /\.ya?ml$/.test(f.name) && /uses:\s*['"]?[\w.-]+\/aigis@/.test(external_node_fs_default().readFileSync(external_node_path_default().join(workflows, f.name), "utf8")));
    if (!hasWorkflow)
        plan.push({ path: ".github/workflows/ai-governance.yml", what: "GitHub workflow running aigis", content: workflowTemplate() });
    return plan;
}
function knownFrom(artifacts) {
    const of = (kind) => artifacts.map((a) => a.artifact).filter((a) => a.kind === kind);
    return {
        cards: of("model_card"),
        datasets: of("dataset"),
        sboms: of("sbom"),
        governance: of("governance"),
    };
}
function isRealDir(p) {
    try {
        return external_node_fs_default().lstatSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Writes the plan; a file that exists (even one created meanwhile) is kept, never overwritten.
 * Every target is checked before anything is written: none may be, or lie under, a symbolic link
 * inside the directory (the repository's links never redirect a write).
 */
function init(root, opts = {}) {
    const dir = external_node_path_default().resolve(root);
    if (external_node_fs_default().existsSync(dir) && !external_node_fs_default().statSync(dir).isDirectory())
        throw new config/* ConfigError */.xL(`path ${root} is not a directory`);
    // The directory itself is the user's choice (even through a link); below it nothing is followed.
    external_node_fs_default().mkdirSync(dir, { recursive: true });
    const ws = (0,workspace/* workspaceAt */.xJ)(dir);
    const plan = planInit(dir, opts).map((file) => ({ file, abs: (0,write/* checkWriteTarget */.p7)(ws, external_node_path_default().join(dir, ...file.path.split("/")), "init target") }));
    const result = { created: [], kept: [] };
    for (const { file, abs } of plan) {
        (0,write/* makeDirs */.X2)(ws, external_node_path_default().dirname(abs), "init target");
        try {
            // O_EXCL: never overwrites, and never follows a link planted at the target.
            external_node_fs_default().writeFileSync(abs, file.content, { flag: "wx" });
            result.created.push(file);
        }
        catch (e) {
            if (e.code !== "EEXIST")
                throw e;
            result.kept.push(file);
        }
    }
    return result;
}
function renderInit(root, r) {
    const out = [`aigis init: ${r.created.length} file(s) created in ${root}`];
    const width = Math.max(0, ...[...r.created, ...r.kept].map((f) => f.path.length));
    for (const f of r.created)
        out.push(`  created  ${f.path.padEnd(width)}  ${f.what}`);
    for (const f of r.kept)
        out.push(`  kept     ${f.path.padEnd(width)}  already exists, left as it is`);
    if (r.created.length === 0)
        out.push("  nothing to scaffold: every artifact aigis looks for is already there.");
    out.push("", `Next: run \`aigis sbom ${root}\` to add the models and hosted providers the code uses to the AI SBOM,`);
    out.push(`replace the TODOs, then run \`aigis check ${root}\`: each finding points at a TODO still to fill.`);
    return out.join("\n") + "\n";
}


/***/ })

};
;