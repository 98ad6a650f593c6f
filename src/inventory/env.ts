// Names of AI credentials in example environment files. Only the variable name is kept: the value
// (even a placeholder) is never read into the inventory.
import path from "node:path";
import { lines, use, type FoundUse } from "./use.js";

export function isEnvExample(relPath: string): boolean {
  const name = path.posix.basename(relPath).toLowerCase();
  return /^\.env(\.[\w-]+)*\.(example|sample|template|dist)$/.test(name) || /^(example|sample)\.env$/.test(name);
}

/** Credential variable → hosted provider key. */
export const AI_CREDENTIALS: Record<string, string> = {
  OPENAI_API_KEY: "openai",
  ANTHROPIC_API_KEY: "anthropic",
  GOOGLE_API_KEY: "google",
  GEMINI_API_KEY: "google",
  MISTRAL_API_KEY: "mistral",
  COHERE_API_KEY: "cohere",
  CO_API_KEY: "cohere",
  HF_TOKEN: "huggingface",
  HUGGINGFACEHUB_API_TOKEN: "huggingface",
  HUGGING_FACE_HUB_TOKEN: "huggingface",
  AZURE_OPENAI_API_KEY: "azureopenai",
  GROQ_API_KEY: "groq",
  TOGETHER_API_KEY: "together",
  REPLICATE_API_TOKEN: "replicate",
};

export function detectEnv(text: string): FoundUse[] {
  const out: FoundUse[] = [];
  lines(text).forEach((l, i) => {
    const m = /^(\s*(?:export\s+)?)([A-Z][A-Z0-9_]*)\s*=/.exec(l);
    const provider = m ? AI_CREDENTIALS[m[2]!] : undefined;
    if (m && provider)
      out.push(use({ type: "credential", name: m[2]!, provider, evidence: "AI credential variable (name only)", line: i + 1, column: m[1]!.length + 1 }));
  });
  return out;
}
