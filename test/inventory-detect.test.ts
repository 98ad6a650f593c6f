import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import { DEFAULT_CONFIG } from "../src/config/config.js";
import { scan } from "../src/run.js";
import { detectCode } from "../src/inventory/code.js";
import { detectContainer } from "../src/inventory/containers.js";
import { detectEnv } from "../src/inventory/env.js";
import { detectWeights } from "../src/inventory/weights.js";
import { fixtures, lineOf, tempDir, writeTree } from "./helpers.js";

const aiInUse = path.join(fixtures, "ai-in-use");
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("observed AI inventory of the ai-in-use fixture", () => {
  const { inventory } = scan(aiInUse, { ...DEFAULT_CONFIG });
  const named = (name: string) => inventory.filter((i) => i.name === name);

  it("names every model id, provider model, weights file and Ollama model with file and line", () => {
    const at = (file: string, needle: string) => ({ path: file, line: lineOf(path.join(aiInUse, file), needle) });
    expect(named("distilbert/distilbert-base-uncased-finetuned-sst-2-english")).toMatchObject([
      { ...at("service/app.py", "from_pretrained"), hub: "huggingface", revision: null },
    ]);
    expect(named("facebook/bart-large-cnn")).toMatchObject([{ ...at("service/app.py", "pipeline("), hub: "huggingface" }]);
    expect(named("gpt-4o-mini")).toMatchObject([{ ...at("service/app.py", "gpt-4o-mini"), provider: "openai" }]);
    expect(named("claude-3-5-haiku-20241022")).toMatchObject([{ ...at("web/src/assistant.ts", "claude-3-5"), provider: "anthropic" }]);
    expect(named("models/intent.onnx")).toMatchObject([{ path: "models/intent.onnx", type: "weights" }]);
    expect(named("models/intent.onnx")[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(named("llama3.2")).toMatchObject([{ ...at("Dockerfile", "ollama pull"), hub: "ollama", version: "1b" }]);
    expect(named("ollama/ollama")).toMatchObject([{ ...at("Dockerfile", "FROM"), type: "serving-image" }]);
  });

  it("lists the AI dependencies at their manifest line and none of the others", () => {
    const packages = inventory.filter((i) => i.type === "package").map((i) => `${i.path}:${i.line} ${i.name}`);
    expect(packages).toEqual([
      "service/requirements.txt:3 openai",
      "service/requirements.txt:4 transformers",
      "service/requirements.txt:5 sentence-transformers",
      "service/requirements.txt:6 onnxruntime",
      `web/package.json:${lineOf(path.join(aiInUse, "web/package.json"), "anthropic-ai")} @anthropic-ai/sdk`,
    ]);
    for (const other of ["fastapi", "requests", "openapi-spec-validator", "openapi-fetch", "react"]) expect(named(other)).toEqual([]);
  });

  it("records credential names from .env.example, never their values", () => {
    const creds = inventory.filter((i) => i.type === "credential");
    expect(creds.map((c) => c.name)).toEqual(["OPENAI_API_KEY", "ANTHROPIC_API_KEY"]);
    expect(JSON.stringify(inventory)).not.toContain("sk-replace-me");
  });
});

describe("detectors", () => {
  it("reads the Hub revision a load pins", () => {
    const [m] = detectCode(`m = AutoModel.from_pretrained("org/model", revision="0123456789abcdef0123456789abcdef01234567")\n`);
    expect(m).toMatchObject({ name: "org/model", revision: "0123456789abcdef0123456789abcdef01234567", line: 1, column: 32 });
  });

  it("takes hf_hub_download repo_id and SentenceTransformer ids, not local paths or variables", () => {
    const found = detectCode(
      [
        `hf_hub_download(repo_id="TheBloke/Llama-2-7B-GGUF", filename="x.gguf")`,
        `SentenceTransformer("all-MiniLM-L6-v2")`,
        `AutoModel.from_pretrained("./local/checkpoint")`,
        `AutoModel.from_pretrained(model_path)`,
      ].join("\n"),
    );
    expect(found.map((f) => f.name)).toEqual(["TheBloke/Llama-2-7B-GGUF", "all-MiniLM-L6-v2"]);
  });

  it("ignores model literals in files that import no provider SDK", () => {
    expect(detectCode(`const config = { model: "gpt-4o" };\n`)).toEqual([]);
    expect(detectCode(`import express from "express";\nconst car = { model: "corolla" };\n`)).toEqual([]);
  });

  it("finds Go and Java provider models", () => {
    const go = detectCode(`package main\nimport (\n\t"github.com/openai/openai-go"\n)\nvar p = openai.ChatCompletionNewParams{Model: "gpt-4o"}\n`);
    expect(go).toMatchObject([{ name: "gpt-4o", provider: "openai", line: 5 }]);
    const java = detectCode(
      `import dev.langchain4j.model.anthropic.AnthropicChatModel;\nvar m = AnthropicChatModel.builder().modelName("claude-3-opus").build();\n`,
    );
    expect(java).toMatchObject([{ name: "claude-3-opus", provider: "anthropic", line: 2 }]);
  });

  it("finds Ollama models and serving images in compose files", () => {
    const found = detectContainer(
      `services:\n  llm:\n    image: vllm/vllm-openai:v0.6.2\n  tgi:\n    image: ghcr.io/huggingface/text-generation-inference:2.3\n  db:\n    image: postgres:16\n`,
    );
    expect(found.map((f) => `${f.line} ${f.name}`)).toEqual(["3 vllm/vllm-openai", "5 ghcr.io/huggingface/text-generation-inference"]);
    expect(detectContainer(`#!/bin/sh\nollama run mistral:7b-instruct\n# ollama pull ignored\n`)).toMatchObject([
      { name: "mistral", version: "7b-instruct", line: 2 },
    ]);
  });

  it("takes the hash of a Git LFS pointer without the blob", () => {
    const oid = "a".repeat(64);
    const pointer = Buffer.from(`version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 123456789\n`);
    expect(detectWeights("m/model.safetensors", pointer)).toMatchObject({ evidence: "Git LFS pointer", hashes: [{ alg: "SHA-256", value: oid }], line: 2 });
    expect(detectWeights("m/big.gguf", null)).toMatchObject({ hashes: [] });
  });

  it("keeps only the names of AI credentials", () => {
    expect(detectEnv(`export HF_TOKEN=hf_secret\nSECRET_KEY=x\n`)).toMatchObject([{ name: "HF_TOKEN", provider: "huggingface", line: 1 }]);
  });

  it("skips vendored trees and configured inventory excludes but still reads artifacts there", () => {
    const dir = writeTree(tempDir(), {
      "vendor/lib/requirements.txt": "openai==1.0\n",
      "node_modules/x/package.json": `{"dependencies":{"openai":"4"}}`,
      "examples/demo.py": `from openai import OpenAI\nOpenAI().chat.completions.create(model="gpt-4o")\n`,
      "app/requirements.txt": "anthropic==0.34\n",
    });
    dirs.push(dir);
    const { inventory } = scan(dir, { ...DEFAULT_CONFIG, inventory: { exclude: ["examples/"], catalogue: [] } });
    expect(inventory.map((i) => `${i.path} ${i.name}`)).toEqual(["app/requirements.txt anthropic"]);
  });

  it("adds catalogue entries from the configuration", () => {
    const dir = writeTree(tempDir(), { "requirements.txt": "acme_llm==2.0\n" });
    dirs.push(dir);
    const cfg = {
      ...DEFAULT_CONFIG,
      inventory: {
        exclude: [],
        catalogue: [{ ecosystem: "pypi" as const, package: "acme-llm", label: "Acme", category: "provider-sdk" as const, provider: "openai" }],
      },
    };
    expect(scan(dir, cfg).inventory).toMatchObject([{ name: "acme_llm", version: "2.0", provider: "openai" }]);
    expect(scan(dir, { ...DEFAULT_CONFIG }).inventory).toEqual([]);
  });
});
