import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Catalog } from "../src/report/catalog.js";
import { repoRoot } from "./helpers.js";

const catalog = JSON.parse(fs.readFileSync(path.join(repoRoot, "catalog", "controls.json"), "utf8")) as Catalog;
const referencePath = path.join(repoRoot, "catalog", "reference", "controls.json");
type RefEntry = Record<string, unknown> & { id: string; type: string };
const reference = JSON.parse(fs.readFileSync(referencePath, "utf8")) as {
  frameworks: (Record<string, unknown> & { id: string; controls: RefEntry[] })[];
  crosswalks: Record<string, unknown>[];
};
const python = ["python3", "python"].find((p) => spawnSync(p, ["--version"]).status === 0);
const fw = (id: string) => catalog.frameworks.find((f) => f.id === id)!;
const keys = new Set(catalog.frameworks.flatMap((f) => f.controls.map((c) => c.key)));

describe("control catalog", () => {
  it("has the published number of controls per framework", () => {
    const annexA = fw("iso42001").controls.filter((c) => c.kind === "annex-a-control");
    expect(annexA).toHaveLength(38);
    expect(annexA[0]!.id).toBe("A.2.2");
    expect(annexA.at(-1)!.id).toBe("A.10.4");
    expect(annexA.some((c) => /^A\.\d+\.1$/.test(c.id))).toBe(false);
    expect(fw("nist-ai-rmf").controls.filter((c) => c.kind === "subcategory")).toHaveLength(72);
    expect(fw("owasp-llm-2025").controls.map((c) => c.id)).toEqual(Array.from({ length: 10 }, (_, i) => `LLM${String(i + 1).padStart(2, "0")}:2025`));
    expect(fw("owasp-llm-2026").controls).toHaveLength(10);
    expect(fw("owasp-agentic").controls.map((c) => c.id)).toEqual(Array.from({ length: 10 }, (_, i) => `ASI${String(i + 1).padStart(2, "0")}`));
    expect(fw("eu-ai-act").controls.filter((c) => c.kind === "annex-iv-point")).toHaveLength(9);
    expect(fw("eu-ai-act").controls.filter((c) => c.kind === "annex-iv-subpoint")).toHaveLength(8);
  });

  it("names edition-qualified OWASP ids correctly", () => {
    expect(fw("owasp-llm-2025").controls.find((c) => c.id === "LLM04:2025")!.title).toBe("Data and Model Poisoning");
    expect(fw("owasp-llm-2026").controls.find((c) => c.id === "LLM04:2026")!.title).toMatch(/Supply Chain/);
  });

  it("has unique keys, each prefix:id, with a title, summary and link", () => {
    const all = catalog.frameworks.flatMap((f) => f.controls.map((c) => ({ f, c })));
    expect(new Set(all.map(({ c }) => c.key)).size).toBe(all.length);
    for (const { f, c } of all) {
      expect(c.key).toBe(`${f.prefix}:${c.id}`);
      expect(c.title.length).toBeGreaterThan(2);
      expect(c.summary.length).toBeGreaterThan(10);
      expect(c.url).toMatch(/^https:\/\//);
      if (c.evidence !== "yes") expect(c.audit_note, c.key).toBeTruthy();
    }
  });

  it("uses only ids that the verified reference catalog has", () => {
    const refIds = new Set(reference.frameworks.flatMap((f) => f.controls.map((c) => c.id)));
    const unknown = catalog.frameworks.flatMap((f) => f.controls.filter((c) => !refIds.has(c.id)).map((c) => c.key));
    expect(unknown).toEqual([]);
  });

  it("resolves every crosswalk pair", () => {
    for (const cw of catalog.crosswalks) {
      expect(cw.pairs.length, cw.id).toBeGreaterThan(0);
      for (const [a, b] of cw.pairs) {
        expect(keys.has(a), `${cw.id}: ${a}`).toBe(true);
        expect(keys.has(b), `${cw.id}: ${b}`).toBe(true);
      }
    }
    const editions = catalog.crosswalks.find((c) => c.id === "owasp-llm-2025->owasp-llm-2026")!;
    expect(editions.authority).toMatch(/^editorial/);
    expect(editions.pairs).toContainEqual(["owasp-llm:LLM03:2025", "owasp-llm:LLM04:2026"]);
  });

  it("leaves the controls a repository cannot show out of the score", () => {
    const notScored = fw("iso42001")
      .controls.filter((c) => c.kind === "annex-a-control" && !c.scored)
      .map((c) => c.id);
    expect(notScored).toEqual(["A.2.3", "A.4.6"]);
  });

  it("is what scripts/gen-catalog.py makes of the vendored reference catalog", () => {
    if (!python) throw new Error("python3 is needed to check catalog/controls.json against its generator");
    const r = spawnSync(python, [path.join(repoRoot, "scripts", "gen-catalog.py"), "--check"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("vendored reference catalog (catalog/reference)", () => {
  it("holds ids, types, groups, sources and short titles only", () => {
    const extra = reference.frameworks.flatMap((f) =>
      f.controls.flatMap((c) =>
        Object.keys(c)
          .filter((k) => !["id", "type", "group", "title", "verified_by"].includes(k))
          .map((k) => `${f.id}:${c.id}.${k}`),
      ),
    );
    expect(extra).toEqual([]);
    for (const f of reference.frameworks) {
      // `release` holds facts only (date, DOI, the correspondences the publisher states), never prose.
      const keys = ["controls", "id", "license", "name", "source_keys", "sources", "version"];
      expect(Object.keys(f).sort(), f.id).toEqual(f["release"] ? [...keys, "release"].sort() : keys);
      if (f["release"]) expect(Object.keys(f["release"] as object).sort()).toEqual(["doi", "published", "stated_correspondences"]);
      expect((f["sources"] as string[]).length, f.id).toBeGreaterThan(0);
    }
  });

  it("quotes no ISO text beyond short titles and no NIST sentences", () => {
    const iso = reference.frameworks.find((f) => f.id === "iso42001")!;
    for (const c of iso.controls) expect(String(c["title"]).length, c.id).toBeLessThanOrEqual(80);
    const nist = reference.frameworks.find((f) => f.id === "nist-ai-rmf-1.0")!;
    const titled = nist.controls.filter((c) => c.type !== "function" && "title" in c).map((c) => c.id);
    expect(titled).toEqual([]);
  });

  it("keeps only the two crosswalks the catalog is built from, with their source", () => {
    expect(reference.crosswalks.map((x) => `${String(x["from"])}->${String(x["to"])}`)).toEqual([
      "nist-ai-rmf-1.0->iso42001",
      "owasp-agentic-top10-2026->owasp-llm-top10-2025",
    ]);
    for (const x of reference.crosswalks) expect(x["source_url"]).toMatch(/^https:\/\//);
  });
});
