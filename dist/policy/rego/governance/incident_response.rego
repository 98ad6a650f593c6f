# METADATA
# title: Incident response and communication procedure documented
# description: |
#   When an AI system fails or causes harm, people must know whom to tell and whom the organization
#   will inform. aigis looks for a document of kind `incident-response` with a contact, internal and
#   external parties to notify, and a procedure.
# related_resources:
#   - https://www.iso.org/standard/81230.html
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-GV-008
#   severity: high
#   effort: medium
#   applies_to: [governance, model_card, dataset, sbom]
#   controls:
#     - iso42001:A.8.4
#     - nist-ai-rmf:GOVERN 4.3
#     - nist-ai-rmf:MANAGE 2.3
#     - nist-ai-rmf:MANAGE 4.3
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 4.3
#   remediation: |
#     Add an incident-response document (`aigis: {kind: incident-response, contact: …, notify:
#     [internal:…, external:…]}`) with a filled procedure.
#   example: |
#     aigis:
#       kind: incident-response
#       contact: ai-incidents@acme.example
#       notify: [internal:security, external:customers, external:authority]
package aigis.rules.governance.incident_response

import data.aigis.index
import data.aigis.lib

deny contains lib.finding(index.repository, "", msg) if {
	index.ai_in_use
	not index.has_governance("incident-response")
	msg := "The repository builds with AI but documents no AI incident response (a document of kind incident-response)."
}

deny contains lib.finding(doc, "/contact", msg) if {
	some doc in lib.governance_docs("incident-response")
	not lib.reachable_contact(doc.contact)
	msg := lib.format("Incident-response document %s gives no contact (e-mail or https URL).", [doc.path])
}

deny contains lib.finding(doc, "/notify", msg) if {
	some doc in lib.governance_docs("incident-response")
	some side in ["internal", "external"]
	not notifies(doc, side)
	msg := lib.format("Incident-response document %s names no %s party to notify.", [doc.path, side])
}

deny contains lib.finding(doc, "/sections", msg) if {
	some doc in lib.governance_docs("incident-response")
	not has_procedure(doc)
	msg := lib.format("Incident-response document %s describes no procedure.", [doc.path])
}

notifies(doc, side) if {
	some party in doc.notify
	startswith(lower(party), side)
}

has_procedure(doc) if {
	some text in doc.sections
	lib.filled(text)
}

evidence contains lib.evidence(doc, "/sections", note) if {
	note := "an incident procedure with a contact and internal and external notification"
	some doc in lib.governance_docs("incident-response")
	lib.reachable_contact(doc.contact)
	notifies(doc, "internal")
	notifies(doc, "external")
	has_procedure(doc)
}
