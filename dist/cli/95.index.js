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
/* harmony import */ var _folder_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9206);
/* harmony import */ var _folder_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1074);
/* harmony import */ var _frameworks_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6454);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2831);
// The migrations a change adds, edits, renames or deletes, each analysed. Git is passed in, so this stays pure.





async function analyzeDiff(git, base, head, parsers, config) {
    const changed = (await git.changedFiles(base, head)).filter((f) => _folder_history_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATION_EXTENSIONS */ .yh.test(f.path));
    const listing = (0,_folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .folderIndexes */ .xd)((dir) => git.listDir(head, dir));
    const indexOf = (0,_folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .folderIndexes */ .xd)((dir) => listing(dir).then((names) => new _folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FolderIndex */ .zy(names)));
    // Migrations this change adds never held a production row: dropping what they created loses nothing.
    const added = new Set(changed.filter((f) => f.status === "added").map((f) => f.path));
    // The schema history of each folder at head, through the same blob reader: every migration of the folder
    // (Prisma's: each sibling folder's migration.sql), replayed in the order its framework runs them.
    const histories = new Map();
    const historyOf = (dir, scope) => {
        const key = (0,_folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .historyKey */ .Ox)(dir, scope);
        let history = histories.get(key);
        if (!history)
            histories.set(key, (history = readHistory(dir, scope)));
        return history;
    };
    const readHistory = async (dir, { file, dumps, dumpExtension }) => {
        const names = (await listing(dir))
            .map((n) => (0,_folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .historyMember */ .ls)(n, { file }))
            .filter((n) => _folder_history_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATION_EXTENSIONS */ .yh.test(n));
        const files = await Promise.all(names.map(async (name) => {
            const path = dir ? `${dir}/${name}` : name;
            const content = await git.readFile(head, path);
            // A listed name that holds no such file (Prisma's `migration_lock.toml`) is no migration; one git lists
            // but cannot give bytes for stays unreadable (the history then proves no absence after it).
            const absent = content === undefined && file && !(await listing((0,_folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .folderOf */ .yS)(path))).includes(file);
            return {
                path,
                content: absent ? null : content,
                origin: added.has(path) ? "change" : "history",
            };
        }));
        // The dump as production has it: at the base, before this change (a dump the change edits describes a
        // schema that does not exist yet).
        const seeds = dumps
            ? new Map(await Promise.all(dumps.map(async (name) => [name, (await git.readFile(base, (0,_folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .dumpPath */ .O0)(dir, name))) ?? null])))
            : dumpExtension !== undefined
                ? await readSchemaFolder(dir, dumpExtension)
                : undefined;
        return (0,_folder_history_js__WEBPACK_IMPORTED_MODULE_2__/* .folderHistories */ .dN)(files, parsers, config, undefined, seeds);
    };
    // A dump spread over files, at the base as above: the schema folder walked through the same tree reader (one
    // listing per folder of it, each level's asked together), then its files read.
    const readSchemaFolder = async (dir, extension) => {
        const parent = (0,_folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .folderOf */ .yS)(dir);
        const walk = (0,_folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .dumpFilesUnder */ .iG)(dir.slice(parent ? parent.length + 1 : 0), extension);
        const list = async (sub) => {
            const path = sub ? (0,_folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .dumpPath */ .O0)(dir, sub) : parent;
            return git.listEntries
                ? git.listEntries(base, path)
                : (await git.listDir(base, path)).map((name) => ({ name }));
        };
        let step = walk.next();
        while (!step.done)
            step = walk.next(await Promise.all(step.value.map(list)));
        // A walk that could not finish is an unreadable part (see dumpFilesUnder): the seed fails closed.
        if (!step.value)
            return new Map([[dir, undefined]]);
        return new Map(await Promise.all(step.value.map(async (name) => [name, await git.readFile(base, (0,_folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .dumpPath */ .O0)(dir, name))])));
    };
    // Everything read first (reads overlap), then each file analysed in its folder's replay order: the history
    // is replayed once per folder, each of its migrations parsed once, whatever order git lists the files in
    // (`10_x` sorts before `1_x`; Django's graph is not the name order).
    const read = await Promise.all(changed.map(async (f) => {
        const siblings = (0,_frameworks_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readsSiblings */ .rV)(f.path) ? await indexOf((0,_folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .folderOf */ .yS)(f.path)) : undefined;
        const scope = (0,_folder_history_js__WEBPACK_IMPORTED_MODULE_2__/* .historyScope */ .RI)(f.path, config);
        const history = f.status === "deleted" ? undefined : await historyOf((0,_folder_index_js__WEBPACK_IMPORTED_MODULE_1__/* .folderAbove */ .m$)(f.path, scope.depth), scope);
        // The history's reading of the file at head when it has one (its blob is read once); else the bytes, so
        // that analyzeFile says what is wrong with them (not UTF-8, or none at all).
        const content = history?.source(f.path) ?? (await git.readFile(f.status === "deleted" ? base : head, f.path));
        return { f, content, siblings, history, rank: history?.rank(f.path) ?? -1 };
    }));
    const folderAt = new Map(read.map(({ history }, i) => [history, i]));
    const at = (r) => folderAt.get(r.history);
    read.sort((a, b) => at(a) - at(b) || a.rank - b.rank);
    const reports = read.map(({ f, content, siblings, history }) => (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .analyzeFile */ .xy)({
        path: f.path,
        content: content ?? new Uint8Array(),
        // A path git lists but cannot give bytes for (a submodule at a migration path) is not an empty file.
        ...(content === undefined
            ? { unreadable: "could not be read from git (a submodule or a missing object)" }
            : {}),
        status: f.status,
        ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
        ...(siblings ? { siblings } : {}),
        ...(history ? { history } : {}),
    }, parsers, config));
    return reports
        .filter((r) => r !== undefined)
        .sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareCodeUnits */ .U)(a.path, b.path));
}


/***/ })

};
