// The aigis conventions for governance evidence (docs/formats.md, governance documents): an
// `aigis:` front-matter block on Markdown documents and the AI system register's `systems` and
// `suppliers`. Both Markdown documents and the YAML register read them here.
import path from "node:path";
import type { GovernanceDoc, RegisteredSupplier, RegisteredSystem } from "../../../model/types.js";
import { pointerJoin } from "../../../parse/positions.js";
import type { ProblemList } from "../../../parse/problems.js";
import { anyOf, arr, checkShape, obj, type Shape } from "../../../parse/shape-check.js";
import type { SourceMapBuilder } from "../../../parse/source-map.js";
import { arrayOf, dictAt, isDict, str, strings, type Dict, type Path } from "../../../parse/values.js";

export const GOVERNANCE_KINDS = [
  "ai-policy",
  "impact-assessment",
  "incident-response",
  "acceptable-use",
  "responsible-ai",
  "monitoring-plan",
  "transparency-notice",
  "supplier-assessment",
  "eu-declaration-of-conformity",
  "system-register",
  "roles",
];
/** aigis kinds that name other artifacts, not governance documents. */
export const NON_GOVERNANCE_KINDS = ["model-card", "dataset-card"];
const STATUSES = ["draft", "approved", "retired"];
const LIFECYCLES = ["design", "development", "production", "retired"];
const ISO_DATE = /^\d{4}-\d\d-\d\d([T ][\d:.]+(Z|[+-]\d\d:?\d\d)?)?$/;

// Default file names (and, under an `ai` or `governance` folder, folder names) per document kind.
const NAME_KINDS: [RegExp, string][] = [
  [/^(ai|artificial[-_ ]intelligence)[-_ ]?policy\.(md|markdown)$/i, "ai-policy"],
  [/(^|[-_])(ai[-_])?(system[-_])?impact[-_]assessment([-_.][^/]*)?\.(md|markdown)$/i, "impact-assessment"],
  [/^(ai[-_])?incident[-_]response([-_.][^/]*)?\.(md|markdown)$/i, "incident-response"],
  [/^(ai[-_])?acceptable[-_]use([-_.][^/]*)?\.(md|markdown)$/i, "acceptable-use"],
  [/^responsible[-_]ai([-_.][^/]*)?\.(md|markdown)$/i, "responsible-ai"],
  [/^(ai[-_])?monitoring[-_]plan([-_.][^/]*)?\.(md|markdown)$/i, "monitoring-plan"],
  [/^(ai[-_])?transparency[-_]notice([-_.][^/]*)?\.(md|markdown)$/i, "transparency-notice"],
  [/^(ai[-_])?supplier[-_]assessment([-_.][^/]*)?\.(md|markdown)$/i, "supplier-assessment"],
  [/^(ai[-_](roles|raci)|raci)\.(md|markdown)$/i, "roles"],
  [/^ai[-_]systems?([-_]register)?\.(md|markdown|ya?ml)$/i, "system-register"],
];
const FOLDER_KINDS: Record<string, string> = {
  impact: "impact-assessment",
  "impact-assessments": "impact-assessment",
  monitoring: "monitoring-plan",
  notices: "transparency-notice",
  "transparency-notices": "transparency-notice",
  suppliers: "supplier-assessment",
  "supplier-assessments": "supplier-assessment",
  incidents: "incident-response",
};

/** The document kind a path implies, or null. Folder names count only below an ai/ or governance/ folder. */
export function governanceKindFromPath(relPath: string): string | null {
  const name = path.posix.basename(relPath);
  for (const [re, kind] of NAME_KINDS) if (re.test(name)) return kind;
  const dirs = path.posix.dirname(relPath).split("/");
  const parent = dirs[dirs.length - 1]?.toLowerCase() ?? "";
  const underAi = dirs.slice(0, -1).some((d) => /^(ai|ai[-_]governance|governance)$/i.test(d));
  if (underAi && FOLDER_KINDS[parent] && /\.(md|markdown)$/i.test(name) && !/^readme\./i.test(name)) return FOLDER_KINDS[parent]!;
  return null;
}

// Responsible-AI transparency notes keep their own names (RAI_TRANSPARENCY.md, TRANSPARENCY_FAQ.md).
const TRANSPARENCY_NAMES = /^(rai[-_]?transparency([-_](note|faq))?|transparency[-_](faq|note))\.(md|markdown)$/i;

// Titles that name a governance document outright. Only the first-level title counts, and only a
// title that is the document's name: a README that mentions a policy is not one.
const TITLE_KINDS: [RegExp, string][] = [
  [/^(responsible ai |rai )?transparency (note|faq)\b/i, "transparency-notice"],
  [/^(responsible ai|rai)[: -]+transparency\b/i, "transparency-notice"],
  [/^(an? |our |the )?(ai|artificial intelligence) (use )?policy$/i, "ai-policy"],
  [/^(ai|algorithmic) (system )?impact assessment\b/i, "impact-assessment"],
  [/^ai incident response( plan| policy| playbook)?$/i, "incident-response"],
  [/^responsible ai (report|statement|standard)\b/i, "responsible-ai"],
];

