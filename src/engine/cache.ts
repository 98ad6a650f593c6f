// Loaded policy engines, one per policy directory, shared by the runs of whoever holds the cache: a
// shell that runs more than once, a test file, the benchmark. Nothing is cached behind a caller's
// back: run() without a cache loads the policy afresh.
import { Engine, loadBundle, type PolicyBundle } from "./engine.js";

export interface LoadedPolicy {
  engine: Engine;
  bundle: PolicyBundle;
}

export class EngineCache {
  private readonly loaded = new Map<string, Promise<LoadedPolicy>>();

  /** The engine for a policy directory, compiled and instantiated on first use; a failed load is retried next time. */
  load(policyDir: string): Promise<LoadedPolicy> {
    let e = this.loaded.get(policyDir);
    if (!e) {
      e = loadPolicyDir(policyDir);
      this.loaded.set(policyDir, e);
      e.catch(() => this.loaded.delete(policyDir));
    }
    return e;
  }
}

export async function loadPolicyDir(policyDir: string): Promise<LoadedPolicy> {
  const bundle = loadBundle(policyDir);
  return { bundle, engine: await Engine.load(bundle) };
}
