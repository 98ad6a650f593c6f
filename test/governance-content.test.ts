// Governance documents recognised by content as well as name, and facts read from their prose.
import { describe, expect, it } from "vitest";
import { classify } from "../src/readers/classify.js";
import { readGovernanceDoc } from "../src/readers/formats/governance/governance.js";
import { parseMarkdown } from "../src/parse/markdown.js";

const read = (p: string, text: string) => readGovernanceDoc(p, parseMarkdown(text), text);

describe("governance documents by content", () => {
  it("reads a Responsible-AI transparency note by its name or title", () => {
    expect(classify("docs/RAI_TRANSPARENCY.md", "# Notes\n\nSome text.\n")?.format).toBe("governance");
    expect(classify("TRANSPARENCY_FAQ.md", "# FAQ\n")?.format).toBe("governance");
    expect(classify("docs/note.md", "# Responsible AI Transparency Note for Acme Chat\n\n## What is it\n")?.format).toBe("governance");
    expect((read("TRANSPARENCY_FAQ.md", "# Responsible AI FAQ\n").artifact as { doc_kind: string }).doc_kind).toBe("transparency-notice");
  });

  it("reads a governance report without front matter by its title", () => {
    expect(classify("docs/policy.md", "# AI Policy\n\n## Scope\n\nAll teams.\n")?.format).toBe("governance");
    expect((read("docs/policy.md", "# AI Policy\n").artifact as { doc_kind: string }).doc_kind).toBe("ai-policy");
  });

  it("leaves a README that mentions a policy alone", () => {
    expect(classify("README.md", "# Acme app\n\nSee our AI policy and privacy policy for details.\n")).toBeNull();
    expect(classify("docs/guide.md", "# Contributing\n\n## Policy on AI-generated code\n")).toBeNull();
  });

  it("reads approver, owner, contact and dates written in the prose, at their lines", () => {
    const text =
      "# AI Policy\n\n**Owner:** AI Platform team\nApproved by: Jane Doe, CTO\n- Last reviewed: 2026-01-10\n- Next review: sometime next year\n\n| Contact | ai-governance@example.org |\n";
    const r = read("AI_POLICY.md", text);
    const doc = r.artifact as unknown as Record<string, unknown>;
    expect([doc["owner"], doc["approved_by"], doc["last_reviewed"], doc["contact"]]).toEqual([
      "AI Platform team",
      "Jane Doe, CTO",
      "2026-01-10",
      "ai-governance@example.org",
    ]);
    expect(doc["review_by"]).toBeNull(); // not an ISO date: not a date
    expect(r.positions["/approved_by"]).toEqual({ line: 4, column: 1 });
  });

  it("front matter wins over prose", () => {
    const text = "---\naigis:\n  kind: ai-policy\n  owner: Risk office\n---\n# AI Policy\n\nOwner: someone else\n";
    expect((read("AI_POLICY.md", text).artifact as unknown as Record<string, unknown>)["owner"]).toBe("Risk office");
  });
});
