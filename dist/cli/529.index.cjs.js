"use strict";
exports.id = 529;
exports.ids = [529];
exports.modules = {

/***/ 6529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MERGE_EXIT: () => (/* binding */ MERGE_EXIT),
  MERGE_HELP: () => (/* binding */ MERGE_HELP),
  MergeUsageError: () => (/* reexport */ usage/* MergeUsageError */.O),
  mergeCommand: () => (/* binding */ mergeCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(1122);
// EXTERNAL MODULE: ./src/parse/waiver-syntax.ts
var waiver_syntax = __webpack_require__(4675);
// EXTERNAL MODULE: ./src/outputs.ts + 6 modules
var outputs = __webpack_require__(2604);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/merge/inputs.ts
// The report files `aigis merge` reads: files named on the command line, and the *.json files under
// directories named there (the layout actions/download-artifact leaves: one directory per artifact).
// Listed in a fixed order, so the same inputs give the same merge and the same skip messages.


class InputError extends Error {
}
function listReportFiles(inputs) {
    const files = [];
    const passed = [];
    const seen = new Set();
    const addFile = (shown, abs) => {
        const real = external_node_fs_default().realpathSync(abs);
        if (seen.has(real))
            return; // the same file named twice, or found under two named directories
        seen.add(real);
        files.push({ shown, abs });
    };
    for (const input of inputs) {
        let st;
        try {
            st = external_node_fs_default().statSync(input);
        }
        catch (e) {
            throw new InputError(`${input}: ${e.code === "ENOENT" ? "no such file or directory" : e.message}`);
        }
        if (st.isDirectory())
            walk(input, addFile, passed);
        else
            addFile(input, external_node_path_default().resolve(input));
    }
    return { files, passed };
}
function walk(dir, addFile, passed) {
    const entries = external_node_fs_default().readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
        const shown = external_node_path_default().join(dir, e.name);
        if (e.isSymbolicLink()) {
            if (e.name.endsWith(".json"))
                passed.push({ source: shown, reason: "a symbolic link; links under a directory are not followed (name the file itself)" });
        }
        else if (e.isDirectory())
            walk(shown, addFile, passed);
        else if (e.isFile() && e.name.endsWith(".json"))
            addFile(shown, external_node_path_default().resolve(shown));
    }
}

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
// EXTERNAL MODULE: ./src/model/order.ts
var order = __webpack_require__(6553);
;// CONCATENATED MODULE: ./src/merge/aggregate.ts
// The organisation view, built one report summary at a time: per-repository rows, totals that are
// the sums of those rows, the top gaps across repositories, the AI inventory across repositories and
// the waivers that expire soon. Everything is sorted at the end, so the view does not depend on the
// order reports were read in, and nothing in it depends on the clock except the waiver window's `today`.



const MERGE_VERSION = 1;
/** Waivers expiring within this many days of `today` are listed. */
const WAIVER_WINDOW_DAYS = 30;
const round1 = (n) => Math.round(n * 10) / 10;
class OrgAggregate {
    version;
    todayText;
    rows = [];
    skippedReports = [];
    frameworks = new Map();
    gaps = new Map();
    inventory = new Map();
    waivers = [];
    today;
    constructor(version, todayText) {
        this.version = version;
        this.todayText = todayText;
        const day = (0,waiver_syntax/* dayNumber */.U$)(todayText);
        if (day === null)
            throw new Error(`today ${todayText} is not a YYYY-MM-DD date`);
        this.today = day;
    }
    skip(source, reason) {
        this.skippedReports.push({ source, reason });
    }
    add(s) {
        const { frameworks, gaps, inventory, waivers, ...row } = s;
        this.rows.push({
            ...row,
            by_severity: { ...s.by_severity },
            readiness: Object.fromEntries(frameworks.map((f) => [f.id, f.score])),
            uses_ai: inventory === null ? null : inventory.length > 0,
        });
        for (const f of frameworks) {
            const t = this.frameworks.get(f.id) ?? { name: f.name, scores: [], statuses: {} };
            if (f.score !== null)
                t.scores.push(f.score);
            for (const [status, n] of Object.entries(f.statuses))
                t.statuses[status] = (t.statuses[status] ?? 0) + n;
            this.frameworks.set(f.id, t);
        }
        for (const g of gaps) {
            const t = this.gaps.get(g.rule) ?? { title: g.title, severity: g.severity, findings: 0, where: new Set() };
            t.findings += g.findings;
            t.where.add(s.repository);
            if (types/* SEVERITIES */.o.indexOf(g.severity) < types/* SEVERITIES */.o.indexOf(t.severity))
                t.severity = g.severity;
            this.gaps.set(g.rule, t);
        }
        for (const item of inventory ?? []) {
            const key = JSON.stringify([item.kind, item.name, item.provider]);
            const t = this.inventory.get(key) ?? { ...item, where: new Set() };
            t.where.add(s.repository);
            this.inventory.set(key, t);
        }
        for (const w of waivers) {
            const day = (0,waiver_syntax/* dayNumber */.U$)(w.expires);
            if (day === null)
                continue;
            const left = day - this.today;
            // An expired waiver no longer suppresses anything (the finding is active again), so only those still running.
            if (left >= 0 && left <= WAIVER_WINDOW_DAYS)
                this.waivers.push({ repository: s.repository, rule: w.rule, owner: w.owner, expires: w.expires, days_left: left, reason: w.reason, source: w.source });
        }
    }
    view() {
        const rows = [...this.rows].sort((a, b) => (0,order/* compareText */.n)(a.repository, b.repository) || (0,order/* compareText */.n)(a.source, b.source));
        const sum = (pick) => rows.reduce((n, r) => n + pick(r), 0);
        const bySeverity = Object.fromEntries(types/* SEVERITIES */.o.map((s) => [s, sum((r) => r.by_severity[s])]));
        return {
            merge_version: MERGE_VERSION,
            tool: { name: "aigis", version: this.version },
            today: this.todayText,
            totals: {
                reports: rows.length,
                skipped: this.skippedReports.length,
                passed: rows.filter((r) => r.passed).length,
                failed: rows.filter((r) => !r.passed).length,
                artifacts: sum((r) => r.artifacts),
                findings: sum((r) => r.findings),
                blocking: sum((r) => r.blocking),
                suppressed: sum((r) => r.suppressed),
                by_severity: bySeverity,
                using_ai: rows.filter((r) => r.uses_ai === true).length,
                not_using_ai: rows.filter((r) => r.uses_ai === false).length,
                no_inventory: rows.filter((r) => r.uses_ai === null).length,
            },
            repositories: rows,
            readiness: [...this.frameworks.entries()]
                .map(([id, t]) => ({
                id,
                name: t.name,
                repositories: t.scores.length,
                mean: t.scores.length ? round1(t.scores.reduce((a, b) => a + b, 0) / t.scores.length) : null,
                min: t.scores.length ? Math.min(...t.scores) : null,
                max: t.scores.length ? Math.max(...t.scores) : null,
                statuses: sortedKeys(t.statuses),
            }))
                .sort((a, b) => (0,order/* compareText */.n)(a.id, b.id)),
            // Most severe first, then the gaps most repositories share: where one fix pattern helps most.
            top_gaps: [...this.gaps.entries()]
                .map(([rule, t]) => ({ rule, title: t.title, severity: t.severity, repositories: t.where.size, findings: t.findings, where: [...t.where].sort(order/* compareText */.n) }))
                .sort((a, b) => types/* SEVERITIES */.o.indexOf(a.severity) - types/* SEVERITIES */.o.indexOf(b.severity) ||
                b.repositories - a.repositories ||
                b.findings - a.findings ||
                (0,order/* compareText */.n)(a.rule, b.rule)),
            inventory: [...this.inventory.values()]
                .map((t) => ({ kind: t.kind, name: t.name, provider: t.provider, repositories: [...t.where].sort(order/* compareText */.n) }))
                .sort((a, b) => b.repositories.length - a.repositories.length || (0,order/* compareText */.n)(a.kind, b.kind) || (0,order/* compareText */.n)(a.provider ?? "", b.provider ?? "") || (0,order/* compareText */.n)(a.name, b.name)),
            expiring_waivers: [...this.waivers].sort((a, b) => a.days_left - b.days_left || (0,order/* compareText */.n)(a.repository, b.repository) || (0,order/* compareText */.n)(a.rule, b.rule) || (0,order/* compareText */.n)(a.source, b.source)),
            skipped: [...this.skippedReports].sort((a, b) => (0,order/* compareText */.n)(a.source, b.source)),
        };
    }
}
function sortedKeys(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (0,order/* compareText */.n)(a, b)));
}

