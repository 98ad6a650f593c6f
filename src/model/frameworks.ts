// The frameworks aigis reports readiness for, and how their names are written: one module, so the
// configuration, the readiness table and SARIF's tags cannot drift apart.

/** Readiness framework ids, in report order (ids as in catalog/controls.json and Report.readiness). */
export const REPORTED_FRAMEWORKS = ["iso42001", "nist-ai-rmf", "owasp-llm-2025", "owasp-llm-2026", "owasp-agentic", "eu-ai-act"] as const;

/** The names the configuration's `frameworks` accepts, each with the readiness ids it selects. */
export const FRAMEWORK_NAMES: Readonly<Record<string, readonly string[]>> = {
  iso42001: ["iso42001"],
  "nist-ai-rmf": ["nist-ai-rmf"],
  "owasp-llm": ["owasp-llm-2025", "owasp-llm-2026"],
  "owasp-agentic": ["owasp-agentic"],
  "eu-ai-act": ["eu-ai-act"],
};

/** The readiness framework a control key belongs to: `iso42001:A.9.4` → `iso42001`, the OWASP LLM
 * list by edition (`owasp-llm:LLM03:2025` → `owasp-llm-2025`). */
export function frameworkOf(controlKey: string): string {
  return controlKey.startsWith("owasp-llm:") ? `owasp-llm-${controlKey.split(":").at(-1)}` : controlKey.split(":")[0]!;
}
