// Nothing outside the workspace, ever: the repository under check decides nothing about where aigis
// reads or writes. A symbolic link it holds is never read or written through, the configuration is
// read only as a small regular file, and errors quote at most a short escaped excerpt of it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { ConfigError, loadConfigText } from "../src/config/config.js";
import { init } from "../src/init/init.js";
import { cliWorkspace } from "../src/io/workspace.js";
import { run } from "../src/run.js";
import { fixtures, policyDir, tempDir, writeTree } from "./helpers.js";

const FAKE_TOKEN = "ghp_FAKEtoken1234567890abcdefFAKEtoken12";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: { write: (s: string) => out.push(s) }, err: { write: (s: string) => err.push(s) } } as unknown as Parameters<typeof main>[1];
  return { io, out: () => out.join(""), err: () => err.join("") };
}

async function configError(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ConfigError) return e.message;
    throw e;
  }
  throw new Error("expected a configuration error");
}

/** A scanned repository: the `passing` fixture copied into a fresh directory. */
function repo(): string {
  const dir = tempDir("aigis-ws-");
  fs.cpSync(path.join(fixtures, "passing"), dir, { recursive: true });
  return dir;
}

/** The repository's .aigis.yml replaced by a symbolic link to `target`. */
function linkConfig(root: string, target: string): void {
  fs.rmSync(path.join(root, ".aigis.yml"), { force: true });
  fs.symlinkSync(target, path.join(root, ".aigis.yml"));
}

const scan = (root: string) => run({ root, policyDir, version: "t" });

