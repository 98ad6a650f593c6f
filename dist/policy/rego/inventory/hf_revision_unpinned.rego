# METADATA
# title: Hugging Face models are loaded at a pinned revision
# description: |
#   Code loads a Hugging Face Hub model without `revision=` set to a commit hash, so every run
#   takes whatever the repository's default branch holds at that moment: the weights can change
#   (or be replaced by someone who gains write access) without any change here. Medium: the model
#   is named, but which version runs is not fixed.
# related_resources:
#   - https://huggingface.co/docs/huggingface_hub/guides/download#from-specific-version
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-INV-005
#   severity: medium
#   effort: small
#   applies_to: [inventory]
#   controls:
#     - nist-ai-rmf:MAP 4.1
#     - owasp-llm:LLM03:2025
#     - owasp-llm:LLM04:2026
#   remediation: |
#     Pass `revision="<40-character commit hash>"` to the loader (from_pretrained, pipeline,
#     SentenceTransformer, hf_hub_download).
#   example: |
#     AutoModel.from_pretrained("facebook/bart-large-cnn", revision="37f520fa929c961707657b28798b30c003dd100b")
package aigis.rules.inventory.hf_revision_unpinned

import data.aigis.inventory
import data.aigis.lib

deny contains lib.finding(r, u.pointer, msg) if {
	some [r, u] in inventory.uses
	u.type == "model"
	u.hub == "huggingface"
	not inventory.pinned_revision(u)
	msg := lib.format("Hugging Face model '%s' is loaded without a revision pinned to a commit hash.", [u.name])
}

evidence contains lib.evidence(r, u.pointer, msg) if {
	some [r, u] in inventory.uses
	u.type == "model"
	u.hub == "huggingface"
	inventory.pinned_revision(u)
	msg := lib.format("Hugging Face model '%s' is loaded at a revision pinned to a commit hash.", [u.name])
}
