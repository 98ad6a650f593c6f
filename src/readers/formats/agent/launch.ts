// How an MCP client starts a stdio server: which package runner or container runtime fetches the
// code, which package or image, and how tightly its version is pinned. Each ecosystem writes
// versions its own way (npm `@1.2.3`, PyPI `==1.2.3`, images `:tag@sha256:…`, Go `@v1.2.3`); the
// reader turns them into one `pin` value so a rule can judge them alike.

export interface Launch {
  runner: string | null;
  package: string | null;
  version: string | null;
  /** exact | digest | commit | tag | range | floating | none; null when nothing is fetched. */
  pin: string | null;
  /** Index in the server's args of the package or image; -1 when none. */
  packageArg: number;
  /** A remote server reached through a local bridge (mcp-remote): its URL and headers. */
  url: string | null;
  urlArg: number;
  headers: { name: string; value: string; arg: number }[];
}

const NONE: Launch = { runner: null, package: null, version: null, pin: null, packageArg: -1, url: null, urlArg: -1, headers: [] };

const SEMVER = /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/;
const PEP440_EXACT = /^v?\d+(?:\.\d+)*(?:(?:a|b|rc|post|dev|\.post|\.dev)\d*)*(?:\+[0-9A-Za-z.]+)?$/i;
const COMMIT = /^[0-9a-f]{7,40}$/i;
const DOWNLOAD_PIPE =
  /\b(curl|wget|iwr|Invoke-WebRequest|irm|Invoke-RestMethod)\b[^|]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b|\b(curl|wget|iwr|irm)\b[^|]*\|\s*(sudo\s+)?(python3?|node|iex|Invoke-Expression)\b/i;

/**
 * Local stdio launchers that bridge to a remote MCP server: the server is remote (its URL is read,
 * judged for transport and authentication) although the client starts a local command. Each entry
 * says where the launcher takes the remote URL and the headers it sends (docs/agents.md, sources).
 */
export interface BridgeLauncher {
  /** Package names as the runner fetches them. */
  packages: string[];
  /** Runners of the ecosystem the package lives in (npm names and PyPI names differ in meaning). */
  runners: string[];
  /** Options whose value is the remote URL; a bare URL argument counts when `positionalUrl`. */
  urlFlags: string[];
  positionalUrl: boolean;
  /** Options whose value is one `Name: value` header. */
  headerFlags: string[];
  /** Options followed by two values, name and value. */
  headerPairFlags: string[];
  /** Options whose value is a bearer token. */
  bearerFlags: string[];
  /** Environment variables the launcher sends as a credential. */
  credentialEnv: string[];
  source: string;
}

const NPM_RUNNERS = ["npx", "npm-exec", "pnpm-dlx", "yarn-dlx", "bunx"];
export const BRIDGE_LAUNCHERS: BridgeLauncher[] = [
  {
    packages: ["mcp-remote"],
    runners: NPM_RUNNERS,
    urlFlags: [],
    positionalUrl: true,
    headerFlags: ["--header"],
    headerPairFlags: [],
    bearerFlags: [],
    credentialEnv: [],
    source: "https://github.com/geelen/mcp-remote#readme",
  },
  {
    packages: ["supergateway"],
    runners: NPM_RUNNERS,
    urlFlags: ["--sse", "--streamableHttp"],
    positionalUrl: false,
    headerFlags: ["--header"],
    headerPairFlags: [],
    bearerFlags: ["--oauth2Bearer"],
    credentialEnv: [],
    source: "https://github.com/supercorp-ai/supergateway#readme",
  },
  {
    packages: ["mcp-proxy"],
    runners: ["uvx", "pipx"],
    urlFlags: [],
    positionalUrl: true,
    headerFlags: [],
    headerPairFlags: ["--headers", "-H"],
    bearerFlags: [],
    credentialEnv: ["API_ACCESS_TOKEN"],
    source: "https://github.com/sparfenyuk/mcp-proxy#2-sse-to-stdio",
  },
];

