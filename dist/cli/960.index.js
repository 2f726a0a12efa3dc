export const id = 960;
export const ids = [960];
export const modules = {

/***/ 6960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGit: () => (/* binding */ createGit),
/* harmony export */   parseNameStatus: () => (/* binding */ parseNameStatus),
/* harmony export */   parseRawBlobs: () => (/* binding */ parseRawBlobs),
/* harmony export */   treeEntries: () => (/* binding */ treeEntries),
/* harmony export */   treeNames: () => (/* binding */ treeNames)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var simple_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4724);
// Git, read-only, behind an interface: the PR check never checks out or runs PR code, it reads blobs.
// simple-git for the porcelain; one long-lived `git cat-file --batch` for blobs, so 2,000 files cost one process.


const STATUS = {
    A: "added",
    M: "modified",
    D: "deleted",
    R: "renamed",
    C: "added",
    T: "modified",
};
/** Parses `git diff --name-status -z -M` output. Exported for tests: names may hold any byte but NUL. */
function parseNameStatus(output) {
    const parts = output.split("\0");
    const files = [];
    for (let i = 0; i < parts.length - 1;) {
        const code = parts[i++];
        const letter = code[0];
        if (letter === "R" || letter === "C") {
            const from = parts[i++];
            const to = parts[i++];
            files.push(letter === "R" ? { path: to, status: "renamed", previousPath: from } : { path: to, status: "added" });
        }
        else {
            const path = parts[i++];
            const status = STATUS[letter];
            if (status)
                files.push({ path, status });
        }
    }
    return files;
}
/** Parses `git diff --raw -z --no-abbrev -M` output into path → blob (head side; base side when deleted). */
function parseRawBlobs(output) {
    const parts = output.split("\0");
    const blobs = new Map();
    for (let i = 0; i < parts.length - 1;) {
        const [, , oldBlob, newBlob, code] = parts[i++].split(" ");
        const letter = code?.[0];
        if (letter === "R" || letter === "C")
            i++; // the source path; the blob belongs to the destination
        const path = parts[i++];
        blobs.set(path, letter === "D" ? oldBlob : newBlob);
    }
    return blobs;
}
/** Names of a tree object's entries: `<mode> <name>\0<binary id>` each. */
function treeNames(tree, idBytes) {
    const names = [];
    eachTreeEntry(tree, idBytes, (name) => names.push(name));
    return names;
}
/** A tree object's entries, each with whether it is a tree itself (mode `40000`; a submodule is not). */
function treeEntries(tree, idBytes) {
    const entries = [];
    eachTreeEntry(tree, idBytes, (name, mode) => entries.push({ name, folder: mode === "40000" }));
    return entries;
}
/** Raw tree entries are `<mode> <name>\0<id>`. */
function eachTreeEntry(tree, idBytes, entry) {
    for (let i = 0; i < tree.length;) {
        const space = tree.indexOf(32, i);
        const nul = tree.indexOf(0, space);
        if (space < 0 || nul < 0)
            break;
        entry(tree.subarray(space + 1, nul).toString("utf8"), tree.subarray(i, space).toString("latin1"));
        i = nul + 1 + idBytes;
    }
}
class BlobReader {
    proc;
    buffer = Buffer.alloc(0);
    waiting = [];
    failure;
    constructor(dir) {
        this.proc = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("git", ["cat-file", "--batch"], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
        this.proc.stdout.on("data", (chunk) => {
            this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
            this.drain();
        });
        this.proc.on("error", (error) => this.fail(error));
        this.proc.on("exit", (code) => {
            if (this.waiting.length)
                this.fail(new Error(`git cat-file exited with code ${code}`));
        });
    }
    fail(error) {
        this.failure = error;
        for (const resolve of this.waiting.splice(0))
            resolve(undefined);
    }
    drain() {
        while (this.waiting.length) {
            const eol = this.buffer.indexOf(10);
            if (eol < 0)
                return;
            const header = this.buffer.subarray(0, eol).toString("utf8");
            if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
                this.buffer = this.buffer.subarray(eol + 1);
                this.waiting.shift()(undefined);
                continue;
            }
            const [id, type, sizeText] = header.split(" ");
            const size = Number(sizeText);
            if (this.buffer.length < eol + 1 + size + 1)
                return;
            const data = Buffer.from(this.buffer.subarray(eol + 1, eol + 1 + size));
            this.buffer = this.buffer.subarray(eol + 1 + size + 1);
            this.waiting.shift()({ type, idBytes: id.length / 2, data });
        }
    }
    read(rev, path) {
        // `<rev>:<path>` on one line: a newline in a path cannot be asked for this way (createGit looks it up first).
        if (path.includes("\n"))
            return Promise.resolve(undefined);
        return this.readObject(`${rev}:${path}`);
    }
    readObject(name) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve) => {
            this.waiting.push(resolve);
            this.proc.stdin.write(`${name}\n`);
        });
    }
    close() {
        this.proc.stdin.end();
    }
}
function createGit(dir) {
    const git = (0,simple_git__WEBPACK_IMPORTED_MODULE_1__/* .simpleGit */ .Lp)({ baseDir: dir, maxConcurrentProcesses: 4 });
    let blobs;
    const reader = () => (blobs ??= new BlobReader(dir));
    return {
        async changedFiles(base, head) {
            const out = await git.raw(["diff", "--name-status", "-z", "-M", "--no-color", base, head, "--"]);
            return parseNameStatus(out);
        },
        async readFile(rev, path) {
            // A path with a newline cannot go to cat-file's line protocol: resolve it through argv to a blob id.
            const object = path.includes("\n")
                ? await git
                    .raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}:${path}`])
                    .catch(() => "")
                    .then((id) => (id.trim() ? reader().readObject(id.trim()) : undefined))
                : await reader().read(rev, path);
            // Only a blob is file bytes; anything else at the path is unreadable (reported, never read as text).
            if (object === undefined || object.type !== "blob")
                return undefined;
            const blob = object.data;
            return new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength);
        },
        async listDir(rev, dir) {
            // Through the one cat-file process: a 2,000-file PR over 170 folders spawned 170 `git ls-tree` before.
            // A folder name with a newline cannot travel on its line protocol; ls-tree takes it through argv.
            if (dir.includes("\n")) {
                const out = await git.raw(["ls-tree", "-z", "--name-only", `${rev}:${dir}`]).catch(() => "");
                return out.split("\0").filter(Boolean);
            }
            const object = await reader().read(rev, dir);
            // No tree there (or not a tree): no names, as ls-tree's failure gave before. A reader then finds no
            // sibling, which reports more (an irreversible `.up.sql`), never less.
            return object?.type === "tree" ? treeNames(object.data, object.idBytes) : [];
        },
        async listEntries(rev, dir) {
            // As listDir. ls-tree's records are `<mode> <type> <id>\t<name>`. It fails where there is no tree, and
            // its failure does not say whether the folder is missing or git could not read it: either way the folder
            // cannot be listed (undefined), so the schema walk fails closed (no seed) rather than take a folder it
            // could not read for an empty one.
            if (dir.includes("\n")) {
                const out = await git.raw(["ls-tree", "-z", `${rev}:${dir}`]).catch(() => undefined);
                if (out === undefined)
                    return undefined;
                return out
                    .split("\0")
                    .filter(Boolean)
                    .map((record) => {
                    const tab = record.indexOf("\t");
                    return { name: record.slice(tab + 1), folder: record.split(" ")[1] === "tree" };
                });
            }
            const object = await reader().read(rev, dir);
            return object?.type === "tree" ? treeEntries(object.data, object.idBytes) : [];
        },
        async hasCommit(rev) {
            try {
                await git.raw(["cat-file", "-e", `${rev}^{commit}`]);
                return true;
            }
            catch {
                return false;
            }
        },
        async isShallow() {
            return (await git.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true";
        },
        async fetch(revs) {
            await git
                .raw(["fetch", "--no-tags", "--no-recurse-submodules", "--unshallow", "origin", ...revs])
                .catch(() => git.raw(["fetch", "--no-tags", "--no-recurse-submodules", "origin", ...revs]));
        },
        async mergeBase(a, b) {
            const out = await git.raw(["merge-base", a, b]).catch(() => "");
            return out.trim() || undefined;
        },
        async resolve(rev) {
            const out = await git
                .raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`])
                .catch(() => "");
            return out.trim() || undefined;
        },
        async blobIds(base, head) {
            const out = await git.raw(["diff", "--raw", "-z", "-M", "--no-abbrev", "--no-color", base, head, "--"]);
            return parseRawBlobs(out);
        },
        close() {
            blobs?.close();
        },
    };
}


/***/ })

};
