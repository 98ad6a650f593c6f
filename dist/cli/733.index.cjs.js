"use strict";
exports.id = 733;
exports.ids = [733];
exports.modules = {

/***/ 5733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderExplain: () => (/* binding */ renderExplain),
/* harmony export */   renderRulesJson: () => (/* binding */ renderRulesJson),
/* harmony export */   renderRulesMarkdown: () => (/* binding */ renderRulesMarkdown),
/* harmony export */   renderRulesText: () => (/* binding */ renderRulesText),
/* harmony export */   rulesReference: () => (/* binding */ rulesReference)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6121);

function rulesReference(rules, catalog) {
    const index = new _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .ControlIndex */ .e(catalog);
    return [...rules]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((r) => ({
        id: r.id,
        title: r.title,
        severity: r.severity,
        effort: r.effort ?? "small",
        applies_to: [...r.applies_to],
        description: r.description,
        remediation: r.remediation,
        example: r.example ?? null,
        heuristic: r.heuristic === true,
        ...(r.evidence === "none" ? { evidence: "none", evidence_reason: r.evidence_reason ?? "" } : {}),
        controls: r.controls.map((key) => {
            const c = index.get(key);
            // NIST subcategories have no official titles: aigis's short label is shown as a label.
            const title = c?.control.title_is_label ? `${c.control.title} (aigis label)` : (c?.control.title ?? key);
            return { key, title, url: c?.control.url ?? "", mapping: (r.crosswalk_backed ?? []).includes(key) ? "crosswalk" : "judgement" };
        }),
    }));
}
function renderRulesText(refs) {
    const lines = refs.map((r) => `${r.id.padEnd(14)} ${r.severity.padEnd(8)} ${r.title}${r.heuristic ? " (heuristic)" : ""}`);
    return lines.join("\n") + "\n";
}
function renderRulesJson(refs) {
    return JSON.stringify({ rules: refs }, null, 2) + "\n";
}
const oneLine = (s) => s.replace(/\s*\n\s*/g, " ").trim();
function renderRulesMarkdown(refs) {
    const out = [
        "# aigis rules reference",
        "",
        "Generated from each rule's `# METADATA` block and `catalog/controls.json` by",
        "`node dist/cli/index.js rules --format markdown`; do not edit by hand.",
        "",
        "Each cited control is marked **crosswalk** when a published crosswalk (NIST's AI RMF → ISO/IEC 42001",
        "crosswalk, or OWASP's Agentic → LLM Top 10 mapping) pairs it with another control the same rule cites,",
        "and **judgement** when the mapping is the project's own. The build checks every crosswalk mark.",
        "",
        "| id | severity | title | applies to |",
        "|---|---|---|---|",
        ...refs.map((r) => `| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${r.title}${r.heuristic ? " (heuristic)" : ""} | ${r.applies_to.join(", ")} |`),
        "",
    ];
    for (const r of refs) {
        out.push(`## ${r.id}`, "", `**${r.title}** · severity ${r.severity} · effort ${r.effort}${r.heuristic ? " · heuristic" : ""}`, "");
        if (r.evidence === "none")
            out.push(`Reports gaps only, never evidence of a control: ${oneLine(r.evidence_reason ?? "")}`, "");
        out.push(oneLine(r.description), "");
        out.push(`**Fix:** ${oneLine(r.remediation)}`, "");
        if (r.example)
            out.push("```", r.example, "```", "");
        out.push("| control | title | mapping |", "|---|---|---|");
        for (const c of r.controls)
            out.push(`| ${c.url ? `[${c.key}](${c.url})` : c.key} | ${c.title} | ${c.mapping} |`);
        out.push("");
    }
    return out.join("\n");
}
/** `aigis explain RULE-ID`: what the rule is for, the controls it cites, how to fix and how to waive. */
function renderExplain(ref) {
    const out = [
        `${ref.id}: ${ref.title}`,
        `severity ${ref.severity} · effort ${ref.effort}${ref.heuristic ? " · heuristic" : ""} · applies to ${ref.applies_to.join(", ") || "read errors"}`,
        "",
        oneLine(ref.description),
        "",
        "Controls (crosswalk = backed by a published crosswalk, judgement = the project's mapping):",
        ...ref.controls.map((c) => `  ${c.key.padEnd(28)} ${c.title} [${c.mapping}]${c.url ? `\n  ${"".padEnd(28)} ${c.url}` : ""}`),
        "",
        "How to fix:",
        `  ${oneLine(ref.remediation)}`,
    ];
    if (ref.example)
        out.push("", "Example:", ...ref.example.split("\n").map((l) => `  ${l}`));
    out.push("", "How to waive (accountable and temporary: a waived finding is listed as suppressed and never fails the check), in .aigis.yml:", "  waivers:", `    - rule: ${ref.id}`, '      path: "models/legacy/**"        # glob of the files it covers', "      reason: why the gap is accepted for now", "      owner: who answers for it", "      expires: YYYY-MM-DD             # at most waiver-max-days (default 365) from today", "Or inside the artifact, unless the configuration sets inline-waivers: forbid:", `  front matter:  aigis: {waivers: [{rule: ${ref.id}, reason: ..., owner: ..., expires: YYYY-MM-DD}]}`, `  CycloneDX:     {"name": "aigis:waive", "value": "${ref.id} until YYYY-MM-DD by <owner>: <reason>"}`, `Or switch it off for the repository: rules: {${ref.id}: off}`);
    return out.join("\n") + "\n";
}


/***/ })

};
;