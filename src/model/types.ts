// Shared shapes of one aigis run. The PolicyInput part is the contract with the Rego rules and is
// described by schema/policy-input.schema.json; change both together and bump POLICY_INPUT_VERSION.

export const POLICY_INPUT_VERSION = 1;

export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Threshold = Severity | "none";

/** 1-based line and column in the artifact's file. */
export interface Position {
  line: number;
  column: number;
}

/** Normalized JSON pointer (into the normalized artifact) → where that value came from. */
export type SourceMap = Record<string, Position>;

export type ArtifactKind = "model_card" | "dataset" | "sbom" | "governance" | "agent_config" | "inventory";

export interface LicenseRef {
  /** SPDX id or expression when known, otherwise null. */
  spdx: string | null;
  /** The licence as written in the artifact. */
  name: string | null;
  url: string | null;
}

export interface HashRef {
  alg: string;
  value: string;
}

export interface ExternalRef {
  type: string;
  url: string;
}

/** A free-form name/value pair (CycloneDX `properties`). */
export interface NameValue {
  name: string;
  value: string;
}

/**
 * Something in a file that was read but does not conform to its format (schema violation,
 * missing required property, wrong type, dangling reference). Reported by AIGIS-IN-002 when the
 * format's reference validator would reject the file, by AIGIS-IN-004 when only the
 * specification's text asks for it (`spec_clause`); the source map holds its position under
 * `/problems/<index>`.
 */
export interface Problem {
  /** JSON pointer into the parsed source document (front matter for Markdown); "" for the whole file. */
  pointer: string;
  reason: string;
  /** The specification clause a requirement comes from that the reference validator does not enforce. */
  spec_clause?: string;
}

/**
 * A key written more than once in one mapping of the file. The artifact was read with the last
 * value, as the tools that produce and read these files do; AIGIS-IN-003 reports the repetition at
 * `/duplicate_keys/<index>` of the source map (the repeated occurrence).
 */
export interface DuplicateKey {
  /** JSON pointer of the key in the parsed source document (front matter for Markdown). */
  pointer: string;
  /** Line of the first occurrence, whose value was overridden. */
  first_line: number;
}

/** Fields every normalized artifact carries. */
export interface ArtifactBase {
  /** Unique in one run: the file path, plus `#<pointer>` for artifacts embedded in a larger document. */
  id: string;
  path: string;
  kind: ArtifactKind;
  format: string;
  format_version: string | null;
  /** Conformance problems found while reading; empty when the document is valid for its format. */
  problems: Problem[];
  /** Keys written twice in the file; empty when every key is unique. */
  duplicate_keys: DuplicateKey[];
}

/** Energy used in one activity of a model's life cycle (training, fine-tuning, inference…). */
export interface EnergyUse {
  activity: string;
  value: string;
  unit: string | null;
}

export interface ModelCard extends ArtifactBase {
  kind: "model_card";
  name: string | null;
  version: string | null;
  supplier: string | null;
  licenses: LicenseRef[];
  hashes: HashRef[];
  base_models: string[];
  /** The artifact itself says the model derives from another (fine-tune, adapter, merge, quantization). */
  derived: boolean;
  datasets: string[];
  intended_use: string | null;
  out_of_scope_use: string | null;
  limitations: string | null;
  training_data: string | null;
  evaluation: string | null;
  metrics: { type: string; value: string }[];
  environmental_impact: string | null;
  contact: string | null;
  /** Fields that this format has no place for; rules about them do not apply. */
  unsupported: string[];
  description: string | null;
  /** What the model does (HF pipeline_tag, CycloneDX task, SPDX ai_domain). */
  task: string | null;
  architecture: string | null;
  training_procedure: string | null;
  /** Datasets the model was evaluated on, when the format tells them apart from training data. */
  test_datasets: string[];
  /** People or organisations accountable for the model (owners, authors, originators). */
  owners: string[];
  energy: EnergyUse[];
  /** A risk level (SPDX ai_safetyRiskAssessment) or a link to a risk assessment. */
  risk_assessment: string | null;
  /** SPDX PresenceType: "yes" = no human in the loop, "no" = a human is involved, "noAssertion". */
  autonomy_type: string | null;
  human_oversight: string | null;
  /** Statement about personal or sensitive data used by the model; null when silent. */
  sensitive_data: string | null;
  /** Standards the model claims to comply with. */
  standards: string[];
}

