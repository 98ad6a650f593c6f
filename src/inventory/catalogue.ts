// The curated catalogue of AI SDKs, frameworks and serving runtimes that dependency manifests are
// matched against. Kept as data: one entry per package, each with a test (test/inventory-catalogue.test.ts)
// that a manifest naming it is detected and a lookalike is not. Names match exactly (after the
// ecosystem's own normalization), never by prefix, so `openapi-*` or a package merely containing
// `ai` is never taken for an AI SDK. Bump CATALOGUE_VERSION when entries change.

export const CATALOGUE_VERSION = "2025.1";

export type Ecosystem = "pypi" | "npm" | "go" | "maven" | "cargo" | "nuget";

/** What the package is: a client of a hosted model API, a framework, or a local runtime. */
export type CatalogueCategory = "provider-sdk" | "framework" | "runtime";

export interface CatalogueEntry {
  ecosystem: Ecosystem;
  /** Exact package name: PyPI normalized (PEP 503), npm as written, Go module path, Maven `group:artifact`, NuGet case-insensitive. */
  package: string;
  label: string;
  category: CatalogueCategory;
  /** Key of the hosted provider (PROVIDERS) the package sends data to, when it does. */
  provider?: string;
}

export interface Provider {
  name: string;
  /** API hosts, matched against SBOM service endpoints. */
  hosts: string[];
}

/** Hosted model providers: data sent to them leaves the organization. */
export const PROVIDERS: Record<string, Provider> = {
  openai: { name: "OpenAI", hosts: ["api.openai.com"] },
  anthropic: { name: "Anthropic", hosts: ["api.anthropic.com"] },
  google: { name: "Google Gemini / Vertex AI", hosts: ["generativelanguage.googleapis.com", "aiplatform.googleapis.com"] },
  mistral: { name: "Mistral AI", hosts: ["api.mistral.ai"] },
  cohere: { name: "Cohere", hosts: ["api.cohere.com", "api.cohere.ai"] },
  bedrock: { name: "Amazon Bedrock", hosts: ["bedrock-runtime.amazonaws.com"] },
  huggingface: { name: "Hugging Face Inference", hosts: ["api-inference.huggingface.co", "router.huggingface.co"] },
  azureopenai: { name: "Azure OpenAI", hosts: ["openai.azure.com"] },
  groq: { name: "Groq", hosts: ["api.groq.com"] },
  together: { name: "Together AI", hosts: ["api.together.xyz"] },
  replicate: { name: "Replicate", hosts: ["api.replicate.com"] },
};

const e = (ecosystem: Ecosystem, pkg: string, label: string, category: CatalogueCategory, provider?: string): CatalogueEntry =>
  provider ? { ecosystem, package: pkg, label, category, provider } : { ecosystem, package: pkg, label, category };

