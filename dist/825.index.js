export const id = 825;
export const ids = [825];
export const modules = {

/***/ 8825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CheckFailure: () => (/* binding */ CheckFailure),
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/adapters/annotations.ts
/** GitHub's per-step display limits. */
const ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 };
function escapeData(value) {
    return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
/** One `::level file=...,line=...::message` line (without the newline). */
function formatAnnotation(a) {
    const props = [
        ["file", a.file],
        ["line", String(a.line)],
    ];
    if (a.endLine !== undefined && a.endLine > a.line)
        props.push(["endLine", String(a.endLine)]);
    if (a.title)
        props.push(["title", a.title]);
    const rendered = props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",");
    return `::${a.level} ${rendered}::${escapeData(a.message)}`;
}
/** Picks what to annotate from findings already ranked most severe first. */
function planAnnotations(ranked) {
    const used = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const shown = [];
    for (const { path, finding, gated } of ranked) {
        const level = finding.severity;
        if (used[level] >= ANNOTATION_LIMITS[level]) {
            omitted[level]++;
            continue;
        }
        used[level]++;
        // An acknowledged finding that still gates is shown as such: the allow comment is not the approval.
        const ack = finding.acknowledged;
        shown.push({
            level,
            file: path,
            line: finding.line,
            endLine: finding.endLine,
            title: `${finding.rule} (${finding.category}${gated ? ", needs approval" : ""}${ack ? ", acknowledged" : ""})`,
            message: `${finding.message}\n` +
                (ack ? `Acknowledged (line ${ack.line}): ${ack.reason}\n` : "") +
                `Instead: ${finding.safeAlternative}\n${finding.docsUrl}`,
        });
    }
    return { shown, omitted };
}
function writeAnnotations(plan, write = (l) => process.stdout.write(l)) {
    for (const a of plan.shown)
        write(`${formatAnnotation(a)}\n`);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/simple-git/dist/index.mjs + 2 modules
var dist = __webpack_require__(4724);
;// CONCATENATED MODULE: ./src/adapters/git.ts
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
        this.proc = (0,external_node_child_process_.spawn)("git", ["cat-file", "--batch"], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
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
    const git = (0,dist/* simpleGit */.Lp)({ baseDir: dir, maxConcurrentProcesses: 4 });
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

// EXTERNAL MODULE: ./src/core/analyze.ts + 2 modules
var analyze = __webpack_require__(163);
// EXTERNAL MODULE: ./src/core/order.ts
var order = __webpack_require__(2831);
;// CONCATENATED MODULE: ./src/core/folder-index.ts

// The names in one folder, indexed once and shared by every file of that folder. A reader that looks beside its
// file (golang-migrate's `.down.sql`) asks the index, so a folder of n files costs n, not n² name comparisons.
class FolderIndex {
    names = new Set();
    /** `names` are bare file names (no folder), as a directory listing gives them. */
    constructor(names) {
        for (const name of names)
            this.names.add(name.toLowerCase());
    }
    /** True when a file of this name sits in the folder, in any letter case (`.DOWN.SQL` pairs `.up.sql`). */
    has(name) {
        return this.names.has(name.toLowerCase());
    }
}
/**
 * One value per folder for the whole run (an index, a listing, a schema history): `list` is called at most once
 * per folder, and every file of that folder gets the same value. Folders are compared as given (`""` is the top).
 */
function folderIndexes(list) {
    const made = new Map();
    return (folder) => {
        let index = made.get(folder);
        if (index === undefined)
            made.set(folder, (index = list(folder)));
        return index;
    };
}
/** The folder part of a `/`-separated path (`""` for a bare name). */
function folderOf(path) {
    const i = path.lastIndexOf("/");
    return i < 0 ? "" : path.slice(0, i);
}
/** One history per folder and scope: the key that tells them apart (the folder as the caller spells it). */
function historyKey(folder, scope) {
    // A name holds no `/`, so the names joined by it stay apart.
    return `${folder}\0${scope.file ?? ""}\0${(scope.dumps ?? []).join("/")}\0${scope.dumpExtension ?? ""}`;
}
/** The dump's path for a history in `folder` (`/`-separated, `""` the top). */
function dumpPath(folder, dump) {
    const parent = folderOf(folder);
    return parent ? `${parent}/${dump}` : dump;
}
/** Most frameworks: the files beside the migration. */
const OWN_FOLDER = { depth: 1 };
/** `path` up to the folder `depth` levels above it, that folder's slash included (`""` for the top). */
function prefixAbove(path, depth) {
    let end = path.length;
    for (let i = 0; i < depth && end >= 0; i++)
        end = end > 0 ? path.lastIndexOf("/", end - 1) : -1;
    return end < 0 ? "" : path.slice(0, end + 1);
}
/** The folder `depth` levels above a `/`-separated path (`""` for the top). */
function folderAbove(path, depth) {
    const prefix = prefixAbove(path, depth);
    return prefix.slice(0, -1);
}
/** The path, relative to the history's folder, of the migration that a name listed there stands for. */
function historyMember(name, scope) {
    return scope.file ? `${name}/${scope.file}` : name;
}
/** Folders below a schema folder's top that the walk for its files goes no deeper than (see `dumpFilesUnder`). */
const DUMP_DEPTH = 8;
/**
 * The files of a dump spread over files (`HistoryScope.dumpExtension`) under a history's parent folder: paths
 * relative to that parent (`models/user.prisma`), in code-unit order. A generator the adapter drives, so the walk
 * is written once for disk and git: it yields the folders to list next (relative to the parent, `""` the parent
 * itself), one level at a time, and is sent each one's entries (`[]` for a name that is no folder; undefined for
 * one that could not be listed). Every folder under the parent is listed once, as Prisma reads a schema folder,
 * except the history's own (`own`, its name in the parent): its thousands of migrations hold no schema file
 * (Prisma writes none there), so the walk stays linear in the schema folder, whatever the number of migrations.
 * Returns undefined when a folder could not be listed or the walk goes deeper than `DUMP_DEPTH` (a symlink loop
 * on disk): a file of the schema may be missed, so the dump is unreadable (fails closed: no seed, and the history
 * proves no absence).
 */
function* dumpFilesUnder(own, extension) {
    const found = [];
    let level = [""];
    for (let depth = 0; level.length; depth++) {
        if (depth > DUMP_DEPTH)
            return undefined;
        const listed = yield level;
        const next = [];
        for (let i = 0; i < level.length; i++) {
            const entries = listed[i];
            if (entries === undefined)
                return undefined;
            for (const { name, folder } of entries) {
                const path = level[i] ? `${level[i]}/${name}` : name;
                // Prisma takes a file by its extension exactly (`path.extname(f) === ".prisma"`), and walks any folder
                // (one whose kind the lister does not know is listed: a file's listing is empty).
                if (folder !== true && name.endsWith(extension))
                    found.push(path);
                else if (folder !== false && !(depth === 0 && name === own))
                    next.push(path);
            }
        }
        level = next;
    }
    return found.sort(order/* compareCodeUnits */.U);
}

// EXTERNAL MODULE: ./src/core/frameworks/index.ts + 22 modules
var frameworks = __webpack_require__(6454);
// EXTERNAL MODULE: ./src/core/schema/index.ts + 5 modules
var schema = __webpack_require__(4014);
// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/folder-history.ts
// The schema history of a folder from its files' bytes, however the adapter got them (disk, git blobs): each file
// decoded and recognised once, the framework's migrations put in the order it runs them, each parsed only when
// the replay reaches it. Frameworks that run files by name never read a file after the one analysed (one file
// of a 10,000-file folder costs one read). Pure: the bytes are passed in, or a function that gives them.





/** Extensions any framework reads; other files are not fetched at all (a PR may touch thousands). */
const MIGRATION_EXTENSIONS = /\.(rb|py|sql|php|js|mjs|cjs|ts|mts|cts|exs)$/i;
/**
 * A dump spread over files, read as one: none there is no dump (undefined); one that cannot be read or decoded
 * makes the whole unreadable (null), as does a reader that cannot take them together: what that file declares is
 * unknown, so the history proves no absence (fails closed).
 */
function readDumpFiles(dumps, read) {
    const texts = new Map();
    for (const [name, dump] of dumps) {
        const content = typeof dump === "function" ? dump() : dump;
        if (content === null)
            continue;
        const decoded = content === undefined ? undefined : (0,analyze/* decode */.D4)(content);
        if (!decoded || !("text" in decoded))
            return null;
        texts.set(name, decoded.text);
    }
    return texts.size ? (read(texts) ?? null) : undefined;
}
/**
 * Which folder holds the history of the migration at `path`, and which files in it: its framework's answer,
 * from the path and the config alone (so files can be grouped before any is read). A path that names fewer
 * folders than that climbs (a bare `migration.sql`) cannot be placed among its siblings: its own folder.
 */
function historyScope(path, config) {
    const scope = (0,analyze/* frameworkFor */.g_)(path, "", config)?.historyScope?.(path);
    return scope && scope.depth <= path.split("/").length ? scope : OWN_FOLDER;
}
/**
 * One history per framework present in the folder, made when first asked for. `dumps`: the bytes of each
 * schema dump the scope names (`HistoryScope.dumps`), by name in the scope's order, or of each file of a dump
 * spread over files (`HistoryScope.dumpExtension`), by its path under the history folder's parent; read only
 * when a history of a framework that reads dumps needs them: as a file's content (null: there is no such file;
 * undefined: it could not be read). A function gives them when first needed (a schema folder walked on disk).
 */
function folderHistories(files, parsers, config, siblings, dumps) {
    // Each file decoded and recognised when first asked for, once.
    const known = new Map();
    const recognise = (f) => {
        let got = known.get(f.path);
        if (!got) {
            const content = typeof f.content === "function" ? f.content() : f.content;
            const decoded = content === undefined || content === null ? undefined : (0,analyze/* decode */.D4)(content);
            const text = decoded && "text" in decoded ? decoded.text : undefined;
            got = { text, framework: content === null ? undefined : (0,analyze/* frameworkFor */.g_)(f.path, text ?? "", config)?.id };
            known.set(f.path, got);
        }
        return got;
    };
    const entry = (f) => ({
        path: f.path,
        origin: f.origin,
        parse: () => {
            const { text } = recognise(f);
            return text === undefined
                ? undefined
                : (0,analyze/* frameworkFor */.g_)(f.path, text, config)?.parse({ path: f.path, source: text, database: config.database, ...(siblings ? { siblings } : {}) }, parsers);
        },
    });
    const readDump = (framework) => {
        const adapter = (0,frameworks/* frameworkById */.pl)(framework);
        if (dumps === undefined)
            return undefined;
        const readFiles = adapter?.readDumpFiles;
        if (readFiles)
            return () => readDumpFiles(typeof dumps === "function" ? dumps() : dumps, (texts) => readFiles(texts, config.database, parsers));
        // Named dumps come as a map (only a folder to walk comes as a function).
        const reader = adapter?.readDump;
        if (!reader || typeof dumps === "function")
            return undefined;
        // A dump that cannot be read, decoded or parsed wholly is null to the history (see FolderHistory): no
        // seed, and no absence proven, since the migrations beside it may not start at the beginning. With several
        // (Rails' structure.sql and schema.rb), the one of the highest version is the one the app still writes, the
        // other left over from a schema format it no longer uses; on a tie the first the scope names. One that
        // cannot be read makes them all unreadable: its version, unknown, may be the newest.
        return () => {
            let newest;
            for (const [name, dump] of dumps) {
                const content = typeof dump === "function" ? dump() : dump;
                if (content === null)
                    continue;
                const decoded = content === undefined ? undefined : (0,analyze/* decode */.D4)(content);
                const read = decoded && "text" in decoded && reader(name, decoded.text, config.database, parsers);
                if (!read)
                    return null;
                if (!newest || (read.version ?? 0n) > (newest.version ?? 0n))
                    newest = read;
            }
            return newest;
        };
    };
    const named = (0,schema/* byName */.nG)(files);
    const made = new Map();
    const historyOf = (framework) => {
        let history = made.get(framework);
        if (history)
            return history;
        if ((0,schema/* ordersByContent */.mL)(framework)) {
            // The order is a graph the files spell out: every file is read.
            const mine = files.filter((f) => recognise(f).framework === framework);
            const byPath = new Map(mine.map((f) => [f.path, f]));
            const ordered = (0,schema/* migrationOrder */.V0)(framework, mine.map((f) => {
                const { text } = recognise(f);
                return { path: f.path, ...(text !== undefined ? { source: text } : {}) };
            }));
            history = new schema/* FolderHistory */.V5(framework, ordered.map(({ path }) => entry(byPath.get(path))), readDump(framework));
        }
        else {
            // By name: the folder in name order, each file's framework asked only when the replay reaches it.
            history = new schema/* FolderHistory */.V5(framework, named
                .filter((f) => (0,schema/* isForwardMigration */.oi)(framework, f.path))
                .map((f) => (0,extend/* extend */.X)(entry(f), { belongs: () => recognise(f).framework === framework })), readDump(framework));
        }
        made.set(framework, history);
        return history;
    };
    const nameRank = new Map(named.map((f, i) => [f.path, i]));
    const byPath = new Map(files.map((f) => [f.path, f]));
    // Within one framework's files the rank follows its replay order; across frameworks it need not agree. A file
    // that cannot order by content is ranked by its name without being read, so ranking a 10,000-file SQL folder
    // reads nothing (its reading, shared by the threads, starts at once); a non-migration among them ranked so
    // only costs a replay out of order, never a wrong history (see the interface).
    const rank = (path) => {
        if (!(0,schema/* mayOrderByContent */.W)(path, config.paths))
            return nameRank.get(path) ?? -1;
        const f = byPath.get(path);
        const framework = f && recognise(f).framework;
        if (framework === undefined)
            return -1;
        if ((0,schema/* ordersByContent */.mL)(framework))
            return historyOf(framework).indexOf(path) ?? -1;
        return nameRank.get(path) ?? -1;
    };
    const source = (path) => {
        const f = byPath.get(path);
        return f && recognise(f).text;
    };
    return Object.assign(historyOf, { rank, source });
}

;// CONCATENATED MODULE: ./src/core/analyze-diff.ts
// The migrations a change adds, edits, renames or deletes, each analysed. Git is passed in, so this stays pure.





async function analyzeDiff(git, base, head, parsers, config) {
    const changed = (await git.changedFiles(base, head)).filter((f) => MIGRATION_EXTENSIONS.test(f.path));
    const listing = folderIndexes((dir) => git.listDir(head, dir));
    const indexOf = folderIndexes((dir) => listing(dir).then((names) => new FolderIndex(names)));
    // Migrations this change adds never held a production row: dropping what they created loses nothing.
    const added = new Set(changed.filter((f) => f.status === "added").map((f) => f.path));
    // The schema history of each folder at head, through the same blob reader: every migration of the folder
    // (Prisma's: each sibling folder's migration.sql), replayed in the order its framework runs them.
    const histories = new Map();
    const historyOf = (dir, scope) => {
        const key = historyKey(dir, scope);
        let history = histories.get(key);
        if (!history)
            histories.set(key, (history = readHistory(dir, scope)));
        return history;
    };
    const readHistory = async (dir, { file, dumps, dumpExtension }) => {
        const names = (await listing(dir))
            .map((n) => historyMember(n, { file }))
            .filter((n) => MIGRATION_EXTENSIONS.test(n));
        const files = await Promise.all(names.map(async (name) => {
            const path = dir ? `${dir}/${name}` : name;
            const content = await git.readFile(head, path);
            // A listed name that holds no such file (Prisma's `migration_lock.toml`) is no migration; one git lists
            // but cannot give bytes for stays unreadable (the history then proves no absence after it).
            const absent = content === undefined && file && !(await listing(folderOf(path))).includes(file);
            return {
                path,
                content: absent ? null : content,
                origin: added.has(path) ? "change" : "history",
            };
        }));
        // The dump as production has it: at the base, before this change (a dump the change edits describes a
        // schema that does not exist yet).
        const seeds = dumps
            ? new Map(await Promise.all(dumps.map(async (name) => [name, (await git.readFile(base, dumpPath(dir, name))) ?? null])))
            : dumpExtension !== undefined
                ? await readSchemaFolder(dir, dumpExtension)
                : undefined;
        return folderHistories(files, parsers, config, undefined, seeds);
    };
    // A dump spread over files, at the base as above: the schema folder walked through the same tree reader (one
    // listing per folder of it, each level's asked together), then its files read.
    const readSchemaFolder = async (dir, extension) => {
        const parent = folderOf(dir);
        const walk = dumpFilesUnder(dir.slice(parent ? parent.length + 1 : 0), extension);
        const list = async (sub) => {
            const path = sub ? dumpPath(dir, sub) : parent;
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
        return new Map(await Promise.all(step.value.map(async (name) => [name, await git.readFile(base, dumpPath(dir, name))])));
    };
    // Everything read first (reads overlap), then each file analysed in its folder's replay order: the history
    // is replayed once per folder, each of its migrations parsed once, whatever order git lists the files in
    // (`10_x` sorts before `1_x`; Django's graph is not the name order).
    const read = await Promise.all(changed.map(async (f) => {
        const siblings = (0,frameworks/* readsSiblings */.rV)(f.path) ? await indexOf(folderOf(f.path)) : undefined;
        const scope = historyScope(f.path, config);
        const history = f.status === "deleted" ? undefined : await historyOf(folderAbove(f.path, scope.depth), scope);
        // The history's reading of the file at head when it has one (its blob is read once); else the bytes, so
        // that analyzeFile says what is wrong with them (not UTF-8, or none at all).
        const content = history?.source(f.path) ?? (await git.readFile(f.status === "deleted" ? base : head, f.path));
        return { f, content, siblings, history, rank: history?.rank(f.path) ?? -1 };
    }));
    const folderAt = new Map(read.map(({ history }, i) => [history, i]));
    const at = (r) => folderAt.get(r.history);
    read.sort((a, b) => at(a) - at(b) || a.rank - b.rank);
    const reports = read.map(({ f, content, siblings, history }) => (0,analyze/* analyzeFile */.xy)({
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
        .sort((a, b) => (0,order/* compareCodeUnits */.U)(a.path, b.path));
}

// EXTERNAL MODULE: ./src/core/config.ts + 3 modules
var core_config = __webpack_require__(936);
;// CONCATENATED MODULE: ./src/core/event.ts
// Which revisions a check compares, read from the workflow event's payload. Pure: the payload arrives as
// text, the answer is plain data, and every malformed field is an error that names the field.
const ZERO_SHA = /^0+$/;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
class EventError extends Error {
    constructor(message) {
        super(message);
        this.name = "EventError";
    }
}
const PULL_EVENTS = new Set([
    "pull_request",
    "pull_request_target",
    "pull_request_review",
    "pull_request_review_comment",
]);
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function field(payload, path, eventName) {
    let value = payload;
    for (const key of path.split(".")) {
        value = isObject(value) ? value[key] : undefined;
    }
    if (value === undefined || value === null) {
        throw new EventError(`The ${eventName} event payload has no \`${path}\`; the check cannot tell what to compare. ` +
            "Set the `base` and `head` inputs, or run the check on a pull_request, push or merge_group event.");
    }
    return value;
}
function sha(payload, path, eventName) {
    const value = field(payload, path, eventName);
    if (typeof value !== "string" || !SHA.test(value)) {
        throw new EventError(`The ${eventName} event payload's \`${path}\` is ${JSON.stringify(value)}, not a commit sha (40 hex digits).`);
    }
    return value.toLowerCase();
}
/** Revisions from inputs reach git as argv: refuse anything git could read as an option or a second line. */
function checkRevision(value, input) {
    if (value.startsWith("-") || /[\0\r\n]/.test(value) || /\s/.test(value)) {
        throw new EventError(`Input \`${input}\` is ${JSON.stringify(value)}, which is not a revision: expected a commit sha, branch or ` +
            "tag (no leading `-`, no whitespace).");
    }
    return value;
}
function parsePayload(text, eventName) {
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw new EventError(`The ${eventName} event payload (GITHUB_EVENT_PATH) is not valid JSON: ${error.message}.`);
    }
    if (!isObject(payload)) {
        throw new EventError(`The ${eventName} event payload (GITHUB_EVENT_PATH) is not a JSON object.`);
    }
    return payload;
}
function pullInfo(payload, eventName) {
    const number = field(payload, "pull_request.number", eventName);
    if (typeof number !== "number" || !Number.isInteger(number) || number <= 0) {
        throw new EventError(`The ${eventName} event payload's \`pull_request.number\` is ${JSON.stringify(number)}, not a PR number.`);
    }
    const author = field(payload, "pull_request.user.login", eventName);
    if (typeof author !== "string" || author === "") {
        throw new EventError(`The ${eventName} event payload's \`pull_request.user.login\` is ${JSON.stringify(author)}, not a login.`);
    }
    return { number, author, headSha: sha(payload, "pull_request.head.sha", eventName) };
}
/** A branch name usable as `origin/<name>`: git's own ref rules, roughly; anything odd is simply not used. */
function safeBranch(value) {
    if (typeof value !== "string" || value === "" || value.startsWith("-"))
        return undefined;
    if (/[\0-\x20\x7f~^:?*[\\]|\.\.|@\{/.test(value))
        return undefined;
    return value;
}
/**
 * The range a check analyses for this event. `base`/`head` inputs override the payload (and are then the
 * only thing needed, whatever the event).
 */
function rangeFromEvent(eventName, payloadText, overrides = {}) {
    const base = overrides.base ? checkRevision(overrides.base, "base") : undefined;
    const head = overrides.head ? checkRevision(overrides.head, "head") : undefined;
    const isPull = PULL_EVENTS.has(eventName);
    const needPayload = isPull || ((eventName === "push" || eventName === "merge_group") && !(base && head));
    const payload = needPayload ? parsePayload(payloadText, eventName) : {};
    const notes = [];
    const given = (what) => `${what} from the \`${what}\` input`;
    if (isPull) {
        const pull = pullInfo(payload, eventName);
        const range = {
            eventName,
            kind: "pull_request",
            base: base ?? sha(payload, "pull_request.base.sha", eventName),
            head: head ?? pull.headSha,
            compare: "merge-base",
            pull,
            baseCandidates: [],
            notes,
        };
        notes.push(`Pull request #${pull.number}: ${base ? given("base") : "base from pull_request.base.sha"}, ` +
            `${head ? given("head") : "head from pull_request.head.sha"}; comparing from their merge base.`);
        return range;
    }
    if (base && head) {
        notes.push(`Comparing the \`base\` and \`head\` inputs directly (${eventName} event).`);
        return { eventName, kind: "manual", base, head, compare: "direct", baseCandidates: [], notes };
    }
    if (eventName === "merge_group") {
        return {
            eventName,
            kind: "merge_group",
            base: base ?? sha(payload, "merge_group.base_sha", eventName),
            head: head ?? sha(payload, "merge_group.head_sha", eventName),
            compare: "direct",
            baseCandidates: [],
            notes: ["Merge queue: comparing merge_group.base_sha with merge_group.head_sha."],
        };
    }
    if (eventName === "push") {
        const after = head ?? sha(payload, "after", eventName);
        const before = base ?? sha(payload, "before", eventName);
        if (ZERO_SHA.test(after)) {
            return {
                eventName,
                kind: "push",
                base: before,
                head: after,
                compare: "direct",
                baseCandidates: [],
                notes: ["The push deleted a branch: there is nothing to check."],
                deleted: true,
            };
        }
        if (!ZERO_SHA.test(before)) {
            notes.push("Push: comparing `before` with `after`.");
            return {
                eventName,
                kind: "push",
                base: before,
                head: after,
                compare: "direct",
                baseCandidates: [],
                notes,
            };
        }
        // A new branch: GitHub sends an all-zero `before`. What the branch adds is what it holds beyond the
        // default branch; without that branch locally, the pushed commit's own change.
        const candidates = [];
        const defaultBranch = isObject(payload.repository)
            ? safeBranch(payload.repository.default_branch)
            : undefined;
        const ref = typeof payload.ref === "string" ? payload.ref : "";
        if (defaultBranch && ref !== `refs/heads/${defaultBranch}`) {
            candidates.push({
                how: "merge-base",
                rev: `origin/${defaultBranch}`,
                description: `the merge base with the default branch (origin/${defaultBranch})`,
            });
        }
        candidates.push({ how: "parent", rev: `${after}^`, description: "the parent of the pushed commit" });
        return {
            eventName,
            kind: "push",
            head: after,
            compare: "direct",
            baseCandidates: candidates,
            notes: ["Push of a new branch (all-zero `before`)."],
        };
    }
    throw new EventError(`The ${eventName} event carries no base and head to compare. Set the \`base\` and \`head\` inputs, ` +
        "or run the check on pull_request, pull_request_review, push or merge_group.");
}

;// CONCATENATED MODULE: ./src/core/merge-reports.ts

const key = (f) => `${f.rule}\0${f.line}\0${f.endLine}`;
/** `primary`'s reports, with the findings only `extra` has added, and the files only `extra` read. */
function mergeReports(primary, extra) {
    const byPath = new Map(extra.map((r) => [r.path, r]));
    const merged = primary.map((report) => {
        const other = byPath.get(report.path);
        byPath.delete(report.path);
        if (!other)
            return report;
        const seen = new Set(report.findings.map(key));
        const added = other.findings.filter((f) => !seen.has(key(f)));
        if (added.length === 0)
            return report;
        const findings = [...report.findings, ...added].sort(order/* byLineThenRule */.F);
        return { ...report, findings };
    });
    // Files only the other config reads as migrations (the head's config excludes them) join in path order,
    // which is git's diff order.
    return [...merged, ...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// EXTERNAL MODULE: ./src/core/rules/index.ts + 37 modules
var rules = __webpack_require__(9344);
;// CONCATENATED MODULE: ./src/core/report/json.ts
function toJsonFile(f) {
    return {
        path: f.path,
        framework: f.framework,
        status: f.status,
        ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
        findings: f.findings.map((x) => ({
            rule: x.rule,
            category: x.category,
            severity: x.severity,
            line: x.line,
            endLine: x.endLine,
            message: x.message,
            safeAlternative: x.safeAlternative,
            docsUrl: x.docsUrl,
            ...(x.acknowledged ? { acknowledged: x.acknowledged } : {}),
        })),
    };
}
function toJsonReport(files) {
    return { version: 1, files: files.map(toJsonFile) };
}
/**
 * The report as `JSON.stringify(toJsonReport(files), null, 2) + "\n"` prints it, one file at a time, so a
 * 50,000-file run never holds the whole text: `head`, then `file()` per file in order, then `tail()`.
 */
const jsonReportPieces = {
    head: '{\n  "version": 1,\n  "files": [',
    /**
     * The file's object as it prints two levels down: stringified inside two arrays, which indent it by four, and
     * cut out of them (`[\n  [\n    ` before it, `\n  ]\n]` after). Re-indenting the object's own text line by
     * line gives the same, and took 1.2 times as long.
     */
    file: (f, first) => (first ? "\n    " : ",\n    ") + JSON.stringify([[toJsonFile(f)]], null, 2).slice(10, -6),
    tail: (files) => (files === 0 ? "]\n}\n" : "\n  ]\n}\n"),
};

// EXTERNAL MODULE: ./src/core/approval.ts
var approval = __webpack_require__(4140);
// EXTERNAL MODULE: ./src/core/report/comment.ts
var comment = __webpack_require__(7091);
// EXTERNAL MODULE: ./src/core/report/markdown.ts
var report_markdown = __webpack_require__(4201);
// EXTERNAL MODULE: ./src/core/docs.ts
var docs = __webpack_require__(2560);
;// CONCATENATED MODULE: ./src/core/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning: one rule entry per rule that fired, one result per finding.


const PROBLEM_SEVERITY = {
    error: "error",
    warning: "warning",
    notice: "recommendation",
};
/** What each category means to a reviewer: the second sentence of a rule's full description. */
const CATEGORY_MEANING = {
    destructive: "Destructive: data is lost and cannot be recovered without a backup.",
    "backward-incompatible": "Backward-incompatible: code of the release still running during the deploy breaks against the new schema.",
    locking: "Locking: the table is locked while the migration runs, so writes (or reads) wait.",
    irreversible: "Irreversible: the migration cannot be rolled back.",
    "needs-review": "Needs review: the check could not prove the migration safe, so a person has to look.",
};
/** The rule's entry for code scanning: its descriptions, the help GitHub shows beside an alert, and tags. */
function ruleDescriptor(id, rule) {
    const category = rule?.category ?? "needs-review";
    const description = rule?.description ?? id;
    const instead = rule?.safeAlternative ?? "";
    const url = (0,docs/* docsUrl */.f)(id);
    return {
        id,
        name: id,
        shortDescription: { text: description },
        fullDescription: { text: `${description} ${CATEGORY_MEANING[category]}` },
        helpUri: url,
        help: {
            text: `${description}\n\nInstead: ${instead}\n\nRule page: ${url}`,
            markdown: `**${id}** (${category}): ${description}\n\n**Instead:** ${instead}\n\n` +
                `See [the rule page](${url}) for examples per framework and how to acknowledge a finding.`,
        },
        properties: {
            category,
            tags: ["migrations", category],
            precision: "high",
            // GitHub's code scanning sorts non-security alerts by this.
            "problem.severity": PROBLEM_SEVERITY[rule?.severity ?? "warning"],
        },
        defaultConfiguration: { level: LEVEL[rule?.severity ?? "warning"] },
    };
}
const LEVEL = {
    error: "error",
    warning: "warning",
    notice: "note",
};
function toSarif(files, toolVersion) {
    const fired = new Set(files.flatMap((f) => f.findings.map((x) => x.rule)));
    const ruleList = [...fired].sort();
    return {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "Migration Guard",
                        version: toolVersion,
                        informationUri: "https://github.com/migration-guard/migration-guard",
                        rules: ruleList.map((id) => ruleDescriptor(id, rules/* rules */.a.find((r) => r.id === id))),
                    },
                },
                results: files.flatMap((file) => file.findings.map((f) => ({
                    ruleId: f.rule,
                    ruleIndex: ruleList.indexOf(f.rule),
                    level: LEVEL[f.severity],
                    message: { text: `${f.message} Instead: ${f.safeAlternative}` },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: file.path },
                                region: {
                                    startLine: f.line,
                                    endLine: f.endLine,
                                    ...(f.excerpt ? { snippet: { text: f.excerpt } } : {}),
                                },
                            },
                        },
                    ],
                    ...(f.acknowledged
                        ? { suppressions: [{ kind: "inSource", justification: f.acknowledged.reason }] }
                        : {}),
                }))),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/core/report/counts.ts
/**
 * A report cut down to what the totals and the exit status read. The CLI keeps this of each file for its exit
 * status once the file is written out, not the whole report: at 10,000 files the findings' messages, excerpts
 * and advice were most of what the main thread kept alive until the end.
 */
function tally(report) {
    return {
        findings: report.findings.map((f) => ({
            category: f.category,
            severity: f.severity,
            acknowledged: f.acknowledged,
        })),
    };
}
/**
 * Findings not acknowledged by an allow comment: what the counts show and the CLI fails on. (The PR and deploy
 * gates also count acknowledged findings in an approval category; see verdict.ts.)
 */
function activeFindings(files) {
    return files.flatMap((f) => f.findings.filter((x) => !x.acknowledged));
}
function countByCategory(files) {
    const counts = {
        destructive: 0,
        "backward-incompatible": 0,
        locking: 0,
        irreversible: 0,
        "needs-review": 0,
    };
    for (const f of activeFindings(files))
        counts[f.category]++;
    return counts;
}
function hasDestructive(files) {
    return activeFindings(files).some((f) => f.category === "destructive");
}

;// CONCATENATED MODULE: ./src/core/verdict.ts
// From the analysed files to what the check decides: which migrations need an approval (by category),
// the content they are identified by (blob shas), and the counts every reporter shows. Pure.
//
// An allow comment documents a finding; it is not an approval. The author writes it, so a finding in an
// approval category gates whether acknowledged or not (the deploy gate counts it too). Acknowledged
// findings in other categories stay reported and count for nothing.

const CATEGORIES = [
    "destructive",
    "backward-incompatible",
    "locking",
    "irreversible",
    "needs-review",
];
/**
 * `blobs` maps a path to its blob sha (head side; base side for deleted files). A gated path missing from
 * it still gates, with the empty string as its identity: it can never match an earlier approval.
 */
function decideVerdict(files, approvalCategories, blobs) {
    const gatedBy = new Set(approvalCategories);
    const gated = [];
    const rows = files.map((report) => {
        const active = report.findings.filter((f) => !f.acknowledged);
        const categories = CATEGORIES.filter((c) => gatedBy.has(c) && report.findings.some((f) => f.category === c));
        if (categories.length)
            gated.push({ path: report.path, blob: blobs.get(report.path) ?? "", categories });
        const verdict = categories.length ? "needs-approval" : active.length ? "review" : "ok";
        return { report, verdict };
    });
    const all = files.flatMap((f) => f.findings);
    const active = activeFindings(files);
    return {
        files: rows,
        gated,
        requiresApproval: gated.length > 0,
        destructive: all.some((f) => f.category === "destructive"),
        findings: active.length,
        acknowledged: all.length - active.length,
        counts: countByCategory(files),
    };
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/**
 * What is annotated, most severe first: severity, then those that gate, then by category, path and line.
 * Active findings, and acknowledged ones that still gate (shown as acknowledged, with the reason).
 */
function rankFindings(files, approvalCategories) {
    const gatedBy = new Set(approvalCategories);
    const located = files.flatMap((file) => file.findings
        .filter((f) => !f.acknowledged || gatedBy.has(f.category))
        .map((finding) => ({ path: file.path, finding, gated: gatedBy.has(finding.category) })));
    return located.sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        Number(b.gated) - Number(a.gated) ||
        CATEGORIES.indexOf(a.finding.category) - CATEGORIES.indexOf(b.finding.category) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        a.finding.line - b.finding.line);
}

// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/inputs-check.ts
// Every input of `command: check`, read and validated here into one immutable CheckSettings. Errors name the
// input, the value and what was expected. Revisions are checked before they can reach git's argv.







/**
 * `database`, `paths` (the config's `paths:` mapping, as YAML) and `exclude` (globs, one per line: a glob may
 * hold a comma), validated by the config's own parser so they mean exactly what the same keys mean in the file.
 */
function configOverridesInput() {
    const database = (0,inputs/* input */.hF)("database");
    const pathsText = (0,inputs/* input */.hF)("paths");
    const exclude = (0,inputs/* input */.hF)("exclude")
        .split("\n")
        .map((g) => g.trim())
        .filter(Boolean);
    let paths;
    try {
        paths = pathsText ? (0,yaml_dist/* parse */.qg)(pathsText) : undefined;
    }
    catch (error) {
        // Fails closed: a `paths` that cannot be read is a bad input; the step does nothing else.
        throw new inputs/* InputError */.dz(`Input \`paths\` is not YAML (${error.message.split("\n")[0]}); write it like the config's ` +
            "`paths:` key, e.g. `db/sql/**/*.sql: sql` or `rails: engines/*/db/migrate/*.rb`, one per line.");
    }
    const doc = {
        ...(database ? { database } : {}),
        ...(paths !== undefined ? { paths } : {}),
        ...(exclude.length ? { exclude } : {}),
    };
    try {
        // JSON is YAML: the inputs go through the same parser and schema as the file.
        const config = (0,core_config/* parseConfig */.o4)(JSON.stringify(doc), "the step's inputs", rules/* rules */.a.map((r) => r.id));
        return {
            ...(database ? { database: config.database } : {}),
            paths: config.paths,
            exclude: exclude.length ? config.exclude : [],
        };
    }
    catch (error) {
        // Fails closed: the config parser's problems become this step's input problems; anything else propagates.
        if (!(error instanceof core_config/* ConfigError */.xL))
            throw error;
        throw new inputs/* InputError */.dz(`Inputs \`database\`/\`paths\`/\`exclude\`: ${error.problems.join("; ")} (they take the config file's values).`);
    }
}
// GitHub logins: alphanumerics and single hyphens; team slugs: `org/team-slug`.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM_SLUG = /^[A-Za-z0-9_.-]+$/;
function revision(name) {
    const value = (0,inputs/* input */.hF)(name);
    if (!value)
        return "";
    try {
        return checkRevision(value, name);
    }
    catch (error) {
        throw new inputs/* InputError */.dz(error.message);
    }
}
/** What we could not read needs a person as much as what destroys data: both gate unless the workflow says. */
const DEFAULT_APPROVAL_CATEGORIES = ["destructive", "needs-review"];
function categories() {
    const values = (0,inputs/* listInput */.dt)("approval-categories");
    if (values.length === 0)
        return [...DEFAULT_APPROVAL_CATEGORIES];
    for (const value of values) {
        if (!CATEGORIES.includes(value)) {
            throw new inputs/* InputError */.dz(`Input \`approval-categories\` lists ${JSON.stringify(value)}, which is not a category; expected a ` +
                `comma-separated list of ${CATEGORIES.map((c) => `\`${c}\``).join(", ")}.`);
        }
    }
    return [...new Set(values)];
}
function approvers() {
    const values = (0,inputs/* listInput */.dt)("approvers").map((v) => v.replace(/^@/, ""));
    for (const value of values) {
        const parts = value.split("/");
        const ok = parts.length === 1
            ? LOGIN.test(value)
            : parts.length === 2 && LOGIN.test(parts[0]) && TEAM_SLUG.test(parts[1]);
        if (!ok) {
            throw new inputs/* InputError */.dz(`Input \`approvers\` lists ${JSON.stringify(value)}, which is neither a GitHub login nor an ` +
                "`org/team` slug.");
        }
    }
    return values;
}
function failOn() {
    const values = (0,inputs/* listInput */.dt)("fail-on");
    if (values.length === 0)
        return { approval: true, categories: [] };
    if (values.includes("none")) {
        if (values.length > 1)
            throw new inputs/* InputError */.dz(`Input \`fail-on\` is ${JSON.stringify((0,inputs/* input */.hF)("fail-on"))}; \`none\` (advisory) cannot be combined with anything.`);
        return { approval: false, categories: [] };
    }
    for (const value of values) {
        if (value !== "approval" && !CATEGORIES.includes(value)) {
            throw new inputs/* InputError */.dz(`Input \`fail-on\` lists ${JSON.stringify(value)}; expected \`approval\`, \`none\` or categories ` +
                `(${CATEGORIES.map((c) => `\`${c}\``).join(", ")}), comma-separated.`);
        }
    }
    return {
        approval: values.includes("approval"),
        categories: [...new Set(values.filter((v) => v !== "approval"))],
    };
}
function readCheckSettings(common) {
    const problems = new inputs/* InputProblems */.Nh();
    const sarif = (0,inputs/* input */.hF)("sarif");
    const approvalLabel = problems.read(() => {
        const label = (0,inputs/* input */.hF)("approval-label") || "migrations:approved";
        if (/[\r\n]/.test(label) || label.length > 50) {
            throw new inputs/* InputError */.dz(`Input \`approval-label\` is ${JSON.stringify(label)}; a GitHub label is one line of at most 50 characters.`);
        }
        return label;
    }, "");
    const temp = process.env.RUNNER_TEMP || common.workingDirectory;
    const settings = {
        base: problems.read(() => revision("base"), ""),
        head: problems.read(() => revision("head"), ""),
        comment: problems.read(() => (0,inputs/* oneOf */.yL)("comment", ["always", "on-findings", "never"], "on-findings"), "never"),
        sarif: sarif ? ((0,external_node_path_.isAbsolute)(sarif) ? sarif : (0,external_node_path_.resolve)(common.workingDirectory, sarif)) : "",
        approvalCategories: Object.freeze(problems.read(categories, [])),
        approvalLabel,
        approvers: Object.freeze(problems.read(approvers, [])),
        reportPath: (0,external_node_path_.resolve)(temp, "migration-guard-report.json"),
        approvalKey: problems.read(inputs/* approvalKeyInput */.JP, ""),
        failOn: problems.read(failOn, { approval: true, categories: [] }),
        configOverrides: problems.read(configOverridesInput, { paths: {}, exclude: [] }),
    };
    problems.done();
    return Object.freeze(settings);
}

