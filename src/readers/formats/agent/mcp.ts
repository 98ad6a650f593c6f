// MCP client configurations: which servers an agent may start or reach, and what it may do without
// asking. One reader for the shapes clients use:
//   mcpServers {name: {command, args, env} | {url|serverUrl|httpUrl, type, headers}}  Claude Code
//     `.mcp.json`, Claude Desktop, Cursor, Cline (autoApprove, disabled), Roo/Kilo (alwaysAllow),
//     Windsurf (serverUrl), Gemini CLI (httpUrl, trust)
//   servers {…} and inputs [...]                          VS Code `.vscode/mcp.json`
//   mcp.servers, chat.tools.*autoApprove                  VS Code `settings.json`
//   permissions {allow, ask, deny, defaultMode}, env, enableAllProjectMcpServers   `.claude/settings.json`
//   projects {path: {mcpServers, allowedTools}} beside mcpServers         Claude Code `~/.claude.json`
//   context_servers {name: {command: {path, args, env} | command, args, env | url}}   Zed settings.json
//   mcp_servers {name: {command, args, env | url, bearer_token_env_var, http_headers}}, [profiles.*],
//     approval_policy, sandbox_mode                                     Codex `config.toml`
import type { AgentConfig, AgentSetting, McpServer, ReadArtifact, SourceMap } from "../../../model/types.js";
import { ArtifactError } from "../../../parse/errors.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { arrayOf, dictAt, isDict, str, type Dict, type Path } from "../../../parse/values.js";
import type { ParsedDoc } from "../../../parse/yaml-doc.js";
import { parseJsonc } from "../../../parse/json-doc.js";
import { bridgeOf, parseLaunch, splitCommandLine } from "./launch.js";
import { AgentScan, clean } from "./scan.js";
import { isReference, credentialKey } from "../../../parse/secrets.js";
import { blankAgentConfig } from "./shape.js";

/** Where the server map sits in each shape, in the order they are tried. */
const SERVER_MAPS: Path[] = [["mcpServers"], ["servers"], ["mcp", "servers"], ["mcp.servers"], ["mcp_servers"], ["context_servers"]];
const AUTH_HEADERS = /^(authorization|proxy-authorization|cookie|x-api-key|api-key|x-auth-token)$/i;
/** No client config lists more; past this the file is a generated or hostile one, read in part. */
export const MAX_SERVERS = 500;

export function looksLikeMcp(v: unknown): boolean {
  return isDict(v) && (SERVER_MAPS.some((p) => isDict(at(v, p))) || projectServerMaps(v).length > 0);
}

/** Claude Code's user file `~/.claude.json` keeps servers per project: `projects.<dir>.mcpServers`. */
function projectServerMaps(v: Dict): Path[] {
  return Object.entries(dictAt(v, "projects")).flatMap(([dir, p]) => (isDict(p) && p["mcpServers"] !== undefined ? [["projects", dir, "mcpServers"]] : []));
}

function at(v: unknown, path: Path): unknown {
  return path.reduce<unknown>((x, k) => (isDict(x) ? x[String(k)] : undefined), v);
}

function transportOf(cfg: Dict, url: string | null, command: string | null): string {
  const t = (str(cfg["type"]) ?? str(cfg["transport"]) ?? "").toLowerCase().replace(/[_\s]/g, "-");
  if (t === "streamablehttp" || t === "streamable-http") return "streamable-http";
  if (t === "http" || t === "sse" || t === "stdio" || t === "ws" || t === "websocket") return t === "websocket" ? "ws" : t;
  if (t === "local") return "stdio";
  if (t === "remote") return "http";
  if (url) return cfg["httpUrl"] !== undefined ? "streamable-http" : /\/sse\/?(\?|$)/.test(url) ? "sse" : "http";
  return command ? "stdio" : "unknown";
}

function settings(v: unknown, keyHint: (k: string) => string | undefined): AgentSetting[] {
  if (!isDict(v)) return [];
  return Object.entries(v).map(([name, raw]) => {
    const value = typeof raw === "string" ? raw : raw === null || raw === undefined ? "" : JSON.stringify(raw);
    return { name: clean(name), value: clean(value, keyHint(name)), reference: isReference(value) };
  });
}

function strList(v: unknown): string[] {
  return arrayOf(v).flatMap((x) => (typeof x === "string" ? [clean(x)] : typeof x === "number" ? [String(x)] : []));
}

