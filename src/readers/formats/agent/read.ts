// Entry point of the agent readers: one classified file in, its agent_config artifact out (none
// when the content under a generic name, or a content match, turns out to be something else).
import type { ReadArtifact } from "../../../model/types.js";
import { ARTIFACT_YAML, parseYaml } from "../../../parse/yaml-doc.js";
import type { AgentClassification } from "./classify.js";
import { looksLikeLiteLlm, readGateway } from "./gateway.js";
import { parseJsonc } from "../../../parse/json-doc.js";
import { parseTomlDoc } from "../../../parse/toml-doc.js";
import { looksLikeMcp, readMcp } from "./mcp.js";
import { looksLikePortkey, readPortkey } from "./portkey.js";
import { looksLikeGithubModelsPrompt, readPrompt } from "./prompts.js";

export { agentFileByName, classifyAgent, isAgentCandidate } from "./classify.js";

export function readAgentFile(kind: AgentClassification, relPath: string, text: string): ReadArtifact[] {
  switch (kind.format) {
    case "mcp": {
      const doc = kind.dialect === "codex" ? parseTomlDoc(text) : parseJsonc(text);
      return kind.requireShape && !looksLikeMcp(doc.value) ? [] : [readMcp(relPath, text, kind.dialect, doc)];
    }
    case "gateway": {
      if (kind.dialect === "portkey") {
        const doc = parseJsonc(text);
        return looksLikePortkey(doc.value) ? [readPortkey(relPath, text, doc)] : [];
      }
      const doc = parseYaml(text, 1, ARTIFACT_YAML);
      return looksLikeLiteLlm(doc.value) ? [readGateway(relPath, text, doc)] : [];
    }
    case "prompt": {
      if (kind.dialect !== "github-models") return [readPrompt(relPath, text, kind.dialect)];
      const doc = parseYaml(text, 1, ARTIFACT_YAML);
      return kind.requireShape && !looksLikeGithubModelsPrompt(doc.value) ? [] : [readPrompt(relPath, text, kind.dialect, doc)];
    }
  }
}
