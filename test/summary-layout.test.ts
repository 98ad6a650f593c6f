import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/report/report.js";
import { run } from "../src/run.js";
import { renderComment, commentMarker } from "../src/sinks/comment.js";
import { reportSource } from "../src/github/source.js";
import { blobUrl, renderMarkdown } from "../src/sinks/markdown.js";
import { elements, findAll, parseHtml, renderGfm, textOf, type HtmlNode } from "./gfm.js";
import { fixtures, policyDir } from "./helpers.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const source = { server_url: "https://github.com", repository: "acme/models", sha: SHA, root: "ml" };

/** The gaps fixture's report with its fix-list stretched to 26 items, as on any real repository. */
async function bigReport(): Promise<Report> {
  const { report } = await run({ root: path.join(fixtures, "gaps"), policyDir, version: "t" });
  const base = report.fix_list;
  const fix_list = Array.from({ length: 26 }, (_, i) => ({ ...base[i % base.length]!, rule: `AIGIS-XX-${String(i + 1).padStart(3, "0")}` }));
  return { ...report, fix_list, source };
}

function tree(markdown: string): HtmlNode {
  return parseHtml(renderGfm(markdown));
}

describe("summary rendered by cmark-gfm", () => {
  it("keeps a 26-item fix-list one ordered list whose items keep their nested details", async () => {
    const report = await bigReport();
    for (const markdown of [renderMarkdown(report), renderComment(report, { marker: commentMarker("."), runUrl: null })]) {
      const html = tree(markdown);
      const lists = findAll(html, (n) => n.tag === "ol");
      expect(lists).toHaveLength(1);
      const items = elements(lists[0]!).filter((n) => n.tag === "li");
      expect(items).toHaveLength(26);
      items.forEach((item, i) => {
        const nested = elements(item).filter((n) => n.tag === "ul");
        expect(nested, `item ${i + 1}`).toHaveLength(1);
        const details = elements(nested[0]!).map(textOf);
        expect(details[0]).toMatch(/^Fix: /);
        expect(details[1]).toMatch(/^Controls: /);
        expect(details.length).toBeGreaterThanOrEqual(3);
      });
      // The long list is collapsed: it sits inside <details>, not in the open page.
      expect(findAll(html, (n) => n.tag === "details").some((d) => findAll(d, (n) => n.tag === "ol").length === 1)).toBe(true);
    }
  });

  it("leads with the verdict, then what blocks, then readiness", async () => {
    const report = await bigReport();
    const top = elements(tree(renderMarkdown(report)));
    const headings = top.filter((n) => /^h[23]$/.test(n.tag)).map(textOf);
    expect(headings[0]).toMatch(/^aigis: ❌ failed/);
    expect(headings.slice(1, 3)).toEqual([`Blocking (${report.summary.blocking})`, "Readiness snapshot"]);
  });

  it("links every file:line to the file at the commit, repository-relative", async () => {
    const report = await bigReport();
    const html = tree(renderMarkdown(report));
    const list = findAll(html, (n) => n.tag === "ol")[0]!;
    const places = findAll(list, (n) => n.tag === "a" && /\/blob\//.test(n.attrs["href"] ?? ""));
    // Gaps of the repository as a whole have no file to link to.
    const all = report.fix_list.flatMap((i) => i.locations.slice(0, 20));
    const locations = all.filter((l) => l.path !== "");
    expect(all.length - locations.length).toBeGreaterThan(0);
    expect(findAll(list, (n) => n.tag === "em" && textOf(n) === "repository-wide")).toHaveLength(all.length - locations.length);
    expect(places).toHaveLength(locations.length);
    places.forEach((a, i) => {
      const loc = locations[i]!;
      expect(a.attrs["href"]).toBe(`https://github.com/acme/models/blob/${SHA}/ml/${loc.path}#L${loc.line}`);
      expect(textOf(a)).toBe(`${loc.path}:${loc.line}`);
    });
    // Blocking findings are linked the same way.
    const blockingList = elements(html).find((n, i, all) => n.tag === "ul" && textOf(all[i - 1]!).startsWith("Blocking"));
    expect(findAll(blockingList!, (n) => n.tag === "a").length).toBeGreaterThan(0);
  });

  it("leaves places unlinked without a source, and encodes names that could end a link", () => {
    expect(blobUrl(undefined, "a.md", 1)).toBeNull();
    const url = blobUrl({ ...source, root: "" }, "we ird/(x)].md", 3)!;
    expect(url).toBe(`https://github.com/acme/models/blob/${SHA}/we%20ird/%28x%29%5D.md#L3`);
    const html = tree(`[x](${url})`);
    expect(findAll(html, (n) => n.tag === "a")[0]!.attrs["href"]).toBe(url);
  });
});

describe("where links point", () => {
  const env = { GITHUB_REPOSITORY: "acme/models", GITHUB_SHA: "f".repeat(40), GITHUB_SERVER_URL: "https://ghe.example.com/" };

  it("at the pull request's head commit, not the merge commit GITHUB_SHA names", () => {
    expect(reportSource(env, { headSha: SHA }, "ml")).toEqual({ server_url: "https://ghe.example.com", repository: "acme/models", sha: SHA, root: "ml" });
    expect(reportSource(env, null, "")!.sha).toBe("f".repeat(40));
  });

  it("nowhere when the environment does not say, or says something that is not a commit", () => {
    expect(reportSource({}, null, "")).toBeUndefined();
    expect(reportSource({ ...env, GITHUB_SHA: "main" }, null, "")).toBeUndefined();
    expect(reportSource({ ...env, GITHUB_REPOSITORY: "acme/models/../x" }, null, "")).toBeUndefined();
  });
});
