# METADATA
# title: Third-party model version pinned
# description: |
#   A third-party model referenced without a fixed version (or as latest/main) can change under the
#   system without review.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#components_items_version
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-SC-005
#   severity: high
#   applies_to: [sbom]
#   controls:
#     - iso42001:A.6.2.5
#     - iso42001:A.10.3
#     - nist-ai-rmf:MAP 4.2
#     - owasp-llm:LLM03:2025
#   crosswalk_backed:
#     - nist-ai-rmf:MAP 4.2
#   remediation: |
#     Give the component a fixed `version` (a release or a commit revision), and pin the same version
#     in its `purl`.
#   example: |
#     "version": "3f2a9c1", "purl": "pkg:huggingface/acme/support-llm@3f2a9c1"
package aigis.rules.supply_chain.model_version_pinned

import data.aigis.lib

floating := {"", "latest", "main", "master", "head", "*", "x", "dev", "nightly"}

deny contains lib.finding(sbom, lib.format("%s/version", [comp.pointer]), msg) if {
	some sbom in input.artifacts.sboms
	some comp in sbom.components
	comp.type == "machine-learning-model"
	lib.third_party(comp)
	not pinned(comp.version)
	msg := lib.format("Third-party model component %s has no fixed version.", [lib.display_name(comp)])
}

pinned(version) if {
	is_string(version)
	not lower(trim_space(version)) in floating
	not regex.match(`[\^~*<>]|\s-\s|\|\|`, version)
}

evidence contains lib.evidence(
	sbom,
	lib.format("%s/version", [comp.pointer]),
	"pins the third-party model's version",
) if {
	some sbom in input.artifacts.sboms
	some comp in sbom.components
	comp.type == "machine-learning-model"
	lib.third_party(comp)
	pinned(comp.version)
}
