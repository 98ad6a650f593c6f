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

export type ArtifactKind = "model_card" | "dataset" | "sbom" | "governance";

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

/** Fields every normalized artifact carries. */
export interface ArtifactBase {
  /** Unique in one run: the file path, plus `#<pointer>` for artifacts embedded in a larger document. */
  id: string;
  path: string;
  kind: ArtifactKind;
  format: string;
  format_version: string | null;
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
  owners: string[];
  unsupported: string[];
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
  external_references: { type: string; url: string }[];
  has_model_card: boolean;
  ancestors: string[];
}

export interface SbomService {
  pointer: string;
  ref: string | null;
  name: string | null;
  provider: string | null;
  endpoints: string[];
  authenticated: boolean | null;
  trust_boundary: boolean | null;
  data_flows: { flow: string | null; classification: string | null }[];
  /** Why the reader took this service for a hosted AI API (empty when it did not). */
  ai_signals: string[];
}

export interface AiSbom extends ArtifactBase {
  kind: "sbom";
  spec: "cyclonedx" | "spdx";
  name: string | null;
  timestamp: string | null;
  components: SbomComponent[];
  services: SbomService[];
}

export interface GovernanceDoc extends ArtifactBase {
  kind: "governance";
  doc_kind: string | null;
  title: string | null;
  sections: Record<string, string>;
}

export type Artifact = ModelCard | DatasetRecord | AiSbom | GovernanceDoc;

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
  };
  errors: ReadError[];
  repository: { files_scanned: number };
  config: { params: Record<string, unknown> };
}

/** What the reader hands on: the normalized artifact, its raw document and its source map. */
export interface ReadArtifact {
  artifact: Artifact;
  raw: unknown;
  positions: SourceMap;
}

export interface ReadResult {
  artifacts: ReadArtifact[];
  errors: ReadError[];
}

/** One rule's metadata, taken from its `# METADATA` block at build time. */
export interface RuleMeta {
  id: string;
  package: string;
  title: string;
  description: string;
  severity: Severity;
  controls: string[];
  /** Cited controls that a published crosswalk backs; the rest are the project's judgement. */
  crosswalk_backed?: string[];
  effort?: "small" | "medium" | "large";
  remediation: string;
  example?: string;
  related_resources: string[];
  applies_to: ArtifactKind[] | string[];
  heuristic?: boolean;
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
