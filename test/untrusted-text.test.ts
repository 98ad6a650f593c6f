// Everything a pull request controls is bounded and shown as text in every output: a huge name is
// capped, control characters and bidi overrides are shown escaped, custom rule metadata cannot
// mention, link or embed images, and secrets inside URLs never reach a report. Markdown is checked
// on its rendered HTML when cmark-gfm (GitHub's Markdown implementation) is installed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../src/report/report.js";
import { capText, escapeControls, safeLink, untrustedMessage, untrustedName } from "../src/report/untrusted.js";
import { maskKnownSecrets } from "../src/parse/secrets.js";
import { run } from "../src/run.js";
import { planAnnotations } from "../src/sinks/annotations.js";
import { renderComment } from "../src/sinks/comment.js";
import { renderJson } from "../src/sinks/json.js";
import { md, renderMarkdown } from "../src/sinks/markdown.js";
import { renderSarif } from "../src/sinks/sarif.js";
import { renderText } from "../src/sinks/text.js";
import { fixtures, policyDir, repoRoot, tempDir, writeTree } from "./helpers.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const dir = tempDir("aigis-untrusted-");
  dirs.push(dir);
  return writeTree(dir, files);
}

const card = (name: string) => `---\nlicense: mit\nmodel_name: ${JSON.stringify(name)}\n---\n\n# Model Card\n`;

/** Every output a run can produce, by name. */
function outputs(report: Report): Record<string, string> {
  const plan = planAnnotations(report);
  return {
    json: renderJson(report),
    sarif: renderSarif(report),
    text: renderText(report),
    markdown: renderMarkdown(report),
    comment: renderComment(report, { marker: "<!-- m -->", runUrl: null }),
    annotations: plan.annotations.map((a) => `${a.title}\n${a.message}`).join("\n"),
  };
}

const cmark = spawnSync("cmark-gfm", ["--version"], { encoding: "utf8" }).status === 0;

