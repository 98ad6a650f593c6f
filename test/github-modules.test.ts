// The GitHub helpers one by one, without a runner or a network.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_FILE_LIMIT, changedFiles, relativeToScanRoot, repositoryRoot, type GitRunner } from "../src/github/changed-files.js";
import type { GitHubClient } from "../src/github/client.js";
import { findSticky } from "../src/github/comment.js";
import { pullRequestContext, runUrl, type PullRequestContext } from "../src/github/context.js";
import { describeError, isPermissionError } from "../src/github/errors.js";
import { GITHUB_ACTIONS_BOT, isAuthor } from "../src/github/identity.js";
import { InputError, readInputs } from "../src/github/inputs.js";
import { commentWarning } from "../src/github/publish.js";
import { tempDir } from "./helpers.js";

const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("inputs", () => {
  const ws = tempDir("aigis-inputs-");

  it("defaults: scan the workspace, comment on, only-changed off, no files", () => {
    expect(readInputs(inputs({ "github-token": "t" }), ws)).toEqual({
      workspace: ws,
      root: ws,
      scope: ".",
      config: null,
      configFrom: "base",
      failOn: undefined, // the configuration file's fail-on (else critical) applies
      customPolicies: null,
      jsonFile: null,
      sarifFile: null,
      htmlFile: null,
      oscalFile: null,
      comment: true,
      onlyChanged: false,
      token: "t",
    });
  });

  it("resolves paths inside the workspace and names the scanned directory", () => {
    const r = readInputs(inputs({ path: "ml/", "sarif-file": "out/aigis.sarif", comment: "FALSE", "only-changed": "True" }), ws);
    expect([r.root, r.scope, r.sarifFile, r.comment, r.onlyChanged]).toEqual([path.join(ws, "ml"), "ml", path.join(ws, "out/aigis.sarif"), false, true]);
  });

  it("rejects bad values with the input's name", () => {
    const err = (values: Record<string, string>) => {
      try {
        readInputs(inputs(values), ws);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        return (e as Error).message;
      }
      return "no error";
    };
    expect(err({ "sarif-file": "../x.sarif" })).toBe('Input sarif-file must be a path inside the workspace; got "../x.sarif".');
    expect(err({ "json-file": "/etc/passwd" })).toBe('Input json-file must be a path inside the workspace; got "/etc/passwd".');
    expect(err({ "html-file": "../report.html" })).toBe('Input html-file must be a path inside the workspace; got "../report.html".');
    expect(err({ "oscal-file": "/tmp/ar.json" })).toBe('Input oscal-file must be a path inside the workspace; got "/tmp/ar.json".');
    expect(err({ comment: "yes" })).toBe('Input comment must be true or false; got "yes".');
    expect(err({ "only-changed": "1" })).toBe('Input only-changed must be true or false; got "1".');
    expect(err({ "fail-on": "blocker" })).toBe('Input fail-on must be one of critical, high, medium, low, none; got "blocker".');
    expect(err({ "config-from": "pr" })).toBe('Input config-from must be base or head; got "pr".');
    expect(readInputs(inputs({ "config-from": "head" }), ws).configFrom).toBe("head");
    expect(err({ path: "..foo" })).toBe("no error");
  });
});

