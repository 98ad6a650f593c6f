// Reads one candidate file: classifies it (classify.ts) and hands it to the reader for its format.
// Anything recognisably an artifact that cannot be read becomes a ReadError with file, line and
// reason; anything else is left alone. No reader's exception escapes: one odd file never stops a run.
import fs from "node:fs";
import type { ReadArtifact, ReadResult } from "../model/types.js";
import type { Candidate } from "../discover/discover.js";
import { classify, namedLikeArtifact, type FormatId } from "./classify.js";
import { looksLikeCroissant, readCroissant } from "./croissant.js";
import { readCycloneDx } from "./cyclonedx.js";
import { looksLikeDps, readDps } from "./dps.js";
import { classifyAgent, readAgentFile } from "./agent/read.js";
import { ArtifactError } from "./errors.js";
import { readGovernanceDoc } from "./governance.js";
import { readHfDatasetCard, readHfModelCard } from "./hf-card.js";
import { parseJson } from "./json-doc.js";
import { parseMarkdown } from "./markdown.js";
import { looksLikeMct, readMct } from "./mct.js";
import { readRegister } from "./register.js";
import { looksLikeSpdx3, readSpdx3 } from "./spdx3.js";
import { decodeText } from "./text.js";
import { isDict } from "./values.js";
import { parseYaml } from "./yaml-doc.js";

export { FORMATS, type FormatId } from "./classify.js";

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  maxFileBytes: number;
  /** Read the file as this format whatever its content says (configuration can force a kind). */
  format?: FormatId;
  /** The file's content when the caller already read it (the inventory shares the one read). */
  bytes?: Uint8Array;
}

export function readCandidate(candidate: Candidate, opts: ReadOptions): ReadResult {
  const { relPath } = candidate;
  const fail = (e: unknown): ReadResult => {
    if (e instanceof ArtifactError) return { artifacts: [], errors: [e.toReadError(relPath)] };
    // A reader bug must not end the run; the file is reported instead.
    const reason = `aigis could not read this file (internal error: ${e instanceof Error ? e.message : String(e)}); please report it`;
    return { artifacts: [], errors: [{ path: relPath, line: 1, column: 1, reason }] };
  };
  const expected = opts.format !== undefined || namedLikeArtifact(relPath);
  if (candidate.size > opts.maxFileBytes) {
    if (!expected) return { artifacts: [], errors: [] };
    const mib = (opts.maxFileBytes / 1048576).toFixed(0);
    return fail(new ArtifactError(`file is ${(candidate.size / 1048576).toFixed(1)} MiB, over the ${mib} MiB limit (raise max-file-size in .aigis.yml)`));
  }
  let text: string;
  try {
    text = decodeText(opts.bytes ?? fs.readFileSync(candidate.absPath));
  } catch (e) {
    if (!expected) return { artifacts: [], errors: [] };
    return fail(e instanceof ArtifactError ? e : new ArtifactError(`file could not be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`));
  }
  try {
    const found = opts.format ? { format: opts.format, confirmed: true } : classify(relPath, text);
    if (!found) {
      // Agent files (MCP, prompts, gateways) come after every other format: a README that is a
      // model card stays one.
      const agent = opts.format ? null : classifyAgent(relPath, text);
      return { artifacts: agent ? readAgentFile(agent, relPath, text) : [], errors: [] };
    }
    return { artifacts: readAs(found.format, found.confirmed, relPath, text), errors: [] };
  } catch (e) {
    return fail(e);
  }
}

const isYamlPath = (p: string) => /\.ya?ml$/i.test(p);

/**
 * `confirmed` is false when only the name pointed at the format: then a syntax error is worth
 * reporting, but well-formed content of another kind is simply not ours.
 */
function readAs(format: FormatId, confirmed: boolean, relPath: string, text: string): ReadArtifact[] {
  switch (format) {
    case "hf-model-card":
      return [readHfModelCard({ relPath, doc: parseMarkdown(text), text })];
    case "hf-dataset-card":
      return [readHfDatasetCard({ relPath, doc: parseMarkdown(text), text })];
    case "governance":
      return [readGovernanceDoc(relPath, parseMarkdown(text))];
    case "cyclonedx": {
      const doc = parseJson(text);
      if (!confirmed && !(isDict(doc.value) && doc.value["bomFormat"] === "CycloneDX")) return [];
      return readCycloneDx(relPath, doc);
    }
    case "cyclonedx-xml":
      throw new ArtifactError("CycloneDX XML is not supported: convert it to JSON (for example `cyclonedx convert --output-format json`)");
    case "spdx3": {
      const doc = parseJson(text);
      return !confirmed && !looksLikeSpdx3(doc.value) ? [] : readSpdx3(relPath, doc);
    }
    case "croissant": {
      const doc = parseJson(text);
      if (!looksLikeCroissant(doc.value)) {
        if (!confirmed) return [];
        throw new ArtifactError("Croissant metadata whose top-level @type is not sc:Dataset", doc.locate(["@type"])?.line ?? 1);
      }
      return [readCroissant(relPath, doc)];
    }
    case "mct": {
      const doc = parseJson(text);
      const v = doc.value;
      // v0.0.1 requires only model_details, so a file named model_card.json may hold nothing else.
      if (!(looksLikeMct(v) || (!confirmed && isDict(v) && isDict(v["model_details"])))) return [];
      return [readMct(relPath, doc)];
    }
    case "dps": {
      const doc = isYamlPath(relPath) ? parseYaml(text) : parseJson(text);
      return looksLikeDps(doc.value) ? [readDps(relPath, doc)] : [];
    }
    case "register": {
      const doc = parseYaml(text);
      return [readRegister(relPath, doc)];
    }
  }
}