export interface DatasetRecord extends ArtifactBase {
  kind: "dataset";
  name: string | null;
  version: string | null;
  supplier: string | null;
  licenses: LicenseRef[];
  hashes: HashRef[];
  origin: string | null;
  collection: string | null;
  processing: string | null;
  source_datasets: string[];
  /** Statement about personal or sensitive data (presence or absence); null when silent. */
  sensitive_data: string | null;
  intended_use: string | null;
  limitations: string | null;
  /** Every party accountable for the data (owners first, then stewards and custodians when the format separates them). */
  owners: string[];
  unsupported: string[];
  description: string | null;
  bias: string | null;
  /** Classification or confidentiality label of the data (CycloneDX classification, SPDX confidentialityLevel). */
  classification: string | null;
  anonymization: string | null;
  annotation: string | null;
  /** How the data was obtained, as codes or short labels (DPS generation-method, Croissant dataCollectionType). */
  collection_methods: string[];
  /** When the data was created or collected, as the record writes it (DPS provenance.date); null when the format has no such field. */
  collection_date: string | null;
  maintenance: string | null;
  out_of_scope_use: string | null;
  contact: string | null;
  stewards: string[];
  custodians: string[];
  /** Downloadable files or locations of the data, each with its integrity hashes. */
  distributions: DatasetDistribution[];
}

export interface DatasetDistribution {
  name: string | null;
  url: string | null;
  hashes: HashRef[];
}

export interface SbomComponent {
  pointer: string;
  ref: string | null;
  type: string;
  name: string | null;
  version: string | null;
  supplier: string | null;
  purl: string | null;
  licenses: LicenseRef[];
  hashes: HashRef[];
  external_references: ExternalRef[];
  has_model_card: boolean;
  ancestors: string[];
  properties: NameValue[];
  /** Refs (bom-ref / spdxId) this component depends on. */
  depends_on: string[];
}

export interface SbomService {
  pointer: string;
  ref: string | null;
  name: string | null;
  provider: string | null;
  endpoints: string[];
  authenticated: boolean | null;
  trust_boundary: boolean | null;
  data_flows: DataFlow[];
  /** Why the reader took this service for a hosted AI API (empty when it did not). */
  ai_signals: string[];
  trust_zone: string | null;
  external_references: ExternalRef[];
  properties: NameValue[];
}

export interface DataFlow {
  flow: string | null;
  classification: string | null;
  /** Where the data comes from and goes to (URIs or BOM links), when declared. */
  source: string[];
  destination: string[];
}

/** A typed link between two elements of an SBOM (SPDX relationship, CycloneDX dependency). */
export interface SbomRelationship {
  from: string;
  type: string;
  to: string[];
}

export interface AiSbom extends ArtifactBase {
  kind: "sbom";
  spec: "cyclonedx" | "spdx";
  name: string | null;
  timestamp: string | null;
  components: SbomComponent[];
  services: SbomService[];
  /** Who produced the SBOM or the product it describes. */
  supplier: string | null;
  relationships: SbomRelationship[];
  external_references: ExternalRef[];
  properties: NameValue[];
  unsupported: string[];
}

export interface GovernanceDoc extends ArtifactBase {
  kind: "governance";
  /** ai-policy, impact-assessment, incident-response, system-register, … (front matter `aigis.kind` or the file name). */
  doc_kind: string | null;
  title: string | null;
  /** Section text by normalized heading; `/sections/<key>` in the source map locates the heading. */
  sections: Record<string, string>;
  owner: string | null;
  approved_by: string | null;
  /** ISO dates as written. */
  approved_on: string | null;
  review_by: string | null;
  last_reviewed: string | null;
  /** draft | approved | retired, as written. */
  status: string | null;
  version: string | null;
  contact: string | null;
  concerns_contact: string | null;
  /** Ids of the AI systems a per-system document covers. */
  systems_covered: string[];
  notify: string[];
  objectives: { name: string | null; metric: string | null; target: string | null }[];
  /** Entries of an AI system register. */
  systems: RegisteredSystem[];
  suppliers: RegisteredSupplier[];
}