/** Every item as text, so that item k of the list is still argument k of the file. */
function argList(v: unknown): string[] {
  return arrayOf(v).map((x) => (typeof x === "string" ? x : x === null || x === undefined ? "" : typeof x === "object" ? JSON.stringify(x) : String(x)));
}

export function readMcp(relPath: string, text: string, dialect: string, doc: ParsedDoc = parseJsonc(text)): ReadArtifact {
  if (!isDict(doc.value)) throw new ArtifactError("an MCP or agent settings file must be a JSON object");
  const scan = new AgentScan(text);
  const masked = scan.scanDocument(doc) as Dict;
  scan.scanLines("a comment"); // comments are not values, but a token pasted into one is still leaked
  const problems = new ProblemList(doc);
  const cfg = blankAgentConfig(relPath, "mcp", dialect);
  const pos = scan.positions;

  const mapPath = SERVER_MAPS.find((p) => at(doc.value, p) !== undefined);
  for (const path of [...(mapPath ? [mapPath] : []), ...projectServerMaps(doc.value)]) {
    const servers = at(masked, path);
    if (!isDict(servers)) {
      problems.add(path, `${path.join(".")} must be an object of servers by name`);
      continue;
    }
    const names = Object.keys(servers);
    const room = MAX_SERVERS - cfg.servers.length;
    if (names.length > room) problems.add(path, `more than ${MAX_SERVERS} servers; only the first ${MAX_SERVERS} are read`);
    for (const name of names.slice(0, Math.max(0, room))) {
      const base = [...path, name];
      const server = servers[name];
      if (!isDict(server)) {
        problems.add(base, `MCP server "${clean(name)}" must be an object`);
        continue;
      }
      // Zed nests the command line: {command: {path, args, env}}.
      const [entry, commandBase] = isDict(server["command"]) ? [{ ...server, ...zedCommand(server["command"]) }, [...base, "command"]] : [server, base];
      // A Zed server installed as an extension names only its settings: the extension, not the
      // file, says what runs (https://zed.dev/docs/ai/mcp). It is listed, with nothing to launch.
      const extension =
        path[0] === "context_servers" &&
        entry["command"] === undefined &&
        entry["url"] === undefined &&
        (entry["source"] === "extension" || isDict(entry["settings"]));
      if (!extension) checkServer(entry, base, clean(name), problems);
      cfg.servers.push(readServer(doc, base, commandBase, entry, name, cfg.servers.length, pos));
    }
  }
  readPermissions(doc, masked, cfg, pos);
  const root = (mapPath && doc.locate(mapPath)) ?? doc.locate(["permissions"]) ?? doc.locate([Object.keys(doc.value)[0] ?? ""]) ?? { line: 1, column: 1 };
  pos[""] = root;
  pos["/servers"] = (mapPath && doc.locate(mapPath)) ?? root;
  pos["/permissions"] = doc.locate(["permissions"]) ?? root;
  cfg.secrets = scan.secrets;
  cfg.hidden_unicode = scan.hidden;
  recordProblems(cfg, pos, problems);
  return { artifact: scan.scrub(cfg), raw: null, positions: pos };
}

/**
 * What every client requires of a server entry. A malformed entry is still read for what it holds
 * (a client may start it after its own coercion), but it is reported, never silently dropped.
 */
function checkServer(s: Dict, base: Path, name: string, problems: ProblemList): void {
  const urlKeys = ["url", "serverUrl", "httpUrl"].filter((k) => s[k] !== undefined);
  if (s["command"] === undefined && urlKeys.length === 0) {
    problems.add(base, `MCP server "${name}" has neither a command to start nor a url to reach`);
  }
  for (const key of ["command", ...urlKeys]) {
    if (s[key] !== undefined && typeof s[key] !== "string") problems.add([...base, key], `${key} of MCP server "${name}" must be a string`);
  }
  const args = s["args"];
  if (args !== undefined && !(Array.isArray(args) && args.every((a) => typeof a === "string"))) {
    problems.add([...base, "args"], `args of MCP server "${name}" must be a list of strings`);
  }
  for (const key of ["env", "headers"]) {
    if (s[key] !== undefined && !isDict(s[key])) problems.add([...base, key], `${key} of MCP server "${name}" must be an object of names to values`);
  }
}

function zedCommand(c: Dict): Dict {
  return { command: c["path"], args: c["args"], env: c["env"] };
}

