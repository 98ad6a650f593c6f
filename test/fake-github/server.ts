// A small stand-in for the GitHub REST and GraphQL endpoints aigis calls, on 127.0.0.1 only. It keeps
// comments in memory, paginates like GitHub (Link headers, per_page ≤ 100), authenticates the token,
// answers 403 "Resource not accessible by integration" to writes from a read-only (fork) token, and
// records every request so tests can assert what was called. Bounded in requests and body size.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface User {
  login: string;
  id: number;
  type: "User" | "Bot";
}

export interface StoredComment {
  id: number;
  body: string;
  user: User;
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | null;
  body: unknown;
}

export const ACTIONS_BOT: User = { login: "github-actions[bot]", id: 41898282, type: "Bot" };

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  /** The only token accepted (as `Authorization: token <token>`). */
  token: string;
  /** Whose token it is: the author of comments it creates. */
  identity?: User;
  /** GraphQL `viewer` answers (true, like GitHub for every token) or fails. */
  graphqlViewer?: boolean;
  /** REST GET /user answers (a user's token) or is 403 (an installation token such as GITHUB_TOKEN). */
  restUser?: boolean;
  /** Writes are refused with 403, as for a pull request from a fork. */
  readOnly?: boolean;
  /** Files each pull request changes, by number: a name (modified) or a name with its status. */
  pullFiles?: Record<number, (string | { filename: string; status: string; previous_filename?: string })[]>;
  /** Files at each commit (by SHA), answered by GET /repos/{o}/{r}/contents/{path}?ref=<sha>. */
  contents?: Record<string, Record<string, string>>;
  /** Answer every call to paths matching this with a failure: status, headers, message. */
  fail?: { path: RegExp; status: number; headers?: Record<string, string>; message: string; times?: number };
  /** Answer pulls.listFiles with this status instead. */
  pullFilesStatus?: number;
  maxRequests?: number;
}

const MAX_BODY_BYTES = 1024 * 1024;

export class FakeGitHub {
  readonly comments = new Map<number, StoredComment[]>();
  readonly requests: RecordedRequest[] = [];
  private readonly server: http.Server;
  private nextId = 1000;
  private clock = Date.parse("2026-01-01T00:00:00Z");
  url = "";

  constructor(readonly opts: FakeGitHubOptions) {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 1000;
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Adds a comment as if `user` had written it; returns its id. */
  seedComment(issue: number, user: User, body: string): number {
    const now = new Date((this.clock += 1000)).toISOString();
    const c = { id: this.nextId++, body, user, created_at: now, updated_at: now };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), c]);
    return c.id;
  }

  requestsMatching(method: string, pathRe: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pathRe.test(r.path));
  }

  private identity(): User {
    return this.opts.identity ?? ACTIONS_BOT;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const raw = await readBody(req);
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization ?? null,
      body: raw === null ? null : safeJson(raw),
    };
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(body === undefined ? "" : JSON.stringify(body));
    };
    if (this.requests.length > (this.opts.maxRequests ?? 1000)) return send(503, { message: "fake GitHub: request budget exhausted" });
    if (raw === null) return send(413, { message: "body too large" });
    if (record.authorization !== `token ${this.opts.token}`) return send(401, { message: "Bad credentials" });
    try {
      this.route(record, url, send);
    } catch (e) {
      send(500, { message: `fake GitHub: ${(e as Error).message}` });
    }
  }

  private route(r: RecordedRequest, url: URL, send: (status: number, body?: unknown, headers?: Record<string, string>) => void): void {
    const f = this.opts.fail;
    if (f?.path.test(r.path) && (f.times === undefined || f.times-- > 0)) return send(f.status, { message: f.message }, f.headers ?? {});
    const forbidden = () => send(403, { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" });
    const me = this.identity();
    if (r.method === "POST" && r.path === "/graphql") {
      if (this.opts.graphqlViewer === false) return forbidden();
      return send(200, { data: { viewer: { login: me.login, databaseId: me.id } } });
    }
    if (r.method === "GET" && r.path === "/user") {
      return this.opts.restUser ? send(200, { login: me.login, id: me.id, type: me.type }) : forbidden();
    }
    const repo = `/repos/${this.opts.owner}/${this.opts.repo}`;
    let m: RegExpMatchArray | null;
    if ((m = r.path.match(new RegExp(`^${repo}/issues/(\\d+)/comments$`)))) {
      const issue = Number(m[1]);
      if (r.method === "GET") return this.page(url, this.comments.get(issue) ?? [], send);
      if (r.method === "POST") {
        if (this.opts.readOnly) return forbidden();
        const id = this.seedComment(issue, me, String((r.body as { body?: unknown }).body ?? ""));
        return send(201, this.find(id)!.comment);
      }
    }
    if ((m = r.path.match(new RegExp(`^${repo}/issues/comments/(\\d+)$`)))) {
      const found = this.find(Number(m[1]));
      if (!found) return send(404, { message: "Not Found" });
      if (r.method === "PATCH" || r.method === "DELETE") {
        if (this.opts.readOnly) return forbidden();
        if (r.method === "DELETE") {
          found.list.splice(found.list.indexOf(found.comment), 1);
          return send(204);
        }
        found.comment.body = String((r.body as { body?: unknown }).body ?? "");
        found.comment.updated_at = new Date((this.clock += 1000)).toISOString();
        return send(200, found.comment);
      }
    }
    if ((m = r.path.match(new RegExp(`^${repo}/pulls/(\\d+)/files$`))) && r.method === "GET") {
      if (this.opts.pullFilesStatus) return send(this.opts.pullFilesStatus, { message: "fake failure" });
      const files = (this.opts.pullFiles?.[Number(m[1])] ?? []).map((f, i) => ({
        sha: String(i),
        ...(typeof f === "string" ? { filename: f, status: "modified" } : f),
      }));
      return this.page(url, files, send);
    }
    if ((m = r.path.match(new RegExp(`^${repo}/contents/(.+)$`))) && r.method === "GET") {
      const text = this.opts.contents?.[r.query["ref"] ?? ""]?.[decodeURIComponent(m[1]!)];
      if (text === undefined) return send(404, { message: "Not Found" });
      const content = Buffer.from(text).toString("base64");
      return send(200, { type: "file", encoding: "base64", size: Buffer.byteLength(text), name: m[1], path: m[1], content });
    }
    send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
  }

  private find(id: number): { list: StoredComment[]; comment: StoredComment } | null {
    for (const list of this.comments.values()) {
      const comment = list.find((c) => c.id === id);
      if (comment) return { list, comment };
    }
    return null;
  }

  /** GitHub's list pagination: per_page (default 30, at most 100), page, and a Link header. */
  private page(url: URL, items: unknown[], send: (status: number, body?: unknown, headers?: Record<string, string>) => void): void {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get("per_page") ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(url.href);
      u.searchParams.set("per_page", String(perPage));
      u.searchParams.set("page", String(p));
      return `<${u.href}>; rel="${rel}"`;
    };
    const links = [
      page < last ? link(page + 1, "next") : null,
      page < last ? link(last, "last") : null,
      page > 1 ? link(1, "first") : null,
      page > 1 ? link(page - 1, "prev") : null,
    ].filter(Boolean);
    send(200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(", ") } : {});
  }
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function safeJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
