// A starting `.aigis.yml`: valid as written, every other setting shown commented out.

export function configTemplate(f: { organization: string[] }): string {
  return [
    "# yaml-language-server: $schema=https://raw.githubusercontent.com/aigis/aigis/v0/schema/aigis-config.schema.json",
    "# aigis configuration, scaffolded by `aigis init`. Every key is optional: docs/configuration.md.",
    "fail-on: critical          # critical | high | medium | low | none",
    "",
    f.organization.length
      ? `organization:\n  names: [${f.organization.map((o) => JSON.stringify(o)).join(", ")}]   # suppliers that count as first-party`
      : "# organization:\n#   names: [Acme]           # suppliers that count as first-party",
    "",
    '# exclude: ["vendor/", "**/testdata/**"]',
    "# rules:",
    "#   AIGIS-MC-013: off",
    "#   AIGIS-MC-014: {severity: low}",
    "",
    "# A waived finding never fails the check and stays listed as suppressed until it expires.",
    "# waivers:",
    "#   - rule: AIGIS-MC-013",
    '#     path: "models/**"',
    "#     reason: why the gap is accepted for now",
    "#     owner: who answers for it",
    "#     expires: YYYY-MM-DD   # at most waiver-max-days (365) from today",
    "",
  ].join("\n");
}
