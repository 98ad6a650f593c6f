// Renders Markdown the way GitHub does (cmark-gfm, GitHub's own renderer, with its extensions) and
// parses the HTML into a tree, so tests assert on the structure a reader sees, not on strings.
import { execFileSync } from "node:child_process";

export interface HtmlNode {
  tag: string;
  attrs: Record<string, string>;
  children: (HtmlNode | string)[];
}

export function renderGfm(markdown: string): string {
  try {
    return execFileSync("cmark-gfm", ["--unsafe", "-e", "table", "-e", "autolink", "-e", "strikethrough", "-e", "tagfilter"], {
      input: markdown,
      encoding: "utf8",
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new Error("cmark-gfm is not installed (Debian package cmark-gfm; .ci/run installs it)");
    throw e;
  }
}

const VOID = new Set(["br", "hr", "img", "input", "meta", "link"]);

/** A small parser for cmark-gfm's output, which is well formed: every element is closed. */
export function parseHtml(html: string): HtmlNode {
  const root: HtmlNode = { tag: "#root", attrs: {}, children: [] };
  const stack = [root];
  const re = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
  for (const m of html.matchAll(re)) {
    const top = stack.at(-1)!;
    if (m[5] !== undefined) {
      top.children.push(decode(m[5]));
    } else if (m[2]) {
      const tag = m[2].toLowerCase();
      if (m[1]) {
        const at = stack.map((n) => n.tag).lastIndexOf(tag);
        if (at <= 0) throw new Error(`unbalanced </${tag}>`);
        stack.length = at;
      } else {
        const attrs: Record<string, string> = {};
        for (const a of (m[3] ?? "").matchAll(/([\w-]+)(?:="([^"]*)")?/g)) attrs[a[1]!] = decode(a[2] ?? "");
        const node: HtmlNode = { tag, attrs, children: [] };
        top.children.push(node);
        if (!VOID.has(tag) && !m[4]) stack.push(node);
      }
    }
  }
  return root;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

export function elements(node: HtmlNode): HtmlNode[] {
  return node.children.filter((c): c is HtmlNode => typeof c !== "string");
}

/** Every element below `node` (depth first) that satisfies `pred`. */
export function findAll(node: HtmlNode, pred: (n: HtmlNode) => boolean): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const c of elements(node)) {
    if (pred(c)) out.push(c);
    out.push(...findAll(c, pred));
  }
  return out;
}

export function textOf(node: HtmlNode | string): string {
  return typeof node === "string" ? node : node.children.map(textOf).join("");
}