// EXTERNAL MODULE: ./src/report/report.ts + 3 modules
var report = __webpack_require__(2262);
// EXTERNAL MODULE: ./src/report/untrusted.ts
var untrusted = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/merge/summary.ts
// One report reduced to what the organisation view needs: its verdict, readiness per framework,
// counts by severity, the rules it has gaps on, the AI it uses and its waivers. Only this summary is
// kept after a report is read, so merging 2,000 reports never holds 2,000 reports.
// A report is ours when `tool.name` is "aigis" and its `report_version` is one this build reads;
// anything else is foreign and named with the reason. Reports come from many repositories, so every
// string is made inert and bounded here (untrusted.ts) before any renderer sees it.



class ForeignReport extends Error {
}
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const count = (v) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null);
const summary_text = (v) => (typeof v === "string" && v.trim() ? (0,untrusted/* untrustedName */.gW)(v.trim()) : null);
const isSeverity = (v) => typeof v === "string" && types/* SEVERITIES */.o.includes(v);
/** Throws ForeignReport (with the reason) for anything that is not a report this build can merge. */
function summarize(doc, source) {
    if (!isObject(doc))
        throw new ForeignReport("not a JSON object");
    const tool = doc["tool"];
    if (!isObject(tool) || tool["name"] !== "aigis")
        throw new ForeignReport('not an aigis report (no tool.name "aigis")');
    // The organisation scan's record of a repository it could not clone or check (scripts/org-scan/scan-batch.sh).
    if (typeof doc["scan_error"] === "string")
        throw new ForeignReport(`no report for ${summary_text(doc["repository"]) ?? "a repository"}: ${(0,untrusted/* untrustedName */.gW)(doc["scan_error"])}`);
    if (doc["report_version"] !== report/* REPORT_VERSION */.Aj)
        throw new ForeignReport(`report_version ${JSON.stringify(doc["report_version"])} is not one this aigis reads (${report/* REPORT_VERSION */.Aj}); merge with the aigis that made it`);
    const summary = doc["summary"];
    if (!isObject(summary))
        throw new ForeignReport("no summary");
    const bySeverity = summary["by_severity"];
    const severities = {};
    for (const s of types/* SEVERITIES */.o) {
        const n = isObject(bySeverity) ? count(bySeverity[s]) : null;
        if (n === null)
            throw new ForeignReport(`summary.by_severity.${s} is not a count`);
        severities[s] = n;
    }
    const numbers = Object.fromEntries(["artifacts", "findings", "blocking", "suppressed"].map((k) => {
        const n = count(summary[k]);
        if (n === null)
            throw new ForeignReport(`summary.${k} is not a count`);
        return [k, n];
    }));
    if (typeof doc["passed"] !== "boolean")
        throw new ForeignReport("passed is not true or false");
    if (!Array.isArray(doc["findings"]))
        throw new ForeignReport("findings is not a list");
    const readiness = isObject(doc["readiness"]) ? doc["readiness"] : {};
    return {
        repository: summary_text(doc["repository"]) ?? (0,untrusted/* untrustedName */.gW)(source),
        commit: summary_text(doc["commit"]),
        ref: summary_text(doc["ref"]),
        source: (0,untrusted/* untrustedName */.gW)(source),
        tool_version: summary_text(tool["version"]) ?? "unknown",
        threshold: summary_text(doc["threshold"]) ?? "unknown",
        passed: doc["passed"],
        ...numbers,
        by_severity: severities,
        overall: score(readiness["overall"]),
        frameworks: frameworks(readiness["frameworks"]),
        gaps: gaps(doc["findings"]),
        inventory: inventory(doc["inventory"]),
        waivers: waivers(doc["suppressed"]),
    };
}
function score(v) {
    return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100 ? v : null;
}
function frameworks(list) {
    if (!Array.isArray(list))
        return [];
    return list.filter(isObject).flatMap((f) => {
        const id = summary_text(f["id"]);
        if (!id)
            return [];
        const statuses = {};
        for (const c of Array.isArray(f["controls"]) ? f["controls"] : []) {
            const status = isObject(c) ? summary_text(c["status"]) : null;
            if (status)
                statuses[status] = (statuses[status] ?? 0) + 1;
        }
        return [{ id, name: summary_text(f["name"]) ?? id, score: score(f["score"]), statuses }];
    });
}
/** Active findings by rule, with the highest severity seen. */
function gaps(findings) {
    const byRule = new Map();
    for (const f of findings) {
        if (!isObject(f))
            continue;
        const rule = summary_text(f["rule"]);
        if (!rule || !isSeverity(f["severity"]))
            continue;
        const gap = byRule.get(rule) ?? { rule, title: summary_text(f["title"]) ?? rule, severity: f["severity"], findings: 0 };
        gap.findings++;
        if (types/* SEVERITIES */.o.indexOf(f["severity"]) < types/* SEVERITIES */.o.indexOf(gap.severity))
            gap.severity = f["severity"];
        byRule.set(rule, gap);
    }
    return [...byRule.values()];
}
/**
 * The observed AI inventory: a list of items, or an object of lists by kind (models, providers,
 * weights…). Each distinct kind/name/provider is kept once per repository; where it was seen stays
 * in the repository's own report.
 */
