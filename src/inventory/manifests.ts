// Dependency manifests: each dependency line is looked up in the catalogue by its exact package name.
// Parsing is line-based on purpose: the evidence is a line, and a manifest that a strict parser
// would refuse (a stray comma) still shows what the project depends on.
import path from "node:path";
import type { Catalogue, CatalogueEntry, Ecosystem } from "./catalogue.js";
import { lines, positionAt, use, type FoundUse } from "./use.js";

/** Which manifest reader a file name calls for, or null. */
export function manifestKind(relPath: string): string | null {
  const name = path.posix.basename(relPath);
  const lower = name.toLowerCase();
  if (/^requirements[\w.-]*\.(txt|in)$/.test(lower)) return "requirements";
  if (lower === "pyproject.toml") return "pyproject";
  if (name === "Pipfile") return "pipfile";
  if (lower === "environment.yml" || lower === "environment.yaml") return "conda";
  if (lower === "package.json") return "package.json";
  if (lower === "go.mod") return "go.mod";
  if (lower === "pom.xml") return "pom";
  if (lower === "build.gradle" || lower === "build.gradle.kts") return "gradle";
  if (lower === "cargo.toml") return "cargo";
  if (lower.endsWith(".csproj")) return "csproj";
  return null;
}

function found(entry: CatalogueEntry, name: string, version: string | null, evidence: string, line: number, column: number): FoundUse {
  return use({ type: "package", name, version, provider: entry.provider ?? null, category: entry.category, evidence, line, column });
}

const PEP508 = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(?:\(?\s*((?:===?|~=|>=|<=|!=|>|<)\s*[^;,\s)]+))?/;

/** A PEP 508 requirement string: name and pinned (`==`) or constrained version. */
function requirement(spec: string): { name: string; version: string | null } | null {
  const m = PEP508.exec(spec);
  if (!m) return null;
  const v = m[3] ? m[3].replace(/\s+/g, "") : null;
  return { name: m[1]!, version: v ? v.replace(/^===?/, "") : null };
}

