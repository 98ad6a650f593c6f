// The organisation scan's listing step (scripts/org-scan/list-repos.mjs) against a local stand-in
// for GitHub's REST API: pagination through Link headers, archived and forked repositories skipped
// unless asked, name and topic filters, batches under the 256-job matrix limit, and every API
// failure (403, 404, a rate limit) ending the step instead of yielding an empty list.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRepositories, nextLink, selectRepositories, toBatches, type RepoEntry } from "../scripts/org-scan/list-repos.mjs";
import { repoRoot, tempDir } from "./helpers.js";

const TOKEN = "ghs_orgscan";

interface Stand {
  url: string;
  requests: { path: string; authorization: string | undefined }[];
  /** Answer every request with this instead. */
  status: number | null;
  rateLimited: boolean;
  /** The Link header points the second page at another host. */
  foreignNext: boolean;
  close(): Promise<void>;
}

function repos(n: number): RepoEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `repo-${String(i).padStart(3, "0")}`,
    full_name: `acme/repo-${String(i).padStart(3, "0")}`,
    archived: i % 10 === 3,
    fork: i % 10 === 7,
    topics: i % 5 === 0 ? ["ai", "ml"] : ["web"],
  }));
}

async function standInApi(all: RepoEntry[]): Promise<Stand> {
  const stand: Stand = { url: "", requests: [], status: null, rateLimited: false, foreignNext: false, close: async () => {} };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", stand.url);
    stand.requests.push({ path: `${url.pathname}${url.search}`, authorization: req.headers.authorization });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return send(401, { message: "Bad credentials" });
    if (stand.rateLimited) return send(403, { message: "API rate limit exceeded" }, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1893456000" });
    if (stand.status) return send(stand.status, { message: stand.status === 403 ? "Resource not accessible by integration" : "Not Found" });
    const m = /^\/orgs\/([^/]+)\/repos$/.exec(url.pathname);
    if (m?.[1] !== "acme") return send(404, { message: "Not Found" });
    // Like GitHub: per_page at most 100, page from 1, rel="next" and rel="last" while more remain.
    const per = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
    const page = Number(url.searchParams.get("page") ?? 1);
    const last = Math.max(1, Math.ceil(all.length / per));
    const link = (p: number) => {
      const u = new URL(url.href);
      u.searchParams.set("page", String(p));
      if (stand.foreignNext) u.host = "evil.example:80";
      return u.href;
    };
    const headers: Record<string, string> = page < last ? { link: `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"` } : {};
    send(200, all.slice((page - 1) * per, page * per), headers);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stand.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stand.close = () => new Promise((resolve) => server.close(() => resolve()));
  return stand;
}

function script(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, "scripts", "org-scan", "list-repos.mjs"), ...args], {
      env: { PATH: process.env["PATH"] ?? "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

let api: Stand;
const ALL = repos(250);

beforeAll(async () => {
  api = await standInApi(ALL);
});
afterAll(async () => api.close());

describe("listing an organisation's repositories", () => {
  it("follows the Link header through every page, 100 at a time, with the token", async () => {
    api.requests.length = 0;
    const listed = await listRepositories({ api: api.url, org: "acme", token: TOKEN });
    expect(listed.map((r) => r.full_name)).toEqual(ALL.map((r) => r.full_name));
    expect(api.requests.map((r) => new URL(r.path, api.url).searchParams.get("page") ?? "1")).toEqual(["1", "2", "3"]);
    expect(api.requests.every((r) => r.authorization === `Bearer ${TOKEN}` && r.path.includes("per_page=100"))).toBe(true);
  });

  it("skips archived repositories and forks unless asked; filters by name and topic", () => {
    const kept = selectRepositories(ALL);
    expect(kept).toHaveLength(200);
    expect(kept).not.toContain("acme/repo-003"); // archived
    expect(kept).not.toContain("acme/repo-007"); // fork
    expect(selectRepositories(ALL, { includeArchived: true, includeForks: true })).toHaveLength(250);
    expect(selectRepositories(ALL, { name: "repo-00*" })).toEqual([
      "acme/repo-000",
      "acme/repo-001",
      "acme/repo-002",
      "acme/repo-004",
      "acme/repo-005",
      "acme/repo-006",
      "acme/repo-008",
      "acme/repo-009",
    ]);
    expect(selectRepositories(ALL, { topic: "AI" })).toHaveLength(50);
    expect(selectRepositories(ALL, { name: "repo.0*" })).toEqual([]); // a dot is a dot, not any character
  });

  it("batches stay under the 256-job matrix limit, every repository in exactly one", () => {
    const names = Array.from({ length: 1000 }, (_, i) => `acme/r${i}`);
    const batches = toBatches(names, 2);
    expect(batches.length).toBeLessThanOrEqual(256);
    expect(batches.flatMap((b) => b.repositories.split(" "))).toEqual(names);
    expect(toBatches(names, 10)).toHaveLength(100);
    expect(toBatches([], 10)).toEqual([]);
    expect(() => toBatches(names, 0)).toThrow(/batch size/);
  });

  it("writes the matrix, the count and the number of batches to GITHUB_OUTPUT", async () => {
    const out = path.join(tempDir("aigis-org-"), "output.txt");
    fs.writeFileSync(out, "");
    const r = await script(["--org", "acme", "--topic", "ai", "--batch-size", "8"], { GH_TOKEN: TOKEN, GITHUB_API_URL: api.url, GITHUB_OUTPUT: out });
    expect(r.code).toBe(0);
    const outputs = Object.fromEntries(
      fs
        .readFileSync(out, "utf8")
        .trim()
        .split("\n")
        .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
    );
    expect(outputs["count"]).toBe("50");
    expect(outputs["batches"]).toBe("7");
    const matrix = JSON.parse(outputs["matrix"]!) as { include: { batch: number; repositories: string }[] };
    expect(matrix.include[0]).toEqual({
      batch: 1,
      repositories: "acme/repo-000 acme/repo-005 acme/repo-010 acme/repo-015 acme/repo-020 acme/repo-025 acme/repo-030 acme/repo-035",
    });
    expect(r.stderr).toContain("acme: 250 repositories listed, 50 to scan in 7 batch(es)");
  });

  it("a 403 fails the step and says the token lacks access; nothing is written", async () => {
    const out = path.join(tempDir("aigis-org-"), "output.txt");
    fs.writeFileSync(out, "");
    api.status = 403;
    try {
      const r = await script(["--org", "acme"], { GH_TOKEN: TOKEN, GITHUB_API_URL: api.url, GITHUB_OUTPUT: out });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("the token may not list acme's repositories (403) (GitHub says: Resource not accessible by integration)");
      expect(fs.readFileSync(out, "utf8")).toBe("");
    } finally {
      api.status = null;
    }
  });

  it("a rate limit, a wrong token and an unknown organisation each fail with their reason", async () => {
    api.rateLimited = true;
    await expect(listRepositories({ api: api.url, org: "acme", token: TOKEN })).rejects.toThrow(
      /rate limited listing acme's repositories; the limit resets at 2030-01-01T00:00:00.000Z/,
    );
    api.rateLimited = false;
    await expect(listRepositories({ api: api.url, org: "acme", token: "wrong" })).rejects.toThrow(/token was refused \(401\)/);
    await expect(listRepositories({ api: api.url, org: "umbrella", token: TOKEN })).rejects.toThrow(
      /no organisation umbrella, or the token cannot see it \(404\)/,
    );
  });

  it("never sends the token to another host named by a Link header", async () => {
    api.foreignNext = true;
    api.requests.length = 0;
    try {
      await expect(listRepositories({ api: api.url, org: "acme", token: TOKEN })).rejects.toThrow(/another host/);
      expect(api.requests).toHaveLength(1);
    } finally {
      api.foreignNext = false;
    }
  });

  it("reads the next page from a Link header", () => {
    expect(nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"')).toBe("https://api.github.com/x?page=2");
    expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });
});
