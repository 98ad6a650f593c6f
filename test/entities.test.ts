// Entity resolution (src/resolve/entities.ts): a model card and the SBOM component for the same
// model, a dataset card and a Croissant file for the same dataset, are judged together.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../src/run.js";
import { dropJudgedElsewhere, groupRecords, judgingRecords, resolveGroup, type Identity } from "../src/resolve/entities.js";
import type { ModelCard } from "../src/model/types.js";
import { blankDataset, blankModelCard } from "../src/readers/shapes.js";
import { fixtures, policyDir } from "./helpers.js";

const root = path.join(fixtures, "entities");
const CARD = "models/summarizer/README.md";
const SBOM_MODEL = "ai-bom.cdx.json#/components/0";
const SBOM_DATA = "ai-bom.cdx.json#/components/1";
const DATA_CARD = "data/news-articles/README.md";
const CROISSANT = "data/news-articles/croissant.json";

const lines = async (chunkBytes?: number) => {
  const { report } = await run({ root, policyDir, version: "0", ...(chunkBytes ? { chunkBytes } : {}) });
  return report.findings.map((f) => `${f.rule} ${f.artifact} ${f.pointer}`).sort();
};

describe("one model, many records", () => {
  it("judges each field once, on the record that fills it or where it belongs", async () => {
    const found = await lines();
    // Nothing on the SBOM's copy of the model or the dataset, nor on the Croissant file: the cards say it all.
    expect(found.filter((l) => [SBOM_MODEL, SBOM_DATA, CROISSANT].some((id) => l.split(" ")[1] === id))).toEqual([]);
    // Gaps every record of the entity has are reported once, on the card (prose belongs there).
    expect(found.filter((l) => l.startsWith("AIGIS-MC-") || l.startsWith("AIGIS-DP-"))).toEqual([
      `AIGIS-DP-004 ${DATA_CARD} /bias`,
      `AIGIS-MC-008 ${CARD} /architecture`,
    ]);
    // Findings about the SBOM itself are untouched.
    expect(found).toContain("AIGIS-SC-003 ai-bom.cdx.json /components/1/supplier");
  });

  it("gives the same findings evaluated in chunks", async () => {
    expect(await lines(2048)).toEqual(await lines());
  });
});

describe("grouping records", () => {
  const id = (i: string, format: string, name: string | null, extra: Partial<Identity> = {}): Identity => ({
    id: i,
    kind: "model_card",
    format,
    name,
    ...extra,
  });

  it("links a purl's Hugging Face id to a card named owner/name, and a bom-ref across files", () => {
    const groups = groupRecords([
      id("card", "huggingface-model-card", "acme/summarizer"),
      id("bom#/components/0", "cyclonedx", "summarizer-v1", { purl: "pkg:huggingface/acme/summarizer@abc?x=1" }),
      id("other", "huggingface-model-card", "translator"),
      id("a.cdx#/components/0", "cyclonedx", "t1", { ref: "model-translator" }),
      id("b.cdx#/components/3", "cyclonedx", "t2", { ref: "model-translator" }),
    ]);
    expect(groups).toEqual([
      [0, 1],
      [3, 4],
    ]);
  });

  it("never merges two owners' models of the same name, nor a model with a dataset", () => {
    const groups = groupRecords([
      id("a", "huggingface-model-card", "acme/bert"),
      id("b", "cyclonedx", "globex/bert"),
      id("c", "cyclonedx", "bert"),
      { id: "d", kind: "dataset", format: "croissant", name: "acme/bert" },
    ]);
    expect(groups).toEqual([]);
  });

  it("does not take a name shared by two records of one format for one model", () => {
    // Two cards named alike in two folders may be two models; an SBOM component of that name is ambiguous.
    expect(
      groupRecords([
        id("v1/README.md", "huggingface-model-card", "chat"),
        id("v2/README.md", "huggingface-model-card", "chat"),
        id("bom#/c/0", "cyclonedx", "chat"),
      ]),
    ).toEqual([]);
    // The same components in two SBOMs are one model by their purl.
    expect(
      groupRecords([
        id("a#/c/0", "cyclonedx", "m", { purl: "pkg:huggingface/acme/m@1" }),
        id("b#/c/0", "cyclonedx", "m", { purl: "pkg:huggingface/acme/m@2" }),
      ]),
    ).toEqual([[0, 1]]);
  });

  it("matches a bare name to the one owner that uses it", () => {
    expect(groupRecords([id("a", "huggingface-model-card", "Acme/BERT"), id("b", "cyclonedx", "bert ")])).toEqual([[0, 1]]);
  });
});

describe("choosing the record that judges a field", () => {
  const card = { ...blankModelCard({ id: "card", path: "card", format: "huggingface-model-card", format_version: null }), unsupported: ["hashes"] };
  const comp = blankModelCard({ id: "bom#/c/0", path: "bom", format: "cyclonedx", format_version: "1.6" });

  it("prefers the record that fills the field, then the format it belongs to", () => {
    const judges = judgingRecords([
      { ...card, limitations: null, supplier: null },
      { ...comp, limitations: "Drops nuance.", supplier: null },
    ]);
    expect(judges.get("limitations")).toBe("bom#/c/0"); // only the SBOM fills it
    expect(judges.get("intended_use")).toBe("card"); // neither does: prose belongs on the card
    expect(judges.get("supplier")).toBe("bom#/c/0"); // neither does: suppliers belong in the SBOM
    expect(judges.get("hashes")).toBe("bom#/c/0"); // the card has no place for hashes
  });

  it("gives each record the group's text but not its lists, which rules compare across records", () => {
    const { records, judgedElsewhere } = resolveGroup([
      { ...card, intended_use: "Summaries for editors.", licenses: [] },
      { ...comp, intended_use: null, derived: true, licenses: [{ spdx: "Apache-2.0", name: null, url: null }] },
    ]);
    expect(records.map((r) => [r.intended_use, (r as ModelCard).derived, r.licenses.length])).toEqual([
      ["Summaries for editors.", true, 0],
      ["Summaries for editors.", true, 1],
    ]);
    expect(judgedElsewhere.get("bom#/c/0")?.has("intended_use")).toBe(true);
    expect(judgedElsewhere.get("card")?.has("licenses")).toBe(true);
  });

  it("keeps datasets apart from models and a record's problems on the record", () => {
    const ds = blankDataset({ id: "ds", path: "ds", format: "croissant", format_version: "1.1" });
    expect(judgingRecords([ds, { ...ds, id: "ds2", format: "huggingface-dataset-card" }]).get("bias")).toBe("ds2");
    const kept = [
      ...dropJudgedElsewhere(
        [
          { artifact: "x", pointer: "/bias" },
          { artifact: "x", pointer: "/problems/0" },
          { artifact: "x", pointer: "" },
          { artifact: "y", pointer: "/bias" },
        ],
        new Map([["x", new Set(["bias"])]]),
      ),
    ];
    expect(kept).toEqual([
      { artifact: "x", pointer: "/problems/0" },
      { artifact: "x", pointer: "" },
      { artifact: "y", pointer: "/bias" },
    ]);
  });
});
