// The Report as OSCAL 1.1.3 Assessment Results (JSON), for GRC tools and compliance-trestle. It maps,
// it does not judge: every status comes from the Report. docs/evidence-pack.md explains the mapping:
// control ids as tokens with the framework named in props, one observation per piece of evidence,
// one OSCAL finding per active aigis finding, a waiver as a risk whose deviation is approved.
import type { Report } from "../report/report.js";
import { evidenceHref, type Provenance } from "../report/provenance.js";
import type { FrameworkReadiness } from "../report/readiness.js";
import { escapeControls } from "../report/untrusted.js";
import type { SuppressedFinding } from "../report/waivers.js";
import type { Finding } from "../model/types.js";
import { stableUuid } from "./uuid.js";

export const OSCAL_VERSION = "1.1.3";
/** Namespace of aigis's own props (OSCAL: a prop outside NIST's namespace names its own). */
export const AIGIS_NS = "https://github.com/aigis/aigis/ns/oscal";

type Json = Record<string, unknown>;
interface Prop {
  name: string;
  ns: string;
  value: string;
  class?: string;
}

/**
 * A control key (`iso42001:A.6.2.4`, `nist-ai-rmf:GOVERN 1.1`, `eu-ai-act:Annex IV(1)`) as an OSCAL
 * token (an XML NCName): lower case, the framework and the control joined by `_`, anything else `-`.
 */
export function controlToken(key: string): string {
  const i = key.indexOf(":");
  const part = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}._-]+/gu, "-")
      .replace(/^-+|-+$/g, "");
  const token = i < 0 ? part(key) : `${part(key.slice(0, i))}_${part(key.slice(i + 1))}`;
  return /^[\p{L}_]/u.test(token) ? token : `_${token}`;
}

/** One-line text for an OSCAL string prop: no controls, no leading or trailing space; null when empty. */
function propValue(text: string): string | null {
  const t = escapeControls(text.replace(/\s+/g, " ")).trim();
  return t ? t : null;
}

function prop(name: string, value: string | number | null | undefined, cls?: string): Prop[] {
  const v = value === null || value === undefined ? null : propValue(String(value));
  return v === null ? [] : [{ name, ns: AIGIS_NS, value: v, ...(cls ? { class: cls } : {}) }];
}

/** Untrusted text inside an OSCAL markup field (Markdown): made inert, Markdown syntax escaped. */
export function markup(text: string): string {
  return escapeControls(text.replace(/\r\n|\r|\n/g, " ")).replace(/[\\`*_[\]{}()<>#+!|~&]/g, "\\$&");
}

/** The Report as an OSCAL assessment-results document (an object; JSON.stringify it). */
export function oscalAssessmentResults(report: Report, p: Provenance): Json {
  const subject = p.repository ?? "repository";
  const planUuid = stableUuid("assessment-plan", subject, p.tool_version);
  const observations: Json[] = [];
  const findings: Json[] = [];
  const risks: Json[] = [];

  for (const e of evidenceRecords(report)) {
    observations.push({
      uuid: stableUuid("evidence", subject, p.commit, e.rule, e.path, e.line, e.pointer, e.note),
      title: `${e.rule} evidence`,
      description: markup(e.note || `${e.rule} examined ${e.path}`),
      props: [...prop("rule", e.rule), ...e.controls.flatMap((c) => prop("control", c)), ...prop("pointer", e.pointer)],
      methods: ["EXAMINE"],
      types: ["control-objective"],
      "relevant-evidence": [relevant(p, e.path, e.line)],
      collected: p.generated_at,
    });
  }
  for (const f of report.findings) {
    const obs = findingObservation(f, p, subject);
    observations.push(obs);
    const target = f.controls[0] ?? f.rule;
    findings.push({
      uuid: stableUuid("finding", subject, f.fingerprint),
      title: markup(`${f.rule}: ${f.title}`),
      description: markup(f.message),
      props: [
        ...prop("rule", f.rule),
        ...prop("severity", f.severity),
        ...prop("fingerprint", f.fingerprint),
        ...f.controls.flatMap((c) => prop("control", c)),
        ...(f.controls.length ? prop("framework", frameworkOf(f.controls[0]!)) : []),
      ],
      target: {
        type: "objective-id",
        "target-id": controlToken(target),
        status: { state: "not-satisfied", reason: "fail" },
      },
      "related-observations": [{ "observation-uuid": obs["uuid"] }],
      remarks: markup(`Fix: ${f.remediation}`),
    });
  }
  for (const f of report.suppressed) {
    const obs = findingObservation(f, p, subject);
    observations.push(obs);
    risks.push(acceptedRisk(f, obs["uuid"] as string, subject));
  }

  const result: Json = {
    uuid: stableUuid("result", subject, p.commit, p.generated_at),
    title: "aigis readiness check from repository evidence",
    description: markup(report.readiness.statement),
    start: p.generated_at,
    end: p.generated_at,
    props: [
      ...prop("verdict", report.passed ? "passed" : "failed"),
      ...prop("fail-on", report.threshold),
      ...prop("overall-readiness", report.readiness.overall),
      ...prop("active-findings", report.summary.findings),
      ...prop("blocking-findings", report.summary.blocking),
      ...prop("waived-findings", report.summary.suppressed),
    ],
    "reviewed-controls": reviewedControls(report.readiness.frameworks),
    ...(observations.length ? { observations } : {}),
    ...(risks.length ? { risks } : {}),
    ...(findings.length ? { findings } : {}),
  };
  const metadataProps = [
    ...prop("repository", p.repository),
    ...prop("commit", p.commit),
    ...prop("scanned-path", p.path_prefix || "."),
    ...prop("tool", `aigis ${p.tool_version}`),
    ...prop("rules-version", p.rules_version),
  ];
  return {
    "assessment-results": {
      uuid: stableUuid("assessment-results", subject, p.commit, p.generated_at),
      metadata: {
        title: markup(`aigis assessment results${p.repository ? ` for ${p.repository}` : ""}`),
        "last-modified": p.generated_at,
        version: p.commit ? p.commit.slice(0, 12) : p.tool_version,
        "oscal-version": OSCAL_VERSION,
        ...(metadataProps.length ? { props: metadataProps } : {}),
        remarks: "Readiness snapshot from repository evidence, not a certification.",
      },
      // aigis has no separate assessment plan: its rule set is the plan, described in back-matter.
      "import-ap": { href: `#${planUuid}` },
      results: [result],
      "back-matter": {
        resources: [
          {
            uuid: planUuid,
            title: `aigis rules ${p.rules_version}`,
            description:
              "The assessment plan is aigis's built-in rule set (plus any custom rules the repository configures): each rule examines repository artifacts and cites the controls it evidences.",
            props: prop("rules-version", p.rules_version),
          },
        ],
      },
    },
  };
}