export function detectManifest(kind: string, relPath: string, text: string, catalogue: Catalogue): FoundUse[] {
  const base = path.posix.basename(relPath);
  const out: FoundUse[] = [];
  const hit = (eco: Ecosystem, name: string, version: string | null, line: number, column: number) => {
    const entry = catalogue.lookup(eco, name);
    if (entry) out.push(found(entry, name, version, `${base} dependency`, line, column));
  };
  const all = lines(text);
  switch (kind) {
    case "requirements":
      all.forEach((raw, i) => {
        const l = raw.replace(/\s#.*$/, "");
        if (/^\s*(#|-|$)/.test(l) || /^\s*\w+:\/\//.test(l)) return; // comments, options (-r, -e), URLs
        const r = requirement(l);
        if (r) hit("pypi", r.name, r.version, i + 1, l.search(/\S/) + 1);
      });
      break;
    case "pyproject":
    case "pipfile":
      tomlDependencies(all, kind, (name, version, line, column) => hit("pypi", name, version, line, column));
      break;
    case "conda":
      all.forEach((l, i) => {
        const m = /^(\s*-\s+)([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:={1,2}\s*([^\s=#]+))?/.exec(l);
        if (m && !l.includes(":")) hit("pypi", m[2]!, m[3] ?? null, i + 1, m[1]!.length + 1);
      });
      break;
    case "package.json":
      packageJson(text, (name, version, offset) => {
        const p = positionAt(text, offset);
        hit("npm", name, version, p.line, p.column);
      });
      break;
    case "go.mod": {
      let inRequire = false;
      all.forEach((l, i) => {
        if (/^\s*require\s*\(/.test(l)) return void (inRequire = true);
        if (inRequire && /^\s*\)/.test(l)) return void (inRequire = false);
        const m = inRequire ? /^(\s*)(\S+)\s+(v\S+)/.exec(l) : /^(\s*require\s+)(\S+)\s+(v\S+)/.exec(l);
        if (m) hit("go", m[2]!, m[3]!, i + 1, m[1]!.length + 1);
      });
      break;
    }
    case "pom":
      for (const m of text.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)) {
        const block = m[1]!;
        const group = /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(block)?.[1];
        const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(block);
        if (!group || !artifact) continue;
        const version = /<version>\s*([^<\s]+)\s*<\/version>/.exec(block)?.[1] ?? null;
        const p = positionAt(text, m.index! + "<dependency>".length + artifact.index);
        hit("maven", `${group}:${artifact[1]}`, version, p.line, p.column);
      }
      break;
    case "gradle":
      all.forEach((l, i) => {
        if (/^\s*\/\//.test(l)) return;
        for (const m of l.matchAll(/["']([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?::([^"'@:]+))?["']/g)) {
          hit("maven", `${m[1]}:${m[2]}`, m[3] ?? null, i + 1, m.index! + 2);
        }
      });
      break;
    case "cargo":
      tomlDependencies(all, kind, (name, version, line, column) => hit("cargo", name, version, line, column));
      break;
    case "csproj":
      for (const m of text.matchAll(/<PackageReference\b[^>]*\bInclude\s*=\s*"([^"]+)"[^>]*>/gi)) {
        const version = /\bVersion\s*=\s*"([^"]+)"/i.exec(m[0])?.[1] ?? null;
        const p = positionAt(text, m.index!);
        hit("nuget", m[1]!, version, p.line, p.column);
      }
      break;
  }
  return out;
}

/**
 * Dependencies in TOML manifests: `[project] dependencies = [...]` and optional-dependencies or
 * dependency-groups arrays (PEP 621/735), Poetry and Pipfile tables (`name = "^1.0"`), Cargo
 * `[dependencies]` tables (also dev-, build- and target-specific ones).
 */
function tomlDependencies(all: string[], kind: string, onDep: (name: string, version: string | null, line: number, column: number) => void) {
  let section = "";
  let inArray = false;
  const tableOfDeps = (s: string) =>
    kind === "pipfile"
      ? s === "packages" || s === "dev-packages"
      : kind === "cargo"
        ? /(^|\.)(dev-|build-)?dependencies$/.test(s)
        : /^tool\.poetry(\.group\.[^.]+)?\.(dev-)?dependencies$/.test(s);
  const arraySection = (s: string) => s === "project.optional-dependencies" || s === "dependency-groups";
  all.forEach((l, i) => {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(l);
    if (header) {
      section = header[1]!.replace(/["']/g, "");
      inArray = false;
      return;
    }
    if (tableOfDeps(section)) {
      const m = /^(\s*)["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=\s*(.*)$/.exec(l);
      if (m && m[2] !== "python") {
        const v = /^["']([^"']*)["']/.exec(m[3]!)?.[1] ?? /version\s*=\s*["']([^"']*)["']/.exec(m[3]!)?.[1] ?? null;
        onDep(m[2]!, v && v !== "*" ? v : null, i + 1, m[1]!.length + 1);
      }
      return;
    }
    if (kind !== "pyproject") return;
    if ((section === "project" && /^\s*dependencies\s*=\s*\[/.test(l)) || (arraySection(section) && /^\s*[\w.-]+\s*=\s*\[/.test(l))) inArray = true;
    if (!inArray) return;
    for (const m of l.matchAll(/["']([^"']+)["']/g)) {
      const r = requirement(m[1]!);
      if (r) onDep(r.name, r.version, i + 1, m.index! + 2);
    }
    if (/\]\s*(#.*)?$/.test(l)) inArray = false;
  });
}

const DEPENDENCY_SECTIONS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];

/** package.json dependency names with the offset of their key; nothing for invalid JSON. */
function packageJson(text: string, onDep: (name: string, version: string | null, offset: number) => void) {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return;
  }
  if (!doc || typeof doc !== "object") return;
  for (const section of DEPENDENCY_SECTIONS) {
    const deps = (doc as Record<string, unknown>)[section];
    if (!deps || typeof deps !== "object") continue;
    const at = text.search(new RegExp(`"${section}"\\s*:`));
    for (const [name, version] of Object.entries(deps as Record<string, unknown>)) {
      const key = JSON.stringify(name);
      const offset = text.indexOf(key, at);
      onDep(name, typeof version === "string" ? version : null, offset < 0 ? Math.max(at, 0) : offset);
    }
  }
}
