// The shape of the control catalog (catalog/controls.json, shipped as dist/policy/catalog.json):
// the engine loads it, the report indexes it.

export interface Control {
  id: string;
  key: string;
  title: string;
  summary: string;
  url: string;
  kind: string;
  group: string | null;
  scored: boolean;
  evidence: "yes" | "partly" | "no";
  /** True when `title` is aigis's short label, not the framework's own title (NIST subcategories have none). */
  title_is_label?: boolean;
  audit_note?: string;
}

export interface Framework {
  id: string;
  prefix: string;
  name: string;
  short_name: string;
  edition: string;
  url: string;
  readiness_scope: string;
  controls: Control[];
}

export interface Crosswalk {
  id: string;
  from: string;
  to: string;
  authority: string;
  pairs: [string, string][];
}

export interface Catalog {
  version: number;
  frameworks: Framework[];
  crosswalks: Crosswalk[];
}
