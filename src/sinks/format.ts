import type { Report } from "../report/report.js";

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function artifactCounts(report: Report): string {
  const kinds: Record<string, [string, string]> = {
    model_card: ["model card", "model cards"],
    dataset: ["dataset record", "dataset records"],
    sbom: ["AI SBOM", "AI SBOMs"],
    governance: ["governance document", "governance documents"],
    agent_config: ["agent or LLM-app config", "agent or LLM-app configs"],
  };
  const parts = Object.entries(kinds).flatMap(([k, [one, many]]) => {
    const n = report.summary.artifacts_by_kind[k] ?? 0;
    return n ? [plural(n, one, many)] : [];
  });
  return parts.length ? parts.join(", ") : "no AI-governance artifacts";
}

export function verdict(report: Report): string {
  if (report.threshold === "none") return `${plural(report.summary.findings, "finding")}; nothing blocks (fail-on: none)`;
  return report.passed
    ? `passed: no finding at or above ${report.threshold}`
    : `failed: ${plural(report.summary.blocking, "finding")} at or above ${report.threshold}`;
}
