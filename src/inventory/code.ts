// Model and provider references in source code: Hugging Face ids in the Hub loaders, and `model`
// literals in calls of the known provider SDKs. A provider model is recorded only in a file that
// imports that provider's SDK (or a multi-provider wrapper and the name says which provider), so a
// `model: "..."` in unrelated code is never taken for AI use.
import { positionAt, use, type FoundUse } from "./use.js";

export const CODE_EXTENSIONS = new Set([".py", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".go", ".java", ".kt"]);

/** A Hub id as written in code: `name` or `owner/name`, no path, no URL, no template. */
const HF_ID = /^[A-Za-z0-9][\w.-]*(\/[A-Za-z0-9][\w.-]*)?$/;

/** Import targets that mean "this file calls that hosted provider". */
const PROVIDER_IMPORTS: [RegExp, string][] = [
  [
    /^(openai|langchain_openai|@ai-sdk\/openai|@langchain\/openai|github\.com\/openai\/openai-go|github\.com\/sashabaranov\/go-openai|com\.openai|dev\.langchain4j\.model\.openai)\b/,
    "openai",
  ],
  [
    /^(anthropic|langchain_anthropic|@anthropic-ai\/sdk|@ai-sdk\/anthropic|@langchain\/anthropic|github\.com\/anthropics\/anthropic-sdk-go|com\.anthropic|dev\.langchain4j\.model\.anthropic)\b/,
    "anthropic",
  ],
  [
    /^(google\.generativeai|google\.genai|google\.cloud\.aiplatform|vertexai|langchain_google_genai|@google\/generative-ai|@google\/genai|@google-cloud\/vertexai|@ai-sdk\/google|google\.golang\.org\/genai|github\.com\/google\/generative-ai-go|com\.google\.genai)\b/,
    "google",
  ],
  [/^(mistralai|langchain_mistralai|@mistralai\/mistralai)\b/, "mistral"],
  [/^(cohere|cohere-ai)\b/, "cohere"],
  [/^(groq|groq-sdk)\b/, "groq"],
  [/^(together)\b/, "together"],
  [/^(replicate)\b/, "replicate"],
];

/** Wrappers that route to several providers; the model name says which. */
const MULTI_PROVIDER_IMPORTS = /^(litellm|ai|langchain|langchain\.chat_models|llama_index\.llms|@langchain\/core)\b/;

/** Model-name families that identify their provider. */
const MODEL_FAMILIES: [RegExp, string][] = [
  [/^(openai\/)?(gpt-|chatgpt-|o[134](-|$)|text-embedding-|dall-e|whisper-|tts-)/i, "openai"],
  [/^(anthropic\/)?claude/i, "anthropic"],
  [/^(gemini\/|vertex_ai\/)?(gemini|text-bison|chat-bison)/i, "google"],
  [/^(mistral\/)?(mistral|mixtral|codestral|ministral|pixtral)/i, "mistral"],
  [/^(cohere\/)?(command|embed-(english|multilingual))/i, "cohere"],
];

function importsOf(text: string): string[] {
  const out: string[] = [];
  const patterns = [
    /^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))/gm, // Python
    /(?:from\s+|import\s+|require\(\s*|import\(\s*)["']([^"']+)["']/g, // JS/TS
    /^\s*import\s+(?:static\s+)?([\w.]+)/gm, // Java/Kotlin
    /^\s*(?:import\s+)?(?:\w+\s+)?"([\w.-]+\.[\w./-]+)"/gm, // Go (single and grouped imports)
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push((m[1] ?? m[2])!);
  return out;
}

function providersImported(imports: string[]): { providers: Set<string>; multi: boolean } {
  const providers = new Set<string>();
  let multi = false;
  for (const imp of imports) {
    for (const [re, p] of PROVIDER_IMPORTS) if (re.test(imp)) providers.add(p);
    if (MULTI_PROVIDER_IMPORTS.test(imp)) multi = true;
  }
  return { providers, multi };
}

/** The argument text of a call whose `(` is at `open`, up to its matching `)` (bounded). */
function callArgs(text: string, open: number): string {
  let depth = 0;
  const end = Math.min(text.length, open + 2000);
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1, end);
}

