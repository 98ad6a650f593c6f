// The blank agent_config every agent reader starts from: parts that do not apply to a format stay
// empty, so a rule can read any part of any agent config without checking the format first.
import type { AgentConfig, AgentPermissions, GatewaySpec, PromptSpec } from "../../../model/types.js";

export type AgentFormat = AgentConfig["format"];

export const blankPermissions = (): AgentPermissions => ({
  default_mode: null,
  allow: [],
  ask: [],
  deny: [],
  enable_all_project_servers: null,
  auto_approve_all: null,
  terminal_auto_approve: [],
});

export const blankPrompt = (): PromptSpec => ({ name: null, model: null, json_output: false, lines: [], variables: [] });

export const blankGateway = (): GatewaySpec => ({ models: [], limits: [], aliases: [], guardrails: [], callbacks: [] });

export function blankAgentConfig(relPath: string, format: AgentFormat, dialect: string): AgentConfig {
  return {
    id: relPath,
    path: relPath,
    kind: "agent_config",
    format,
    format_version: null,
    problems: [],
    duplicate_keys: [],
    dialect,
    name: null,
    servers: [],
    permissions: blankPermissions(),
    prompt: blankPrompt(),
    gateway: blankGateway(),
    secrets: [],
    hidden_unicode: [],
  };
}