describe("pull request context", () => {
  const payload = (head: unknown) => ({
    number: 12,
    pull_request: {
      number: 12,
      changed_files: 4,
      base: { sha: "a".repeat(40), repo: { full_name: "acme/models" } },
      head: { sha: "b".repeat(40), repo: head },
    },
  });
  const env = { GITHUB_EVENT_NAME: "pull_request", GITHUB_REPOSITORY: "acme/models" };

  it("reads number, commits, fork and file count from the event", () => {
    expect(pullRequestContext(env, payload({ full_name: "acme/models" }))).toEqual({
      owner: "acme",
      repo: "models",
      number: 12,
      baseSha: "a".repeat(40),
      headSha: "b".repeat(40),
      fromFork: false,
      changedFiles: 4,
    });
    expect(pullRequestContext(env, payload({ full_name: "someone/models" }))!.fromFork).toBe(true);
    expect(pullRequestContext(env, payload(null))!.fromFork).toBe(true);
  });

  it("is null for other events and for payloads without a pull request", () => {
    expect(pullRequestContext({ ...env, GITHUB_EVENT_NAME: "push" }, payload({ full_name: "acme/models" }))).toBeNull();
    expect(pullRequestContext(env, { ref: "refs/heads/main" })).toBeNull();
    expect(pullRequestContext(env, null)).toBeNull();
  });

  it("reads the event file named by GITHUB_EVENT_PATH", () => {
    const file = path.join(tempDir(), "event.json");
    fs.writeFileSync(file, JSON.stringify(payload({ full_name: "acme/models" })));
    expect(pullRequestContext({ ...env, GITHUB_EVENT_PATH: file })!.number).toBe(12);
  });

  it("links the run, and refuses a malformed repository or run id", () => {
    expect(runUrl({ GITHUB_SERVER_URL: "https://ghe.example.com", GITHUB_REPOSITORY: "acme/models", GITHUB_RUN_ID: "99" })).toBe(
      "https://ghe.example.com/acme/models/actions/runs/99",
    );
    expect(runUrl({ GITHUB_REPOSITORY: "acme/models", GITHUB_RUN_ID: "99" })).toBe("https://github.com/acme/models/actions/runs/99");
    expect(runUrl({ GITHUB_REPOSITORY: "acme/models) [x](y", GITHUB_RUN_ID: "99" })).toBeNull();
    expect(runUrl({ GITHUB_REPOSITORY: "acme/models" })).toBeNull();
  });
});

describe("changed files", () => {
  const pr: PullRequestContext = {
    owner: "acme",
    repo: "models",
    number: 3,
    baseSha: "a".repeat(40),
    headSha: "b".repeat(40),
    fromFork: false,
    changedFiles: 2,
  };
  const noDebug = () => {};
  const stubClient = (files: string[] | Error) =>
    ({
      rest: { pulls: { listFiles: "listFiles" } },
      paginate: async (route: unknown, params: Record<string, unknown>) => {
        expect([route, params]).toEqual(["listFiles", { owner: "acme", repo: "models", pull_number: 3, per_page: 100 }]);
        if (files instanceof Error) throw files;
        return files.map((filename) =>
          filename.startsWith("-")
            ? { filename: filename.slice(1), status: "removed" }
            : filename.includes("->")
              ? { filename: filename.split("->")[1], previous_filename: filename.split("->")[0], status: "renamed" }
              : { filename, status: "modified" },
        );
      },
    }) as unknown as GitHubClient;

  it("come from the API when it answers, deletions and renamed-away paths marked", async () => {
    const git: GitRunner = () => {
      throw new Error("git must not run");
    };
    expect(await changedFiles(pr, { client: stubClient(["a.md", "b/c.json"]), git, debug: noDebug })).toEqual({
      files: ["a.md", "b/c.json"],
      deleted: [],
      source: "api",
    });
    expect(await changedFiles(pr, { client: stubClient(["-AI_POLICY.md", "old.md->new.md"]), git, debug: noDebug })).toEqual({
      files: ["AI_POLICY.md", "new.md", "old.md"],
      deleted: ["AI_POLICY.md", "old.md"],
      source: "api",
    });
  });

  it("come from git diff base...head when the API fails, names taken verbatim (-z)", async () => {
    const seen: string[][] = [];
    const git: GitRunner = (args) => {
      seen.push(args);
      return "M\0models/a b.md\0A\0data/new\nline.json\0D\0AI_POLICY.md\0";
    };
    const failing = Object.assign(new Error("Server Error"), { status: 500 });
    expect(await changedFiles(pr, { client: stubClient(failing), git, debug: noDebug })).toEqual({
      files: ["models/a b.md", "data/new\nline.json", "AI_POLICY.md"],
      deleted: ["AI_POLICY.md"],
      source: "git",
    });
    expect(seen).toEqual([["diff", "--name-status", "--no-renames", "-z", `${"a".repeat(40)}...${"b".repeat(40)}`, "--"]]);
  });

  it("ask git when the API's list stops at its 3000-file cap", async () => {
    const capped = Array.from({ length: API_FILE_LIMIT }, (_, i) => `f${i}`);
    const r = await changedFiles({ ...pr, changedFiles: 3500 }, { client: stubClient(capped), git: () => "M\0x\0", debug: noDebug });
    expect(r).toEqual({ files: ["x"], deleted: [], source: "git" });
  });

  it("are unknown when git fails too, or when the commits are not plain hashes", async () => {
    const debug: string[] = [];
    const git: GitRunner = () => {
      throw new Error("fatal: bad revision");
    };
    expect(await changedFiles(pr, { client: null, git, debug: (m) => debug.push(m) })).toBeNull();
    expect(debug[0]).toMatch(/^git diff failed .*fetch-depth: 0/);
    let called = false;
    const r = await changedFiles(
      { ...pr, baseSha: "--output=/tmp/x" },
      {
        client: null,
        git: () => {
          called = true;
          return "";
        },
        debug: noDebug,
      },
    );
    expect([r, called]).toEqual([null, false]);
  });

  it("are made relative to the scanned directory, dropping the rest", () => {
    expect(relativeToScanRoot(["ml/models/README.md", "README.md", "ml2/x.md", "ml/data/d.json"], "/ws", "/ws/ml")).toEqual([
      "models/README.md",
      "data/d.json",
    ]);
  });

  it("are relative to the repository's top directory, which git names (null outside a work tree)", () => {
    expect(
      repositoryRoot((args) => {
        expect(args).toEqual(["rev-parse", "--show-toplevel"]);
        return "/ws/checkout\n";
      }),
    ).toBe("/ws/checkout");
    expect(
      repositoryRoot(() => {
        throw new Error("fatal: not a git repository");
      }),
    ).toBeNull();
  });
});

