// A Data & Trust Alliance Data Provenance Standard 1.0 record (YAML), prefilled with the dataset's
// name and issuer when discovery knows them. Unknown values are `TODO` placeholders the rules report.
import { yamlScalar } from "./text.js";

export interface DatasetFacts {
  name: string;
  supplier: string | null;
}

export function datasetTemplate(d: DatasetFacts): string {
  return [
    "# Data & Trust Alliance Data Provenance Standard 1.0.0 record, scaffolded by `aigis init`.",
    "# Replace every TODO, then run `aigis check`: each finding points at a TODO still to fill.",
    "# Reference: https://dataandtrustalliance.org/work/data-provenance-standards",
    "source:",
    "  version: 1.0.0",
    `  title: ${yamlScalar(d.name)}`,
    "  id: TODO            # a stable identifier, e.g. urn:uuid:… or the dataset's URL",
    "  issuer:",
    `    - name: ${d.supplier ? yamlScalar(d.supplier) : "TODO   # the organization that issues this record"}`,
    "  description: TODO   # what the data is, in a sentence or two",
    "provenance:",
    "  origin:",
    "    name: TODO        # who created or collected the data",
    "  origin-geography:",
    "    - country: TODO   # ISO 3166 code, e.g. US",
    // The standard requires a date and any real one would be false: the reader takes the
    // placeholder as an unfilled date, which AIGIS-DP-002 reports at this line.
    "  date: TODO          # when the data was created or collected: YYYY-MM-DD",
    "  generation-method:",
    "    - code: TODO      # e.g. feeds-internal, web-scraped, synthetic",
    "  format:",
    "    - TODO            # media type, e.g. application/jsonl",
    "use:",
    "  # TODO: classification — does it hold personal or sensitive data? e.g. [{regulation: {code: pii}, evaluated: true}]",
    "  license:",
    "    - NOASSERTION     # TODO: the SPDX id or name of the data's licence",
    "  intended-purpose:",
    "    - code: TODO      # e.g. ai-training, ai-evaluation",
    "",
  ].join("\n");
}
