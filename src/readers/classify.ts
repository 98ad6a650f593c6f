// Decides which format family a candidate file goes to, by content first; file names only break
// ties (a file named like a BOM whose JSON is broken is still worth an error). Cheap checks only:
// the chosen reader parses and confirms. The tests themselves live with each format (formats/*/
// format.ts); this module only runs them in rank order.
import path from "node:path";
import { AGENT_RANK, NOT_AN_ARTIFACT, type FormatFamily, type Recognised, type Recogniser, type SniffedFile } from "./format.js";
import { FAMILIES } from "./registry.js";

/** The format ids configuration may force a file to. */
export const FORMATS: readonly string[] = FAMILIES.flatMap((f) => f.forceable);
/** A format id configuration can force (see FORMATS). */
export type FormatId = string;

export interface Classified extends Recognised {
  family: FormatFamily;
}

const RANKED: { family: FormatFamily; recogniser: Recogniser }[] = FAMILIES.flatMap((family) =>
  family.recognisers.map((recogniser) => ({ family, recogniser })),
)
  // Array.prototype.sort is stable: equal ranks keep registry order.
  .sort((a, b) => a.recogniser.rank - b.recogniser.rank);

const DISCOVERED_EXTENSIONS = new Set(FAMILIES.flatMap((f) => f.extensions));

/** Whether discovery hands the file to the readers. */
export function isCandidatePath(relPath: string): boolean {
  return DISCOVERED_EXTENSIONS.has(path.posix.extname(relPath).toLowerCase()) || FAMILIES.some((f) => f.candidate?.(relPath) ?? false);
}

/** Names that suggest an artifact: worth reporting when the file cannot even be decoded or is too large. */
export function namedLikeArtifact(relPath: string): boolean {
  return FAMILIES.some((f) => f.namedLike(relPath));
}

/** The family and format a file belongs to, or null when it is none aigis reads. */
export function classify(relPath: string, text: string): Classified | null {
  const name = path.posix.basename(relPath);
  const file: SniffedFile = { relPath, name, ext: path.extname(name).toLowerCase(), text };
  let ruledOut = false;
  for (const { family, recogniser } of RANKED) {
    if (ruledOut && recogniser.rank < AGENT_RANK) continue;
    if (recogniser.extensions && !recogniser.extensions.includes(file.ext)) continue;
    const found = recogniser.recognise(file);
    if (found === NOT_AN_ARTIFACT) ruledOut = true;
    else if (found) return { ...found, family };
  }
  return null;
}

/** A file forced by configuration to a format, or null when no family reads that format. */
export function forced(format: string): Classified | null {
  const family = FAMILIES.find((f) => f.forceable.includes(format));
  return family ? { format, confirmed: true, family } : null;
}
