// The origin's git questions are answered from the .git files (src/report/git-files.ts) to spare a
// git process per question: held, answer for answer, to what git itself says on real repositories,
// and shown to step aside (ask git) where the files do not settle the question.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readGitFiles, UNSURE } from "../src/report/git-files.js";
import { gitAt, gitProcess } from "../src/report/origin.js";
import { tempDir } from "./helpers.js";

const QUESTIONS = [
  ["rev-parse", "--show-toplevel"],
  ["remote", "get-url", "origin"],
  ["config", "--get", "remote.origin.url"],
  ["rev-parse", "--verify", "-q", "HEAD"],
  ["symbolic-ref", "-q", "HEAD"],
];

// Without the override variables readGitFiles steps aside for (so the files are really read).
const ENV: Record<string, string | undefined> = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GIT_")));

function gitIn(dir: string) {
  return (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      encoding: "utf8",
      env: { ...ENV, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" },
    });
}

function repo(opts: { branch?: string; remote?: string | null; commit?: boolean } = {}): { dir: string; git: ReturnType<typeof gitIn> } {
  const dir = fs.realpathSync(tempDir("aigis-gitfiles-"));
  const git = gitIn(dir);
  git("init", "-q", "-b", opts.branch ?? "main");
  fs.writeFileSync(path.join(dir, "README.md"), "# r\n");
  if (opts.commit !== false) {
    git("add", ".");
    git("commit", "-q", "-m", "one");
  }
  if (opts.remote !== null) git("remote", "add", "origin", opts.remote ?? "https://github.com/acme/models.git");
  return { dir, git };
}

const answer = (run: (args: string[]) => string, args: string[]): string => {
  try {
    return `= ${run(args).trim()}`;
  } catch {
    return "fails";
  }
};

/** What git says and what gitAt says, question by question. */
function both(dir: string): { git: string[]; files: string[] } {
  const proc = gitProcess(dir);
  const local = gitAt(dir, ENV);
  return { git: QUESTIONS.map((q) => answer(proc, q)), files: QUESTIONS.map((q) => answer(local, q)) };
}