/** The kind a document's name or its first-level title gives it, or null. */
export function governanceKindFromContent(relPath: string, text: string): string | null {
  if (TRANSPARENCY_NAMES.test(path.posix.basename(relPath))) return "transparency-notice";
  const h1 = /^\s{0,3}#\s+(.+?)\s*#*\s*$/m.exec(text)?.[1]?.replace(/[*_`]/g, "").trim();
  if (!h1) return null;
  for (const [re, kind] of TITLE_KINDS) if (re.test(h1)) return kind;
  return null;
}

const text = "string" as const;
const textOrNumber = anyOf("string", "number");
const META_SHAPE: Shape = obj({
  kind: text,
  owner: textOrNumber,
  approved_by: text,
  approved_on: text,
  review_by: text,
  last_reviewed: text,
  status: text,
  version: textOrNumber,
  contact: text,
  concerns_contact: text,
  notify: arr(text),
  systems: arr(anyOf(text, obj({}))),
  objectives: arr(obj({ name: text, metric: text, target: textOrNumber })),
});
const SYSTEM_SHAPE: Shape = obj({
  id: textOrNumber,
  name: text,
  purpose: text,
  lifecycle: text,
  owner: anyOf(text, obj({ team: text, role: text, contact: text })),
  risk_tier: text,
  user_facing: "boolean",
  eu_market: "boolean",
  autonomy: text,
  human_oversight: text,
  models: arr(text),
  datasets: arr(text),
  services: arr(text),
  standards: arr(text),
  impact_assessment: text,
  monitoring: text,
  fallback: text,
  transparency_notice: text,
  logging: obj({ retention_days: "number" }),
});
const SUPPLIER_SHAPE: Shape = obj({ name: text, owner: text, assessment: text, assessed_on: text });

type MetaFields = Pick<
  GovernanceDoc,
  | "owner"
  | "approved_by"
  | "approved_on"
  | "review_by"
  | "last_reviewed"
  | "status"
  | "version"
  | "contact"
  | "concerns_contact"
  | "systems_covered"
  | "notify"
  | "objectives"
  | "systems"
>;

/**
 * Reads the governance metadata of a front matter or register: the `aigis:` block, falling back
 * to the same keys at the top level (teams write both). `base` is where `value` sits in `sm`'s document.
 */
export function readMeta(value: Dict, base: Path, sm: SourceMapBuilder, problems: ProblemList): MetaFields {
  const block = isDict(value["aigis"]) ? value["aigis"] : null;
  if (value["aigis"] !== undefined && !block) problems.add([...base, "aigis"], "aigis must be a mapping (kind, owner, approved_by, …)");
  if (block) checkShape(block, META_SHAPE, [...base, "aigis"], problems, "the aigis front-matter convention");
  const get = (key: string): { v: unknown; at: Path } | null => {
    if (block && block[key] !== undefined) return { v: block[key], at: [...base, "aigis", key] };
    if (value[key] !== undefined) return { v: value[key], at: [...base, key] };
    return null;
  };
  // A missing key is reported at the aigis block, the nearest place where it belongs.
  const blockAt = block ? [...base, "aigis"] : base;
  const field = (key: string, normalized = key): string | null => {
    const hit = get(key);
    if (!sm.map(`/${normalized}`, hit ? hit.at : blockAt)) sm.set(`/${normalized}`, sm.positions[""]);
    return hit ? str(hit.v) : null;
  };
  const meta = {
    owner: field("owner"),
    approved_by: field("approved_by"),
    approved_on: field("approved_on"),
    review_by: field("review_by"),
    last_reviewed: field("last_reviewed"),
    status: field("status"),
    version: field("version"),
    contact: field("contact"),
    concerns_contact: field("concerns_contact"),
  };
  for (const key of ["approved_on", "review_by", "last_reviewed"] as const) {
    const v = meta[key];
    if (v && !ISO_DATE.test(v)) problems.add(get(key)!.at, `${key} must be an ISO date (YYYY-MM-DD)`);
  }
  if (meta.status && !STATUSES.includes(meta.status)) problems.add(get("status")!.at, `status must be one of ${STATUSES.join(", ")}`);
  const kind = block ? str(block["kind"]) : null;
  if (kind && !GOVERNANCE_KINDS.includes(kind))
    problems.add([...base, "aigis", "kind"], `unknown aigis kind "${kind}" (known: ${GOVERNANCE_KINDS.join(", ")})`);

  const systems = get("systems");
  const notify = get("notify");
  const objectives = get("objectives");
  sm.map("/notify", notify ? notify.at : blockAt);
  sm.map("/objectives", objectives ? objectives.at : blockAt);
  sm.map("/systems_covered", systems ? systems.at : blockAt);
  // Added to meta rather than spread into a new literal: V8 adds fields after a spread through a slow path.
  return Object.assign(meta, {
    // Per-system documents list system ids; a register lists the systems themselves.
    systems_covered: arrayOf(systems?.v).flatMap((s) => (isDict(s) ? [] : strings(s))),
    notify: strings(notify?.v),
    objectives: arrayOf(objectives?.v).flatMap((o) => (isDict(o) ? [{ name: str(o["name"]), metric: str(o["metric"]), target: str(o["target"]) }] : [])),
    systems: systems && arrayOf(systems.v).some(isDict) ? readSystems(systems.v, systems.at, sm, problems) : [],
  });
}