function inventory(section) {
    if (section === undefined || section === null)
        return null;
    const items = new Map();
    const add = (entry, group) => {
        if (!isObject(entry))
            return;
        const name = summary_text(entry["name"]) ?? summary_text(entry["model"]) ?? summary_text(entry["id"]) ?? summary_text(entry["package"]);
        if (!name)
            return;
        const kind = summary_text(entry["kind"]) ?? summary_text(entry["type"]) ?? (group ? singular(group) : "item");
        const provider = summary_text(entry["provider"]) ?? summary_text(entry["vendor"]) ?? summary_text(entry["supplier"]);
        items.set(JSON.stringify([kind, name, provider]), { kind, name, provider });
    };
    if (Array.isArray(section))
        section.forEach((e) => add(e, null));
    else if (isObject(section)) {
        for (const [group, list] of Object.entries(section))
            if (Array.isArray(list))
                list.forEach((e) => add(e, group));
    }
    return [...items.values()];
}
function singular(group) {
    return group === "weights" ? "weights" : group.endsWith("s") ? group.slice(0, -1) : group;
}
/** The waivers behind the report's suppressed findings, once each. */
function waivers(suppressed) {
    if (!Array.isArray(suppressed))
        return [];
    const seen = new Map();
    for (const f of suppressed) {
        const s = isObject(f) && isObject(f["suppression"]) ? f["suppression"] : null;
        const rule = isObject(f) ? summary_text(f["rule"]) : null;
        const expires = s ? summary_text(s["expires"]) : null;
        if (!s || !rule || !expires || !/^\d{4}-\d{2}-\d{2}$/.test(expires))
            continue;
        const w = { rule, owner: summary_text(s["owner"]) ?? "", expires, reason: summary_text(s["reason"]) ?? "", source: summary_text(s["source"]) ?? "" };
        seen.set(`${rule}\u0000${w.source}`, w);
    }
    return [...seen.values()];
}

