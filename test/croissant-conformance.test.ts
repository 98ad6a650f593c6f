// Croissant as mlcroissant reads it: IN-002 only for what the reference validator rejects, the
// spec text's dataset-level requirements as spec-only problems (AIGIS-IN-004).
import { describe, expect, it } from "vitest";
import { parseJson } from "../src/parse/json-doc.js";
import { readCroissant } from "../src/readers/formats/croissant/croissant.js";
import type { DatasetRecord, Problem } from "../src/model/types.js";

const CONTEXT = {
  "@vocab": "https://schema.org/",
  sc: "https://schema.org/",
  cr: "http://mlcommons.org/croissant/",
  conformsTo: "dct:conformsTo",
  dct: "http://purl.org/dc/terms/",
  containedIn: "cr:containedIn",
  recordSet: "cr:recordSet",
  field: "cr:field",
  source: "cr:source",
  fileObject: "cr:fileObject",
};
const FILE = {
  "@id": "data.csv",
  "@type": "cr:FileObject",
  name: "data.csv",
  contentUrl: "https://example.org/data.csv",
  encodingFormat: "text/csv",
  sha256: "a".repeat(64),
};

function read(doc: Record<string, unknown> | unknown[]): { record: DatasetRecord; problems: Problem[] } {
  const { artifact } = readCroissant("croissant.json", parseJson(JSON.stringify(doc, null, 2)));
  const record = artifact as DatasetRecord;
  return { record, problems: record.problems };
}
const dataset = (extra: Record<string, unknown>) => ({
  "@context": CONTEXT,
  "@type": "sc:Dataset",
  conformsTo: "http://mlcommons.org/croissant/1.1",
  distribution: [FILE],
  ...extra,
});
const validatorProblems = (ps: Problem[]) => ps.filter((p) => !p.spec_clause);

describe("Croissant read as mlcroissant reads it", () => {
  it("reports a missing creator, datePublished or license as a spec-only problem citing the clause", () => {
    const { problems } = read(dataset({ name: "d", description: "x", url: "https://example.org" }));
    expect(validatorProblems(problems)).toEqual([]);
    const spec = problems.filter((p) => p.spec_clause).map((p) => p.pointer);
    expect(spec).toEqual(expect.arrayContaining(["/license", "/creator", "/datePublished"]));
    expect(problems.find((p) => p.pointer === "/creator")?.spec_clause).toBe("Croissant 1.1 §Dataset-level Information (Required)");
  });

  it("reads a language map and a language-tagged list as text", () => {
    const { record, problems } = read(dataset({ name: { en: "Birds", fr: "Oiseaux" }, description: [{ "@language": "en", "@value": "Bird songs" }] }));
    expect(validatorProblems(problems)).toEqual([]);
    expect(record.name).toBe("Birds");
    expect(record.description).toContain("Bird songs");
  });

  it("rejects a name or description that is not text, as mlcroissant does", () => {
    const { problems } = read(dataset({ name: true, distribution: [{ ...FILE, description: ["ok", 42] }] }));
    expect(validatorProblems(problems).map((p) => p.pointer)).toEqual(expect.arrayContaining(["/name", "/distribution/0/description"]));
  });

  it("accepts a list-valued encodingFormat", () => {
    const { problems } = read(dataset({ distribution: [{ ...FILE, encodingFormat: ["git+https", "text/csv"] }] }));
    expect(validatorProblems(problems)).toEqual([]);
  });

  it("reports a containedIn or a source whose @id names no node (IN-002)", () => {
    const inner = { "@id": "inner.csv", "@type": "cr:FileObject", name: "inner.csv", encodingFormat: "text/csv", containedIn: { "@id": "archive.zip" } };
    const recordSet = {
      "@id": "rs",
      "@type": "cr:RecordSet",
      name: "rs",
      field: [{ "@id": "rs/a", "@type": "cr:Field", name: "a", dataType: "sc:Text", source: { fileObject: { "@id": "nothing" } } }],
    };
    const { problems } = read(dataset({ distribution: [FILE, inner], recordSet: [recordSet] }));
    const reasons = validatorProblems(problems).map((p) => `${p.pointer} ${p.reason}`);
    expect(reasons).toContain('/distribution/1/containedIn containedIn refers to "archive.zip", which no node in the file defines');
    expect(reasons).toContain('/recordSet/0/field/0/source/fileObject fileObject refers to "nothing", which no node in the file defines');
  });

  it("reads a reference to a node that exists, and a file inside an archive without its own URL", () => {
    const archive = { ...FILE, "@id": "archive.zip", name: "archive.zip", encodingFormat: "application/zip" };
    const inner = { "@id": "inner.csv", "@type": "cr:FileObject", name: "inner.csv", encodingFormat: "text/csv", containedIn: { "@id": "archive.zip" } };
    const recordSet = {
      "@id": "rs",
      "@type": "cr:RecordSet",
      name: "rs",
      field: [{ "@id": "rs/a", "@type": "cr:Field", name: "a", dataType: "sc:Text", source: { fileObject: { "@id": "inner.csv" } } }],
    };
    const { problems } = read(dataset({ distribution: [archive, inner], recordSet: [recordSet] }));
    expect(validatorProblems(problems)).toEqual([]);
  });

  it("reports a distribution, record set or field of the wrong @type", () => {
    const { problems } = read(
      dataset({
        distribution: [{ ...FILE, "@type": "sc:WRONG" }],
        recordSet: [{ "@id": "rs", "@type": "cr:RecordSet", name: "rs", field: [{ "@id": "rs/a", "@type": "sc:WRONG", name: "a" }] }],
      }),
    );
    expect(validatorProblems(problems).map((p) => p.pointer)).toEqual(expect.arrayContaining(["/distribution/0", "/recordSet/0/field/0"]));
  });

  it("rejects a top-level JSON-LD array with a message that says so", () => {
    expect(() => read([dataset({})])).toThrow(/top-level JSON-LD array/);
  });
});
