// What a format family declares so that discovery, classification, reading and fail-closed
// reporting can find it without knowing it: the registry (registry.ts) lists the families, and
// classify.ts / read.ts only dispatch over that list.
import type { ReadArtifact } from "../model/types.js";

/** A file classified as (or forced to) one format of a family. */
export interface Recognised {
  /** Format id (hf-model-card, cyclonedx, …). */
  format: string;
  /** False when only the name pointed at the format: a syntax error is reported, other content ignored. */
  confirmed: boolean;
  /** What the family's recogniser found out and its reader needs (e.g. an agent file's dialect). */
  detail?: unknown;
}

/** A file as classification sees it. */
export interface SniffedFile {
  relPath: string;
  /** Base name, as written. */
  name: string;
  /** Lower-case extension with its dot. */
  ext: string;
  text: string;
}

/**
 * Ends the artifact bands: the file is no model card, BOM or record whatever a later name test would
 * say. Agent recognisers (AGENT_RANK) still run.
 */
export const NOT_AN_ARTIFACT = Symbol("not an artifact");

/** The band of agent files: tried after every artifact format, also after NOT_AN_ARTIFACT. */
export const AGENT_RANK = 900;

/**
 * One test of a family, tried in `rank` order across all families (ties keep registry order).
 * Ranks are bands, so that content beats names across formats:
 *   100 a kind the file declares (`aigis.kind`), 200 content or a specific name that settles it,
 *   300 a content test that rules the file out, 400 a name alone (unconfirmed),
 *   500 weak fallbacks (a README that reads like a card), 900 agent files (after every artifact).
 */
export interface Recogniser {
  rank: number;
  /** Extensions (lower case, with the dot) the recogniser looks at; every extension when absent. */
  extensions?: readonly string[];
  recognise(file: SniffedFile): Recognised | typeof NOT_AN_ARTIFACT | null;
}

export interface FormatFamily {
  /** The family's name, for messages and tests. */
  id: string;
  /** Which family's recogniser goes first where two have the same rank (lower first): a BOM's
   * content test before a JSON-LD graph's, every artifact family before the agent files. */
  precedence: number;
  /** The format ids configuration may force a file to (`force:` in .aigis.yml). */
  forceable: readonly string[];
  /** Extensions (lower case, with the dot) discovery hands over for this family. */
  extensions: readonly string[];
  /** Files discovery must hand over whatever their extension (dot-files, `.prompty`, …). */
  candidate?(relPath: string): boolean;
  /** Named like an artifact of the family: an unreadable file of that name is reported, not dropped. */
  namedLike(relPath: string): boolean;
  recognisers: readonly Recogniser[];
  /** Why a recognised file is listed as not judged instead of read (e.g. a card template), or null. */
  notJudged?(found: Recognised, text: string): string | null;
  /** Reads a recognised (or forced) file; throws ArtifactError for what cannot be read. */
  read(found: Recognised, relPath: string, text: string): ReadArtifact[];
}
