// Governance documents (Markdown with an `aigis:` front-matter block, or named like one) and the
// AI system register (YAML).
import { markdownHead } from "../../declared-kind.js";
import type { FormatFamily } from "../../format.js";
import { parseMarkdown } from "../../../parse/markdown.js";
import { ARTIFACT_YAML, parseYaml } from "../../../parse/yaml-doc.js";
import { readGovernanceDoc } from "./governance.js";
import { governanceKindFromContent, governanceKindFromPath, NON_GOVERNANCE_KINDS } from "./governance-meta.js";
import { readRegister } from "./register.js";

export const REGISTER_NAMES = /^ai[-_]systems?([-_]register)?\.ya?ml$/i;

const MARKDOWN = [".md", ".markdown"];
const YAML = [".yaml", ".yml"];

export const governance: FormatFamily = {
  id: "governance",
  precedence: 70,
  forceable: ["governance", "register"],
  extensions: [...MARKDOWN, ...YAML],
  namedLike: (relPath) => REGISTER_NAMES.test(relPath.slice(relPath.lastIndexOf("/") + 1)) || governanceKindFromPath(relPath) !== null,
  recognisers: [
    {
      rank: 100,
      extensions: MARKDOWN,
      recognise: (file) => {
        const { kind } = markdownHead(file);
        return kind && !NON_GOVERNANCE_KINDS.includes(kind) ? { format: "governance", confirmed: true } : null;
      },
    },
    {
      // After the cards' names and titles: a model card under ai/governance/ stays a card.
      rank: 200,
      extensions: MARKDOWN,
      recognise: ({ relPath }) => (governanceKindFromPath(relPath) ? { format: "governance", confirmed: true } : null),
    },
    {
      // Last among Markdown: a transparency note by its own name, or a document whose title is a
      // governance document's name; a README that merely mentions a policy stays unread.
      rank: 510,
      extensions: MARKDOWN,
      recognise: ({ relPath, text }) => (governanceKindFromContent(relPath, text) ? { format: "governance", confirmed: true } : null),
    },
    {
      rank: 200,
      extensions: YAML,
      recognise: ({ text }) => (/^aigis\s*:[\s\S]{0,400}?\bkind\s*:\s*["']?system-register\b/m.test(text) ? { format: "register", confirmed: true } : null),
    },
    {
      rank: 400,
      extensions: YAML,
      recognise: ({ name }) => (REGISTER_NAMES.test(name) ? { format: "register", confirmed: false } : null),
    },
  ],
  read: ({ format }, relPath, text) =>
    format === "register" ? [readRegister(relPath, parseYaml(text, 1, ARTIFACT_YAML))] : [readGovernanceDoc(relPath, parseMarkdown(text), text)],
};