/** `commandBase` is where command, args and env sit in the file (Zed nests them one level down). */
function readServer(doc: ParsedDoc, base: Path, commandBase: Path, s: Dict, name: string, i: number, pos: SourceMap): McpServer {
  const p = `/servers/${i}`;
  const here = doc.locate(base) ?? { line: 1, column: 1 };
  const nested = commandBase.length > base.length;
  // The first of the raw paths that exists, else the server itself.
  const set = (field: string, ...paths: Path[]) => {
    const found = paths
      .map((path) =>
        doc.locate([
          ...(nested && ["command", "args", "env"].includes(String(path[0])) ? commandBase : base),
          ...(nested && path[0] === "command" ? ["path", ...path.slice(1)] : path),
        ]),
      )
      .find(Boolean);
    pos[`${p}${field}`] = found ?? here;
  };
  pos[p] = here;

  // A command line written as one string ("npx -y pkg") is split; its parts are located at it.
  let command = str(s["command"]);
  let args = argList(s["args"]);
  const argPath = (k: number): Path => ["args", k];
  let argAt = argPath;
  if (command && /\s/.test(command) && args.length === 0) {
    const words = splitCommandLine(command);
    command = words[0] ?? null;
    args = words.slice(1);
    argAt = () => ["command"];
  }
  const url0 = str(s["url"]) ?? str(s["serverUrl"]) ?? str(s["httpUrl"]);
  const launch = parseLaunch(command, args);
  const url = url0 ?? launch.url;
  const headers = [
    ...settings(s["headers"], (k) => k),
    ...settings(s["http_headers"], (k) => k),
    ...settings(s["env_http_headers"], (k) => k),
    ...launch.headers.map((h) => ({
      name: clean(h.name),
      value: clean(h.value, h.name),
      reference: isReference(h.value.replace(/^(Bearer|Basic|Token)\s+/i, "")),
    })),
  ];
  const env = settings(s["env"], (k) => k);
  const auth = headers.filter((h) => (AUTH_HEADERS.test(h.name) || credentialKey(h.name)) && h.value !== "").map((h) => h.name);
  if (s["oauth"] !== undefined && s["oauth"] !== false && !(isDict(s["oauth"]) && s["oauth"]["enabled"] === false)) auth.push("oauth");
  if (str(s["authProviderType"])) auth.push("oauth");
  if (str(s["bearer_token_env_var"]) || str(s["bearer_token"])) auth.push("bearer-token"); // Codex
  // A bridge's credential variable (mcp-proxy API_ACCESS_TOKEN) authenticates like a header. A bridge
  // alone does not: mcp-remote may run an OAuth flow, but so may any remote client (AG-011 is heuristic).
  const bridged = bridgeOf(launch.runner, launch.package);
  if (bridged && env.some((e) => bridged.credentialEnv.includes(e.name) && e.value !== "")) auth.push("bridge-credential");
  if (url && (/[?&][\w-]*(key|token|auth|sig)[\w-]*=/i.test(url) || /^[a-z]+:\/\/[^/@\s]+@/i.test(url))) auth.push("url-credential");
  const autoApprove = [...strList(s["autoApprove"]), ...strList(s["alwaysAllow"]), ...(s["trust"] === true ? ["*"] : [])];

  set("/name");
  set("/command", ["command"]);
  set("/transport", ["type"], ["transport"]);
  set("/url", ...(url0 ? [["url"], ["serverUrl"], ["httpUrl"]] : launch.urlArg >= 0 ? [argAt(launch.urlArg)] : []));
  set("/package", ...(launch.packageArg >= 0 ? [argAt(launch.packageArg)] : []), ["command"]);
  set("/auto_approve", ["autoApprove"], ["alwaysAllow"], ["trust"]);
  set("/headers", ["headers"], ["http_headers"], ["env_http_headers"]);
  set("/env", ["env"]);
  set("/args", ["args"], ["command"]);
  args.forEach((_, k) => set(`/args/${k}`, argAt(k)));
  const headerPaths = ["headers", "http_headers", "env_http_headers"].flatMap((key) => Object.keys(dictAt(s, key)).map((k): Path => [key, k]));
  headerPaths.forEach((path, j) => set(`/headers/${j}`, path));
  launch.headers.forEach((h, j) => set(`/headers/${headerPaths.length + j}`, argAt(h.arg)));
  Object.keys(dictAt(s, "env")).forEach((k, j) => set(`/env/${j}`, ["env", k]));

  return {
    pointer: p,
    name: clean(name),
    transport: transportOf(s, url, command),
    command: command === null ? null : clean(command),
    args: args.map((a) => clean(a)),
    runner: launch.runner,
    package: launch.package === null ? null : clean(launch.package),
    version: launch.version === null ? null : clean(launch.version),
    pin: launch.pin,
    package_arg: launch.packageArg,
    url: url === null ? null : clean(url),
    headers,
    env,
    auth: [...new Set(auth)],
    auto_approve: autoApprove,
    disabled: s["disabled"] === true || s["enabled"] === false,
  };
}

