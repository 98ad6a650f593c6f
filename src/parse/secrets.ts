// Finds credentials written into agent files and masks them. A secret's value must never leave the
// reader: callers get spans to replace, a kind and a masked form (`sk-p…` for token formats whose
// first characters only say which provider issued them, `****` for everything else).
//
// References to variables (`${VAR}`, `${env:VAR}`, `${input:id}`, `$VAR`, `os.environ/VAR`) and obvious
// placeholders (`<your key>`, `YOUR_API_KEY`, `xxxx`, `changeme`) are not secrets.

export interface SecretSpan {
  start: number;
  end: number;
  kind: string;
}

/** Token formats with a provider prefix. Order matters: the first match at a position wins. */
const TOKEN_SHAPES: { kind: string; re: RegExp }[] = [
  { kind: "private-key", re: /-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----/g },
  { kind: "anthropic-key", re: /sk-ant-[A-Za-z0-9_-]{20,}/g },
  { kind: "openai-key", re: /sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g },
  { kind: "github-token", re: /(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g },
  { kind: "gitlab-token", re: /glpat-[A-Za-z0-9_-]{20,}/g },
  { kind: "slack-token", re: /xox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: "aws-access-key", re: /(?:AKIA|ASIA)[A-Z0-9]{16}/g },
  { kind: "google-api-key", re: /AIza[0-9A-Za-z_-]{30,}/g },
  { kind: "huggingface-token", re: /hf_[A-Za-z0-9]{30,}/g },
  { kind: "stripe-key", re: /(?:sk|rk)_live_[A-Za-z0-9]{20,}/g },
  { kind: "npm-token", re: /npm_[A-Za-z0-9]{36,}/g },
  { kind: "jwt", re: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
];

/** Kinds whose first characters identify only the issuer, so showing them reveals nothing. */
const PREFIX_KINDS = new Set(TOKEN_SHAPES.map((t) => t.kind).filter((k) => k !== "private-key"));

// Parts of a key name that make it a credential's name, and parts that make it something else
// (MAX_TOKENS, TOKEN_LIMIT, API_KEY_HEADER, PASSWORD_MIN_LENGTH, KEY_FILE …).
const CREDENTIAL_PARTS = new Set([
  "key",
  "apikey",
  "token",
  "secret",
  "password",
  "passwd",
  "pwd",
  "credential",
  "credentials",
  "pat",
  "auth",
  "authorization",
  "passphrase",
  "signature",
  "sig",
]);
const NOT_CREDENTIAL_PARTS = new Set([
  "max",
  "min",
  "limit",
  "limits",
  "count",
  "length",
  "size",
  "header",
  "file",
  "path",
  "dir",
  "url",
  "uri",
  "endpoint",
  "name",
  "type",
  "env",
  "var",
  "field",
  "id",
  "tokens",
  "ttl",
  "expiry",
  "expires",
  "duration",
  "mode",
  "provider",
  "method",
  "scheme",
  "host",
  "port",
  "enabled",
  "required",
  "prefix",
  "format",
  "version",
  "region",
  "budget",
  "timeout",
  "param",
  "params",
  "location",
  "strategy",
  // Portkey `virtual_key`: the slug of a provider key kept in Portkey's vault, not the key itself.
  "virtual",
]);
/** Last parts of a key that always holds a credential: any literal value under it is one. */
const STRICT_PARTS = new Set(["key", "apikey", "token", "secret", "password", "passwd", "pwd", "passphrase"]);

function keyParts(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A key such as GITHUB_TOKEN, apiKey, X-API-Key or client_secret. */
export function credentialKey(key: string): boolean {
  const parts = keyParts(key);
  if (parts.some((p) => NOT_CREDENTIAL_PARTS.has(p))) return false;
  return parts.some((p) => CREDENTIAL_PARTS.has(p)) || /api-?key|apikey|accesskey|secretkey/i.test(key);
}

/** A key whose name ends in the credential itself (DB_PASSWORD, OPENAI_API_KEY, master_key). */
function strictKey(key: string): boolean {
  const parts = keyParts(key);
  return credentialKey(key) && STRICT_PARTS.has(parts[parts.length - 1] ?? "");
}

const REFERENCE =
  /^(?:\$\{\{[^}]*\}\}|\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%|os\.environ\/[A-Za-z_][A-Za-z0-9_]*|env:[A-Za-z_][A-Za-z0-9_]*|\{\{[^}]*\}\})$/;

/** The value only names a variable, input or template slot. */
export function isReference(value: string): boolean {
  return REFERENCE.test(value.trim());
}

const PLACEHOLDER = new RegExp(
  [
    "^<[^>]*>$",
    String.raw`^\[[^\]]*\]$`,
    "^\\*+$",
    "^\\.+$",
    String.raw`^(.)\1*$`,
    "^(your|my|insert|enter|replace|add)[-_ ]",
    String.raw`x{4,}|X{4,}|\.{3}|\u2026`, // \u2026 is "…"
    "changeme|change[-_]me|replace[-_]?me|placeholder|dummy|example|redacted|fake|sample|foobar|not[-_]?a[-_]?real|todo",
    "^(none|null|nil|empty|tbd|n/a|secret|password|token|key|test|demo|ollama|lm-?studio|unused|anything|not[-_]?needed|sk-no-key-required)$",
  ].join("|"),
  "i",
);

/** Obvious stand-ins that documentation and templates use for a real value. */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value.trim());
}

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

