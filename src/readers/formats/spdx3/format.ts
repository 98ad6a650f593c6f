// SPDX 3 JSON-LD documents (AI and Dataset profiles). SPDX 2.x has neither profile: a document
// that says `spdxVersion` is not read, whatever its name.
import { parseJson } from "../../../parse/json-doc.js";
import { NOT_AN_ARTIFACT, type FormatFamily } from "../../format.js";
import { looksLikeSpdx3, readSpdx3 } from "./spdx3.js";

export const SPDX_NAMES = /\.spdx3?(\.json|\.jsonld)$|(^|[._-])spdx3?([._-].*)?\.jsonld$/i;

const JSON_EXT = [".json", ".jsonld"];

export const spdx3: FormatFamily = {
  id: "spdx3",
  precedence: 30,
  forceable: ["spdx3"],
  extensions: JSON_EXT,
  namedLike: (relPath) => SPDX_NAMES.test(relPath.slice(relPath.lastIndexOf("/") + 1)),
  recognisers: [
    {
      rank: 200,
      extensions: JSON_EXT,
      recognise: ({ text }) =>
        /"@graph"\s*:/.test(text) && /spdx\.org\/rdf\/3|"spdxId"\s*:|"CreationInfo"|"SpdxDocument"/.test(text) ? { format: "spdx3", confirmed: true } : null,
    },
    { rank: 300, extensions: JSON_EXT, recognise: ({ text }) => (/"spdxVersion"\s*:/.test(text.slice(0, 65536)) ? NOT_AN_ARTIFACT : null) },
    { rank: 400, extensions: JSON_EXT, recognise: ({ name }) => (SPDX_NAMES.test(name) ? { format: "spdx3", confirmed: false } : null) },
  ],
  read: ({ confirmed }, relPath, text) => {
    const doc = parseJson(text);
    return !confirmed && !looksLikeSpdx3(doc.value) ? [] : readSpdx3(relPath, doc);
  },
};
