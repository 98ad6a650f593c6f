// Reads the gzip'd tar archives `opa build` writes (ustar, with PAX or GNU records for long names),
// in memory: nothing from a bundle is ever written to disk.
import { zlib } from "../lazy-builtins.js";

/** A bundle larger than this once decompressed is refused (the built-in policy is under 1 MiB). */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

export class TarError extends Error {}

/** File name (with a leading `/`, as OPA names bundle files) → contents. */
export function untarGz(gz: Uint8Array): Map<string, Buffer> {
  let buf: Buffer;
  try {
    buf = zlib().gunzipSync(gz, { maxOutputLength: MAX_BUNDLE_BYTES });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new TarError(
      code === "ERR_BUFFER_TOO_LARGE"
        ? `it is larger than ${MAX_BUNDLE_BYTES / 1048576} MiB uncompressed`
        : "it is not a gzip file (build it with opa build -t wasm)",
    );
  }
  return untar(buf);
}

function field(header: Buffer, start: number, length: number): string {
  return header
    .subarray(start, start + length)
    .toString("utf8")
    .replace(/\0.*$/s, "");
}

export function untar(buf: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let longName: string | null = null;
  for (let off = 0; off + 512 <= buf.length; ) {
    const header = buf.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || "0", 8);
    if (!Number.isFinite(size) || size < 0 || off + 512 + size > buf.length) throw new TarError("it is not a valid tar archive (truncated or corrupt)");
    const type = String.fromCharCode(header[156] || 48);
    const body = buf.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === "x") {
      const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString("utf8"));
      if (m) longName = m[1]!;
      continue;
    }
    if (type === "L") {
      longName = body.toString("utf8").replace(/\0.*$/s, "");
      continue;
    }
    if (type === "g") continue;
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longName = null;
    if (type !== "0" && type !== "\0" && type !== "7") continue;
    files.set(name.startsWith("/") ? name : `/${name}`, Buffer.from(body));
  }
  return files;
}
