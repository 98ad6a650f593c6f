// Ollama models pulled or run in Dockerfiles, compose files and scripts, and model-serving images
// (vLLM, Text Generation Inference, Ollama) in compose files and Dockerfiles.
import path from "node:path";
import { lines, use, type FoundUse } from "./use.js";

export function isContainerOrScript(relPath: string): boolean {
  const name = path.posix.basename(relPath).toLowerCase();
  return (
    name === "dockerfile" ||
    name.startsWith("dockerfile.") ||
    name.endsWith(".dockerfile") ||
    name === "containerfile" ||
    /^(docker-)?compose[\w.-]*\.ya?ml$/.test(name) ||
    name.endsWith(".sh") ||
    name === "makefile" ||
    name === "entrypoint"
  );
}

const SERVING_IMAGES: [RegExp, string][] = [
  [/^(docker\.io\/)?vllm\/vllm-openai$/, "vLLM"],
  [/^ghcr\.io\/huggingface\/text-generation-inference$/, "Text Generation Inference"],
  [/^(docker\.io\/)?ollama\/ollama$/, "Ollama"],
];

export function detectContainer(text: string): FoundUse[] {
  const out: FoundUse[] = [];
  lines(text).forEach((l, i) => {
    if (/^\s*#/.test(l)) return;
    for (const m of l.matchAll(/\bollama\s+(?:pull|run)\s+([A-Za-z0-9][\w./-]*(?::[\w.-]+)?)/g)) {
      const [name, tag] = m[1]!.split(":");
      out.push(
        use({
          type: "model",
          name: name!,
          version: tag ?? null,
          hub: "ollama",
          evidence: `ollama ${/pull/.test(m[0]) ? "pull" : "run"}`,
          line: i + 1,
          column: m.index! + m[0].indexOf(m[1]!) + 1,
        }),
      );
    }
    const image = /^\s*(?:image:\s*["']?|FROM\s+(?:--platform=\S+\s+)?)([^\s"'@:]+(?::\d+\/[^\s"'@:]+)?)(?::([^\s"'@]+))?(@sha256:[0-9a-f]{64})?/i.exec(l);
    if (image) {
      const known = SERVING_IMAGES.find(([re]) => re.test(image[1]!));
      if (known) {
        const hashes = image[3] ? [{ alg: "SHA-256", value: image[3].slice("@sha256:".length) }] : [];
        out.push(
          use({
            type: "serving-image",
            name: image[1]!,
            version: image[2] ?? null,
            hashes,
            evidence: `${known[1]} serving image`,
            line: i + 1,
            column: l.indexOf(image[1]!) + 1,
          }),
        );
      }
    }
  });
  return out;
}
