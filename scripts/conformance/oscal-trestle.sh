#!/usr/bin/env bash
# OSCAL conformance: compliance-trestle (the OSCAL SDK of the oscal-compass project) must read the
# assessment results aigis writes, and hold exactly one OSCAL finding per active aigis finding.
# Uses a virtual environment of its own under .tools/venv-trestle with a pinned compliance-trestle
# (3.12.x reads OSCAL 1.1.x, the version aigis writes). Needs `npm run build` first (the CLI bundle).
#   Usage: bash scripts/conformance/oscal-trestle.sh [fixture ...]   (default: gaps waivers passing)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/.tools/venv-trestle"
trestle_version="3.12.4"
if ! "$venv/bin/python" -c "import trestle, sys; sys.exit(trestle.__version__ != '$trestle_version')" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "compliance-trestle==$trestle_version"
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fixtures=("$@")
[ ${#fixtures[@]} -gt 0 ] || fixtures=(gaps waivers passing)
for fx in "${fixtures[@]}"; do
  SOURCE_DATE_EPOCH=1767225600 node "$root/dist/cli/index.js" check "$root/fixtures/$fx" --fail-on none --format oscal --output "$tmp/$fx.oscal.json"
  node "$root/dist/cli/index.js" check "$root/fixtures/$fx" --fail-on none --format json --output "$tmp/$fx.report.json"
  "$venv/bin/python" - "$tmp/$fx.oscal.json" "$tmp/$fx.report.json" "$fx" <<'PY'
import json, pathlib, sys
from trestle.oscal.assessment_results import AssessmentResults
oscal, report, name = pathlib.Path(sys.argv[1]), json.loads(pathlib.Path(sys.argv[2]).read_text()), sys.argv[3]
ar = AssessmentResults.oscal_read(oscal)
assert ar is not None, f"{name}: trestle read nothing"
result = ar.results[0]
findings = len(result.findings or [])
risks = len(result.risks or [])
assert findings == len(report["findings"]), f"{name}: {findings} OSCAL findings for {len(report['findings'])} active findings"
assert risks == len(report["suppressed"]), f"{name}: {risks} risks for {len(report['suppressed'])} waived findings"
print(f"{name}: compliance-trestle read {oscal.name}: {findings} findings (= active), {risks} accepted risks (= waived), "
      f"{len(result.observations or [])} observations, {len(result.reviewed_controls.control_selections)} control selections")
PY
done
