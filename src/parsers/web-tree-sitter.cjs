// web-tree-sitter's ESM build calls `await import("module")` at run time, which a bundle breaks; its CJS build
// bundles cleanly. This file is the one place that requires it.
module.exports = require("web-tree-sitter");
