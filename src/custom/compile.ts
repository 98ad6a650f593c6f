// Compiles a directory of the team's Rego rules to a wasm bundle with the OPA CLI on PATH, together
// with the built-in rule library aigis ships in dist/policy/rego (so `data.aigis.lib` and the
// aggregator `data.aigis.main.findings` are the same ones the built-in rules use), after type-checking
// it against the PolicyInput schema shipped in dist/policy/schema.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError } from "../config/config.js";
import { EngineError } from "../engine/engine.js";
import { childProcess } from "../lazy-builtins.js";

export const ENTRYPOINT = "aigis/main/findings";

export interface CompileContext {
  /** dist/policy: holds rego/ (the library) and schema/ (policy-input.json). */
  policyDir: string;
  /** Where custom-policies was set (file:line), for errors. */
  source: string;
  /** Turns absolute paths in OPA's messages into the names the user knows. */
  display: (text: string) => string;
}

/** `opa build -t wasm` of the library plus `dir`; returns the bundle (.tar.gz) bytes. */
export function compileDir(dir: string, ctx: CompileContext): Buffer {
  const library = path.join(ctx.policyDir, "rego");
  const schemas = path.join(ctx.policyDir, "schema");
  if (!fs.existsSync(path.join(library, "main"))) {
    throw new EngineError(`this aigis build does not ship its Rego library (${library}); rebuild it with npm run build:policies`);
  }
  const version = childProcess().spawnSync("opa", ["version"], { encoding: "utf8" });
  if (version.error) {
    throw new ConfigError(
      "custom-policies.dir is compiled with the OPA CLI, and `opa` is not on PATH: install it (in a workflow, open-policy-agent/setup-opa), " +
        "or build a bundle once with `opa build -t wasm -e aigis/main/findings` and set custom-policies.bundle (docs/custom-rules.md)",
      ...splitSource(ctx.source),
    );
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "aigis-custom-"));
  try {
    const opa = (args: string[], what: string) => {
      const res = childProcess().spawnSync("opa", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      if (res.status !== 0) {
        const detail = ctx.display(`${res.stdout ?? ""}${res.stderr ?? ""}`.trim()) || `opa exited with status ${res.status}`;
        throw new ConfigError(`custom-policies.dir: ${what} failed:\n${detail}`, ...splitSource(ctx.source));
      }
    };
    opa(["check", "--ignore", "*_test.rego", "--schema", schemas, library, dir], "opa check (against the PolicyInput schema)");
    const out = path.join(tmp, "bundle.tar.gz");
    opa(["build", "-t", "wasm", "-e", ENTRYPOINT, "--ignore", "*_test.rego", "-o", out, library, dir], "opa build -t wasm");
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** `file:line` → ConfigError's file and line. */
export function splitSource(source: string): [string | null, number | null] {
  const m = /^(.*):(\d+)$/.exec(source);
  return m ? [m[1]!, Number(m[2])] : [source, null];
}
