// One sticky comment per pull request: found by its hidden marker among all comments written by this
// token's identity, updated in place, created only when none exists, and never duplicated.
import type { GitHubClient } from "./client.js";
import { isAuthor, type Identity } from "./identity.js";

export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

export interface StickyResult {
  action: "created" | "updated" | "unchanged";
  id: number;
  /** Earlier duplicates (from concurrent runs) that were removed. */
  removed: number;
}

interface Comment {
  id: number;
  body?: string | null;
  user: { login?: string | null; id?: number | null } | null;
}

/** This identity's comments whose first line is the marker, oldest first. The marker anywhere else (a
 * quoted comment, a file name in another scope's report) does not make a comment this scope's. */
export function findSticky(comments: Comment[], marker: string, identity: Identity): Comment[] {
  return comments.filter((c) => firstLine(c.body ?? "") === marker && isAuthor(identity, c.user)).sort((a, b) => a.id - b.id);
}

function firstLine(body: string): string {
  const end = body.search(/\r?\n/);
  return end < 0 ? body : body.slice(0, end);
}

export async function upsertStickyComment(client: GitHubClient, issue: IssueRef, marker: string, body: string, identity: Identity): Promise<StickyResult> {
  const ref = { owner: issue.owner, repo: issue.repo };
  // GitHub returns 30 comments a page by default; a busy pull request has more, so read them all.
  const comments = (await client.paginate(client.rest.issues.listComments, { ...ref, issue_number: issue.number, per_page: 100 })) as Comment[];
  const [keep, ...duplicates] = findSticky(comments, marker, identity);
  if (!keep) {
    const { data } = await client.rest.issues.createComment({ ...ref, issue_number: issue.number, body });
    return { action: "created", id: data.id, removed: 0 };
  }
  let action: StickyResult["action"] = "unchanged";
  if (keep.body !== body) {
    await client.rest.issues.updateComment({ ...ref, comment_id: keep.id, body });
    action = "updated";
  }
  for (const d of duplicates) await client.rest.issues.deleteComment({ ...ref, comment_id: d.id });
  return { action, id: keep.id, removed: duplicates.length };
}
