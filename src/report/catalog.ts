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

  /** Cited keys plus their same-title equivalents in newer OWASP editions (editorial crosswalk). */
  expand(keys: readonly string[]): string[] {
    const out = new Set(keys);
    const cw = this.catalog.crosswalks.find((c) => c.id === "owasp-llm-2025->owasp-llm-2026");
    for (const [from, to] of cw?.pairs ?? []) if (out.has(from)) out.add(to);
    return [...out];
  }
}
