import type { ReadError } from "../model/types.js";

/** Thrown by a reader for a file it recognised but could not read; becomes a ReadError. */
export class ArtifactError extends Error {
  constructor(
    readonly reason: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(reason);
  }

  toReadError(path: string): ReadError {
    return { path, line: Math.max(1, this.line), column: Math.max(1, this.column), reason: this.reason };
  }
}
