// Bring your own Rego: the team's rules (`custom-policies: {dir}` compiled at run time, or
// `{bundle}` built beforehand) become a second wasm module evaluated beside the built-in one, on the
// same PolicyInput. The module holds the aigis rule library too (lib, the aggregator, and — in a
// bundle — possibly the built-in rules of the version it was built against); only the findings of
// the team's own packages are taken from it, so built-in findings always come from the built-in
// module and match a run without custom policies byte for byte. Everything is checked before
// evaluation: metadata, control ids, entrypoint and the builtins the host provides.
import fs from "node:fs";
import path from "node:path";
import type { CustomPolicies } from "../config/config.js";
import { ConfigError } from "../config/config.js";
import { Engine, EngineError, type PolicyBundle, type RawFinding } from "../engine/engine.js";
import type { RuleMeta } from "../model/types.js";
import { compileDir, ENTRYPOINT, splitSource } from "./compile.js";
import { customRuleMeta, parseRegoModule, type RegoModule } from "./metadata.js";
import { TarError, untarGz } from "./tar.js";
import { resolveInside, workspaceAt, type Workspace } from "../io/workspace.js";

export interface CustomPolicy {
  rules: RuleMeta[];
  /** Rule parameters the module's data.json defines (aigis.defaults), beside the built-in ones. */
  defaults: Record<string, unknown>;
  evaluate(input: unknown): RawFinding[];
}

export interface LoadContext {
  /** The scanned directory: errors name files relative to it. */
  root: string;
  builtin: PolicyBundle;
  /** Custom policies the repository names must stay inside it (default: the scanned directory). */
  workspace?: Workspace;
}

/** A bundle larger than this is refused before it is read (the built-in policy's is under 1 MiB). */
const MAX_BUNDLE_FILE_BYTES = 64 * 1024 * 1024;

export async function loadCustomPolicies(spec: CustomPolicies, ctx: LoadContext): Promise<CustomPolicy> {
  const rel = (p: string) => {
    const r = path.relative(ctx.root, p);
    return !r.startsWith("..") && !path.isAbsolute(r) ? r.split(path.sep).join("/") || "." : p;
  };
  if (!fs.existsSync(spec.path)) {
    throw new ConfigError(`custom-policies.${spec.kind} ${rel(spec.path)} does not exist`, ...splitSource(spec.source));
  }
  // Before anything is listed or read: a path (or a link) out of the workspace is refused.
  const ws = ctx.workspace ?? workspaceAt(ctx.root);
  try {
    resolveInside(ws, spec.path, `custom-policies.${spec.kind}`, spec.byUser === true);
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigError(e.message, ...splitSource(spec.source));
    throw e;
  }
  const isDir = fs.statSync(spec.path).isDirectory();
  if (spec.kind === "dir" && !isDir)
    throw new ConfigError(`custom-policies.dir ${rel(spec.path)} is not a directory (a .tar.gz goes in custom-policies.bundle)`, ...splitSource(spec.source));
  if (spec.kind === "bundle" && isDir)
    throw new ConfigError(`custom-policies.bundle ${rel(spec.path)} is a directory (Rego sources go in custom-policies.dir)`, ...splitSource(spec.source));

  let bundleBytes: Buffer;
  let rules: RuleMeta[] = [];
  const bundleName = rel(spec.path);
  const where = spec.kind === "bundle" ? `custom-policies.bundle ${bundleName}` : `custom-policies.dir ${bundleName}`;
  const noRules = () =>
    new ConfigError(
      `${where} holds no rule package of its own (package aigis.rules.<area>.<name> with a METADATA block); see docs/custom-rules.md`,
      ...splitSource(spec.source),
    );
  if (spec.kind === "dir") {
    // Metadata is checked before compiling: its errors need no OPA CLI.
    rules = customRules(
      regoFiles(spec.path, rel, spec.source).map((f) => parseRegoModule(rel(f), fs.readFileSync(f, "utf8"))),
      ctx.builtin,
      false,
    );
    if (rules.length === 0) throw noRules();
    const library = path.join(ctx.builtin.dir, "rego");
    bundleBytes = compileDir(spec.path, {
      policyDir: ctx.builtin.dir,
      source: spec.source,
      display: (t) =>
        t
          .split(`${library}${path.sep}`)
          .join("aigis:")
          .split(`${spec.path}${path.sep}`)
          .join(`${rel(spec.path)}/`),
    });
  } else {
    const size = fs.statSync(spec.path);
    if (!size.isFile()) throw new ConfigError(`custom-policies.bundle ${bundleName} is not a regular file`, ...splitSource(spec.source));
    if (size.size > MAX_BUNDLE_FILE_BYTES)
      throw new ConfigError(`custom-policies.bundle ${bundleName} is larger than ${MAX_BUNDLE_FILE_BYTES / 1048576} MiB`, ...splitSource(spec.source));
    bundleBytes = fs.readFileSync(spec.path);
  }

  let files: Map<string, Buffer>;
  try {
    files = untarGz(bundleBytes);
  } catch (e) {
    if (e instanceof TarError) throw new ConfigError(`custom-policies.bundle ${bundleName} cannot be read: ${e.message}`, ...splitSource(spec.source));
    throw e;
  }
  const manifest = readManifest(files, where, spec.source);
  const entry = manifest.find((w) => w.entrypoint === ENTRYPOINT);
  if (!entry) {
    throw new ConfigError(
      `${where} has no wasm entrypoint ${ENTRYPOINT} (it has ${manifest.map((w) => w.entrypoint).join(", ") || "none"}): build it with opa build -t wasm -e ${ENTRYPOINT} <aigis rego library> <your rules>`,
      ...splitSource(spec.source),
    );
  }
  const wasm = files.get(entry.module.startsWith("/") ? entry.module : `/${entry.module}`);
  if (!wasm) throw new ConfigError(`${where}: the manifest names ${entry.module}, which is not in the bundle`, ...splitSource(spec.source));
  if (spec.kind === "bundle") {
    const modules = [...files]
      .filter(([name]) => name.endsWith(".rego") && !name.endsWith("_test.rego"))
      .map(([name, buf]) => parseRegoModule(`${bundleName}:${name}`, buf.toString("utf8")));
    rules = customRules(modules, ctx.builtin, true);
    if (rules.length === 0) throw noRules();
  }
  const dataBytes = files.get("/data.json") ?? Buffer.from("{}");
  let defaults: Record<string, unknown>;
  try {
    defaults = (JSON.parse(dataBytes.toString("utf8")) as { aigis?: { defaults?: Record<string, unknown> } }).aigis?.defaults ?? {};
  } catch {
    throw new ConfigError(`${where}: data.json is not valid JSON`, ...splitSource(spec.source));
  }
  let engine: Engine;
  try {
    engine = await Engine.load({ wasm: new Uint8Array(wasm), data: toArrayBuffer(dataBytes), entrypoint: ENTRYPOINT });
  } catch (e) {
    throw new EngineError(`${where}: ${(e as Error).message}`);
  }
  const packages = new Set(rules.map((r) => r.package));
  return {
    rules,
    defaults,
    evaluate: (input) => engine.evaluate(input).filter((f) => packages.has(f.rule_package)),
  };
}

