#!/usr/bin/env bash
# Installs the reference validators used as conformance oracles (mlcroissant for Croissant,
# spdx3-validate for SPDX 3) into a local virtual environment, .tools/venv (git-ignored), with the
# versions pinned in requirements.txt. A stamp records the requirements' digest, so a second run
# with the same pins does nothing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="$root/.tools/venv"
requirements="$root/scripts/conformance/requirements.txt"
stamp="$venv/.oracles.stamp"
want="$(sha256sum "$requirements" | cut -c1-16)"

if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "install-oracles: mlcroissant and spdx3-validate already in .tools/venv" >&2
  exit 0
fi

python="${PYTHON:-python3}"
if ! command -v "$python" >/dev/null 2>&1; then
  echo "install-oracles: Python 3 is required for the reference validators (set PYTHON to choose one)." >&2
  exit 2
fi
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --requirement "$requirements" >&2
echo "$want" > "$stamp"
echo "install-oracles: installed $(grep -E '^(mlcroissant|spdx3-validate)==' "$requirements" | tr '\n' ' ')into .tools/venv" >&2
