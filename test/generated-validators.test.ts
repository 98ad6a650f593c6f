// The validators scripts/gen-validators.mjs precompiles (src/generated/) must behave exactly like the
// ones the readers used to compile at run time with ajv: the same verdict and the same error objects
// (order, paths, params, messages; with `verbose`, schema, parentSchema and data), on the fixtures and
// on many random mutations of them. The reference validators below are compiled here with the options
// the readers used; the CI check that src/generated is current covers the other direction.
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import AjvModule, { type ValidateFunction } from "ajv";
import formatsModule from "ajv-formats";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { CYCLONEDX_VERSIONS } from "../src/readers/formats/cyclonedx/cyclonedx.js";
import { validator } from "../src/parse/generated-validator.js";
import { fixtures, repoRoot } from "./helpers.js";

const Ajv = AjvModule.default;
const addFormats = formatsModule.default;
const RUNS = Number(process.env["AIGIS_FUZZ_RUNS"] ?? 200);
const SEED = process.env["AIGIS_FUZZ_SEED"] ? Number(process.env["AIGIS_FUZZ_SEED"]) : undefined;
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

const cdxDir = path.join(repoRoot, "node_modules", "@cyclonedx", "cyclonedx-library", "res", "schema");
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as unknown;

function referenceCycloneDx(version: string): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true, useDefaults: false, addUsedSchema: false, code: { optimize: false } });
  addFormats(ajv);
  ajv.addFormat("idn-email", true);
  ajv.addFormat("iri-reference", true);
  for (const name of ["spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json", "cryptography-defs.SNAPSHOT.schema.json"]) {
    ajv.addSchema(readJson(path.join(cdxDir, name)) as object, `http://cyclonedx.org/schema/${name}`);
  }
  return ajv.compile(readJson(path.join(cdxDir, `bom-${version}.SNAPSHOT.schema.json`)) as object);
}

function referenceConfig(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictNumbers: true, allowUnionTypes: true });
  addFormats(ajv, ["date"]);
  ajv.addKeyword({ keyword: "errorMessage", schemaType: "string" });
  return ajv.compile(readJson(path.join(repoRoot, "schema", "aigis-config.schema.json")) as object);
}

function same(reference: ValidateFunction, candidate: ValidateFunction, doc: unknown): void {
  // Each validator gets its own copy: ajv's errors hold the data they complain about.
  const a = structuredClone(doc);
  const b = structuredClone(doc);
  const verdict = reference(a);
  expect(candidate(b)).toBe(verdict);
  expect(candidate.errors ?? null).toStrictEqual(reference.errors ?? null);
}

function files(dir: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => pattern.test(path.basename(f)))
    .map((f) => path.join(dir, f))
    .sort();
}

// Values that hit the keywords the schemas use: formats, patterns, enums, lengths (surrogate pairs
// count once), uniqueness, types, required and additional properties.
const SCALARS = [
  "",
  "x",
  "CycloneDX",
  "1.6",
  "machine-learning-model",
  "data",
  "library",
  "MIT",
  "Apache-2.0",
  "NOASSERTION",
  "SHA-256",
  "0123456789abcdef0123456789abcdef",
  "2024-02-30T10:00:00Z",
  "2024-01-01T00:00:00Z",
  "2024-01-01",
  "not a date",
  "https://example.com/a b",
  "https://example.com/x",
  "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
  "urn:uuid:nope",
  "a@b.example",
  "@@",
  "\u{1F600}\u{1F600}",
  "pkg:npm/x@1",
  "critical",
  "high",
  "off",
  0,
  1,
  -1,
  1.5,
  1e21,
  true,
  false,
  null,
];
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...SCALARS),
    fc.string({ maxLength: 6 }),
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("name", "type", "bom-ref", "content", "alg", "url", "id", "x", "version", "severity"), tie("v"), { maxKeys: 3 }),
  ),
})).v;
const op = fc.record({ at: fc.nat(), key: fc.nat(), kind: fc.constantFrom("set", "set", "delete", "duplicate", "add"), value });