// EXTERNAL MODULE: ./src/parsers/index.ts + 2 modules
var src_parsers = __webpack_require__(441);
// EXTERNAL MODULE: ./src/adapters/github.ts
var github = __webpack_require__(2401);
// EXTERNAL MODULE: ./src/adapters/sticky-comment.ts
var sticky_comment = __webpack_require__(9517);
;// CONCATENATED MODULE: ./src/commands/approval-gate.ts
// The approval gate and the sticky PR comment: the GitHub side of `command: check`.
// Reads who approved (label events, reviews), checks they are allowed, binds the approval to the digest of
// the migrations it covered, and keeps one comment up to date. Pure decisions live in core/approval.ts.




const WRITE_ROLES = new Set(["admin", "maintain", "write"]);
async function approvalAndComment(input, deps = {}) {
    const notices = [];
    const files = input.gated.map(({ path, blob }) => ({ path, blob }));
    const digest = (0,approval/* gatedDigest */.E8)(files);
    const how = (0,approval/* howToApprove */.jT)(input.approvalLabel, input.approvers, input.author, input.head, input.comment !== "never");
    if (!input.token) {
        notices.push("No GitHub token: the check cannot read approvals or post its comment. Pass `token: ${{ github.token }}` " +
            "(the default) and give the job `permissions: pull-requests: write`.");
        const approved = input.gated.length === 0;
        const section = {
            gated: files.length,
            paths: files.map((f) => f.path),
            approved,
            approvedBy: [],
            digest,
            rejected: [],
            howToApprove: how,
            unavailable: "No GitHub token: the check could not read approvals.",
        };
        return { approved, approvedBy: [], howToApprove: how, notices, digest, section };
    }
    const gh = deps.client ??
        (0,github/* createGitHubClient */.L)({ token: input.token, apiUrl: input.apiUrl, owner: input.owner, repo: input.repo });
    // "When the check first saw this content" is compared with label times: take both from GitHub's clock.
    const now = deps.now ?? (() => gh.serverTime() ?? new Date().toISOString());
    // 1. The sticky comment, and the record it carries. With `never` the check keeps no comment, and so no record.
    let existing;
    let duplicates = [];
    let previous;
    let commentsReadable = input.comment !== "never";
    if (input.comment !== "never") {
        try {
            const found = await (0,sticky_comment/* findStickyComment */.o)(gh, input.pull);
            existing = found.comment;
            duplicates = found.duplicates;
            previous = existing ? (0,comment/* parseRecord */.Hh)(existing.body) : undefined;
            // With a key, an unsigned or wrongly signed record is ignored (fails closed): any workflow posting as a
            // bot could plant one to carry an old label approval over to content its approver never saw.
            if (previous &&
                input.approvalKey &&
                !(0,approval/* verifyRecord */.RC)(input.approvalKey, `${input.owner}/${input.repo}`, input.pull, previous)) {
                notices.push("The approval record in the pull request comment is not signed with approval-key; it was ignored and started again.");
                previous = undefined;
            }
            if (existing && !previous && existing.body.includes("migration-guard:approval")) {
                notices.push("The approval record in the pull request comment could not be read; it was started again.");
            }
            if (found.ignored.length > 0) {
                notices.push(`Ignored ${found.ignored.length} comment(s) that carry the check's marker but were not written by it ` +
                    `(${found.ignored.map((c) => `@${c.author}`).join(", ")}).`);
            }
        }
        catch (error) {
            commentsReadable = false;
            notices.push(`The pull request comment was skipped: its comments could not be read. ${message(error)}`);
        }
    }
    // 2. Approval signals, only when something needs approval.
    let unavailable;
    let labelPresent;
    let events = [];
    let reviews = [];
    const allowed = new Map();
    if (files.length > 0) {
        const failures = [];
        const read = async (what, f, fallback) => {
            try {
                return await f();
            }
            catch (error) {
                failures.push(what);
                notices.push(`Could not read the ${what}: ${message(error)}`);
                return fallback;
            }
        };
        const pull = await read("pull request", () => gh.getPull(input.pull), undefined);
        labelPresent = pull
            ? pull.labels.some((l) => l.toLowerCase() === input.approvalLabel.toLowerCase())
            : undefined;
        if (pull && pull.head && pull.head !== input.head) {
            notices.push(`The pull request's head moved to ${pull.head.slice(0, 12)} while this check analysed ` +
                `${input.head.slice(0, 12)}; the approval gate judged ${input.head.slice(0, 12)}.`);
        }
        events = await read("label events", () => gh.listLabelEvents(input.pull), []);
        reviews = await read("reviews", () => gh.listReviews(input.pull), []);
        if (failures.length > 0) {
            unavailable = `The check could not read the ${failures.join(", ")}; approvals there could not be counted.`;
        }
        const candidates = new Set();
        const label = input.approvalLabel.toLowerCase();
        for (const e of events)
            if (e.event === "labeled" && e.actor && e.label.toLowerCase() === label)
                candidates.add(e.actor);
        for (const r of reviews)
            if (r.state === "APPROVED" && r.user)
                candidates.add(r.user);
        for (const login of candidates) {
            if (login.toLowerCase() === input.author.toLowerCase())
                continue;
            allowed.set(login.toLowerCase(), await mayApprove(gh, login, input.approvers, notices));
        }
    }
    // 3. The decision (pure).
    const decision = (0,approval/* decideApproval */.gC)({
        label: input.approvalLabel,
        labelPresent,
        events,
        reviews,
        allowed,
        author: input.author,
        head: input.head,
        files,
        digest,
        previous,
        now: now(),
        canRecord: commentsReadable,
    });
    // Signed with the secret when there is one: the deploy gate trusts no unsigned record (anyone posting as a
    // bot could write one). The record's `sig` is the only place the key's work appears; the key never does.
    if (input.approvalKey)
        decision.record.sig = (0,approval/* signRecord */.lm)(input.approvalKey, `${input.owner}/${input.repo}`, input.pull, decision.record);
    const section = {
        gated: files.length,
        paths: files.map((f) => f.path),
        approved: decision.approved,
        approvedBy: decision.approvedBy,
        digest,
        rejected: decision.rejected,
        howToApprove: how,
        ...(decision.stale ? { stale: decision.stale } : {}),
        ...(unavailable ? { unavailable } : {}),
    };
    const result = {
        approved: decision.approved,
        approvedBy: decision.approvedBy,
        howToApprove: how,
        notices,
        digest,
        rejected: decision.rejected,
        record: decision.record,
        section,
    };
    if (decision.stale)
        result.stale = decision.stale;
    // 4. The comment: created once, then updated in place; `on-findings` still updates one that exists.
    const wanted = input.comment === "always" ||
        (input.comment === "on-findings" && (input.hasFindings || files.length > 0 || existing !== undefined));
    if (commentsReadable && wanted) {
        const body = (0,comment/* renderComment */.wQ)(input.report, section, decision.record);
        try {
            if (!existing)
                result.commentUrl = (await gh.createComment(input.pull, body)).url;
            else if (existing.body !== body)
                result.commentUrl = (await gh.updateComment(existing.id, body)).url || existing.url;
            else
                result.commentUrl = existing.url;
            // Two runs racing (a push and a label) can each create one: keep the oldest, best effort.
            for (const extra of duplicates)
                await gh.deleteComment(extra.id).catch(() => undefined);
        }
        catch (error) {
            const readOnly = error instanceof github/* GitHubApiError */.O && (error.status === 403 || error.status === 404);
            notices.push(readOnly
                ? "The pull request comment was skipped: the token cannot write to this pull request (a fork's pull " +
                    "request gets a read-only token). Annotations, the job summary and the outputs carry the result; " +
                    "label approvals cannot be recorded, so approve with a review on the current head."
                : `The pull request comment could not be written: ${message(error)}`);
        }
    }
    return result;
}
/** `approvers` (users, `org/team`) when given; otherwise write, maintain or admin permission. */
async function mayApprove(gh, login, approvers, notices) {
    const user = login.toLowerCase();
    if (approvers.length === 0) {
        try {
            return WRITE_ROLES.has(await gh.permission(login));
        }
        catch (error) {
            notices.push(`Could not read @${login}'s permission on the repository: ${message(error)}`);
            return false;
        }
    }
    for (const entry of approvers) {
        const name = entry.trim().replace(/^@/, "");
        if (!name)
            continue;
        const team = /^([^/\s]+)\/([^/\s]+)$/.exec(name);
        if (!team) {
            if (name.toLowerCase() === user)
                return true;
            continue;
        }
        try {
            if (await gh.isTeamMember(team[1], team[2], login))
                return true;
        }
        catch (error) {
            notices.push(`Could not read the membership of @${login} in ${name}: ${message(error)} Reading team membership needs a ` +
                "token with `read:org` (GITHUB_TOKEN cannot); list users in `approvers`, or pass such a token.");
        }
    }
    return false;
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts
// The one version string, package.json's: inlined into dist/ by the bundler, read by node from src/.

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/commands/check.ts
// `command: check`: the pull-request check. Reads blobs from git (never checks out or runs PR code), analyses
// the migrations the change touches, annotates, summarises, writes SARIF and JSON, asks the approval gate,
// sets the outputs, and throws (main.ts fails the step) when an approval is required and missing.





















/** The tree of an empty commit: the base of a new branch whose first commit has no parent. */
const EMPTY_TREE = {
    40: "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
    64: "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321",
};
class CheckFailure extends Error {
    constructor(message) {
        super(message);
        this.name = "CheckFailure";
    }
}
function readEventText() {
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path)
        return "{}";
    try {
        return (0,external_node_fs_.readFileSync)(path, "utf8");
    }
    catch (error) {
        throw new CheckFailure(`Cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${error.message}.`);
    }
}
function fetchDepthError(what, detail) {
    return new CheckFailure(`${what} is not in the checkout and could not be fetched${detail ? ` (${detail})` : ""}. ` +
        "Set `fetch-depth: 0` on actions/checkout so the check can see the base and head of the change.");
}
function firstLine(error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.split("\n").find((l) => l.trim()) ?? text;
}
/** Base and head as commits present locally; fetches what a shallow checkout lacks. */
async function resolveRange(git, range) {
    const notes = [...range.notes];
    const wanted = [range.base, range.head].filter((r) => r !== undefined);
    const shallow = await git.isShallow();
    const missing = async () => {
        const absent = [];
        for (const rev of wanted)
            if (!(await git.hasCommit(rev)))
                absent.push(rev);
        return absent;
    };
    let absent = await missing();
    let fetchError;
    const needsHistory = range.compare === "merge-base" || range.base === undefined;
    if (absent.length > 0 || (shallow && needsHistory)) {
        const branches = range.baseCandidates
            .filter((c) => c.how === "merge-base")
            .map((c) => c.rev.replace(/^origin\//, ""));
        core.info(`Fetching the commits the check compares (${absent.length ? `${absent.length} missing` : "shallow checkout"}).`);
        try {
            await git.fetch([...wanted, ...branches.map((b) => `+refs/heads/${b}:refs/remotes/origin/${b}`)]);
        }
        catch {
            // The default branch may be what failed; the commits alone are what matters most.
            try {
                await git.fetch(wanted);
            }
            catch (error) {
                fetchError = firstLine(error);
            }
        }
        absent = await missing();
    }
    if (absent.length > 0) {
        const which = absent.map((r) => (r === range.base ? `The base commit ${r}` : `The head commit ${r}`));
        throw fetchDepthError(which.join(" and "), fetchError);
    }
    let base = range.base;
    if (base === undefined) {
        for (const candidate of range.baseCandidates) {
            if (candidate.how === "merge-base") {
                if (!(await git.hasCommit(candidate.rev)))
                    continue;
                const mb = await git.mergeBase(candidate.rev, range.head);
                if (mb) {
                    base = mb;
                    notes.push(`Comparing with ${candidate.description}, ${mb}.`);
                    break;
                }
            }
            else {
                const parent = await git.resolve(candidate.rev);
                if (parent) {
                    base = parent;
                    notes.push(`Comparing with ${candidate.description}, ${parent}.`);
                    break;
                }
            }
        }
        if (base === undefined) {
            if (shallow && (await git.isShallow()))
                throw fetchDepthError(`The parent of ${range.head}`, fetchError);
            base = EMPTY_TREE[range.head.length] ?? EMPTY_TREE[40];
            notes.push("The pushed commit has no parent: every migration in it is new.");
        }
    }
    else if (range.compare === "merge-base") {
        const mb = await git.mergeBase(base, range.head);
        if (mb)
            base = mb;
        else if (await git.isShallow()) {
            throw fetchDepthError(`The merge base of ${range.base} and ${range.head}`, fetchError);
        }
        else {
            notes.push(`${range.base} and ${range.head} share no history: comparing them directly.`);
        }
    }
    return { base, head: range.head, notes };
}
/**
 * The config of the base revision, when the change touches the config file; undefined otherwise. A pull
 * request could otherwise turn a rule off or exclude its own migration in the same change that adds it.
 */
async function baseConfig(git, base, changed, common, notes) {
    const path = (0,external_node_path_.relative)(common.workingDirectory, common.configPath).split(external_node_path_.sep).join("/");
    if (path.startsWith("..") || !changed.some((f) => f.path === path))
        return undefined;
    const bytes = await git.readFile(base, path);
    const text = bytes ? new TextDecoder().decode(bytes) : "";
    try {
        const config = (0,core_config/* parseConfig */.o4)(text, `${path} at the base ${base.slice(0, 12)}`, rules/* rules */.a.map((r) => r.id));
        notes.push(`This change edits ${path}: the migrations are judged under the stricter of its base and new versions ` +
            "(and under the base's), so a config change cannot hide a finding before it is merged.");
        return config;
    }
    catch (error) {
        // The base's config was already broken. Fails closed: the built-in defaults stand in for it, so a change
        // that mends the config still cannot turn a rule off or exclude a file for its own migrations.
        notes.push(`This change edits ${path}; the base's version could not be read (${firstLine(error)}), so the ` +
            "migrations are judged under the built-in defaults as well as the new version.");
        return (0,core_config/* parseConfig */.o4)("", `built-in defaults (for ${path})`, rules/* rules */.a.map((r) => r.id));
    }
}
/** Changed files listed once: the list chooses the parsers to load, then feeds the analysis. */
async function analyse(git, base, head, common, notes, overrides) {
    const changed = await git.changedFiles(base, head);
    const reader = {
        changedFiles: () => Promise.resolve(changed),
        readFile: (rev, path) => git.readFile(rev, path),
        listDir: (rev, dir) => git.listDir(rev, dir),
        listEntries: (rev, dir) => git.listEntries(rev, dir),
    };
    // The step's inputs lie over the base's config as over the head's: they come from the workflow, not the file.
    const baseFile = await baseConfig(git, base, changed, common, notes);
    const before = baseFile && (0,core_config/* withOverrides */.Sn)(baseFile, overrides);
    // A config's `paths:` may route a file to a reader its extension does not call for: then load them all.
    const routed = [common.config, before].some((c) => c && Object.keys(c.paths).length > 0);
    const parsers = await (0,src_parsers/* loadParsers */.lB)(routed ? undefined : (0,src_parsers/* parsersFor */.IK)(changed.map((f) => f.path)));
    if (!before) {
        return {
            reports: await analyzeDiff(reader, base, head, parsers, common.config),
            changed: changed.length,
        };
    }
    // The stricter of the two configs, and the base's own (its database may differ): every finding counts.
    const defaults = Object.fromEntries(rules/* rules */.a.map((r) => [r.id, r.severity]));
    const strict = await analyzeDiff(reader, base, head, parsers, (0,core_config/* strictestConfig */.Mu)(before, common.config, defaults));
    const underBase = await analyzeDiff(reader, base, head, parsers, before);
    return { reports: mergeReports(strict, underBase), changed: changed.length };
}
function writeFile(path, text) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, text);
}
function migrationsOutput(verdict) {
    return JSON.stringify(verdict.files.map(({ report, verdict: v }) => ({
        path: report.path,
        framework: report.framework,
        status: report.status,
        ...(report.previousPath !== undefined ? { previousPath: report.previousPath } : {}),
        verdict: v,
        findings: report.findings.map((f) => ({
            rule: f.rule,
            category: f.category,
            severity: f.severity,
            line: f.line,
            ...(f.acknowledged ? { acknowledged: true } : {}),
        })),
    })));
}
function repository() {
    const found = (0,inputs/* githubRepository */.GP)();
    if (!found.owner) {
        throw new CheckFailure(`GITHUB_REPOSITORY is ${JSON.stringify(found.full)}; expected \`owner/repo\`.`);
    }
    return found;
}
function listPaths(paths, max = 20) {
    const shown = paths.slice(0, max).map((p) => JSON.stringify(p));
    return paths.length > max ? `${shown.join(", ")} and ${paths.length - max} more` : shown.join(", ");
}
async function gate(range, settings, common, verdict, report) {
    const pull = range.pull;
    const { apiUrl, owner, repo } = repository();
    try {
        return await approvalAndComment({
            token: common.token,
            apiUrl,
            owner,
            repo,
            pull: pull.number,
            author: pull.author,
            head: pull.headSha,
            gated: verdict.gated.map((g) => ({ path: g.path, blob: g.blob, categories: [...g.categories] })),
            approvalLabel: settings.approvalLabel,
            approvers: [...settings.approvers],
            comment: settings.comment,
            report,
            hasFindings: verdict.findings > 0,
            approvalKey: settings.approvalKey,
        });
    }
    catch (error) {
        // The analysis stands whatever GitHub answers; only the approval cannot be confirmed. Fails closed: the
        // gate is open only when nothing needed an approval.
        core.warning(`Could not check approvals or update the PR comment: ${firstLine(error)}`);
        const howToApprove = `Add the label "${settings.approvalLabel}" or approve the pull request` +
            (settings.approvers.length ? ` (allowed: ${settings.approvers.join(", ")})` : "") +
            ", then re-run this check.";
        return {
            approved: !verdict.requiresApproval,
            approvedBy: [],
            howToApprove,
            notices: [],
            section: {
                gated: verdict.gated.length,
                paths: verdict.gated.map((g) => g.path),
                approved: !verdict.requiresApproval,
                approvedBy: [],
                digest: (0,approval/* gatedDigest */.E8)(verdict.gated),
                rejected: [],
                howToApprove,
                unavailable: `The check could not read approvals: ${firstLine(error)}`,
            },
        };
    }
}
async function analyseRange(git, range, settings, common) {
    const resolved = await core.group("Revisions", async () => {
        const r = await resolveRange(git, range);
        for (const note of r.notes)
            core.info(note);
        core.info(`base ${r.base}, head ${r.head}`);
        return r;
    });
    const { reports } = await core.group("Analysing the changed migrations", async () => {
        const result = await analyse(git, resolved.base, resolved.head, common, resolved.notes, settings.configOverrides);
        core.info(`${result.changed} changed file(s), ${result.reports.length} migration(s) analysed.`);
        return result;
    });
    let verdict = decideVerdict(reports, settings.approvalCategories, new Map());
    // Blob shas identify what an approval covers; only worth a second diff when something is gated.
    if (verdict.requiresApproval) {
        verdict = decideVerdict(reports, settings.approvalCategories, await git.blobIds(resolved.base, resolved.head));
    }
    return { reports, verdict, notes: resolved.notes };
}
async function runCheck(fromFile) {
    const settings = readCheckSettings(fromFile);
    const common = { ...fromFile, config: (0,core_config/* withOverrides */.Sn)(fromFile.config, settings.configOverrides) };
    const eventName = process.env.GITHUB_EVENT_NAME ?? "";
    if (!eventName && !(settings.base && settings.head)) {
        throw new CheckFailure("GITHUB_EVENT_NAME is not set, so there is no event to read base and head from. Run the check in a " +
            "GitHub Actions workflow, or set the `base` and `head` inputs.");
    }
    const range = rangeFromEvent(eventName, readEventText(), { base: settings.base, head: settings.head });
    if (range.deleted) {
        core.info(range.notes.join(" "));
        setOutputs(decideVerdict([], settings.approvalCategories, new Map()), settings.reportPath, undefined);
        writeFile(settings.reportPath, JSON.stringify(toJsonReport([]), null, 2) + "\n");
        return;
    }
    // A fetch must fail rather than wait for a password nobody will type.
    process.env.GIT_TERMINAL_PROMPT = "0";
    const git = createGit(common.workingDirectory);
    let analysed;
    try {
        analysed = await analyseRange(git, range, settings, common);
    }
    finally {
        git.close();
    }
    const { reports, verdict, notes } = analysed;
    const plan = await core.group("Annotations", async () => {
        const p = planAnnotations(rankFindings(reports, settings.approvalCategories));
        writeAnnotations(p);
        const omitted = p.omitted.error + p.omitted.warning + p.omitted.notice;
        if (omitted)
            core.info(`${omitted} more finding(s) are not annotated (GitHub's limit); see the job summary.`);
        return p;
    });
    const markdownOptions = {
        approvalCategories: settings.approvalCategories,
        omittedAnnotations: plan.omitted,
        notes: settings.failOn.approval ? notes : [ADVISORY, ...notes],
        blobBase: blobBase(range.head),
    };
    // The comment gets the report without a decision: the gate puts its own under the heading. It is cut at a
    // finding (with a note) to stay well under a comment's 65,536 characters, leaving room for the decision.
    const markdown = (0,report_markdown/* renderMarkdown */.Gc)(verdict, {
        ...markdownOptions,
        maxBytes: COMMENT_REPORT_BYTES,
        decisionAbove: true,
    });
    await core.group("Reports", async () => {
        writeFile(settings.reportPath, JSON.stringify(toJsonReport(reports), null, 2) + "\n");
        core.info(`JSON report: ${settings.reportPath}`);
        if (settings.sarif) {
            writeFile(settings.sarif, JSON.stringify(toSarif(reports, VERSION), null, 2) + "\n");
            core.info(`SARIF: ${settings.sarif}`);
        }
    });
    let result;
    if (range.pull) {
        result = await core.group("Approval", () => gate(range, settings, common, verdict, markdown));
        for (const notice of result.notices)
            core.notice(notice);
        if (result.commentUrl)
            core.info(`PR comment: ${result.commentUrl}`);
    }
    else if (verdict.requiresApproval) {
        core.notice(`${verdict.gated.length} migration(s) need approval (${settings.approvalCategories.join(", ")}). ` +
            `Approvals are checked on pull requests; on a ${range.eventName} event this step reports and does not fail.`);
    }
    setOutputs(verdict, settings.reportPath, result, settings.sarif);
    // The job summary leads with the same decision as the comment (written after the gate, so it knows it).
    if (process.env.GITHUB_STEP_SUMMARY) {
        const decision = result ? (0,comment/* renderSection */.YN)(result.section) : undefined;
        await core.summary
            .addRaw((0,report_markdown/* renderMarkdown */.Gc)(verdict, decision ? { ...markdownOptions, decision } : markdownOptions))
            .write();
    }
    if (result && verdict.requiresApproval && !result.approved) {
        const paths = verdict.gated.map((g) => g.path);
        const message = `Approval required: ${paths.length} migration(s) have findings in ` +
            `${settings.approvalCategories.join(", ")}: ${listPaths(paths)}. ` +
            (result.stale ? `${result.stale} ` : "") +
            result.howToApprove;
        if (settings.failOn.approval)
            throw new CheckFailure(message);
        core.warning(`${message} (${ADVISORY})`);
    }
    const failing = settings.failOn.categories.filter((c) => verdict.counts[c] > 0);
    if (failing.length) {
        throw new CheckFailure(`\`fail-on\` fails the step: ${failing.map((c) => `${verdict.counts[c]} ${c}`).join(", ")} finding(s) ` +
            "not acknowledged by an allow comment (an approval does not clear these; see the job summary).");
    }
}
const ADVISORY = "Advisory run: `fail-on: none`, so this step does not fail for a missing approval. The merge is not " +
    "blocked by it; the deploy gate still holds destructive migrations nobody approved.";
