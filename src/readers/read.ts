// Reads one candidate file: classifies it (classify.ts) and hands it to its format family (registry.ts).
// Anything recognisably an artifact that cannot be read becomes a ReadError with file, line and
// reason; anything else is left alone. No reader's exception escapes: one odd file never stops a run.
import fs from "node:fs";
import type { ReadResult } from "../model/types.js";
import { ArtifactError } from "../parse/errors.js";
import { decodeLeniently, decodeText } from "../parse/text.js";
import { classify, forced, namedLikeArtifact, type FormatId } from "./classify.js";

export { FORMATS, type FormatId } from "./classify.js";

/** A file discovery found (discover.ts hands these over). */
export interface Candidate {
  relPath: string;
  absPath: string;
  /** The size discovery saw (the inventory decides by it); the reader measures the open file itself. */
  size: number;
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * The most aigis reads as text whatever max-file-size says: the JavaScript engine cannot hold a
 * longer string (V8's limit is 2^29 - 24 characters), so a larger file is reported as too large
 * instead of failing to decode.
 */
export const MAX_TEXT_BYTES = 500 * 1024 * 1024;

/** How much of a file that is not read whole is read to tell whether it is an artifact. */
export const SNIFF_BYTES = 64 * 1024;

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
  // A file that cannot be read whole is still an artifact if its name, its forced format or its
  // first bytes say so: unreadable must never mean absent. Anything else is not ours to report.
  const unreadable = (reason: ArtifactError, head: Uint8Array): ReadResult =>
    opts.format !== undefined || namedLikeArtifact(relPath) || sniffedLikeArtifact(relPath, head) ? fail(reason) : { artifacts: [], errors: [] };

  const limit = Math.min(opts.maxFileBytes, MAX_TEXT_BYTES);
  let bytes: Uint8Array;
  let size: number;
  try {
    ({ bytes, size } = opts.bytes ? { bytes: opts.bytes, size: opts.bytes.length } : readBounded(candidate.absPath, limit));
  } catch (e) {
    // Nothing could be read to tell what the file is (a directory without search permission, a
    // path too long, a file that vanished): it is reported, whatever its name.
    return fail(new ArtifactError(`file could not be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`));
  }
  if (size > limit || bytes.length > limit) {
    return unreadable(new ArtifactError(oversize(Math.max(size, bytes.length), opts.maxFileBytes)), bytes.subarray(0, SNIFF_BYTES));
  }
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (e) {
    return unreadable(e instanceof ArtifactError ? e : new ArtifactError(`file could not be decoded (${String(e)})`), bytes.subarray(0, SNIFF_BYTES));
  }
  try {
    const found = opts.format !== undefined ? forced(opts.format) : classify(relPath, text);
    if (!found) {
      if (opts.format !== undefined) throw new ArtifactError(`no reader for format ${opts.format}`);
      return { artifacts: [], errors: [] };
    }
    const notJudged = found.family.notJudged?.(found, text);
    if (notJudged) return { artifacts: [], errors: [], notJudged: [{ path: relPath, reason: notJudged }] };
    return { artifacts: found.family.read(found, relPath, text), errors: [] };
  } catch (e) {
    return fail(e);
  }
}

function oversize(size: number, maxFileBytes: number): string {
  const mib = (n: number) => (n / 1048576).toFixed(n % 1048576 === 0 ? 0 : 1);
  const actual = `file is ${(size / 1048576).toFixed(1)} MiB`;
  if (maxFileBytes > MAX_TEXT_BYTES) return `${actual}, over the ${mib(MAX_TEXT_BYTES)} MiB limit of what aigis can read as text`;
  return `${actual}, over the ${mib(maxFileBytes)} MiB limit (raise max-file-size-mib in .aigis.yml)`;
}

/**
 * Whether the first bytes of a file that cannot be decoded or read whole show an artifact: the
 * same content tests as classification, on the head decoded leniently (an invalid byte becomes
 * U+FFFD, a NUL stays a NUL), so a card that says it is a card is reported, not dropped.
 */
function sniffedLikeArtifact(relPath: string, head: Uint8Array): boolean {
  if (head.length === 0) return false;
  const text = decodeLeniently(head);
  try {
    return classify(relPath, text) !== null;
  } catch {
    return false;
  }
}

/**
 * The file's size as opened, and at most `limit` + 1 bytes of it; only its first SNIFF_BYTES when
 * it is already larger than `limit` (enough to tell an artifact that is too large from other data).
 */
function readBounded(absPath: string, limit: number): { bytes: Uint8Array; size: number } {
  const fd = fs.openSync(absPath, "r");
  try {
    const size = fs.fstatSync(fd).size;
    return { bytes: readUpTo(fd, size, size > limit ? SNIFF_BYTES : limit + 1), size };
  } finally {
    fs.closeSync(fd);
  }
}

/** At most `max` bytes from the start of an open file of `size` bytes (it may have grown since). */
function readUpTo(fd: number, size: number, max: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  let next = Math.min(max, size + 1);
  while (total < max && next > 0) {
    const chunk = Buffer.allocUnsafe(next);
    const n = fs.readSync(fd, chunk, 0, chunk.length, total);
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (n < chunk.length) break; // a short read of a regular file is its end
    next = Math.min(max - total, 1 << 20);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}