;// CONCATENATED MODULE: ./src/merge/read.ts
// Reads one report file into its summary, or says why it cannot be merged. One file at a time: the
// parsed report is dropped as soon as it is summarized, so memory is bounded by the largest report.


/** Larger than any report a scan writes (a 100,000-finding monorepo's is ~40 MB), below V8's longest string. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
function readReport(abs, shown) {
    let text;
    try {
        const size = external_node_fs_default().statSync(abs).size;
        if (size > MAX_REPORT_BYTES)
            return { ok: false, reason: `${size} bytes, more than the ${MAX_REPORT_BYTES} a report may have` };
        text = external_node_fs_default().readFileSync(abs, "utf8");
    }
    catch (e) {
        return { ok: false, reason: `could not be read: ${e.code ?? e.message}` };
    }
    let doc;
    try {
        doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (e) {
        // The parser's message quotes the file; only where it broke is kept.
        const at = /position (\d+)/.exec(e.message);
        return { ok: false, reason: text.trim() === "" ? "empty file" : `not valid JSON${at ? ` (at character ${at[1]})` : ""}` };
    }
    try {
        return { ok: true, summary: summarize(doc, shown) };
    }
    catch (e) {
        if (e instanceof ForeignReport)
            return { ok: false, reason: e.message };
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/merge/merge.ts
// `aigis merge`: many reports in, one organisation view out. Reads the reports one by one, keeps
// their summaries only, and names every file it could not merge, so a missing repository is never
// silent.




function mergeReports(inputs, opts) {
    const aggregate = new OrgAggregate(opts.version, opts.today);
    const skip = (file, reason) => {
        // A file name under a downloaded directory is whatever the artifact's maker chose: shown inert.
        const source = (0,untrusted/* untrustedName */.gW)(file);
        aggregate.skip(source, reason);
        opts.onSkip?.(source, reason);
    };
    const listing = listReportFiles(inputs);
    for (const p of listing.passed)
        skip(p.source, p.reason);
    for (const file of listing.files) {
        const outcome = readReport(file.abs, file.shown);
        if (outcome.ok)
            aggregate.add(outcome.summary);
        else
            skip(file.shown, outcome.reason);
    }
    return aggregate.view();
}

