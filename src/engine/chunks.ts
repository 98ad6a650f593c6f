// Evaluates a large PolicyInput in chunks of artifacts. The wasm heap one evaluation needs grows
// with its input (about 20 bytes per input byte, see HEAP_BYTES_PER_INPUT_BYTE), so evaluating a
// monorepo at once needed a 1 GiB heap; chunks bound it by the chunk size instead.
//
// Rules that look across artifacts (a model card's dataset documented elsewhere, the first AI
// record, an SBOM's model components) read the repository through data.aigis.index.repo. So a
// chunked run has two passes: the index entrypoint on every chunk, whose values the host merges,
// then the findings entrypoint on every chunk with the merged index loaded as policy data, which
// the module parses once rather than once per chunk. Every kind of artifact is split, governance
// documents too: what rules need to know of documents in other chunks (which kinds exist, which
// register entries a document covers) is in the index, so a chunk's size, and the time and memory
// its evaluation takes, does not grow with the repository. Read errors go into the first chunk.
// Findings that several chunks report (repository-wide ones) are kept once.
import type { PolicyInput } from "../model/types.js";
import { EngineError, type RawResult } from "./engine.js";

/**
 * A PolicyInput whose artifacts are already JSON, one UTF-8 buffer per artifact. A run serializes
 * each artifact as soon as it is read and keeps the bytes, not the object (a fraction of the
 * memory, and outside the JavaScript heap); chunks are cut from the bytes without serializing again.
 */
export interface SerializedInput extends Omit<PolicyInput, "artifacts"> {
  artifacts: Record<keyof PolicyInput["artifacts"], Uint8Array[]>;
}

const utf8 = (text: string) => Buffer.from(text, "utf8");

/** One artifact (or any JSON value) as the serialized input holds it. */
export const serializeArtifact = (artifact: unknown): Uint8Array => utf8(JSON.stringify(artifact));

/** Every artifact array of a PolicyInput, mapped (agent_configs may be missing in older inputs). */
function mapArtifacts<A, B>(artifacts: Partial<Record<keyof PolicyInput["artifacts"], A[]>>, f: (x: A) => B): Record<keyof PolicyInput["artifacts"], B[]> {
  const of = (xs: A[] | undefined) => (xs ?? []).map(f);
  return {
    model_cards: of(artifacts.model_cards),
    datasets: of(artifacts.datasets),
    sboms: of(artifacts.sboms),
    governance: of(artifacts.governance),
    agent_configs: of(artifacts.agent_configs),
    inventory: of(artifacts.inventory),
  };
}

export function serializeInput(input: PolicyInput): SerializedInput {
  return { ...input, artifacts: mapArtifacts<unknown, Uint8Array>(input.artifacts, serializeArtifact) };
}

/** The PolicyInput object again (for custom policies, which take the whole input at once). */
export function materializeInput(input: SerializedInput): PolicyInput {
  const parse = (x: Uint8Array): unknown => JSON.parse(Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString("utf8"));
  return { ...input, artifacts: mapArtifacts(input.artifacts, parse) as unknown as PolicyInput["artifacts"] };
}

/**
 * Largest PolicyInput JSON, in bytes, evaluated at once. Chosen by measurement (docs/benchmark.md):
 * the time one evaluation takes grows faster than its input (the wasm allocator's work grows with
 * its heap), so small chunks are faster in total, until the per-evaluation cost dominates.
 */
export const DEFAULT_CHUNK_BYTES = 128 * 1024;

/** The artifact arrays, in the order chunks are cut from them. */
const SPLIT_KINDS = ["model_cards", "datasets", "sboms", "agent_configs", "inventory", "governance"] as const;
type SplitKind = (typeof SPLIT_KINDS)[number];

export interface ChunkEvaluator {
  /** Evaluates one entrypoint on a PolicyInput given as UTF-8 JSON; returns the entrypoint's value. */
  evaluateJson(json: Uint8Array, entrypoint: string): unknown;
  /** Runs `fn` with `json` loaded as data.aigis_repository_index, then restores the policy data. */
  withRepositoryIndex<T>(json: string, fn: () => T): T;
  readonly entrypoint: string;
  readonly indexEntrypoint: string | null;
}

/** A serialized PolicyInput cut into chunks of artifacts; each chunk's JSON is assembled when asked for. */
export class InputChunks {
  private constructor(
    private readonly input: SerializedInput,
    /** Per chunk, per split kind: the [start, end) range of that kind's artifacts. */
    private readonly ranges: Record<SplitKind, [number, number]>[],
  ) {}

  static split(input: SerializedInput, maxBytes = DEFAULT_CHUNK_BYTES): InputChunks {
    const shared = JSON.stringify(input.config).length + 300;
    const budget = Math.max(1, maxBytes - shared);
    const ranges: Record<SplitKind, [number, number]>[] = [];
    const start = () => Object.fromEntries(SPLIT_KINDS.map((k) => [k, [0, 0]])) as Record<SplitKind, [number, number]>;
    let current = start();
    let size = 0;
    for (const kind of SPLIT_KINDS) {
      const list = input.artifacts[kind];
      for (let i = 0; i < list.length; i++) {
        const bytes = list[i]!.byteLength + 1;
        if (size > 0 && size + bytes > budget) {
          ranges.push(current);
          current = start();
          size = 0;
        }
        if (current[kind][1] === 0) current[kind] = [i, i];
        current[kind][1] = i + 1;
        size += bytes;
      }
    }
    ranges.push(current);
    return new InputChunks(input, ranges);
  }

