#!/usr/bin/env node
// Lists an organisation's repositories through the GitHub REST API and splits them into batches for
// a matrix job (.github/workflows/org-scan.yml). Plain Node (fetch), no dependencies: the reusable
// workflow runs it before anything is installed.
//
//   GH_TOKEN=… node scripts/org-scan/list-repos.mjs --org acme [--name 'ml-*'] [--topic ai]
//     [--include-archived] [--include-forks] [--batch-size 10] [--api https://api.github.com]
//
// Writes `matrix` (JSON: {"include":[{"batch":1,"repositories":"acme/a acme/b"}]}), `count` and
// `batches` to $GITHUB_OUTPUT, else prints them as JSON. Any API failure (a 403 from a token that
// cannot read the organisation, a rate limit, a 404) ends the script with status 1 and says why:
// an empty list is never mistaken for an organisation without repositories.
import fs from "node:fs";
import { pathToFileURL } from "node:url";

/** GitHub refuses a matrix of more than 256 jobs. */
export const MATRIX_LIMIT = 256;
const PAGE_LIMIT = 1000; // 100,000 repositories: a safety stop against a Link header that never ends

export class ListError extends Error {}

/** The next page's URL from a Link header, or null. */
export function nextLink(header) {
  if (!header) return null;
  for (const part of header.split(",")) {
    const m = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
    if (m && /\brel="?next"?/.test(m[2])) return m[1];
  }
  return null;
}

/**
 * Every repository of `org`, page by page (per_page=100, following rel="next"). The token is only
 * ever sent to the API's own origin: a next link elsewhere is an error, not a request.
 */
export async function listRepositories({ api, org, token, fetchImpl = fetch }) {
  const base = new URL(api.endsWith("/") ? api : `${api}/`);
  let url = new URL(`orgs/${encodeURIComponent(org)}/repos?type=all&per_page=100&sort=full_name`, base).href;
  const repos = [];
  for (let page = 1; url; page++) {
    if (page > PAGE_LIMIT) throw new ListError(`more than ${PAGE_LIMIT} pages of repositories; stopping`);
    if (new URL(url).origin !== base.origin)
      throw new ListError(`the API's next page is on another host (${new URL(url).origin}); the token is not sent there`);
    const res = await fetchImpl(url, {
      headers: {
        accept: "application/vnd.github+json",
        "x-github-api-version": "2022-11-28",
        "user-agent": "aigis-org-scan",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
    if (!res.ok) throw new ListError(await failure(res, org));
    const body = await res.json();
    if (!Array.isArray(body)) throw new ListError(`page ${page} of ${org}'s repositories is not a list`);
    repos.push(...body);
    url = nextLink(res.headers.get("link"));
  }
  return repos;
}

async function failure(res, org) {
  let message = "";
  try {
    message = String((await res.json())?.message ?? "").slice(0, 200);
  } catch {
    // no JSON body
  }
  const said = message ? ` (GitHub says: ${message.replace(/[^\x20-\x7e]/g, "?")})` : "";
  if ((res.status === 403 || res.status === 429) && res.headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(res.headers.get("x-ratelimit-reset"));
    return `rate limited listing ${org}'s repositories${Number.isFinite(reset) && reset > 0 ? `; the limit resets at ${new Date(reset * 1000).toISOString()}` : ""}${said}`;
  }
  if (res.status === 401) return `the token was refused (401)${said}: check the secret passed as token`;
  if (res.status === 403)
    return `the token may not list ${org}'s repositories (403)${said}: it needs read access to the organisation's repositories (docs/org-scan.md)`;
  if (res.status === 404) return `no organisation ${org}, or the token cannot see it (404)${said}`;
  return `listing ${org}'s repositories failed: HTTP ${res.status}${said}`;
}

/** `*` matches any run of characters; the rest is literal; case-insensitive, like GitHub's names. */
export function nameMatcher(pattern) {
  if (!pattern) return () => true;
  const re = new RegExp(
    `^${pattern
      .split("*")
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
    "i",
  );
  return (name) => re.test(name);
}

/** The repositories to scan, by full name, sorted: archived and forks only when asked, name and topic filters. */
export function selectRepositories(repos, { name = "", topic = "", includeArchived = false, includeForks = false } = {}) {
  const matches = nameMatcher(name);
  const wanted = topic.trim().toLowerCase();
  return repos
    .filter((r) => r && typeof r.full_name === "string" && typeof r.name === "string")
    .filter((r) => includeArchived || !r.archived)
    .filter((r) => includeForks || !r.fork)
    .filter((r) => !r.disabled)
    .filter((r) => matches(r.name))
    .filter((r) => !wanted || (Array.isArray(r.topics) && r.topics.some((t) => String(t).toLowerCase() === wanted)))
    .map((r) => r.full_name)
    .sort();
}

/**
 * Splits the names into batches of `size`, growing the batches when that would make more than
 * MATRIX_LIMIT jobs (1,000 repositories in batches of 2 become 250 batches of 4).
 */
export function toBatches(names, size, limit = MATRIX_LIMIT) {
  if (!Number.isInteger(size) || size < 1) throw new ListError(`batch size must be a whole number of at least 1; got ${size}`);
  const per = Math.max(size, Math.ceil(names.length / limit));
  const batches = [];
  for (let i = 0; i < names.length; i += per) batches.push({ batch: batches.length + 1, repositories: names.slice(i, i + per).join(" ") });
  return batches;
}

function parseArgs(argv) {
  const opts = {
    org: "",
    name: "",
    topic: "",
    includeArchived: false,
    includeForks: false,
    batchSize: 10,
    api: process.env.GITHUB_API_URL || "https://api.github.com",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new ListError(`${a} needs a value`);
      return v;
    };
    if (a === "--org") opts.org = value();
    else if (a === "--name") opts.name = value();
    else if (a === "--topic") opts.topic = value();
    else if (a === "--include-archived") opts.includeArchived = true;
    else if (a === "--include-forks") opts.includeForks = true;
    else if (a === "--batch-size") opts.batchSize = Number(value());
    else if (a === "--api") opts.api = value();
    else throw new ListError(`unknown argument ${a}`);
  }
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(opts.org)) throw new ListError(`--org must be an organisation login; got "${opts.org}"`);
  return opts;
}

export async function main(argv = process.argv.slice(2), env = process.env) {
  const opts = parseArgs(argv);
  const all = await listRepositories({ api: opts.api, org: opts.org, token: env.GH_TOKEN || env.GITHUB_TOKEN || "" });
  const names = selectRepositories(all, opts);
  const batches = toBatches(names, opts.batchSize);
  const outputs = { matrix: JSON.stringify({ include: batches }), count: String(names.length), batches: String(batches.length) };
  if (env.GITHUB_OUTPUT)
    fs.appendFileSync(
      env.GITHUB_OUTPUT,
      Object.entries(outputs)
        .map(([k, v]) => `${k}=${v}\n`)
        .join(""),
    );
  else process.stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);
  process.stderr.write(`${opts.org}: ${all.length} repositories listed, ${names.length} to scan in ${batches.length} batch(es)\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  main().catch((e) => {
    process.stderr.write(`list-repos: ${e instanceof ListError ? e.message : (e?.stack ?? String(e))}\n`);
    process.exitCode = 1;
  });
}
