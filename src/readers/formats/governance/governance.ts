// Governance documents kept as Markdown (AI policy, impact assessment, incident response, …):
// the `aigis:` front-matter block gives ownership, approval and review dates; the body is read as
// sections keyed by normalized heading text, each located at its heading.
import { inlineWaiversFromFrontMatter, withInlineWaivers } from "../../../parse/waiver-syntax.js";
import type { Position, ReadArtifact } from "../../../model/types.js";
import { declaredKind } from "../../declared-kind.js";
import { governanceKindFromContent, governanceKindFromPath, readMeta } from "./governance-meta.js";
import { proseFacts } from "./prose-facts.js";
import type { MarkdownDoc } from "../../../parse/markdown.js";
import { pointerJoin } from "../../../parse/positions.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { blankGovernanceDoc, filled } from "../../shapes.js";
import { SourceMapBuilder } from "../../../parse/source-map.js";
import { isDict, str, type Dict } from "../../../parse/values.js";
import type { ParsedDoc } from "../../../parse/yaml-doc.js";

/** A front matter with no keys: lets documents without one be read through the same code. */
const EMPTY_DOC: ParsedDoc = { value: {}, locate: () => null };

export function readGovernanceDoc(relPath: string, md: MarkdownDoc, text = ""): ReadArtifact {
  const fmDoc = md.frontMatter ?? EMPTY_DOC;
  const fm: Dict = isDict(fmDoc.value) ? fmDoc.value : {};
  const sm = new SourceMapBuilder(fmDoc);
  const h1 = md.sections.find((s) => s.level === 1);
  // Missing metadata is reported at the aigis block, else the front matter, else the title.
  const root: Position = fmDoc.locate(["aigis"]) ??
    (md.frontMatterLine ? { line: md.frontMatterLine, column: 1 } : null) ??
    h1?.position ??
    md.sections[0]?.position ?? { line: 1, column: 1 };
  sm.positions[""] = root;
  const problems = new ProblemList(md.frontMatter);
  const meta = readMeta(fm, [], sm, problems);
  // Facts written in the prose (`Approved by: …`, `Last reviewed: 2026-01-10`) fill what front matter left empty.
  for (const [key, fact] of Object.entries(proseFacts(text))) {
    const k = key as keyof typeof meta;
    if (meta[k] !== null && meta[k] !== undefined) continue;
    (meta as Record<string, unknown>)[k] = fact.value;
    sm.set(`/${k}`, fact.position);
  }

  const sections: Record<string, string> = {};
  for (const s of md.sections) {
    if (!s.key) continue;
    // The title heading holds the whole document; only its own introduction belongs to it.
    const body = s === h1 ? s.text : s.fullText;
    if (sections[s.key] === undefined || (!sections[s.key] && body)) {
      sections[s.key] = body;
      sm.set(pointerJoin("/sections", s.key), s.position);
    }
  }
  sm.set("/sections", md.sections.find((s) => s.level > 1)?.position ?? h1?.position ?? root);
  sm.set("/title", h1?.position ?? fmDoc.locate(["title"]));
  sm.set("/doc_kind", fmDoc.locate(["aigis", "kind"]) ?? root);

  const doc = filled(filled(blankGovernanceDoc({ id: relPath, path: relPath, format: "aigis-governance", format_version: null }), meta), {
    doc_kind: declaredKind(fm) ?? governanceKindFromPath(relPath) ?? governanceKindFromContent(relPath, text),
    title: str(fm["title"]) ?? h1?.title ?? null,
    sections,
  });
  recordProblems(doc, sm.positions, problems);
  const read = {
    artifact: doc,
    raw: { front_matter: fm, sections: md.sections }, // the sections as parsed: their texts are cleaned only if read
    positions: sm.positions,
  };
  return withInlineWaivers(read, inlineWaiversFromFrontMatter(md.frontMatter));
}
