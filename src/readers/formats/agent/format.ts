// Agent configuration: MCP client files, prompts and instructions, LLM gateway configs. Tried after
// every other format (a README that is a model card stays one), and never forced by configuration.
import { AGENT_RANK, type FormatFamily } from "../../format.js";
import { agentFileByName, classifyAgent, isAgentCandidate, type AgentClassification } from "./classify.js";
import { readAgentFile } from "./read.js";

export const agent: FormatFamily = {
  id: "agent",
  precedence: 80,
  forceable: [],
  extensions: [".json", ".yaml", ".yml", ".md", ".markdown"],
  candidate: isAgentCandidate,
  namedLike: (relPath) => agentFileByName(relPath) !== null,
  recognisers: [
    {
      rank: AGENT_RANK,
      recognise: ({ relPath, text }) => {
        const kind = classifyAgent(relPath, text);
        return kind ? { format: "agent-config", confirmed: !kind.requireShape, detail: kind } : null;
      },
    },
  ],
  read: ({ detail }, relPath, text) => readAgentFile(detail as AgentClassification, relPath, text),
};
