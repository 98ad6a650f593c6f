// Loads the compiled policy once and evaluates PolicyInputs with @open-policy-agent/opa-wasm.
import * as opaWasm from "@open-policy-agent/opa-wasm";
import { loadPolicy } from "@open-policy-agent/opa-wasm";
import fs from "node:fs";
import path from "node:path";
import type { RuleMeta } from "../model/types.js";
import type { Catalog } from "../model/catalog.js";

/** 64 KiB wasm pages: 5 to start (the SDK default), at most 2 GiB, so a hostile input cannot take the runner. */
export const WASM_INITIAL_PAGES = 5;
export const WASM_MAXIMUM_PAGES = 32768;

/**
 * Wasm heap one evaluation of the aigis rules uses per byte of PolicyInput JSON: about 20 in this
 * release (docs/benchmark.md), so 24 leaves a margin. Before an input larger than the current memory
 * is evaluated, the policy is re-instantiated with a memory of the expected size (a few
 * milliseconds) instead of letting the module grow it page by page: V8 answers each growth of a wasm
 * memory with a full garbage collection, which made large inputs quadratic (1,000 artifacts beside
 * a 140 MB JavaScript heap: 34 s growing from 5 pages, 0.7 s starting at the right size).
 */
export const HEAP_BYTES_PER_INPUT_BYTE = 24;

/** Wasm heap that loading policy data takes per byte of its JSON (a 1.7 MB repository index took 12.6 MiB). */
export const HEAP_BYTES_PER_DATA_BYTE = 10;
const PAGE = 65536;

// The SDK's ESM entry exports loadPolicySync only on its default export (its types name it a named export).
const loadPolicySync = (opaWasm as unknown as { default?: { loadPolicySync?: typeof opaWasm.loadPolicySync } }).default?.loadPolicySync;

/** Builtins that @open-policy-agent/opa-wasm 1.10.0 implements in JavaScript (src/builtins/*.js). */
const SDK_BUILTINS = new Set(["sprintf", "regex.split", "json.is_valid", "yaml.is_valid", "yaml.marshal", "yaml.unmarshal"]);

export class EngineError extends Error {}

/** The SDK throws strings and plain objects; give callers an Error with a readable message. */
export function toEngineError(e: unknown, context: string, maximumPages = WASM_MAXIMUM_PAGES): EngineError {
  if (e instanceof EngineError) return e;
  const detail =
    e instanceof Error
      ? e.message
      : typeof e === "string"
        ? e
        : e && typeof e === "object" && "message" in e
          ? String((e as { message: unknown }).message)
          : JSON.stringify(e);
  const hint = /Maximum memory size exceeded|opa_malloc/i.test(detail)
    ? ` (the policy input needs more than the ${(maximumPages * 64) / 1024} MiB wasm memory limit; narrow the scan with include/exclude)`
    : "";
  return new EngineError(`${context}: ${detail}${hint}`);
}

export interface PolicyBundle {
  dir: string;
  wasm: Uint8Array;
  data: ArrayBuffer;
  entrypoint: string;
  /** The repository-index entrypoint chunked evaluation needs (src/engine/chunks.ts); absent in older builds. */
  indexEntrypoint?: string;
  rules: RuleMeta[];
  catalog: Catalog;
}

/** Finds dist/policy from the bundle (dist/index.js, dist/cli/index.js) or from the sources. */
export function locatePolicyDir(fromDir: string): string {
  const env = process.env["AIGIS_POLICY_DIR"];
  if (env) return env;
  const candidates = [
    path.join(fromDir, "policy"),
    path.join(fromDir, "..", "policy"),
    path.join(fromDir, "..", "dist", "policy"),
    path.join(fromDir, "..", "..", "dist", "policy"),
  ];
  const found = candidates.find((d) => fs.existsSync(path.join(d, "policy.wasm")));
  if (!found) throw new EngineError(`compiled policy not found (looked in ${candidates.join(", ")}); run npm run build:policies`);
  return found;
}

