// Who owns the repository, as the default first-party organization: a team's own model is not a
// "third-party model" just because nobody wrote `organization.names`. GitHub's context names the
// owner in the Action; locally the git remote `origin` does. Neither is written by the pull request.
import { gitAt } from "../report/origin.js";

type Env = Record<string, string | undefined>;

/** The owner in `owner/repo` of GITHUB_REPOSITORY, or null. */
export function ownerFromGitHub(env: Env): string | null {
  const m = /^([\w.-]+)\/[\w.-]+$/.exec(env["GITHUB_REPOSITORY"] ?? "");
  return m ? m[1]! : null;
}

/** The owner in a remote URL: `git@host:owner/repo.git`, `https://host/owner/repo`, `ssh://git@host/owner/repo`. */
export function ownerFromRemote(url: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/(?:[^@/]+@)?[^/]+\/|[^@/\s]+@[^:/\s]+:)([\w.-]+)\/[\w.-]+?(?:\.git)?\/?$/i.exec(url.trim());
  return m ? m[1]! : null;
}

/** The remote `origin` of the git work tree holding `dir`, or null (no git, no remote). */
export function originUrl(dir: string): string | null {
  try {
    return gitAt(dir)(["config", "--get", "remote.origin.url"]).trim() || null;
  } catch {
    return null;
  }
}

/** The repository owner: the GitHub context first, else the git remote origin of `dir`. */
export function repositoryOwner(dir: string, env: Env = process.env): string | null {
  const fromContext = ownerFromGitHub(env);
  if (fromContext) return fromContext;
  const url = originUrl(dir);
  return url ? ownerFromRemote(url) : null;
}