/**
 * The team's rule packages, validated. In a bundle, packages of the built-in library are skipped
 * (the built-in module reports them); a rule with an AIGIS- id this version does not have means
 * the bundle was built against another aigis version.
 */
function customRules(modules: RegoModule[], builtin: PolicyBundle, fromBundle: boolean): RuleMeta[] {
  const builtinPackages = new Set(builtin.rules.map((r) => r.package));
  const builtinIds = new Set(builtin.rules.map((r) => r.id));
  const known = new Set(builtin.catalog.frameworks.flatMap((f) => f.controls.map((c) => c.key)));
  const byPackage = new Map<string, RegoModule[]>();
  for (const m of modules) {
    if (!m.package?.startsWith("aigis.rules.")) continue;
    if (builtinPackages.has(m.package)) {
      if (fromBundle) continue;
      throw new ConfigError(
        `package ${m.package} is a built-in rule's package: give your rule its own, e.g. aigis.rules.acme.${m.package.split(".").pop()}`,
        m.file,
        m.packageLine,
      );
    }
    byPackage.set(m.package, [...(byPackage.get(m.package) ?? []), m]);
  }
  const rules: RuleMeta[] = [];
  const ids = new Map<string, string>();
  for (const [pkg, parts] of [...byPackage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // A package may span files; one of them carries the METADATA and one a deny rule.
    const withMeta = parts.filter((p) => p.metadata);
    if (withMeta.length > 1)
      throw new ConfigError(
        `package ${pkg} has METADATA in more than one file (also ${withMeta[1]!.file}); keep one`,
        withMeta[0]!.file,
        withMeta[0]!.metadata!.line,
      );
    const main: RegoModule = { ...(withMeta[0] ?? parts[0]!), hasDeny: parts.some((p) => p.hasDeny) };
    const id = (main.metadata?.value as { custom?: { id?: unknown } } | null)?.custom?.id;
    if (fromBundle && typeof id === "string" && id.startsWith("AIGIS-")) {
      throw new ConfigError(
        `rule ${id} (package ${pkg}) is not a rule of this aigis version: the bundle was built against another version's library; rebuild it against this one's (dist/policy/rego)`,
        main.file,
        main.metadata!.line,
      );
    }
    const meta = customRuleMeta(main, known);
    if (builtinIds.has(meta.id)) throw new ConfigError(`custom.id ${meta.id} is a built-in rule's id; use your own prefix`, main.file, main.metadata!.line);
    if (ids.has(meta.id)) throw new ConfigError(`custom.id ${meta.id} is also used by ${ids.get(meta.id)}`, main.file, main.metadata!.line);
    ids.set(meta.id, pkg);
    rules.push(meta);
  }
  return rules.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function readManifest(files: Map<string, Buffer>, where: string, source: string): { entrypoint: string; module: string }[] {
  const raw = files.get("/.manifest");
  if (!raw) throw new ConfigError(`${where} has no .manifest: build it with opa build -t wasm -e ${ENTRYPOINT}`, ...splitSource(source));
  try {
    const m = JSON.parse(raw.toString("utf8")) as { wasm?: { entrypoint?: unknown; module?: unknown }[] };
    return (m.wasm ?? []).flatMap((w) =>
      typeof w.entrypoint === "string" && typeof w.module === "string" ? [{ entrypoint: w.entrypoint, module: w.module }] : [],
    );
  } catch {
    throw new ConfigError(`${where}: .manifest is not valid JSON`, ...splitSource(source));
  }
}

/** The directory's rule files; a symbolic link in it is refused (opa would follow it out of the workspace). */
function regoFiles(dir: string, rel: (p: string) => string, source: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink())
        throw new ConfigError(`custom-policies.dir holds the symbolic link ${rel(p)}; keep only regular files and directories there`, ...splitSource(source));
      if (e.isDirectory() && !e.name.startsWith(".")) walk(p);
      else if (e.isFile() && e.name.endsWith(".rego") && !e.name.endsWith("_test.rego")) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function toArrayBuffer(b: Buffer): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}
