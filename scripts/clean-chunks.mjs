// Removes the chunk files ncc wrote on an earlier build of the Action (dist/*.index.js): ncc adds
// chunks for what the bundle imports on demand but never deletes old ones, and a stale chunk would
// ship unnoticed. scripts/build-cli.mjs does the same for dist/cli.
import fs from "node:fs";

if (fs.existsSync("dist")) {
  for (const name of fs.readdirSync("dist")) if (/^\d+\.index\.js$/.test(name)) fs.rmSync(`dist/${name}`);
}
