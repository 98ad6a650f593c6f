// Errors every layer may raise. A ConfigError is the user's to fix (configuration, flags, paths
// outside the workspace): the run stops with exit status 2 and the message says where.

/** A configuration or usage problem: the run stops with exit status 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string | null = null,
    readonly line: number | null = null,
  ) {
    super(file ? `${file}${line ? `:${line}` : ""}: ${message}` : message);
  }
}
