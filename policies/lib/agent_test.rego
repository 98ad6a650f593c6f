package aigis.agent_test

import data.aigis.agent
import data.aigis.index
import data.aigis.test.agents as ag

test_agent_configs_count_as_ai_in_use if {
	index.ai_in_use with input as ag.only([ag.prompt([], [])])
	index.first_ai_id == "prompts/reply.prompt.yml" with input as ag.only([ag.prompt([], [])])
}

test_model_name_falls_back_to_the_model if {
	agent.model_name({"name": null, "model": "openai/o3"}) == "openai/o3"
}
