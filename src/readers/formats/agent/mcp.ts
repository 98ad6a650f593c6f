// MCP client configurations: which servers an agent may start or reach, and what it may do without
// asking. One reader for the shapes clients use:
//   mcpServers {name: {command, args, env} | {url|serverUrl|httpUrl, type, headers}}  Claude Code
//     `.mcp.json`, Claude Desktop, Cursor, Cline (autoApprove, disabled), Roo/Kilo (alwaysAllow),
//     Windsurf (serverUrl), Gemini CLI (httpUrl, trust)
//   servers {…} and inputs [...]                          VS Code `.vscode/mcp.json`
//   mcp.servers, chat.tools.*autoApprove                  VS Code `settings.json`
//   permissions {allow, ask, deny, defaultMode}, env, enableAllProjectMcpServers   `.claude/settings.json`
import type { AgentConfig, AgentSetting, McpServer, ReadArtifact, SourceMap } from "../../../model/types.js";
import { ArtifactError } from "../../../parse/errors.js";
import { ProblemList, recordProblems } from "../../../parse/problems.js";
import { arrayOf, dictAt, isDict, str, type Dict, type Path } from "../../../parse/values.js";
import type { ParsedDoc } from "../../../parse/yaml-doc.js";
import { parseJsonc } from "../../../parse/json-doc.js";
import { parseLaunch, splitCommandLine } from "./launch.js";
import { AgentScan, clean } from "./scan.js";
import { isReference, credentialKey } from "../../../parse/secrets.js";
import { blankAgentConfig } from "./shape.js";

/** Where the server map sits in each shape, in the order they are tried. */
const SERVER_MAPS: Path[] = [["mcpServers"], ["servers"], ["mcp", "servers"], ["mcp.servers"]];
const AUTH_HEADERS = /^(authorization|proxy-authorization|cookie|x-api-key|api-key|x-auth-token)$/i;
/** No client config lists more; past this the file is a generated or hostile one, read in part. */
export const MAX_SERVERS = 500;

export function looksLikeMcp(v: unknown): boolean {
  return isDict(v) && SERVER_MAPS.some((p) => isDict(at(v, p)));
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
  if (mapPath) {
    const servers = at(masked, mapPath);
    if (!isDict(servers)) problems.add(mapPath, `${mapPath.join(".")} must be an object of servers by name`);
    else {
      const names = Object.keys(servers);
      if (names.length > MAX_SERVERS) problems.add(mapPath, `more than ${MAX_SERVERS} servers; only the first ${MAX_SERVERS} are read`);
      for (const name of names.slice(0, MAX_SERVERS)) {
        const base = [...mapPath, name];
        const server = servers[name];
        if (!isDict(server)) {
          problems.add(base, `MCP server "${clean(name)}" must be an object`);
          continue;
        }
        checkServer(server, base, clean(name), problems);
        cfg.servers.push(readServer(doc, base, server, name, cfg.servers.length, pos));
      }
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

function readServer(doc: ParsedDoc, base: Path, s: Dict, name: string, i: number, pos: SourceMap): McpServer {
  const p = `/servers/${i}`;
  const here = doc.locate(base) ?? { line: 1, column: 1 };
  // The first of the raw paths that exists, else the server itself.
  const set = (field: string, ...paths: Path[]) => {
    const found = paths.map((path) => doc.locate([...base, ...path])).find(Boolean);
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
    ...launch.headers.map((h) => ({ name: clean(h.name), value: clean(h.value, h.name), reference: isReference(h.value.replace(/^(Bearer|Basic|Token)\s+/i, "")) })),
  ];
  const env = settings(s["env"], (k) => k);
  const auth = headers.filter((h) => (AUTH_HEADERS.test(h.name) || credentialKey(h.name)) && h.value !== "").map((h) => h.name);
  if (s["oauth"] !== undefined && s["oauth"] !== false && !(isDict(s["oauth"]) && s["oauth"]["enabled"] === false)) auth.push("oauth");
  if (str(s["authProviderType"])) auth.push("oauth");
  if (launch.url) auth.push("oauth"); // bridges such as mcp-remote run the OAuth flow themselves
  if (url && (/[?&][\w-]*(key|token|auth|sig)[\w-]*=/i.test(url) || /^[a-z]+:\/\/[^/@\s]+@/i.test(url))) auth.push("url-credential");
  const autoApprove = [...strList(s["autoApprove"]), ...strList(s["alwaysAllow"]), ...(s["trust"] === true ? ["*"] : [])];

  set("/name");
  set("/command", ["command"]);
  set("/transport", ["type"], ["transport"]);
  set("/url", ...(url0 ? [["url"], ["serverUrl"], ["httpUrl"]] : launch.urlArg >= 0 ? [argAt(launch.urlArg)] : []));
  set("/package", ...(launch.packageArg >= 0 ? [argAt(launch.packageArg)] : []), ["command"]);
  set("/auto_approve", ["autoApprove"], ["alwaysAllow"], ["trust"]);
  set("/headers", ["headers"]);
  set("/env", ["env"]);
  set("/args", ["args"], ["command"]);
  args.forEach((_, k) => set(`/args/${k}`, argAt(k)));
  Object.keys(dictAt(s, "headers")).forEach((k, j) => set(`/headers/${j}`, ["headers", k]));
  launch.headers.forEach((h, j) => set(`/headers/${Object.keys(dictAt(s, "headers")).length + j}`, argAt(h.arg)));
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
  for (const list of ["allow", "ask", "deny"] as const) {
    arrayOf(perms[list]).forEach((rule, j) => {
      if (typeof rule !== "string") return;
      const found = doc.locate(["permissions", list, j]);
      if (found) pos[`/permissions/${list}/${perm[list].length}`] = found;
      perm[list].push(clean(rule));
    });
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
