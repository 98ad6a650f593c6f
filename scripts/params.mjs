// Rule parameters have one definition: catalog/rule-params.json, each parameter a JSON Schema
// property of the configuration's `params` with its `default`. From it come the defaults the rules
// read (policies/data.json, aigis.defaults) and the `params` properties of the configuration schema
// (schema/aigis-config.schema.json). The policy build checks both agree with it
// (scripts/build-policies.mjs), and that docs/configuration.md has a row for each;
// `node scripts/params.mjs --write` rewrites the two files.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";

export const PARAMS_FILE = path.join("catalog", "rule-params.json");
const DATA_FILE = path.join("policies", "data.json");
const SCHEMA_FILE = path.join("schema", "aigis-config.schema.json");
const DOCS_FILE = path.join("docs", "configuration.md");

/**
 * The parameter definitions from their file's text. JSON.parse keeps the last of two equal keys
 * silently, so the text is read as YAML, which refuses them: a parameter defined twice is an error.
 * Every parameter needs a description and a default (the rules have no other).
 */
export function readParams(text) {
  let defs;
  try {
    defs = parseYaml(text, { uniqueKeys: true });
  } catch (e) {
    throw new Error(`${PARAMS_FILE}: ${String(e.message).split("\n")[0]}`);
  }
  if (!defs || typeof defs !== "object" || Array.isArray(defs)) throw new Error(`${PARAMS_FILE}: write a mapping of parameter names to definitions`);
  const problems = [];
  for (const [name, def] of Object.entries(defs)) {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) problems.push(`${name}: parameter names are lower_snake_case`);
    if (!def || typeof def !== "object" || Array.isArray(def)) {
      problems.push(`${name}: the definition must be a JSON Schema property`);
      continue;
    }
    if (!("default" in def)) problems.push(`${name}: no default (rules read every parameter from aigis.defaults)`);
    if (typeof def.description !== "string" || !def.description.trim()) problems.push(`${name}: no description`);
  }
  if (problems.length) throw new Error(`${PARAMS_FILE}:\n  ${problems.join("\n  ")}`);
  return defs;
}

/** data.aigis.defaults: each parameter's default. */
export function defaultsOf(defs) {
  return Object.fromEntries(Object.entries(defs).map(([name, def]) => [name, def.default]));
}

/** policies/data.json with the defaults from the definitions (other keys kept). */
export function dataJsonText(defs, currentText) {
  const data = JSON.parse(currentText);
  data.aigis = { ...data.aigis, defaults: defaultsOf(defs) };
  return JSON.stringify(data, null, 2) + "\n";
}

/** The configuration schema's text with its `params.properties` written from the definitions,
 * defaults left to data.json (the schema is formatted by hand, so only that block is replaced). */
export function schemaText(defs, currentText) {
  const lines = currentText.split("\n");
  const params = lines.indexOf('    "params": {');
  const start = lines.findIndex((l, i) => i > params && l === '      "properties": {');
  const end = lines.findIndex((l, i) => i > start && /^ {6}}/.test(l));
  if (params < 0 || start < 0 || end < 0) throw new Error(`${SCHEMA_FILE}: no params.properties block to write`);
  const body = Object.entries(defs)
    .map(([name, { default: _, ...property }]) => `        ${JSON.stringify(name)}: ${JSON.stringify(property, null, 2).replace(/\n/g, "\n        ")}`)
    .join(",\n");
  return [...lines.slice(0, start + 1), body, ...lines.slice(end)].join("\n");
}

/** What disagrees with the definitions, as messages (empty when everything is in step). */
export function paramsProblems(root) {
  const read = (f) => fs.readFileSync(path.join(root, f), "utf8");
  const defs = readParams(read(PARAMS_FILE));
  const problems = [];
  if (dataJsonText(defs, read(DATA_FILE)) !== read(DATA_FILE)) problems.push(`${DATA_FILE}: aigis.defaults differ from ${PARAMS_FILE}`);
  if (schemaText(defs, read(SCHEMA_FILE)) !== read(SCHEMA_FILE)) problems.push(`${SCHEMA_FILE}: params.properties differ from ${PARAMS_FILE}`);
  const out = problems.map((p) => `${p}; define parameters there only and run node scripts/params.mjs --write`);
  // The reference table is prose, so it is checked, not written: every parameter has a row.
  if (fs.existsSync(path.join(root, DOCS_FILE))) {
    const docs = read(DOCS_FILE);
    for (const name of Object.keys(defs))
      if (!new RegExp(`^\\|[^|\\n]*\`${name}\``, "m").test(docs)) out.push(`${DOCS_FILE}: no row for parameter ${name} in the Rule parameters table`);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  if (process.argv.includes("--write")) {
    const defs = readParams(fs.readFileSync(path.join(root, PARAMS_FILE), "utf8"));
    for (const [file, write] of [
      [DATA_FILE, dataJsonText],
      [SCHEMA_FILE, schemaText],
    ]) {
      fs.writeFileSync(path.join(root, file), write(defs, fs.readFileSync(path.join(root, file), "utf8")));
    }
  } else {
    const problems = paramsProblems(root);
    if (problems.length) {
      console.error(problems.join("\n"));
      process.exit(1);
    }
  }
}
