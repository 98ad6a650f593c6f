// Evaluates a large PolicyInput in chunks of artifacts. The wasm heap one evaluation needs grows
// with its input (about 20 bytes per input byte, see HEAP_BYTES_PER_INPUT_BYTE), so evaluating a
// monorepo at once needed a 1 GiB heap; chunks bound it by the chunk size instead.
//
// Rules that look across artifacts (a model card's dataset documented elsewhere, the first AI
// record, an SBOM's model components) read the repository through data.aigis.index.repo. So a
// chunked run has two passes: the index entrypoint on every chunk, whose values the host merges,
// then the findings entrypoint on every chunk with the merged index loaded as policy data, which
// the module parses once rather than once per chunk. Governance documents (few, and what
// repository-wide rules consult) go into every chunk; read errors into the first. Findings that
// several chunks report (repository-wide ones) are kept once.
import type { PolicyInput } from "../model/types.js";
import { EngineError, type RawFinding } from "./engine.js";

/**
 * Largest PolicyInput JSON (in UTF-16 code units, which is bytes for the mostly ASCII input)
 * evaluated at once. Chosen by measurement (docs/benchmark.md): large enough that the per-chunk
 * overhead (the shared documents, the index) stays small, small enough to keep the wasm heap
 * near 100 MiB.
 */
export const DEFAULT_CHUNK_CHARS = 1024 * 1024;

/** The artifact arrays split across chunks; governance documents are shared by every chunk. */
const SPLIT_KINDS = ["model_cards", "datasets", "sboms", "agent_configs"] as const;

export interface ChunkEvaluator {
  /** Evaluates one entrypoint on a PolicyInput given as JSON text; returns the entrypoint's value. */
  evaluateJson(json: string, entrypoint: string): unknown;
  /** Runs `fn` with `json` loaded as data.aigis_repository_index, then restores the policy data. */
  withRepositoryIndex<T>(json: string, fn: () => T): T;
  readonly entrypoint: string;
  readonly indexEntrypoint: string | null;
}

/** A PolicyInput as JSON text, one string per chunk, each a valid PolicyInput once closed. */
export class InputChunks {
  /** Each chunk's JSON without its closing brace. */
  private constructor(private readonly open: string[]) {}

  static split(input: PolicyInput, maxChars = DEFAULT_CHUNK_CHARS): InputChunks {
    const shared = {
      governance: JSON.stringify(input.artifacts.governance),
      errors: JSON.stringify(input.errors),
      rest: `"repository":${JSON.stringify(input.repository)},"config":${JSON.stringify(input.config)}`,
    };
    const overhead = shared.governance.length + shared.rest.length + 200;
    const budget = Math.max(1, maxChars - overhead);
    const chunks: Record<(typeof SPLIT_KINDS)[number], string[]>[] = [];
    let current = emptyChunk();
    let size = 0;
    for (const kind of SPLIT_KINDS) {
      for (const artifact of input.artifacts[kind] ?? []) {
        const json = JSON.stringify(artifact);
        if (size > 0 && size + json.length > budget) {
          chunks.push(current);
          current = emptyChunk();
          size = 0;
        }
        current[kind].push(json);
        size += json.length + 1;
      }
    }
    chunks.push(current);
    const open = chunks.map((c, i) => {
      const arrays = SPLIT_KINDS.map((k) => `"${k}":[${c[k].join(",")}]`).join(",");
      return `{"schema_version":${JSON.stringify(input.schema_version)},"artifacts":{${arrays},"governance":${shared.governance}},"errors":${i === 0 ? shared.errors : "[]"},${shared.rest}`;
    });
    return new InputChunks(open);
  }

  get count(): number {
    return this.open.length;
  }

  /** Chunk i as PolicyInput JSON. */
  json(i: number): string {
    return `${this.open[i]!}}`;
  }
}

function emptyChunk(): Record<(typeof SPLIT_KINDS)[number], string[]> {
  return { model_cards: [], datasets: [], sboms: [], agent_configs: [] };
}

