// LLM gateway configuration in the LiteLLM proxy `config.yaml` shape: the model deployments it
// routes to, the spend and rate limits it enforces, its model aliases, guardrails and callbacks.
import type { GatewayGuardrail, ReadArtifact, SourceMap } from "../../../model/types.js";
import { ArtifactError } from "../../../parse/errors.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { arrayOf, dictAt, isDict, listOf, str, type Dict, type Path } from "../../../parse/values.js";
import { ARTIFACT_YAML, parseYaml, type ParsedDoc } from "../../../parse/yaml-doc.js";
import { AgentScan, clean } from "./scan.js";
import { blankAgentConfig } from "./shape.js";

const SECTIONS = ["litellm_settings", "general_settings", "router_settings"];

export function looksLikeLiteLlm(v: unknown): boolean {
  if (!isDict(v)) return false;
  const models = v["model_list"];
  if (Array.isArray(models) && models.some((m) => isDict(m) && isDict(m["litellm_params"]))) return true;
  return SECTIONS.some((s) => isDict(v[s])) && (v["model_list"] !== undefined || SECTIONS.filter((s) => isDict(v[s])).length >= 2);
}

// Settings that cap spend, rate or concurrency for the whole proxy (or every key it issues).
const GLOBAL_LIMITS: Path[] = [
  ["litellm_settings", "max_budget"],
  ["litellm_settings", "max_parallel_requests"],
  ["litellm_settings", "max_end_user_budget"],
  ["litellm_settings", "max_internal_user_budget"],
  ["litellm_settings", "default_max_internal_user_budget"],
  ...["max_budget", "rpm_limit", "tpm_limit", "max_parallel_requests"].flatMap((k): Path[] => [
    ["litellm_settings", "upperbound_key_generate_params", k],
    ["litellm_settings", "default_key_generate_params", k],
  ]),
  ["general_settings", "max_parallel_requests"],
  ["general_settings", "global_max_parallel_requests"],
  ["router_settings", "provider_budget_config"],
  ["router_settings", "default_max_parallel_requests"],
];
const DEPLOYMENT_LIMITS = ["rpm", "tpm", "max_parallel_requests", "max_budget"];
/** Past this many deployments the file is generated or hostile; the rest are not read. */
export const MAX_MODELS = 500;

function at(v: unknown, path: Path): unknown {
  return path.reduce<unknown>((x, k) => (isDict(x) ? x[String(k)] : Array.isArray(x) && typeof k === "number" ? x[k] : undefined), v);
}

/** A limit counts when it is set to something: a positive number, a reference or a non-empty object. */
function setValue(v: unknown): boolean {
  if (typeof v === "number") return v > 0;
  if (typeof v === "string") return v.trim() !== "" && v.trim() !== "0";
  return isDict(v) ? Object.keys(v).length > 0 : false;
}

function text(v: unknown): string | null {
  const s = str(v);
  return s === null ? null : clean(s);
}