// Code in instruction files (`token: string`, `password = form["password"]`, `config.apiKey`) and
// variable names (`api_key: OPENAI_API_KEY`) sit where a credential would, but are none.
const CODE_LIKE = /[()[\]{}<>;]|^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/;
const ENV_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

/** A literal that could be a credential: one word, not a reference, placeholder or code, varied enough. */
function literalCredential(value: string, strict: boolean): boolean {
  const v = value.trim();
  if (/\s/.test(v) || isReference(v) || isPlaceholder(v) || v.includes("${") || /^(true|false|\d+(\.\d+)?)$/i.test(v)) return false;
  if (/^(https?|wss?):\/\//i.test(v) || v.startsWith("/") || v.startsWith("./") || v.startsWith("~")) return false;
  if (CODE_LIKE.test(v) || ENV_NAME.test(v)) return false;
  // Under a key that names the credential any literal counts, but a plain lower-case word there is a
  // type or keyword (`string`, `required`), not a secret.
  if (strict) return v.length >= 6 && /[^a-z]/.test(v);
  return v.length >= 8 && entropy(v) >= 3;
}

/** Real tokens are random: they carry digits (and OpenAI/Anthropic keys capitals), kebab-case words do not. */
function plausibleToken(kind: string, token: string): boolean {
  if (kind === "private-key") return true;
  if (!/[0-9]/.test(token)) return false;
  return !(kind === "openai-key" || kind === "anthropic-key") || /[A-Z]/.test(token);
}

/** Spans of the known token formats. */
function tokenSpans(text: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  for (const { kind, re } of TOKEN_SHAPES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // A token is a whole word: `mask-…` or `task-…` in prose is not `sk-…`.
      if (start > 0 && /[A-Za-z0-9_]/.test(text[start - 1]!)) continue;
      if (isPlaceholder(m[0]) || !plausibleToken(kind, m[0])) continue;
      out.push({ start, end, kind });
    }
  }
  return out;
}