describe("the configuration file is read only as a small regular file", () => {
  it("refuses .aigis.yml linked to /proc/self/environ without printing the environment", async () => {
    if (!fs.existsSync("/proc/self/environ")) return;
    const root = repo();
    linkConfig(root, "/proc/self/environ");
    process.env["AIGIS_TEST_SECRET"] = FAKE_TOKEN;
    try {
      const cli = capture();
      expect(await main(["check", root], cli.io)).toBe(2);
      expect(cli.err()).toMatch(/^aigis: configuration file \.aigis\.yml is a symbolic link; aigis reads only a regular file here/);
      expect(cli.err()).not.toContain(FAKE_TOKEN);
      expect(cli.err()).not.toContain("PATH=");
    } finally {
      delete process.env["AIGIS_TEST_SECRET"];
    }
  });

  it("refuses a config linked to a file holding a token, and quotes none of it", async () => {
    const secrets = writeTree(tempDir("aigis-home-"), { ".netrc": `machine github.com login x password ${FAKE_TOKEN}\n` });
    const root = repo();
    linkConfig(root, path.join(secrets, ".netrc"));
    const message = await configError(scan(root));
    expect(message).toContain("is a symbolic link");
    expect(message).not.toContain(FAKE_TOKEN);
    // Even an explicit --config naming the link is refused: the link is the repository's.
    const cli = capture();
    expect(await main(["check", root, "--config", ".aigis.yml"], cli.io)).toBe(2);
    expect(cli.err()).not.toContain(FAKE_TOKEN);
  });

  it("refuses a config linked to /dev/zero, and a device named directly, without reading it", async () => {
    const root = repo();
    linkConfig(root, "/dev/zero");
    expect(await configError(scan(root))).toContain("is a symbolic link");
    const cli = capture();
    expect(await main(["check", repo(), "--config", "/dev/zero"], cli.io)).toBe(2);
    expect(cli.err()).toMatch(/configuration file \/dev\/zero is not a regular file/);
  });

  it("refuses a 2 MiB configuration file before parsing it", async () => {
    const root = repo();
    fs.writeFileSync(path.join(root, ".aigis.yml"), `fail-on: low\n# ${"x".repeat(2 * 1024 * 1024)}\n`);
    expect(await configError(scan(root))).toBe("configuration file .aigis.yml is larger than 1 MiB; a configuration file is a few KiB");
  });

  it("a dangling link named .aigis.yml is refused, never skipped", async () => {
    const root = repo();
    linkConfig(root, path.join(root, "missing.yml"));
    expect(await configError(scan(root))).toContain("is a symbolic link");
  });

  it("quotes at most a short escaped excerpt of a wrong value", () => {
    const value = `${FAKE_TOKEN}\u001b[2J${"y".repeat(5000)}`;
    const message = (() => {
      try {
        loadConfigText(JSON.stringify(value), ".aigis.yml");
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error("expected an error");
    })();
    expect(message).toMatch(/^\.aigis\.yml:1: the configuration must be a mapping; got "/);
    // The quoted value: 80 characters and an ellipsis, the escape sequence spelled out.
    const quoted = /got "(.*?)"; /.exec(message)![1]!;
    expect([...quoted.replace(/\\u[0-9a-f]{4}/g, "?")].length).toBe(81);
    expect(quoted.endsWith("…")).toBe(true);
    expect(message).not.toContain("\u001b");
    expect(message).toContain("\\u001b");
    expect(message).not.toContain("y".repeat(100));
    // A huge unknown key is cut too.
    const key = (() => {
      try {
        loadConfigText(`${"k".repeat(10000)}: 1\n`, ".aigis.yml");
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error("expected an error");
    })();
    expect(key.length).toBeLessThan(400);
  });
});

describe("what the run reads stays inside the workspace", () => {
  it("refuses a scanned path that is a link out of the workspace (the Action's path input)", async () => {
    const ws = tempDir("aigis-ws-");
    const outside = repo();
    fs.symlinkSync(outside, path.join(ws, "ml"));
    const message = await configError(
      run({ root: path.join(ws, "ml"), policyDir, version: "t", workspace: { ...cliWorkspace(ws), userPathsAnywhere: false } }),
    );
    expect(message).toMatch(/^path .*ml leads outside the workspace/);
  });

  it("refuses custom-policies that leave the workspace, with no stack trace", async () => {
    const root = repo();
    fs.writeFileSync(path.join(root, ".aigis.yml"), "custom-policies: {dir: ../../../..}\n");
    const cli = capture();
    expect(await main(["check", root], cli.io)).toBe(2);
    expect(cli.err()).toMatch(/^aigis: \.aigis\.yml:1: custom-policies\.dir \/ leads outside the workspace/);
    expect(cli.err()).not.toContain("internal error");
    expect(cli.err()).not.toMatch(/\n\s+at /);
  });

  it("refuses a custom-policies directory that is a link out of the workspace", async () => {
    const root = repo();
    const elsewhere = writeTree(tempDir("aigis-rules-"), { "x.rego": "package aigis.rules.acme.x\n" });
    fs.symlinkSync(elsewhere, path.join(root, "rules"));
    fs.writeFileSync(path.join(root, ".aigis.yml"), "custom-policies: {dir: rules}\n");
    expect(await configError(scan(root))).toMatch(/custom-policies\.dir rules leads outside the workspace/);
  });

  it("the CLI's workspace is the git work tree of the scanned directory, else the directory", () => {
    const top = tempDir("aigis-git-");
    fs.mkdirSync(path.join(top, ".git"));
    fs.mkdirSync(path.join(top, "ml", "models"), { recursive: true });
    expect(cliWorkspace(path.join(top, "ml")).root).toBe(fs.realpathSync(top));
    const plain = tempDir("aigis-plain-");
    expect(cliWorkspace(plain).root).toBe(fs.realpathSync(plain));
  });
});

describe("nothing is written through a symbolic link", () => {
  it("--output: a link the repository holds is never written through; its target stays untouched", async () => {
    const root = repo();
    const victim = writeTree(tempDir("aigis-victim-"), { authorized_keys: "ssh-ed25519 AAAA original\n" });
    const target = path.join(victim, "authorized_keys");
    fs.symlinkSync(target, path.join(root, "report.json"));
    const cli = capture();
    expect(await main(["check", root, "--format", "json", "--output", path.join(root, "report.json")], cli.io)).toBe(2);
    expect(cli.err()).toMatch(/--output could not be written: --output report\.json is a symbolic link; aigis never writes through one/);
    expect(fs.readFileSync(target, "utf8")).toBe("ssh-ed25519 AAAA original\n");
    // A linked directory inside the repository is refused too.
    fs.symlinkSync(victim, path.join(root, "out"));
    const again = capture();
    expect(await main(["check", root, "--format", "sarif", "--output", path.join(root, "out", "authorized_keys")], again.io)).toBe(2);
    expect(again.err()).toMatch(/goes through the symbolic link out/);
    expect(fs.readFileSync(target, "utf8")).toBe("ssh-ed25519 AAAA original\n");
  });

  it("--output creates missing directories, replaces a regular file whole and leaves no temporary file", async () => {
    const root = repo();
    const file = path.join(root, "reports", "deep", "aigis.json");
    const cli = capture();
    expect(await main(["check", root, "--format", "json", "--output", file], cli.io)).toBe(0);
    const first = fs.readFileSync(file, "utf8");
    expect(JSON.parse(first).passed).toBe(true);
    fs.writeFileSync(file, "x".repeat(10 * first.length));
    expect(await main(["check", root, "--format", "json", "--output", file], capture().io)).toBe(0);
    const second = fs.readFileSync(file, "utf8");
    expect(JSON.parse(second).passed).toBe(true);
    expect(second).not.toContain("xxxx");
    expect(fs.readdirSync(path.dirname(file))).toEqual(["aigis.json"]);
  });

  it("--output may name a place outside the repository (the CLI's user is trusted), never a link", async () => {
    const root = repo();
    const dir = tempDir("aigis-out-");
    expect(await main(["check", root, "--format", "sarif", "--output", path.join(dir, "aigis.sarif")], capture().io)).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "aigis.sarif"), "utf8")).version).toBe("2.1.0");
    fs.symlinkSync(path.join(dir, "aigis.sarif"), path.join(dir, "link.sarif"));
    const cli = capture();
    expect(await main(["check", root, "--format", "sarif", "--output", path.join(dir, "link.sarif")], cli.io)).toBe(2);
    expect(cli.err()).toContain("is a symbolic link");
  });

  it("init never writes through a linked .github, and writes nothing when a target is refused", () => {
    const root = tempDir("aigis-init-");
    const elsewhere = tempDir("aigis-elsewhere-");
    fs.symlinkSync(elsewhere, path.join(root, ".github"));
    expect(() => init(root)).toThrow(/init target \.github\/workflows\/ai-governance\.yml goes through the symbolic link \.github/);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    expect(fs.readdirSync(root)).toEqual([".github"]);
  });

  it("init never writes through a linked file the plan would create", () => {
    const root = tempDir("aigis-init-");
    const victim = writeTree(tempDir("aigis-victim-"), { "x.json": "original" });
    fs.symlinkSync(path.join(victim, "x.json"), path.join(root, "ai-bom.cdx.json"));
    const cli = capture();
    return main(["init", root], cli.io).then((code) => {
      expect(code).toBe(2);
      expect(cli.err()).toMatch(/init target ai-bom\.cdx\.json is a symbolic link/);
      expect(fs.readFileSync(path.join(victim, "x.json"), "utf8")).toBe("original");
    });
  });
});
