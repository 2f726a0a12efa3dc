export const id = 505;
export const ids = [505];
export const modules = {

/***/ 9505:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// web-tree-sitter's ESM build calls `await import("module")` at run time, which a bundle breaks; its CJS build
// bundles cleanly. This file is the one place that requires it.
module.exports = __webpack_require__(2235);


/***/ })

};
