# METADATA
# title: Data stewardship roles assigned
# description: |
#   Someone must own each dataset: decide who may use it, keep it correct and answer for it. The
#   record must name an owner, steward or custodian.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#components_items_data_items_governance
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-DP-007
#   severity: medium
#   effort: small
#   applies_to: [dataset]
#   controls:
#     - iso42001:A.3.2
#     - iso42001:A.10.2
#     - nist-ai-rmf:GOVERN 2.1
#     - eu-ai-act:Art. 10
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 2.1
#   remediation: |
#     Name who is accountable: CycloneDX `data[].governance.owners` / `stewards` / `custodians`; Data
#     Provenance Standard `source.issuer`; a Hugging Face dataset card's 'Curated by' line.
#   example: |
#     "governance": {"owners": [{"organization": {"name": "Acme Data Platform"}}]}
package aigis.rules.dataset.stewardship

import data.aigis.lib

deny contains lib.finding(ds, "/owners", msg) if {
	some ds in input.artifacts.datasets
	lib.applies(ds, "owners")
	not named_owner(ds)
	msg := lib.format("Dataset record for %s names no owner, steward or custodian.", [lib.display_name(ds)])
}

named_owner(ds) if {
	some owner in ds.owners
	lib.filled_value(owner)
}

evidence contains lib.evidence(ds, "/owners", "names an owner or steward") if {
	some ds in input.artifacts.datasets
	named_owner(ds)
}
