// `aigis init` on an empty repository: every artifact the rules ask for is scaffolded, each
// placeholder is reported at its own line (never as a schema error), and once the placeholders are
// filled with real text the check is clean.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { init, renderInit } from "../src/init/init.js";
import { ownerFromGitHub, ownerFromRemote } from "../src/init/owner.js";
import { run } from "../src/run.js";
import { policyDir, tempDir } from "./helpers.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function scaffold(): string {
  const dir = path.join(tempDir("aigis-init-"), "support-bot");
  dirs.push(path.dirname(dir));
  init(dir, { owner: "acme" });
  return dir;
}

const check = (dir: string, extra: { defaultOrganization?: string } = {}) => run({ root: dir, policyDir, version: "t", ...extra }).then((r) => r.report);

/** Values a team would write, by YAML key; Markdown placeholders get a sentence. */
const VALUES: Record<string, string> = {
  owner: "Head of ML Platform",
  approved_by: "CTO",
  approved_on: "2026-03-01",
  review_by: "2027-02-01",
  status: "approved",
  concerns_contact: "ai-concerns@acme.example",
  name: "Support reply drafter",
  metric: "share of drafted replies with a cited source",
  target: "at least 95 percent each month",
  pipeline_tag: "text-generation",
  id: "urn:uuid:5f0c7c1e-8d7a-4d8e-9a53-2f1f4b7c9e10",
  description: "Support tickets written by Acme customers, with the agents' replies.",
  country: "US",
  date: "2026-01-15",
  code: "feeds-internal",
  purpose: "Drafts replies to support tickets for human agents to review.",
  lifecycle: "production",
  team: "support-ml",
  contact: "support-ml@acme.example",
  risk_tier: "limited",
  user_facing: "false",
  eu_market: "false",
  autonomy: "human-in-the-loop",
  human_oversight: "Agents read and approve every drafted reply before it is sent.",
  fallback: "Tickets go to the manual queue, as before the assistant.",
  retention_days: "365",
  notify: "[internal:security, external:affected-customers]",
};

const SENTENCE = "Agents at Acme review every drafted reply, and the platform team checks the results every week.";

