# METADATA
# title: AI SBOM is current
# description: |
#   An AI SBOM describes the system at one moment. One that has not been regenerated for months no
#   longer says which models, datasets and services the system depends on today. Only AI SBOMs are
#   judged: a BOM with a model or data component, or a service the reader took for a hosted AI API;
#   a software SBOM whose services are ordinary APIs is out of scope.
# related_resources:
#   - https://cyclonedx.org/docs/1.6/json/#metadata_timestamp
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-SC-011
#   severity: medium
#   effort: small
#   applies_to: [sbom]
#   controls:
#     - iso42001:A.4.2
#     - iso42001:A.10.3
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:MANAGE 3.1
#     - owasp-llm:LLM03:2025
#   crosswalk_backed:
#     - nist-ai-rmf:GOVERN 1.6
#     - nist-ai-rmf:MANAGE 3.1
#   remediation: |
#     Regenerate the SBOM when models, datasets or AI services change, and at least within the
#     configured age (`params.sbom_max_age_days`, default 180); set `metadata.timestamp` (CycloneDX) or
#     `CreationInfo.created` (SPDX).
#   example: |
#     "metadata": {"timestamp": "2026-11-20T09:00:00Z"}
package aigis.rules.supply_chain.sbom_current

import data.aigis.lib

deny contains lib.finding(sbom, "/timestamp", msg) if {
	some sbom in input.artifacts.sboms
	ai_sbom(sbom)
	not lib.valid_date(sbom.timestamp)
	msg := lib.format("AI SBOM %s carries no creation date, so nobody can tell whether it is current.", [sbom.path])
}

deny contains lib.finding(sbom, "/timestamp", msg) if {
	some i, age in ages
	age > lib.param("sbom_max_age_days")
	sbom := input.artifacts.sboms[i]
	msg := sprintf("AI SBOM %s was created %d days ago (limit %d).", [sbom.path, age, lib.param("sbom_max_age_days")])
}

evidence contains lib.evidence(sbom, "/timestamp", "the AI SBOM is dated and current") if {
	some i, age in ages
	age <= lib.param("sbom_max_age_days")
	sbom := input.artifacts.sboms[i]
}

# The age in days of each dated AI SBOM, by its position in input.artifacts.sboms: computed once
# for both the finding and the evidence.
ages[i] := lib.age_days(sbom.timestamp) if {
	some i, sbom in input.artifacts.sboms
	ai_sbom(sbom)
}

# A BOM describes AI when it lists a model or data component (the readers keep only those) or a
# service with signs of a hosted AI API. A service whose signals are not recorded counts as AI.
ai_sbom(sbom) if count(sbom.components) > 0

ai_sbom(sbom) if {
	some svc in sbom.services
	not ordinary_service(svc)
}

ordinary_service(svc) if {
	is_array(svc.ai_signals)
	count(svc.ai_signals) == 0
}
