# METADATA
# title: Channel for reporting AI concerns published
# description: |
#   Staff, users and affected people need a published way to raise concerns about an AI system. aigis
#   accepts `concerns_contact` in the AI policy, a contact in the incident-response document, or a
#   security-contact reference in the AI SBOM.
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-009
#   severity: medium
#   effort: small
#   applies_to: [governance]
#   controls:
#     - iso42001:A.3.3
#     - iso42001:A.8.3
#     - nist-ai-rmf:GOVERN 5.1
#     - nist-ai-rmf:MAP 5.2
#     - nist-ai-rmf:MEASURE 3.3
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 5.1
#     - nist-ai-rmf:MAP 5.2
#     - nist-ai-rmf:MEASURE 3.3
#   remediation: |
#     Publish a reachable channel: `concerns_contact: ethics@acme.example` in the AI policy's front
#     matter (or an e-mail / https URL in the incident-response document's `contact`).
#   example: |
#     aigis:
#       kind: ai-policy
#       concerns_contact: ai-concerns@acme.example
package aigis.rules.governance.concerns_channel

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(where, pointer, msg) if {
	index.ai_in_use
	not channel
	[where, pointer] := anchor
	msg := "No channel for raising AI concerns is published (concerns_contact in the AI policy, or an incident contact)."
}

# On the first AI policy (by path) when there is one, else on the repository as a whole.
anchor := [doc, "/concerns_contact"] if {
	some doc in lib.governance_docs("ai-policy")
	doc.path == index.first_ai_policy_path
} else := [index.repository, ""] if not index.has_ai_policy

channel if index.governance_fact("concerns_contact")

channel if index.governance_fact("incident_contact")

channel if index.has_security_contact

evidence contains lib.evidence(doc, "/concerns_contact", "publishes a channel for raising AI concerns") if {
	some doc in lib.governance_docs("ai-policy")
	lib.reachable_contact(doc.concerns_contact)
}

evidence contains lib.evidence(doc, "/contact", "publishes an incident contact for AI concerns") if {
	some doc in lib.governance_docs("incident-response")
	lib.reachable_contact(doc.contact)
}
