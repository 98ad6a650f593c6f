// Types of generate.mjs for the TypeScript tests that build synthetic repositories with it.
export function generateRepo(dir: string, artifacts: number, options?: { seed?: number }): unknown;
export function generateSharedNamesRepo(dir: string, artifacts: number): { copies: number; files: number; bytes: number };
