# METADATA
# title: Vector store declares authentication and data classification
# description: |
#   A vector store or retrieval index feeds documents into prompts. When the AI SBOM declares one
#   (a CycloneDX service named or reached like Pinecone, Weaviate, Qdrant, Milvus, Chroma, pgvector,
#   OpenSearch or Elasticsearch), it must say that access is authenticated and how the data in it
#   is classified, so that embeddings of confidential text do not leak across users or get poisoned.
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm082025-vector-and-embedding-weaknesses/
#   - https://cyclonedx.org/docs/1.6/json/#services
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-016
#   severity: medium
#   effort: small
#   applies_to: [sbom]
#   controls:
#     - iso42001:A.4.3
#     - iso42001:A.7.2
#     - nist-ai-rmf:MEASURE 2.10
#     - owasp-llm:LLM02:2025
#     - owasp-llm:LLM08:2025
#     - owasp-agentic:ASI06
#   crosswalk_backed:
#     - nist-ai-rmf:MEASURE 2.10
#     - owasp-agentic:ASI06
#   remediation: |
#     Declare `authenticated: true` on the vector-store service and a `data` entry with the flow and
#     the classification of what it stores (for example `confidential`).
#   example: |
#     {"name": "kb-index", "provider": {"name": "Pinecone"}, "authenticated": true,
#      "endpoints": ["https://kb-index.svc.pinecone.io"],
#      "data": [{"flow": "bi-directional", "classification": "confidential"}]}
package aigis.rules.agent.vector_store

import data.aigis.lib

deny contains lib.finding(sbom, lib.format("%s/authenticated", [svc.pointer]), msg) if {
	some [sbom, svc] in stores
	svc.authenticated != true
	msg := lib.format("Vector store %s does not declare authenticated access.", [lib.display_name(svc)])
}

deny contains lib.finding(sbom, lib.format("%s/data_flows", [svc.pointer]), msg) if {
	some [sbom, svc] in stores
	not classified(svc)
	msg := lib.format("Vector store %s does not classify the data it holds.", [lib.display_name(svc)])
}

stores := [[sbom, svc] |
	some sbom in input.artifacts.sboms
	some svc in sbom.services
	some text in array.concat([svc.name, svc.provider], svc.endpoints)
	is_string(text)
	regex.match(lib.param("vector_store_pattern"), text)
]

classified(svc) if {
	some flow in svc.data_flows
	lib.filled_value(flow.classification)
	lower(flow.classification) != "unknown"
}

evidence contains lib.evidence(sbom, svc.pointer, "the vector store is authenticated and classifies its data") if {
	some [sbom, svc] in stores
	svc.authenticated == true
	classified(svc)
}
