import { ArtifactError } from "./errors.js";

/**
 * Decodes a file's bytes as text the way editors do: UTF-8 (BOM stripped) or UTF-16 with a BOM.
 * Binary content and invalid UTF-8 are refused with a reason instead of being read as garbage.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const sample = bytes.subarray(start, Math.min(bytes.length, start + 8192));
  if (sample.includes(0)) throw new ArtifactError("binary content (NUL bytes), not a text document");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const offset = firstInvalidUtf8(bytes.subarray(start));
    const before = new TextDecoder("utf-8").decode(bytes.subarray(start, start + offset));
    const line = before.split(/\r\n|\r|\n/).length;
    throw new ArtifactError("not valid UTF-8 (save the file as UTF-8)", line, 1);
  }
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