describe("comment author", () => {
  it("matches by account id when known, else by login (with or without [bot])", () => {
    expect(isAuthor(GITHUB_ACTIONS_BOT, { login: "github-actions[bot]", id: 41898282 })).toBe(true);
    expect(isAuthor(GITHUB_ACTIONS_BOT, { login: "github-actions[bot]", id: 1 })).toBe(false);
    expect(isAuthor({ login: "my-app", id: null }, { login: "my-app[bot]", id: 5 })).toBe(true);
    expect(isAuthor({ login: "Octocat", id: null }, { login: "octocat" })).toBe(true);
    expect(isAuthor({ login: "octocat", id: null }, null)).toBe(false);
  });

  it("the sticky comment is the oldest of this author's comments whose first line is the marker", () => {
    const m = "<!-- aigis:pr-comment scope=. -->";
    const bot = { login: "github-actions[bot]", id: 41898282 };
    const found = findSticky(
      [
        { id: 9, body: `${m}\nnewer`, user: bot },
        { id: 3, body: `${m}\nby someone else`, user: { login: "x", id: 7 } },
        { id: 5, body: `${m}\r\nolder`, user: bot },
        { id: 4, body: `quoted:\n${m}\n`, user: bot },
        { id: 2, body: `${m} with text after it`, user: bot },
        { id: 6, body: "no marker", user: bot },
        { id: 7, body: null, user: bot },
      ],
      m,
      GITHUB_ACTIONS_BOT,
    );
    expect(found.map((c) => c.id)).toEqual([5, 9]);
  });
});

describe("API errors", () => {
  // Shaped like @octokit/request-error's RequestError, which carries the request headers.
  const requestError = (status: number, message: string) =>
    Object.assign(new Error(message), { status, request: { headers: { authorization: "token ghs_SECRET" } }, response: { headers: {} } });

  it("become short text without the request, and the warning names the likely cause", () => {
    const e = requestError(403, "Resource not accessible by integration - https://docs.github.com/rest/issues/comments#create-an-issue-comment");
    expect(describeError(e)).toBe("HTTP 403: Resource not accessible by integration");
    expect(isPermissionError(e)).toBe(true);
    expect(commentWarning(e, true)).toBe(
      "aigis: could not write the pull-request comment (HTTP 403: Resource not accessible by integration): pull requests from forks get a read-only token. Annotations, the job summary and the check status are unaffected.",
    );
    expect(commentWarning(requestError(502, "Bad Gateway"), false)).toBe(
      "aigis: could not write the pull-request comment (HTTP 502: Bad Gateway). Annotations, the job summary and the check status are unaffected.",
    );
    expect(commentWarning(new Error("fetch failed"), false)).toContain("(fetch failed)");
    expect(JSON.stringify([describeError(e), commentWarning(e, false)])).not.toContain("SECRET");
  });
});
