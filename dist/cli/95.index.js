export const id = 95;
export const ids = [95];
export const modules = {

/***/ 95:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   analyzeDiff: () => (/* binding */ analyzeDiff)
/* harmony export */ });
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(163);
/* harmony import */ var _folder_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9206);
/* harmony import */ var _frameworks_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2668);
// The migrations a change adds, edits, renames or deletes, each analysed. Git is passed in, so this stays pure.



/** Extensions any framework reads; other files are not fetched at all (a PR may touch thousands). */
const MIGRATION_EXTENSIONS = /\.(rb|py|sql|php|js|mjs|cjs|ts|mts|cts|exs)$/i;
async function analyzeDiff(git, base, head, parsers, config) {
    const changed = (await git.changedFiles(base, head)).filter((f) => MIGRATION_EXTENSIONS.test(f.path));
    const indexOf = (0,_folder_index_js__WEBPACK_IMPORTED_MODULE_2__/* .folderIndexes */ .xd)((dir) => git.listDir(head, dir).then((names) => new _folder_index_js__WEBPACK_IMPORTED_MODULE_2__/* .FolderIndex */ .zy(names)));
    const reports = await Promise.all(changed.map(async (f) => {
        const content = await git.readFile(f.status === "deleted" ? base : head, f.path);
        const siblings = (0,_frameworks_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readsSiblings */ .rV)(f.path) ? await indexOf((0,_folder_index_js__WEBPACK_IMPORTED_MODULE_2__/* .folderOf */ .yS)(f.path)) : undefined;
        return (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeFile */ .xy)({
            path: f.path,
            content: content ?? new Uint8Array(),
            // A path git lists but cannot give bytes for (a submodule at a migration path) is not an empty file.
            ...(content === undefined
                ? { unreadable: "could not be read from git (a submodule or a missing object)" }
                : {}),
            status: f.status,
            ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
            ...(siblings ? { siblings } : {}),
        }, parsers, config);
    }));
    return reports.filter((r) => r !== undefined).sort((a, b) => a.path.localeCompare(b.path));
}


/***/ })

};
