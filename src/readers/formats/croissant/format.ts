// Croissant dataset metadata (MLCommons JSON-LD).
import { ArtifactError } from "../../../parse/errors.js";
import { parseJson } from "../../../parse/json-doc.js";
import type { FormatFamily } from "../../format.js";
import { looksLikeCroissant, readCroissant } from "./croissant.js";

export const CROISSANT_NAMES = /(^|[._-])croissant([._-].*)?\.(json|jsonld)$/i;

const JSON_EXT = [".json", ".jsonld"];

export const croissant: FormatFamily = {
  id: "croissant",
  precedence: 40,
  forceable: ["croissant"],
  extensions: JSON_EXT,
  namedLike: (relPath) => CROISSANT_NAMES.test(relPath.slice(relPath.lastIndexOf("/") + 1)),
  recognisers: [
    {
      rank: 200,
      extensions: JSON_EXT,
      recognise: ({ text }) =>
        /"@context"\s*:/.test(text.slice(0, 65536)) && /mlcommons\.org\/croissant/.test(text) ? { format: "croissant", confirmed: true } : null,
    },
    { rank: 400, extensions: JSON_EXT, recognise: ({ name }) => (CROISSANT_NAMES.test(name) ? { format: "croissant", confirmed: false } : null) },
  ],
  read: ({ confirmed }, relPath, text) => {
    const doc = parseJson(text);
    if (!looksLikeCroissant(doc.value)) {
      if (!confirmed) return [];
      throw new ArtifactError("Croissant metadata whose top-level @type is not sc:Dataset", doc.locate(["@type"])?.line ?? 1);
    }
    return [readCroissant(relPath, doc)];
  },
};
