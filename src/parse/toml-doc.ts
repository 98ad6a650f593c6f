// TOML (Codex `config.toml`) as a ParsedDoc. The parser gives values but no positions, so keys are
// located by a small line scan: the table header that holds them, then the key's own line.
import { parse as parseToml } from "smol-toml";
import { ArtifactError } from "./errors.js";
import type { ParsedDoc } from "./yaml-doc.js";
import { splitLines } from "./positions.js";

interface Section {
  /** The table's path (`[mcp_servers.github.env]` → mcp_servers, github, env); [] before any header. */
  path: string[];
  headerLine: number;
  /** Keys written in the section, with their lines (dotted keys split). */
  keys: { path: string[]; line: number }[];
}

/** `a."b.c".d` → a, b.c, d. */
function splitKey(key: string): string[] {
  const out: string[] = [];
  for (const m of key.matchAll(/\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*(?:\.|$)/g)) {
    const part = m[1]!;
    out.push(part.startsWith('"') ? (JSON.parse(part) as string) : part.startsWith("'") ? part.slice(1, -1) : part);
  }
  return out;
}

function sections(text: string): Section[] {
  const out: Section[] = [{ path: [], headerLine: 1, keys: [] }];
  splitLines(text).forEach((raw, i) => {
    const line = raw.trim();
    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(line);
    if (header) return void out.push({ path: splitKey(header[1]!), headerLine: i + 1, keys: [] });
    const key = /^((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.\s-])+?)\s*=/.exec(line);
    if (key) out[out.length - 1]!.keys.push({ path: splitKey(key[1]!), line: i + 1 });
  });
  return out;
}

const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.length <= path.length && prefix.every((p, i) => p === path[i]);

/** Parses TOML; a syntax error becomes an ArtifactError at its line. Array items are located at their key. */
export function parseTomlDoc(text: string): ParsedDoc {
  let value: unknown;
  try {
    value = parseToml(text);
  } catch (e) {
    const err = e as { line?: number; column?: number; message?: string };
    throw new ArtifactError(
      `invalid TOML: ${String(err.message ?? e)
        .split("\n")[0]!
        .replace(/^Invalid TOML document:\s*/, "")}`,
      err.line ?? 1,
      err.column ?? 1,
    );
  }
  const secs = sections(text);
  return {
    value,
    locate(path) {
      const keys = path.filter((p): p is string => typeof p === "string");
      let best: { line: number; depth: number } | null = null;
      for (const s of secs) {
        if (!startsWith(keys, s.path)) continue;
        if (s.path.length === keys.length && s.path.length > 0 && (!best || s.path.length >= best.depth)) best = { line: s.headerLine, depth: s.path.length };
        const rest = keys.slice(s.path.length);
        // The longest written key that leads to the path (an inline table's key holds its members).
        for (const k of s.keys) {
          const full = s.path.length + k.path.length;
          if (rest.length && startsWith(rest, k.path) && (!best || full > best.depth)) best = { line: k.line, depth: full };
        }
      }
      return best ? { line: best.line, column: 1 } : null;
    },
  };
}
