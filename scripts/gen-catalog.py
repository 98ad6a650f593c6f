#!/usr/bin/env python3
"""Generate aigis's control catalog (catalog/controls.json).

Usage:
    python3 scripts/gen-catalog.py [REFERENCE] [--out PATH] [--check]

REFERENCE is the verified reference catalog: a controls.json file or a
directory holding catalog/controls.json. It defaults to the copy vendored in
this repository, catalog/reference/controls.json (see catalog/reference/
SOURCES.md for its origin). Ids, official titles
and crosswalk pairs are read from it; every summary, short label, evidence
verdict and audit note below is the project's own wording and lives in this
script. Nothing is fetched from the network. The run is deterministic: the
same input gives a byte-identical file.

Before writing, the script checks that every id exists in the reference catalog,
that the counts are right (38 Annex A controls, 72 NIST subcategories, 10 + 10
OWASP LLM, 10 ASI, 9 Annex IV points, 8 sub-points), that keys are unique and
that every crosswalk pair resolves to a catalog key. Any failure aborts with a
non-zero exit and nothing is written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

# --------------------------------------------------------------------------
# Framework metadata
# --------------------------------------------------------------------------

# aigis framework id -> id of the same framework in the reference catalog
SHARED_FRAMEWORK = {
    "iso42001": "iso42001",
    "nist-ai-rmf": "nist-ai-rmf-1.0",
    "owasp-llm-2025": "owasp-llm-top10-2025",
    "owasp-llm-2026": "owasp-llm-top10-2026",
    "owasp-agentic": "owasp-agentic-top10-2026",
    "eu-ai-act": "eu-ai-act",
}

PREFIX = {
    "iso42001": "iso42001",
    "nist-ai-rmf": "nist-ai-rmf",
    "owasp-llm-2025": "owasp-llm",
    "owasp-llm-2026": "owasp-llm",
    "owasp-agentic": "owasp-agentic",
    "eu-ai-act": "eu-ai-act",
}

ISO_URL = "https://www.iso.org/standard/81230.html"
NIST_CORE_URL = "https://airc.nist.gov/airmf-resources/airmf/5-sec-core/"
NIST_DOC_URL = "https://doi.org/10.6028/NIST.AI.100-1"
OWASP_LLM_2025_URL = "https://genai.owasp.org/llm-top-10/"
OWASP_LLM_2026_URL = "https://genai.owasp.org/resource/owasp-genai-llm-top-10-2026/"
OWASP_AGENTIC_URL = "https://genai.owasp.org/resource/owasp-top-10-for-agentic-applications-for-2026/"
EU_ELI_URL = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
EU_HTML_URL = "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L_202401689"

FRAMEWORK_META = {
    "iso42001": {
        "name": "ISO/IEC 42001:2023 Information technology — Artificial intelligence — Management system",
        "short_name": "ISO/IEC 42001",
        "edition": "2023",
        "url": ISO_URL,
    },
    "nist-ai-rmf": {
        "name": "NIST AI 100-1 Artificial Intelligence Risk Management Framework (AI RMF 1.0)",
        "short_name": "NIST AI RMF",
        "edition": "1.0",
        "url": NIST_DOC_URL,
    },
    "owasp-llm-2025": {
        "name": "OWASP Top 10 for LLM Applications 2025",
        "short_name": "OWASP LLM Top 10",
        "edition": "2025",
        "url": OWASP_LLM_2025_URL,
    },
    "owasp-llm-2026": {
        "name": "OWASP Top 10 for LLM Applications 2026",
        "short_name": "OWASP LLM Top 10",
        "edition": "2026",
        "url": OWASP_LLM_2026_URL,
    },
    "owasp-agentic": {
        "name": "OWASP Top 10 for Agentic Applications for 2026",
        "short_name": "OWASP Agentic Top 10",
        "edition": "2026",
        "url": OWASP_AGENTIC_URL,
    },
    "eu-ai-act": {
        "name": "Regulation (EU) 2024/1689 (Artificial Intelligence Act)",
        "short_name": "EU AI Act",
        "edition": "OJ L, 2024/1689, 12.7.2024",
        "url": EU_ELI_URL,
    },
}

# --------------------------------------------------------------------------
# ISO/IEC 42001 — ids and short titles come from the reference catalog; the
# summaries say what evidence each entry is about, in the project's words.
# Never put ISO text here.
# --------------------------------------------------------------------------

# Clauses 4-10. Value: (summary, evidence, audit_note)
ISO_CLAUSES = {
    "4": ("Heading for the clauses on the organisation's situation, its stakeholders and the boundary of its AI management system.",
          "no", "Clause heading; the sub-clauses are assessed at a management-system audit."),
    "4.1": ("A record of the internal and external factors that shape how the organisation runs AI, including its role towards AI systems.",
            "no", "A management analysis kept outside the code; reviewed at audit."),
    "4.2": ("A record of who has a stake in the AI management system and what they need from it.",
            "no", "Stakeholder analysis is a management record, not a repository artifact."),
    "4.3": ("A written boundary for the AI management system: which units, systems and activities it covers.",
            "no", "A system register can inform the boundary, but the scope decision itself is a management document checked at audit."),
    "4.4": ("Evidence that the AI management system as a whole is set up, run, kept up and improved.",
            "no", "Only an audit of the whole management system can show this."),
    "5": ("Heading for the clauses on top-management commitment, the AI policy and assigned authorities.",
          "no", "Clause heading; the sub-clauses are assessed at a management-system audit."),
    "5.1": ("Evidence that top management actively backs and steers the AI management system.",
            "no", "Leadership commitment is shown by decisions, budgets and interviews, not by files in a repository."),
    "5.2": ("The organisation's AI policy document, with its owner and approval.",
            "partly", "aigis sees the policy file and its approval fields; that management set and communicated it needs audit."),
    "5.3": ("Named owners and authorities for the AI management system and for each AI system.",
            "partly", "Owners can be named in the register and front matter; that the roles were formally assigned and accepted needs audit."),
    "6": ("Heading for the clauses on planning: risks, opportunities, objectives and changes.",
          "no", "Clause heading; the sub-clauses are assessed at a management-system audit."),
    "6.1": ("How the organisation plans to find and act on AI risks and opportunities.",
            "no", "Planning records are kept in the management system, outside the repository."),
    "6.1.1": ("The overall planning approach for AI risks and opportunities, including the organisation's risk criteria.",
              "no", "Risk criteria are set by management and kept in the risk process, outside the repository."),
    "6.1.2": ("A defined method for identifying, analysing and evaluating AI risks.",
              "no", "The method and its records live in a risk register; a declared risk tier is only an input to it."),
    "6.1.3": ("A defined method for choosing AI risk treatments, including the statement of which Annex A controls apply.",
              "no", "Treatment plans and the statement of applicability are management records reviewed at audit."),
    "6.1.4": ("A defined method for assessing the consequences of AI systems for people, groups and society.",
              "partly", "Impact-assessment documents can be checked; that the method is defined and followed needs audit."),
    "6.2": ("Measurable AI objectives and the plans, owners and dates for reaching them.",
            "partly", "Objectives with metrics and targets can be declared in files; tracking and achievement need audit."),
    "6.3": ("Evidence that changes to the AI management system are planned rather than made ad hoc.",
            "no", "Change planning for the management system is shown by management records."),
    "7": ("Heading for the clauses on resources, competence, awareness, communication and documents.",
          "no", "Clause heading; the sub-clauses are assessed at a management-system audit."),
    "7.1": ("Provision of the people, budget and infrastructure the AI management system needs.",
            "no", "Resourcing decisions are budget and staffing records, not repository content."),
    "7.2": ("Evidence that people doing AI-related work are competent, through education, training or experience.",
            "no", "Needs HR and training records."),
    "7.3": ("Evidence that staff know the AI policy and their own part in the AI management system.",
            "no", "Awareness is shown by training records and interviews."),
    "7.4": ("Decisions on what is communicated about the AI management system, to whom, when and how.",
            "no", "Communication plans and their execution are kept outside the repository."),
    "7.5": ("The documents and records the AI management system depends on.",
            "partly", "Governance documents kept in the repository are versioned and can be checked; documents held elsewhere are out of reach."),
    "7.5.1": ("Which documented information the AI management system keeps.",
              "partly", "aigis lists the governance documents it finds; whether the set is complete for the organisation needs audit."),
    "7.5.2": ("Identification, format, review and approval of documents when they are written or changed.",
              "partly", "Front matter, approval fields and review history are visible; the review practice itself needs audit."),
    "7.5.3": ("Availability, protection, versioning and retention of documents and records.",
              "partly", "Version control shows history; access control, retention and disposal are set outside the repository."),
    "8": ("Heading for the clauses on running the planned AI processes, risk work and impact assessments.",
          "no", "Clause heading; the sub-clauses are assessed at a management-system audit."),
    "8.1": ("Evidence that the planned AI processes, including outsourced ones, are run and controlled.",
            "no", "Operational control is shown by process records across the organisation."),
    "8.2": ("Records of AI risk assessments carried out at planned times or after significant change.",
            "no", "Risk assessment records live in a risk register, which aigis does not read."),
    "8.3": ("Records of AI risk treatment plans being carried out.",
            "no", "Treatment progress is tracked in the risk process, outside the repository."),
    "8.4": ("Records of AI system impact assessments carried out at planned times or after significant change.",
            "partly", "Impact-assessment documents and their dates are checked; that they were done when required needs audit."),
    "9": ("Heading for the clauses on monitoring, internal audit and management review.",
          "no", "Clause heading; the sub-clauses are assessed at a management-system audit."),
    "9.1": ("Evidence that the AI management system's performance is monitored, measured and evaluated.",
            "no", "Measurement of the management system is shown by its own reports and reviews."),
    "9.2": ("Evidence that internal audits of the AI management system take place.",
            "no", "Needs the audit programme and audit reports."),
    "9.2.1": ("Internal audits check conformity and effective operation of the AI management system.",
              "no", "Needs audit reports."),
    "9.2.2": ("A planned internal audit programme with criteria, scope, frequency and reporting.",
              "no", "Needs the audit programme and its records."),
    "9.3": ("Evidence that top management reviews the AI management system at planned intervals.",
            "no", "Needs management review minutes."),
    "9.3.1": ("Top management reviews the AI management system for suitability and effectiveness.",
              "no", "Needs management review minutes."),
    "9.3.2": ("The topics a management review must consider.",
              "no", "Needs management review agendas and minutes."),
    "9.3.3": ("The decisions and actions that come out of a management review.",
              "no", "Needs management review minutes and action records."),
    "10": ("Heading for the clauses on continual improvement and corrective action.",
           "no", "Clause heading; the sub-clauses are assessed at a management-system audit."),
    "10.1": ("Evidence that the AI management system keeps getting better over time.",
             "no", "Improvement is judged from records over time, not from one commit."),
    "10.2": ("Records of nonconformities, their causes and the corrective actions taken.",
             "no", "Needs nonconformity and corrective-action records."),
}

# Annex A: the 38 controls. Evidence verdicts from evidence-map.md section 1;
# audit notes restate its section 3.2 in our words.
ISO_CONTROLS = {
    "A.2.2": ("An AI policy document that is approved, owned and in force.",
              "partly", "The file and its approval fields are visible; endorsement by top management and communication to staff need audit."),
    "A.2.3": ("Evidence that the AI policy has been checked against the organisation's other policies, such as security, privacy, procurement and HR.",
              "no", "Alignment means comparing content with policies held outside the repository, and a link proves nothing; policy owners or an auditor must review it."),
    "A.2.4": ("Evidence that the AI policy is reviewed on a set schedule and when circumstances change.",
              "partly", "Review dates are visible; that a review actually took place and weighed changes needs minutes or decisions."),
    "A.3.2": ("Named owners and accountable roles for each AI system and for AI governance tasks.",
              "partly", "Owners named in files are visible; that the people know and accept their roles needs sign-off evidence."),
    "A.3.3": ("A published channel through which people can raise concerns about AI systems.",
              "partly", "A contact channel is visible; that concerns can be raised safely and are handled needs HR and ethics-process evidence."),
    "A.4.2": ("An inventory of what each AI system depends on: models, datasets, services, tools and compute.",
              "yes", None),
    "A.4.3": ("Records naming the datasets each AI system and model uses.",
              "yes", None),
    "A.4.4": ("Records of the tools and external components (libraries, agent tools, MCP servers) used to build and run AI systems.",
              "partly", "Declared and pinned tools are visible; how they were chosen and qualified for the task needs audit."),
    "A.4.5": ("Records of the computing resources AI systems need and consume, such as limits, hardware and energy.",
              "partly", "Declared limits and footprints are visible; capacity planning and provisioning records are kept elsewhere."),
    "A.4.6": ("Records of the people, skills and roles needed for AI work.",
              "no", "Competence, staffing and training live in HR records, not in a code repository; they are checked at audit."),
    "A.5.2": ("A defined way of assessing what an AI system may do to people and society, applied to each system.",
              "partly", "A risk tier and an assessment per system are visible; that the method and its criteria are defined and followed needs audit."),
    "A.5.3": ("Impact-assessment records per AI system that are approved, kept and current.",
              "yes", None),
    "A.5.4": ("Impact-assessment content on effects for individuals and groups, including data subjects and affected users.",
              "partly", "Filled sections and declarations are visible; the quality of the analysis and consultation of those affected need review."),
    "A.5.5": ("Impact-assessment content on wider societal and environmental effects.",
              "partly", "Filled sections and footprint figures are visible; consultation with affected communities and the depth of analysis need review."),
    "A.6.1.2": ("Stated, measurable objectives that steer responsible AI development.",
                "partly", "Objectives with metrics and targets are visible; that management set them and tracks progress needs audit."),
    "A.6.1.3": ("A described development process for AI systems with review points.",
                "partly", "Review routing (e.g. CODEOWNERS) is visible; the documented process, design reviews and their records need audit."),
    "A.6.2.2": ("Specified task, inputs, outputs and requirements for each AI system or model.",
                "partly", "Task and interface declarations are visible; full requirements and their traceability to tests need review."),
    "A.6.2.3": ("Records of how a model was designed and built: architecture, training approach, training data and lineage.",
                "yes", None),
    "A.6.2.4": ("Evaluation results with metrics and identified test data for each model.",
                "yes", None),
    "A.6.2.5": ("Evidence that releases are controlled, such as pinned model versions and no floating aliases.",
                "partly", "Pins and aliases are visible; release approvals and deployment records need audit."),
    "A.6.2.6": ("Monitoring plans, fallbacks and operating limits for AI systems in production.",
                "partly", "Plans and limits are visible; that monitoring actually runs (dashboards, alerts, reviews) needs operational evidence."),
    "A.6.2.7": ("Complete and valid technical documentation, such as model cards, kept in step with each model.",
                "yes", None),
    "A.6.2.8": ("Declared event logging and log retention for AI systems in production.",
                "partly", "Retention and logging settings are visible; that logs are kept, protected and reviewed needs operational evidence."),
    "A.7.2": ("Identification of the data used to train and improve models, with its intended use and sensitivity.",
              "yes", None),
    "A.7.3": ("Evidence of how data was obtained and of the right to use it: licence, consent and collection method.",
              "yes", None),
    "A.7.4": ("Documented data quality, known bias and limitations of each dataset.",
              "partly", "Bias and limitation notes are visible; actual quality measurements and acceptance criteria need review."),
    "A.7.5": ("The origin, collection dates, derivation and integrity hashes of each dataset.",
              "yes", None),
    "A.7.6": ("Documented preprocessing, cleaning and labelling steps for each dataset.",
              "yes", None),
    "A.8.2": ("Information for users: intended use, out-of-scope use, limitations and guidance on oversight.",
              "yes", None),
    "A.8.3": ("A contact channel through which outside parties can report problems with an AI system.",
              "partly", "The channel is visible; that reports are received, triaged and answered needs records."),
    "A.8.4": ("An approved procedure and contacts for telling users and other parties about AI incidents.",
              "partly", "The procedure is visible; incident records, notifications actually made and exercises need audit."),
    "A.8.5": ("Notices and disclosures for the parties entitled to information about an AI system.",
              "partly", "Notices are visible; which parties must be informed and proof that they were needs audit."),
    "A.9.2": ("Stated use rules and technical settings that keep the use of AI systems, including agents, within approved bounds.",
              "partly", "Rules and agent settings are visible; that users follow them in practice needs usage reviews."),
    "A.9.3": ("Stated objectives with metrics and targets for the responsible use of AI systems.",
              "partly", "Objectives are visible; that they are tracked and acted on needs audit."),
    "A.9.4": ("A stated intended use and out-of-scope use for each AI system and model.",
              "yes", None),
    "A.10.2": ("A clear split of duties between the organisation and its AI providers, data owners and customers.",
               "partly", "Named providers and owners are visible; the contracts that allocate responsibilities are kept elsewhere."),
    "A.10.3": ("Named, licensed, pinned and assessed suppliers for third-party models, data and AI services.",
               "yes", None),
    "A.10.4": ("Licence, intended use, limitations and a contact supplied with the models the organisation releases.",
               "partly", "Release documentation is visible; customer agreements and the support process need audit."),
}

# --------------------------------------------------------------------------
# NIST AI RMF 1.0 — short labels and summaries are the project's own words
# (NIST has no short titles for subcategories). Evidence: "no" for the 17
# subcategories evidence-map section 3.3 puts out of reach; otherwise "yes"
# where the outcome is itself a document a repository holds, else "partly".
# Value: (short title, summary, evidence, audit_note)
# --------------------------------------------------------------------------

NIST = {
    "GOVERN 1.1": ("Legal and regulatory requirements",
                   "The AI-related laws and regulations that apply are identified, handled and recorded.",
                   "partly", "Documents can list applicable laws and standards; whether obligations are understood and met is a legal and audit question."),
    "GOVERN 1.2": ("Trustworthy AI in policy",
                   "Traits of trustworthy AI (validity, safety, fairness, privacy and so on) are built into policies and everyday practice.",
                   "partly", "Policy text and objectives are visible; that practice follows them needs audit."),
    "GOVERN 1.3": ("Risk effort scaled to risk tolerance",
                   "How much risk management a system gets is decided from the organisation's risk tolerance.",
                   "partly", "A declared risk tier is visible; how the level of effort was decided is not."),
    "GOVERN 1.4": ("Transparent risk management process",
                   "The AI risk process and its results are set out in open policies and controls tied to risk priorities.",
                   "partly", "Policy documents are visible; that the process runs as written needs audit."),
    "GOVERN 1.5": ("Monitoring and periodic review planned",
                   "Ongoing monitoring and scheduled review of AI risk management are planned, with owners and review frequency set.",
                   "partly", "Review dates and owners are visible; that reviews happen needs records over time."),
    "GOVERN 1.6": ("AI system inventory",
                   "An inventory of AI systems is kept and resourced according to risk.",
                   "partly", "The register and SBOM show the inventory; its completeness and resourcing need audit."),
    "GOVERN 1.7": ("Safe decommissioning",
                   "There are processes for retiring AI systems without raising risk or losing trust.",
                   "partly", "Fallback and decommission entries are visible; actual retirements are shown by operational records."),
    "GOVERN 2.1": ("Roles and lines of communication",
                   "Roles, responsibilities and reporting lines for AI risk work are written down and known to the people concerned.",
                   "partly", "Owners named in files are visible; that people know and accept their roles needs audit."),
    "GOVERN 2.2": ("AI risk training",
                   "Staff and partners receive AI risk management training suited to their duties.",
                   "no", "Training is shown by training records, which a repository does not hold."),
    "GOVERN 2.3": ("Executive accountability",
                   "Senior leadership owns decisions about the risks of developing and deploying AI.",
                   "partly", "An approver can be named in a document; that executives actually decided needs minutes or sign-off records."),
    "GOVERN 3.1": ("Diverse decision-making teams",
                   "AI risk decisions draw on a team that is diverse in background, discipline and experience.",
                   "no", "Team diversity is workforce data held outside the repository."),
    "GOVERN 3.2": ("Human-AI roles and oversight",
                   "Policies set out who does what when humans and AI work together and who oversees AI systems.",
                   "partly", "Oversight declarations and approval settings are visible; how people actually oversee the system needs audit."),
    "GOVERN 4.1": ("Safety-first culture",
                   "Policies and practices encourage critical thinking and a safety-first mindset across the AI life cycle.",
                   "partly", "Stated rules and review gates are visible; culture is judged from interviews and practice."),
    "GOVERN 4.2": ("Documenting and sharing impacts",
                   "Teams record the risks and impacts of the AI they build or use and share them beyond the team.",
                   "partly", "Impact documents and notices are visible; that they were shared needs evidence of distribution."),
    "GOVERN 4.3": ("Testing, incident finding and information sharing",
                   "Organisational practices support AI testing, spotting incidents and sharing what is learned.",
                   "partly", "Test results and incident procedures are visible; that incidents are found and shared needs operational records."),
    "GOVERN 5.1": ("Feedback from outside the team",
                   "Feedback from people outside the building team about individual and societal impacts is collected and used.",
                   "partly", "A contact channel is visible; that feedback is gathered, weighed and acted on needs records."),
    "GOVERN 5.2": ("Adjudicated feedback fed into design",
                   "The team regularly feeds reviewed feedback from AI actors back into design and implementation.",
                   "no", "Shown by change and ticket history over time, which a scan of one commit cannot see."),
    "GOVERN 6.1": ("Third-party AI risk policies",
                   "Policies cover risks from third parties, including infringement of intellectual property or other rights.",
                   "partly", "Suppliers, licences and assessments are visible; contracts and the application of the policy need audit."),
    "GOVERN 6.2": ("Third-party contingency",
                   "Contingency plans exist for failures or incidents in high-risk third-party data or AI systems.",
                   "partly", "Fallbacks and incident procedures are visible; that they work needs exercises or incident records."),
    "MAP 1.1": ("Intended purpose and context",
                "Intended purposes, users, deployment settings, applicable norms and foreseeable impacts are understood and written down.",
                "partly", "Intended use and users are checked; the understanding of legal context and impacts is reviewed by people."),
    "MAP 1.2": ("Interdisciplinary context-setting",
                "Context is set by diverse, interdisciplinary participants whose involvement is recorded.",
                "no", "Participation is shown by meeting and attendance records."),
    "MAP 1.3": ("Mission and goals for AI",
                "The organisation's mission and its goals for AI are understood and written down.",
                "partly", "A policy can state goals; their adoption by the organisation needs audit."),
    "MAP 1.4": ("Business value",
                "The business value or context of use is defined, or re-examined for systems already in use.",
                "partly", "A stated purpose is visible; the business case and its re-evaluation live in planning records."),
    "MAP 1.5": ("Risk tolerance",
                "The organisation's risk tolerances are set and recorded.",
                "no", "Management sets risk tolerance; aigis can read thresholds as configuration but cannot show how they were decided."),
    "MAP 1.6": ("System requirements",
                "Requirements are gathered from the relevant actors and design takes socio-technical effects into account.",
                "partly", "Task and interface specifications are checked; how requirements were gathered needs design records."),
    "MAP 2.1": ("Task and method defined",
                "The tasks the system supports and the methods used for them (e.g. classifier, generative model) are defined.",
                "yes", None),
    "MAP 2.2": ("Knowledge limits and human use documented",
                "Documentation states what the system does not know and how people should use and oversee its output.",
                "yes", None),
    "MAP 2.3": ("Scientific integrity and TEVV considerations",
                "Experimental design, data choice and representativeness, and validation considerations are written down.",
                "partly", "Data and evaluation documentation is checked; the soundness of the experimental design is a reviewer's judgement."),
    "MAP 3.1": ("Expected benefits",
                "The benefits expected from the system's intended functions are examined and recorded.",
                "partly", "An impact assessment can record benefits; the quality of the analysis needs review."),
    "MAP 3.2": ("Costs of errors",
                "Costs of AI errors, including non-monetary ones, are examined against risk tolerance and recorded.",
                "partly", "An impact assessment can record costs; the quality of the analysis needs review."),
    "MAP 3.3": ("Targeted application scope",
                "The scope in which the system will be applied is set from its capabilities, context and category.",
                "yes", None),
    "MAP 3.4": ("Operator proficiency",
                "Processes for operator and practitioner proficiency, standards and certifications are defined and assessed.",
                "no", "Proficiency is shown by training and certification records."),
    "MAP 3.5": ("Human oversight processes",
                "Human oversight processes are defined, assessed and documented in line with governance policy.",
                "partly", "Oversight declarations and approval settings are visible; the assessment of oversight in practice is not."),
    "MAP 4.1": ("Legal and technology risks of components",
                "Technology and legal risks of components, including third-party data, software and intellectual property, are mapped and recorded.",
                "partly", "Licences and lineage are checked; a legal risk analysis is reviewed outside the scan."),
    "MAP 4.2": ("Internal controls for components",
                "Internal risk controls for system components, including third-party AI, are identified and recorded.",
                "partly", "Pins, hashes and supplier records are visible; that the controls operate needs audit."),
    "MAP 5.1": ("Likelihood and size of impacts",
                "The likelihood and size of each identified impact are estimated from use history, incidents, feedback or other data, and recorded.",
                "partly", "An impact assessment and risk tier are visible; the depth of the estimate needs review."),
    "MAP 5.2": ("Engagement on impacts",
                "Practices and people for regular engagement and feedback on impacts are in place and written down.",
                "partly", "A feedback channel is visible; regular engagement needs records."),
    "MEASURE 1.1": ("Metrics chosen for the top risks",
                    "Methods and metrics are chosen for the most significant mapped risks, and risks that cannot be measured are recorded.",
                    "partly", "Objectives and metrics are visible; their selection against the mapped risks needs review."),
    "MEASURE 1.2": ("Metrics and controls reassessed",
                    "Whether metrics and controls still fit is reassessed regularly, including error reports and community impacts.",
                    "no", "Shown by review records over time."),
    "MEASURE 1.3": ("Independent assessment",
                    "People who did not build the system, or independent assessors, take part in regular assessments, with outside experts consulted.",
                    "no", "Shown by assessment reports and who wrote them."),
    "MEASURE 2.1": ("Evaluation documentation",
                    "Test sets, metrics and the tooling used in evaluation are documented.",
                    "yes", None),
    "MEASURE 2.2": ("Human-subject evaluations",
                    "Evaluations that involve people protect the participants and represent the relevant population.",
                    "no", "Needs ethics approvals and consent records."),
    "MEASURE 2.3": ("Performance in deployment-like conditions",
                    "Performance or assurance criteria are measured under conditions like deployment and recorded.",
                    "partly", "Reported results are visible; whether test conditions match deployment is a reviewer's judgement."),
    "MEASURE 2.4": ("Production monitoring",
                    "The behaviour of the system and its components is monitored in production.",
                    "partly", "Monitoring plans and logging settings are visible; that monitoring runs is not."),
    "MEASURE 2.5": ("Validity and reliability shown",
                    "The system is shown to be valid and reliable, and limits on generalisation are recorded.",
                    "partly", "Evaluation results and limitations are checked; whether the demonstration suffices needs review."),
    "MEASURE 2.6": ("Safety evaluated",
                    "Safety risks are evaluated regularly, residual risk stays within tolerance and the system can fail safely.",
                    "partly", "Fallbacks and monitoring can be declared; safety testing and real-time behaviour need evidence from operation."),
    "MEASURE 2.7": ("Security and resilience",
                    "The security and resilience of the AI system are evaluated and recorded.",
                    "partly", "Configuration weaknesses (secrets, plaintext endpoints, unpinned code) are found; security testing and runtime resilience need other evidence."),
    "MEASURE 2.8": ("Transparency and accountability risks",
                    "Risks tied to transparency and accountability are examined and recorded.",
                    "partly", "Notices and owners are visible; the examination of these risks needs review."),
    "MEASURE 2.9": ("Model explained and validated",
                    "The model is explained, validated and documented, and its output is interpreted in context.",
                    "partly", "Model documentation is checked; explanation quality and validation depth need expert review."),
    "MEASURE 2.10": ("Privacy risk",
                     "The privacy risk of the AI system is examined and recorded.",
                     "partly", "Personal-data declarations and protections are checked; a privacy assessment is reviewed outside the scan."),
    "MEASURE 2.11": ("Fairness and bias",
                     "Fairness and bias are evaluated and the results recorded.",
                     "partly", "Subgroup results and bias notes are visible; the adequacy of the fairness analysis needs review."),
    "MEASURE 2.12": ("Environmental impact",
                     "The environmental impact and sustainability of training and running models are assessed and recorded.",
                     "partly", "Reported energy and emissions figures are visible; how they were measured and the wider assessment need review."),
    "MEASURE 2.13": ("Effectiveness of evaluation",
                     "The evaluation metrics and processes themselves are checked for effectiveness.",
                     "no", "Shown by reviews of the evaluation process."),
    "MEASURE 3.1": ("Tracking emerging risks",
                    "Approaches, people and documents exist to track known and emerging risks from performance in deployment.",
                    "partly", "Monitoring plans are visible; ongoing risk tracking needs operational records."),
    "MEASURE 3.2": ("Risks that are hard to measure",
                    "Tracking approaches are considered where risks cannot yet be measured well.",
                    "no", "A risk-register practice outside the repository."),
    "MEASURE 3.3": ("User feedback and appeal",
                    "End users and affected communities can report problems and appeal outcomes, and this feeds evaluation.",
                    "partly", "A reporting channel is visible; appeals handling and its use in metrics need records."),
    "MEASURE 4.1": ("Context-informed measurement",
                    "Measurement approaches are tied to the deployment context and informed by domain experts and users.",
                    "no", "Shown by consultation records."),
    "MEASURE 4.2": ("Field validation of trustworthiness",
                    "Trustworthiness results in deployment are validated with domain experts and relevant actors.",
                    "no", "Shown by field studies."),
    "MEASURE 4.3": ("Performance changes in the field",
                    "Improvements or declines in performance seen in the field are identified and recorded.",
                    "no", "Shown by production metrics over time."),
    "MANAGE 1.1": ("Go/no-go decision",
                   "It is decided whether the system meets its purpose and objectives and whether to proceed.",
                   "partly", "Lifecycle status and intended use are visible; the decision record and who made it need audit."),
    "MANAGE 1.2": ("Prioritised risk treatment",
                   "Treatment of recorded risks is prioritised by impact, likelihood and available resources.",
                   "no", "A risk-register decision kept outside the repository."),
    "MANAGE 1.3": ("Response to high-priority risks",
                   "Responses (mitigate, transfer, avoid, accept) to the top risks are developed, planned and recorded.",
                   "partly", "Mitigations and guardrails are visible; the completeness of the risk response plan needs review."),
    "MANAGE 1.4": ("Residual risk documented",
                   "Unmitigated risks that remain for downstream acquirers and end users are recorded.",
                   "partly", "Limitations and residual-risk sections are checked; acceptance by the right authority needs audit."),
    "MANAGE 2.1": ("Resources and non-AI alternatives",
                   "Resources for managing AI risk are weighed alongside non-AI alternatives that could reduce impacts.",
                   "no", "Shown by planning and budget decisions."),
    "MANAGE 2.2": ("Sustaining value",
                   "Mechanisms keep deployed AI systems delivering their intended value.",
                   "partly", "Budgets, limits and monitoring settings are visible; their effect in operation is not."),
    "MANAGE 2.3": ("Response to newly found risks",
                   "Procedures are followed to respond to and recover from risks that were not known before.",
                   "partly", "A procedure is visible; that it is followed needs incident records."),
    "MANAGE 2.4": ("Disengage or deactivate",
                   "Mechanisms and assigned responsibility exist to replace, disengage or shut down systems that behave outside intended use.",
                   "partly", "Fallback and owner declarations are visible; that the switch works needs testing."),
    "MANAGE 3.1": ("Third-party risk monitoring",
                   "Risks and benefits of third-party resources are monitored regularly, with controls applied and recorded.",
                   "partly", "Supplier records and assessment dates are visible; continuous monitoring needs records."),
    "MANAGE 3.2": ("Pre-trained model monitoring",
                   "Pre-trained models used in development are monitored as part of regular maintenance.",
                   "partly", "Pins, hashes and lineage are visible; monitoring of upstream models over time is not."),
    "MANAGE 4.1": ("Post-deployment monitoring plan",
                   "Post-deployment monitoring plans cover user input, appeal and override, decommissioning, incident response, recovery and change.",
                   "partly", "The plan is checked; its implementation needs operational evidence."),
    "MANAGE 4.2": ("Continual improvement",
                   "Measurable improvement activities are built into system updates, with regular engagement of interested parties.",
                   "no", "Judged from release history over time, not from one commit."),
    "MANAGE 4.3": ("Incident communication",
                   "Incidents and errors are communicated to those affected, and their tracking, response and recovery are recorded.",
                   "partly", "A procedure and contacts are visible; actual incident handling needs records."),
}

# --------------------------------------------------------------------------
# OWASP Top 10 for LLM Applications. Titles from the reference catalog.
# Value: (summary, evidence, audit_note)
# --------------------------------------------------------------------------

_LLM_TEXT = {
    "prompt-injection": (
        "Crafted input, typed directly or hidden in content the model reads, steers the model against the developer's intent.",
        "partly", "Hidden characters in prompt files and missing guardrails are visible; resistance to injection is shown only by testing."),
    "sensitive-info": (
        "The application exposes personal, confidential or secret data through model input, output or configuration.",
        "partly", "Hard-coded secrets and undeclared data flows are visible; leakage through model responses needs testing."),
    "supply-chain": (
        "Third-party models, datasets, adapters and services bring in vulnerabilities, tampering or licence risk.",
        "partly", "Suppliers, pins, hashes and licences are visible; whether an upstream artifact is itself compromised is not."),
    "poisoning": (
        "Training, fine-tuning or embedding data is manipulated to plant bias, backdoors or errors in the model.",
        "partly", "Provenance, hashes and lineage records are visible; the data and weights themselves are not inspected for poisoning."),
    "output-handling": (
        "Model output reaches downstream components without validation, opening the way to injection or code execution.",
        "partly", "Tool scope and output guardrails in configuration are visible; how application code handles output is not analysed."),
    "excessive-agency": (
        "The model or agent has more functions, permissions or autonomy than its task needs.",
        "partly", "Tool permissions and auto-approval settings are visible; permissions granted at runtime are not."),
    "system-prompt-leakage": (
        "System prompts reveal secrets or control logic that an attacker can use.",
        "partly", "Credentials in prompt files are found; whether a deployed prompt can be extracted needs testing."),
    "vector": (
        "Weak handling of embeddings and retrieval stores lets data leak between users or be manipulated.",
        "partly", "Vector-store access and classification declarations are visible; the store's real access control and contents are not."),
    "misinformation": (
        "The model produces false or misleading output that people rely on.",
        "partly", "Documented limitations and user guidance are visible; output accuracy needs evaluation in use."),
    "unbounded-consumption": (
        "Uncontrolled inference use leads to runaway cost, denial of service or model extraction.",
        "partly", "Budgets and rate limits in gateway configuration are visible; their enforcement under load is not."),
    "hidden-context": (
        "Hidden context given to the model, such as system instructions, tool schemas or retrieved policy text, is extracted or inferred and exposes secrets or control logic.",
        "partly", "Credentials and hidden characters in prompt and instruction files are visible; whether a deployed model gives away its hidden context needs testing."),
}

OWASP_LLM_2025 = {
    "LLM01:2025": "prompt-injection",
    "LLM02:2025": "sensitive-info",
    "LLM03:2025": "supply-chain",
    "LLM04:2025": "poisoning",
    "LLM05:2025": "output-handling",
    "LLM06:2025": "excessive-agency",
    "LLM07:2025": "system-prompt-leakage",
    "LLM08:2025": "vector",
    "LLM09:2025": "misinformation",
    "LLM10:2025": "unbounded-consumption",
}

OWASP_LLM_2026 = {
    "LLM01:2026": "prompt-injection",
    "LLM02:2026": "sensitive-info",
    "LLM03:2026": "excessive-agency",
    "LLM04:2026": "supply-chain",
    "LLM05:2026": "poisoning",
    "LLM06:2026": "unbounded-consumption",
    "LLM07:2026": "misinformation",
    "LLM08:2026": "hidden-context",
    "LLM09:2026": "vector",
    "LLM10:2026": "output-handling",
}

# --------------------------------------------------------------------------
# OWASP Top 10 for Agentic Applications (ASI01-ASI10). Titles from the shared
# catalog (official table of contents). Scored where agent / MCP / gateway /
# prompt configuration in a repository can speak to the risk.
# Value: (summary, evidence, audit_note)
# --------------------------------------------------------------------------

ASI = {
    "ASI01": ("An attacker redirects what the agent is trying to achieve, through injected instructions in content, prompts or tool output.",
              "partly", "Hidden characters in instruction files and missing input guardrails are visible; whether the agent can be redirected needs adversarial testing."),
    "ASI02": ("The agent uses legitimate tools in harmful ways, for example destructive calls or tools chained beyond their purpose.",
              "partly", "Tool scopes, host-wide servers and auto-approval settings are visible; how the agent actually calls tools is a runtime property."),
    "ASI03": ("The agent's identity, credentials or delegated privileges are misused or escalated.",
              "partly", "Hard-coded credentials and over-broad server access are visible; how identities and delegation behave at runtime is not."),
    "ASI04": ("Tools, MCP servers, models, prompts or other agents pulled in from third parties are malicious, tampered with or unpinned.",
              "partly", "Pins, digests, allowlists and SBOM entries are visible; whether an upstream component is itself compromised is not."),
    "ASI05": ("The agent generates or triggers code that runs without adequate control, up to remote code execution.",
              "partly", "Shell and privileged-container access, auto-approved commands and code-executing weight formats are visible; sandboxing in operation is not."),
    "ASI06": ("Memory, retrieved context or stored data that the agent relies on is corrupted so that later decisions go wrong.",
              "partly", "Hidden characters in context files and retrieval-store access declarations are visible; the contents of memory at runtime are not."),
    "ASI07": ("Messages between agents can be intercepted, spoofed or altered because the channel lacks authentication or integrity protection.",
              "no", "Configuration shows at most the URL scheme of a remote endpoint; authentication, integrity and replay protection of agent-to-agent messages need protocol testing."),
    "ASI08": ("A fault or compromise in one agent or step spreads through connected agents and automated workflows.",
              "no", "Rate limits and logging only contain or detect a cascade; how failures propagate is runtime behaviour that needs testing and incident evidence."),
    "ASI09": ("People over-trust the agent, or the agent manipulates them, into approving harmful actions.",
              "partly", "Auto-approval settings, oversight declarations and transparency notices are visible; how people actually review agent actions needs audit."),
    "ASI10": ("An agent acts outside its intended role, through compromise or misalignment, while appearing legitimate.",
              "no", "Rogue behaviour shows only at runtime; detection needs behavioural monitoring and logs, which a repository scan cannot see."),
}

# --------------------------------------------------------------------------
# EU AI Act. Titles of Annex IV points are the Regulation's opening words and
# article titles are the official ones (both from the reference catalog); sub-point
# labels are the reference catalog's paraphrases. Summaries are our own.
# Value: (kind, scored, summary, evidence, audit_note)
# --------------------------------------------------------------------------

EU = {
    "Annex IV(1)": ("annex-iv-point", True,
                    "General description of the system: intended purpose, provider, version, how it interacts with other hardware and software, and instructions for use.",
                    "partly", "Intended purpose, name, version and register entries are checked; the full description (hardware, market forms, user interface, instructions for use) is reviewed by the assessor."),
    "Annex IV(2)": ("annex-iv-point", True,
                    "Detailed description of the system's elements and of how it was developed; see sub-points (a) to (h).",
                    "partly", "Model, data and SBOM records cover parts of (a) to (h); design rationale, signed test reports and the oversight assessment need review."),
    "Annex IV(3)": ("annex-iv-point", True,
                    "How the system is monitored, functions and is controlled: capabilities and limits, foreseeable unintended outcomes, oversight measures and input data specifications.",
                    "partly", "Limitations and oversight declarations are checked; their adequacy for the specific use needs assessment."),
    "Annex IV(4)": ("annex-iv-point", True,
                    "Why the chosen performance metrics suit this particular system.",
                    "partly", "Reported metrics are visible; the argument for their appropriateness is a reviewer's judgement."),
    "Annex IV(5)": ("annex-iv-point", True,
                    "Description of the risk management system required by Article 9.",
                    "partly", "A risk or impact assessment document is checked; that risk management runs through the life cycle needs audit."),
    "Annex IV(6)": ("annex-iv-point", True,
                    "Record of the relevant changes the provider makes to the system over its life cycle.",
                    "partly", "Repository history and SBOM freshness show changes; which changes are relevant and how they were assessed needs review."),
    "Annex IV(7)": ("annex-iv-point", True,
                    "List of the harmonised standards, or other solutions, applied to meet the requirements.",
                    "yes", None),
    "Annex IV(8)": ("annex-iv-point", True,
                    "A copy of the EU declaration of conformity (Article 47).",
                    "partly", "aigis sees that a declaration is on file; its signature and the conformity assessment behind it are verified outside the repository."),
    "Annex IV(9)": ("annex-iv-point", True,
                    "Description of how performance is evaluated after market placement, including the post-market monitoring plan (Article 72).",
                    "partly", "A monitoring plan is checked; that post-market monitoring is carried out needs operational records."),
    "Annex IV(2)(a)": ("annex-iv-subpoint", False,
                       "Development methods and steps, including use of pre-trained systems or third-party tools and how they were integrated.",
                       "partly", "Lineage and supplier records are visible; the account of how the system was built and integrated needs review."),
    "Annex IV(2)(b)": ("annex-iv-subpoint", False,
                       "Design specifications: general logic, algorithms, key design choices with their rationale, and trade-offs.",
                       "partly", "Task, input and output specifications are checked; design rationale and trade-offs are reviewed by people."),
    "Annex IV(2)(c)": ("annex-iv-subpoint", False,
                       "System architecture: how software components build on each other and the computing resources used.",
                       "partly", "Architecture fields and SBOM dependencies are visible; the completeness of the architecture description needs review."),
    "Annex IV(2)(d)": ("annex-iv-subpoint", False,
                       "Data requirements as datasheets: training data origin, scope, characteristics, collection, labelling and cleaning.",
                       "yes", None),
    "Annex IV(2)(e)": ("annex-iv-subpoint", False,
                       "Assessment of the human oversight measures needed under Article 14, including aids for interpreting outputs.",
                       "partly", "Oversight declarations are visible; the assessment of which measures are needed is not."),
    "Annex IV(2)(f)": ("annex-iv-subpoint", False,
                       "Changes to the system and its performance that are planned in advance, and how continued compliance is ensured.",
                       "partly", "Pinned versions and floating aliases are visible; a plan of pre-determined changes is a document for review."),
    "Annex IV(2)(g)": ("annex-iv-subpoint", False,
                       "Validation and testing procedures, data and metrics, with dated and signed test logs and reports.",
                       "partly", "Evaluation results are checked; signed test reports and the adequacy of the procedures need review."),
    "Annex IV(2)(h)": ("annex-iv-subpoint", False,
                       "Cybersecurity measures put in place for the system.",
                       "partly", "Configuration weaknesses are found; the security measures as a whole need security testing and review."),
    "Art. 5": ("article", False,
               "Bans certain AI practices outright, such as manipulative techniques, social scoring and some biometric uses.",
               "no", "Whether a use is prohibited is a legal assessment of how the system is actually used; a declared risk tier is only an input."),
    "Art. 6": ("article", False,
               "Rules that decide when an AI system counts as high-risk.",
               "partly", "A declared risk tier is visible; the legal classification behind it needs review."),
    "Art. 9": ("article", False,
               "Providers of high-risk systems run a documented risk management process across the whole life cycle.",
               "partly", "Risk and impact documents are visible; that the process runs continuously needs audit."),
    "Art. 10": ("article", False,
                "Training, validation and test data of high-risk systems are governed for quality, relevance, bias and origin.",
                "partly", "Dataset records, provenance and bias notes are checked; data governance practice and data quality need review."),
    "Art. 11": ("article", False,
                "High-risk systems have technical documentation covering Annex IV, drawn up before market placement and kept current.",
                "partly", "The Annex IV points that live in the repository are checked; the complete technical file needs review."),
    "Art. 12": ("article", False,
                "High-risk systems can record events automatically over their lifetime.",
                "partly", "Logging settings are visible; the system's logging capability is a runtime property."),
    "Art. 13": ("article", False,
                "Deployers receive clear instructions for use covering purpose, accuracy, limits and oversight.",
                "partly", "Intended use, limitations and contacts are checked; whether the instructions are adequate for deployers needs review."),
    "Art. 14": ("article", False,
                "High-risk systems are built so that people can oversee, understand and override them.",
                "partly", "Oversight declarations and agent approval settings are visible; effective oversight in use needs assessment."),
    "Art. 15": ("article", False,
                "High-risk systems reach appropriate accuracy, robustness and cybersecurity, with accuracy metrics declared.",
                "partly", "Reported metrics and configuration weaknesses are visible; robustness and security testing need other evidence."),
    "Art. 17": ("article", False,
                "Providers keep a documented quality management system covering design, testing, data, risk and post-market duties.",
                "partly", "Policy and procedure documents are visible; that the quality management system is implemented needs audit."),
    "Art. 19": ("article", False,
                "Providers keep the logs their high-risk systems generate for an appropriate period.",
                "partly", "Declared retention is visible; that logs are actually kept needs operational evidence."),
    "Art. 25": ("article", False,
                "Sets out when other parties in the value chain become providers and what cooperation suppliers of components owe.",
                "partly", "Named providers and suppliers are visible; the written agreements are kept elsewhere."),
    "Art. 26": ("article", False,
                "Deployers use high-risk systems as instructed, assign human oversight, monitor operation and keep logs.",
                "partly", "Use rules, oversight and logging declarations are visible; deployer practice needs audit."),
    "Art. 27": ("article", False,
                "Certain deployers assess the effects of a high-risk system on fundamental rights before first use.",
                "partly", "An assessment document is visible; its quality and the notification to the authority need review."),
    "Art. 47": ("article", False,
                "The provider draws up and signs a declaration that the high-risk system meets the Regulation's requirements.",
                "partly", "A declaration on file is visible; its signature and the conformity assessment behind it are verified elsewhere."),
    "Art. 50": ("article", False,
                "People are told when they deal with an AI system, and synthetic content is marked or disclosed.",
                "partly", "A transparency notice is visible; disclosure to users and marking of content happen at runtime."),
    "Art. 53": ("article", False,
                "Providers of general-purpose AI models keep technical documentation, inform downstream providers, respect copyright and publish a training-content summary.",
                "partly", "Model documentation and data licences are visible; the copyright policy and the published summary need review."),
    "Art. 72": ("article", False,
                "Providers collect and analyse performance data after market placement under a documented plan.",
                "partly", "A monitoring plan is visible; the monitoring itself needs operational records."),
    "Art. 73": ("article", False,
                "Providers report serious incidents to market surveillance authorities within set deadlines.",
                "partly", "An incident procedure is visible; actual reports and their timeliness are shown by incident records."),
    "Annex XI": ("annex", False,
                 "The technical documentation a general-purpose AI model provider keeps: model description, training process, data, compute and energy.",
                 "partly", "Model cards and energy figures cover part of it; the complete documentation needs review."),
}

# Short labels for the Annex IV(2) sub-points: the reference catalog's labels
# (paraphrases), with the first letter capitalised for display.

# --------------------------------------------------------------------------
# OWASP LLM 2025 -> 2026 correspondence: same-title matches (editorial, evidence-map.md section
# 3.5) plus the one pair OWASP states itself, in the 2026 preface: System Prompt Leakage
# (LLM07:2025) "is now" Hidden Context Exposure (LLM08:2026).
# --------------------------------------------------------------------------

LLM_2025_TO_2026 = [
    ("LLM01:2025", "LLM01:2026"),
    ("LLM02:2025", "LLM02:2026"),
    ("LLM03:2025", "LLM04:2026"),
    ("LLM04:2025", "LLM05:2026"),
    ("LLM05:2025", "LLM10:2026"),
    ("LLM06:2025", "LLM03:2026"),
    ("LLM08:2025", "LLM09:2026"),
    ("LLM09:2025", "LLM07:2026"),
    ("LLM10:2025", "LLM06:2026"),
]
LLM_2025_TO_2026_STATED = [("LLM07:2025", "LLM08:2026")]
OWASP_LLM_2026_RELEASE = "https://doi.org/10.5281/zenodo.22109014"

EXPECTED = {
    "iso42001": {"annex-a-control": 38, "clause": 43},
    "nist-ai-rmf": {"subcategory": 72},
    "owasp-llm-2025": {"risk": 10},
    "owasp-llm-2026": {"risk": 10},
    "owasp-agentic": {"risk": 10},
    "eu-ai-act": {"annex-iv-point": 9, "annex-iv-subpoint": 8},
}

EU_ARTICLES_REQUIRED = ["Art. 5", "Art. 6", "Art. 9", "Art. 10", "Art. 11", "Art. 12", "Art. 13", "Art. 14",
                        "Art. 15", "Art. 17", "Art. 19", "Art. 25", "Art. 26", "Art. 27", "Art. 47", "Art. 50",
                        "Art. 53", "Art. 72", "Art. 73"]
NIST_OUT_OF_REACH = ["GOVERN 2.2", "GOVERN 3.1", "GOVERN 5.2", "MAP 1.2", "MAP 1.5", "MAP 3.4", "MEASURE 1.2",
                     "MEASURE 1.3", "MEASURE 2.2", "MEASURE 2.13", "MEASURE 3.2", "MEASURE 4.1", "MEASURE 4.2",
                     "MEASURE 4.3", "MANAGE 1.2", "MANAGE 2.1", "MANAGE 4.2"]
ISO_AUDIT_ONLY = ["A.2.3", "A.4.6"]


# --------------------------------------------------------------------------

class CatalogError(Exception):
    pass


def fail(msg: str) -> None:
    raise CatalogError(msg)


def load_shared(path: str) -> dict:
    if os.path.isdir(path):
        for cand in (os.path.join(path, "catalog", "controls.json"), os.path.join(path, "controls.json")):
            if os.path.isfile(cand):
                path = cand
                break
        else:
            fail(f"no catalog/controls.json under {path}")
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def shared_index(shared: dict) -> dict:
    """shared framework id -> {control id -> control}"""
    out = {}
    for fw in shared["frameworks"]:
        ids = {}
        for c in fw["controls"]:
            if c["id"] in ids:
                fail(f"reference catalog has duplicate id {c['id']} in {fw['id']}")
            ids[c["id"]] = c
        out[fw["id"]] = ids
    return out


def shared_crosswalk(shared: dict, frm: str, to: str) -> dict:
    hits = [x for x in shared["crosswalks"] if x["from"] == frm and x["to"] == to]
    if len(hits) != 1:
        fail(f"expected one reference crosswalk {frm}->{to}, found {len(hits)}")
    return hits[0]


def entry(fw: str, cid: str, title: str, summary: str, url: str, kind: str, group, scored: bool,
          evidence: str, audit_note) -> dict:
    return {
        "id": cid,
        "key": f"{PREFIX[fw]}:{cid}",
        "title": title,
        "summary": summary,
        "url": url,
        "kind": kind,
        "group": group,
        "scored": scored,
        "evidence": evidence,
        "audit_note": audit_note,
    }


def cap_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def build_iso(idx: dict) -> list:
    src = idx[SHARED_FRAMEWORK["iso42001"]]
    out = []
    clause_ids = [c["id"] for c in src.values() if c["type"] in ("clause-heading", "clause")]
    if sorted(clause_ids) != sorted(ISO_CLAUSES):
        fail(f"ISO clause list differs from the reference catalog: missing {sorted(set(clause_ids) - set(ISO_CLAUSES))}, "
             f"extra {sorted(set(ISO_CLAUSES) - set(clause_ids))}")
    for cid in clause_ids:  # reference catalog order
        summary, evidence, note = ISO_CLAUSES[cid]
        top = cid.split(".")[0]
        out.append(entry("iso42001", cid, src[cid]["title"], summary, ISO_URL, "clause", top, False, evidence, note))
    control_ids = [c["id"] for c in src.values() if c["type"] == "control"]
    if sorted(control_ids) != sorted(ISO_CONTROLS):
        fail(f"ISO Annex A list differs from the reference catalog: missing {sorted(set(control_ids) - set(ISO_CONTROLS))}, "
             f"extra {sorted(set(ISO_CONTROLS) - set(control_ids))}")
    for cid in control_ids:
        summary, evidence, note = ISO_CONTROLS[cid]
        group = src[cid]["group"]
        scored = evidence in ("yes", "partly")
        out.append(entry("iso42001", cid, src[cid]["title"], summary, ISO_URL, "annex-a-control", group, scored,
                         evidence, note))
    return out


def build_nist(idx: dict) -> list:
    src = idx[SHARED_FRAMEWORK["nist-ai-rmf"]]
    subs = [c for c in src.values() if c["type"] == "subcategory"]
    ids = [c["id"] for c in subs]
    if sorted(ids) != sorted(NIST):
        fail(f"NIST list differs from the reference catalog: missing {sorted(set(ids) - set(NIST))}, extra {sorted(set(NIST) - set(ids))}")
    out = []
    for c in subs:
        title, summary, evidence, note = NIST[c["id"]]
        scored = c["id"] not in NIST_OUT_OF_REACH
        e = entry("nist-ai-rmf", c["id"], title, summary, NIST_CORE_URL, "subcategory", c["group"], scored,
                  evidence, note)
        # NIST gives subcategories no titles: the short label is this project's, and says so.
        e["title_is_label"] = True
        out.append(e)
    return out


def build_owasp_llm(idx: dict, fw: str, table: dict, url: str) -> list:
    src = idx[SHARED_FRAMEWORK[fw]]
    if sorted(src) != sorted(table):
        fail(f"{fw} list differs from shared")
    out = []
    for cid, c in src.items():
        summary, evidence, note = _LLM_TEXT[table[cid]]
        out.append(entry(fw, cid, c["title"], summary, url, "risk", None, True, evidence, note))
    return out


def build_agentic(idx: dict) -> list:
    src = idx[SHARED_FRAMEWORK["owasp-agentic"]]
    if sorted(src) != sorted(ASI):
        fail("owasp-agentic list differs from shared")
    out = []
    for cid, c in src.items():
        summary, evidence, note = ASI[cid]
        out.append(entry("owasp-agentic", cid, c["title"], summary, OWASP_AGENTIC_URL, "risk", None,
                         evidence != "no", evidence, note))
    return out


def eu_url(cid: str) -> str:
    if cid.startswith("Art. "):
        return f"{EU_HTML_URL}#art_{cid[5:]}"
    if cid.startswith("Annex IV"):
        return f"{EU_HTML_URL}#anx_IV"
    if cid == "Annex XI":
        return f"{EU_HTML_URL}#anx_XI"
    fail(f"no EU url rule for {cid}")


def build_eu(idx: dict) -> list:
    src = idx[SHARED_FRAMEWORK["eu-ai-act"]]
    out = []
    # order: Annex IV points, sub-points, articles (numeric), Annex XI
    def order(cid: str):
        kind = EU[cid][0]
        rank = {"annex-iv-point": 0, "annex-iv-subpoint": 1, "article": 2, "annex": 3}[kind]
        num = int(cid[5:]) if kind == "article" else 0
        return (rank, num, cid)
    for cid in sorted(EU, key=order):
        if cid not in src:
            fail(f"EU id {cid} not in shared catalog")
        kind, scored, summary, evidence, note = EU[cid]
        title = src[cid]["title"]
        if kind == "annex-iv-subpoint":
            title = cap_first(title)
        out.append(entry("eu-ai-act", cid, title, summary, eu_url(cid), kind, None, scored, evidence, note))
    return out


def readiness_scope(fw: str, controls: list) -> str:
    scored = [c for c in controls if c["scored"]]
    if fw == "iso42001":
        left = sorted((c["id"] for c in controls if c["kind"] == "annex-a-control" and not c["scored"]),
                      key=lambda s: [int(p) if p.isdigit() else p for p in s.replace("A.", "").split(".")])
        return (f"The {len(scored)} Annex A controls a repository can evidence in whole or in part: all 38 except "
                f"{' and '.join(left)}, which need audit evidence; clauses 4–10 are listed for reference and not scored.")
    if fw == "nist-ai-rmf":
        n_out = len(controls) - len(scored)
        return (f"The {len(scored)} of 72 subcategories a repository scan can speak to; the other {n_out} need evidence "
                f"a scan of one commit cannot see and are reported as needing audit evidence.")
    if fw in ("owasp-llm-2025", "owasp-llm-2026"):
        return (f"All {len(scored)} risks of the {FRAMEWORK_META[fw]['edition']} edition; a repository shows declared "
                f"configuration and documentation, not runtime behaviour, so each is at most partly evidenced.")
    if fw == "owasp-agentic":
        ids = [c["id"] for c in scored]
        rest = [c["id"] for c in controls if not c["scored"]]
        return (f"The {len(scored)} risks that agent, MCP, gateway and prompt configuration in a repository can speak to "
                f"({', '.join(ids)}); {', '.join(rest)} concern runtime agent behaviour and need other evidence.")
    if fw == "eu-ai-act":
        return (f"The {len(scored)} points of Annex IV (technical documentation); the sub-points of point (2), the "
                f"articles and Annex XI are informative and not scored.")
    fail(f"no readiness scope for {fw}")


def build_crosswalks(shared: dict, keys: set) -> list:
    nist_x = shared_crosswalk(shared, "nist-ai-rmf-1.0", "iso42001")
    nist_pairs = [[f"nist-ai-rmf:{a}", f"iso42001:{b}"] for a, b in nist_x["pairs"]]
    nist_flagged = [[f"nist-ai-rmf:{f['pair'][0]}", f"iso42001:{f['pair'][1]}"] for f in nist_x["flags"]]
    asi_x = shared_crosswalk(shared, "owasp-agentic-top10-2026", "owasp-llm-top10-2025")
    asi_pairs = [[f"owasp-agentic:{a}", f"owasp-llm:{b}"] for a, b in asi_x["pairs"]]
    llm_pairs = [[f"owasp-llm:{a}", f"owasp-llm:{b}"] for a, b in sorted(LLM_2025_TO_2026 + LLM_2025_TO_2026_STATED)]
    idx = shared_index(shared)
    for a, b in LLM_2025_TO_2026:
        ta = idx[SHARED_FRAMEWORK["owasp-llm-2025"]][a]["title"]
        tb = idx[SHARED_FRAMEWORK["owasp-llm-2026"]][b]["title"]
        if ta != tb:
            fail(f"editorial LLM crosswalk: {a} '{ta}' and {b} '{tb}' do not share a title")
    unmatched = set(idx[SHARED_FRAMEWORK["owasp-llm-2025"]]) - {a for a, _ in LLM_2025_TO_2026 + LLM_2025_TO_2026_STATED}
    if unmatched:
        fail(f"LLM crosswalk: unmatched 2025 entries {sorted(unmatched)}")
    release = next(f for f in shared["frameworks"] if f["id"] == SHARED_FRAMEWORK["owasp-llm-2026"]).get("release") or {}
    if release.get("doi") != "10.5281/zenodo.22109014" or [list(p) for p in LLM_2025_TO_2026_STATED] != release.get("stated_correspondences"):
        fail("LLM crosswalk: the reference catalog no longer records OWASP's 2026 release DOI or the correspondence its preface states")

    crosswalks = [
        {
            "id": "nist-ai-rmf->iso42001",
            "from": "nist-ai-rmf",
            "to": "iso42001",
            "authority": "published: NIST AI RMF to ISO/IEC 42001 crosswalk (NIST AIRC, prepared by Microsoft)",
            "url": "https://airc.nist.gov/docs/NIST_AI_RMF_to_ISO_IEC_42001_Crosswalk.pdf",
            "caveat": ("Drafted against the ISO/IEC FDIS 42001 and citing Annex B numbers (B.x.y), converted one-to-one "
                       "to Annex A (A.x.y); clause ids are kept as printed. The relation is 'related to' with no "
                       "strength given, so findings say 'related to', never 'satisfies'. Pairs were machine-read from "
                       "a PDF conversion. The flagged rows print an id whose title belongs to another control "
                       "(GOVERN 3.2-A.3.2 'Management review inputs', MAP 1.4-A.2.2 'Customers', MAP 1.5-6.1.1 "
                       "'Objective'); check them against the PDF before relying on them."),
            "pairs": nist_pairs,
            "flagged": nist_flagged,
        },
        {
            "id": "owasp-agentic->owasp-llm-2025",
            "from": "owasp-agentic",
            "to": "owasp-llm-2025",
            "authority": "official: OWASP Top 10 for Agentic Applications for 2026, Appendix A (OWASP Agentic AI Security Mapping Matrix)",
            "url": asi_x["source_url"],
            "caveat": ("Published by OWASP in the Agentic Top 10 itself. Ids were re-read from a text rendering of the "
                       "table; cells without an edition suffix were read as the 2025 LLM edition. The relation is "
                       "'related risk', not equivalence."),
            "pairs": asi_pairs,
            "flagged": [],
        },
        {
            "id": "owasp-llm-2025->owasp-llm-2026",
            "from": "owasp-llm-2025",
            "to": "owasp-llm-2026",
            "authority": "editorial: same-title match by this project, plus the one correspondence OWASP states",
            "url": OWASP_LLM_2026_RELEASE,
            "caveat": ("Against the published 2026 release (2026-08-04, DOI 10.5281/zenodo.22109014). OWASP's 2026 "
                       "preface states one correspondence: System Prompt Leakage (LLM07:2025) \"is now\" Hidden "
                       "Context Exposure (LLM08:2026). Every other pair is matched by entry title only, by this "
                       "project; an entry with the same title may have a changed scope. Readiness for the 2026 "
                       "edition is derived from the rules' 2025 citations through these pairs and is labelled so."),
            "pairs": llm_pairs,
            "flagged": [],
        },
    ]
    for x in crosswalks:
        for pair in x["pairs"] + x["flagged"]:
            for k in pair:
                if k not in keys:
                    fail(f"crosswalk {x['id']}: {k} is not a catalog key")
        if len({tuple(p) for p in x["pairs"]}) != len(x["pairs"]):
            fail(f"crosswalk {x['id']}: duplicate pairs")
        for pair in x["flagged"]:
            if pair not in x["pairs"]:
                fail(f"crosswalk {x['id']}: flagged pair {pair} is not among its pairs")
    if len(crosswalks[0]["pairs"]) != 280 or len(crosswalks[0]["flagged"]) != 3:
        fail("NIST crosswalk: expected 280 pairs and 3 flagged")
    if len(crosswalks[1]["pairs"]) != 23:
        fail("Agentic crosswalk: expected 23 pairs")
    return crosswalks


def validate(catalog: dict, idx: dict) -> None:
    keys = set()
    for fw in catalog["frameworks"]:
        fid = fw["id"]
        shared_ids = idx[SHARED_FRAMEWORK[fid]]
        counts: dict = {}
        for c in fw["controls"]:
            if c["id"] not in shared_ids:
                fail(f"{fid}: id {c['id']!r} is not in the reference catalog")
            if c["key"] != f"{fw['prefix']}:{c['id']}":
                fail(f"{fid}: bad key {c['key']}")
            if c["key"] in keys:
                fail(f"duplicate key {c['key']}")
            keys.add(c["key"])
            if c["evidence"] not in ("yes", "partly", "no"):
                fail(f"{c['key']}: bad evidence {c['evidence']}")
            if c["evidence"] in ("partly", "no") and not c["audit_note"]:
                fail(f"{c['key']}: audit_note required for evidence {c['evidence']}")
            if c["evidence"] == "no" and c["scored"]:
                fail(f"{c['key']}: evidence 'no' cannot be scored")
            for field in ("title", "summary", "url"):
                if not c[field]:
                    fail(f"{c['key']}: empty {field}")
            for field in ("summary", "audit_note"):
                v = c[field]
                if v is not None and ("\n" in v or len(v) > 240):
                    fail(f"{c['key']}: {field} must be one line of at most 240 characters")
            counts[c["kind"]] = counts.get(c["kind"], 0) + 1
        for kind, n in EXPECTED[fid].items():
            if counts.get(kind) != n:
                fail(f"{fid}: expected {n} {kind}, found {counts.get(kind)}")
    by_key = {c["key"]: c for fw in catalog["frameworks"] for c in fw["controls"]}
    # ISO: Annex A scored unless left to audit; clauses never scored; no objective slots.
    for c in by_key.values():
        if c["key"].startswith("iso42001:"):
            if c["kind"] == "clause" and c["scored"]:
                fail(f"{c['key']}: clauses are not scored")
            if c["kind"] == "annex-a-control":
                if idx["iso42001"][c["id"]]["type"] != "control":
                    fail(f"{c['key']}: not an Annex A control in the reference catalog (objective slot?)")
                if c["scored"] != (c["id"] not in ISO_AUDIT_ONLY):
                    fail(f"{c['key']}: wrong scored flag")
    iso_scored = sum(1 for c in by_key.values() if c["key"].startswith("iso42001:") and c["scored"])
    if iso_scored != 36:
        fail(f"ISO: expected 36 scored Annex A controls, found {iso_scored}")
    for cid in NIST_OUT_OF_REACH:
        c = by_key[f"nist-ai-rmf:{cid}"]
        if c["scored"] or c["evidence"] != "no":
            fail(f"{c['key']}: out of reach per evidence-map 3.3, must be evidence 'no' and not scored")
    nist_scored = sum(1 for c in by_key.values() if c["key"].startswith("nist-ai-rmf:") and c["scored"])
    if nist_scored != 55:
        fail(f"NIST: expected 55 scored, found {nist_scored}")
    for cid in EU_ARTICLES_REQUIRED:
        if f"eu-ai-act:{cid}" not in by_key:
            fail(f"EU: missing {cid}")
    eu_scored = [c for c in by_key.values() if c["key"].startswith("eu-ai-act:") and c["scored"]]
    if len(eu_scored) != 9 or any(c["kind"] != "annex-iv-point" for c in eu_scored):
        fail("EU: exactly the 9 Annex IV points must be scored")
    for fid in ("owasp-llm-2025", "owasp-llm-2026"):
        fw = next(f for f in catalog["frameworks"] if f["id"] == fid)
        if not all(c["scored"] for c in fw["controls"]):
            fail(f"{fid}: all entries are scored")
    # crosswalk keys checked in build_crosswalks


def build(shared: dict) -> dict:
    idx = shared_index(shared)
    frameworks = []
    builders = [
        ("iso42001", build_iso),
        ("nist-ai-rmf", build_nist),
        ("owasp-llm-2025", lambda i: build_owasp_llm(i, "owasp-llm-2025", OWASP_LLM_2025, OWASP_LLM_2025_URL)),
        ("owasp-llm-2026", lambda i: build_owasp_llm(i, "owasp-llm-2026", OWASP_LLM_2026, OWASP_LLM_2026_URL)),
        ("owasp-agentic", build_agentic),
        ("eu-ai-act", build_eu),
    ]
    for fid, fn in builders:
        controls = fn(idx)
        meta = FRAMEWORK_META[fid]
        frameworks.append({
            "id": fid,
            "prefix": PREFIX[fid],
            "name": meta["name"],
            "short_name": meta["short_name"],
            "edition": meta["edition"],
            "url": meta["url"],
            "readiness_scope": readiness_scope(fid, controls),
            "controls": controls,
        })
    catalog = {"version": 1, "frameworks": frameworks, "crosswalks": []}
    validate(catalog, idx)
    keys = {c["key"] for fw in frameworks for c in fw["controls"]}
    catalog["crosswalks"] = build_crosswalks(shared, keys)
    return catalog


def main(argv=None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(os.path.dirname(here), "catalog", "controls.json")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_ref = os.path.join(os.path.dirname(here), "catalog", "reference", "controls.json")
    ap.add_argument("shared", nargs="?", default=default_ref,
                    help=f"reference catalog: controls.json, or a directory holding catalog/controls.json "
                         f"(default: {default_ref})")
    ap.add_argument("--out", default=default_out, help=f"output file (default: {default_out})")
    ap.add_argument("--check", action="store_true", help="validate and compare with --out; write nothing")
    args = ap.parse_args(argv)
    try:
        catalog = build(load_shared(args.shared))
    except CatalogError as e:
        print(f"gen-catalog: {e}", file=sys.stderr)
        return 1
    text = json.dumps(catalog, indent=2, ensure_ascii=False) + "\n"
    if args.check:
        try:
            with open(args.out, encoding="utf-8") as fh:
                current = fh.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print(f"gen-catalog: {args.out} is out of date", file=sys.stderr)
            return 1
        print(f"gen-catalog: {args.out} is up to date")
        return 0
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text)
    summary = ", ".join(f"{fw['id']}={len(fw['controls'])}" for fw in catalog["frameworks"])
    print(f"gen-catalog: wrote {args.out} ({summary}; crosswalk pairs "
          f"{', '.join(str(len(x['pairs'])) for x in catalog['crosswalks'])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
