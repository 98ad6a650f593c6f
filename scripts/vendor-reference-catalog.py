#!/usr/bin/env python3
"""Extract the vendored reference catalog (catalog/reference/controls.json).

Usage:
    python3 scripts/vendor-reference-catalog.py SOURCE [--out PATH]

SOURCE is the project's full verification catalog (a controls.json with
frameworks, crosswalks and per-entry verification notes). It is read once, by a
maintainer, when the reference data changes; nothing reads it at build, test or
run time. The extract keeps only what scripts/gen-catalog.py needs and what may
be redistributed:

- for each framework aigis maps to: id, name, version, licence and its sources;
- for each entry: id, type, group, the keys of the sources that verified it, and
  the official title where one exists and may be quoted (ISO/IEC 42001 ids and
  short titles only, never ISO text; OWASP risk titles; EU AI Act headings).
  NIST AI RMF categories and subcategories have no short titles, only sentences
  of the standard, so no title is kept for them;
- the two crosswalks aigis ships (NIST AI RMF -> ISO/IEC 42001, OWASP Agentic
  -> OWASP LLM 2025): their source, authority, pairs and flagged pairs.
"""

from __future__ import annotations

import argparse
import json
import re
import os
import sys

FRAMEWORKS = ["iso42001", "nist-ai-rmf-1.0", "owasp-llm-top10-2025", "owasp-llm-top10-2026",
              "owasp-agentic-top10-2026", "eu-ai-act"]
CROSSWALKS = [("nist-ai-rmf-1.0", "iso42001"), ("owasp-agentic-top10-2026", "owasp-llm-top10-2025")]
# NIST entries whose "title" is a sentence of the standard rather than a name.
UNTITLED = {("nist-ai-rmf-1.0", "category"), ("nist-ai-rmf-1.0", "subcategory")}


def release_facts(fw: dict) -> dict:
    """Facts (no prose) the notes record about a release: its date, DOI and the correspondences the
    publisher states itself, e.g. OWASP's 2026 preface saying an earlier entry "is now" a new one."""
    notes = " ".join(fw.get("notes", []))
    doi = re.search(r"DOI (10\.\d+/[^\s,;)]+)", notes)
    date = re.search(r"Published (\d{4}-\d{2}-\d{2})", notes)
    stated = re.findall(r"\((LLM\d\d:\d{4})\) \"is now\" [^(]*\((LLM\d\d:\d{4})\)", notes)
    out = {}
    if doi or date or stated:
        out["release"] = {"published": date.group(1) if date else None, "doi": doi.group(1) if doi else None,
                          "stated_correspondences": [list(p) for p in stated]}
    return out


def extract(src: dict) -> dict:
    by_id = {f["id"]: f for f in src["frameworks"]}
    frameworks = []
    for fid in FRAMEWORKS:
        fw = by_id[fid]
        controls = []
        for c in fw["controls"]:
            out = {"id": c["id"], "type": c["type"], "group": c.get("group")}
            if (fid, c["type"]) not in UNTITLED:
                out["title"] = c["title"]
            out["verified_by"] = c.get("verified_by", [])
            controls.append(out)
        frameworks.append({
            "id": fid,
            "name": fw["name"],
            "version": fw["version"],
            "license": fw.get("license"),
            "sources": fw["sources"],
            "source_keys": fw.get("source_keys", {}),
            "controls": controls,
            **release_facts(fw),
        })
    crosswalks = []
    for frm, to in CROSSWALKS:
        (x,) = [x for x in src["crosswalks"] if x["from"] == frm and x["to"] == to]
        crosswalks.append({
            "from": frm,
            "to": to,
            "source": x["source"],
            "source_url": x["source_url"],
            "authority": x["authority"],
            "pairs": x["pairs"],
            "flags": [{"pair": f["pair"], "source_id": f["source_id"]} for f in x.get("flags", [])],
        })
    return {"generated": src.get("generated"), "frameworks": frameworks, "crosswalks": crosswalks}


def main(argv=None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(os.path.dirname(here), "catalog", "reference", "controls.json")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", help="the full verification catalog (controls.json)")
    ap.add_argument("--out", default=default_out)
    args = ap.parse_args(argv)
    with open(args.source, encoding="utf-8") as fh:
        data = extract(json.load(fh))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    print(f"vendor-reference-catalog: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