describe("git facts from the .git files", () => {
  it("a branch with a commit and a remote: the files answer, exactly as git does", () => {
    const { dir } = repo({ branch: "release/1.x", remote: "https://x-access-token:tok@github.com/acme/fraud.git" });
    expect(readGitFiles(dir, ENV)).not.toBe(UNSURE);
    const { git, files } = both(dir);
    expect(files).toEqual(git);
    expect(files[4]).toBe("= refs/heads/release/1.x");
  });

  it("packed refs, a detached HEAD, a branch with no commit, no remote, a subdirectory", () => {
    const packed = repo();
    packed.git("pack-refs", "--all");
    expect(fs.existsSync(path.join(packed.dir, ".git", "refs", "heads", "main"))).toBe(false);
    const detached = repo();
    detached.git("checkout", "-q", "--detach");
    const unborn = repo({ commit: false });
    const noRemote = repo({ remote: null });
    const sub = repo();
    fs.mkdirSync(path.join(sub.dir, "models", "a"), { recursive: true });
    for (const dir of [packed.dir, detached.dir, unborn.dir, noRemote.dir, path.join(sub.dir, "models", "a")]) {
      expect(readGitFiles(dir, ENV), dir).not.toBe(UNSURE);
      const { git, files } = both(dir);
      expect(files, dir).toEqual(git);
    }
    expect(both(detached.dir).files[4]).toBe("fails");
    expect(both(unborn.dir).files[3]).toBe("fails");
    expect(both(noRemote.dir).files[1]).toBe("fails");
  });

  it("a linked work tree: its own HEAD, the shared refs and configuration", () => {
    const main = repo();
    const linked = path.join(fs.realpathSync(tempDir("aigis-gitfiles-wt-")), "wt");
    main.git("worktree", "add", "-q", "-b", "feature/x", linked);
    gitIn(linked)("commit", "-q", "--allow-empty", "-m", "two");
    expect(readGitFiles(linked, ENV)).not.toBe(UNSURE);
    const { git, files } = both(linked);
    expect(files).toEqual(git);
    expect(files[0]).toBe(`= ${linked}`);
    expect(files[4]).toBe("= refs/heads/feature/x");
  });

  // Only where the temporary directory sits in no work tree (it does not on CI).
  const outside = fs.realpathSync(tempDir("aigis-gitfiles-none-"));
  it.skipIf(answer(gitProcess(outside), ["rev-parse", "--show-toplevel"]) !== "fails")("outside any work tree every question fails, as it does for git", () => {
    const dir = outside;
    expect(readGitFiles(dir, ENV)).toBeNull();
    expect(both(dir).files).toEqual(QUESTIONS.map(() => "fails"));
  });

  it("steps aside for git where the files do not settle it, and still agrees with git", () => {
    const rewrite = repo({ remote: "gh:acme/models" });
    rewrite.git("config", "url.https://github.com/.insteadOf", "gh:");
    const twoUrls = repo();
    twoUrls.git("config", "--add", "remote.origin.url", "https://github.com/acme/other.git");
    const include = repo();
    fs.appendFileSync(path.join(include.dir, ".git", "config"), "[include]\n\tpath = extra\n");
    fs.writeFileSync(path.join(include.dir, ".git", "extra"), '[remote "origin"]\n\tpushurl = https://github.com/acme/p.git\n');
    for (const dir of [rewrite.dir, twoUrls.dir, include.dir]) {
      expect(readGitFiles(dir, ENV), dir).toBe(UNSURE);
      const { git, files } = both(dir);
      expect(files, dir).toEqual(git);
    }
    expect(both(rewrite.dir).files[1]).toBe("= https://github.com/acme/models");
    // Variables that move the repository or its configuration: git decides.
    expect(readGitFiles(rewrite.dir, { ...ENV, GIT_DIR: "/elsewhere" })).toBe(UNSURE);
    expect(readGitFiles(twoUrls.dir, { ...ENV, GIT_CONFIG_PARAMETERS: "'core.x'='1'" })).toBe(UNSURE);
  });

  it("a HEAD or ref file that is a link, or names a path outside refs/, is not followed", () => {
    const linked = repo();
    const head = path.join(linked.dir, ".git", "HEAD");
    const elsewhere = path.join(fs.realpathSync(tempDir("aigis-gitfiles-x-")), "HEAD");
    fs.writeFileSync(elsewhere, "ref: refs/heads/main\n");
    fs.rmSync(head);
    fs.symlinkSync(elsewhere, head);
    expect(readGitFiles(linked.dir, ENV)).toBe(UNSURE);
    const outside = repo();
    fs.writeFileSync(path.join(outside.dir, ".git", "HEAD"), "ref: refs/../../../etc/passwd\n");
    expect(readGitFiles(outside.dir, ENV)).toBe(UNSURE);
  });

  it("steps aside for git wherever git would refuse, skip or read further than the files say", () => {
    const cases: [string, string][] = [];
    // A symbolic ref to a symbolic ref: git names the last one.
    const chain = repo();
    chain.git("symbolic-ref", "refs/heads/alias", "refs/heads/main");
    chain.git("symbolic-ref", "HEAD", "refs/heads/alias");
    cases.push(["symbolic ref chain", chain.dir]);
    // A .git that is not a repository (no objects/, no refs/): git climbs on to the outer one.
    const outer = repo();
    const inner = path.join(outer.dir, "vendor", "x");
    fs.mkdirSync(path.join(inner, ".git"), { recursive: true });
    fs.writeFileSync(path.join(inner, ".git", "HEAD"), "ref: refs/heads/main\n");
    cases.push([".git without objects", inner]);
    // Inside a git directory, and inside a bare repository.
    cases.push(["inside .git", path.join(outer.dir, ".git", "refs")]);
    const bare = path.join(fs.realpathSync(tempDir("aigis-gitfiles-bare-")), "b.git");
    execFileSync("git", ["init", "-q", "--bare", bare]);
    fs.mkdirSync(path.join(bare, "x"));
    cases.push(["bare repository", path.join(bare, "x")]);
    // Configurations this reader does not parse exactly, or that git refuses.
    const configured = (name: string, edit: (config: string) => string) => {
      const r = repo();
      const file = path.join(r.dir, ".git", "config");
      fs.writeFileSync(file, edit(fs.readFileSync(file, "utf8")));
      cases.push([name, r.dir]);
    };
    configured("format version 2", (c) => c.replace(/repositoryformatversion = 0/, "repositoryformatversion = 2"));
    configured("a stray line", (c) => `${c}garbage line\n`);
    configured("space before ]", (c) => c.replace('[remote "origin"]', '[remote "origin" ]'));
    configured("key on the header's line", (c) => c.replace(/\[remote "origin"\]\s*\n\s*url = /, '[remote "origin"] url = '));
    configured("continued line", (c) => `${c}[alias]\n\tx = !echo \\\n\t  y\n`);
    // A remote of git's first years, and ref names git refuses.
    const legacy = repo({ remote: null });
    fs.mkdirSync(path.join(legacy.dir, ".git", "remotes"));
    fs.writeFileSync(path.join(legacy.dir, ".git", "remotes", "origin"), "URL: https://github.com/acme/legacy.git\n");
    cases.push(["legacy remotes/origin", legacy.dir]);
    for (const [name, head] of [
      ["lock", "ref: refs/heads/x.lock"],
      ["trailing dot", "ref: refs/heads/x."],
      ["64 hex digits", "a".repeat(64)],
    ]) {
      const r = repo();
      fs.writeFileSync(path.join(r.dir, ".git", "HEAD"), `${head}\n`);
      cases.push([`HEAD ${name}`, r.dir]);
    }
    for (const [name, dir] of cases) {
      expect(readGitFiles(dir, ENV), name).toBe(UNSURE);
      const { git, files } = both(dir);
      expect(files, name).toEqual(git);
    }
    expect(both(chain.dir).files[4]).toBe("= refs/heads/main");
  });

  it("steps aside on Windows, where git checks ownership by security identifier", () => {
    const r = repo();
    expect(readGitFiles(r.dir, ENV)).not.toBe(UNSURE);
    const platform = Object.getOwnPropertyDescriptor(process, "platform")!;
    Object.defineProperty(process, "platform", { value: "win32" });
    try {
      expect(readGitFiles(r.dir, ENV)).toBe(UNSURE);
    } finally {
      Object.defineProperty(process, "platform", platform);
    }
  });

  // Changing a file's owner needs root; CI runs as root.
  it.skipIf(process.getuid?.() !== 0)("steps aside for a repository another user owns (git's safe.directory check)", () => {
    const r = repo();
    execFileSync("chown", ["-R", "1234:1234", r.dir]);
    expect(readGitFiles(r.dir, ENV)).toBe(UNSURE);
    const { git, files } = both(r.dir);
    expect(files).toEqual(git);
  });
});
