// Who the token is, so the sticky comment is looked for among this identity's comments only and a
// comment by someone else that quotes the marker is never edited.
import type { GitHubClient } from "./client.js";

export interface Identity {
  login: string;
  /** The account's database id, which REST comments carry as user.id; null when unknown. */
  id: number | null;
}

/** The author of comments written with a workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT: Identity = { login: "github-actions[bot]", id: 41898282 };

/**
 * GraphQL `viewer` answers for every kind of token, including GITHUB_TOKEN and other GitHub App
 * installation tokens, for which REST `GET /user` is 403. Then `GET /user`, then the Actions bot.
 */
export async function resolveIdentity(client: GitHubClient, debug: (message: string) => void = () => {}): Promise<Identity> {
  try {
    const { viewer } = await client.graphql<{ viewer: { login: string; databaseId: number | null } }>("query { viewer { login databaseId } }");
    if (viewer?.login) return { login: viewer.login, id: viewer.databaseId ?? null };
  } catch (e) {
    debug(`GraphQL viewer unavailable (${(e as { status?: number }).status ?? "error"}); trying GET /user`);
  }
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login, id: data.id };
  } catch (e) {
    debug(`GET /user unavailable (${(e as { status?: number }).status ?? "error"}); assuming ${GITHUB_ACTIONS_BOT.login}`);
  }
  return GITHUB_ACTIONS_BOT;
}

/** True when `user` (a REST comment's author) is this identity. */
export function isAuthor(identity: Identity, user: { login?: string | null; id?: number | null } | null | undefined): boolean {
  if (!user) return false;
  if (identity.id !== null && typeof user.id === "number") return user.id === identity.id;
  const login = (user.login ?? "").toLowerCase();
  const mine = identity.login.toLowerCase();
  return login === mine || login === `${mine}[bot]`;
}
