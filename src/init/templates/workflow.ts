// The GitHub workflow that runs aigis on every pull request (docs/github.md explains each line).

export function workflowTemplate(): string {
  return [
    "# Runs aigis on every pull request and push to main; scaffolded by `aigis init`.",
    "# Make the `aigis` check required in branch protection so critical gaps block the merge.",
    "name: AI governance",
    "on:",
    "  pull_request:",
    "  push:",
    "    branches: [main]",
    "jobs:",
    "  aigis:",
    "    runs-on: ubuntu-latest",
    "    permissions:",
    "      contents: read",
    "      pull-requests: write   # the sticky pull-request comment",
    "    steps:",
    "      - uses: actions/checkout@v5",
    "      - uses: aigis/aigis@v0    # pin a release tag or a commit SHA",
    "        # fail-on and everything else come from .aigis.yml",
    "",
  ].join("\n");
}
