// A CycloneDX 1.6 AI SBOM skeleton listing the models and datasets discovery found. JSON has no
// comments, so unknowns are `TODO` strings and `NOASSERTION` licences, which the rules report.

export interface SbomFacts {
  /** The product the BOM describes (the repository's name). */
  product: string;
  today: string;
  models: { name: string; version: string | null; supplier: string | null; license: string | null; card: string | null }[];
  datasets: { name: string; supplier: string | null }[];
  services: { name: string; provider: string | null; endpoint: string | null }[];
}

export function sbomTemplate(f: SbomFacts): string {
  const license = (l: string | null) => [l ? (/^[A-Za-z0-9.+-]+$/.test(l) ? { license: { id: l } } : { license: { name: l } }) : { expression: "NOASSERTION" }];
  const ref = (kind: string, name: string) =>
    `${kind}-${name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")}`;
  const bom = {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    version: 1,
    metadata: {
      timestamp: `${f.today}T00:00:00Z`,
      component: { type: "application", name: f.product },
      supplier: { name: "TODO" },
    },
    components: [
      ...f.models.map((m) => ({
        "bom-ref": ref("model", m.name),
        type: "machine-learning-model",
        name: m.name,
        // No version until there is one: a placeholder would pass for a pinned version.
        ...(m.version ? { version: m.version } : {}),
        supplier: { name: m.supplier ?? "TODO" },
        licenses: license(m.license),
        externalReferences: m.card ? [{ type: "model-card", url: m.card }] : [],
      })),
      ...f.datasets.map((d) => ({
        "bom-ref": ref("data", d.name),
        type: "data",
        name: d.name,
        supplier: { name: d.supplier ?? "TODO" },
        licenses: license(null),
      })),
    ],
    services: f.services.map((s) => ({
      "bom-ref": ref("service", s.name),
      name: s.name,
      provider: { name: s.provider ?? "TODO" },
      endpoints: [s.endpoint ?? "https://TODO"],
      data: [{ flow: "outbound", classification: "TODO" }],
    })),
  };
  return JSON.stringify(bom, null, 2) + "\n";
}
