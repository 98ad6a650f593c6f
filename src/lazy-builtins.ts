// Node built-ins that only some runs need (custom policies compiled with opa, a bundle's gzip, git for
// a pull request's changed files, hashes of weights files and OSCAL ids, a report file's temporary
// name), loaded on first use: importing child_process alone took ~4 ms of every run's start, and
// crypto (with OpenSSL and the stream classes) about 3 ms.
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

export const childProcess = (): typeof import("node:child_process") => load("node:child_process") as typeof import("node:child_process");
export const zlib = (): typeof import("node:zlib") => load("node:zlib") as typeof import("node:zlib");
export const crypto = (): typeof import("node:crypto") => load("node:crypto") as typeof import("node:crypto");
