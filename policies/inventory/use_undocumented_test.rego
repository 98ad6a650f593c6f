package aigis.rules.inventory.use_undocumented_test

import data.aigis.rules.inventory.use_undocumented as rule
import data.aigis.test.fixtures as fx
import data.aigis.test.gov
import data.aigis.test.inventory as inv

uses := [
	inv.hf("facebook/bart-large-cnn", null),
	inv.dependency("openai", "openai"),
	inv.weights("models/intent.onnx", "ab"),
]

test_listed_uses_pass if {
	bom := fx.sbom(
		[
			fx.component({"name": "facebook/bart-large-cnn"}),
			fx.component({"name": "models/intent.onnx", "pointer": "/components/1"}),
		],
		[fx.service({})],
	)
	inp := fx.input_with({"inventory": [inv.record("app.py", uses)], "sboms": [bom]})
	count(rule.deny) == 0 with input as inp
	count(rule.evidence) == 3 with input as inp
}

test_the_one_unlisted_use_fails_at_its_pointer if {
	bom := fx.sbom([fx.component({"name": "bart-large-cnn"})], [fx.service({})])
	inp := fx.input_with({"inventory": [inv.record("app.py", uses)], "sboms": [bom]})
	[f.pointer | some f in rule.deny with input as inp] == ["/uses/2"]
}

test_register_and_model_card_document_too if {
	reg := gov.register([gov.system({"models": ["intent.onnx"], "services": ["OpenAI API"]})])
	card := fx.model_card({"name": "bart-large-cnn"})
	inp := fx.input_with({"inventory": [inv.record("app.py", uses)], "governance": [reg], "model_cards": [card]})
	count(rule.deny) == 0 with input as inp
}

test_frameworks_and_credentials_need_no_entry if {
	credential := object.union(inv.dependency("OPENAI_API_KEY", "openai"), {"type": "credential"})
	inp := fx.input_with({"inventory": [inv.record("r.txt", [inv.dependency("transformers", null), credential])]})
	count(rule.deny) == 0 with input as inp
}
