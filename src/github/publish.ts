// Posts the sticky comment and turns any failure into one warning: the comment is a convenience, and
// annotations, the summary, outputs and the check's status must not depend on it.
import type { GitHubClient } from "./client.js";
import { upsertStickyComment, type IssueRef, type StickyResult } from "./comment.js";
import type { PullRequestContext } from "./context.js";
import { classifyError, describeError } from "./errors.js";
import { resolveIdentity } from "./identity.js";

export type PublishOutcome = { ok: true; result: StickyResult } | { ok: false; warning: string };

export async function publishComment(
  client: GitHubClient,
  pr: PullRequestContext,
  marker: string,
  body: string,
  debug: (message: string) => void,
): Promise<PublishOutcome> {
  const issue: IssueRef = { owner: pr.owner, repo: pr.repo, number: pr.number };
  try {
    const identity = await resolveIdentity(client, debug);
    debug(`sticky comment author: ${identity.login}`);
    return { ok: true, result: await upsertStickyComment(client, issue, marker, body, identity) };
  } catch (e) {
    return { ok: false, warning: commentWarning(e, pr.fromFork) };
  }
}

export function commentWarning(e: unknown, fromFork: boolean): string {
  const why = describeError(e);
  const unaffected = "Annotations, the job summary and the check status are unaffected.";
  const cause = CAUSE[classifyError(e).kind]?.(fromFork);
  return `aigis: could not write the pull-request comment (${why})${cause ? `: ${cause}` : ""}. ${unaffected}`;
}

/** What to do about each kind of failure; kinds without a remedy of their own just say what happened. */
const CAUSE: Partial<Record<ReturnType<typeof classifyError>["kind"], (fromFork: boolean) => string>> = {
  permission: (fromFork) =>
    fromFork ? "pull requests from forks get a read-only token" : "the token lacks `pull-requests: write` (see the workflow's `permissions`)",
  auth: () => "the token was rejected (expired or revoked)",
  "rate-limit": () => "the token's API rate limit is used up; the next run after the reset writes the comment",
  "not-found": () => "the repository or pull request is not visible to this token (GitHub answers 404 to a token without access)",
  timeout: () => "GitHub did not answer in time",
};
