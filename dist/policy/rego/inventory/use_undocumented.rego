# METADATA
# title: Every model, weights file and hosted provider in use is documented
# description: |
#   A model loaded in code, a provider model called, a weights file shipped, an Ollama model
#   pulled or a hosted-provider SDK depended on, that no AI SBOM component or service, model card
#   or AI system register entry names. The finding sits at the use (the call, the dependency line,
#   the file). High: key evidence is missing for a component the system demonstrably uses.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#components_items_type
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-INV-002
#   severity: high
#   effort: small
#   applies_to: [inventory, sbom]
#   controls:
#     - iso42001:A.4.2
#     - iso42001:A.10.3
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:MAP 4.1
#     - owasp-llm:LLM03:2025
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 1.6
#   remediation: |
#     List it in the AI SBOM (`aigis sbom` adds what is missing): models and weights as
#     `machine-learning-model` components with the same name, hosted providers as `services`.
#   example: |
#     {"type": "machine-learning-model", "name": "facebook/bart-large-cnn",
#      "purl": "pkg:huggingface/facebook/bart-large-cnn"}
package aigis.rules.inventory.use_undocumented

import data.aigis.inventory
import data.aigis.lib

deny contains lib.finding(r, u.pointer, msg) if {
	some [r, u] in inventory.uses
	inventory.documentable(u)
	not inventory.documented(u)
	msg := lib.format(
		"%s is used here but listed in no AI SBOM, model card or AI system register.",
		[inventory.describe(u)],
	)
}

evidence contains lib.evidence(r, u.pointer, msg) if {
	some [r, u] in inventory.uses
	inventory.documentable(u)
	inventory.documented(u)
	msg := lib.format(
		"%s is used here and listed in the AI SBOM, a model card or the AI system register.",
		[inventory.describe(u)],
	)
}
