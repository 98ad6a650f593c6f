#!/usr/bin/env bash
# Scans one batch of the organisation scan (.github/workflows/org-scan.yml): clones each repository
# (shallow, the token in an HTTP header, never in a URL or .git/config), runs `aigis check` on it and
# leaves its JSON report in $REPORTS. A repository that cannot be cloned or scanned leaves a
# `scan_error` record instead, which `aigis merge` names as skipped: a missing repository is never silent.
#
# Environment: REPOSITORIES (space-separated owner/name), GH_TOKEN, FAIL_ON, AIGIS (path to the CLI),
# REPORTS (output directory), WORK (where to clone), GITHUB_SERVER_URL.
# Exit status: 0 every repository passed; 1 some repository failed its fail-on or could not be scanned.
set -uo pipefail

: "${REPOSITORIES:?}" "${AIGIS:?}" "${REPORTS:?}" "${WORK:?}"
server="${GITHUB_SERVER_URL:-https://github.com}"
fail_on="${FAIL_ON:-critical}"
mkdir -p "$REPORTS" "$WORK"
status=0
auth=()
if [ -n "${GH_TOKEN:-}" ]; then
  echo "::add-mask::$(printf 'x-access-token:%s' "$GH_TOKEN" | base64 -w0)"
  auth=(-c "http.extraheader=AUTHORIZATION: basic $(printf 'x-access-token:%s' "$GH_TOKEN" | base64 -w0)")
fi

record_error() { # repository, file, message: a record `aigis merge` reports as a failed scan
  node -e 'const [repository, message] = process.argv.slice(1); process.stdout.write(JSON.stringify({ tool: { name: "aigis" }, report_version: 1, repository, scan_error: message }) + "\n")' "$1" "$3" > "$2"
}

for repository in $REPOSITORIES; do
  if ! [[ "$repository" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]]; then
    echo "::error::not a repository name: $repository"; status=1; continue
  fi
  file="$REPORTS/${repository/\//__}.json"
  dir="$WORK/${repository/\//__}"
  echo "::group::$repository"
  if ! git "${auth[@]}" clone --quiet --depth 1 --no-tags -- "$server/$repository.git" "$dir"; then
    record_error "$repository" "$file" "could not be cloned"
    echo "::error::$repository could not be cloned"; status=1
  else
    commit="$(git -C "$dir" rev-parse HEAD)"
    ref="$(git -C "$dir" symbolic-ref -q HEAD || true)"
    node "$AIGIS" check "$dir" --fail-on "$fail_on" --format json --output "$file" \
      --repository "$repository" --commit "$commit" ${ref:+--ref "$ref"}
    code=$?
    if [ "$code" -eq 1 ]; then
      echo "::warning::$repository has findings at or above $fail_on"; status=1
    elif [ "$code" -ne 0 ]; then
      record_error "$repository" "$file" "aigis check ended with status $code (a configuration or internal error; see the job log)"
      echo "::error::aigis could not check $repository (status $code)"; status=1
    fi
    rm -rf "$dir"
  fi
  echo "::endgroup::"
done
exit "$status"
