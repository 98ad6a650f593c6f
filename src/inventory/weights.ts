// Model weights files, including Git LFS pointers: a pointer's `oid sha256` is the weights' hash,
// known without the blob. Real weights are hashed when they are within the size limit.
import { crypto } from "../lazy-builtins.js";
import path from "node:path";
import { use, type FoundUse } from "./use.js";

export const WEIGHTS_EXTENSIONS = new Set([".safetensors", ".gguf", ".onnx", ".pt", ".pth", ".ckpt", ".h5", ".keras", ".tflite"]);

/** Transformers' own weights names in extensions too generic to count anywhere (`.bin`, `.msgpack`). */
const HF_WEIGHTS_NAME = /^(?:pytorch_model|flax_model)(?:-\d+-of-\d+)?\.(?:bin|msgpack)$/;

export const isWeightsFile = (relPath: string) =>
  WEIGHTS_EXTENSIONS.has(path.posix.extname(relPath).toLowerCase()) || HF_WEIGHTS_NAME.test(path.posix.basename(relPath));

/** A Git LFS pointer file is small text; anything over this is the weights themselves. */
export const LFS_POINTER_MAX_BYTES = 1024;

const LFS = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\r?\n(?:[\s\S]*?\n)?oid sha256:([0-9a-f]{64})\r?\n(?:[\s\S]*?\n)?size (\d+)/;

/** `bytes` null: the file was over the read limit, so it is listed without a hash. */
export function detectWeights(relPath: string, bytes: Uint8Array | null): FoundUse {
  const base = { type: "weights", name: relPath, line: 1, column: 1 } as const;
  if (!bytes) return use({ ...base, evidence: "weights file (not hashed: over the size limit)" });
  if (bytes.byteLength <= LFS_POINTER_MAX_BYTES) {
    const lfs = LFS.exec(Buffer.from(bytes).toString("latin1"));
    if (lfs) return use({ ...base, line: 2, column: 12, hashes: [{ alg: "SHA-256", value: lfs[1]! }], evidence: "Git LFS pointer" });
  }
  return use({ ...base, hashes: [{ alg: "SHA-256", value: crypto().createHash("sha256").update(bytes).digest("hex") }], evidence: "weights file" });
}