/** GitHub-flavoured HTML of a Markdown text, raw HTML kept (so anything that slipped through shows). */
function html(markdown: string): string {
  const res = spawnSync("cmark-gfm", ["--unsafe", "-e", "autolink", "-e", "table", "-e", "strikethrough", "-e", "tagfilter"], {
    input: markdown,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  if (res.status !== 0) throw new Error(res.stderr);
  return res.stdout;
}

const hrefs = (h: string) => [...h.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]!);

describe("untrusted text, unit by unit", () => {
  it("caps names at the end and messages in the middle, never splitting an escape or a surrogate pair", () => {
    expect(untrustedName("a".repeat(5000))).toBe(`${"a".repeat(199)}…`);
    const msg = untrustedMessage(`Model card for '${"b".repeat(50_000)}' does not state the model's intended use.`);
    expect(msg.length).toBeLessThanOrEqual(1000);
    expect(msg.startsWith("Model card for 'bbb")).toBe(true);
    expect(msg.endsWith("bbb' does not state the model's intended use.")).toBe(true);
    expect(msg).toContain("…");
    // 198 characters, then an escape of 6: it does not fit whole, so it is left out.
    expect(capText(`${"c".repeat(198)}\u001b${"d".repeat(10)}`, 200)).toBe(`${"c".repeat(198)}…`);
    const emoji = capText("😀".repeat(300), 200);
    expect(emoji.endsWith("😀…")).toBe(true);
    expect(emoji.length).toBeLessThanOrEqual(200);
    expect(untrustedName("short")).toBe("short");
  });

  it("shows controls, ANSI escapes, bidi overrides and invisible characters escaped, idempotently", () => {
    const s = "red\u001b[31m\rline\nnext\u202egnp.exe\u200b\u2066x\u2069\u0085\u{e0041}";
    const shown = escapeControls(s);
    expect(shown).toBe("red\\u001b[31m\\u000dline\\u000anext\\u202egnp.exe\\u200b\\u2066x\\u2069\\u0085\\u{e0041}");
    expect(escapeControls(shown)).toBe(shown);
    expect(escapeControls("a\tb\nc", true)).toBe("a\tb\nc");
    expect(escapeControls("é ü 中文 😀")).toBe("é ü 中文 😀");
  });

  it("masks secrets inside URLs: webhook paths, Azure sig= and code=, credential parameters, user:pass@", () => {
    expect(maskKnownSecrets("see https://hooks.slack.com/services/T0123ABCD/B0456EFGH/abcdEFGHijklMNOPqrstUVWX now")).toBe(
      "see https://hooks.slack.com/services/**** now",
    );
    expect(maskKnownSecrets("https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abc")).toBe(
      "https://discord.com/api/webhooks/****",
    );
    expect(maskKnownSecrets("https://a.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=AbCdEf1234567890GhIjKlMn%2Bab%3D&se=2030")).toBe(
      "https://a.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=****&se=2030",
    );
    expect(maskKnownSecrets("(https://fn.azurewebsites.net/api/mcp?code=Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE-dCbA==)")).toBe(
      "(https://fn.azurewebsites.net/api/mcp?code=****)",
    );
    expect(maskKnownSecrets("https://x.example/q?access_token=Ab3dEf6hIj9kLm2n&apikey=Zq8wX7cV6bN5mL4k&key=Pq1rSt2uVw3xYz4A")).toBe(
      "https://x.example/q?access_token=****&apikey=****&key=****",
    );
    expect(maskKnownSecrets("https://alice:s3cretPassw0rd@mcp.example.com/mcp")).toBe("https://alice:****@mcp.example.com/mcp");
    // Not credentials: documentation placeholders, ordinary parameters, short codes, organisation names.
    for (const ok of [
      "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
      "https://example.org/search?author=JohnSmithDoe&design=Abcdef123456&page=2",
      "https://example.org/lang?code=python3",
      "https://contoso-engineering@dev.azure.com/contoso/ml/_git/models",
    ]) {
      expect(maskKnownSecrets(ok), ok).toBe(ok);
    }
  });

  it("keeps only absolute http(s) links without credentials", () => {
    expect(safeLink("https://docs.example.com/rules#ml-1")).toBe("https://docs.example.com/rules#ml-1");
    for (const bad of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,x",
      "/relative",
      "https://u:p@example.com/",
      "https://exa mple.com",
      "https://example.com/\u202e",
      "vbscript:x",
    ]) {
      expect(safeLink(bad), bad).toBeNull();
    }
  });

  it("Markdown escaping leaves no mention, issue reference, link, image or HTML", () => {
    const hostile =
      "@octocat #12 ![x](https://evil.example/t.png) [click](javascript:alert(1)) <img src=x> https://evil.example www.evil.example me@evil.example";
    const out = md(hostile);
    expect(out).not.toMatch(/@octocat|#12|<img|https:\/\/|www\./);
    if (cmark) {
      const h = html(out);
      expect(hrefs(h)).toEqual([]);
      expect(h).not.toContain("<img");
    }
  });
});

describe("untrusted text through a run", () => {
  it("a 9 MB model name: JSON under 1 MB, the name capped with … in text and Markdown", async () => {
    const name = "n".repeat(9 * 1024 * 1024);
    const root = repo({ "models/big/README.md": card(name) });
    const { report } = await run({ root, policyDir, version: "t" });
    const out = outputs(report);
    expect(report.findings.filter((f) => f.path === "models/big/README.md").length).toBeGreaterThan(3);
    for (const [what, text] of Object.entries(out)) expect(Buffer.byteLength(text), what).toBeLessThan(1024 * 1024);
    expect(report.artifacts.find((a) => a.path === "models/big/README.md")!.name).toBe(`${"n".repeat(199)}…`);
    expect(out["text"]).toMatch(/Model card for 'n{100,}…n+' does not state the model's intended use\./);
    expect(out["text"]).not.toMatch(/n{1001}/);
    expect(out["markdown"]).toContain(`| ${"n".repeat(199)}… |`);
    expect(out["markdown"]).toMatch(/Model card for 'n{100,}…n+' does not state the model's intended use\./);
  }, 120_000);

  it("ANSI escapes, carriage returns and bidi overrides in a card reach no output raw", async () => {
    const root = repo({ "models/x/README.md": card("evil\u001b[31mRED\u001b]8;;https://e\u0007\rDONE \u202egnp.exe") });
    const { report } = await run({ root, policyDir, version: "t" });
    const out = outputs(report);
    for (const [what, text] of Object.entries(out)) {
      expect(text, what).not.toMatch(/[\u001b\u0007\r\u202e]/);
    }
    expect(out["text"]).toContain("Model card for 'evil\\u001b[31mRED\\u001b]8;;https://e\\u0007\\u000dDONE \\u202egnp.exe'");
    expect(JSON.parse(out["json"]!).artifacts[0].name).toBe("evil\\u001b[31mRED\\u001b]8;;https://e\\u0007\\u000dDONE \\u202egnp.exe");
    // A file name is printed as it is named, with its controls shown escaped.
    const odd = repo({ "models/a\u001b[2Jb/README.md": card("ok") });
    const text = renderText((await run({ root: odd, policyDir, version: "t" })).report);
    expect(text).not.toContain("\u001b");
    expect(text).toContain("models/a\\u001b[2Jb/README.md");
  });

  it("secrets in MCP server URLs (Slack and Discord webhooks, Azure sig= and code=, user:pass@) are in no output", async () => {
    const secrets = [
      "T0123ABCD/B0456EFGH/abcdEFGHijklMNOPqrstUVWX",
      "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdefghijklmnopqrstuv",
      "AbCdEf1234567890GhIjKlMnOpQrStUvWxYz%2Bab%3D",
      "Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE-dCbA_zYxWvUtSrQpOnMlK==",
      "s3cretPassw0rd",
    ];
    const mcp = {
      mcpServers: {
        slack: { type: "http", url: `https://hooks.slack.com/services/${secrets[0]}` },
        discord: { type: "http", url: `https://discord.com/api/webhooks/123456789012345678/${secrets[1]}` },
        blob: { type: "http", url: `https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=${secrets[2]}&se=2030-01-01` },
        func: { type: "http", url: `https://myfn.azurewebsites.net/api/mcp?code=${secrets[3]}` },
        basic: { type: "http", url: `https://alice:${secrets[4]}@mcp.example.com/mcp` },
      },
    };
    const root = repo({ ".mcp.json": JSON.stringify(mcp, null, 2) });
    const { report } = await run({ root, policyDir, version: "t" });
    const out = outputs(report);
    for (const [what, text] of Object.entries(out)) {
      for (const secret of secrets) expect(text.includes(secret), `${what} shows ${secret}`).toBe(false);
      // Nor any long piece of one (a secret cut by a length cap is still a leak).
      for (const secret of secrets) expect(text.includes(secret.slice(4, 16)), `${what} shows part of ${secret}`).toBe(false);
    }
    // Each is a hard-coded credential, reported where it is written.
    const ag001 = report.findings.filter((f) => f.rule === "AIGIS-AG-001").map((f) => f.message);
    for (const server of ["slack", "discord", "blob", "func", "basic"])
      expect(
        ag001.some((m) => m.includes(`mcpServers.${server}.url`)),
        server,
      ).toBe(true);
  });
});

describe("custom rule metadata from the repository", () => {
  const opaDir = path.join(repoRoot, ".tools", "bin");
  const savedPath = process.env["PATH"];
  beforeAll(() => {
    process.env["PATH"] = `${opaDir}${path.delimiter}${savedPath ?? ""}`;
  });
  afterAll(() => {
    process.env["PATH"] = savedPath;
  });

  const hostile = "@octocat ![x](https://evil.example/t.png) [click](javascript:alert(1)) <img src=https://evil.example/i.png>";
  const rego = `# METADATA
# title: "Evil ${hostile}"
# description: "Pinged ${hostile}"
# related_resources:
#   - "javascript:alert(document.cookie)"
#   - ref: "https://docs.acme.example/ml-900"
# custom:
#   id: ACME-ML-900
#   severity: medium
#   applies_to: [model_card]
#   controls: [iso42001:A.6.2.4]
#   remediation: "Fix it, ${hostile}"
#   example: |
#     \`\`\`
#     </pre><img src=x>
package aigis.rules.acme.evil

import data.aigis.lib

deny contains lib.finding(card, "", sprintf("Card %s is flagged.", [lib.display_name(card)])) if {
\tsome card in input.artifacts.model_cards
}
`;

  it("renders as text: no live mention, image or link in Markdown; no javascript: helpUri in SARIF", async () => {
    const root = repo({
      ".aigis.yml": "fail-on: none\ncustom-policies:\n  dir: policies\n",
      "policies/acme/evil.rego": rego,
      "models/x/README.md": card(`x @hubot ![t](https://evil.example/n.png) [y](javascript:alert(2))`),
    });
    const { report } = await run({ root, policyDir, version: "t" });
    expect(report.findings.some((f) => f.rule === "ACME-ML-900")).toBe(true);
    const out = outputs(report);
    for (const what of ["markdown", "comment"] as const) {
      const text = out[what]!;
      expect(text, what).not.toMatch(/@octocat|@hubot|!\[x\]\(|<img|(?<!\\)\]\(javascript:/);
      if (cmark) {
        const h = html(text);
        expect(h, what).not.toContain("<img");
        expect(h).not.toMatch(/@octocat|@hubot/);
        // Links come from the control catalog only.
        expect(
          hrefs(h).filter((u) => /evil|javascript/i.test(u)),
          what,
        ).toEqual([]);
      }
    }
    const sarif = JSON.parse(out["sarif"]!) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string; help: { markdown: string } }[] } } }[] };
    const rule = sarif.runs[0]!.tool.driver.rules.find((r) => r.id === "ACME-ML-900")!;
    expect(rule.helpUri).toBe("https://docs.acme.example/ml-900");
    expect(out["sarif"]).not.toMatch(/javascript:alert\(document/);
    expect(rule.help.markdown).not.toMatch(/!\[x\]\(|<img src=https/);
    if (cmark) {
      const h = html(rule.help.markdown);
      expect(h).not.toContain("<img");
      expect(hrefs(h).filter((u) => /evil|javascript/i.test(u))).toEqual([]);
    }
    // The example stays a code block: its own fence cannot close the block.
    expect(rule.help.markdown).toContain("````\n```\n</pre><img src=x>\n````");
  });
});

it("the ordinary fixtures keep their texts: nothing to escape, nothing to cap", async () => {
  const { report } = await run({ root: path.join(fixtures, "gaps"), policyDir, version: "t" });
  for (const f of report.findings) expect(f.message).toBe(untrustedMessage(f.message));
  expect(report.findings.every((f) => !f.message.includes("\\u") && !f.message.includes("****") && !f.message.endsWith("…"))).toBe(true);
});
