# METADATA
# title: Shared predicates for agent rules
# description: |
#   What several agent and LLM-application rules ask of MCP servers, prompts and gateways: which
#   servers reach beyond the workspace, which URLs stay on the machine, which settings declare a scope.
# schemas:
#   - input: schema["policy-input"]
package aigis.agent

import data.aigis.lib

configs := input.artifacts.agent_configs

# Configurations that give agents tools or models: MCP servers, tool permissions, a model gateway.
acting := [c |
	some c in configs
	acts(c)
]

acts(c) if count(c.servers) > 0

acts(c) if count(c.permissions.allow) + count(c.permissions.ask) > 0

acts(c) if c.format == "gateway"

configs_of(format) := [c | some c in configs; c.format == format]

# Every MCP server with the config that declares it.
servers := [[cfg, s] | some cfg in configs_of("mcp"); some s in cfg.servers]

matches_any(value, patterns) if {
	is_string(value)
	some p in patterns
	regex.match(p, value)
}

# A URL that never leaves the machine.
loopback(url) if regex.match(`^(?i)[a-z]+://(localhost|127\.\d+\.\d+\.\d+|\[::1\])([:/?#]|$)`, url)

# A URL on the machine or on a container network: loopback, a compose service or container name
# (a host without a dot), `host.docker.internal`, mDNS `.local`, `.localhost`, Kubernetes service
# names. Traffic to it stays on the host or its container network, so plain HTTP and an open
# endpoint are not the agent configuration's to judge. Company hosts (`gpu.acme.internal`) are not.
private_endpoint(url) if loopback(url)

private_endpoint(url) if regex.match(container_host_pattern, url)

# A documentation template's URL (`http://<host>:<port>/mcp`, `https://${HOST}/sse`) names no server.
private_endpoint(url) if regex.match(`^(?i)[a-z]+://[^/?#]*[<>{}$%]`, url)

container_host_pattern := concat("", [
	`^(?i)[a-z]+://([^/@?#]*@)?(`,
	`[a-z0-9_-]+`,
	`|host\.docker\.internal|[^/:?#]+\.(local|localhost|svc|svc\.cluster\.local)`,
	`)([:/?#]|$)`,
])

plaintext(url) if {
	regex.match(`^(?i)(http|ws)://`, url)
	not private_endpoint(url)
}

# The package or image a server runs, or its command when nothing is fetched.
server_code(s) := s.package if is_string(s.package)

else := s.command

# A directory outside the workspace: the root, a home directory, a drive root, an absolute path
# or a path that climbs out with `..`.
outside_workspace(dir) if regex.match(outside_pattern, dir)

outside_pattern := concat("", [
	`^(/|~|\$HOME|\$\{HOME\}|\$\{userHome\}|%USERPROFILE%`,
	`|[A-Za-z]:[\\/]|\.\.([\\/]|$))`,
])

# Why a server reaches further than a task in the workspace needs, as [pointer, reason] pairs
# located at the argument or package that grants it; empty when it does not.
reach(s) := ((fs_reach(s) | shell_reach(s)) | browser_reach(s)) | container_reach(s)

fs_reach(s) := {[sprintf("%s/args/%d", [s.pointer, i]), lib.format("filesystem access to %s", [dir])] |
	matches_any(s.package, lib.param("mcp_filesystem_servers"))
	some i, dir in s.args
	i > s.package_arg
	not startswith(dir, "-")
	outside_workspace(dir)
}

shell_reach(s) := {[concat("", [s.pointer, "/package"]), "shell command execution"]} if {
	matches_any(s.package, lib.param("mcp_shell_servers"))
	not scoped(s)
} else := set()

browser_reach(s) := {[concat("", [s.pointer, "/package"]), "browser automation on any site"]} if {
	matches_any(s.package, lib.param("mcp_browser_servers"))
	not scoped(s)
} else := set()

container_reach(s) := {[sprintf("%s/args/%d", [s.pointer, i]), msg] |
	s.runner in {"docker", "podman"}
	some i, a in s.args
	i < s.package_arg
	msg := container_option(a, next_arg(s.args, i))
}

next_arg(args, i) := args[i + 1] if count(args) > i + 1

else := ""

container_option("--privileged", _) := "a privileged container"

container_option(a, next) := "the host network" if {
	a in {"--network", "--net"}
	next == "host"
}

container_option(a, _) := "the host network" if a in {"--network=host", "--net=host"}

container_option(a, next) := "the host process namespace" if {
	a in {"--pid", "--pid=host"}
	"host" in {next, trim_prefix(a, "--pid=")}
}

container_option(a, next) := lib.format("a mount of %s", [source]) if {
	a in {"-v", "--volume", "--mount"}
	source := mount_source(next)
	host_wide(source)
}

container_option(a, _) := lib.format("a mount of %s", [source]) if {
	regex.match(`^(-v|--volume|--mount)=`, a)
	source := mount_source(substring(a, indexof(a, "=") + 1, -1))
	host_wide(source)
}

mount_source(spec) := trim_prefix(trim_prefix(part, "source="), "src=") if {
	some part in split(spec, ",")
	regex.match(`^(source|src)=`, part)
} else := split(spec, ":")[0]

host_wide(source) if source in {"/", "/var/run/docker.sock", "/run/docker.sock", "~", "$HOME", "/etc", "/root", "/home"}

# The server declares what it may touch: an allowlist option or variable with a real value.
scoped(s) if {
	some i, a in s.args
	some opt in lib.param("mcp_scope_options")
	startswith(opt, "-")
	scope_value(a, opt, next_arg(s.args, i))
}

scoped(s) if {
	some e in s.env
	e.name in lib.param("mcp_scope_options")
	not trim_space(e.value) in {"", "*", ".*", "all", "ALL"}
}

scope_value(a, opt, next) if {
	a == opt
	not trim_space(next) in {"", "*", ".*"}
	not startswith(next, "-")
}

scope_value(a, opt, _) if {
	startswith(a, concat("", [opt, "="]))
	not trim_space(substring(a, count(opt) + 1, -1)) in {"", "*", ".*"}
}

# A server whose auto-approved tools include every tool, or any tool at all when the server reaches
# beyond the workspace (AIGIS-AG-005); narrower auto-approval is AIGIS-AG-017's.
auto_approves_broadly(s) if "*" in s.auto_approve

auto_approves_broadly(s) if {
	count(s.auto_approve) > 0
	count(reach(s)) > 0
}

# How findings name a kind of credential.
secret_kinds := {
	"openai-key": "OpenAI API key",
	"anthropic-key": "Anthropic API key",
	"github-token": "GitHub token",
	"gitlab-token": "GitLab token",
	"slack-token": "Slack token",
	"aws-access-key": "AWS access key",
	"google-api-key": "Google API key",
	"huggingface-token": "Hugging Face token",
	"stripe-key": "Stripe key",
	"npm-token": "npm token",
	"jwt": "JSON Web Token",
	"private-key": "private key",
	"bearer-token": "bearer token",
	"basic-auth": "basic-auth credential",
	"connection-string-password": "password in a connection string",
	"url-credential": "credential in a URL",
	"credential": "credential",
}

secret_kind(kind) := object.get(secret_kinds, kind, "credential")

# How findings name a gateway deployment: its model_name, else the model it routes to.
model_name(m) := m.name if is_string(m.name)

else := m.model
