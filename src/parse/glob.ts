// Glob matching for include/exclude patterns, gitignore-flavoured: `*` and `?` stay within one
// path segment, `**` crosses segments, `{a,b}` alternates, a pattern without `/` matches a name at
// any depth, and a trailing `/` (or a directory name) covers everything below.
const cache = new Map<string, RegExp>();

function toRegExp(pattern: string): RegExp {
  let p = pattern.trim().replace(/\\/g, "/");
  if (p.startsWith("./")) p = p.slice(2);
  const anchored = p.startsWith("/") || p.replace(/\/$/, "").includes("/");
  p = p.replace(/^\//, "").replace(/\/$/, "/**");
  let re = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === "*") {
      if (p[i + 1] === "*") {
        const slash = p[i + 2] === "/";
        re += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const end = p.indexOf("}", i);
      if (end > i) {
        re +=
          "(?:" +
          p
            .slice(i + 1, end)
            .split(",")
            .map(escape)
            .join("|") +
          ")";
        i = end;
      } else re += "\\{";
    } else re += escapeRegex(c);
  }
  return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${re}(?:/.*)?$`);
}

function escapeRegex(s: string): string {
  return s.replace(/[.+^${}()|[\]\\*?]/g, "\\$&");
}

export function globMatch(pattern: string, relPath: string): boolean {
  let re = cache.get(pattern);
  if (!re) {
    re = toRegExp(pattern);
    cache.set(pattern, re);
  }
  return re.test(relPath);
}

export function matchesAny(patterns: readonly string[], relPath: string): boolean {
  return patterns.some((p) => globMatch(p, relPath));
}
