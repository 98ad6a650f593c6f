# METADATA
# title: aigis entrypoint
# description: |
#   Collects the results of every rule package under data.aigis.rules: the findings of each rule's
#   `deny` and the evidence of each rule's `evidence` (what it examined and found satisfied). Each
#   record is tagged with its rule's package so the host can join it with the rule's metadata (id,
#   severity, controls).
# entrypoint: true
package aigis.main

findings := [object.union(f, {"rule_package": concat(".", ["aigis.rules", area, name])}) |
	some area, rule_packages in data.aigis.rules
	some name, rule in rule_packages
	some f in rule.deny
]

evidence := [object.union(e, {"rule_package": concat(".", ["aigis.rules", area, name])}) |
	some area, rule_packages in data.aigis.rules
	some name, rule in rule_packages
	some e in rule.evidence
]

# What the host evaluates (the wasm entrypoint): findings and evidence in one list, so that a
# chunked evaluation merges both the same way. An evidence record carries `evidence` (what was
# found) where a finding carries `message`.
results := array.concat(findings, evidence)

# The repository index of this input (data.aigis.index.local): the host evaluates it on every chunk
# of a large repository and loads the merged result as data.aigis_repository_index.
index := data.aigis.index.local