export function loadBundle(dir: string): PolicyBundle {
  const read = (f: string) => {
    try {
      return fs.readFileSync(path.join(dir, f));
    } catch {
      throw new EngineError(`compiled policy is incomplete: ${path.join(dir, f)} is missing; run npm run build:policies`);
    }
  };
  const rules = JSON.parse(read("rules.json").toString("utf8")) as { entrypoint: string; index_entrypoint?: string; rules: RuleMeta[] };
  const data = read("data.json");
  return {
    dir,
    wasm: new Uint8Array(read("policy.wasm")),
    data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
    entrypoint: rules.entrypoint,
    ...(rules.index_entrypoint ? { indexEntrypoint: rules.index_entrypoint } : {}),
    rules: rules.rules,
    catalog: JSON.parse(read("catalog.json").toString("utf8")) as Catalog,
  };
}

type LoadedPolicy = Awaited<ReturnType<typeof loadPolicy>>;

export interface RawFinding {
  rule_package: string;
  artifact: string;
  pointer: string;
  message: string;
  line?: number;
  column?: number;
}

/** What a rule examined and found satisfied (a rule's `evidence` set, lib.evidence). */
export interface RawEvidence {
  rule_package: string;
  artifact: string;
  pointer: string;
  evidence: string;
}

/** The entrypoint returns findings and evidence in one list; evidence records carry `evidence`. */
export type RawResult = RawFinding | RawEvidence;

export function isEvidence(r: RawResult): r is RawEvidence {
  return typeof (r as RawEvidence).evidence === "string";
}

type Builtins = Record<string, (...args: unknown[]) => unknown>;

export class Engine {
  private constructor(
    private policy: LoadedPolicy,
    readonly entrypoint: string,
    readonly indexEntrypoint: string | null,
    private readonly maximumPages: number,
    private readonly module: WebAssembly.Module,
    private readonly data: ArrayBuffer,
    private readonly customBuiltins: Builtins,
  ) {
    this.currentData = data;
  }

  /** The data loaded now: the bundle's, or the bundle's plus a repository index. */
  private currentData: ArrayBuffer;

  /** Compiles and instantiates the module, checks the builtins it needs, and loads data once. */
  static async load(
    bundle: Pick<PolicyBundle, "wasm" | "data" | "entrypoint" | "indexEntrypoint">,
    customBuiltins: Builtins = {},
    { maximumPages = WASM_MAXIMUM_PAGES }: { maximumPages?: number } = {},
  ): Promise<Engine> {
    let policy: LoadedPolicy;
    let module: WebAssembly.Module;
    try {
      module = await WebAssembly.compile(bundle.wasm);
      const memory = { initial: Math.min(WASM_INITIAL_PAGES, maximumPages), maximum: maximumPages };
      // The synchronous loader instantiates the compiled module directly; the async one first asks
      // whether it was given a fetch Response, and touching that global makes Node load its HTTP
      // client (undici), 15-30 ms of every run's start.
      policy = loadPolicySync ? (loadPolicySync(module, memory, customBuiltins) as LoadedPolicy) : await loadPolicy(module, memory, customBuiltins);
    } catch (e) {
      throw toEngineError(e, "could not load the compiled policy");
    }
    const missing = requiredBuiltins(policy).filter((b) => !SDK_BUILTINS.has(b) && !(b in customBuiltins));
    if (missing.length) {
      throw new EngineError(`the compiled policy needs builtins this host does not provide: ${missing.sort().join(", ")}`);
    }
    for (const e of [bundle.entrypoint, bundle.indexEntrypoint]) {
      if (e && !(e in (policy.entrypoints as Record<string, number>))) throw new EngineError(`the compiled policy has no entrypoint ${e}`);
    }
    try {
      policy.setData(bundle.data);
    } catch (e) {
      throw toEngineError(e, "could not load policy data");
    }
    return new Engine(policy, bundle.entrypoint, bundle.indexEntrypoint ?? null, maximumPages, module, bundle.data, customBuiltins);
  }

  /** Current size of the wasm memory, in 64 KiB pages. */
  get memoryPages(): number {
    return (this.policy.mem as unknown as { buffer: ArrayBuffer }).buffer.byteLength / PAGE;
  }

  /** The entrypoint's result set, as the SDK returns it. */
  evaluateRaw(input: unknown): { result?: unknown }[] {
    return this.evaluateBytes(new TextEncoder().encode(JSON.stringify(input)), this.entrypoint);
  }

  /** The value of `entrypoint` for an input given as UTF-8 JSON (undefined when the rule is). */
  evaluateJson(json: Uint8Array, entrypoint: string): unknown {
    return this.evaluateBytes(json, entrypoint)[0]?.result;
  }

