// The control catalog (catalog/controls.json, shipped as dist/policy/catalog.json).

export type { Catalog, Control, Crosswalk, Framework } from "../model/catalog.js";
import type { Catalog, Control, Framework } from "../model/catalog.js";

export class ControlIndex {
  private readonly byKey = new Map<string, { control: Control; framework: Framework }>();

  constructor(readonly catalog: Catalog) {
    for (const f of catalog.frameworks) for (const c of f.controls) this.byKey.set(c.key, { control: c, framework: f });
  }

  get(key: string): { control: Control; framework: Framework } | undefined {
    return this.byKey.get(key);
  }

  /**
   * Cited keys plus what they speak to by construction: their counterparts in the newer OWASP LLM
   * edition (crosswalk) and, for a sub-point such as Annex IV(2)(a), the point it belongs to (the
   * coverage count treats a cited sub-point the same way).
   */
  expand(keys: readonly string[]): string[] {
    const cached = this.expanded.get(keys);
    if (cached) return cached;
    const out = new Set(keys);
    const cw = this.catalog.crosswalks.find((c) => c.id === "owasp-llm-2025->owasp-llm-2026");
    for (const [from, to] of cw?.pairs ?? []) if (out.has(from)) out.add(to);
    for (const k of keys) {
      const parent = /^(eu-ai-act:Annex IV\(\d+\))\([a-z]\)$/.exec(k)?.[1];
      if (parent && this.byKey.has(parent)) out.add(parent);
    }
    const result = [...out];
    this.expanded.set(keys, result);
    return result;
  }

  private readonly expanded = new WeakMap<readonly string[], string[]>();
}
