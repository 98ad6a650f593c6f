import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const fixtures = path.join(repoRoot, "fixtures");
export const policyDir = path.join(repoRoot, "dist", "policy");

const made: string[] = [];

/** A fresh temporary directory, removed when the test file ends (test/setup.ts). */
export function tempDir(prefix = "aigis-test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes the directories tempDir made; one that cannot be removed is left and named. */
export function removeTempDirs(): string[] {
  const left: string[] = [];
  for (const dir of made.splice(0)) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      left.push(dir);
    }
  }
  return left;
}

/** Writes files (path → content) under dir. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}

/** 1-based line of the first line of `file` containing `needle`. */
export function lineOf(file: string, needle: string): number {
  const lines = fs.readFileSync(file, "utf8").split(/\r\n|\r|\n/);
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}