// EXTERNAL MODULE: ./src/sinks/markdown.ts + 1 modules
var markdown = __webpack_require__(9089);
;// CONCATENATED MODULE: ./src/merge/sections.ts
// The organisation view as titled tables of plain text, once, so the Markdown summary and the HTML
// page show the same things in the same order; each renderer only escapes and lays them out.


const MARKDOWN_LIMITS = { gaps: 10, inventory: 25, where: 5, repositories: 1000 };
const HTML_LIMITS = { gaps: 50, inventory: 500, where: 20, repositories: Infinity };
const sections_score = (n) => (n === null ? "–" : `${n}%`);
function headline(view) {
    const t = view.totals;
    const sev = types/* SEVERITIES */.o.map((s) => `${t.by_severity[s]} ${s}`).join(", ");
    const ai = t.no_inventory === t.reports ? "" : ` · ${t.using_ai} use AI`;
    const skipped = t.skipped ? ` (${t.skipped} skipped)` : "";
    return `${t.reports} repositories merged${skipped} · ${t.passed} passed, ${t.failed} failed · ${t.findings} findings (${sev}), ${t.suppressed} waived${ai}`;
}
const STATEMENT = "A readiness snapshot from each repository's evidence, not a certification. Totals are the sums of the merged reports; skipped reports are not in them.";
function sections(view, limits) {
    const frameworks = view.readiness.map((f) => f.id);
    const cap = (list, n, what) => list.length > n ? { shown: list.slice(0, n), more: `${list.length - n} more ${what} in the JSON view` } : { shown: list };
    const where = (repos) => repos.length > limits.where ? `${repos.slice(0, limits.where).join(", ")} and ${repos.length - limits.where} more` : repos.join(", ");
    const tables = [];
    tables.push({
        title: "Readiness by framework",
        note: "Mean, lowest and highest score over the repositories that had controls assessed for the framework.",
        headers: ["Framework", "Repositories", "Mean", "Lowest", "Highest"],
        numeric: [1, 2, 3, 4],
        rows: view.readiness.map((f) => [f.name, String(f.repositories), sections_score(f.mean), sections_score(f.min), sections_score(f.max)]),
    });
    const gaps = cap(view.top_gaps, limits.gaps, "rules");
    tables.push({
        title: "Top gaps across repositories",
        note: "Rules with unwaived findings, most severe first, then by how many repositories share them.",
        headers: ["Rule", "Severity", "Repositories", "Findings", "Title", "Where"],
        numeric: [2, 3],
        rows: gaps.shown.map((g) => [g.rule, g.severity, String(g.repositories), String(g.findings), g.title, where(g.where)]),
        ...(gaps.more ? { more: gaps.more } : {}),
    });
    const inventory = cap(view.inventory, limits.inventory, "items");
    const t = view.totals;
    tables.push({
        title: "AI in use across repositories",
        note: t.no_inventory === t.reports
            ? "None of the merged reports has an AI inventory (they were made by an aigis that did not report one)."
            : `${t.using_ai} repositories use AI, ${t.not_using_ai} showed none${t.no_inventory ? `, ${t.no_inventory} reports have no inventory` : ""}.`,
        headers: ["Kind", "Name", "Provider", "Repositories", "Where"],
        numeric: [3],
        rows: inventory.shown.map((i) => [i.kind, i.name, i.provider ?? "–", String(i.repositories.length), where(i.repositories)]),
        ...(inventory.more ? { more: inventory.more } : {}),
    });
    tables.push({
        title: `Waivers expiring in the next ${WAIVER_WINDOW_DAYS} days`,
        note: `From ${view.today}. When a waiver expires its findings count again.`,
        headers: ["Expires", "Days left", "Repository", "Rule", "Owner", "Reason", "Waiver"],
        numeric: [1],
        rows: view.expiring_waivers.map((w) => [w.expires, String(w.days_left), w.repository, w.rule, w.owner, w.reason, w.source]),
    });
    const repos = cap(view.repositories, limits.repositories, "repositories");
    tables.push({
        title: "Repositories",
        headers: [
            "Repository",
            "Verdict",
            "Overall",
            ...view.readiness.map((f) => f.name),
            ...types/* SEVERITIES */.o.map((s) => s[0].toUpperCase() + s.slice(1)),
            "Waived",
            "Commit",
        ],
        numeric: [2, ...frameworks.map((_, i) => 3 + i), ...types/* SEVERITIES */.o.map((_, i) => 3 + frameworks.length + i), 3 + frameworks.length + types/* SEVERITIES */.o.length],
        rows: repos.shown.map((r) => [
            r.repository,
            r.passed ? `passed (fail-on ${r.threshold})` : `failed: ${r.blocking} at or above ${r.threshold}`,
            sections_score(r.overall),
            ...frameworks.map((id) => (id in r.readiness ? sections_score(r.readiness[id]) : "–")),
            ...types/* SEVERITIES */.o.map((s) => String(r.by_severity[s])),
            String(r.suppressed),
            r.commit ? r.commit.slice(0, 12) : "–",
        ]),
        ...(repos.more ? { more: repos.more } : {}),
    });
    if (view.skipped.length) {
        tables.push({
            title: "Skipped reports",
            note: "Not merged, so not in any total above.",
            headers: ["File", "Reason"],
            rows: view.skipped.map((s) => [s.source, s.reason]),
        });
    }
    return tables;
}