// Credentials in context: an HTTP auth scheme, a key = value pair or a --flag value on one line.
const BEARER = /\b(Bearer|Token)\s+([A-Za-z0-9._~+/=-]{8,})/g;
const BASIC = /\bBasic\s+([A-Za-z0-9+/]{8,}={0,2})/g;
const KEY_VALUE = /(?:^|[\s"'{,(])["']?([A-Za-z0-9_.-]{2,64})["']?\s*[:=]\s*["']?([^\s"',}]+)/g;
const FLAG_VALUE = /(?:^|\s)--?([A-Za-z0-9-]{2,40})(?:=|\s+)["']?([^\s"']+)/g;

function contextSpans(text: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  const add = (m: RegExpExecArray, group: number, kind: string, ok: boolean) => {
    const value = m[group]!;
    if (!ok) return;
    const start = m.index + m[0].lastIndexOf(value);
    out.push({ start, end: start + value.length, kind });
  };
  for (const m of text.matchAll(BEARER)) add(m as RegExpExecArray, 2, "bearer-token", literalCredential(m[2]!, false));
  for (const m of text.matchAll(BASIC)) add(m as RegExpExecArray, 1, "basic-auth", literalCredential(m[1]!, false));
  for (const m of text.matchAll(KEY_VALUE)) {
    if (credentialKey(m[1]!)) add(m as RegExpExecArray, 2, "credential", literalCredential(m[2]!, strictKey(m[1]!)));
  }
  for (const m of text.matchAll(FLAG_VALUE)) {
    if (credentialKey(m[1]!)) add(m as RegExpExecArray, 2, "credential", literalCredential(m[2]!, false));
  }
  out.push(...urlSpans(text));
  // Last, so a more specific reading of the same characters (a URL parameter) names the kind.
  for (const m of text.matchAll(PROSE_SECRET)) {
    const value = m[3]!.replace(/[.,;:!?)\]]+$/, "");
    const start = m.index + m[1]!.length + m[2]!.length;
    if (proseCredential(value) && !out.some((s) => s.start < start + value.length && start < s.end))
      out.push({ start, end: start + value.length, kind: "credential" });
  }
  return out;
}

// A credential written in prose, within a few words of what it is: "Internal admin password for
// escalations: Hunter2-Esc!9x", "the API key is 7fG…". Only a varied word with digits or symbols
// counts, so "the password is stored in Vault" and "token: see below" stay prose.
const PROSE_SECRET =
  /\b(passwords?|passphrase|passcode|pass ?word|api[ _-]?keys?|secret(?: key)?|access[ _-]?tokens?|auth(?:entication)? tokens?|tokens?|credentials?|pin)\b((?:[ \t]+[\w'’-]{1,20}){0,6}?[ \t]*(?::|=|\bis\b|\bare\b|\bwould be\b)[ \t]*["'`]?)([^\s"'`]{6,200})/gi;

function proseCredential(value: string): boolean {
  if (!literalCredential(value, false) && !(value.length >= 6 && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && /[^A-Za-z0-9]/.test(value))) return false;
  if (isReference(value) || isPlaceholder(value) || CODE_LIKE.test(value) || ENV_NAME.test(value) || /^(https?|wss?):\/\//i.test(value) || /[/\\]/.test(value))
    return false;
  return /[0-9]/.test(value) && /[A-Za-z]/.test(value);
}

// Credentials that URLs carry: userinfo (`https://user:pass@host`, or a token as the user name), a
// credential-named query parameter (`token=`, `api_key=`, `access_token=`, Azure SAS `sig=`), an Azure
// Functions key (`code=`), and webhook URLs whose path is the secret (Slack, Discord). Scheme and
// parameter names have bounded lengths so a 10 MB line of `a.a.a…` cannot make the scan quadratic.
const URL_USERINFO = /\b[a-z][a-z0-9+.-]{0,31}:\/\/([^:/\s@'"]{1,256})(?::([^@\s/'"]{1,512}))?@/gi;
const URL_QUERY = /[?&]([A-Za-z0-9_.-]{1,64})=([^&\s#"'<>()[\]`]+)/g;
const SLACK_WEBHOOK = /\bhooks\.slack(?:-gov)?\.com\/(?:services|workflows|triggers)\/([A-Za-z0-9_/-]{1,512})/gi;
const DISCORD_WEBHOOK = /\b(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/(?:v\d+\/)?webhooks\/([0-9]{5,30}\/[A-Za-z0-9_-]{1,256})/gi;

/** Secrets inside URLs, wherever the URL is written. */
function urlSpans(text: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  const add = (m: RegExpMatchArray, group: number, kind: string) => {
    const start = m.index! + m[0].lastIndexOf(m[group]!);
    out.push({ start, end: start + m[group]!.length, kind });
  };
  // Each pattern runs only where its anchor occurs: most texts hold no URL at all.
  const all = (re: RegExp, anchor: RegExp) => (anchor.test(text) ? text.matchAll(re) : []);
  for (const m of all(URL_USERINFO, /:\/\//)) {
    if (m[2] !== undefined) {
      if (literalCredential(m[2], true)) add(m, 2, "connection-string-password");
    } else if (/^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9_]{20,}$/.test(m[1]!) && literalCredential(m[1]!, false)) add(m, 1, "url-credential"); // a token as user name; org names (`acme-ml@dev.azure.com`) are not
  }
  for (const m of all(URL_QUERY, /[?&][^=]{1,64}=/)) {
    const name = m[1]!;
    const value = m[2]!;
    // `code=` is an Azure Functions key (long and random); elsewhere a short code is a language or a status.
    const credential = name.toLowerCase() === "code" ? value.length >= 20 : credentialKey(name);
    if (credential && literalCredential(value, false)) add(m, 2, "url-credential");
  }
  for (const m of all(SLACK_WEBHOOK, /hooks\.slack/i)) {
    if (/[0-9]/.test(m[1]!) && m[1]!.length >= 20 && !isPlaceholder(m[1]!)) add(m, 1, "url-credential");
  }
  for (const m of all(DISCORD_WEBHOOK, /discord/i)) {
    const token = m[1]!.slice(m[1]!.indexOf("/") + 1);
    if (token.length >= 20 && !isPlaceholder(token)) add(m, 1, "url-credential");
  }
  return out;
}

/**
 * Text for a report, with every secret of a known token format or inside a URL masked. Unlike
 * maskText it does not guess from key = value pairs, so ordinary prose in finding messages stays as
 * written.
 */
export function maskKnownSecrets(text: string): string {
  const spans = mergeSpans([...tokenSpans(text), ...urlSpans(text)]);
  return spans.length ? maskSpans(text, spans) : text;
}

/**
 * Secrets in `text`. `keyHint` names the key (or command-line flag) the whole value sits under:
 * a literal credential under a credential-named key is a secret even without a known format.
 */
export function findSecrets(text: string, keyHint?: string): SecretSpan[] {
  const spans = [...tokenSpans(text), ...contextSpans(text)];
  if (keyHint && credentialKey(keyHint) && !spans.some((s) => s.start === 0)) {
    const v = text.trim();
    if (literalCredential(v, strictKey(keyHint))) {
      const start = text.indexOf(v);
      spans.push({ start, end: start + v.length, kind: "credential" });
    }
  }
  return mergeSpans(spans);
}

/** Overlapping findings collapse to the widest span; a known token format names the kind. */
function mergeSpans(spans: SecretSpan[]): SecretSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SecretSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (PREFIX_KINDS.has(s.kind) && !PREFIX_KINDS.has(last.kind)) last.kind = s.kind;
      last.end = Math.max(last.end, s.end);
    } else out.push({ ...s });
  }
  return out;
}

/** What a report may show of a secret. */
export function maskSecret(value: string, kind: string): string {
  if (!PREFIX_KINDS.has(kind)) return "****";
  return `${value.slice(0, Math.min(4, Math.floor(value.length / 4)))}…`;
}

/** The text with every secret replaced by its masked form. */
export function maskSpans(text: string, spans: readonly SecretSpan[]): string {
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + maskSecret(text.slice(s.start, s.end), s.kind);
    at = s.end;
  }
  return out + text.slice(at);
}

export function maskText(text: string, keyHint?: string): string {
  const spans = findSecrets(text, keyHint);
  return spans.length ? maskSpans(text, spans) : text;
}
