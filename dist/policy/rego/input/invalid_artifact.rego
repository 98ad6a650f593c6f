# METADATA
# title: Artifact conforms to its format
# description: |
#   An artifact that breaks its format (a schema violation, a wrong type, a missing required
#   property, a reference to nothing, an MCP server entry no client can start) may be rejected or
#   misread by other tools, and what it seems to say cannot be relied on. For CycloneDX, Croissant
#   and SPDX 3 this means what the reference validator says (the JSON schema, mlcroissant,
#   spdx3-validate; `npm run conformance` holds aigis to them); a requirement only the
#   specification's text states is AIGIS-IN-004. The file was read and its
#   other findings still apply, which is why this is not critical: the verdict the artifact earns
#   comes from those findings.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/
#   - https://spdx.github.io/spdx-spec/v3.0.1/
#   - https://docs.mlcommons.org/croissant/docs/croissant-spec.html
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-IN-002
#   severity: medium
#   effort: small
#   applies_to: [model_card, dataset, sbom, governance, agent_config]
#   evidence: none
#   evidence_reason: Conforming to a format's schema is a precondition of every check, not evidence of a control.
#   controls:
#     - iso42001:A.4.2
#     - iso42001:A.6.2.7
#     - iso42001:A.7.5
#     - nist-ai-rmf:GOVERN 1.6
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 1.6
#   remediation: |
#     Fix the reported property at the reported line so the document validates against its format:
#     the CycloneDX JSON schema of its specVersion, the SPDX 3.0.1 model (including the AI and Dataset
#     profile minimums), Croissant's required dataset properties, the Model Card Toolkit schema, or the
#     aigis front-matter and register conventions, or the MCP client configuration shape (each server
#     an object with a string command or url, args a list of strings, env and headers objects).
#   example: |
#     "hashes": [{"alg": "SHA-256", "content": "5d41402abc4b2a76b9719d911017c592ae8c2d8f1e0e5b7a64ae0f8e0f5a6b1c"}]
package aigis.rules.input.invalid_artifact

import data.aigis.lib

# One rule over every kind of artifact, so a kind added later cannot be left without it.
deny contains lib.finding(artifact, sprintf("/problems/%d", [i]), message(artifact, problem)) if {
	some kind in ["model_cards", "datasets", "sboms", "governance", "agent_configs"]
	some artifact in object.get(input.artifacts, kind, [])
	some i, problem in artifact.problems
	not spec_only(problem)
}

# Requirements of the specification's text that the reference validator does not enforce are
# AIGIS-IN-004. Only a non-empty clause moves a problem there: anything else stays here.
spec_only(problem) if {
	is_string(problem.spec_clause)
	problem.spec_clause != ""
}

message(artifact, problem) := lib.format(
	"%s does not conform to %s: %s (at %s)",
	[artifact.id, format_name(artifact), problem.reason, problem.pointer],
) if {
	problem.pointer != ""
} else := lib.format("%s does not conform to %s: %s", [artifact.id, format_name(artifact), problem.reason])

format_name(artifact) := lib.format("%s %s", [artifact.format, artifact.format_version]) if {
	is_string(artifact.format_version)
} else := artifact.format
