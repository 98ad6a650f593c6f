// Prompt and instruction files: every line a model reads, located, with its role where the format
// has one, and the template variables it interpolates.
//   github-models  *.prompt.yml / *.prompt.yaml: name, model, modelParameters, messages[{role, content}]
//   prompty        *.prompty: YAML front matter (model.configuration…) + body with `system:`/`user:` markers
//   prompt-md      *.prompt.md, *.chatmode.md: front matter (mode, model, tools) + body
//   instructions   AGENTS.md, CLAUDE.md, GEMINI.md, .github/copilot-instructions.md, *.instructions.md, .clinerules, .windsurfrules
//   cursor-rules   .cursorrules, .cursor/rules/*.mdc
//   prompt-text    prompts/**: plain text or Markdown
import type { PromptLine, PromptVariable, ReadArtifact, SourceMap } from "../../../model/types.js";
import { ArtifactError } from "../../../parse/errors.js";
import { splitFrontMatter } from "../../../parse/markdown.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { arrayOf, isDict, str, type Dict } from "../../../parse/values.js";
import { ARTIFACT_YAML, parseYaml, type ParsedDoc } from "../../../parse/yaml-doc.js";
import { AgentScan, clean } from "./scan.js";
import { blankAgentConfig } from "./shape.js";
import { splitLines } from "../../../parse/positions.js";

const MAX_LINES = 5000;
/** Dialects that are templates: their `{{var}}` (and for plain text `{var}`) slots take input at run time. */
const TEMPLATE_DIALECTS = new Set(["github-models", "prompty", "prompt-md", "prompt-text"]);
const ROLE_MARKER = /^\s*(system|user|assistant|developer|tool)\s*:\s*$/i;

export function looksLikeGithubModelsPrompt(v: unknown): boolean {
  return isDict(v) && Array.isArray(v["messages"]) && v["messages"].some((m) => isDict(m) && typeof m["role"] === "string" && "content" in m);
}

/** One run of text lines a model reads (a message, a file body), with the file line of each. */
interface Block {
  role: string | null;
  lines: { text: string; line: number }[];
}

/** `doc` is the parsed YAML of a GitHub Models prompt when the caller has it already. */
export function readPrompt(relPath: string, text: string, dialect: string, parsed?: ParsedDoc): ReadArtifact {
  const scan = new AgentScan(text);
  const cfg = blankAgentConfig(relPath, "prompt", dialect);
  const pos: SourceMap = scan.positions;
  let blocks: Block[];
  let problems: ProblemList;
  if (dialect === "github-models") {
    const doc = parsed ?? parseYaml(text, 1, ARTIFACT_YAML);
    if (!isDict(doc.value)) throw new ArtifactError("a GitHub Models prompt file must be a YAML mapping with messages");
    const masked = scan.scanDocument(doc) as Dict;
    problems = new ProblemList(doc);
    blocks = messageBlocks(doc, masked, text, problems);
    cfg.prompt.name = cleanOrNull(masked["name"]);
    cfg.prompt.model = cleanOrNull(masked["model"]);
    cfg.prompt.json_output = jsonOutput(masked["responseFormat"]) || jsonOutput(dictOf(masked["modelParameters"])["response_format"]);
    pos[""] = doc.locate(["messages"]) ?? doc.locate(["name"]) ?? { line: 1, column: 1 };
    pos["/prompt/model"] = doc.locate(["model"]) ?? pos[""];
  } else {
    const split = markdownParts(text, dialect);
    problems = new ProblemList(split.frontMatter);
    if (split.frontMatterError) problems.addAt("", split.frontMatterError, { line: split.frontMatterLine, column: 1 });
    // Front matter values are scanned with their keys (model.configuration.api_key) before the lines.
    const fm = split.frontMatter && isDict(split.frontMatter.value) ? (scan.scanDocument(split.frontMatter) as Dict) : {};
    const model = isDict(fm["model"]) ? (fm["model"] as Dict) : null;
    const conf = model && isDict(model["configuration"]) ? (model["configuration"] as Dict) : {};
    cfg.prompt.name = cleanOrNull(fm["name"] ?? fm["title"]);
    cfg.prompt.model = cleanOrNull(model ? (conf["azure_deployment"] ?? conf["model"] ?? conf["name"] ?? model["id"]) : fm["model"]);
    // Prompty keeps OpenAI's request parameters under model.parameters (older files: model.options).
    cfg.prompt.json_output = [dictOf(model?.["parameters"]), dictOf(model?.["options"]), fm].some((d) => jsonOutput(d["response_format"]));
    blocks = bodyBlocks(text, split.bodyStart, dialect);
    pos[""] = { line: split.frontMatter ? split.frontMatterLine : split.bodyStart, column: 1 };
    pos["/prompt/model"] = split.frontMatter?.locate(["model"]) ?? pos[""];
  }
  scan.scanLines("prompt text");
  cfg.name = cfg.prompt.name;
  fillLines(cfg.prompt.lines, cfg.prompt.variables, blocks, dialect, pos);
  pos["/prompt/lines"] = cfg.prompt.lines.length ? pos["/prompt/lines/0"]! : pos[""]!;
  cfg.secrets = scan.secrets;
  cfg.hidden_unicode = scan.hidden;
  recordProblems(cfg, pos, problems);
  return { artifact: scan.scrub(cfg), raw: null, positions: pos };
}

