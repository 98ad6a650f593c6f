# METADATA
# title: Key written twice in an artifact
# description: |
#   A key repeated in one YAML mapping or JSON object. PyYAML (huggingface_hub, LiteLLM),
#   `JSON.parse` and the SBOM libraries keep the last value, and aigis reads the artifact the same
#   way, so its other findings stand. Other tools refuse the file or keep the first value, and a
#   reviewer who reads the first occurrence sees a value nothing uses. Medium: the artifact is still
#   judged on what its producers read, but what it says depends on who reads it.
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-IN-003
#   severity: medium
#   evidence: none
#   evidence_reason: Having no repeated keys is a precondition of reading a file, not evidence.
#   effort: small
#   applies_to: [model_card, dataset, sbom, governance, agent_config]
#   controls:
#     - iso42001:A.6.2.7
#     - nist-ai-rmf:GOVERN 1.6
#   remediation: |
#     Keep one occurrence of the key, with the value that is meant; the reported line is the
#     occurrence that is read today, and the message names the line of the one it overrides.
#   example: |
#     litellm_settings:
#       store_model_in_db: true      # once
package aigis.rules.input.duplicate_key

import data.aigis.lib

deny contains lib.finding(artifact, sprintf("/duplicate_keys/%d", [i]), message(artifact, dup)) if {
	some kind in ["model_cards", "datasets", "sboms", "governance", "agent_configs"]
	some artifact in object.get(input.artifacts, kind, [])
	some i, dup in artifact.duplicate_keys
}

message(artifact, dup) := sprintf(
	"%s writes the key %s twice (first at line %d); the last value is the one read",
	[artifact.id, dup.pointer, dup.first_line],
)
