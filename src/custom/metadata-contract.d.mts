import type { ValidateFunction } from "ajv";

/** Every problem with one rule's METADATA block; empty when it keeps the contract. */
export function metadataProblems(
  validate: ValidateFunction,
  annotation: unknown,
  opts: { pkg: string; builtin: boolean; knownControls: ReadonlySet<string> },
): string[];