export interface RegisteredSystem {
  pointer: string;
  id: string | null;
  name: string | null;
  purpose: string | null;
  lifecycle: string | null;
  /** Owning team or role. */
  owner: string | null;
  owner_contact: string | null;
  risk_tier: string | null;
  user_facing: boolean | null;
  eu_market: boolean | null;
  autonomy: string | null;
  human_oversight: string | null;
  models: string[];
  datasets: string[];
  services: string[];
  standards: string[];
  impact_assessment: string | null;
  monitoring: string | null;
  fallback: string | null;
  transparency_notice: string | null;
  logging_retention_days: number | null;
}

export interface RegisteredSupplier {
  pointer: string;
  name: string | null;
  owner: string | null;
  assessment: string | null;
  assessed_on: string | null;
}

/**
 * A credential written into an agent file. Its value is never kept anywhere: only where it is, what
 * kind of credential it looks like and a masked form (`sk-p…` for known token formats, `****` else).
 */
export interface DetectedSecret {
  /** `/secrets/<i>`; the source map places it at the value. */
  pointer: string;
  /** Where it was written, as a key path (`mcpServers.github.env.GITHUB_TOKEN`) or `text`. */
  field: string;
  /** openai-key, anthropic-key, github-token, slack-token, aws-access-key, google-api-key, huggingface-token, jwt, bearer-token, basic-auth, connection-string-password, url-credential, private-key, credential. */
  kind: string;
  masked: string;
}

/** Invisible or direction-changing characters on one line: listed as code points, never decoded. */
export interface HiddenUnicode {
  /** `/hidden_unicode/<i>`; the source map places it at the line. */
  pointer: string;
  field: string;
  /** Distinct code points in order of appearance, as `U+200B`. */
  code_points: string[];
  count: number;
}

/** A name/value setting of an MCP server (environment variable or HTTP header); secret values masked. */
export interface AgentSetting {
  name: string;
  value: string;
  /** The value only refers to a variable or input (`${VAR}`, `${input:id}`, `$VAR`, `os.environ/VAR`). */
  reference: boolean;
}

/** One MCP server as a client starts or reaches it. `pointer` is `/servers/<i>`. */
export interface McpServer {
  pointer: string;
  name: string;
  /** stdio | http | sse | streamable-http | unknown */
  transport: string;
  command: string | null;
  /** Arguments after the command (a command line written as one string is split). */
  args: string[];
  /** How the server code is fetched and started: npx, bunx, pnpm-dlx, yarn-dlx, npm-exec, uvx, pipx, go-run, docker, podman, download-pipe, local. */
  runner: string | null;
  /** Package or image name without version, tag or digest. */
  package: string | null;
  /** Version, range or tag as written. */
  version: string | null;
  /** exact | digest | commit | tag | range | floating | none (null when nothing is fetched). */
  pin: string | null;
  /** Index in `args` of the package or image; -1 when there is none. */
  package_arg: number;
  url: string | null;
  headers: AgentSetting[];
  env: AgentSetting[];
  /** How the client authenticates: names of credential headers or env settings, `oauth`, `url-credential`. */
  auth: string[];
  /** Tools the client runs without asking (Cline autoApprove, Roo/Kilo alwaysAllow; `*` for all, e.g. Gemini trust). */
  auto_approve: string[];
  disabled: boolean;
}

/** Client-wide approval settings (Claude Code settings, VS Code chat settings). */
export interface AgentPermissions {
  default_mode: string | null;
  allow: string[];
  ask: string[];
  deny: string[];
  enable_all_project_servers: boolean | null;
  /** VS Code `chat.tools.autoApprove` / `chat.tools.global.autoApprove`. */
  auto_approve_all: boolean | null;
  /** Terminal command patterns VS Code runs without asking. */
  terminal_auto_approve: string[];
}

export interface PromptLine {
  /** `/prompt/lines/<i>`; the source map places it at its line. */
  pointer: string;
  /** system | user | assistant | developer when the format says, else null. */
  role: string | null;
  text: string;
  /** Inside a fenced code block of a Markdown prompt. */
  code: boolean;
}