/** The report's part of a PR comment, in UTF-8 bytes (never fewer than characters); the rest is the decision. */
const COMMENT_REPORT_BYTES = 56_000;
/** Where the reviewed commit's files are on GitHub, for links to a finding's lines; undefined off GitHub. */
function blobBase(head) {
    const server = (process.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    const repository = process.env.GITHUB_REPOSITORY ?? "";
    if (!/^[0-9a-f]{40}$/.test(head) || !/^[\w.-]+\/[\w.-]+$/.test(repository))
        return undefined;
    return `${server}/${repository}/blob/${head}`;
}
function setOutputs(verdict, reportPath, result, sarif = "") {
    core.setOutput("migrations", migrationsOutput(verdict));
    core.setOutput("comment-url", result?.commentUrl ?? "");
    core.setOutput("digest", result?.digest ?? "");
    core.setOutput("sarif", sarif);
    core.setOutput("destructive", String(verdict.destructive));
    core.setOutput("requires-approval", String(verdict.requiresApproval));
    core.setOutput("approved", String(result ? result.approved : !verdict.requiresApproval));
    core.setOutput("approved-by", (result?.approvedBy ?? []).join(","));
    core.setOutput("findings", String(verdict.findings));
    core.setOutput("report", reportPath);
}


/***/ })

};
