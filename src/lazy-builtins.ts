// Node built-ins that only some runs need (custom policies compiled with opa, a bundle's gzip, git for
// a pull request's changed files), loaded on first use: importing child_process alone took ~4 ms of
// every run's start.
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

export const childProcess = (): typeof import("node:child_process") => load("node:child_process") as typeof import("node:child_process");
export const zlib = (): typeof import("node:zlib") => load("node:zlib") as typeof import("node:zlib");