const dictOf = (v: unknown): Dict => (isDict(v) ? v : {});

/**
 * A response format that constrains the answer to JSON: GitHub Models `responseFormat: json_object`
 * or `json_schema` (https://docs.github.com/en/github-models/use-github-models/storing-prompts-in-github-repositories),
 * OpenAI and Prompty `response_format: {type: json_object | json_schema}`. `text` is no constraint.
 */
function jsonOutput(v: unknown): boolean {
  const type = isDict(v) ? v["type"] : v;
  return type === "json_object" || type === "json_schema";
}

function cleanOrNull(v: unknown): string | null {
  const s = str(v);
  return s === null ? null : clean(s);
}

/** GitHub Models messages: each content's lines, placed at the file line that holds them. */
function messageBlocks(doc: ParsedDoc, masked: Dict, text: string, problems: ProblemList): Block[] {
  const fileLines = splitLines(text);
  const blocks: Block[] = [];
  arrayOf(masked["messages"]).forEach((m, i) => {
    if (!isDict(m) || typeof m["content"] !== "string") {
      problems.add(["messages", i], "each message needs a role and a text content");
      return;
    }
    const at = doc.locate(["messages", i, "content"]) ?? doc.locate(["messages", i]) ?? { line: 1, column: 1 };
    const content = m["content"];
    const lines: Block["lines"] = [];
    let cursor = at.line;
    for (const l of splitLines(content)) {
      // The source line that holds this value line: the key's line for inline text, the next
      // lines for a block scalar. Folded or quoted text is matched by its first characters.
      const probe = l.trim().slice(0, 30);
      if (probe) {
        for (let n = cursor; n <= Math.min(fileLines.length, cursor + 50); n++) {
          if (fileLines[n - 1]!.includes(probe)) {
            cursor = n;
            break;
          }
        }
      }
      lines.push({ text: l, line: cursor });
    }
    blocks.push({ role: str(m["role"]), lines });
  });
  return blocks;
}

interface MarkdownParts {
  frontMatter: ParsedDoc | null;
  frontMatterLine: number;
  frontMatterError: string | null;
  bodyStart: number;
}

/** Front matter (when the file has one) and where the body starts. Cursor rules' front matter is not always YAML (`globs: *.ts`): that is not a problem. */
function markdownParts(text: string, dialect: string): MarkdownParts {
  const fm = splitFrontMatter(text);
  if (!fm) return { frontMatter: null, frontMatterLine: 1, frontMatterError: null, bodyStart: 1 };
  const bodyStart = fm.startLine + splitLines(fm.yaml).length + 1;
  try {
    return { frontMatter: parseYaml(fm.yaml, fm.startLine, ARTIFACT_YAML), frontMatterLine: fm.openLine, frontMatterError: null, bodyStart };
  } catch (e) {
    const lenient = dialect === "cursor-rules" || dialect === "instructions";
    const reason = e instanceof ArtifactError ? e.reason : "invalid YAML";
    return {
      frontMatter: null,
      frontMatterLine: e instanceof ArtifactError ? e.line : fm.openLine,
      frontMatterError: lenient ? null : `front matter: ${reason}`,
      bodyStart,
    };
  }
}

