import { ArtifactError } from "./errors.js";

/**
 * Decodes a file's bytes as text the way editors do: UTF-8 (BOM stripped) or UTF-16 with a BOM.
 * Binary content (a NUL anywhere) and invalid UTF-8 are refused with the line of the first bad byte
 * instead of being read as garbage.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const body = bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  // No text format aigis reads allows a NUL, and renderers show such a file as binary: a reviewer
  // would not see what aigis read.
  const nul = body.indexOf(0);
  if (nul >= 0) throw new ArtifactError("binary content (a NUL byte), not a text document", lineAt(body, nul), 1);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new ArtifactError("not valid UTF-8 (save the file as UTF-8)", lineAt(body, firstInvalidUtf8(body)), 1);
  }
}

/**
 * Text for telling what a file is when it cannot be decoded: invalid sequences become U+FFFD and
 * NULs stay, so the content tests of classification still see the keys and headings around them.
 */
export function decodeLeniently(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes); // strips a UTF-8 BOM itself
}

/** 1-based line of a byte offset (line breaks are ASCII, so bytes can be counted directly). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = bytes[i];
    if (c === 10 || (c === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const ok = (n: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
