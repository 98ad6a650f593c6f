# METADATA
# title: Artifact meets its specification's text
# description: |
#   A property the format's specification asks for in its text but its reference validator does
#   not enforce: Croissant's dataset-level name, description, licence, url, creator and
#   datePublished (mlcroissant at most warns, and most official examples omit some of them), or an
#   SPDX 3 AI/Dataset profile minimum the spdx3-validate SHACL model does not check. The file is
#   valid for the tools that read it, so this is no AIGIS-IN-002; it is reported so the record
#   says what the specification expects, and the message names the clause. Low: what the record is
#   missing for governance is judged by the content rules, this is about the format only.
# related_resources:
#   - https://docs.mlcommons.org/croissant/docs/croissant-spec.html
#   - https://spdx.github.io/spdx-spec/v3.0.1/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-IN-004
#   severity: low
#   evidence: none
#   evidence_reason: Following a format's text is a matter of the document, not evidence of a control.
#   effort: small
#   applies_to: [model_card, dataset, sbom]
#   controls:
#     - iso42001:A.6.2.7
#     - nist-ai-rmf:GOVERN 1.6
#   remediation: |
#     Add the property the specification clause in the message asks for, at the reported place;
#     for Croissant the dataset-level creator, datePublished and license (a URL or an SPDX id).
#   example: |
#     "creator": {"@type": "sc:Organization", "name": "Example Lab", "url": "https://example.org"},
#     "datePublished": "2024-05-01",
#     "license": "https://spdx.org/licenses/CC-BY-4.0.html",
package aigis.rules.input.spec_requirement

import data.aigis.lib

deny contains lib.finding(artifact, sprintf("/problems/%d", [i]), message(artifact, problem)) if {
	some kind in ["model_cards", "datasets", "sboms"]
	some artifact in object.get(input.artifacts, kind, [])
	some i, problem in artifact.problems
	is_string(problem.spec_clause)
	problem.spec_clause != ""
}

message(artifact, problem) := lib.format(
	"%s: %s (at %s), which %s asks for; the reference validator accepts the file without it",
	[artifact.id, problem.reason, problem.pointer, problem.spec_clause],
) if {
	problem.pointer != ""
} else := lib.format(
	"%s: %s, which %s asks for; the reference validator accepts the file without it",
	[artifact.id, problem.reason, problem.spec_clause],
)