export function renderOscal(report: Report, p: Provenance): string {
  return `${JSON.stringify(oscalAssessmentResults(report, p), null, 2)}\n`;
}

/** Per framework, the controls scored (include) and those that need audit evidence (exclude, with why). */
function reviewedControls(frameworks: readonly FrameworkReadiness[]): Json {
  const selections = frameworks.map((fw) => ({
    description: markup(`${fw.name}: ${fw.met} met, ${fw.gaps} gaps, ${fw.no_evidence} without evidence, ${fw.not_applicable} not applicable`),
    props: [...prop("framework", fw.id), ...prop("readiness-score", fw.score)],
    ...(fw.controls.length ? { "include-controls": fw.controls.map((c) => ({ "control-id": controlToken(c.key) })) } : {}),
    ...(fw.out_of_scope.length ? { "exclude-controls": fw.out_of_scope.map((c) => ({ "control-id": controlToken(c.key) })) } : {}),
    ...(fw.out_of_scope.length
      ? { remarks: markup(`Needs audit evidence (not assessable from a repository): ${fw.out_of_scope.map((c) => `${c.key} (${c.why})`).join("; ")}`) }
      : {}),
  }));
  return {
    description: "Controls of each reported framework that aigis's rules cite; control ids are aigis's stable tokens, the framework is named in props.",
    "control-selections": selections.length ? selections : [{ description: "No framework was reported (configuration `frameworks`)." }],
  };
}

/** The evidence behind every control, once per record (a record evidences several controls). */
function evidenceRecords(report: Report): { rule: string; path: string; line: number; pointer: string; note: string; controls: string[] }[] {
  const byKey = new Map<string, { rule: string; path: string; line: number; pointer: string; note: string; controls: string[] }>();
  for (const fw of report.readiness.frameworks) {
    for (const c of fw.controls) {
      for (const e of c.evidence) {
        const key = JSON.stringify([e.rule, e.path, e.line, e.pointer, e.note]);
        const rec = byKey.get(key) ?? { ...e, controls: [] };
        if (!rec.controls.includes(c.key)) rec.controls.push(c.key);
        byKey.set(key, rec);
      }
    }
  }
  return [...byKey.values()];
}

function findingObservation(f: Finding, p: Provenance, subject: string): Json {
  return {
    uuid: stableUuid("finding-observation", subject, f.fingerprint),
    title: markup(`${f.rule} at ${f.path}:${f.line}`),
    description: markup(f.message),
    props: [...prop("rule", f.rule), ...prop("severity", f.severity), ...prop("pointer", f.pointer)],
    methods: ["EXAMINE"],
    types: ["finding"],
    "relevant-evidence": [relevant(p, f.path, f.line)],
    collected: p.generated_at,
  };
}

/** A waived finding: a risk whose deviation the waiver's owner approved until its expiry. */
function acceptedRisk(f: SuppressedFinding, observation: string, subject: string): Json {
  const w = f.suppression;
  return {
    uuid: stableUuid("accepted-risk", subject, f.fingerprint),
    title: markup(`Accepted: ${f.rule}: ${f.title}`),
    description: markup(f.message),
    statement: markup(w?.reason ? `Waived: ${w.reason}` : "Waived."),
    props: [
      ...prop("rule", f.rule),
      ...prop("severity", f.severity),
      ...prop("fingerprint", f.fingerprint),
      ...prop("waiver-owner", w?.owner),
      ...prop("waiver-expires", w?.expires),
      ...prop("waiver-source", w?.source),
      ...prop("waiver-kind", w?.kind),
      ...f.controls.flatMap((c) => prop("control", c)),
    ],
    status: "deviation-approved",
    ...(w && /^\d{4}-\d{2}-\d{2}$/.test(w.expires) ? { deadline: `${w.expires}T23:59:59Z` } : {}),
    "related-observations": [{ "observation-uuid": observation }],
  };
}

function relevant(p: Provenance, file: string, line: number): Json {
  // A gap of the repository as a whole points at the scanned tree, not at a line of some file.
  if (file === "") return { href: evidenceHref(p, ""), description: markup(`the repository as a whole${p.commit ? ` at commit ${p.commit}` : ""}`) };
  return { href: evidenceHref(p, file, line), description: markup(`${file}:${line}${p.commit ? ` at commit ${p.commit}` : ""}`) };
}

function frameworkOf(key: string): string {
  return key.includes(":") ? key.slice(0, key.indexOf(":")) : key;
}
