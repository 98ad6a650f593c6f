// The "AI in use" table of the job summary and the pull-request comment: one row per model,
// weights file, package, serving image or credential name the inventory saw, where it is used,
// and whether a file the pull request changes uses it. Every value comes from the repository, so
// each goes through md() or code().
import type { InventoryItem } from "../inventory/report.js";
import type { Report } from "../report/report.js";
import { plural } from "./format.js";
import { code, md } from "./markdown.js";

/** Rows beyond this are counted, not listed: the JSON report has every use. */
export const INVENTORY_ROWS = 50;

const KIND: Record<string, string> = {
  model: "model",
  weights: "weights",
  package: "package",
  "serving-image": "serving image",
  credential: "credential name",
};
const ORDER = ["model", "weights", "package", "serving-image", "credential"];

interface Row {
  item: InventoryItem;
  uses: InventoryItem[];
  changed: boolean;
}

/** Uses grouped by what is used; a group is marked when a changed file holds one of its uses. */
function rows(items: readonly InventoryItem[], changed: ReadonlySet<string>): Row[] {
  const groups = new Map<string, InventoryItem[]>();
  for (const i of items) {
    const key = `${i.type}\u0000${i.name.toLowerCase()}\u0000${i.provider ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups.values()]
    .map((uses) => {
      const inChange = uses.filter((u) => changed.has(u.path));
      // The use shown is one the pull request touches when there is one.
      return { item: inChange[0] ?? uses[0]!, uses, changed: inChange.length > 0 };
    })
    .sort(
      (a, b) =>
        Number(b.changed) - Number(a.changed) ||
        ORDER.indexOf(a.item.type) - ORDER.indexOf(b.item.type) ||
        (a.item.name < b.item.name ? -1 : a.item.name > b.item.name ? 1 : 0),
    );
}

export function renderInventory(report: Report): string[] {
  if (!report.inventory.length) return [];
  const changed = new Set(report.changes?.files ?? []);
  const all = rows(report.inventory, changed);
  const added = all.filter((r) => r.changed).length;
  const out = ["### AI in use", ""];
  out.push(
    `${plural(all.length, "AI component")} seen in code, manifests, containers and weights (${plural(report.inventory.length, "use")})` +
      (report.changes ? `; ${added} used in files this pull request changes (🆕).` : "."),
    "",
  );
  out.push("| | Kind | Name | Version | Provider | Used at | Uses |", "|---|---|---|---|---|---|---:|");
  for (const r of all.slice(0, INVENTORY_ROWS)) {
    const i = r.item;
    const version = i.revision ?? i.version;
    const provider = i.provider ?? i.hub;
    out.push(
      `| ${r.changed ? "🆕" : ""} | ${KIND[i.type] ?? md(i.type)} | ${code(i.name, true)} | ${version ? code(version, true) : ""} | ${provider ? md(provider) : ""} | ${code(`${i.path}:${i.line}`, true)} | ${r.uses.length} |`,
    );
  }
  if (all.length > INVENTORY_ROWS) out.push("", `_…and ${all.length - INVENTORY_ROWS} more; the JSON report lists every use._`);
  out.push("");
  return out;
}