export interface PromptVariable {
  pointer: string;
  name: string;
  /** Index in `lines` of the line that holds it. */
  line: number;
  /** Enclosed in quotes, a tag pair, a fenced block or delimiter lines. */
  delimited: boolean;
}

export interface PromptSpec {
  name: string | null;
  model: string | null;
  /** The answer is constrained to JSON (a response format), so pasted input cannot make it free text. */
  json_output: boolean;
  lines: PromptLine[];
  variables: PromptVariable[];
}

export interface GatewayModel {
  pointer: string;
  name: string | null;
  model: string | null;
  api_base: string | null;
  /** Limits set on this deployment: rpm, tpm, max_parallel_requests, max_budget. */
  limits: string[];
}

export interface GatewayLimit {
  pointer: string;
  /** Setting path, e.g. litellm_settings.max_budget. */
  name: string;
}

export interface GatewayAlias {
  pointer: string;
  alias: string;
  target: string;
}

export interface GatewayGuardrail {
  pointer: string;
  name: string | null;
  guardrail: string | null;
  /** pre_call, during_call, post_call, logging_only… */
  modes: string[];
}

export interface GatewaySpec {
  models: GatewayModel[];
  limits: GatewayLimit[];
  aliases: GatewayAlias[];
  guardrails: GatewayGuardrail[];
  callbacks: string[];
}

/**
 * Agent and LLM-application configuration: MCP client settings, prompt and instruction files, LLM
 * gateway configs. One kind, so rules that span them (secrets, hidden Unicode, oversight) are written
 * once; the parts that do not apply to a format stay empty.
 */
export interface AgentConfig extends ArtifactBase {
  kind: "agent_config";
  format: "mcp" | "prompt" | "gateway";
  /** The file shape: claude-code, vscode, cursor, claude-desktop, cline, roo, kilo, gemini, claude-settings, vscode-settings, mcp-json, github-models, prompt-md, prompty, instructions, cursor-rules, prompt-text, litellm. */
  dialect: string;
  name: string | null;
  servers: McpServer[];
  permissions: AgentPermissions;
  prompt: PromptSpec;
  gateway: GatewaySpec;
  secrets: DetectedSecret[];
  hidden_unicode: HiddenUnicode[];
}

/**
 * One observed use of AI (src/inventory): a catalogued dependency, a model or provider model named
 * in code, a weights file, an Ollama model or serving image, the name of an AI credential.
 */
export interface InventoryUse {
  /** `/uses/<i>`; the source map places it at the evidence. */
  pointer: string;
  /** package | model | weights | serving-image | credential */
  type: string;
  /** Package name, model id, weights path, image, or credential variable name (never its value). */
  name: string;
  version: string | null;
  /** Hosted provider key (src/inventory/catalogue.ts PROVIDERS) when data goes to a hosted API. */
  provider: string | null;
  /** huggingface | ollama | a provider key for provider models; null for packages and files. */
  hub: string | null;
  /** Catalogue category of a package (provider-sdk, framework, runtime), else null. */
  category: string | null;
  /** Hugging Face revision the load pins, when the use is a Hub model loaded from code. */
  revision: string | null;
  hashes: HashRef[];
  /** What was seen, e.g. `requirements.txt dependency`, `from_pretrained(...)`, `Git LFS pointer`. */
  evidence: string;
  line: number;
  column: number;
}

/** The observed AI uses found in one file. */
export interface InventoryRecord extends ArtifactBase {
  kind: "inventory";
  /** manifest | code | container | weights | env */
  format: string;
  uses: InventoryUse[];
}

export type Artifact = ModelCard | DatasetRecord | AiSbom | GovernanceDoc | AgentConfig | InventoryRecord;

/** A file that was meant to be read but could not be: it becomes a finding of the input rules. */
export interface ReadError {
  path: string;
  line: number;
  column: number;
  reason: string;
}

export interface PolicyInput {
  schema_version: number;
  artifacts: {
    model_cards: ModelCard[];
    datasets: DatasetRecord[];
    sboms: AiSbom[];
    governance: GovernanceDoc[];
    /** Optional while hosts that predate agent configs build PolicyInput; rules read it with a default. */
    agent_configs: AgentConfig[];
    /** Observed AI uses, one record per file (optional for hosts that predate it). */
    inventory?: InventoryRecord[];
  };
  errors: ReadError[];
  repository: { files_scanned: number };
  config: { params: Record<string, unknown> };
}