/**
 * The findings of `input`, evaluated whole when it fits one chunk and in two passes over chunks
 * otherwise; sorted and free of duplicates either way, so the result does not depend on the split.
 */
export function evaluateInChunks(
  engine: ChunkEvaluator,
  input: PolicyInput,
  { maxChars = DEFAULT_CHUNK_CHARS, onChunk }: { maxChars?: number; onChunk?: (done: number, total: number) => void } = {},
): { findings: RawFinding[]; chunks: number } {
  const chunks = InputChunks.split(input, maxChars);
  if (chunks.count > 1 && !engine.indexEntrypoint) {
    throw new EngineError("the compiled policy has no index entrypoint, so it cannot evaluate an input in chunks; rebuild it with npm run build:policies");
  }
  const unique = new Map<string, RawFinding>();
  const evaluateAll = () => {
    for (let i = 0; i < chunks.count; i++) {
      const found = engine.evaluateJson(chunks.json(i), engine.entrypoint);
      if (!Array.isArray(found)) throw new EngineError(`policy returned no findings list (got ${JSON.stringify(found).slice(0, 200)})`);
      for (const f of found as RawFinding[]) unique.set(JSON.stringify(f), f);
      onChunk?.(i + 1, chunks.count);
    }
  };
  if (chunks.count > 1) engine.withRepositoryIndex(mergeIndexes(engine, chunks), evaluateAll);
  else evaluateAll();
  const keys = [...unique.keys()].sort();
  return { findings: keys.map((k) => unique.get(k)!), chunks: chunks.count };
}

/**
 * Every chunk's index merged, as JSON text: a set's members united; an object's keys united, a
 * key's sets united and its `true` kept. Members are sorted, so the text does not depend on the split.
 */
export function mergeIndexes(engine: Pick<ChunkEvaluator, "evaluateJson" | "indexEntrypoint">, chunks: InputChunks): string {
  const sets = new Map<string, Set<string>>();
  const maps = new Map<string, Map<string, Set<string> | true>>();
  const union = (into: Set<string>, values: unknown[]) => values.forEach((v) => into.add(JSON.stringify(v)));
  for (let i = 0; i < chunks.count; i++) {
    const local = engine.evaluateJson(chunks.json(i), engine.indexEntrypoint!);
    if (!local || typeof local !== "object" || Array.isArray(local)) throw new EngineError("the policy's index entrypoint returned no object");
    for (const [key, value] of Object.entries(local as Record<string, unknown>)) {
      if (Array.isArray(value)) {
        if (maps.has(key)) throw new EngineError(`the policy's index entry ${key} is a set in one chunk and an object in another`);
        if (!sets.has(key)) sets.set(key, new Set());
        union(sets.get(key)!, value);
      } else if (value && typeof value === "object") {
        if (sets.has(key)) throw new EngineError(`the policy's index entry ${key} is a set in one chunk and an object in another`);
        if (!maps.has(key)) maps.set(key, new Map());
        const map = maps.get(key)!;
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
          if (v === true) map.set(k, true);
          else if (Array.isArray(v)) {
            const prev = map.get(k);
            if (prev === true) throw new EngineError(`the policy's index entry ${key}.${k} is both a flag and a set`);
            union(prev ?? map.set(k, new Set()).get(k) as Set<string>, v);
          } else throw new EngineError(`the policy's index entry ${key}.${k} is neither a set nor true`);
        }
      } else throw new EngineError(`the policy's index entry ${key} is neither a set nor an object`);
    }
  }
  const setJson = (s: Set<string>) => `[${[...s].sort().join(",")}]`;
  const entries = [
    ...[...sets].map(([key, s]) => [key, setJson(s)] as const),
    ...[...maps].map(([key, m]) => {
      const inner = [...m.keys()].sort().map((k) => `${JSON.stringify(k)}:${m.get(k) === true ? "true" : setJson(m.get(k) as Set<string>)}`);
      return [key, `{${inner.join(",")}}`] as const;
    }),
  ].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`;
}