/** Applies edits at containers picked by index: set or delete a member, duplicate an array item, add a key. */
function mutate(doc: unknown, ops: { at: number; key: number; kind: string; value: unknown }[]): unknown {
  const root = structuredClone(doc);
  for (const o of ops) {
    const containers: (Record<string, unknown> | unknown[])[] = [];
    const walk = (v: unknown) => {
      if (v && typeof v === "object") {
        containers.push(v as Record<string, unknown>);
        Object.values(v).forEach(walk);
      }
    };
    walk(root);
    if (containers.length === 0) return root;
    const c = containers[o.at % containers.length]!;
    const keys = Object.keys(c);
    const key = Array.isArray(c)
      ? o.key % (c.length + 1)
      : o.kind === "add" || keys.length === 0
        ? ["extra", "name", "type", "licenses", "hashes", "$schema"][o.key % 6]!
        : keys[o.key % keys.length]!;
    if (Array.isArray(c)) {
      const i = Number(key);
      if (o.kind === "delete") c.splice(i, 1);
      else if (o.kind === "duplicate" && c.length) c.push(structuredClone(c[i % c.length]));
      else c[i] = o.value;
    } else if (o.kind === "delete") delete c[key];
    else if (o.kind === "duplicate") c[key] = structuredClone(c[keys[0] ?? key]);
    else c[key] = o.value;
  }
  return root;
}

describe("precompiled CycloneDX validators", () => {
  const boms = files(fixtures, /\.cdx\.json$/).flatMap((f) => {
    try {
      return [readJson(f)];
    } catch {
      return []; // the malformed fixtures
    }
  });
  for (const version of CYCLONEDX_VERSIONS) {
    it(`CycloneDX ${version}: same verdicts and errors as ajv compiling the schema`, { timeout: RUNS > 1000 ? 0 : undefined }, () => {
      const reference = referenceCycloneDx(version);
      const candidate = validator(`cyclonedx-${version}`)!;
      for (const bom of boms) same(reference, candidate, bom);
      fc.assert(
        fc.property(fc.constantFrom(...boms), fc.array(op, { minLength: 1, maxLength: 8 }), (bom, ops) => same(reference, candidate, mutate(bom, ops))),
        params,
      );
    });
  }
});

describe("precompiled configuration validator", () => {
  it("same verdicts and errors (verbose: schema, parentSchema, data) as ajv compiling the schema", { timeout: RUNS > 1000 ? 0 : undefined }, () => {
    const reference = referenceConfig();
    const candidate = validator("aigis-config")!;
    const configs = files(fixtures, /^\.aigis\.ya?ml$/).map((f) => parseYaml(fs.readFileSync(f, "utf8")) as unknown);
    configs.push({}, [], "x", {
      "fail-on": "severe",
      rules: { "AIGIS-MC-001": { severity: "loud" } },
      waivers: [{ rule: "x", expires: "2024-02-30" }, { expires: 5 }],
      unknown: 1,
    });
    for (const c of configs) same(reference, candidate, c);
    fc.assert(
      fc.property(fc.constantFrom(...configs), fc.array(op, { minLength: 1, maxLength: 6 }), (cfg, ops) => same(reference, candidate, mutate(cfg, ops))),
      params,
    );
  });
});

describe("data members named like Object.prototype methods", () => {
  // fast-deep-equal, ajv's equality helper for uniqueItems, calls a value's own toString: a service
  // with a "toString" member made the CycloneDX validator throw, which the reader reported as an
  // internal error instead of judging the file.
  it.each(CYCLONEDX_VERSIONS.map((v) => [v]))("CycloneDX %s: uniqueItems compares them as data", (version) => {
    const validate = validator(`cyclonedx-${version}`)!;
    const bom = (services: unknown[]) => ({ bomFormat: "CycloneDX", specVersion: version, services });
    // The same verdict and errors as for a member with an ordinary name.
    const verdict = (services: unknown[]) => [validate(bom(services)), (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`)];
    expect(verdict([{ name: "a" }, { name: "b", toString: null }])).toEqual(verdict([{ name: "a" }, { name: "b", note: null }]));
    expect(
      verdict([
        { name: "a", valueOf: 1 },
        { name: "a", valueOf: 2 },
      ]),
    ).toEqual(
      verdict([
        { name: "a", note: 1 },
        { name: "a", note: 2 },
      ]),
    );
    // Members that differ only by a key one of them lacks are not duplicates, either way round.
    expect(validate(bom([{ name: "a" }, { name: "a", version: "1" }]))).toBe(true);
    expect(validate(bom([{ name: "a", version: "1" }, { name: "a" }]))).toBe(true);
    // Equal members are still duplicates.
    expect(
      validate(
        bom([
          { name: "a", toString: null },
          { name: "a", toString: null },
        ]),
      ),
    ).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain("uniqueItems");
  });
});
