#!/usr/bin/env node
// Regenerates docs/images/summary.png, the job summary shown in docs/github.md: runs the bundled
// Action (dist/index.js, so `npm run build` first) on a pull request against fixtures/gaps, renders
// the summary it wrote with cmark-gfm (GitHub's renderer), and photographs the page with headless
// Chromium. Not part of `npm test` (it needs a browser): run it when the summary's layout changes.
//
//   node scripts/screenshot-summary.mjs [--html out.html]
//
// Needs `cmark-gfm` and `chromium` on PATH (Debian: apt-get install cmark-gfm chromium). GitHub draws
// the ```mermaid chart itself; there is no Mermaid here, so the page draws the same bars from the
// block's own numbers as plain SVG.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(repo, "docs", "images", "summary.png");
const htmlOut = process.argv.includes("--html") ? path.resolve(process.argv[process.argv.indexOf("--html") + 1]) : null;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aigis-shot-"));
try {
  const markdown = summaryOfPullRequest(tmp);
  const body = drawCharts(
    execFileSync("cmark-gfm", ["--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough", "-e", "tagfilter"], { input: markdown, encoding: "utf8" }),
  );
  const page = path.join(tmp, "summary.html");
  fs.writeFileSync(page, html(body));
  if (htmlOut) fs.copyFileSync(page, htmlOut);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const browser = ["chromium", "chromium-browser", "google-chrome"].find((b) => spawnSync("sh", ["-c", `command -v ${b}`]).status === 0);
  if (!browser) throw new Error("no chromium on PATH (Debian: apt-get install chromium)");
  execFileSync(
    browser,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--hide-scrollbars",
      "--force-device-scale-factor=1",
      `--screenshot=${out}`,
      "--window-size=1000,1100",
      `file://${page}`,
    ],
    { stdio: "ignore" },
  );
  console.log(`wrote ${path.relative(repo, out)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

/** The summary the Action writes on a pull request that changes the gaps fixture's model card. */
function summaryOfPullRequest(dir) {
  const ws = path.join(dir, "ws");
  fs.cpSync(path.join(repo, "fixtures", "gaps"), ws, { recursive: true });
  // A pull request that edits the model card: base and head are real commits, so the Action's git
  // fallback finds the changed file (there is no API here) and the links point at the head commit.
  const git = (...args) =>
    execFileSync("git", ["-c", "user.name=aigis", "-c", "user.email=aigis@example.com", "-c", "commit.gpgsign=false", ...args], {
      cwd: ws,
      encoding: "utf8",
    }).trim();
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  const base = git("rev-parse", "HEAD");
  const card = path.join(ws, "models", "chat-assistant", "README.md");
  fs.appendFileSync(card, "\n## Contact\n\nml-platform@acme.example\n");
  git("commit", "-q", "-am", "model card: contact");
  const head = git("rev-parse", "HEAD");
  const summary = path.join(dir, "summary.md");
  const event = path.join(dir, "event.json");
  fs.writeFileSync(summary, "");
  fs.writeFileSync(
    event,
    JSON.stringify({
      number: 42,
      pull_request: {
        number: 42,
        changed_files: 1,
        base: { sha: base, repo: { full_name: "acme/models" } },
        head: { sha: head, repo: { full_name: "acme/models" } },
      },
    }),
  );
  const env = {
    PATH: process.env.PATH ?? "",
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: path.join(dir, "output.txt"),
    RUNNER_TEMP: dir,
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: "acme/models",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_SHA: "f".repeat(40),
    INPUT_COMMENT: "false",
    "INPUT_GITHUB-TOKEN": "",
  };
  spawnSync(process.execPath, [path.join(repo, "dist", "index.js")], { cwd: ws, env, encoding: "utf8" });
  const text = fs.readFileSync(summary, "utf8");
  if (!text.startsWith("## aigis")) throw new Error("the Action wrote no summary: run npm run build first");
  return text;
}

/** Replaces each ```mermaid xychart with an SVG of the same bars (name and score from the block). */
function drawCharts(body) {
  return body.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, (_, src) => {
    const text = src
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
    const names = [...(/x-axis \[(.*)\]/.exec(text)?.[1] ?? "").matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    const scores = (/bar \[(.*)\]/.exec(text)?.[1] ?? "").split(",").map(Number);
    const color = /"plotColorPalette": "([^"]+)"/.exec(text)?.[1] ?? "#1f6feb";
    const title = /title "([^"]*)"/.exec(text)?.[1] ?? "";
    const row = 30;
    const [left, width] = [170, 560];
    const height = 50 + names.length * row + 30;
    const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const bars = names
      .map((n, i) => {
        const y = 40 + i * row;
        const w = Math.round((width * (scores[i] ?? 0)) / 100);
        return `<text x="${left - 8}" y="${y + 19}" text-anchor="end">${esc(n)}</text><rect x="${left}" y="${y + 4}" width="${w}" height="${row - 10}" fill="${color}"/>`;
      })
      .join("");
    const ticks = [0, 25, 50, 75, 100]
      .map(
        (t) =>
          `<line x1="${left + (width * t) / 100}" y1="40" x2="${left + (width * t) / 100}" y2="${height - 28}" stroke="#d0d7de"/><text x="${left + (width * t) / 100}" y="${height - 10}" text-anchor="middle">${t}</text>`,
      )
      .join("");
    return `<svg class="chart" width="${left + width + 30}" height="${height}" font-size="13"><text x="${(left + width) / 2}" y="20" text-anchor="middle" font-weight="600">${esc(title)}</text>${ticks}${bars}</svg>`;
  });
}

function html(body) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.box { max-width: 940px; margin: 16px auto; border: 1px solid #d0d7de; border-radius: 6px; padding: 16px 24px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d8dee4; padding-bottom: .3em; margin: 0 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 12px; }
a { color: #0969da; text-decoration: none; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: rgba(175,184,193,.2); padding: .2em .4em; border-radius: 6px; }
table { border-collapse: collapse; margin: 0 0 16px; }
th, td { border: 1px solid #d0d7de; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
ul, ol { padding-left: 2em; margin: 0 0 16px; } li + li { margin-top: .25em; }
details { margin: 0 0 16px; } summary { cursor: pointer; }
sub { color: #59636e; }
.chart text { fill: #1f2328; font-family: inherit; }
</style></head><body><div class="box">${body}</div></body></html>`;
}