;// CONCATENATED MODULE: ./src/merge/render.ts
// The organisation view in three formats: JSON (everything, deterministic), Markdown (the job
// summary: capped tables, under GitHub's 1 MiB summary limit) and HTML (one self-contained page:
// inline CSS, no script, a content security policy that forbids every fetch).


const MERGE_FORMATS = ["json", "markdown", "html"];
function renderMerged(view, format) {
    if (format === "json")
        return `${JSON.stringify(view, null, 2)}\n`;
    return format === "markdown" ? renderMarkdown(view) : renderHtml(view);
}
function renderMarkdown(view) {
    const out = ["# AI governance across the organisation", "", `**${(0,markdown.md)(headline(view))}**`, ""];
    for (const t of sections(view, MARKDOWN_LIMITS)) {
        out.push(`## ${(0,markdown.md)(t.title)}`, "");
        if (t.note)
            out.push((0,markdown.md)(t.note), "");
        if (t.rows.length === 0) {
            out.push("None.", "");
            continue;
        }
        out.push(`| ${t.headers.map(markdown.md).join(" | ")} |`, `| ${t.headers.map((_, i) => (t.numeric?.includes(i) ? "---:" : "---")).join(" | ")} |`);
        // Rule ids and repository names as code: they are identifiers, and a code span cannot become a link or a mention.
        for (const row of t.rows)
            out.push(`| ${row.map((cell, i) => (isIdentifier(t, i) ? (0,markdown/* code */.aY)(cell, true) : (0,markdown.md)(cell))).join(" | ")} |`);
        if (t.more)
            out.push("", `_${(0,markdown.md)(t.more)}_`);
        out.push("");
    }
    out.push(`_${(0,markdown.md)(STATEMENT)}_`, "");
    return out.join("\n");
}
function isIdentifier(t, column) {
    const h = t.headers[column];
    return h === "Rule" || (h === "Repository" && t.title === "Repositories") || h === "File" || h === "Waiver";
}
function renderHtml(view) {
    const out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        // Self-contained: nothing on this page may load anything, whatever a report's text says.
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>AI governance across the organisation</title>",
        `<style>${CSS}</style>`,
        "</head>",
        "<body>",
        "<h1>AI governance across the organisation</h1>",
        `<p class="headline">${html(headline(view))}</p>`,
    ];
    for (const t of sections(view, HTML_LIMITS)) {
        out.push(`<section><h2>${html(t.title)}</h2>`);
        if (t.note)
            out.push(`<p>${html(t.note)}</p>`);
        if (t.rows.length === 0)
            out.push("<p>None.</p>");
        else {
            const cls = (i) => (t.numeric?.includes(i) ? ' class="n"' : "");
            out.push("<table>", `<thead><tr>${t.headers.map((h, i) => `<th${cls(i)}>${html(h)}</th>`).join("")}</tr></thead>`, "<tbody>");
            for (const row of t.rows)
                out.push(`<tr>${row.map((c, i) => `<td${cls(i)}>${html(c)}</td>`).join("")}</tr>`);
            out.push("</tbody>", "</table>");
        }
        if (t.more)
            out.push(`<p class="more">${html(t.more)}</p>`);
        out.push("</section>");
    }
    out.push(`<p class="statement">${html(STATEMENT)}</p>`, `<footer>aigis ${html(view.tool.version)} · merged for ${html(view.today)}</footer>`, "</body>", "</html>", "");
    return out.join("\n");
}
function html(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
const CSS = [
    "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1f2328}",
    "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}",
    ".headline{font-weight:600}.more,.statement,footer{color:#59636e}",
    "table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}",
    "th{background:#f6f8fa}td.n,th.n{text-align:right}tbody tr:nth-child(even){background:#fbfcfd}",
].join("");

// EXTERNAL MODULE: ./src/parse/args.ts
var parse_args = __webpack_require__(1262);
// EXTERNAL MODULE: ./src/merge/usage.ts
var usage = __webpack_require__(8247);
;// CONCATENATED MODULE: ./src/merge/command.ts
// The `aigis merge` command: arguments in, one organisation view out, an exit status that says
// whether every input was merged. Kept beside the merge so src/cli.ts only dispatches to it.









/** 0: every input merged; 3: merged, but some file was skipped (named on standard error); 2: usage or output error. */
const MERGE_EXIT = { ok: 0, usage: 2, skipped: 3 };
const MERGE_HELP = `Usage: aigis merge <reports or directories…> [--format json|markdown|html] [--output FILE] [--today YYYY-MM-DD]

Merges aigis JSON reports (files, or the *.json files under directories) into one view of many
repositories: per repository the verdict, readiness per framework and findings by severity; totals;
the top gaps; the AI in use across repositories; waivers that expire within 30 days of --today
(default: SOURCE_DATE_EPOCH, else the current UTC date). Reports are read one at a time.

Exit status: 0 every report merged; 3 merged, but some file was not an aigis report or could not be
read (each is named on standard error and in the view); 2 usage error, no report found, or the
output could not be written.
`;


function parseMerge(argv, env) {
    const args = { inputs: [], format: "json", output: null, today: (0,config/* runDate */.yZ)({ params: {} }, env) };
    (0,parse_args/* walkArgs */.B)(argv, ({ flag, arg: a, value, rest }) => {
        if (flag === "--format") {
            const v = value();
            if (!MERGE_FORMATS.includes(v))
                throw new usage/* MergeUsageError */.O(`--format must be ${MERGE_FORMATS.join(", ")}; got "${v}"`);
            args.format = v;
        }
        else if (flag === "--output" || flag === "-o")
            args.output = value();
        else if (flag === "--today") {
            const v = value();
            if ((0,waiver_syntax/* dayNumber */.U$)(v) === null)
                throw new usage/* MergeUsageError */.O(`--today must be a date as YYYY-MM-DD; got "${v}"`);
            args.today = v;
        }
        else if (a === "--")
            args.inputs.push(...rest());
        else if (a.startsWith("-"))
            throw new usage/* MergeUsageError */.O(`merge: unknown option ${a}`);
        else
            args.inputs.push(a);
    }, (message) => new usage/* MergeUsageError */.O(message));
    if (args.inputs.length === 0)
        throw new usage/* MergeUsageError */.O("merge needs at least one report file or directory");
    return args;
}
async function mergeCommand(argv, io, version, env = process.env) {
    if (argv.includes("--help") || argv.includes("-h")) {
        io.out.write(MERGE_HELP);
        return MERGE_EXIT.ok;
    }
    const args = parseMerge(argv, env);
    let view;
    try {
        view = mergeReports(args.inputs, { version, today: args.today, onSkip: (source, reason) => io.err.write(`aigis: skipped ${source}: ${reason}\n`) });
    }
    catch (e) {
        if (e instanceof InputError)
            throw new usage/* MergeUsageError */.O(e.message);
        throw e;
    }
    if (view.totals.reports + view.totals.skipped === 0)
        throw new usage/* MergeUsageError */.O(`no report (*.json) found in ${args.inputs.join(", ")}`);
    const body = renderMerged(view, args.format);
    const output = args.output
        ? (0,outputs/* reportFile */.rn)((0,workspace/* cliWorkspace */.cQ)(process.cwd()), "--output", external_node_path_default().resolve(args.output), (write) => write(body))
        : { name: "standard output", write: () => void io.out.write(body) };
    const failures = await (0,outputs/* writeOutputs */.Kn)([output]);
    for (const f of failures)
        io.err.write(`aigis: ${f.message}\n`);
    if (failures.length)
        return MERGE_EXIT.usage;
    if (view.totals.skipped) {
        io.err.write(`aigis: merged ${view.totals.reports} report(s); ${view.totals.skipped} skipped (named above).\n`);
        return MERGE_EXIT.skipped;
    }
    return MERGE_EXIT.ok;
}


/***/ })

};
;