/** A string literal argument: the named one (`name=` / `name:`), else the positional one at `index`. */
function stringArg(args: string, names: string[], index: number): { value: string; at: number } | null {
  for (const name of names) {
    const m = new RegExp(`\\b${name}\\s*[=:]\\s*(["'\`])([^"'\`\\n]+)\\1`).exec(args);
    if (m) return { value: m[2]!, at: m.index + m[0].length - m[2]!.length - 1 };
  }
  // Positional literals, top-level only: strip nested calls first.
  const re = /(["'])([^"'\n]*)\1|[^,"']+/g;
  let i = 0;
  for (const m of args.matchAll(re)) {
    if (m[0].trim() === "" || m[0].trim() === ",") continue;
    if (/^\s*\w+\s*=/.test(m[0])) break; // keyword arguments follow the positional ones
    if (i === index) return m[1] ? { value: m[2]!, at: m.index! + 1 } : null;
    i++;
  }
  return null;
}

const HF_CALLS: { re: RegExp; names: string[]; index: number; evidence: string }[] = [
  { re: /\.from_pretrained\s*\(/g, names: ["pretrained_model_name_or_path"], index: 0, evidence: "from_pretrained(...)" },
  { re: /\bpipeline\s*\(/g, names: ["model"], index: 1, evidence: "pipeline(model=...)" },
  { re: /\bSentenceTransformer\s*\(/g, names: ["model_name_or_path"], index: 0, evidence: "SentenceTransformer(...)" },
  { re: /\b(?:hf_hub_download|snapshot_download)\s*\(/g, names: ["repo_id"], index: 0, evidence: "hf_hub_download(repo_id=...)" },
];

export function detectCode(text: string): FoundUse[] {
  const out: FoundUse[] = [];
  const taken = new Set<number>();
  for (const call of HF_CALLS) {
    for (const m of text.matchAll(call.re)) {
      const open = m.index! + m[0].length - 1;
      const args = callArgs(text, open);
      const arg = stringArg(args, call.names, call.index);
      if (!arg || !HF_ID.test(arg.value)) continue;
      const at = open + 1 + arg.at;
      taken.add(at);
      const revision = /\brevision\s*[=:]\s*["']([^"'\n]+)["']/.exec(args)?.[1] ?? null;
      out.push(use({ type: "model", name: arg.value, hub: "huggingface", revision, evidence: call.evidence, ...positionAt(text, at) }));
    }
  }
  const { providers, multi } = providersImported(importsOf(text));
  const byPosition = (xs: FoundUse[]) => xs.sort((a, b) => a.line - b.line || a.column - b.column);
  if (providers.size === 0 && !multi) return byPosition(out);
  const literal = /\b(?:[mM]odel|model_?[nN]ame|[mM]odelId|model_id)\s*[=:]\s*(["'`])([^"'`\s]{2,100})\1|\.model(?:Name)?\(\s*"([^"\s]{2,100})"\s*\)/g;
  for (const m of text.matchAll(literal)) {
    const name = (m[2] ?? m[3])!;
    const at = m.index! + m[0].indexOf(name);
    if (taken.has(at) || name.includes("${") || name.includes("{{")) continue;
    const family = MODEL_FAMILIES.find(([re]) => re.test(name))?.[1];
    const provider = family && (providers.has(family) || multi) ? family : !family && providers.size === 1 ? [...providers][0]! : null;
    if (!provider) continue;
    out.push(use({ type: "model", name, hub: provider, provider, evidence: "model in a provider SDK call", ...positionAt(text, at) }));
  }
  return byPosition(out);
}