  get count(): number {
    return this.ranges.length;
  }

  /** Chunk i as UTF-8 PolicyInput JSON: its share of the artifacts, the read errors in the first. */
  bytes(i: number): Uint8Array {
    const { input } = this;
    const parts: Uint8Array[] = [utf8(`{"schema_version":${JSON.stringify(input.schema_version)},"artifacts":{`)];
    const array = (name: string, items: Uint8Array[], last = false) => {
      parts.push(utf8(`"${name}":[`));
      items.forEach((item, j) => {
        if (j > 0) parts.push(COMMA);
        parts.push(item);
      });
      parts.push(utf8(last ? "]" : "],"));
    };
    SPLIT_KINDS.forEach((kind, k) => {
      const [from, to] = this.ranges[i]![kind];
      array(kind, input.artifacts[kind].slice(from, to), k === SPLIT_KINDS.length - 1);
    });
    const errors = i === 0 ? input.errors : [];
    parts.push(utf8(`},"errors":${JSON.stringify(errors)},"repository":${JSON.stringify(input.repository)},"config":${JSON.stringify(input.config)}}`));
    // One ArrayBuffer of exactly the chunk's size (small Buffers are views into a shared pool), so
    // the engine hands it to the SDK without another copy.
    const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    return out;
  }

  /** Chunk i as JSON text (tests and debugging). */
  json(i: number): string {
    const b = this.bytes(i);
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8");
  }
}

const COMMA = Buffer.from(",");

/**
 * The results of an evaluation, free of duplicates and sorted by artifact (so the report unpacks
 * each artifact's source map once), then by their JSON text. Each is kept as that text behind its
 * artifact's JSON and a NUL, which JSON text never holds raw, and parsed when read. A monorepo
 * yields hundreds of thousands of findings and evidence records: holding each as text alone, and
 * letting the report release each text as it reads it (drain), keeps one copy in memory instead of two.
 */
export class RawResults implements Iterable<RawResult> {
  constructor(private texts: string[]) {}

  /** The sort key of a result: its artifact, a NUL, its JSON text. */
  static key(result: RawResult): string {
    return `${JSON.stringify(result.artifact)}\u0000${JSON.stringify(result)}`;
  }

  private static parse(key: string): RawResult {
    return JSON.parse(key.slice(key.indexOf("\u0000") + 1)) as RawResult;
  }

  get length(): number {
    return this.texts.length;
  }

  *[Symbol.iterator](): Iterator<RawResult> {
    for (const t of this.texts) yield RawResults.parse(t);
  }

  /** Reads every result once, in order, releasing each text as it goes; the list is empty after. */
  *drain(): Generator<RawResult> {
    const texts = this.texts;
    this.texts = [];
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i]!;
      texts[i] = "";
      yield RawResults.parse(t);
    }
  }
}

/**
 * The results (findings and evidence records) of `input`, evaluated whole when it fits one chunk and in two passes over chunks
 * otherwise; sorted (by artifact, then JSON text) and free of duplicates either way, so the result does not depend on the split.
 */
export function evaluateInChunks(
  engine: ChunkEvaluator,
  input: SerializedInput,
  { maxBytes = DEFAULT_CHUNK_BYTES, onChunk }: { maxBytes?: number; onChunk?: (done: number, total: number) => void } = {},
): { results: RawResults; chunks: number } {
  const chunks = InputChunks.split(input, maxBytes);
  if (chunks.count > 1 && !engine.indexEntrypoint) {
    throw new EngineError("the compiled policy has no index entrypoint, so it cannot evaluate an input in chunks; rebuild it with npm run build:policies");
  }
  const unique = new Set<string>();
  const evaluateAll = () => {
    for (let i = 0; i < chunks.count; i++) {
      const found = engine.evaluateJson(chunks.bytes(i), engine.entrypoint);
      if (!Array.isArray(found)) throw new EngineError(`policy returned no findings list (got ${JSON.stringify(found).slice(0, 200)})`);
      for (const f of found as RawResult[]) unique.add(RawResults.key(f));
      onChunk?.(i + 1, chunks.count);
    }
  };
  if (chunks.count > 1) engine.withRepositoryIndex(mergeIndexes(engine, chunks), evaluateAll);
  else evaluateAll();
  const texts = [...unique];
  unique.clear();
  return { results: new RawResults(texts.sort()), chunks: chunks.count };
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
    const local = engine.evaluateJson(chunks.bytes(i), engine.indexEntrypoint!);
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
            union(prev ?? (map.set(k, new Set()).get(k) as Set<string>), v);
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
