// Data Provenance Standard records (JSON or YAML).
import { parseJson } from "../../../parse/json-doc.js";
import { ARTIFACT_YAML, parseYaml } from "../../../parse/yaml-doc.js";
import type { FormatFamily } from "../../format.js";
import { looksLikeDps, readDps } from "./dps.js";

export const DPS_NAMES = /(^|[._-])(provenance|dps|data-provenance)([._-].*)?\.(json|ya?ml)$/i;

const JSON_EXT = [".json", ".jsonld"];
const YAML = [".yaml", ".yml"];

export const dps: FormatFamily = {
  id: "dps",
  precedence: 60,
  forceable: ["dps"],
  extensions: [...JSON_EXT, ...YAML],
  namedLike: (relPath) => DPS_NAMES.test(relPath.slice(relPath.lastIndexOf("/") + 1)),
  recognisers: [
    {
      rank: 200,
      extensions: JSON_EXT,
      recognise: ({ text }) =>
        /"provenance"\s*:/.test(text) && /"source"\s*:/.test(text) && /"use"\s*:/.test(text) ? { format: "dps", confirmed: true } : null,
    },
    {
      rank: 200,
      extensions: YAML,
      recognise: ({ text }) =>
        /^provenance\s*:/m.test(text) && /^source\s*:/m.test(text) && /^use\s*:/m.test(text) ? { format: "dps", confirmed: true } : null,
    },
    // Provenance names come last: a register or BOM named *-provenance.* keeps its own format.
    { rank: 420, extensions: [...JSON_EXT, ...YAML], recognise: ({ name }) => (DPS_NAMES.test(name) ? { format: "dps", confirmed: false } : null) },
  ],
  read: (_found, relPath, text) => {
    const doc = /\.ya?ml$/i.test(relPath) ? parseYaml(text, 1, ARTIFACT_YAML) : parseJson(text);
    return looksLikeDps(doc.value) ? [readDps(relPath, doc)] : [];
  },
};