export const CATALOGUE: readonly CatalogueEntry[] = [
  // Python (names as PEP 503 normalizes them: lower case, runs of -_. as one -)
  e("pypi", "openai", "OpenAI Python SDK", "provider-sdk", "openai"),
  e("pypi", "anthropic", "Anthropic Python SDK", "provider-sdk", "anthropic"),
  e("pypi", "google-generativeai", "Google Generative AI SDK", "provider-sdk", "google"),
  e("pypi", "google-genai", "Google Gen AI SDK", "provider-sdk", "google"),
  e("pypi", "google-cloud-aiplatform", "Google Vertex AI SDK", "provider-sdk", "google"),
  e("pypi", "mistralai", "Mistral AI Python SDK", "provider-sdk", "mistral"),
  e("pypi", "cohere", "Cohere Python SDK", "provider-sdk", "cohere"),
  e("pypi", "langchain-aws", "LangChain AWS (Bedrock)", "provider-sdk", "bedrock"),
  e("pypi", "groq", "Groq Python SDK", "provider-sdk", "groq"),
  e("pypi", "together", "Together AI Python SDK", "provider-sdk", "together"),
  e("pypi", "replicate", "Replicate Python SDK", "provider-sdk", "replicate"),
  e("pypi", "langchain-openai", "LangChain OpenAI", "provider-sdk", "openai"),
  e("pypi", "langchain-anthropic", "LangChain Anthropic", "provider-sdk", "anthropic"),
  e("pypi", "langchain-google-genai", "LangChain Google GenAI", "provider-sdk", "google"),
  e("pypi", "langchain-mistralai", "LangChain Mistral AI", "provider-sdk", "mistral"),
  e("pypi", "transformers", "Hugging Face Transformers", "framework"),
  e("pypi", "huggingface-hub", "Hugging Face Hub client", "framework"),
  e("pypi", "sentence-transformers", "Sentence Transformers", "framework"),
  e("pypi", "diffusers", "Hugging Face Diffusers", "framework"),
  e("pypi", "langchain", "LangChain", "framework"),
  e("pypi", "langchain-core", "LangChain Core", "framework"),
  e("pypi", "langchain-community", "LangChain Community", "framework"),
  e("pypi", "llama-index", "LlamaIndex", "framework"),
  e("pypi", "llama-index-core", "LlamaIndex Core", "framework"),
  e("pypi", "litellm", "LiteLLM", "framework"),
  e("pypi", "torch", "PyTorch", "framework"),
  e("pypi", "tensorflow", "TensorFlow", "framework"),
  e("pypi", "vllm", "vLLM", "runtime"),
  e("pypi", "ollama", "Ollama Python client", "runtime"),
  e("pypi", "onnxruntime", "ONNX Runtime", "runtime"),
  e("pypi", "onnxruntime-gpu", "ONNX Runtime (GPU)", "runtime"),
  // JavaScript / TypeScript
  e("npm", "openai", "OpenAI Node SDK", "provider-sdk", "openai"),
  e("npm", "@anthropic-ai/sdk", "Anthropic TypeScript SDK", "provider-sdk", "anthropic"),
  e("npm", "@google/generative-ai", "Google Generative AI SDK", "provider-sdk", "google"),
  e("npm", "@google/genai", "Google Gen AI SDK", "provider-sdk", "google"),
  e("npm", "@google-cloud/vertexai", "Google Vertex AI SDK", "provider-sdk", "google"),
  e("npm", "@mistralai/mistralai", "Mistral AI TypeScript SDK", "provider-sdk", "mistral"),
  e("npm", "cohere-ai", "Cohere TypeScript SDK", "provider-sdk", "cohere"),
  e("npm", "@aws-sdk/client-bedrock-runtime", "AWS SDK Bedrock Runtime", "provider-sdk", "bedrock"),
  e("npm", "@huggingface/inference", "Hugging Face Inference client", "provider-sdk", "huggingface"),
  e("npm", "@ai-sdk/openai", "Vercel AI SDK OpenAI provider", "provider-sdk", "openai"),
  e("npm", "@ai-sdk/anthropic", "Vercel AI SDK Anthropic provider", "provider-sdk", "anthropic"),
  e("npm", "@ai-sdk/google", "Vercel AI SDK Google provider", "provider-sdk", "google"),
  e("npm", "@langchain/openai", "LangChain.js OpenAI", "provider-sdk", "openai"),
  e("npm", "@langchain/anthropic", "LangChain.js Anthropic", "provider-sdk", "anthropic"),
  e("npm", "ai", "Vercel AI SDK", "framework"),
  e("npm", "langchain", "LangChain.js", "framework"),
  e("npm", "@langchain/core", "LangChain.js Core", "framework"),
  e("npm", "llamaindex", "LlamaIndex.TS", "framework"),
  e("npm", "@huggingface/transformers", "Transformers.js", "framework"),
  e("npm", "@xenova/transformers", "Transformers.js (Xenova)", "framework"),
  e("npm", "@tensorflow/tfjs", "TensorFlow.js", "framework"),
  e("npm", "ollama", "Ollama JavaScript client", "runtime"),
  e("npm", "onnxruntime-node", "ONNX Runtime (Node)", "runtime"),
  e("npm", "onnxruntime-web", "ONNX Runtime (Web)", "runtime"),
  // Go (module paths; a package below a module counts as the module)
  e("go", "github.com/openai/openai-go", "OpenAI Go SDK", "provider-sdk", "openai"),
  e("go", "github.com/sashabaranov/go-openai", "go-openai", "provider-sdk", "openai"),
  e("go", "github.com/anthropics/anthropic-sdk-go", "Anthropic Go SDK", "provider-sdk", "anthropic"),
  e("go", "google.golang.org/genai", "Google Gen AI Go SDK", "provider-sdk", "google"),
  e("go", "github.com/google/generative-ai-go", "Google Generative AI Go SDK", "provider-sdk", "google"),
  e("go", "github.com/aws/aws-sdk-go-v2/service/bedrockruntime", "AWS SDK Bedrock Runtime", "provider-sdk", "bedrock"),
  e("go", "github.com/tmc/langchaingo", "LangChainGo", "framework"),
  e("go", "github.com/ollama/ollama", "Ollama Go client", "runtime"),
  e("go", "github.com/yalue/onnxruntime_go", "ONNX Runtime Go", "runtime"),
  // Java (Maven group:artifact, also from Gradle)
  e("maven", "com.openai:openai-java", "OpenAI Java SDK", "provider-sdk", "openai"),
  e("maven", "com.anthropic:anthropic-java", "Anthropic Java SDK", "provider-sdk", "anthropic"),
  e("maven", "com.google.genai:google-genai", "Google Gen AI Java SDK", "provider-sdk", "google"),
  e("maven", "com.google.cloud:google-cloud-vertexai", "Google Vertex AI Java SDK", "provider-sdk", "google"),
  e("maven", "software.amazon.awssdk:bedrockruntime", "AWS SDK Bedrock Runtime", "provider-sdk", "bedrock"),
  e("maven", "dev.langchain4j:langchain4j-open-ai", "LangChain4j OpenAI", "provider-sdk", "openai"),
  e("maven", "dev.langchain4j:langchain4j-anthropic", "LangChain4j Anthropic", "provider-sdk", "anthropic"),
  e("maven", "dev.langchain4j:langchain4j", "LangChain4j", "framework"),
  e("maven", "dev.langchain4j:langchain4j-ollama", "LangChain4j Ollama", "runtime"),
  e("maven", "com.microsoft.onnxruntime:onnxruntime", "ONNX Runtime Java", "runtime"),
  // Rust
  e("cargo", "async-openai", "async-openai", "provider-sdk", "openai"),
  e("cargo", "ollama-rs", "ollama-rs", "runtime"),
  e("cargo", "ort", "ONNX Runtime (ort)", "runtime"),
  e("cargo", "candle-core", "Candle", "framework"),
  // .NET (NuGet ids are case-insensitive)
  e("nuget", "OpenAI", "OpenAI .NET SDK", "provider-sdk", "openai"),
  e("nuget", "Azure.AI.OpenAI", "Azure OpenAI .NET SDK", "provider-sdk", "azureopenai"),
  e("nuget", "Anthropic.SDK", "Anthropic .NET SDK (community)", "provider-sdk", "anthropic"),
  e("nuget", "Microsoft.SemanticKernel", "Semantic Kernel", "framework"),
  e("nuget", "Microsoft.ML.OnnxRuntime", "ONNX Runtime .NET", "runtime"),
];

/** The key a package name is looked up by in its ecosystem. */
export function packageKey(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case "pypi":
      return name.toLowerCase().replace(/[-_.]+/g, "-");
    case "nuget":
      return name.toLowerCase();
    default:
      return name;
  }
}

/** A catalogue with the configuration's extra entries, indexed for lookup. */
export class Catalogue {
  private readonly byKey = new Map<string, CatalogueEntry>();
  constructor(entries: readonly CatalogueEntry[] = CATALOGUE) {
    for (const entry of entries) this.byKey.set(`${entry.ecosystem} ${packageKey(entry.ecosystem, entry.package)}`, entry);
  }

  lookup(ecosystem: Ecosystem, name: string): CatalogueEntry | undefined {
    const hit = this.byKey.get(`${ecosystem} ${packageKey(ecosystem, name)}`);
    if (hit || ecosystem !== "go") return hit;
    // A Go require names a module; a catalogue module may sit below it (aws-sdk-go-v2/service/…) or above it.
    for (let cut = name.lastIndexOf("/"); cut > 0; cut = name.lastIndexOf("/", cut - 1)) {
      const parent = this.byKey.get(`go ${name.slice(0, cut)}`);
      if (parent) return parent;
    }
    return undefined;
  }
}