/** A file body as one block, split at Prompty role markers. */
function bodyBlocks(text: string, bodyStart: number, dialect: string): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [{ role: dialect === "prompty" ? "system" : null, lines: [] }];
  for (let n = bodyStart; n <= lines.length; n++) {
    const l = lines[n - 1]!;
    const marker = dialect === "prompty" ? ROLE_MARKER.exec(l) : null;
    if (marker) blocks.push({ role: marker[1]!.toLowerCase(), lines: [] });
    else blocks[blocks.length - 1]!.lines.push({ text: l, line: n });
  }
  return blocks.filter((b) => b.lines.length);
}

// Template slots: `{{ name }}` (GitHub Models, Prompty, Jinja, Handlebars) and, in plain text
// prompts, Python/LangChain `{name}`. Block helpers (`{{#each}}`, `{{/if}}`, `{% … %}`) are not slots.
const DOUBLE = /\{\{\s*([A-Za-z_][\w.-]*)\s*(?:\|[^}]*)?\}\}/g;
const SINGLE = /(?<![{$\\])\{([A-Za-z_][\w.]*)\}(?!\})/g;
const OPEN_TAG = /<([A-Za-z][\w:-]*)(?:\s[^<>]*)?>\s*$/;
const CLOSE_TAG = /^\s*<\/([A-Za-z][\w:-]*)\s*>/;
const DELIMITER_LINE = /^\s*(```+|~~~+|"""|'''|-{3,}|={3,}|#{3,}|<{3,}|>{3,}|\*{3,})\s*\w*\s*$/;
const QUOTES: [string, string][] = [
  ['"""', '"""'],
  ["'''", "'''"],
  ["```", "```"],
  ['"', '"'],
  ["'", "'"],
  ["`", "`"],
  ["«", "»"],
  ["“", "”"],
  ["[", "]"],
];

/** The slot is wrapped on its own line: quotes, backticks, brackets or a tag pair around it. */
function wrappedInline(before: string, after: string): boolean {
  const b = before.trimEnd();
  const a = after.trimStart();
  if (QUOTES.some(([open, close]) => b.endsWith(open) && a.startsWith(close))) return true;
  const tag = /<([A-Za-z][\w:-]*)(?:\s[^<>]*)?>$/.exec(b);
  return !!tag && a.startsWith(`</${tag[1]}>`);
}

function fillLines(out: PromptLine[], vars: PromptVariable[], blocks: Block[], dialect: string, pos: SourceMap): void {
  const template = TEMPLATE_DIALECTS.has(dialect);
  const markdown = dialect !== "github-models";
  for (const block of blocks) {
    const openTags: string[] = [];
    let inDelimited = false;
    let fence: string | null = null;
    for (const { text, line } of block.lines) {
      if (out.length >= MAX_LINES) return;
      const trimmed = text.trim();
      const fenceMark = /^\s*(```+|~~~+)/.exec(text)?.[1] ?? null;
      const close = CLOSE_TAG.exec(text);
      if (close && openTags[openTags.length - 1] === close[1]) openTags.pop();
      const isDelimiter = DELIMITER_LINE.test(text);
      if (trimmed !== "" && !isDelimiter) {
        const code = markdown && fence !== null;
        const inFence = fence !== null;
        const index = out.length;
        const pointer = `/prompt/lines/${index}`;
        // Masked before it is cut, so a token split at the cut cannot slip through half-masked.
        out.push({ pointer, role: block.role ? clean(block.role) : null, text: clean(text).slice(0, 2000), code });
        pos[pointer] = { line, column: 1 };
        if (template) {
          const slots = [...text.matchAll(DOUBLE), ...(dialect === "prompt-text" ? text.matchAll(SINGLE) : [])];
          for (const m of slots) {
            const vp = `/prompt/variables/${vars.length}`;
            const enclosed = openTags.length > 0 || inDelimited || inFence || wrappedInline(text.slice(0, m.index), text.slice(m.index! + m[0].length));
            vars.push({ pointer: vp, name: clean(m[1]!), line: index, delimited: enclosed });
            pos[vp] = { line, column: m.index! + 1 };
          }
        }
      }
      if (fenceMark) fence = fence === null ? fenceMark : fenceMark.startsWith(fence[0]!) && fenceMark.length >= fence.length ? null : fence;
      else if (isDelimiter) inDelimited = !inDelimited;
      const open = OPEN_TAG.exec(text);
      if (open && !new RegExp(`</${open[1]}>`).test(text)) openTags.push(open[1]!);
    }
  }
}
