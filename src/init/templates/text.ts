// Small helpers for writing templates: values from discovered artifacts are quoted where YAML needs it.

/** A YAML scalar: plain when that is unambiguous, else double-quoted JSON. */
export function yamlScalar(v: string): string {
  return /^[A-Za-z0-9][\w ./@+-]*$/.test(v) && !/^(true|false|null|yes|no|on|off|~)$/i.test(v) && !/^[\d.]+$/.test(v) && !/[:#]\s|\s$/.test(v)
    ? v
    : JSON.stringify(v);
}

/** `  - item` lines. */
export function yamlList(items: readonly string[], indent = "  "): string[] {
  return items.map((i) => `${indent}- ${yamlScalar(i)}`);
}

/** A file-system friendly name: `acme/Support Tickets` → `support-tickets`. */
export function slug(name: string): string {
  const last = name.split("/").pop() ?? name;
  return (
    last
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^[-.]+|[-.]+$/g, "") || "model"
  );
}