function fill(file: string): void {
  if (file.endsWith(".json")) {
    fillBom(file);
    return;
  }
  const lines = fs.readFileSync(file, "utf8").split("\n");
  let heading = "";
  const out = lines.map((line) => {
    if (line.startsWith("#")) heading = line;
    if (line.trim() === "TODO") return /Contact/.test(heading) ? "ml-platform@acme.example" : SENTENCE;
    if (/^\s*status: draft/.test(line)) return line.replace("draft", "approved");
    if (/^\s*notify: \[\]/.test(line)) return `  notify: ${VALUES["notify"]}`;
    if (/^- \*\*Developed by:\*\* TODO/.test(line)) return "- **Developed by:** Acme";
    if (/^- \*\*Model type:\*\* TODO/.test(line)) return "- **Model type:** decoder-only transformer language model";
    if (/^license: unknown/.test(line)) return "license: apache-2.0";
    if (/^\s*- NOASSERTION/.test(line)) return line.replace(/NOASSERTION.*/, "CC-BY-4.0");
    if (/^\s*- country: TODO/.test(line)) return line.replace(/TODO.*/, "US");
    if (/^\s*- code: TODO/.test(line))
      return line.replace(/TODO.*/, file.endsWith("provenance.yaml") && line.includes("e.g. ai-training") ? "ai-training" : "feeds-internal");
    if (/^\s*- TODO/.test(line)) return line.replace(/TODO.*/, "application/jsonl");
    if (/^\s*# TODO: classification/.test(line)) return "  classification: []";
    const kv = /^(\s*-?\s*)([\w-]+):(\s*)(TODO|unknown)?(\s*#.*)?$/.exec(line);
    if (kv && (kv[4] || (kv[5] && !kv[3]!.includes("\n"))) && VALUES[kv[2]!] !== undefined) return `${kv[1]}${kv[2]}: ${VALUES[kv[2]!]}`;
    if (/TODO/.test(line) && !/^\s*#|<!--/.test(line)) throw new Error(`${file}: no value for ${line}`);
    return line;
  });
  fs.writeFileSync(file, out.join("\n"));
}

/** The SBOM's placeholders: versions, suppliers and hashes a team would record. */
function fillBom(file: string): void {
  const bom = JSON.parse(fs.readFileSync(file, "utf8")) as { metadata?: { supplier?: { name: string } }; components: Record<string, unknown>[] };
  if (bom.metadata?.supplier?.name === "TODO") bom.metadata.supplier.name = "Acme";
  for (const c of bom.components) {
    if (c["type"] === "machine-learning-model") {
      c["version"] = "1.0.0";
      c["hashes"] = [{ alg: "SHA-256", content: "9f2b".repeat(16) }];
    }
    c["supplier"] = { name: "Acme" };
  }
  const text = JSON.stringify(bom, null, 2);
  if (/TODO/.test(text)) throw new Error(`${file}: TODO left: ${text}`);
  fs.writeFileSync(file, text);
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe("aigis init", () => {
  it("scaffolds every governance artifact the rules ask for, with the owner as organization", async () => {
    const dir = scaffold();
    for (const f of [
      "ai-systems.yaml",
      "docs/ai/impact-assessment.md",
      "docs/ai/incident-response.md",
      "docs/ai/monitoring-plan.md",
      "AI_POLICY.md",
      "ai-bom.cdx.json",
    ]) {
      expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
    }
    expect(fs.readFileSync(path.join(dir, ".aigis.yml"), "utf8")).toMatch(/^organization:\n {2}names: \["acme"\]/m);
    const report = await check(dir);
    // No repository-wide gap is left: every document those rules look for is there.
    expect(report.findings.filter((f) => f.path === "").map((f) => f.rule)).toEqual([]);
    expect(renderInit(dir, init(dir))).toContain("nothing to scaffold");
  });

  it("reports each placeholder at its own line, never as a schema error", async () => {
    const dir = scaffold();
    const report = await check(dir);
    expect(report.findings.filter((f) => f.rule.startsWith("AIGIS-IN-")).map((f) => `${f.path}:${f.line} ${f.message}`)).toEqual([]);
    // The Data Provenance Standard's required provenance.date too: not filled, at the date's line.
    const record = fs.readFileSync(path.join(dir, "data/training-data/provenance.yaml"), "utf8").split("\n");
    const date = report.findings.filter((f) => f.path === "data/training-data/provenance.yaml" && /when the data was collected/.test(f.message));
    expect(date.map((f) => [f.rule, f.line])).toEqual([["AIGIS-DP-002", record.findIndex((l) => l.startsWith("  date: TODO")) + 1]]);
    const policy = fs.readFileSync(path.join(dir, "AI_POLICY.md"), "utf8").split("\n");
    const sections = report.findings.filter((f) => f.path === "AI_POLICY.md" && /no filled section on/.test(f.message));
    expect(sections.length).toBe(4);
    expect(new Set(sections.map((f) => f.line)).size).toBe(4);
    for (const f of sections) expect(policy[f.line - 1]).toMatch(/^## /);
    // Messages name the section, not a regular expression.
    expect(sections.map((f) => f.message).join("\n")).not.toMatch(/[|\\]/);
  });

  it("once the placeholders are filled, the check is clean", async () => {
    const dir = scaffold();
    for (const f of filesUnder(dir)) if (!f.includes(`${path.sep}.github${path.sep}`)) fill(f);
    const report = await check(dir);
    expect(report.findings.map((f) => `${f.path}:${f.line} ${f.rule} ${f.message}`)).toEqual([]);
  });
});

describe("repository owner", () => {
  it("comes from GITHUB_REPOSITORY, else the remote URL", () => {
    expect(ownerFromGitHub({ GITHUB_REPOSITORY: "acme/models" })).toBe("acme");
    expect(ownerFromGitHub({})).toBeNull();
    expect(ownerFromRemote("git@github.com:acme/models.git")).toBe("acme");
    expect(ownerFromRemote("https://github.com/acme/models")).toBe("acme");
    expect(ownerFromRemote("ssh://git@ghe.example.com/acme-ml/models.git")).toBe("acme-ml");
    expect(ownerFromRemote("/srv/git/models")).toBeNull();
  });

  it("makes the team's own model first-party when the configuration names no organization", async () => {
    const dir = tempDir("aigis-owner-");
    dirs.push(dir);
    fs.mkdirSync(path.join(dir, "models", "bot"), { recursive: true });
    fs.writeFileSync(path.join(dir, "models", "bot", "README.md"), "---\nmodel_name: bot\n---\n# Model Card for bot\n\n- **Developed by:** Acme\n");
    const third = await check(dir);
    const own = await check(dir, { defaultOrganization: "acme" });
    expect(third.findings.some((f) => /third-party/.test(f.message))).toBe(true);
    expect(own.findings.some((f) => /third-party/.test(f.message))).toBe(false);
  });
});