/** Claude Code `permissions` and switches; VS Code chat auto-approval settings. */
function readPermissions(doc: ParsedDoc, masked: Dict, cfg: AgentConfig, pos: SourceMap): void {
  const perms = dictAt(masked, "permissions");
  const perm = cfg.permissions;
  perm.default_mode = str(perms["defaultMode"]);
  const addRule = (list: "allow" | "ask" | "deny", rule: unknown, path: Path) => {
    if (typeof rule !== "string") return;
    const found = doc.locate(path);
    if (found) pos[`/permissions/${list}/${perm[list].length}`] = found;
    perm[list].push(clean(rule));
  };
  for (const list of ["allow", "ask", "deny"] as const) {
    // A single rule written as a string (`"allow": "*"`) is still a rule.
    if (typeof perms[list] === "string") addRule(list, perms[list], ["permissions", list]);
    else arrayOf(perms[list]).forEach((rule, j) => addRule(list, rule, ["permissions", list, j]));
  }
  // `~/.claude.json` records the tools a user allowed per project (`allowedTools`).
  for (const [dir, project] of Object.entries(dictAt(masked, "projects"))) {
    if (isDict(project)) arrayOf(project["allowedTools"]).forEach((rule, j) => addRule("allow", rule, ["projects", dir, "allowedTools", j]));
  }
  const mark = (field: string, path: Path) => {
    const found = doc.locate(path);
    if (found) pos[`/permissions/${field}`] = found;
  };
  mark("default_mode", ["permissions", "defaultMode"]);
  if (typeof masked["enableAllProjectMcpServers"] === "boolean") {
    perm.enable_all_project_servers = masked["enableAllProjectMcpServers"];
    mark("enable_all_project_servers", ["enableAllProjectMcpServers"]);
  }
  for (const key of ["chat.tools.autoApprove", "chat.tools.global.autoApprove"]) {
    if (typeof masked[key] === "boolean") {
      perm.auto_approve_all = (perm.auto_approve_all ?? false) || (masked[key] as boolean);
      if (masked[key] === true || !pos["/permissions/auto_approve_all"]) mark("auto_approve_all", [key]);
    }
  }
  // Codex: with approvals off and no sandbox, every command runs on the host unasked. Approvals off
  // inside the workspace sandbox stay contained (https://developers.openai.com/codex/security).
  if (masked["approval_policy"] === "never" && masked["sandbox_mode"] === "danger-full-access") {
    perm.auto_approve_all = true;
    mark("auto_approve_all", ["approval_policy"]);
  }
  // A profile (`[profiles.<name>]`, chosen with `--profile` or `profile = …`) overrides the top-level
  // settings it sets and inherits the others; any profile that ends up unsandboxed and unasked counts.
  for (const [name, profile] of Object.entries(dictAt(masked, "profiles"))) {
    if (!isDict(profile) || perm.auto_approve_all === true) continue;
    const approval = profile["approval_policy"] ?? masked["approval_policy"];
    const sandbox = profile["sandbox_mode"] ?? masked["sandbox_mode"];
    if (approval !== "never" || sandbox !== "danger-full-access") continue;
    perm.auto_approve_all = true;
    mark("auto_approve_all", ["profiles", name, "approval_policy" in profile ? "approval_policy" : "sandbox_mode"]);
  }
  const terminal = masked["chat.tools.terminal.autoApprove"];
  if (isDict(terminal)) {
    for (const [pattern, rule] of Object.entries(terminal)) {
      const approve = rule === true || (isDict(rule) && rule["approve"] === true);
      if (!approve) continue;
      const found = doc.locate(["chat.tools.terminal.autoApprove", pattern]);
      if (found) pos[`/permissions/terminal_auto_approve/${perm.terminal_auto_approve.length}`] = found;
      perm.terminal_auto_approve.push(clean(pattern));
    }
  }
}
