// The `aigis.kind` a document declares in its front matter: cards and governance documents both
// defer to it before any name or content test.
import { isDict, str } from "../parse/values.js";
import { ARTIFACT_YAML, parseYaml } from "../parse/yaml-doc.js";
import { splitFrontMatter } from "../parse/markdown.js";

/** The `aigis.kind` a front matter or register declares, if any. */
export function declaredKind(v: unknown): string | null {
  return isDict(v) && isDict(v["aigis"]) ? str(v["aigis"]["kind"]) : null;
}

/** `aigis.kind` from front matter text, or null when absent or unparsable (the reader reports syntax). */
export function frontMatterKind(yaml: string): string | null {
  if (!/^aigis\s*:/m.test(yaml)) return null;
  try {
    return declaredKind(parseYaml(yaml, 1, ARTIFACT_YAML).value);
  } catch {
    return null;
  }
}

const seen = new WeakMap<object, { fm: string; kind: string | null }>();

/** The front matter of a Markdown file and the kind it declares, worked out once per file. */
export function markdownHead(file: { text: string }): { fm: string; kind: string | null } {
  let head = seen.get(file);
  if (!head) {
    const fm = splitFrontMatter(file.text)?.yaml ?? "";
    head = { fm, kind: frontMatterKind(fm) };
    seen.set(file, head);
  }
  return head;
}
