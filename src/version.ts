// Kept equal to package.json "version" (a test checks it), so the bundles need no package.json.
export const VERSION = "0.1.0";
