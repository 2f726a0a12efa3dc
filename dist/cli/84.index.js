export const id = 84;
export const ids = [84];
export const modules = {

/***/ 1084:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// web-tree-sitter's ESM build calls `await import("module")` at run time, which a bundle breaks; its CJS build
// bundles cleanly. This file is the one place that requires it.
module.exports = __webpack_require__(551);


/***/ })

};