/** What a run keeps of an artifact to list it and place its findings (src/run.ts `scan`). */
export type ArtifactHead = Pick<Artifact, "id" | "path" | "kind" | "format" | "format_version"> & { name?: string | null };

/**
 * An artifact once its normalized form has gone to the policy input: its head, source map and
 * inline waivers. A ReadArtifact is one too, so everything downstream takes either.
 */
export interface ScannedArtifact {
  artifact: ArtifactHead;
  /** The source map, or packed as UTF-8 JSON (src/report/locate.ts) until a finding needs it. */
  positions: SourceMap | Uint8Array;
  waivers?: InlineWaiver[];
}

/** What the reader hands on: the normalized artifact, its raw document and its source map. */
export interface ReadArtifact {
  artifact: Artifact;
  raw: unknown;
  positions: SourceMap;
  /** Waivers written inside the artifact (not part of PolicyInput); the report layer applies them. */
  waivers?: InlineWaiver[];
}

export interface ReadResult {
  artifacts: ReadArtifact[];
  errors: ReadError[];
  /** Files recognised but deliberately not judged (a card template), listed in the report with the reason. */
  notJudged?: { path: string; reason: string }[];
}

/** One rule's metadata, taken from its `# METADATA` block at build time. */
export interface RuleMeta {
  id: string;
  package: string;
  title: string;
  description: string;
  /** In a report: the severity this run applied (the configuration's override, else METADATA's). */
  severity: Severity;
  /** In a report, on a rule whose severity the configuration changed: its METADATA severity. */
  default_severity?: Severity;
  controls: string[];
  /** Cited controls that a published crosswalk backs; the rest are the project's judgement. */
  crosswalk_backed?: string[];
  effort?: "small" | "medium" | "large";
  remediation: string;
  example?: string;
  related_resources: string[];
  applies_to: ArtifactKind[] | string[];
  heuristic?: boolean;
  /** "none" on a rule that only reports gaps (its silence is never evidence); evidence_reason says why. */
  evidence?: "none";
  evidence_reason?: string;
  /** Set on rules from `custom-policies` (the team's own Rego), absent on built-in rules. */
  custom?: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  title: string;
  message: string;
  artifact: string;
  path: string;
  line: number;
  column: number;
  pointer: string;
  controls: string[];
  remediation: string;
  fingerprint: string;
}

/**
 * A waiver written inside an artifact: `aigis: waivers:` in front matter or an `aigis:waive`
 * CycloneDX property (src/parse/waiver-syntax.ts). Fields are as written; src/report/waivers.ts
 * validates them with the same rules as the configuration file's waivers.
 */
export interface InlineWaiver {
  rule: string | null;
  reason: string | null;
  owner: string | null;
  expires: string | null;
  /** JSON pointer of the CycloneDX component it covers; null for the whole file. */
  scope: string | null;
  line: number;
  column: number;
  /** Why it could not be read as a waiver, when it could not. */
  problem?: string;
}

/** A waiver from the configuration file. */
export interface ConfigWaiver {
  rule: string;
  path: string;
  reason: string;
  owner: string;
  expires: string;
  /** `file:line` of the entry, shown beside every finding it suppresses. */
  source: string;
}

export interface Loosening {
  /** The configuration key, e.g. `fail-on`, `rules.AIGIS-MC-001`, `waivers`. */
  setting: string;
  /** What changed, in words, base value first. */
  change: string;
}

/** What the summary and the comment say about the configuration (Report.config_review). */
export interface ConfigReview {
  /** Which file the gate ran with: the base branch's, the pull request's, or the built-in defaults. */
  source: "base" | "head" | "defaults";
  /** Why, when it is not what the workflow asked for (the base could not be read, …). */
  note: string | null;
  /** What the pull request's configuration loosens compared with the base branch's. */
  loosenings: Loosening[];
  /** Rules the configuration in effect turns off. */
  disabled_rules: string[];
  /** Readers forced on files, in the configuration in effect. */
  forced_formats: { path: string; format: string }[];
}

/** A file or directory discovery could not take, and why. */
export interface Skipped {
  path: string;
  reason: string;
}
