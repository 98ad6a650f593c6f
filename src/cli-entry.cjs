// The CLI bundle's entry (dist/cli/index.cjs). It is CommonJS so that the launcher
// (src/cli-launcher.cjs, shipped as dist/cli/index.js) can compile it with a V8 code cache, which
// Node offers only for scripts. Loading it runs nothing: the launcher calls main.
module.exports = require("./cli.ts");
