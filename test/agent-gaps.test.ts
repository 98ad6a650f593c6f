// Agent security gaps the real-world corpus showed: JSON output as a mitigating signal for AG-013,
// Portkey conditional routing, Codex profiles.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { AgentConfig, ReadResult } from "../src/model/types.js";
import { DEFAULT_MAX_FILE_BYTES, readCandidate } from "../src/readers/read.js";
import { tempDir } from "./helpers.js";

const dir = tempDir("aigis-agent-gaps-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function read(name: string, content: string): ReadResult {
  const abs = path.join(dir, name);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  return readCandidate({ relPath: name, absPath: abs, size: fs.statSync(abs).size }, { maxFileBytes: DEFAULT_MAX_FILE_BYTES });
}
const agentOf = (r: ReadResult) => r.artifacts[0]?.artifact as AgentConfig | undefined;

describe("prompts whose answer is constrained to JSON", () => {
  const messages = "messages:\n  - role: user\n    content: 'Classify: {{ticket}}'\n";
  it("GitHub Models responseFormat json_schema / json_object is JSON output; text is not", () => {
    expect(agentOf(read("a/one.prompt.yml", `model: openai/gpt-4o-mini\nresponseFormat: json_schema\njsonSchema: '{}'\n${messages}`))!.prompt.json_output).toBe(true);
    expect(agentOf(read("a/two.prompt.yml", `model: openai/gpt-4o-mini\nresponseFormat: json_object\n${messages}`))!.prompt.json_output).toBe(true);
    expect(agentOf(read("a/three.prompt.yml", `model: openai/gpt-4o-mini\nresponseFormat: text\n${messages}`))!.prompt.json_output).toBe(false);
    expect(agentOf(read("a/four.prompt.yml", `model: openai/gpt-4o-mini\n${messages}`))!.prompt.json_output).toBe(false);
  });
  it("Prompty model.parameters.response_format {type: json_object}", () => {
    const prompty = "---\nname: t\nmodel:\n  api: chat\n  parameters:\n    response_format:\n      type: json_object\n---\nsystem:\nYou classify.\n\nuser:\nClassify: {{ticket}}\n";
    expect(agentOf(read("b/t.prompty", prompty))!.prompt.json_output).toBe(true);
    expect(agentOf(read("b/u.prompty", prompty.replace("json_object", "text")))!.prompt.json_output).toBe(false);
  });
});
