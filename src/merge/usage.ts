// The merge command's usage error, apart from the command so the CLI can tell it without loading the command.
export class MergeUsageError extends Error {}