export function readGateway(relPath: string, source: string, doc: ParsedDoc = parseYaml(source, 1, ARTIFACT_YAML)): ReadArtifact {
  if (!isDict(doc.value)) throw new ArtifactError("a LiteLLM proxy config must be a YAML mapping (model_list, litellm_settings, …)");
  const scan = new AgentScan(source);
  const masked = scan.scanDocument(doc) as Dict;
  scan.scanLines("a comment");
  const problems = new ProblemList(doc);
  const cfg = blankAgentConfig(relPath, "gateway", "litellm");
  const pos = scan.positions;
  const gw = cfg.gateway;
  const root = doc.locate(["model_list"]) ?? SECTIONS.map((s) => doc.locate([s])).find(Boolean) ?? { line: 1, column: 1 };
  pos[""] = root;
  pos["/gateway"] = root;

  if (masked["model_list"] !== undefined && !Array.isArray(masked["model_list"]))
    problems.add(["model_list"], "model_list must be a list of model deployments");
  const models = arrayOf(masked["model_list"]);
  if (models.length > MAX_MODELS) problems.add(["model_list"], `more than ${MAX_MODELS} model deployments; only the first ${MAX_MODELS} are read`);
  models.slice(0, MAX_MODELS).forEach((m, k) => {
    if (!isDict(m)) return problems.add(["model_list", k], "each model_list entry must be a mapping with model_name and litellm_params");
    const lp = dictAt(m, "litellm_params");
    if (!isDict(m["litellm_params"])) problems.add(["model_list", k], "model_list entry without litellm_params");
    const p = `/gateway/models/${gw.models.length}`;
    gw.models.push({
      pointer: p,
      name: text(m["model_name"]),
      model: text(lp["model"]),
      api_base: text(lp["api_base"]),
      // The Router reads rpm/tpm beside litellm_params as well as inside it.
      limits: DEPLOYMENT_LIMITS.filter((l) => setValue(lp[l]) || setValue(m[l])),
    });
    locate(doc, pos, p, ["model_list", k]);
    locate(doc, pos, `${p}/model`, ["model_list", k, "litellm_params", "model"], ["model_list", k]);
    locate(doc, pos, `${p}/api_base`, ["model_list", k, "litellm_params", "api_base"], ["model_list", k]);
    locate(doc, pos, `${p}/limits`, ["model_list", k, "litellm_params"], ["model_list", k]);
  });
  pos["/gateway/models"] = doc.locate(["model_list"]) ?? root;

  for (const path of GLOBAL_LIMITS) {
    if (!setValue(at(masked, path))) continue;
    const p = `/gateway/limits/${gw.limits.length}`;
    gw.limits.push({ pointer: p, name: path.join(".") });
    locate(doc, pos, p, path);
  }
  pos["/gateway/limits"] = doc.locate(["litellm_settings"]) ?? root;

  const aliases = dictAt(dictAt(masked, "router_settings"), "model_group_alias");
  for (const [alias, target] of Object.entries(aliases)) {
    const t = text(isDict(target) ? target["model"] : target);
    if (!t) continue;
    const p = `/gateway/aliases/${gw.aliases.length}`;
    gw.aliases.push({ pointer: p, alias: clean(alias), target: t });
    locate(doc, pos, p, ["router_settings", "model_group_alias", alias]);
  }

  readGuardrails(doc, masked, gw.guardrails, pos, problems);
  pos["/gateway/guardrails"] = doc.locate(["guardrails"]) ?? doc.locate(["litellm_settings", "guardrails"]) ?? root;
  const settings = dictAt(masked, "litellm_settings");
  gw.callbacks = ["callbacks", "success_callback", "failure_callback", "service_callback"].flatMap((k) =>
    listOf(settings[k]).flatMap((c) => (typeof c === "string" ? [clean(c)] : [])),
  );

  cfg.secrets = scan.secrets;
  cfg.hidden_unicode = scan.hidden;
  recordProblems(cfg, pos, problems);
  return { artifact: scan.scrub(cfg), raw: null, positions: pos };
}

function locate(doc: ParsedDoc, pos: SourceMap, pointer: string, ...paths: Path[]): void {
  for (const p of paths) {
    const found = doc.locate(p);
    if (found) return void (pos[pointer] = found);
  }
}

/** `guardrails:` entries ({guardrail_name, litellm_params: {guardrail, mode}}) and the older `litellm_settings.guardrails`. */
function readGuardrails(doc: ParsedDoc, masked: Dict, out: GatewayGuardrail[], pos: SourceMap, problems: ProblemList): void {
  if (masked["guardrails"] !== undefined && !Array.isArray(masked["guardrails"])) problems.add(["guardrails"], "guardrails must be a list");
  arrayOf(masked["guardrails"]).forEach((g, j) => {
    if (!isDict(g)) return;
    const lp = dictAt(g, "litellm_params");
    const p = `/gateway/guardrails/${out.length}`;
    out.push({
      pointer: p,
      name: text(g["guardrail_name"]),
      guardrail: text(lp["guardrail"]),
      modes: listOf(lp["mode"]).flatMap((m) => (typeof m === "string" ? [clean(m).toLowerCase()] : [])),
    });
    locate(doc, pos, p, ["guardrails", j]);
  });
  // The older list form ({prompt_injection: {callbacks: […], default_on: true}}) runs before the call.
  arrayOf(dictAt(masked, "litellm_settings")["guardrails"]).forEach((g, j) => {
    if (!isDict(g)) return;
    for (const name of Object.keys(g)) {
      const p = `/gateway/guardrails/${out.length}`;
      out.push({ pointer: p, name: clean(name), guardrail: clean(name), modes: ["pre_call"] });
      locate(doc, pos, p, ["litellm_settings", "guardrails", j, name], ["litellm_settings", "guardrails", j]);
    }
  });
}
