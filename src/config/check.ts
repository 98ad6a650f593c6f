// Checks of the configuration that need the loaded policy: rule ids (in `rules` and `waivers`) and
// parameter names must exist in it (built-in rules plus custom policies), with the line to fix.
import type { RuleMeta } from "../model/types.js";
import { ConfigError, type Config } from "./config.js";
import { excerpt } from "./excerpt.js";
import { suggest } from "./schema.js";

export function checkAgainstPolicy(cfg: Config, rules: readonly RuleMeta[], defaults: Record<string, unknown>): void {
  const line = (p: (string | number)[]) => cfg.lineOf?.(p) ?? null;
  const ids = rules.map((r) => r.id);
  const unknownRule = (id: string) => `${id} is not a known rule${suggest(id, ids).startsWith(" (did") ? suggest(id, ids) : " (`aigis rules` lists them)"}`;
  for (const id of Object.keys(cfg.rules)) {
    if (!ids.includes(id)) throw new ConfigError(`rules.${unknownRule(id)}`, cfg.source, line(["rules", id]));
  }
  cfg.waivers.forEach((w, i) => {
    if (!ids.includes(w.rule)) throw new ConfigError(`waivers[${i}].rule ${unknownRule(w.rule)}`, cfg.source, line(["waivers", i, "rule"]));
  });
  const known = Object.keys(defaults).sort();
  for (const k of Object.keys(cfg.params)) {
    if (!(k in defaults)) throw new ConfigError(`params.${excerpt(k)}: unknown parameter "${excerpt(k)}"${suggest(k, known)}`, cfg.source, line(["params", k]));
  }
}
