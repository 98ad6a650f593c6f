import type { LicenseRef } from "../model/types.js";

// Hugging Face licence ids (hub-docs repositories-licenses.md) are lower-case and partly non-SPDX.
// This maps those with an SPDX equivalent; the rest (OpenRAIL, Llama, Gemma terms…) keep their Hub
// name and no SPDX id.
const HF_TO_SPDX: Record<string, string> = {
  "apache-2.0": "Apache-2.0",
  mit: "MIT",
  openrail: "",
  "bigscience-openrail-m": "",
  "creativeml-openrail-m": "",
  "bigscience-bloom-rail-1.0": "",
  "bigcode-openrail-m": "",
  "afl-3.0": "AFL-3.0",
  "artistic-2.0": "Artistic-2.0",
  "bsl-1.0": "BSL-1.0",
  bsd: "BSD-1-Clause",
  "bsd-2-clause": "BSD-2-Clause",
  "bsd-3-clause": "BSD-3-Clause",
  "bsd-3-clause-clear": "BSD-3-Clause-Clear",
  "c-uda": "C-UDA-1.0",
  cc: "",
  "cc0-1.0": "CC0-1.0",
  "cc-by-2.0": "CC-BY-2.0",
  "cc-by-2.5": "CC-BY-2.5",
  "cc-by-3.0": "CC-BY-3.0",
  "cc-by-4.0": "CC-BY-4.0",
  "cc-by-sa-3.0": "CC-BY-SA-3.0",
  "cc-by-sa-4.0": "CC-BY-SA-4.0",
  "cc-by-nc-2.0": "CC-BY-NC-2.0",
  "cc-by-nc-3.0": "CC-BY-NC-3.0",
  "cc-by-nc-4.0": "CC-BY-NC-4.0",
  "cc-by-nd-4.0": "CC-BY-ND-4.0",
  "cc-by-nc-nd-3.0": "CC-BY-NC-ND-3.0",
  "cc-by-nc-nd-4.0": "CC-BY-NC-ND-4.0",
  "cc-by-nc-sa-2.0": "CC-BY-NC-SA-2.0",
  "cc-by-nc-sa-3.0": "CC-BY-NC-SA-3.0",
  "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0",
  "cdla-sharing-1.0": "CDLA-Sharing-1.0",
  "cdla-permissive-1.0": "CDLA-Permissive-1.0",
  "cdla-permissive-2.0": "CDLA-Permissive-2.0",
  wtfpl: "WTFPL",
  "ecl-2.0": "ECL-2.0",
  "epl-1.0": "EPL-1.0",
  "epl-2.0": "EPL-2.0",
  "etalab-2.0": "etalab-2.0",
  "eupl-1.1": "EUPL-1.1",
  "eupl-1.2": "EUPL-1.2",
  "agpl-3.0": "AGPL-3.0-only",
  gfdl: "GFDL-1.3-only",
  gpl: "GPL-3.0-only",
  "gpl-2.0": "GPL-2.0-only",
  "gpl-3.0": "GPL-3.0-only",
  lgpl: "LGPL-3.0-only",
  "lgpl-2.1": "LGPL-2.1-only",
  "lgpl-3.0": "LGPL-3.0-only",
  isc: "ISC",
  "h-research": "",
  "intel-research": "",
  "lppl-1.3c": "LPPL-1.3c",
  "ms-pl": "MS-PL",
  "apple-ascl": "",
  "apple-amlr": "",
  "mpl-2.0": "MPL-2.0",
  "odc-by": "ODC-By-1.0",
  odbl: "ODbL-1.0",
  "openmdw-1.0": "",
  "osl-3.0": "OSL-3.0",
  postgresql: "PostgreSQL",
  "ofl-1.1": "OFL-1.1",
  ncsa: "NCSA",
  unlicense: "Unlicense",
  zlib: "Zlib",
  pddl: "PDDL-1.0",
  "lgpl-lr": "",
  "deepfloyd-if-license": "",
  "fair-noncommercial-research-license": "",
  llama2: "",
  llama3: "",
  "llama3.1": "",
  "llama3.2": "",
  "llama3.3": "",
  llama4: "",
  gemma: "",
};

/** SPDX id for a Hub licence id, the id itself when it already is SPDX-shaped, else null. */
export function hfLicense(id: string): string | null {
  const key = id.trim().toLowerCase();
  if (key in HF_TO_SPDX) return HF_TO_SPDX[key] || null;
  if (key === "unknown" || key === "") return null;
  return /^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(id.trim()) && /[A-Z]/.test(id) ? id.trim() : null;
}

const CC_URL = /creativecommons\.org\/licenses\/(by(?:-nc)?(?:-sa|-nd)?)\/(\d\.\d)/i;

/**
 * A licence written as an id, an SPDX or Creative Commons URL, or a Hub id (Croissant, SPDX
 * and free-text fields use all of them).
 */
export function licenseFromText(text: string): LicenseRef {
  const s = text.trim();
  const spdxUrl = /^https?:\/\/spdx\.org\/licenses\/([A-Za-z0-9.+-]+?)(\.html|\.json)?$/i.exec(s);
  if (spdxUrl) return { spdx: spdxUrl[1]!, name: s, url: s };
  const cc = CC_URL.exec(s);
  if (cc) return { spdx: `CC-${cc[1]!.toUpperCase()}-${cc[2]}`, name: s, url: s };
  if (/creativecommons\.org\/publicdomain\/zero\/1\.0/i.test(s)) return { spdx: "CC0-1.0", name: s, url: s };
  if (/^https?:\/\//i.test(s)) return { spdx: null, name: s, url: s };
  return { spdx: hfLicense(s), name: s, url: null };
}
