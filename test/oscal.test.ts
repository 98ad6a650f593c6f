// The OSCAL sink: valid against NIST's published OSCAL 1.1.3 assessment-results JSON schema
// (vendored), one OSCAL finding per active finding, waivers as approved deviations, same bytes for
// the same input.
import fs from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/report/report.js";
import { provenanceOf, type Provenance } from "../src/report/provenance.js";
import { run } from "../src/run.js";
import { controlToken, markup, oscalAssessmentResults, renderOscal } from "../src/sinks/oscal.js";
import { AIGIS_NAMESPACE, URL_NAMESPACE, uuidv5 } from "../src/sinks/uuid.js";
import { fixtures, policyDir, repoRoot } from "./helpers.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, "vendor/schemas/oscal/oscal_assessment-results_schema.json"), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const env = { SOURCE_DATE_EPOCH: "1767225600", GITHUB_REPOSITORY: "acme/models", GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567" };
const prov = (over: Partial<Provenance> = {}): Provenance => ({
  ...provenanceOf({ env, toolVersion: "9.9.9", catalogVersion: 1, pathPrefix: "", origin: { repository: env.GITHUB_REPOSITORY, commit: env.GITHUB_SHA } }),
  ...over,
});

async function report(fixture: string): Promise<Report> {
  return (await run({ root: path.join(fixtures, fixture), policyDir, version: "t" })).report;
}

type Doc = {
  "assessment-results": {
    results: {
      findings?: unknown[];
      observations?: { uuid: string; "relevant-evidence": { href: string }[] }[];
      risks?: Record<string, unknown>[];
      "reviewed-controls": { "control-selections": { props?: { name: string; value: string }[] }[] };
    }[];
  };
};

describe("OSCAL assessment results", () => {
  it("validates against the official schema, with one OSCAL finding per active finding", async () => {
    const r = await report("gaps");
    expect(r.findings.length).toBeGreaterThan(3);
    const doc = oscalAssessmentResults(r, prov()) as Doc;
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const result = doc["assessment-results"].results[0]!;
    expect(result.findings).toHaveLength(r.findings.length);
    // Every framework reported is a control selection named in props.
    expect(result["reviewed-controls"]["control-selections"].map((s) => s.props?.find((p) => p.name === "framework")?.value)).toEqual(
      r.readiness.frameworks.map((f) => f.id),
    );
    // Evidence links point at the file at the commit.
    expect(
      result.observations!.every((o) =>
        o["relevant-evidence"][0]!.href.startsWith("https://github.com/acme/models/blob/0123456789abcdef0123456789abcdef01234567/"),
      ),
    ).toBe(true);
    expect(new Set(result.observations!.map((o) => o.uuid)).size).toBe(result.observations!.length);
    // A gap of the repository as a whole links the tree at the commit, never a line of no file.
    expect(r.findings.some((f) => f.path === "")).toBe(true);
    const hrefs = result.observations!.map((o) => o["relevant-evidence"][0]!.href);
    expect(hrefs).toContain("https://github.com/acme/models/blob/0123456789abcdef0123456789abcdef01234567/");
    expect(hrefs.filter((h) => /\/#L\d+$/.test(h))).toEqual([]);
    // The schema is really enforced: a control key as written (with a colon and a space) is no token.
    const bad = JSON.parse(JSON.stringify(doc));
    bad["assessment-results"].results[0].findings[0].target["target-id"] = "nist-ai-rmf:GOVERN 1.1";
    expect(validate(bad)).toBe(false);
  });

  it("records waived findings as approved deviations with owner and expiry, not as findings", async () => {
    const r = await report("waivers");
    expect(r.suppressed.length).toBeGreaterThan(0);
    const doc = oscalAssessmentResults(r, prov()) as Doc;
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const result = doc["assessment-results"].results[0]!;
    expect(result.findings ?? []).toHaveLength(r.findings.length);
    expect(result.risks).toHaveLength(r.suppressed.length);
    const first = r.suppressed[0]!;
    const risk = result.risks![0]!;
    expect(risk["status"]).toBe("deviation-approved");
    expect(risk["deadline"]).toBe(`${first.suppression!.expires}T23:59:59Z`);
    expect(risk["props"]).toEqual(expect.arrayContaining([expect.objectContaining({ name: "waiver-owner", value: first.suppression!.owner })]));
  });

  it("is valid without a repository, commit or findings, and links evidence by relative path", async () => {
    const r = await report("passing");
    const p = provenanceOf({
      env: { SOURCE_DATE_EPOCH: "0" },
      toolVersion: "t",
      catalogVersion: 1,
      pathPrefix: "sub dir",
      origin: { repository: null, commit: null },
    });
    const doc = oscalAssessmentResults(r, p) as Doc;
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const obs = doc["assessment-results"].results[0]!.observations ?? [];
    for (const o of obs) expect(o["relevant-evidence"][0]!.href).toMatch(/^sub%20dir\//);
  });

  it("gives the same bytes for the same input", async () => {
    const r = await report("gaps");
    expect(renderOscal(r, prov())).toBe(renderOscal(await report("gaps"), prov()));
    expect(renderOscal(r, prov({ generated_at: "2026-01-02T00:00:00Z" }))).not.toBe(renderOscal(r, prov()));
  });

  it("makes name-based UUIDs (RFC 9562 version 5)", () => {
    expect(uuidv5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    // The namespace of aigis's own ids is written out; it is the one the project's OSCAL URL names.
    expect(AIGIS_NAMESPACE).toBe(uuidv5("https://github.com/aigis/aigis/oscal", URL_NAMESPACE));
  });

  it("maps every catalogue control key to a distinct OSCAL token", () => {
    const catalog = JSON.parse(fs.readFileSync(path.join(policyDir, "catalog.json"), "utf8")) as { frameworks: { controls: { key: string }[] }[] };
    const keys = [...new Set(catalog.frameworks.flatMap((f) => f.controls.map((c) => c.key)))];
    const tokens = keys.map(controlToken);
    expect(new Set(tokens).size).toBe(keys.length);
    for (const t of tokens) expect(t).toMatch(/^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$/u);
    expect(controlToken("eu-ai-act:Annex IV(1)")).toBe("eu-ai-act_annex-iv-1");
  });

  it("escapes untrusted text in markup fields and keeps props schema-valid", async () => {
    expect(markup("[x](javascript:alert(1)) <b>")).toBe("\\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>");
    const r = await report("gaps");
    const hostile = { ...r, findings: [{ ...r.findings[0]!, message: "  \u001b[31m<script>  ", pointer: " " }] };
    const doc = oscalAssessmentResults(hostile, prov()) as Doc;
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(JSON.stringify(doc)).not.toContain("<script>");
  });
});
