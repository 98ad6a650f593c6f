// Every test file's temporary directories (tempDir in test/helpers.ts) are removed when it ends, so
// a run of the suite leaves nothing under the system's temporary directory.
import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers.js";

afterAll(() => {
  const left = removeTempDirs();
  if (left.length) process.stderr.write(`test: could not remove ${left.join(", ")}\n`);
});