/** The bridge a launch runs, or null. */
export function bridgeOf(runner: string | null, pkg: string | null): BridgeLauncher | null {
  if (!runner || !pkg) return null;
  return BRIDGE_LAUNCHERS.find((b) => b.runners.includes(runner) && b.packages.includes(pkg)) ?? null;
}

/** Splits a command line written as one string, honouring simple quotes. */
export function splitCommandLine(line: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}

/** `npx.cmd` or `/usr/local/bin/npx` → `npx`. */
function baseCommand(command: string): string {
  return command
    .replace(/^.*[\\/]/, "")
    .replace(/\.(cmd|exe|bat|ps1)$/i, "")
    .toLowerCase();
}

// Options that take a value, per runner, so the value is not mistaken for the package.
const VALUE_FLAGS: Record<string, Set<string>> = {
  npm: new Set(["-p", "--package", "--registry", "--cache", "--userconfig", "-c", "--call", "--prefix", "-w", "--workspace"]),
  uv: new Set([
    "--from",
    "--with",
    "--with-editable",
    "--with-requirements",
    "--python",
    "-p",
    "--index-url",
    "--index",
    "--extra-index-url",
    "--default-index",
    "-c",
    "--constraint",
    "--directory",
    "--project",
    "--cache-dir",
    "--config-file",
    "--env-file",
  ]),
  pipx: new Set(["--spec", "--python", "--index-url", "--pip-args"]),
  docker: new Set([
    "-e",
    "--env",
    "--env-file",
    "-v",
    "--volume",
    "--mount",
    "-p",
    "--publish",
    "--name",
    "--network",
    "--net",
    "-u",
    "--user",
    "-w",
    "--workdir",
    "--entrypoint",
    "--pid",
    "--ipc",
    "--cap-add",
    "--cap-drop",
    "-l",
    "--label",
    "--platform",
    "-m",
    "--memory",
    "--cpus",
    "--add-host",
    "--device",
    "--security-opt",
    "--tmpfs",
    "-h",
    "--hostname",
    "--restart",
    "--runtime",
    "--log-driver",
    "--pull",
    "--userns",
    "--uts",
    "--group-add",
    "--shm-size",
    "--ulimit",
    "--dns",
    "--gpus",
    "--stop-signal",
    "--cidfile",
    "--init-path",
  ]),
  deno: new Set(["--config", "-c", "--import-map", "--lock", "--cert", "--location", "--v8-flags", "--env-file"]),
  go: new Set(["-C", "-exec", "-tags", "-ldflags", "-gcflags", "-mod", "-modfile"]),
};

interface Positional {
  value: string;
  index: number;
}

/** Positional arguments and option values, in order, from `from` on. */
function scan(args: readonly string[], from: number, family: string): { positionals: Positional[]; options: Map<string, Positional> } {
  const flags = VALUE_FLAGS[family] ?? new Set<string>();
  const positionals: Positional[] = [];
  const options = new Map<string, Positional>();
  for (let i = from; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      for (let j = i + 1; j < args.length; j++) positionals.push({ value: args[j]!, index: j });
      break;
    }
    if (a.startsWith("-") && a.length > 1) {
      const eq = a.indexOf("=");
      if (eq > 0) options.set(a.slice(0, eq), { value: a.slice(eq + 1), index: i });
      else if (flags.has(a) && i + 1 < args.length) {
        options.set(a, { value: args[i + 1]!, index: i + 1 });
        i++;
      }
      continue;
    }
    positionals.push({ value: a, index: i });
  }
  return { positionals, options };
}

