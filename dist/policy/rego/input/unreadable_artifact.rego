# METADATA
# title: Artifact could not be read
# description: |
#   A file that is an artifact by its name, its configured format or its content, but could not be
#   judged: over the size limit, not UTF-8 text, binary, a syntax error, an unsupported version. A
#   file of an artifact's type (by its extension) that could not be opened at all is one too, since
#   nothing says it is not an artifact. Whatever gaps it holds stay hidden, so the finding must
#   weigh at least as much as the worst of them: it is critical, the severity a model card or an
#   AI SBOM without its essentials gets, so corrupting a failing artifact can never turn the check
#   green. Every other artifact is still checked. A team that accepts the risk can lower it in `.aigis.yml`
#   (`rules: {AIGIS-IN-001: {severity: high}}`).
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-IN-001
#   severity: critical
#   applies_to: []
#   evidence: none
#   evidence_reason: Reading an artifact is a precondition of every check, not evidence of a control.
#   controls:
#     - iso42001:A.6.2.7
#     - nist-ai-rmf:GOVERN 1.6
#   remediation: |
#     Fix the file at the reported line (YAML or JSON syntax, unsupported encoding, version or
#     format), bring it under `max-file-size-mib`, or exclude it in `.aigis.yml` if it is not an
#     AI-governance artifact.
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
