// Portkey gateway configs (https://portkey.ai/docs/product/ai-gateway/configs): a routing
// `strategy` over `targets` (nested to any depth), each a provider with a key or `virtual_key` and
// `override_params` (the model), plus `retry`, `cache` and guardrail hooks. Read into the same
// gateway shape as LiteLLM, so AG-006 to AG-008 judge both alike.
import type { GatewaySpec, ReadArtifact, SourceMap } from "../../../model/types.js";
import { ArtifactError } from "../../../parse/errors.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { arrayOf, dictAt, isDict, str, type Dict, type Path } from "../../../parse/values.js";
import type { ParsedDoc } from "../../../parse/yaml-doc.js";
import { AgentScan, clean } from "./scan.js";
import { blankAgentConfig } from "./shape.js";

/** Keys only a Portkey config has at its top level or in a target. */
const TARGET_KEYS = ["provider", "virtual_key", "override_params", "custom_host"];

export function looksLikePortkey(v: unknown): boolean {
  if (!isDict(v)) return false;
  const targets = v["targets"];
  if (Array.isArray(targets) && targets.some((t) => isDict(t) && TARGET_KEYS.some((k) => k in t))) return true;
  return isDict(v["strategy"]) && typeof v["strategy"]["mode"] === "string" ? true : ("virtual_key" in v || "provider" in v) && isDict(v["override_params"]);
}

// Hooks that run on the request (before the model) and on the response (after it).
const INPUT_HOOKS = ["input_guardrails", "before_request_hooks"];
const OUTPUT_HOOKS = ["output_guardrails", "after_request_hooks"];
/** Past this many targets the file is generated or hostile; the rest are not read. */
const MAX_TARGETS = 500;

export function readPortkey(relPath: string, text: string, doc: ParsedDoc): ReadArtifact {
  if (!isDict(doc.value)) throw new ArtifactError("a Portkey config must be a JSON object");
  const scan = new AgentScan(text);
  const masked = scan.scanDocument(doc) as Dict;
  scan.scanLines("a comment");
  const problems = new ProblemList(doc);
  const cfg = blankAgentConfig(relPath, "gateway", "portkey");
  const pos = scan.positions;
  const gw = cfg.gateway;
  const root = doc.locate(["targets"]) ?? doc.locate(["strategy"]) ?? doc.locate([Object.keys(doc.value)[0] ?? ""]) ?? { line: 1, column: 1 };
  pos[""] = root;
  pos["/gateway"] = root;
  pos["/gateway/models"] = root;
  pos["/gateway/limits"] = root;
  pos["/gateway/guardrails"] = root;

  // Leaf targets are the routes; a target with its own `targets` is a nested strategy whose
  // settings (override_params, virtual_key) its children inherit.
  const walk = (node: Dict, path: Path, inherited: Dict): void => {
    readHooks(doc, node, path, gw, pos);
    const own = { ...inherited, ...pick(node), override_params: { ...dictAt(inherited, "override_params"), ...dictAt(node, "override_params") } };
    if (node["targets"] !== undefined && !Array.isArray(node["targets"])) problems.add([...path, "targets"], "targets must be a list");
    const targets = arrayOf(node["targets"]);
    checkConditions(node, targets, path, problems);
    if (targets.length === 0) {
      if (path.length > 0 || TARGET_KEYS.some((k) => k in node)) addRoute(doc, own, path, gw, pos);
      return;
    }
    targets.forEach((t, k) => {
      if (gw.models.length >= MAX_TARGETS) return;
      if (!isDict(t)) return problems.add([...path, "targets", k], "each target must be an object");
      walk(t, [...path, "targets", k], own);
    });
  };
  walk(masked, [], {});
  if (gw.models.length >= MAX_TARGETS) problems.add(["targets"], `more than ${MAX_TARGETS} targets; only the first ${MAX_TARGETS} are read`);

  cfg.secrets = scan.secrets;
  cfg.hidden_unicode = scan.hidden;
  recordProblems(cfg, pos, problems);
  return { artifact: scan.scrub(cfg), raw: null, positions: pos };
}

/**
 * Conditional routing (https://portkey.ai/docs/product/ai-gateway/conditional-routing) sends a
 * request to the target whose `name` a matching condition's `then` (or the `default`) gives. Every
 * target is read as a route whatever the conditions pick; a name that matches no target is reported,
 * since requests meant for it fail or go where the author did not look.
 */
function checkConditions(node: Dict, targets: unknown[], path: Path, problems: ProblemList): void {
  const strategy = dictAt(node, "strategy");
  if (strategy["mode"] !== "conditional") return;
  const names = new Set(targets.map((t) => (isDict(t) ? str(t["name"]) : null)).filter((n) => n !== null));
  const check = (name: unknown, at: Path) => {
    if (typeof name === "string" && !names.has(name))
      problems.add(at, `conditional routing names target '${clean(name)}', which no target of this strategy is called`);
  };
  arrayOf(strategy["conditions"]).forEach((c, k) => isDict(c) && check(c["then"], [...path, "strategy", "conditions", k, "then"]));
  check(strategy["default"], [...path, "strategy", "default"]);
}

function pick(node: Dict): Dict {
  return Object.fromEntries(["provider", "virtual_key", "api_key", "custom_host", "name"].filter((k) => node[k] !== undefined).map((k) => [k, node[k]]));
}

function addRoute(doc: ParsedDoc, t: Dict, path: Path, gw: GatewaySpec, pos: SourceMap): void {
  const p = `/gateway/models/${gw.models.length}`;
  const model = str(dictAt(t, "override_params")["model"]);
  const provider = str(t["provider"]);
  gw.models.push({
    pointer: p,
    name: text(t["name"]) ?? text(provider),
    model: model === null ? null : clean(provider && !model.includes("/") ? `${provider}/${model}` : model),
    api_base: text(t["custom_host"]),
    // Portkey sets budget and rate limits on the virtual key, outside the config; a route through
    // one may be limited there, a route with a raw key cannot be.
    limits: str(t["virtual_key"]) ? ["virtual_key"] : [],
  });
  const here = doc.locate(path) ?? doc.locate(["targets"]) ?? { line: 1, column: 1 };
  pos[p] = here;
  pos[`${p}/model`] = doc.locate([...path, "override_params", "model"]) ?? here;
  pos[`${p}/api_base`] = doc.locate([...path, "custom_host"]) ?? here;
  pos[`${p}/limits`] = here;
}

function readHooks(doc: ParsedDoc, node: Dict, path: Path, gw: GatewaySpec, pos: SourceMap): void {
  for (const [keys, mode] of [
    [INPUT_HOOKS, "pre_call"],
    [OUTPUT_HOOKS, "post_call"],
  ] as const) {
    for (const key of keys) {
      arrayOf(node[key]).forEach((h, j) => {
        const id = typeof h === "string" ? h : isDict(h) ? (str(h["id"]) ?? Object.keys(h)[0] ?? null) : null;
        if (id === null) return;
        const p = `/gateway/guardrails/${gw.guardrails.length}`;
        gw.guardrails.push({ pointer: p, name: clean(id), guardrail: clean(id), modes: [mode] });
        pos[p] = doc.locate([...path, key, j]) ?? { line: 1, column: 1 };
      });
    }
  }
}

function text(v: unknown): string | null {
  const s = str(v);
  return s === null ? null : clean(s);
}
