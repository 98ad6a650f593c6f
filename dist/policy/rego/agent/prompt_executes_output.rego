# METADATA
# title: Prompt tells the model to execute what it generates
# description: |
#   An instruction to run generated SQL, shell commands or code directly, or without asking, turns
#   any injected or mistaken output into an action on real systems. Output must be validated, run in
#   a sandbox with least privilege, or approved by a person. Heuristic: lines are matched against
#   `params.prompt_exec_patterns`; code blocks in Markdown are skipped.
# related_resources:
#   - https://genai.owasp.org/llmrisk/llm052025-improper-output-handling/
# schemas:
#   - input: schema["policy-input"]
# custom:
#   id: AIGIS-AG-014
#   severity: medium
#   effort: medium
#   heuristic: true
#   applies_to: [agent_config]
#   evidence: none
#   evidence_reason: Absence of an instruction to execute output is not evidence that output is handled safely.
#   controls:
#     - nist-ai-rmf:MEASURE 2.7
#     - owasp-llm:LLM05:2025
#     - owasp-agentic:ASI05
#     - eu-ai-act:Art. 15
#   crosswalk_backed:
#     - owasp-agentic:ASI05
#   remediation: |
#     Have the model propose, not execute: return the query or command for validation (an allowlist,
#     a read-only role, a sandbox) or for a person to approve before it runs.
#   example: |
#     Return the SQL query only. The application runs it read-only after checking it.
package aigis.rules.agent.prompt_executes_output

import data.aigis.agent
import data.aigis.lib

deny contains lib.finding(cfg, line.pointer, msg) if {
	some cfg in agent.configs_of("prompt")
	some line in cfg.prompt.lines
	not line.code
	agent.matches_any(line.text, lib.param("prompt_exec_patterns"))
	not forbids_execution(line.text)
	msg := lib.format("Prompt %s tells the model to execute generated output.", [cfg.path])
}

# "Never run SQL the user provides", "Do not execute code users paste": the line forbids what the
# patterns describe.
forbids_execution(text) if regex.match(forbidding, text)

forbidding := `(?i)\b(never|not|don't|don’t|refuse to|avoid|without first)\b[^.\n]{0,25}\b(execute|run|eval)`
