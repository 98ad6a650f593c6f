// Rewrites a JavaScript file so that its text is ASCII where that changes nothing it does: a
// character past U+007F inside a string, an untagged template, a regular expression or a comment
// becomes a \uXXXX escape (one per UTF-16 unit, as the literal already held them). The CLI launcher
// reads an ASCII file as Latin-1, which costs a copy where UTF-8 costs a decode (src/cli-launcher.cjs).
// A tagged template keeps its text (its tag may read the raw string), as do an identifier and the
// line terminators U+2028 and U+2029; the result says how many characters were left, so the build
// can say the launcher will decode UTF-8. A regular expression's `source` and a function's
// `toString()` show the escapes: nothing in the bundle reads either.
import ts from "typescript";

/** @returns {{ text: string, left: number }} */
export function asciiOnly(text) {
  if (!/[^\0-\x7f]/.test(text)) return { text, left: 0 };
  const file = ts.createSourceFile("bundle.js", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  if (file.parseDiagnostics.length) throw new Error(`not valid JavaScript: ${file.parseDiagnostics[0].messageText}`);
  /** @type {Array<[number, number]>} */
  const ranges = [];
  const comment = (pos, end) => {
    ranges.push([pos, end]);
  };
  const tagged = (node) => {
    const template = ts.isTemplateSpan(node.parent) ? node.parent.parent : node.parent;
    return ts.isTaggedTemplateExpression(ts.isTemplateExpression(template) ? template.parent : template);
  };
  const visit = (node) => {
    ts.forEachLeadingCommentRange(text, node.pos, comment);
    ts.forEachTrailingCommentRange(text, node.end, comment);
    switch (node.kind) {
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.RegularExpressionLiteral:
        ranges.push([node.getStart(file), node.end]);
        break;
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      case ts.SyntaxKind.TemplateHead:
      case ts.SyntaxKind.TemplateMiddle:
      case ts.SyntaxKind.TemplateTail:
        if (!tagged(node)) ranges.push([node.getStart(file), node.end]);
        break;
    }
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);

  const inRange = new Uint8Array(text.length);
  for (const [pos, end] of ranges) inRange.fill(1, pos, end);
  let out = "";
  let from = 0;
  let left = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    // U+2028 and U+2029 are line terminators: in a comment one is a line break (automatic semicolons
    // see it), after a backslash in a string a line continuation. They stay as they are.
    if (!inRange[i] || c === 0x2028 || c === 0x2029) {
      left++;
      continue;
    }
    // `\…` is the character itself (an identity escape); `\\u2026` would be a backslash and text.
    let slashes = 0;
    while (i - slashes - 1 >= from && text.charCodeAt(i - slashes - 1) === 0x5c) slashes++;
    out += text.slice(from, slashes % 2 ? i - 1 : i) + `\\u${c.toString(16).padStart(4, "0")}`;
    from = i + 1;
  }
  return { text: out + text.slice(from), left };
}
