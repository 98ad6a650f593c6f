// The JSON Schema validators that scripts/gen-validators.mjs precompiles with ajv's standalone code
// generation (src/generated/*.cjs), loaded on first use: a run reads and compiles only the ones it
// needs (a repository with 1.6 BOMs never loads the 1.5 and 1.7 validators). The files require
// nothing; each exports create(formats), which takes ajv-formats' format functions.
import { fullFormats } from "ajv-formats/dist/formats.js";
import type { ValidateFunction } from "ajv";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// ncc copies each file named here next to the bundle and puts the copy's path (a string) in place of
// the URL. Its asset relocator has to parse this module to do that: keep the syntax plain (it does
// not know `??=`, for one); when it cannot, webpack copies the files under hashed names instead.
const FILES: Record<string, URL | string> = {
  "cyclonedx-1.4": new URL("../generated/cyclonedx-1.4.cjs", import.meta.url),
  "cyclonedx-1.5": new URL("../generated/cyclonedx-1.5.cjs", import.meta.url),
  "cyclonedx-1.6": new URL("../generated/cyclonedx-1.6.cjs", import.meta.url),
  "cyclonedx-1.7": new URL("../generated/cyclonedx-1.7.cjs", import.meta.url),
  "aigis-config": new URL("../generated/aigis-config.cjs", import.meta.url),
  "rule-metadata": new URL("../generated/rule-metadata.cjs", import.meta.url),
};

const load = createRequire(import.meta.url);
// The CLI's launcher (src/cli-launcher.cjs) compiles the validators beside the bundle with its
// start-up code cache, as it does the bundle; anywhere else they are required.
const LAUNCHER_LOAD = Symbol.for("aigis.cli.loadScript");
const loaded = new Map<string, ValidateFunction>();

/** The validator generated as src/generated/<name>.cjs; null when there is none by that name. */
export function validator(name: string): ValidateFunction | null {
  let v = loaded.get(name);
  if (!v) {
    const file = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
    if (file === undefined) return null;
    const path = file instanceof URL ? fileURLToPath(file) : file;
    const viaLauncher = (globalThis as Record<symbol, unknown>)[LAUNCHER_LOAD];
    const create = (typeof viaLauncher === "function" ? viaLauncher(path) : load(path)) as (formats: typeof fullFormats) => ValidateFunction;
    v = create(fullFormats);
    loaded.set(name, v);
  }
  return v;
}
