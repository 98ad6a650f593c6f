#!/usr/bin/env node
// Precompiles the JSON Schema validators the readers use with ajv's standalone code generation, so a
// run loads ready-made validation functions instead of compiling the schemas (compiling the CycloneDX
// schema took ~180 ms of every run, the configuration schema ~60 ms). Writes src/generated/:
//   cyclonedx-1.4.cjs … cyclonedx-1.7.cjs                      the official CycloneDX JSON schemas
//                                                            (src/readers/formats/cyclonedx/cyclonedx-schema.ts)
//   aigis-config.cjs                                          schema/aigis-config.schema.json
//                                                            (src/config/schema.ts)
//   rule-metadata.cjs                                         schema/rule-metadata.schema.json
//                                                            (scripts/build-policies.mjs, src/custom/metadata.ts)
// Each file exports `create(formats)`, which returns ajv's validate function; `formats` is
// ajv-formats' fullFormats. The files require nothing, so ncc can ship them next to the bundles and a
// run loads only the versions it meets. `npm run build` runs this before ncc; CI fails when the
// committed files differ from what this writes.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const Ajv = require("ajv").default;
const { Name } = require("ajv");
const addFormats = require("ajv-formats").default;
const standaloneCode = require("ajv/dist/standalone").default;
const ucs2length = require("ajv/dist/runtime/ucs2length").default;
const equal = require("ajv/dist/runtime/equal").default;

const outDir = path.join(root, "src", "generated");
const cdxDir = path.join(root, "node_modules", "@cyclonedx", "cyclonedx-library", "res", "schema");
const versionOf = (pkg) => require(`${pkg}/package.json`).version;
const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

// The generated code names ajv-formats' functions through this identifier: create's parameter.
const FORMATS = "formats";
/**
 * Deep equality of JSON values, for uniqueItems, const and enum. What the readers validate is parsed
 * JSON, and fast-deep-equal (ajv's helper) calls a value's own toString or valueOf when it is not
 * Object.prototype's: a member named "toString" in a repository's file would throw inside the
 * validator. This calls no method of the data.
 */
function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const isArray = Array.isArray(a);
  if (isArray !== Array.isArray(b)) return false;
  if (isArray) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  // Parsed JSON has only own enumerable keys; counting them instead of listing them spares two arrays
  // per comparison, and uniqueItems compares every pair of an array's items.
  let count = 0;
  for (const k in a) {
    if (!Object.hasOwn(b, k) || !jsonEqual(a[k], b[k])) return false;
    count++;
  }
  for (const _ in b) count--;
  return count === 0;
}

// Standalone code requires these ajv runtime helpers; the generated files define them instead, from
// the installed sources with their licence (MIT) or, for equal, from this script, so they require nothing.
const RUNTIME = [
  { code: equal.code, name: "equal", source: jsonEqual, origin: "scripts/gen-validators.mjs, in place of fast-deep-equal" },
  { code: ucs2length.code, name: "ucs2length", source: ucs2length, pkg: "ajv", origin: "ajv/dist/runtime/ucs2length" },
];
const licence = (pkg) => fs.readFileSync(path.join(root, "node_modules", pkg, "LICENSE"), "utf8").trim();

/** The CycloneDX validator of one spec version; the options are those the reader compiled with. */
function cycloneDx(version) {
  // strict:false because the schemas use non-standard keywords (meta:enum); no remote loading.
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    useDefaults: false,
    addUsedSchema: false,
    code: { source: true, lines: true, formats: new Name(FORMATS) },
  });
  addFormats(ajv);
  // ajv-formats has neither; cyclonedx-library stubs them the same way.
  ajv.addFormat("idn-email", true);
  ajv.addFormat("iri-reference", true);
  // The bom schemas $ref these by their SNAPSHOT file names.
  for (const name of ["spdx.SNAPSHOT.schema.json", "jsf-0.82.SNAPSHOT.schema.json", "cryptography-defs.SNAPSHOT.schema.json"]) {
    ajv.addSchema(readJson(path.join(cdxDir, name)), `http://cyclonedx.org/schema/${name}`);
  }
  const file = `bom-${version}.SNAPSHOT.schema.json`;
  return {
    out: `cyclonedx-${version}.cjs`,
    what: `CycloneDX ${version} JSON schema (res/schema/${file} of @cyclonedx/cyclonedx-library ${versionOf("@cyclonedx/cyclonedx-library")}, Apache-2.0)`,
    code: standaloneCode(ajv, ajv.compile(readJson(path.join(cdxDir, file)))),
  };
}

/** The `.aigis.yml` validator, with the options the configuration loader compiled with. */
function config() {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictNumbers: true,
    allowUnionTypes: true,
    code: { source: true, lines: true, formats: new Name(FORMATS) },
  });
  addFormats(ajv, ["date"]);
  // An annotation for editors (VS Code and yaml-language-server show it) and for our messages.
  ajv.addKeyword({ keyword: "errorMessage", schemaType: "string" });
  return {
    out: "aigis-config.cjs",
    what: "aigis configuration schema (schema/aigis-config.schema.json)",
    code: standaloneCode(ajv, ajv.compile(readJson(path.join(root, "schema", "aigis-config.schema.json")))),
  };
}

