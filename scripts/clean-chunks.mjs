// Removes the chunk files ncc wrote on an earlier build (dist/*.index.js, dist/cli/*.index.js):
// ncc adds chunks for the commands the CLI imports on demand but never deletes old ones, and a
// stale chunk would ship unnoticed.
import fs from "node:fs";
import path from "node:path";

for (const dir of ["dist", path.join("dist", "cli")]) {
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir)) if (/^\d+\.index\.js$/.test(name)) fs.rmSync(path.join(dir, name));
}
