// Where the scanned files live on GitHub, for links from the summary and comment to `path:line`.
// On a pull request GITHUB_SHA is the merge commit, which the reader cannot browse as the change
// they review: the head commit from the event payload is what the links point at.
import type { ReportSource } from "../report/report.js";
import type { PullRequestContext } from "./context.js";

type Env = Record<string, string | undefined>;

/** The source of a run's files, or undefined when the environment does not say (a local run). */
export function reportSource(env: Env, pr: Pick<PullRequestContext, "headSha"> | null, root: string): ReportSource | undefined {
  const repository = env["GITHUB_REPOSITORY"] ?? "";
  const sha = pr?.headSha ?? env["GITHUB_SHA"] ?? "";
  const server = (env["GITHUB_SERVER_URL"] || "https://github.com").replace(/\/+$/, "");
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha) || !/^https?:\/\/[^\s/?#()]+$/.test(server)) return undefined;
  return { server_url: server, repository, sha: sha.toLowerCase(), root: root.replace(/^\.?\/+|\/+$/g, "").replace(/^\.$/, "") };
}