/** The rule METADATA validator (built-in rules at build time, custom rules at run time). */
function ruleMetadata() {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, code: { source: true, lines: true, formats: new Name(FORMATS) } });
  ajv.addKeyword({ keyword: "errorMessage", schemaType: "string" });
  return {
    out: "rule-metadata.cjs",
    what: "aigis rule METADATA schema (schema/rule-metadata.schema.json)",
    code: standaloneCode(ajv, ajv.compile(readJson(path.join(root, "schema", "rule-metadata.schema.json")))),
  };
}

/** End of the JSON literal (object or array) that starts at `from`. */
function literalEnd(text, from) {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      if (--depth === 0) return i + 1;
    }
  }
  throw new Error(`unterminated literal at ${from}`);
}

/**
 * Standalone code declares every compiled (sub)schema as a literal, `const schema31 = {…};`, though
 * the validation code reads only a few members of them: enum lists (for the errors' allowedValues),
 * `properties` (for additionalProperties) and, with `verbose`, the errors' schema and parentSchema.
 * Each literal is cut down to the members the code reads, whole; a literal the code does not read is
 * dropped. The bom-1.6 schema alone is 260 kB of descriptions the validator never looks at.
 */
function pruneSchemaLiterals(code) {
  const declaration = /const (schema\d+) = (?=[{[])/g;
  const literals = [];
  for (let m; (m = declaration.exec(code)); ) {
    const start = m.index + m[0].length;
    const end = literalEnd(code, start);
    if (code[end] !== ";") throw new Error(`${m[1]}: expected ";" after the literal`);
    literals.push({ name: m[1], from: m.index, to: end + 1, value: JSON.parse(code.slice(start, end)) });
  }
  const member = String.raw`(?:\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])`;
  let out = "";
  let at = 0;
  for (const lit of literals) {
    const paths = [];
    // Every other mention of the name, with the members read from it (none: the whole literal).
    const use = new RegExp(String.raw`\b${lit.name}\b(${member}*)`, "g");
    for (const u of (code.slice(0, lit.from) + code.slice(lit.to)).matchAll(use)) {
      paths.push([...u[1].matchAll(new RegExp(member, "g"))].map(([s]) => (s.startsWith(".") ? s.slice(1) : JSON.parse(s.slice(1, -1)))));
    }
    out += code.slice(at, lit.from);
    at = lit.to;
    if (paths.length === 0) continue;
    out += `const ${lit.name} = ${JSON.stringify(pick(lit.value, paths))};`;
  }
  return out + code.slice(at);
}

/** A copy of `value` with only what lies at the given paths (each kept whole). */
function pick(value, paths) {
  if (paths.some((p) => p.length === 0)) return value;
  // Anything but an object's members and an array's items (a string's or an array's length) keeps it whole.
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value) && paths.some(([head]) => !/^\d+$/.test(String(head)))) return value;
  const out = Array.isArray(value) ? [] : {};
  const byHead = new Map();
  for (const [head, ...rest] of paths) byHead.set(String(head), [...(byHead.get(String(head)) ?? []), rest]);
  for (const [head, rest] of byHead) {
    if (!Object.hasOwn(value, head)) throw new Error(`generated code reads ${head}, which the schema does not have`);
    out[head] = pick(value[head], rest);
  }
  // Holes in a cut-down array stay holes: the code reads the members it names, nothing else.
  return out;
}

/** The file: `create(formats)` around the standalone code, with the runtime helpers it uses. */
function moduleText({ what, code }) {
  const head = /^"use strict";\s*module\.exports = (validate\d+);\s*module\.exports\.default = \1;\s*/.exec(code);
  if (!head) throw new Error("unexpected standalone code preamble");
  let body = code.slice(head[0].length);
  const helpers = [];
  for (const r of RUNTIME) {
    if (!body.includes(r.code)) continue;
    body = body.replaceAll(r.code, r.name);
    const notice = r.pkg
      ? [
          "//",
          ...licence(r.pkg)
            .split("\n")
            .map((l) => `// ${l}`.trimEnd()),
        ]
      : [];
    const from = r.pkg ? `${r.origin} (${r.pkg} ${versionOf(r.pkg)})` : r.origin;
    helpers.push([`// ${r.name}: from ${from}:`, ...notice, `const ${r.name} = ${r.source.toString()};`].join("\n"));
  }
  if (/\brequire\(/.test(body)) throw new Error(`generated code still requires a module: ${/\brequire\([^)]*\)/.exec(body)[0]}`);
  body = pruneSchemaLiterals(body);
  return [
    "// generated by scripts/gen-validators.mjs — do not edit",
    `// Validates against the ${what}: ajv ${versionOf("ajv")} standalone code, formats from ajv-formats ${versionOf("ajv-formats")}.`,
    '"use strict";',
    `module.exports = function create(${FORMATS}) {`,
    ...helpers,
    body.trim(),
    `return ${head[1]};`,
    "};",
    "",
  ].join("\n");
}

const validators = [cycloneDx("1.4"), cycloneDx("1.5"), cycloneDx("1.6"), cycloneDx("1.7"), config(), ruleMetadata()];
fs.mkdirSync(outDir, { recursive: true });
const wanted = new Set(validators.map((v) => v.out));
for (const stale of fs.readdirSync(outDir).filter((f) => f.endsWith(".cjs") && !wanted.has(f))) fs.rmSync(path.join(outDir, stale));
for (const v of validators) {
  const text = moduleText(v);
  fs.writeFileSync(path.join(outDir, v.out), text);
  console.log(`gen-validators: src/generated/${v.out} ${(Buffer.byteLength(text) / 1024).toFixed(0)} kB`);
}
