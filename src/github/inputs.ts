// The Action's inputs, validated once: paths must stay inside the workspace, enums and booleans must
// be spelled right. Pure (the input getter is passed in) so it is tested without a runner.
import path from "node:path";
import { THRESHOLDS, isThreshold } from "../model/severity.js";
import type { Threshold } from "../model/types.js";

export interface ActionInputs {
  workspace: string;
  /** The directory to scan. */
  root: string;
  /** `path` as given, normalized: identifies this step's sticky comment. */
  scope: string;
  config: string | null;
  /** On pull requests, whose configuration file gates: the base branch's (default) or the pull request's. */
  configFrom: "base" | "head";
  /** Unset when the input is empty: the configuration file's fail-on (else critical) applies. */
  failOn: Threshold | undefined;
  /** `custom-policies`: a directory of Rego rules or a wasm bundle, overriding the configuration file. */
  customPolicies: string | null;
  jsonFile: string | null;
  sarifFile: string | null;
  /** `html-file`: the printable readiness report. */
  htmlFile: string | null;
  /** `oscal-file`: OSCAL assessment results. */
  oscalFile: string | null;
  comment: boolean;
  onlyChanged: boolean;
  token: string;
}

export type InputGetter = (name: string) => string;

export class InputError extends Error {}

/** `outputRoots`: directories besides the workspace the report files may go to (RUNNER_TEMP). */
export function readInputs(get: InputGetter, workspaceDir: string, outputRoots: string[] = []): ActionInputs {
  const workspace = path.resolve(workspaceDir);
  const failOn = get("fail-on") || undefined;
  if (failOn !== undefined && !isThreshold(failOn)) throw new InputError(`Input fail-on must be one of ${THRESHOLDS.join(", ")}; got "${failOn}".`);
  const configFrom = get("config-from") || "base";
  if (configFrom !== "base" && configFrom !== "head") throw new InputError(`Input config-from must be base or head; got "${configFrom}".`);
  const root = path.resolve(workspace, get("path") || ".");
  if (!isInside(workspace, root)) throw new InputError(`Input path must stay inside the workspace (${workspace}); got "${get("path")}".`);
  const insideFile = (name: string, what: string, roots: string[] = []): string | null => {
    const value = get(name);
    if (!value) return null;
    const resolved = path.resolve(workspace, value);
    const under = [workspace, ...roots.map((r) => path.resolve(r))].find((r) => isInside(r, resolved) && resolved !== r);
    if (!under) throw new InputError(`Input ${name} must be ${what} inside the workspace${roots.length ? " or RUNNER_TEMP" : ""}; got "${value}".`);
    return resolved;
  };
  return {
    workspace,
    root,
    scope: path.relative(workspace, root).split(path.sep).join("/") || ".",
    config: insideFile("config", "a file"),
    configFrom,
    failOn,
    customPolicies: insideFile("custom-policies", "a directory or a .tar.gz"),
    jsonFile: insideFile("json-file", "a path", outputRoots),
    sarifFile: insideFile("sarif-file", "a path", outputRoots),
    htmlFile: insideFile("html-file", "a path", outputRoots),
    oscalFile: insideFile("oscal-file", "a path", outputRoots),
    comment: bool(get, "comment", true),
    onlyChanged: bool(get, "only-changed", false),
    token: get("github-token"),
  };
}

/** YAML 1.2 core-schema booleans, as actions/toolkit accepts them; empty means the default. */
function bool(get: InputGetter, name: string, fallback: boolean): boolean {
  const v = get(name);
  if (v === "") return fallback;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw new InputError(`Input ${name} must be true or false; got "${v}".`);
}

export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
