import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, type Config } from "../src/config/config.js";
import { configLoosenings, reviewConfig } from "../src/config/diff.js";
import { classifyError, describeError } from "../src/github/errors.js";
import { configCandidates, configFromText } from "../src/github/gate-config.js";
import { scopeToChanges, type Report } from "../src/report/report.js";
import { isCandidatePath } from "../src/readers/classify.js";

const cfg = (over: Partial<Config>): Config => ({ ...DEFAULT_CONFIG, ...over });
const settings = (base: Config, head: Config, sev = new Map()) => configLoosenings(base, head, sev).map((l) => `${l.setting}: ${l.change}`);

describe("configuration loosenings", () => {
  it("lists nothing when the pull request's configuration is the same or stricter", () => {
    const base = cfg({ failOn: "high", exclude: ["vendor/**"], maxFileMiB: 10 });
    expect(settings(base, base)).toEqual([]);
    expect(settings(base, cfg({ failOn: "low", exclude: [], maxFileMiB: 20, inlineWaivers: "forbid", waiverMaxDays: 30 }))).toEqual([]);
  });

  it("names each way the gate is loosened", () => {
    const base = cfg({ inlineWaivers: "forbid", params: { today: "2026-01-01" }, frameworks: ["iso42001", "eu-ai-act"] });
    const head = cfg({
      failOn: "none",
      exclude: ["**"],
      force: [{ path: "**/*.md", format: "governance" }],
      maxFileMiB: 0.001,
      waiverMaxDays: 36500,
      inlineWaivers: "allow",
      params: { today: "2020-01-01" },
      frameworks: ["iso42001"],
      customPolicies: { kind: "dir", path: "/ws/mine", source: ".aigis.yml:3" },
    });
    expect(settings(base, head)).toEqual([
      "fail-on: raised from critical to none",
      'exclude: "**" added',
      'force: "**/*.md" read as governance',
      "max-file-size-mib: lowered from 10 to 0.001",
      "waiver-max-days: raised from 365 to 36500",
      "inline-waivers: changed from forbid to allow",
      'params.today: date pinned to "2020-01-01" (base: "2026-01-01")',
      'custom-policies: changed from unset to "dir /ws/mine"',
      "frameworks: no longer reported: eu-ai-act",
    ]);
  });

  it("compares a severity with the rule's built-in one when the base sets none, and sees widened or extended waivers", () => {
    const w = { rule: "AIGIS-MC-001", path: "models/a/**", reason: "r", owner: "o", expires: "2026-06-01", source: ".aigis.yml:5" };
    const base = cfg({ waivers: [w] });
    const head = cfg({
      rules: { "AIGIS-MC-001": { severity: "low" }, "AIGIS-MC-002": { severity: "critical" }, "AIGIS-MC-003": { enabled: false } },
      waivers: [
        { ...w, expires: "2026-09-01" },
        { ...w, path: "**" },
      ],
    });
    expect(
      settings(
        base,
        head,
        new Map([
          ["AIGIS-MC-001", "high"],
          ["AIGIS-MC-002", "high"],
        ]),
      ),
    ).toEqual([
      "rules.AIGIS-MC-001: severity lowered from high to low",
      "rules.AIGIS-MC-003: turned off",
      'waivers: AIGIS-MC-001 on "models/a/**" extended to 2026-09-01 (was 2026-06-01)',
      'waivers: AIGIS-MC-001 waived on "**" until 2026-06-01 (.aigis.yml:5), not in the base configuration',
    ]);
    expect(reviewConfig(head, [], "head")).toMatchObject({ disabled_rules: ["AIGIS-MC-003"], forced_formats: [] });
  });
});

describe("the base configuration's text", () => {
  it("is validated like a file: a typo is a configuration error naming the base file", () => {
    expect(configFromText("fail-on: high\n", ".aigis.yml@base", "/ws").failOn).toBe("high");
    expect(() => configFromText("fail-onn: high\n", ".aigis.yml@base", "/ws")).toThrow(/\.aigis\.yml@base/);
  });

  it("is looked for at repository-relative paths, never outside the checkout", () => {
    expect(configCandidates("/repo/ml", null, "/repo").map((c) => c.rel)).toEqual(["ml/.aigis.yml", "ml/.aigis.yaml"]);
    expect(configCandidates("/repo", "/repo/conf/gate.yml", "/repo").map((c) => c.rel)).toEqual(["conf/gate.yml"]);
    expect(configCandidates("/ws", "/ws/gate.yml", "/ws/repo")).toEqual([]);
  });
});

describe("API error kinds", () => {
  const err = (status: number, message: string, headers: Record<string, string> = {}) => Object.assign(new Error(message), { status, response: { headers } });
  it("tell a rate limit (primary or secondary) from a permission problem, a 404, a timeout and a server error", () => {
    expect(classifyError(err(403, "Resource not accessible by integration")).kind).toBe("permission");
    expect(classifyError(err(403, "API rate limit exceeded", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1900000000" }))).toMatchObject({
      kind: "rate-limit",
      resetAt: "2030-03-17T17:46:40.000Z",
    });
    expect(classifyError(err(429, "Too many requests", { "retry-after": "30" })).kind).toBe("rate-limit");
    expect(classifyError(err(403, "You have exceeded a secondary rate limit")).kind).toBe("rate-limit");
    expect(classifyError(err(404, "Not Found")).kind).toBe("not-found");
    expect(classifyError(err(401, "Bad credentials")).kind).toBe("auth");
    expect(classifyError(err(503, "Service Unavailable")).kind).toBe("server");
    expect(classifyError(Object.assign(new Error("no answer within 30 s"), { status: 500, kind: "timeout" })).kind).toBe("timeout");
    expect(describeError(Object.assign(new Error("no answer within 30 s"), { status: 500, kind: "timeout" }))).toBe("no answer within 30 s");
  });
});

describe("deletions under only-changed", () => {
  const finding = (rule: string, path: string) => ({ rule, path, severity: "high", in_diff: false }) as unknown as Report["findings"][number];
  const report = {
    threshold: "high",
    passed: false,
    summary: { blocking: 2 },
    findings: [finding("AIGIS-GV-001", "models/a/README.md"), finding("AIGIS-MC-001", "models/a/README.md")],
    rules: [
      { id: "AIGIS-GV-001", applies_to: ["governance", "model_card"] },
      { id: "AIGIS-MC-001", applies_to: ["model_card"] },
    ],
  } as unknown as Report;

  it("a deleted document makes findings of rules across artifacts count; per-artifact rules and other deletions do not", () => {
    const scoped = scopeToChanges(report, ["AI_POLICY.md"], true, { files: ["AI_POLICY.md"], wouldRead: isCandidatePath });
    expect(scoped.findings.map((f) => [f.rule, f.in_diff])).toEqual([
      ["AIGIS-GV-001", true],
      ["AIGIS-MC-001", false],
    ]);
    expect(scoped.passed).toBe(false);
    expect(scoped.changes).toEqual({ files: ["AI_POLICY.md"], deleted: ["AI_POLICY.md"], only_changed: true });
    expect(scopeToChanges(report, ["build.sh"], true, { files: ["build.sh"], wouldRead: isCandidatePath }).passed).toBe(true);
  });
});
