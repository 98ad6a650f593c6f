# METADATA
# title: aigis entrypoint
# description: |
#   Collects the findings of every rule package under data.aigis.rules. Each finding is tagged with
#   its rule's package so the host can join it with the rule's metadata (id, severity, controls).
# entrypoint: true
package aigis.main

findings := [object.union(f, {"rule_package": concat(".", ["aigis.rules", area, name])}) |
	some area, rule_packages in data.aigis.rules
	some name, rule in rule_packages
	some f in rule.deny
]

# The repository index of this input (data.aigis.index.local): the host evaluates it on every chunk
# of a large repository and loads the merged result as data.aigis_repository_index.
index := data.aigis.index.local
