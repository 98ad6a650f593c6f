# METADATA
# title: Artifact could not be read
# description: |
#   A governance artifact that does not parse gives no evidence at all, and a reviewer cannot tell
#   what it was meant to say. Every other artifact is still checked.
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-IN-001
#   severity: high
#   applies_to: []
#   evidence: none
#   evidence_reason: Reading an artifact is a precondition of every check, not evidence of a control.
#   controls:
#     - iso42001:A.6.2.7
#     - nist-ai-rmf:GOVERN 1.6
#     - owasp-llm:LLM03:2025
#   remediation: |
#     Fix the file at the reported line (YAML or JSON syntax, duplicate keys, unsupported encoding or
#     format), or exclude it in `.aigis.yml` if it is not an AI-governance artifact.
package aigis.rules.input.unreadable_artifact

deny contains {
	"artifact": err.path,
	"pointer": "",
	"line": err.line,
	"column": err.column,
	"message": sprintf("%s could not be read: %s", [err.path, err.reason]),
} if {
	some err in input.errors
}
