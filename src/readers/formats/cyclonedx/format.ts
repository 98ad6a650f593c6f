// CycloneDX BOMs (JSON; XML is recognised so that it is reported as unsupported, not dropped).
import { ArtifactError } from "../../../parse/errors.js";
import { parseJson } from "../../../parse/json-doc.js";
import { isDict } from "../../../parse/values.js";
import type { FormatFamily } from "../../format.js";
import { readCycloneDx } from "./cyclonedx.js";

export const SBOM_NAMES = /(^|[._-])(bom|sbom|aibom|ml-?bom|cdx)([._-].*)?\.json$/i;
export const CDX_XML_NAMES = /(^|[._-])(bom|sbom|aibom|cdx)([._-].*)?\.xml$/i;

const JSON_EXT = [".json", ".jsonld"];

export const cyclonedx: FormatFamily = {
  id: "cyclonedx",
  precedence: 20,
  forceable: ["cyclonedx"],
  extensions: [...JSON_EXT, ".xml"],
  namedLike: (relPath) => {
    const name = relPath.slice(relPath.lastIndexOf("/") + 1);
    return SBOM_NAMES.test(name) || CDX_XML_NAMES.test(name);
  },
  recognisers: [
    {
      rank: 200,
      extensions: JSON_EXT,
      recognise: ({ text }) => (/"bomFormat"\s*:/.test(text.slice(0, 65536)) ? { format: "cyclonedx", confirmed: true } : null),
    },
    {
      rank: 200,
      extensions: [".xml"],
      recognise: ({ name, text }) =>
        CDX_XML_NAMES.test(name) || /xmlns\s*=\s*["']http:\/\/cyclonedx\.org\/schema\/bom/.test(text.slice(0, 65536))
          ? { format: "cyclonedx-xml", confirmed: true }
          : null,
    },
    {
      // After the more specific names (.spdx.json, croissant, model_card.json); JSON-LD is not a BOM.
      rank: 410,
      extensions: JSON_EXT,
      recognise: ({ name, text }) => (SBOM_NAMES.test(name) && !/"@graph"/.test(text.slice(0, 65536)) ? { format: "cyclonedx", confirmed: false } : null),
    },
  ],
  read: ({ format, confirmed }, relPath, text) => {
    if (format === "cyclonedx-xml") {
      throw new ArtifactError("CycloneDX XML is not supported: convert it to JSON (for example `cyclonedx convert --output-format json`)");
    }
    const doc = parseJson(text);
    if (!confirmed && !(isDict(doc.value) && doc.value["bomFormat"] === "CycloneDX")) return [];
    return readCycloneDx(relPath, doc);
  },
};
