#!/usr/bin/env bash
# Installs the pinned OPA CLI, Regal linter and actionlint (the GitHub Actions workflow linter) from
# the Go module proxy into .tools/bin (git-ignored).
# A stamp file per tool records what was built, so a second run with the same pins does nothing.
#
# OPA is installed with `go install module@version`. Regal is built from tools/regal/go.mod, which
# pins it (and its checksums in go.sum): the proxy refuses Regal's version list, which `go install
# module@version` asks for, while the module version itself is served.
set -euo pipefail

OPA_VERSION="v1.22.3"
ACTIONLINT_VERSION="v1.7.12"
REGAL_VERSION="$(sed -n 's#^require github.com/open-policy-agent/regal \(v[^ ]*\).*#\1#p' "$(dirname "$0")/../tools/regal/go.mod")"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/.tools/bin"
mkdir -p "$bin"

if ! command -v go >/dev/null 2>&1; then
  echo "install-tools: Go is required: OPA and Regal are built from the Go module proxy with 'go install'." >&2
  exit 2
fi

# `go install` prints a line per module it downloads (over a hundred on a first run): that goes to a
# log, shown only when the build fails.
log="$root/.tools/install.log"
quiet() {
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "install-tools: failed: $* (log above, also in $log)" >&2
    exit 1
  fi
}

current() { # tool -> stamp contents, or empty
  [ -x "$bin/$1" ] && [ -f "$bin/.$1.stamp" ] && cat "$bin/.$1.stamp" || true
}

want_opa="opa $OPA_VERSION $(go env GOVERSION)"
if [ "$(current opa)" != "$want_opa" ]; then
  echo "install-tools: go install github.com/open-policy-agent/opa@$OPA_VERSION"
  quiet env GOBIN="$bin" CGO_ENABLED=0 GOFLAGS=-trimpath go install "github.com/open-policy-agent/opa@$OPA_VERSION"
  echo "$want_opa" > "$bin/.opa.stamp"
else
  echo "install-tools: opa $OPA_VERSION already in .tools/bin"
fi

want_regal="regal $REGAL_VERSION $(go env GOVERSION) $(sha256sum "$root/tools/regal/go.sum" | cut -c1-16)"
if [ "$(current regal)" != "$want_regal" ]; then
  echo "install-tools: go install github.com/open-policy-agent/regal ($REGAL_VERSION, from tools/regal/go.mod)"
  (cd "$root/tools/regal" && quiet env GOBIN="$bin" CGO_ENABLED=0 GOFLAGS="-trimpath -mod=readonly" \
    go install -ldflags "-X github.com/open-policy-agent/regal/pkg/version.Version=$REGAL_VERSION" \
    github.com/open-policy-agent/regal)
  echo "$want_regal" > "$bin/.regal.stamp"
else
  echo "install-tools: regal $REGAL_VERSION already in .tools/bin"
fi

want_actionlint="actionlint $ACTIONLINT_VERSION $(go env GOVERSION)"
if [ "$(current actionlint)" != "$want_actionlint" ]; then
  echo "install-tools: go install github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
  GOBIN="$bin" CGO_ENABLED=0 GOFLAGS=-trimpath go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
  echo "$want_actionlint" > "$bin/.actionlint.stamp"
else
  echo "install-tools: actionlint $ACTIONLINT_VERSION already in .tools/bin"
fi

"$bin/opa" version | sed -n 's/^Version: */opa /p'
"$bin/regal" version | sed -n 's/^Version: */regal /p'
"$bin/actionlint" -version | head -n 1 | sed 's/^/actionlint /'
