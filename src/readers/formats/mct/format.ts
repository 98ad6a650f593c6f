// Model Card Toolkit JSON (schema v0.0.1 and v0.0.2).
import { parseJson } from "../../../parse/json-doc.js";
import { isDict } from "../../../parse/values.js";
import type { FormatFamily } from "../../format.js";
import { looksLikeMct, readMct } from "./mct.js";

export const MCT_NAMES = /^(model[_-]?card|modelcard)([._-].*)?\.json$/i;

const JSON_EXT = [".json", ".jsonld"];

export const mct: FormatFamily = {
  id: "mct",
  precedence: 50,
  forceable: ["mct"],
  extensions: JSON_EXT,
  namedLike: (relPath) => MCT_NAMES.test(relPath.slice(relPath.lastIndexOf("/") + 1)),
  recognisers: [
    {
      rank: 200,
      extensions: JSON_EXT,
      recognise: ({ text }) =>
        /"model_details"\s*:/.test(text.slice(0, 65536)) && /"(model_parameters|quantitative_analysis|considerations|schema_version)"\s*:/.test(text)
          ? { format: "mct", confirmed: true }
          : null,
    },
    { rank: 400, extensions: JSON_EXT, recognise: ({ name }) => (MCT_NAMES.test(name) ? { format: "mct", confirmed: false } : null) },
  ],
  read: ({ confirmed }, relPath, text) => {
    const doc = parseJson(text);
    const v = doc.value;
    // v0.0.1 requires only model_details, so a file named model_card.json may hold nothing else.
    if (!(looksLikeMct(v) || (!confirmed && isDict(v) && isDict(v["model_details"])))) return [];
    return [readMct(relPath, doc)];
  },
};