  private evaluateBytes(json: Uint8Array, entrypoint: string): { result?: unknown }[] {
    // Passing UTF-8 JSON as an ArrayBuffer skips the SDK's own stringify.
    try {
      this.reserve(json.byteLength);
      // The SDK takes an ArrayBuffer and reads all of it, so a view into a larger buffer is copied
      // out (Uint8Array's slice copies; a Buffer's would not).
      const whole = json.byteOffset === 0 && json.byteLength === json.buffer.byteLength ? json.buffer : Uint8Array.prototype.slice.call(json).buffer;
      return this.policy.evaluate(whole as ArrayBuffer, entrypoint) as { result?: unknown }[];
    } catch (e) {
      throw toEngineError(e, "policy evaluation failed", this.maximumPages);
    }
  }

  /** Re-instantiates the policy with the memory an input of `bytes` is expected to need (up to the maximum). */
  private reserve(bytes: number, perByte = HEAP_BYTES_PER_INPUT_BYTE): void {
    const base = (this.policy as unknown as { dataHeapPtr?: number }).dataHeapPtr ?? 0;
    const wanted = Math.ceil((base + bytes * (1 + perByte)) / PAGE);
    if (wanted <= this.memoryPages || !loadPolicySync) return;
    // An eighth more than asked, so that the next, slightly larger chunk does not instantiate again.
    this.instantiate(Math.min(this.maximumPages, Math.ceil(wanted * 1.125)), this.currentData);
  }

  private instantiate(pages: number, data: ArrayBuffer): void {
    const policy = loadPolicySync!(this.module, { initial: pages, maximum: this.maximumPages }, this.customBuiltins);
    policy.setData(data);
    this.policy = policy;
  }

  /**
   * Back to the bundle's data. The SDK's setData overwrites the old data before it parses the new,
   * so a failed load must end here too (the engine is reused); if even that fails, the instance is
   * rebuilt.
   */
  private restoreData(): void {
    this.currentData = this.data;
    try {
      this.policy.setData(this.data);
    } catch {
      if (loadPolicySync) this.instantiate(this.memoryPages, this.data);
    }
  }

  /**
   * Runs `fn` with the policy data extended by data.aigis_repository_index = `indexJson` (see
   * src/engine/chunks.ts), then restores the bundle's data. Parsed once, the index costs each chunk
   * nothing; as input it was parsed again for every chunk.
   */
  withRepositoryIndex<T>(indexJson: string, fn: () => T): T {
    // The bundle's data.json declares the key (null); it is replaced, not repeated.
    const base = JSON.parse(new TextDecoder().decode(this.data)) as Record<string, unknown>;
    delete base["aigis_repository_index"];
    const head = JSON.stringify(base).slice(0, -1);
    const joined = `${head}${head === "{" ? "" : ","}"aigis_repository_index":${indexJson}}`;
    const bytes = new TextEncoder().encode(joined);
    const extended = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    try {
      this.reserve(bytes.byteLength, HEAP_BYTES_PER_DATA_BYTE);
      this.policy.setData(extended);
      this.currentData = extended;
    } catch (e) {
      this.restoreData();
      throw toEngineError(e, "could not load the repository index", this.maximumPages);
    }
    try {
      return fn();
    } finally {
      this.restoreData();
    }
  }

  evaluate(input: unknown): RawFinding[] {
    const result = this.evaluateRaw(input);
    const set = result;
    const findings = set[0]?.result;
    if (!Array.isArray(findings)) throw new EngineError(`policy returned no findings list (got ${JSON.stringify(result).slice(0, 200)})`);
    return findings as RawFinding[];
  }
}

/** Names of the builtins the module imports from its host (opa_json_dump of the `builtins` export). */
function requiredBuiltins(policy: LoadedPolicy): string[] {
  const exports = (policy.wasmInstance as WebAssembly.Instance).exports as Record<string, (...a: number[]) => number>;
  const addr = exports["opa_json_dump"]!(exports["builtins"]!());
  const mem = new Uint8Array((policy.mem as WebAssembly.Memory).buffer);
  let end = addr;
  while (mem[end] !== 0) end++;
  return Object.keys(JSON.parse(new TextDecoder().decode(mem.subarray(addr, end))) as Record<string, number>);
}
