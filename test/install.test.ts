// `npm install -g` of the repository gives a working `aigis`: the package as npm packs it (the
// files list, the bin entry, the committed bundles and policy) installed into a temporary prefix.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtures, repoRoot, tempDir } from "./helpers.js";

const dir = tempDir("aigis-install-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });

describe("npm install -g", () => {
  it("installs an aigis command that runs", () => {
    const tarball = npm(["pack", "--silent", "--pack-destination", dir], repoRoot).trim().split("\n").at(-1)!;
    const prefix = path.join(dir, "prefix");
    // The dependencies come from npm's cache, filled by `npm ci`: the test needs no network.
    npm(["install", "-g", "--offline", "--no-audit", "--no-fund", "--prefix", prefix, path.join(dir, tarball)], dir);
    const bin = path.join(prefix, "bin", "aigis");
    expect(fs.existsSync(bin), "bin/aigis is a link to an existing file").toBe(true);
    expect(execFileSync(bin, ["--version"], { encoding: "utf8" }).trim()).toMatch(/^\d+\.\d+\.\d+/);
    const out = execFileSync(bin, ["check", path.join(fixtures, "passing"), "--short"], { encoding: "utf8" });
    expect(out.trimEnd().split("\n").at(-1)).toBe("Result: passed: no finding at or above critical.");
  }, 180_000);
});