export function readSystems(list: unknown, at: Path, sm: SourceMapBuilder, problems: ProblemList): RegisteredSystem[] {
  const out: RegisteredSystem[] = [];
  const seen = new Set<string>();
  arrayOf(list).forEach((item, i) => {
    const itemAt = [...at, i];
    if (!isDict(item)) return problems.add(itemAt, "each system must be a mapping (id, name, purpose, lifecycle, owner, …)");
    checkShape(item, SYSTEM_SHAPE, itemAt, problems, "the aigis system register");
    const pointer = pointerJoin("", "systems", out.length);
    sm.map(pointer, itemAt);
    const owner = item["owner"];
    const ownerDict = isDict(owner) ? owner : {};
    const loc = (field: string, ...raw: Path[]) => sm.map(`${pointer}/${field}`, ...raw.map((r) => [...itemAt, ...r]));
    for (const key of [
      "id",
      "name",
      "purpose",
      "lifecycle",
      "risk_tier",
      "user_facing",
      "eu_market",
      "autonomy",
      "human_oversight",
      "models",
      "datasets",
      "services",
      "standards",
      "impact_assessment",
      "monitoring",
      "fallback",
      "transparency_notice",
    ])
      loc(key, [key]);
    loc("owner", ["owner", "team"], ["owner", "role"], ["owner"]);
    loc("owner_contact", ["owner", "contact"], ["owner"]);
    loc("logging_retention_days", ["logging", "retention_days"], ["logging"]);
    const id = str(item["id"]);
    if (id && seen.has(id)) problems.add([...itemAt, "id"], `system id "${id}" is used more than once`);
    if (id) seen.add(id);
    const lifecycle = str(item["lifecycle"]);
    if (lifecycle && !LIFECYCLES.includes(lifecycle)) problems.add([...itemAt, "lifecycle"], `lifecycle must be one of ${LIFECYCLES.join(", ")}`);
    const retention = dictAt(item, "logging")["retention_days"];
    out.push({
      pointer,
      id,
      name: str(item["name"]),
      purpose: str(item["purpose"]),
      lifecycle,
      owner: isDict(owner) ? (str(ownerDict["team"]) ?? str(ownerDict["role"]) ?? str(ownerDict["name"])) : str(owner),
      owner_contact: str(ownerDict["contact"]),
      risk_tier: str(item["risk_tier"]),
      user_facing: typeof item["user_facing"] === "boolean" ? item["user_facing"] : null,
      eu_market: typeof item["eu_market"] === "boolean" ? item["eu_market"] : null,
      autonomy: str(item["autonomy"]),
      human_oversight: str(item["human_oversight"]),
      models: strings(item["models"]),
      datasets: strings(item["datasets"]),
      services: strings(item["services"]),
      standards: strings(item["standards"]),
      impact_assessment: str(item["impact_assessment"]),
      monitoring: str(item["monitoring"]),
      fallback: str(item["fallback"]),
      transparency_notice: str(item["transparency_notice"]),
      logging_retention_days: typeof retention === "number" ? retention : null,
    });
  });
  return out;
}

export function readSuppliers(list: unknown, at: Path, sm: SourceMapBuilder, problems: ProblemList): RegisteredSupplier[] {
  const out: RegisteredSupplier[] = [];
  arrayOf(list).forEach((item, i) => {
    const itemAt = [...at, i];
    if (!isDict(item)) return problems.add(itemAt, "each supplier must be a mapping (name, owner, assessment, assessed_on)");
    checkShape(item, SUPPLIER_SHAPE, itemAt, problems, "the aigis system register");
    const pointer = pointerJoin("", "suppliers", out.length);
    sm.map(pointer, itemAt);
    for (const key of ["name", "owner", "assessment", "assessed_on"]) sm.map(`${pointer}/${key}`, [...itemAt, key]);
    const assessedOn = str(item["assessed_on"]);
    if (assessedOn && !ISO_DATE.test(assessedOn)) problems.add([...itemAt, "assessed_on"], "assessed_on must be an ISO date (YYYY-MM-DD)");
    out.push({ pointer, name: str(item["name"]), owner: str(item["owner"]), assessment: str(item["assessment"]), assessed_on: assessedOn });
  });
  return out;
}