/** npm package spec: `@scope/name@1.2.3`, `name@^1`, `name@latest`, `github:o/r#sha`. */
function npmSpec(spec: string): Pick<Launch, "package" | "version" | "pin"> {
  if (/^(\.{0,2}\/|file:|[A-Za-z]:\\)/.test(spec)) return { package: spec, version: null, pin: null };
  const git = /^(?:git\+\S+|github:\S+|gitlab:\S+|bitbucket:\S+|[\w.-]+\/[\w.-]+)(?:#(.+))?$/.exec(spec);
  if (git && !spec.startsWith("@") && (spec.includes(":") || spec.includes("#"))) {
    const ref = git[1] ?? null;
    return { package: spec.replace(/#.*$/, ""), version: ref, pin: ref === null ? "none" : COMMIT.test(ref) ? "commit" : "tag" };
  }
  if (/^https?:\/\/.*\.(tgz|tar\.gz)$/i.test(spec)) return { package: spec, version: null, pin: "none" };
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  if (at < 0) return { package: spec, version: null, pin: "none" };
  const version = spec.slice(at + 1);
  return { package: spec.slice(0, at), version, pin: npmPin(version) };
}

function npmPin(version: string): string {
  if (version === "") return "none";
  if (SEMVER.test(version)) return "exact";
  if (/^[A-Za-z][\w.-]*$/.test(version)) return "floating"; // latest, next, beta: dist-tags move
  return "range";
}

/** PyPI requirement as uvx, pipx and uv accept it: `name==1.2.3`, `name@1.2.3`, `name>=1`, `git+https://…@sha`. */
function pythonSpec(spec: string): Pick<Launch, "package" | "version" | "pin"> {
  const git = /^git\+\S+?(?:@([^@/#]+))?(?:#.*)?$/.exec(spec);
  if (git) {
    const ref = git[1] ?? null;
    return { package: spec.replace(/@[^@/#]+(#.*)?$/, ""), version: ref, pin: ref === null ? "none" : COMMIT.test(ref) ? "commit" : "tag" };
  }
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)\s*(===?|@|~=|>=|<=|!=|>|<)?\s*(.*)$/.exec(spec);
  if (!m) return { package: spec, version: null, pin: "none" };
  const [, name, op, rest] = m;
  if (!op) return { package: name!, version: null, pin: "none" };
  const version = `${op === "@" ? "" : op}${rest}`;
  if ((op === "==" || op === "===" || op === "@") && PEP440_EXACT.test(rest!) && !/[,*]/.test(rest!)) return { package: name!, version, pin: "exact" };
  if (op === "@" && /^[A-Za-z]/.test(rest!)) return { package: name!, version, pin: "floating" };
  return { package: name!, version, pin: "range" };
}

/** Container image reference: `[registry[:port]/]name[:tag][@sha256:…]`. */
function imageSpec(ref: string): Pick<Launch, "package" | "version" | "pin"> {
  const [nameTag, digest] = ref.split("@", 2) as [string, string | undefined];
  const slash = nameTag.lastIndexOf("/");
  const colon = nameTag.lastIndexOf(":");
  const tag = colon > slash ? nameTag.slice(colon + 1) : null;
  const name = colon > slash ? nameTag.slice(0, colon) : nameTag;
  if (digest && /^sha256:[0-9a-f]{64}$/i.test(digest)) return { package: name, version: tag, pin: "digest" };
  if (tag === null) return { package: name, version: null, pin: "none" };
  return { package: name, version: tag, pin: tag === "latest" ? "floating" : "tag" };
}

function goSpec(spec: string): Pick<Launch, "package" | "version" | "pin"> {
  const at = spec.lastIndexOf("@");
  if (at < 0) return { package: spec, version: null, pin: /^\.{0,2}\//.test(spec) ? null : "none" };
  const version = spec.slice(at + 1);
  return {
    package: spec.slice(0, at),
    version,
    pin: SEMVER.test(version) || /^v\d+\.\d+\.\d+-\d{14}-[0-9a-f]{12}$/.test(version) ? "exact" : version === "latest" ? "floating" : "range",
  };
}

function denoSpec(spec: string): Pick<Launch, "package" | "version" | "pin"> {
  const reg = /^(npm|jsr):(.+)$/.exec(spec);
  if (reg) {
    const s = npmSpec(reg[2]!);
    // `npm:pkg@1.2.3/bin/cli.js`: the part after the version is a path inside the package.
    const version = s.version?.replace(/\/.*$/, "") ?? null;
    return { package: `${reg[1]}:${s.package}`, version, pin: version === null ? "none" : npmPin(version) };
  }
  if (/^https?:\/\//i.test(spec)) {
    const v = /@(v?\d+\.\d+\.\d+[\w.-]*)\//.exec(spec);
    return { package: spec.replace(/@[^/]+\//, "/"), version: v?.[1] ?? null, pin: v ? "exact" : "none" };
  }
  return { package: spec, version: null, pin: null };
}

function withSpec(runner: string, pos: Positional | undefined, parse: (s: string) => Pick<Launch, "package" | "version" | "pin">): Launch {
  if (!pos) return { ...NONE, runner, pin: "none" };
  return { ...NONE, runner, ...parse(pos.value), packageArg: pos.index };
}

/** Remote URL and header values passed to a local bridge (BRIDGE_LAUNCHERS). */
function bridge(launch: Launch, args: readonly string[]): Launch {
  const b = bridgeOf(launch.runner, launch.package);
  if (!b) return launch;
  const out: Launch = { ...launch, headers: [] };
  const setUrl = (a: string, i: number) => {
    if (out.url === null && /^(https?|wss?):\/\//i.test(a)) {
      out.url = a;
      out.urlArg = i;
    }
  };
  for (let i = launch.packageArg + 1; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, null];
    const value = inline ?? args[i + 1];
    const step = inline === null ? 1 : 0;
    if (b.urlFlags.includes(flag) && value !== undefined) {
      setUrl(value, i + step);
      i += step;
    } else if (b.headerFlags.includes(flag) && value !== undefined) {
      const colon = value.indexOf(":");
      if (colon > 0) out.headers.push({ name: value.slice(0, colon).trim(), value: value.slice(colon + 1).trim(), arg: i + step });
      i += step;
    } else if (b.headerPairFlags.includes(flag) && args[i + 2] !== undefined) {
      out.headers.push({ name: args[i + 1]!, value: args[i + 2]!, arg: i + 2 });
      i += 2;
    } else if (b.bearerFlags.includes(flag) && value !== undefined) {
      out.headers.push({ name: "Authorization", value: `Bearer ${value}`, arg: i + step });
      i += step;
    } else if (b.positionalUrl) setUrl(a, i);
  }
  return out;
}

function parse(cmd: string, args: readonly string[]): Launch {
  const first = (family: string, from: number) => scan(args, from, family);
  switch (cmd) {
    case "npx": {
      const s = first("npm", 0);
      const pkg = s.options.get("-p") ?? s.options.get("--package");
      return bridge(withSpec("npx", pkg ?? s.positionals[0], npmSpec), args);
    }
    case "npm":
    case "pnpm":
    case "yarn":
    case "bun": {
      const verbs: Record<string, string[]> = { npm: ["exec", "x"], pnpm: ["dlx", "exec"], yarn: ["dlx"], bun: ["x"] };
      const verb = args.findIndex((a) => !a.startsWith("-"));
      if (verb < 0 || !verbs[cmd]!.includes(args[verb]!)) return { ...NONE, runner: "local" };
      if (cmd === "pnpm" && args[verb] === "exec") return { ...NONE, runner: "local" };
      const s = first("npm", verb + 1);
      const pkg = s.options.get("-p") ?? s.options.get("--package");
      const runner = cmd === "npm" ? "npm-exec" : cmd === "bun" ? "bunx" : `${cmd}-dlx`;
      return bridge(withSpec(runner, pkg ?? s.positionals[0], npmSpec), args);
    }
    case "pnpx":
    case "bunx": {
      const s = first("npm", 0);
      const pkg = s.options.get("-p") ?? s.options.get("--package");
      return bridge(withSpec(cmd === "pnpx" ? "pnpm-dlx" : "bunx", pkg ?? s.positionals[0], npmSpec), args);
    }
    case "uvx":
      return uvTool(args, 0);
    case "uv": {
      const s = first("uv", 0);
      const [verb, sub] = s.positionals;
      if (verb?.value === "tool" && (sub?.value === "run" || sub?.value === "x")) return uvTool(args, sub.index + 1);
      return { ...NONE, runner: "local" };
    }
    case "pipx": {
      const run = args.indexOf("run");
      if (run < 0) return { ...NONE, runner: "local" };
      const s = first("pipx", run + 1);
      return bridge(withSpec("pipx", s.options.get("--spec") ?? s.positionals[0], pythonSpec), args);
    }
    case "docker":
    case "podman": {
      const s0 = first("docker", 0);
      const verbs = s0.positionals.map((p) => p.value);
      const runAt = verbs[0] === "run" ? s0.positionals[0]!.index : verbs[0] === "container" && verbs[1] === "run" ? s0.positionals[1]!.index : -1;
      if (runAt < 0) return { ...NONE, runner: cmd };
      const s = first("docker", runAt + 1);
      return withSpec(cmd, s.positionals[0], imageSpec);
    }
    case "go": {
      if (args[0] !== "run") return { ...NONE, runner: "local" };
      const s = first("go", 1);
      const spec = s.positionals[0];
      if (!spec || /^\.{0,2}\//.test(spec.value) || spec.value.endsWith(".go")) return { ...NONE, runner: "local" };
      return withSpec("go-run", spec, goSpec);
    }
    case "deno": {
      if (args[0] !== "run") return { ...NONE, runner: "local" };
      const s = first("deno", 1);
      const d = withSpec("deno", s.positionals[0], denoSpec);
      return d.pin === null ? { ...d, runner: "local" } : d;
    }
    default:
      return { ...NONE, runner: "local" };
  }
}

function uvTool(args: readonly string[], from: number): Launch {
  const s = scan(args, from, "uv");
  const fromSpec = s.options.get("--from");
  return bridge(withSpec("uvx", fromSpec ?? s.positionals[0], pythonSpec), args);
}

/**
 * What a stdio server's command line fetches and runs. Shell and `cmd /c` wrappers are looked
 * through; a download piped into a shell is its own runner, since nothing about it can be pinned.
 */
export function parseLaunch(command: string | null, args: readonly string[]): Launch {
  if (!command) return NONE;
  const cmd = baseCommand(command);
  const line = [command, ...args].join(" ");
  if (DOWNLOAD_PIPE.test(line)) {
    const url = /(https?:\/\/[^\s|'"]+)/.exec(line)?.[1] ?? null;
    const at = args.findIndex((a) => DOWNLOAD_PIPE.test(a) || /(curl|wget)/i.test(a));
    return { ...NONE, runner: "download-pipe", package: url, pin: "none", packageArg: at };
  }
  if (cmd === "cmd" && /^\/c$/i.test(args[0] ?? "") && args[1]) {
    return shift(parseLaunch(args[1], args.slice(2)), 2);
  }
  if (["sh", "bash", "zsh", "dash"].includes(cmd) && args[0] === "-c" && args[1] !== undefined && args.length === 2) {
    const words = splitCommandLine(args[1]);
    const inner = parseLaunch(words[0] ?? null, words.slice(1));
    // The whole script is one argument: everything found in it is located there.
    return { ...inner, packageArg: inner.packageArg >= 0 ? 1 : -1, urlArg: inner.urlArg >= 0 ? 1 : -1, headers: inner.headers.map((h) => ({ ...h, arg: 1 })) };
  }
  return parse(cmd, args);
}

function shift(l: Launch, by: number): Launch {
  return {
    ...l,
    packageArg: l.packageArg >= 0 ? l.packageArg + by : -1,
    urlArg: l.urlArg >= 0 ? l.urlArg + by : -1,
    headers: l.headers.map((h) => ({ ...h, arg: h.arg + by })),
  };
}
