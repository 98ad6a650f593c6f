// One case per catalogue entry: a manifest of its ecosystem naming the package is detected at its
// line, and a lookalike name (a prefix or suffix of it) is not.
import { describe, expect, it } from "vitest";
import { CATALOGUE, Catalogue, type CatalogueEntry } from "../src/inventory/catalogue.js";
import { detectManifest } from "../src/inventory/manifests.js";

const catalogue = new Catalogue();

function manifestFor(entry: CatalogueEntry, name: string): [kind: string, file: string, text: string] {
  switch (entry.ecosystem) {
    case "pypi":
      return ["requirements", "requirements.txt", `# deps\n${name}==1.2.3\n`];
    case "npm":
      return ["package.json", "package.json", `{\n  "name": "x",\n  "dependencies": {\n    ${JSON.stringify(name)}: "1.2.3"\n  }\n}\n`];
    case "go":
      return ["go.mod", "go.mod", `module example.com/x\n\nrequire (\n\t${name} v1.2.3\n)\n`];
    case "maven": {
      const [g, a] = name.split(":");
      return [
        "pom",
        "pom.xml",
        `<project>\n<dependencies>\n<dependency>\n<groupId>${g}</groupId>\n<artifactId>${a}</artifactId>\n<version>1.2.3</version>\n</dependency>\n</dependencies>\n</project>\n`,
      ];
    }
    case "cargo":
      return ["cargo", "Cargo.toml", `[package]\nname = "x"\n\n[dependencies]\n${name} = "1.2.3"\n`];
    case "nuget":
      return ["csproj", "App.csproj", `<Project>\n  <ItemGroup>\n    <PackageReference Include="${name}" Version="1.2.3" />\n  </ItemGroup>\n</Project>\n`];
  }
}

const LINE: Record<string, number> = { pypi: 2, npm: 4, go: 4, maven: 5, cargo: 5, nuget: 3 };

describe.each(CATALOGUE.map((e) => [`${e.ecosystem} ${e.package}`, e] as const))("catalogue entry %s", (_, entry) => {
  it("is detected at its manifest line with its version", () => {
    const [kind, file, text] = manifestFor(entry, entry.package);
    const found = detectManifest(kind, file, text, catalogue);
    expect(found).toMatchObject([
      {
        type: "package",
        name: entry.package,
        version: entry.ecosystem === "go" ? "v1.2.3" : "1.2.3",
        line: LINE[entry.ecosystem],
        category: entry.category,
        provider: entry.provider ?? null,
      },
    ]);
  });

  it("does not match a lookalike name", () => {
    const lookalike = entry.ecosystem === "maven" ? `${entry.package}-extras` : `${entry.package}-openapi-extras`;
    const [kind, file, text] = manifestFor(entry, lookalike);
    expect(detectManifest(kind, file, text, catalogue)).toEqual([]);
  });
});

describe("manifest formats", () => {
  it("reads pyproject (PEP 621 and Poetry), Pipfile, environment.yml and Gradle", () => {
    const pyproject = `[project]\nname = "x"\ndependencies = [\n  "openai>=1.0",\n  "openapi-core",\n]\n\n[tool.poetry.dependencies]\npython = "^3.11"\nAnthropic = "^0.34"\n`;
    expect(detectManifest("pyproject", "pyproject.toml", pyproject, catalogue).map((f) => `${f.line}:${f.column} ${f.name} ${f.version}`)).toEqual([
      "4:4 openai >=1.0",
      "10:1 Anthropic ^0.34",
    ]);
    expect(detectManifest("pipfile", "Pipfile", `[packages]\nlangchain = "*"\n`, catalogue)).toMatchObject([{ name: "langchain", version: null, line: 2 }]);
    expect(detectManifest("conda", "environment.yml", `dependencies:\n  - python=3.11\n  - pip:\n    - vllm==0.6.0\n`, catalogue)).toMatchObject([
      { name: "vllm", line: 4 },
    ]);
    expect(
      detectManifest("gradle", "build.gradle.kts", `dependencies {\n    implementation("dev.langchain4j:langchain4j-open-ai:0.35.0")\n}\n`, catalogue),
    ).toMatchObject([{ name: "dev.langchain4j:langchain4j-open-ai", version: "0.35.0", provider: "openai", line: 2 }]);
  });

  it("takes a package named ai only by its exact name", () => {
    const pkg = (name: string) => `{"dependencies": {${JSON.stringify(name)}: "3.0.0"}}`;
    expect(detectManifest("package.json", "package.json", pkg("ai"), catalogue)).toHaveLength(1);
    for (const other of ["ai-utils", "@acme/ai", "openai-like", "openapi-types"])
      expect(detectManifest("package.json", "package.json", pkg(other), catalogue)).toEqual([]);
  });

  it("matches a Go package below a catalogued module and a major-version suffix", () => {
    const gomod = `module x\nrequire github.com/sashabaranov/go-openai/v2 v2.0.0\nrequire github.com/openai/openai-gopher v1.0.0\n`;
    expect(detectManifest("go.mod", "go.mod", gomod, catalogue).map((f) => f.name)).toEqual(["github.com/sashabaranov/go-openai/v2"]);
  });
});
