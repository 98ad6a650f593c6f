export declare const MATRIX_LIMIT: number;
export declare class ListError extends Error {}
export interface RepoEntry {
  full_name: string;
  name: string;
  archived?: boolean;
  fork?: boolean;
  disabled?: boolean;
  topics?: string[];
}
export declare function nextLink(header: string | null): string | null;
export declare function listRepositories(opts: { api: string; org: string; token: string; fetchImpl?: typeof fetch }): Promise<RepoEntry[]>;
export declare function nameMatcher(pattern: string): (name: string) => boolean;
export declare function selectRepositories(
  repos: RepoEntry[],
  opts?: { name?: string; topic?: string; includeArchived?: boolean; includeForks?: boolean },
): string[];
export declare function toBatches(names: string[], size: number, limit?: number): { batch: number; repositories: string }[];
export declare function main(argv?: string[], env?: NodeJS.ProcessEnv): Promise<void>;
