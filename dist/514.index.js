export const id = 514;
export const ids = [514];
export const modules = {

/***/ 514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanupDeploy: () => (/* binding */ cleanupDeploy),
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/adapters/fenced-log.ts
var fenced_log = __webpack_require__(7142);
;// CONCATENATED MODULE: ./src/adapters/http.ts
async function httpGet(url, timeoutMs = 10_000) {
    try {
        const response = await fetch(url, {
            signal: AbortSignal.timeout(timeoutMs),
            redirect: "follow",
            headers: { accept: "application/json, */*" },
        });
        const body = await response.text();
        return { status: response.status, body: body.slice(0, 65536) };
    }
    catch (error) {
        const cause = error.cause;
        return { status: 0, body: "", error: cause?.code ?? cause?.message ?? error.message };
    }
}

// EXTERNAL MODULE: ./src/adapters/supervisor.ts
var supervisor = __webpack_require__(2364);
// EXTERNAL MODULE: ./src/core/deploy/protocol.ts
var protocol = __webpack_require__(5063);
// EXTERNAL MODULE: ./src/core/deploy/status.ts
var deploy_status = __webpack_require__(5769);
// EXTERNAL MODULE: ./src/inputs-deploy.ts + 1 modules
var inputs_deploy = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/parsers/index.ts + 2 modules
var src_parsers = __webpack_require__(441);
// EXTERNAL MODULE: ./src/core/analyze.ts + 2 modules
var analyze = __webpack_require__(163);
;// CONCATENATED MODULE: ./src/core/deploy/pr-approval.ts
// The link between the PR gate and the deploy gate: a destructive migration may run in a blocking
// environment when the pull request that brought it was approved for exactly the content now on the host.
//
// The PR check records, in its sticky comment, the git blob of every gated migration at approval time.
// Here the deploy computes the blob of the file it read from the host (git's own formula, so no checkout is
// needed) and looks it up. Any byte changed after the approval, on the branch or by hand on the host,
// gives another blob, and the migration is not covered.

/** git's object id for a blob: sha1 over "blob <size>\0" and the bytes. */
function gitBlobSha(bytes) {
    return (0,external_node_crypto_.createHash)("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
/** The app dir may sit below the repository root (a monorepo): a recorded `apps/shop/db/migrate/x.rb` covers `db/migrate/x.rb`. */
function samePath(recorded, onHost) {
    return recorded === onHost || recorded.endsWith(`/${onHost}`);
}
function coverage(files, approvals) {
    const result = { covered: [], uncovered: [] };
    for (const file of files) {
        let reason = approvals.length
            ? "no approved pull request lists it"
            : "no merged pull request with a Migration Guard approval contains the deployed commit";
        let hit;
        for (const a of approvals) {
            const entries = Object.entries(a.approval.files ?? {}).filter(([p]) => samePath(p, file.path));
            if (!entries.length)
                continue;
            if (entries.some(([, blob]) => blob === file.blob)) {
                hit = { file, pull: a.pull, by: a.approval.by, via: a.approval.via, url: a.url };
                break;
            }
            reason = `its content on the host (blob ${file.blob.slice(0, 12)}) differs from what was approved in #${a.pull} (blob ${entries[0][1].slice(0, 12)})`;
        }
        if (hit)
            result.covered.push(hit);
        else
            result.uncovered.push({ file, reason });
    }
    return result;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/deploy/presets.ts
var presets = __webpack_require__(6875);
;// CONCATENATED MODULE: ./src/core/deploy/rails-paths.ts
// Rails apps can keep migrations outside db/migrate: `migrations_paths` in config/database.yml (per
// environment, and per database in a multi-database app). The deploy looks for pending files there too, or a
// pending migration in such a dir would be "not found" (blocked) at best and unread at worst.


/**
 * ERB is Ruby: it cannot be evaluated here. `<%= ... %>` becomes a placeholder value and `<% ... %>` lines
 * (if/else around keys) are dropped, which keeps both branches: every path either branch names is searched.
 */
function stripErb(text) {
    return text
        .replace(/<%=[\s\S]*?%>/g, "mg-erb-value")
        .replace(/<%#[\s\S]*?%>/g, "")
        .replace(/<%[\s\S]*?%>/g, "");
}
function collect(node, out, depth = 0) {
    if (depth > 4 || typeof node !== "object" || node === null)
        return;
    for (const [key, value] of Object.entries(node)) {
        if (key === "migrations_paths") {
            if (typeof value === "string")
                out.push(value);
            else if (Array.isArray(value))
                for (const v of value)
                    if (typeof v === "string")
                        out.push(v);
        }
        else
            collect(value, out, depth + 1);
    }
}
function railsMigrationsPaths(databaseYml) {
    const result = { dirs: [], problems: [] };
    let data;
    try {
        const doc = (0,dist/* parseDocument */.Tp)(stripErb(databaseYml), { uniqueKeys: false, merge: true });
        if (doc.errors.length)
            throw new Error(doc.errors[0].message.split("\n")[0]);
        data = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (error) {
        // Fails closed through the caller: a pending file we then cannot find is blocked as not found.
        result.problems.push(`config/database.yml could not be read as YAML (${error.message}); its migrations_paths were not searched`);
        return result;
    }
    const raw = [];
    collect(data, raw);
    for (const value of raw) {
        const dir = value
            .trim()
            .replace(/^(\.\/)+/, "")
            .replace(/\/+$/, "");
        if (!dir || dir.includes("mg-erb-value")) {
            result.problems.push(`migrations_paths ${JSON.stringify(value)} is computed by ERB; it was not searched`);
            continue;
        }
        if (dir.startsWith("/") || !dir.split("/").every((part) => (0,presets/* safeGlobPart */.tb)(part))) {
            result.problems.push(`migrations_paths ${JSON.stringify(value)} is outside the app dir or has unexpected characters; it was not searched`);
            continue;
        }
        if (!result.dirs.includes(dir))
            result.dirs.push(dir);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/commands/deploy/classify.ts



const DATABASE_YML = "config/database.yml";
/** Rails: the pending files may also sit in the `migrations_paths` of config/database.yml. */
function railsExtraPatterns(yml, report) {
    const patterns = new Map();
    if (!yml)
        return { patterns, problems: [] };
    const paths = railsMigrationsPaths(yml.bytes.toString("utf8"));
    for (const p of report.pending) {
        // An id that maps to no file stays so: only plain versions become globs.
        if (!p.patterns.length || !/^\d+$/.test(p.id))
            continue;
        patterns.set(p.id, paths.dirs.map((dir) => `${dir}/${p.id}_*.rb`));
    }
    return { patterns, problems: paths.problems };
}
/**
 * The pending files, in one read of the host where it can: Rails' config/database.yml comes with the files
 * at their usual paths, and only a `migrations_paths` elsewhere takes a second read.
 */
async function readPendingFiles(files, framework, report) {
    const own = [...new Set(report.pending.flatMap((p) => p.patterns))];
    const rails = framework === "rails" && report.pending.length > 0;
    const read = await files.read(rails ? [DATABASE_YML, ...own] : own);
    const extra = rails
        ? railsExtraPatterns(read.get(DATABASE_YML)?.[0], report)
        : { patterns: new Map(), problems: [] };
    const more = [...new Set([...extra.patterns.values()].flat())].filter((p) => !own.includes(p));
    if (more.length)
        for (const [pattern, list] of await files.read(more))
            read.set(pattern, list);
    return { read, extra };
}
/**
 * The file is the framework's own pending migration, wherever it lives: read it with that framework (a Rails
 * `migrations_paths` dir is not where detection by path looks).
 */
function readAs(config, framework, path) {
    return { ...config, paths: { ...config.paths, [framework]: [...(config.paths[framework] ?? []), path] } };
}
/** One small migration per framework (written by us: a column rename), analysed to warm up: see warmUpClassify. */
const WARM_UP = {
    rails: {
        path: "db/migrate/20000101000000_mg_warm_up.rb",
        text: "class MgWarmUp < ActiveRecord::Migration[6.1]\n  def change\n    rename_column :t, :a, :b\n  end\nend\n",
    },
    django: {
        path: "app/migrations/0001_mg_warm_up.py",
        text: "from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n" +
            '    operations = [migrations.RenameField("t", "a", "b")]\n',
    },
    alembic: {
        path: "alembic/versions/0001_mg_warm_up.py",
        text: 'from alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade():\n    op.alter_column("t", "a", new_column_name="b")\n',
    },
    knex: {
        path: "migrations/20000101000000_mg_warm_up.js",
        text: 'exports.up = (knex) => knex.schema.alterTable("t", (t) => t.renameColumn("a", "b"));\n',
    },
};
/** A database.yml like Rails' own (written by us), parsed to warm up the gate's read of migrations_paths. */
const WARM_UP_DATABASE_YML = "default: &default\n  adapter: postgresql\n  pool: 5\n\nproduction:\n  primary:\n    <<: *default\n" +
    "    database: app\n  other:\n    <<: *default\n    database: other\n    migrations_paths: db/other_migrate\n";
/**
 * Runs the classification's code once on a sample while the host boots the app (the runner is idle then):
 * V8 compiles a function on its first call, and the reader, the rules and the parsers' first parse then cost
 * nothing on the way from the pending list to the gate's decision. The report is dropped.
 */
async function warmUpClassify(framework, config, parsers) {
    const sample = WARM_UP[framework];
    // Rails: the gate also reads config/database.yml's migrations_paths (the YAML parser's first run).
    if (framework === "rails")
        railsMigrationsPaths(WARM_UP_DATABASE_YML);
    const loaded = await parsers([sample.path]);
    const report = (0,analyze/* analyzeFile */.xy)({ path: sample.path, content: new TextEncoder().encode(sample.text), status: "added" }, loaded, readAs(config, framework, sample.path));
    // True when the sample (a column rename) was read and found: the warm-up ran the reader and the rules.
    return (report?.findings.length ?? 0) > 0;
}
async function classifyPending(files, framework, report, config, 
/** The parsers for these files (loaded on demand). */
parsers) {
    const { read, extra } = await readPendingFiles(files, framework, report);
    const patternsOf = (p) => [
        ...new Set([...(extra.patterns.get(p.id) ?? []), ...p.patterns]),
    ];
    // Parsers for the migration files only: config/database.yml is read for its migrations_paths, never
    // analysed, and its `.yml` would load the Liquibase changelog reader (and its YAML/XML chunks) at the gate.
    const loaded = await parsers([...read].flatMap(([pattern, list]) => (pattern === DATABASE_YML ? [] : list.map((f) => f.path))));
    const searched = extra.problems.length ? ` (${extra.problems.join("; ")})` : "";
    return report.pending.map((pending) => {
        if (!pending.patterns.length)
            return { pending, unread: "unmapped", note: "its id could not be mapped to a file name" };
        const found = patternsOf(pending)
            .map((p) => read.get(p) ?? [])
            .find((list) => list.length);
        if (!found)
            return {
                pending,
                unread: "not-found",
                note: `its file was not found in the app dir (a library's migration, or a custom path)${searched}`,
            };
        const file = found[0];
        const analysed = (0,analyze/* analyzeFile */.xy)({ path: file.path, content: new Uint8Array(file.bytes), status: "added" }, loaded, readAs(config, framework, file.path));
        if (!analysed)
            return {
                pending,
                path: file.path,
                blob: gitBlobSha(file.bytes),
                unread: "not-recognised",
                note: "not recognised as a migration file",
            };
        return { pending, path: file.path, report: analysed, blob: gitBlobSha(file.bytes) };
    });
}

// EXTERNAL MODULE: ./src/core/deploy/backup.ts
var backup = __webpack_require__(4721);
;// CONCATENATED MODULE: ./src/commands/deploy/events.ts
// What the deploy's log shows of the supervisor's lines: a group per host phase, one line per event.



function logHooks(log) {
    return {
        onLost: (stderr) => log.remote(stderr),
        onReconnect: (attempt, journal) => log.ours(() => core.warning(`The SSH connection dropped; reconnecting to follow deploy ${journal.deployId} (attempt ${attempt}).`)),
        onLine: ({ event, text }, journal) => {
            if (!event)
                return log.remote(text);
            if (event.t === "phase" && (0,protocol/* str */.gx)(event, "state") === "start")
                log.phase((0,protocol/* str */.gx)(event, "phase") ?? "phase");
            else if (event.t === "phase") {
                const message = (0,protocol/* str */.gx)(event, "message");
                log.remote(`${(0,protocol/* str */.gx)(event, "phase")}: ${(0,protocol/* str */.gx)(event, "state")}${message ? ` (${message})` : ""}`);
            }
            else if (event.t === "lock")
                log.remote(`waiting for the deploy lock, held by: ${(0,protocol/* str */.gx)(event, "holder")}`);
            else if (event.t === "deadline")
                log.remote(`deadline passed: sending ${(0,protocol/* str */.gx)(event, "action")?.toUpperCase()} to the migration's process group`);
            else if (event.t === "status") {
                const err = (0,protocol/* decodeBase64 */.y4)((0,protocol/* str */.gx)(event, "stderr")).trim();
                if (err)
                    log.remote(err);
            }
            else if (event.t === "error")
                log.remote(`supervisor: ${(0,protocol/* str */.gx)(event, "message")}`);
            else if (event.t === "note")
                log.remote(`note: ${(0,protocol/* str */.gx)(event, "message")}`);
            else if (event.t === "migration") {
                const db = (0,protocol/* str */.gx)(event, "database") ? ` (${(0,protocol/* str */.gx)(event, "database")})` : "";
                log.remote((0,protocol/* str */.gx)(event, "state") === "start"
                    ? `migrating ${(0,protocol/* str */.gx)(event, "id")} ${(0,protocol/* str */.gx)(event, "name")}${db}`
                    : `migrated ${(0,protocol/* str */.gx)(event, "id")}${db} in ${(0,protocol/* str */.gx)(event, "ms")} ms`);
            }
            else if (event.t === "terminate")
                log.remote(`ended ${(0,protocol/* str */.gx)(event, "terminated")} database session(s) of the migration`);
            else if (event.t === "backup-check" && journal.backupCheck) {
                const c = journal.backupCheck;
                log.remote(`database ${(0,backup/* formatBytes */.z3)(c.databaseBytes)}, ${(0,backup/* formatBytes */.z3)(c.freeBytes)} free in ${c.dir}`);
            }
            else if (event.t === "backup" && journal.backups.length) {
                const b = journal.backups[journal.backups.length - 1];
                log.remote(`backup${b.database ? ` of ${b.database}` : ""} ${b.path}: ${(0,backup/* formatBytes */.z3)(b.bytes)}, sha256 ${b.sha256}, verified (${b.verified}, ${b.entries} entries)`);
                const estimate = (0,backup/* restoreEstimate */.XO)(b.databaseBytes);
                if (estimate.warn)
                    log.ours(() => core.warning(estimate.text, { title: "Restore time" }));
            }
        },
    };
}

// EXTERNAL MODULE: ./src/adapters/github.ts
var github = __webpack_require__(2401);
;// CONCATENATED MODULE: ./src/core/deploy/promotion.ts
/** The deployment task every deploy records under, and the production gate reads. */
const MIGRATE_TASK = "migrate";
function isRecord(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
/** The applied migrations of a payload; anything that is not our shape counts as nothing applied. */
function appliedIn(payload) {
    const list = isRecord(payload) ? payload.migrations : undefined;
    if (!Array.isArray(list))
        return [];
    return list.flatMap((m) => {
        if (!isRecord(m))
            return [];
        const { id, path, blob, result } = m;
        if (typeof id !== "string" || typeof path !== "string" || typeof blob !== "string")
            return [];
        if (result !== "applied")
            return [];
        return [{ id, path, blob, result }];
    });
}
/** Blobs applied by a successful `migrate` deploy (its latest status `success`) of the environment. */
function appliedBlobs(deploys, environment) {
    const blobs = new Set();
    for (const d of deploys) {
        if (d.state !== "success" || d.environment !== environment)
            continue;
        for (const m of appliedIn(d.payload))
            blobs.add(m.blob);
    }
    return blobs;
}
function decidePromotion(input) {
    const required = [...new Set(input.required)];
    if (!required.length || !input.migrations.length)
        return { action: "not-required", missing: [], unreadable: [] };
    if (input.skip)
        return {
            action: "skipped",
            missing: [],
            unreadable: [],
            message: `PROMOTION CHECK SKIPPED (skip-promotion-check: true): ${input.migrations.length} migration(s) ran ` +
                `without proof they were applied in ${required.join(", ")} first.`,
        };
    const unreadable = [];
    const blobsOf = new Map();
    for (const env of required) {
        const history = input.history.get(env);
        // Fails closed: an environment whose record was not read proves nothing.
        if (!history || !history.ok) {
            unreadable.push({ environment: env, error: history && !history.ok ? history.error : "not read" });
            blobsOf.set(env, new Set());
        }
        else
            blobsOf.set(env, appliedBlobs(history.deploys, env));
    }
    const missing = [];
    for (const m of input.migrations) {
        const environments = required.filter((env) => !m.blob || !blobsOf.get(env).has(m.blob));
        if (environments.length)
            missing.push({
                migration: m.pending.id,
                path: m.path ?? m.pending.id,
                ...(m.blob ? { blob: m.blob } : {}),
                environments,
            });
    }
    if (!missing.length)
        return { action: "pass", missing, unreadable };
    const lines = missing.map((m) => `${m.path}${m.blob ? ` (blob ${m.blob.slice(0, 12)})` : " (its file was not read, so its bytes are unknown)"} ` +
        `was not applied by a successful deploy to ${m.environments.join(", ")}`);
    const reads = unreadable.map((u) => `the deploys of ${u.environment} could not be read: ${u.error}`);
    return {
        action: "blocked",
        missing,
        unreadable,
        message: `Blocked by require-applied-in (${required.join(", ")}): ${[...reads, ...lines].join("; ")}. ` +
            "Deploy these exact bytes there first; `allow-destructive` and approvals do not waive this, " +
            "`skip-promotion-check: true` does.",
    };
}
/** What a deploy records: every migration it classified, applied or not. */
function migrateRecord(environment, runUrl, migrations, applied) {
    const done = new Set(applied);
    return {
        environment,
        runUrl,
        migrations: migrations.map((m) => ({
            id: m.pending.id,
            path: m.path ?? "",
            blob: m.blob ?? "",
            result: done.has(m.pending.id) ? "applied" : "not-applied",
        })),
    };
}

;// CONCATENATED MODULE: ./src/adapters/deployments.ts
// The promotion record in GitHub's Deployments API: every deploy writes a `migrate` deployment of its
// environment (the applied list in its payload, a status for its result), and a deploy with
// `require-applied-in` reads the named environments' ones back. Every failure is a sentence naming the
// permission the job needs; the caller decides which way it fails (reading: the gate stays shut).


function client(target) {
    if (!target.token)
        return "no `token` was given";
    if (!target.owner || !target.repo)
        return "GITHUB_REPOSITORY does not name the repository";
    return (0,github/* createGitHubClient */.L)({
        token: target.token,
        apiUrl: target.apiUrl,
        owner: target.owner,
        repo: target.repo,
    });
}
function failure(error, access) {
    const permission = `give the deploy job \`permissions: deployments: ${access}\``;
    if (error instanceof github/* GitHubApiError */.O) {
        const what = `${error.method} ${error.path} answered ${error.status || "no response"}`;
        if (error.status === 401)
            return `the token was refused (${what}); check the deploy's \`token\` input`;
        if (error.status === 403 || error.status === 404)
            return `the token cannot ${access} deployments (${what}); ${permission}`;
        return `GitHub's API failed (${what}); ${permission} and re-run the deploy`;
    }
    return `${error instanceof Error ? error.message : String(error)}; ${permission}`;
}
/**
 * The `migrate` deployments of each environment, with the latest status of those that carry one of
 * `blobs` (the others cannot prove anything, so their status is not asked for).
 */
async function readPromotionHistory(target, environments, blobs) {
    const history = new Map();
    const gh = client(target);
    for (const environment of environments) {
        if (typeof gh === "string") {
            history.set(environment, {
                ok: false,
                error: `${gh}; the check needs a token with \`deployments: read\``,
            });
            continue;
        }
        try {
            const deploys = [];
            for (const d of await gh.listDeployments(environment, MIGRATE_TASK)) {
                if (d.task !== MIGRATE_TASK || !appliedIn(d.payload).some((m) => blobs.has(m.blob)))
                    continue;
                deploys.push({ ...d, state: await gh.deploymentState(d.id) });
            }
            history.set(environment, { ok: true, deploys });
        }
        catch (error) {
            // Fails closed: an environment whose deployments could not be read proves nothing (the gate blocks).
            history.set(environment, { ok: false, error: failure(error, "read") });
        }
    }
    return history;
}
/** Writes one `migrate` deployment and its status; returns why it could not, or undefined. */
async function recordMigrate(target, record, state, description) {
    const gh = client(target);
    if (typeof gh === "string")
        return `${gh}; recording needs a token with \`deployments: write\``;
    if (!target.ref)
        return "GITHUB_SHA is not set, and a deployment needs the commit it deployed";
    try {
        const id = await gh.createDeployment({
            ref: target.ref,
            environment: record.environment,
            task: MIGRATE_TASK,
            description: `Migration Guard: ${record.migrations.length} migration(s)`,
            payload: record,
        });
        await gh.createDeploymentStatus(id, { state, description, logUrl: record.runUrl });
        return undefined;
    }
    catch (error) {
        // Fails towards the gate: a deploy whose record is missing is later held by require-applied-in.
        return failure(error, "write");
    }
}

// EXTERNAL MODULE: ./src/core/approval.ts
var approval = __webpack_require__(4140);
// EXTERNAL MODULE: ./src/core/report/comment.ts
var report_comment = __webpack_require__(7091);
// EXTERNAL MODULE: ./src/adapters/sticky-comment.ts
var sticky_comment = __webpack_require__(9517);
;// CONCATENATED MODULE: ./src/adapters/pr-approval.ts
// The deploy's way back to the pull request: for each held migration about to run, the commit that last
// changed it, the merged pull request that commit came from, and what GitHub says about that PR now.
//
// The deploy trusts only what cannot be forged without the right access:
//   - approving reviews, re-read from GitHub: state, author (not the PR's), the reviewer's permission on the
//     repository, and the file's blob at the reviewed commit, read from git's objects by GitHub, which must be
//     the blob of the bytes on the host;
//   - the PR check's approval record (label approvals) only when signed with `approval-key`, a secret a
//     workflow without the repository's secrets cannot use. The sticky comment is a display: anyone who can
//     post as a bot can write one. Without a key, records are not read at all.
// Every API error leaves the file uncovered, with the failure named: the gate stays shut.





const WRITE_ROLES = new Set(["admin", "maintain", "write"]);
/** A sentence naming the failure and, for a refusal, the permission the deploy job needs. */
function lookupFailure(error) {
    if (error instanceof github/* GitHubApiError */.O) {
        const what = `${error.method} ${error.path} answered ${error.status || "no response"}`;
        if (error.status === 429 || (error.status === 403 && /rate limit/i.test(error.message)))
            return `GitHub's API rate limit was reached (${what}); re-run the deploy later`;
        if (error.status === 401)
            return `the token was refused (${what}); check the deploy's \`token\` input`;
        if (error.status === 403 || error.status === 404)
            return (`the token cannot read it (${what}); give the deploy job \`permissions: pull-requests: read\` and ` +
                "`contents: read`");
        if (error.status >= 500 || error.status === 0)
            return `GitHub's API failed (${what})`;
        return what;
    }
    return error instanceof Error ? error.message : String(error);
}
async function signedRecord(gh, lookup, pull, url) {
    const { comment } = await (0,sticky_comment/* findStickyComment */.o)(gh, pull);
    if (!comment)
        return `#${pull} has no Migration Guard comment, so no label approval to verify`;
    const record = (0,report_comment/* parseRecord */.Hh)(comment.body);
    if (!record?.approval)
        return `#${pull}'s comment records no approval`;
    if (!(0,approval/* verifyRecord */.RC)(lookup.key, `${lookup.owner}/${lookup.repo}`, pull, record))
        return `#${pull}'s approval record is not signed with this \`approval-key\` (forged, or signed with another key); it is ignored`;
    // The approval alone is history; the verdict at the PR's last check run says whether it still held.
    if (record.approved !== true)
        return `#${pull}'s approval no longer held at its last check run`;
    return { pull, url: url || comment.url, approval: record.approval };
}
async function prApprovalCoverage(files, lookup, client) {
    const result = { covered: [], uncovered: [], notes: [] };
    if (!lookup.token || !lookup.ref || !lookup.owner) {
        result.notes.push("No token, repository or deployed commit, so pull-request approvals were not looked up.");
        for (const file of files)
            result.uncovered.push({
                file,
                reason: "its pull request could not be looked up (the deploy needs `token`, GITHUB_REPOSITORY and GITHUB_SHA)",
            });
        return result;
    }
    if (!lookup.key)
        result.notes.push("No `approval-key`: label approvals recorded by the PR check are not trusted here; only approving reviews count.");
    const gh = client ?? (0,github/* createGitHubClient */.L)(lookup);
    const facts = new Map();
    const permissions = new Map();
    const factsOf = (pull, url) => {
        let found = facts.get(pull);
        if (!found) {
            found = (async () => {
                const [pr, reviews] = await Promise.all([gh.getPull(pull), gh.listReviews(pull)]);
                // Without the author, the author's own review could pass as someone else's: fail closed.
                if (!pr.author)
                    throw new Error(`GitHub did not say who opened #${pull}; its reviews cannot be judged`);
                const record = lookup.key ? await signedRecord(gh, lookup, pull, url) : "";
                return { pull, url, author: pr.author, reviews, record };
            })();
            facts.set(pull, found);
        }
        return found;
    };
    const permissionOf = (login) => {
        let found = permissions.get(login.toLowerCase());
        if (!found) {
            found = gh.permission(login);
            permissions.set(login.toLowerCase(), found);
        }
        return found;
    };
    for (const file of files) {
        try {
            const commit = await gh.lastCommitTouching(file.path, lookup.ref);
            if (!commit) {
                result.uncovered.push({
                    file,
                    reason: `no commit in ${lookup.ref.slice(0, 12)}'s history changed it`,
                });
                continue;
            }
            const merged = (await gh.pullsForCommit(commit)).filter((p) => p.mergedAt !== undefined);
            if (!merged.length) {
                result.uncovered.push({
                    file,
                    reason: `commit ${commit.slice(0, 12)} came from no merged pull request`,
                });
                continue;
            }
            let reason = "no approving review or signed approval in its pull request covers it";
            let hit;
            for (const p of merged) {
                const pull = await factsOf(p.number, p.url);
                // (a) Approving reviews, each re-checked against GitHub.
                for (const review of (0,approval/* latestDecisiveReviews */.t6)(pull.reviews)) {
                    if (review.state !== "APPROVED" || !review.user || !review.commitId)
                        continue;
                    if (review.user.toLowerCase() === pull.author.toLowerCase())
                        continue;
                    const role = await permissionOf(review.user);
                    if (!WRITE_ROLES.has(role)) {
                        reason = `@${review.user} approved #${pull.pull} but has ${role} permission on the repository, not write`;
                        continue;
                    }
                    const approvedBlob = await gh.blobAt(file.path, review.commitId);
                    if (approvedBlob === file.blob) {
                        hit = { file, pull: pull.pull, by: review.user, via: "review", url: pull.url };
                        break;
                    }
                    reason =
                        `its content on the host (blob ${file.blob.slice(0, 12)}) differs from what @${review.user} approved ` +
                            `in #${pull.pull} at ${review.commitId.slice(0, 12)} (${approvedBlob ? `blob ${approvedBlob.slice(0, 12)}` : "not in that commit"})`;
                }
                if (hit)
                    break;
                // (b) The PR check's record, only when signed with the key.
                if (typeof pull.record === "string") {
                    if (pull.record)
                        result.notes.push(pull.record);
                    continue;
                }
                const one = coverage([file], [pull.record]);
                if (one.covered.length) {
                    hit = one.covered[0];
                    break;
                }
                reason = one.uncovered[0]?.reason ?? reason;
            }
            if (hit)
                result.covered.push(hit);
            else
                result.uncovered.push({ file, reason });
        }
        catch (error) {
            // Fails closed: a lookup that did not finish covers nothing, and says what failed.
            result.uncovered.push({ file, reason: `looking up its pull request failed: ${lookupFailure(error)}` });
        }
    }
    result.notes = [...new Set(result.notes)];
    return result;
}

;// CONCATENATED MODULE: ./src/core/deploy/gate.ts
/** File-bound hits can be approved in a pull request; status problems and files we never read cannot. */
function approvableByPull(hit) {
    return hit.reason === "destructive" || hit.reason === "needs-review" || hit.reason === "not-recognised";
}
/** Everything that needs an approval before it runs in a blocking environment. */
function gateHits(migrations, statusProblems = []) {
    const hits = [];
    for (const problem of statusProblems)
        hits.push({
            migration: "",
            path: "status output",
            reason: "status",
            why: `the status output could not be read in full (${problem})`,
        });
    for (const m of migrations) {
        const path = m.path ?? m.pending.id;
        if (!m.report) {
            const reason = m.unread ?? "not-found";
            hits.push({
                migration: m.pending.id,
                path,
                reason,
                why: `${path}: ${m.note ?? "its file was not read"}, so it was not analysed`,
            });
            continue;
        }
        for (const finding of m.report.findings) {
            // Acknowledged findings still count: an allow comment explains a change, it does not approve a deploy.
            if (finding.category !== "destructive" && finding.category !== "needs-review")
                continue;
            // An allow comment that suppresses nothing says nothing about what will run.
            if (finding.rule === "unused-allow")
                continue;
            hits.push({
                migration: m.pending.id,
                path,
                reason: finding.category,
                why: `${path}:${finding.line} (${finding.rule}, ${finding.category})`,
                finding,
            });
        }
    }
    return hits;
}
function describeHits(hits) {
    return hits.map((h) => h.why).join("; ");
}
function kinds(hits) {
    const names = {
        destructive: "destructive",
        "needs-review": "needs review (could not be proven safe)",
        "not-found": "file not found on the host",
        "not-recognised": "file not recognised as a migration",
        unmapped: "id maps to no file",
        status: "status output not fully readable",
    };
    return [...new Set(hits.map((h) => names[h.reason]))].join(", ");
}
function decideGate(input) {
    if (!input.migrations.length)
        return { action: "up-to-date", destructive: [], pauseSeconds: 0 };
    const approved = input.approvedPaths ?? new Set();
    const open = input.allowDestructive
        ? []
        : gateHits(input.migrations, input.statusProblems).filter((h) => !(approvableByPull(h) && approved.has(h.path)));
    if (open.length && input.profile.destructive === "block") {
        return {
            action: "blocked",
            destructive: open,
            pauseSeconds: 0,
            message: `Pending migrations in ${input.environment || "production"} need an approval (${kinds(open)}): ` +
                `${describeHits(open)}. Nothing ran. To deploy them, review them and re-run the deploy with ` +
                "`allow-destructive: true` (for example from a workflow_dispatch input, behind a protected environment), " +
                "or approve their pull request.",
        };
    }
    if (input.dryRun)
        return { action: "dry-run", destructive: open, pauseSeconds: 0 };
    if (open.length && input.profile.destructive === "warn") {
        return {
            action: "go",
            destructive: open,
            pauseSeconds: input.profile.pause,
            message: `Pending migrations not proven safe (${kinds(open)}) will run in ${input.environment}: ` +
                `${describeHits(open)}. ` +
                `Pausing ${input.profile.pause}s before migrating; cancel the workflow now to stop.`,
        };
    }
    return { action: "go", destructive: open, pauseSeconds: 0 };
}

;// CONCATENATED MODULE: ./src/commands/deploy/gate.ts
// gate: the classified migrations → the decision the supervisor hears (`go`, `stop blocked`, ...), with the
// pull-request approvals looked up only when they could open it.





/**
 * Looks up, only when it matters (a blocking profile, no `allow-destructive`, something held that a pull
 * request can approve), which held files were approved in their merged PR for exactly these bytes.
 * Never throws: a failed lookup leaves the file uncovered, and the gate shut.
 */
async function approvalFromPulls(migrations, hits, settings, log) {
    const paths = new Set();
    const wanted = new Set(hits.filter(approvableByPull).map((h) => h.path));
    if (!wanted.size ||
        settings.profile.destructive !== "block" ||
        settings.allowDestructive ||
        !settings.prApproval)
        return { paths };
    const files = new Map();
    for (const m of migrations) {
        if (m.path && m.blob && wanted.has(m.path))
            files.set(m.path, { path: m.path, blob: m.blob });
    }
    const found = await prApprovalCoverage([...files.values()], settings.prApproval);
    log.ours(() => {
        for (const note of found.notes)
            core.info(`PR approval lookup: ${note}`);
        for (const c of found.covered)
            core.notice(`${c.file.path} was approved in #${c.pull} by @${c.by} (${c.via}) for exactly this content (blob ${c.file.blob.slice(0, 12)}).`, { title: "Migration approved in its pull request" });
    });
    for (const c of found.covered)
        paths.add(c.file.path);
    const why = found.uncovered.map((u) => `${u.file.path}: ${u.reason}`).join("; ");
    return why
        ? { paths, why: `No pull-request approval covers them (trust-pr-approval): ${why}.` }
        : { paths };
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Staging first: read the named environments' records only when the check applies (not waived). */
async function promotionOf(migrations, settings) {
    const { requireAppliedIn, skip, github } = settings.promotion;
    const needed = requireAppliedIn.length && migrations.length && !skip;
    const blobs = new Set(migrations.flatMap((m) => (m.blob ? [m.blob] : [])));
    const history = needed ? await readPromotionHistory(github, requireAppliedIn, blobs) : new Map();
    return decidePromotion({ required: requireAppliedIn, skip, migrations, history });
}
async function gatePending(migrations, before, settings, log) {
    const hits = gateHits(migrations, before.problems);
    const approval = await approvalFromPulls(migrations, hits, settings, log);
    const gate = decideGate({
        environment: settings.environment,
        profile: settings.profile,
        migrations,
        statusProblems: before.problems,
        allowDestructive: settings.allowDestructive,
        approvedPaths: approval.paths,
        dryRun: settings.dryRun,
    });
    if (gate.action === "blocked" && approval.why)
        gate.message = `${gate.message} ${approval.why}`;
    // Neither allow-destructive nor an approval waives it: only skip-promotion-check does.
    const promotion = await promotionOf(migrations, settings);
    const notes = [];
    if (promotion.action === "blocked") {
        gate.message = gate.action === "blocked" ? `${gate.message} ${promotion.message}` : promotion.message;
        gate.action = "blocked";
        log.ours(() => core.error(promotion.message ?? "", { title: "Not applied in the required environments" }));
    }
    else if (promotion.action === "skipped" && promotion.message) {
        notes.push(`**${promotion.message}**`);
        log.ours(() => core.warning(promotion.message ?? "", { title: "Promotion check skipped" }));
    }
    const annotate = (level, title) => {
        for (const h of gate.destructive) {
            if (h.finding)
                core[level](`${h.finding.rule}: ${h.finding.message}`, {
                    file: h.path,
                    startLine: h.finding.line,
                    title: title(h),
                });
            else
                core[level](h.why, { title: title(h) });
        }
    };
    if (gate.action === "blocked") {
        log.ours(() => annotate("error", (h) => `Blocked ${h.reason === "destructive" ? "destructive " : ""}migration`));
        return { gate, promotion, notes, line: "stop blocked" };
    }
    if (gate.action === "dry-run")
        return { gate, promotion, notes, line: "stop dry-run" };
    if (gate.pauseSeconds > 0 && gate.destructive.length) {
        log.ours(() => {
            annotate("warning", (h) => h.reason === "destructive" ? "Destructive migration" : "Migration not proven safe");
            core.warning(gate.message ?? "Destructive migrations will run.");
        });
        await sleep(gate.pauseSeconds * 1000);
    }
    return { gate, promotion, notes, line: "go" };
}

;// CONCATENATED MODULE: ./src/core/deploy/health.ts
// Judging an app's health after a migration: `up-url` must answer 200; `health-url` must answer JSON with
// `status: "ok"` and `migrations.pending_count: 0`. Pure: the fetching is an adapter's (runner or host).
function judgeUp(response) {
    if (response.status === 200)
        return { healthy: true, reason: "HTTP 200" };
    return {
        healthy: false,
        reason: response.status ? `HTTP ${response.status}` : `no response (${response.error ?? "unreachable"})`,
    };
}
function record(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
/** `{"status":"ok","database":"connected","migrations":{"pending_count":0,"status":"up_to_date"}}` is healthy. */
function judgeHealth(response) {
    if (!response.status)
        return { healthy: false, reason: `no response (${response.error ?? "unreachable"})` };
    let json;
    try {
        json = record(JSON.parse(response.body));
    }
    catch {
        json = undefined;
    }
    if (!json)
        return { healthy: false, reason: `HTTP ${response.status}, the body is not a JSON object` };
    const status = json.status;
    const migrations = record(json.migrations);
    const pending = migrations?.pending_count;
    if (status === "ok" && pending === 0 && response.status === 200)
        return { healthy: true, reason: "ok" };
    const parts = [`HTTP ${response.status}`, `status ${JSON.stringify(status ?? null)}`];
    if (typeof pending === "number")
        parts.push(`${pending} pending migration(s)`);
    else
        parts.push("no migrations.pending_count");
    const list = json.pending_migrations ?? migrations?.pending_migrations;
    if (Array.isArray(list) && list.length)
        parts.push(`pending: ${list.slice(0, 10).map(String).join(", ")}`);
    return { healthy: false, reason: parts.join(", ") };
}
/** Delay before the next probe: 0.5 s doubling to 5 s, never past the deadline. */
function nextDelay(attempt, remainingMs) {
    return Math.max(0, Math.min(500 * 2 ** Math.min(attempt, 4), 5000, remainingMs));
}
/**
 * Polls `probe(url)` until healthy or the deadline: first `upUrl` (the app booted), then `healthUrl`.
 * `sleep` and `now` are passed in so the logic is testable without timers.
 */
async function pollHealth(options) {
    const start = options.now();
    const deadline = start + options.timeoutMs;
    const results = [];
    const checks = [
        ["up", options.upUrl, judgeUp],
        ["health", options.healthUrl, judgeHealth],
    ];
    for (const [kind, url, judge] of checks) {
        if (!url)
            continue;
        const began = options.now();
        let attempts = 0;
        for (;;) {
            attempts++;
            const last = await options.probe(url);
            const verdict = judge(last);
            options.onAttempt?.(kind, verdict);
            const remaining = deadline - options.now();
            if (verdict.healthy || remaining <= 0) {
                results.push({
                    ...verdict,
                    url,
                    kind,
                    attempts,
                    ms: options.now() - began,
                    last: { ...last, body: last.body.slice(0, 2048) },
                });
                if (!verdict.healthy)
                    return results;
                break;
            }
            await options.sleep(nextDelay(attempts - 1, remaining));
        }
    }
    return results;
}

;// CONCATENATED MODULE: ./src/commands/deploy/health.ts

function health_sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
async function judge(health, probe, onAttempt, seen) {
    const results = await pollHealth({
        ...(health.upUrl ? { upUrl: health.upUrl } : {}),
        ...(health.healthUrl ? { healthUrl: health.healthUrl } : {}),
        timeoutMs: health.timeout * 1000,
        probe,
        sleep: health_sleep,
        now: Date.now,
        onAttempt: (kind, verdict) => onAttempt(`${kind} check: ${verdict.reason}`),
    });
    seen.push(...results);
    const bad = results.find((r) => !r.healthy);
    // Healthy by inclusion: every configured check ran and passed. Nothing judged is not "ok".
    if (!results.length)
        return "health failed no health check ran";
    // One line, no newline: the reason is text the app sent.
    return bad ? `health failed ${bad.url}: ${bad.reason}` : "health ok";
}
async function checkHealth(health, probe, onAttempt) {
    const results = [];
    try {
        return { results, line: await judge(health, probe, onAttempt, results) };
    }
    catch (error) {
        // Fails closed: an exception inside the judgement is a failed check, never a healthy one.
        return { line: `health failed the health check could not be judged: ${String(error)}` };
    }
}

;// CONCATENATED MODULE: ./src/commands/deploy/stop.ts
/**
 * A phase that stops the deploy before anything migrates: `line` is what the supervisor is told
 * (`stop <why>`), the message is the step's error.
 */
class StopDeploy extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.line = line;
        this.name = "StopDeploy";
    }
}

;// CONCATENATED MODULE: ./src/commands/deploy/pending.ts
// pending: the supervisor's status round → the pending migrations (a never-migrated database: every file).





/** Throws StopDeploy when the status cannot be read (nothing runs). */
async function readPending(journal, framework, files, log) {
    const round = (0,protocol/* statusRound */.Jg)(journal, "before");
    const notes = [];
    let before;
    if ((0,deploy_status/* noMigrationsTable */.NO)(framework, round)) {
        // A database that was never migrated: every migration file in the app is pending.
        // Rails runs the files of db/migrate and of the migrations_paths: all of them are gated.
        const yml = (await files.read(["config/database.yml"])).get("config/database.yml")?.[0];
        const paths = yml ? railsMigrationsPaths(yml.bytes.toString("utf8")) : { dirs: [], problems: [] };
        const globs = [...new Set(["db/migrate", ...paths.dirs])].map((dir) => `${dir}/*.rb`);
        const listed = await files.read(globs);
        // A multi-database app whose later database is new: what the earlier databases recorded stays applied.
        const recorded = round.flatMap((r) => (0,deploy_status/* parseRails */.TF)(r.stdout).applied);
        before = (0,deploy_status/* railsAllPending */.IN)(globs.flatMap((g) => (listed.get(g) ?? []).map((f) => f.path)), recorded);
        // A migrations_paths we could not read holds the gate (status problems), as for a pending file.
        before.problems.push(...paths.problems);
        notes.push(recorded.length
            ? `A database of the app had no migrations table (never migrated): every migration in the app that no other database recorded (${before.pending.length}) was pending.`
            : `The database had no migrations table (never migrated): every migration in the app (${before.pending.length}) was pending.`);
        log.remote("the database has no migrations table yet: every migration file in the app is pending");
    }
    else if (round.some((s) => s.rc !== 0)) {
        // The supervisor goes on after a failed status only for the recognised wording; anything else stops.
        throw new StopDeploy("stop unreadable-status", "The status command failed and its output is not the framework's own. Nothing ran.");
    }
    else
        before = (0,deploy_status/* parseStatus */.i$)(framework, round.map((s) => s.stdout));
    if (before.problems.length && !before.pending.length)
        throw new StopDeploy("stop unreadable-status", `The status output could not be read: ${before.problems.join("; ")}. Nothing ran.`);
    for (const a of before.ahead) {
        log.ours(() => core.warning(`Migration ${a.id}${a.database ? ` (${a.database})` : ""} is recorded in the database but has no file in the code: the database is ahead of the deployed code.`));
    }
    return { before, notes };
}

// EXTERNAL MODULE: ./src/core/deploy/plan.ts
var plan = __webpack_require__(1204);
;// CONCATENATED MODULE: ./src/commands/deploy/plan.ts
// plan: validated settings and who runs the deploy → the supervisor's parameters. Pure.



function runContext(env, now, nonce) {
    return {
        now,
        nonce,
        runId: env.GITHUB_RUN_ID ?? "",
        repository: env.GITHUB_REPOSITORY ?? "",
        actor: env.GITHUB_ACTOR ?? "",
        ref: env.GITHUB_REF_NAME ?? "",
        sha: env.GITHUB_SHA ?? "",
    };
}
function origin(run) {
    const repo = run.repository || "local";
    const id = run.runId ? `run ${run.runId}` : "no run id";
    const actor = run.actor ? ` by ${run.actor}` : "";
    return `${repo} ${id}${actor}`.replace(/[^\w ./@:#-]/g, "");
}
function planDeploy(settings, run) {
    return (0,plan/* supervisorParams */.Vi)({
        deployId: (0,plan/* makeDeployId */.FA)(run.now, run.runId || "local", run.nonce),
        appDir: settings.appDir,
        environment: settings.environment,
        framework: settings.framework,
        database: settings.database,
        runPrefix: settings.runPrefix,
        appEnv: settings.appEnv,
        updateCommand: settings.updateCommand,
        statusCommands: settings.statusCommands,
        migrateCommand: settings.migrateCommand,
        ...(settings.runner ? { runner: settings.runner } : {}),
        timeout: settings.timeout,
        lockTimeoutMs: settings.lockTimeoutMs,
        ...(settings.statementTimeoutMs !== undefined ? { statementTimeoutMs: settings.statementTimeoutMs } : {}),
        lockWait: settings.timeout + 300,
        decisionWait: settings.profile.pause + 300,
        origin: origin(run),
        ref: run.ref,
        sha: run.sha,
        // Custom status/migrate commands still come with the framework's database reader.
        ...(settings.database === "postgresql" && presets/* PRESETS */.fG[settings.framework].dbconfig
            ? { dbconfigCommand: presets/* PRESETS */.fG[settings.framework].dbconfig }
            : {}),
        ...(deploy_status/* NO_MIGRATIONS_TABLE */.Xz[settings.framework]
            ? { noMigrationsTableStatus: deploy_status/* NO_MIGRATIONS_TABLE */.Xz[settings.framework] }
            : {}),
        backup: settings.backup,
        onFailure: settings.onFailure,
        preMigrateCommand: settings.preMigrateCommand,
        postMigrateCommand: settings.postMigrateCommand,
        ...(settings.health.upUrl || settings.health.healthUrl ? { healthTimeout: settings.health.timeout } : {}),
    });
}

// EXTERNAL MODULE: ./src/core/deploy/summary.ts
var summary = __webpack_require__(4699);
;// CONCATENATED MODULE: ./src/commands/deploy/report.ts
// report: the run's outcome → the step's outputs, its summary and its result (the one place it fails).






function appliedIds(outcome, result) {
    const pending = outcome.before?.pending.map((p) => p.id) ?? [];
    if (result === "migrated")
        return pending;
    if (!outcome.after)
        return [];
    const stillPending = new Set(outcome.after.pending.map((p) => p.id));
    return pending.filter((id) => !stillPending.has(id));
}
/** The result of a run, from what the host said and what the runner learnt. Pure. */
function deployResult(outcome, failure) {
    const journal = outcome?.journal ?? (0,protocol/* emptyJournal */.xw)();
    let result = journal.result ?? "failed";
    if (!journal.ended && outcome)
        result = "failed";
    const message = failure instanceof Error
        ? failure.message
        : result === "blocked"
            ? outcome?.gate?.message
            : journal.message ||
                (!journal.ended && outcome
                    ? "Lost the connection to the host before the deploy finished; see the journal on the host."
                    : undefined);
    const rolledBack = result === "rolled-back";
    const applied = outcome && !rolledBack ? appliedIds(outcome, result) : [];
    return { journal, result, message, rolledBack, applied };
}
/** What the deploy records in GitHub's Deployments API (only after a `go`: otherwise nothing ran). */
async function recordDeploy(settings, outcome, failure) {
    if (!outcome?.migrations.length || outcome.gate?.action !== "go")
        return [];
    if (!settings.promotion.github.token) {
        // Nothing to record with: said in the log only; a deploy that requires this environment blocks, saying why.
        core.info(`Not recorded as a \`migrate\` deployment of ${settings.environment}: no \`token\` was given.`);
        return [];
    }
    const { result, applied } = deployResult(outcome, failure);
    const record = migrateRecord(settings.environment, settings.promotion.runUrl, outcome.migrations, applied);
    const state = result === "migrated" ? "success" : "failure";
    const why = await recordMigrate(settings.promotion.github, record, state, `Migration Guard: ${result}`);
    if (!why) {
        core.info(`Recorded the ${settings.environment} deploy (${applied.length} applied, ${state}) as a \`migrate\` deployment.`);
        return [];
    }
    const text = `This deploy was not recorded as a \`migrate\` deployment of ${settings.environment} (${why}): a deploy that requires these migrations applied in ${settings.environment} first will be blocked.`;
    core.warning(text, { title: "Deploy not recorded" });
    return [text];
}
/**
 * `outcome` is undefined when a phase failed (`failure`): the deploy is then reported as failed with that
 * error, whatever the host said.
 */
async function reportDeploy(settings, outcome, failure, recordNotes = []) {
    const { journal, result, message, rolledBack, applied } = deployResult(outcome, failure);
    const noBackupInProduction = settings.backup.mode === "never" && settings.profile.destructive === "block" && !settings.dryRun;
    if (noBackupInProduction && outcome?.before?.pending.length) {
        core.warning(`backup: never in ${settings.environment}: no backup was taken, so a failed migration cannot be restored by the action.`);
    }
    core.setOutput("result", result);
    core.setOutput("pending-count", String(outcome?.before?.pending.length ?? 0));
    core.setOutput("applied", JSON.stringify(applied));
    core.setOutput("backup-path", journal.backup?.path ?? "");
    core.setOutput("backup-paths", JSON.stringify(journal.backups.map((b) => b.path)));
    core.setOutput("rolled-back", String(rolledBack));
    if (process.env.GITHUB_STEP_SUMMARY) {
        const markdown = (0,summary/* renderDeploySummary */.A)({
            title: "Migration Guard deploy",
            result,
            environment: settings.environment,
            target: `${settings.user}@${settings.host}:${settings.port}`,
            appDir: settings.appDir,
            ...(journal.deployId ? { deployId: journal.deployId } : {}),
            ...(message ? { message } : {}),
            phases: journal.phases,
            migrations: outcome?.migrations ?? [],
            ahead: outcome?.before?.ahead ?? [],
            destructive: outcome?.gate?.destructive ?? [],
            applied,
            timeout: settings.timeout,
            ...(journal.backup ? { backup: journal.backup, backups: journal.backups } : {}),
            ...(journal.backupCheck ? { backupCheck: journal.backupCheck } : {}),
            ...(outcome?.health ? { health: outcome.health } : {}),
            ...(["failed", "timed-out", "rolled-back"].includes(result) && journal.deployId
                ? {
                    runbook: (0,backup/* renderRunbook */.F5)({
                        result,
                        target: { user: settings.user, host: settings.host, port: settings.port },
                        appDir: settings.appDir,
                        runPrefix: settings.runPrefix,
                        statusCommands: settings.statusCommands,
                        backups: journal.backups.map((b) => ({
                            path: b.path,
                            sha256: b.sha256,
                            connection: b.connection,
                            database: b.database,
                        })),
                        ...(settings.backup.restoreCommand ? { restoreCommand: settings.backup.restoreCommand } : {}),
                        ...(journal.journalPath ? { journal: journal.journalPath } : {}),
                        ...(0,backup/* runbookState */.IT)(journal),
                        rolledBack,
                    }),
                }
                : {}),
            notes: [
                ...(outcome?.notes ?? []),
                ...recordNotes,
                ...journal.notes,
                ...(noBackupInProduction
                    ? [
                        `No backup: \`backup: never\` was set for ${settings.environment}; a failed migration cannot be restored.`,
                    ]
                    : []),
                ...(journal.terminated
                    ? [`${journal.terminated} database session(s) of the migration were ended at the deadline.`]
                    : []),
                ...(settings.dryRun
                    ? ["Dry run: pending migrations were detected and gated, nothing was migrated."]
                    : []),
            ],
        });
        await core.summary.addRaw(markdown).write();
    }
    if (failure)
        throw failure;
    if (rolledBack)
        throw new Error(`Rolled back: ${message ?? "the database was restored from the backup."}`);
    if (result === "timed-out") {
        // The supervisor's message already says so, with what became of the database; do not say it twice.
        throw new Error(journal.message ||
            `The migration passed its ${settings.timeout}s deadline; the supervisor stopped its processes.`);
    }
    // Success by inclusion: only the known good results pass; anything else (blocked, failed, a result this
    // version does not know) fails the step.
    const passing = settings.dryRun ? ["up-to-date", "migrated", "dry-run"] : ["up-to-date", "migrated"];
    if (!passing.includes(result))
        throw new Error(message ?? `The deploy ended with result ${result}.`);
    core.info(`Deploy result: ${result}`);
}

;// CONCATENATED MODULE: ./src/commands/deploy.ts
// `command: deploy`: one SSH connection, the host-side supervisor does the work (lock, journal, deadline);
// this side reads the pending migrations it reports, classifies the files that will run, gates, and reports.
//
// The plan, in the order of DEPLOY_PHASES (core/deploy/phases.ts) and of the table in docs/deploy.md:
//   connect → plan → pending → classify → gate → backup → migrate → health → report
// Each phase is a function of plain data in commands/deploy/; the I/O is behind adapters/.

















/** What a framework's migration files are read with (the pending files' own extensions decide the rest). */
const FRAMEWORK_PARSERS = {
    rails: ["ruby", "postgres"],
    django: ["python", "postgres"],
    alembic: ["python", "postgres"],
    knex: ["javascript", "typescript", "postgres"],
};
/** Marks where each phase of DEPLOY_PHASES runs (a unit test reads these calls, in order, from this file). */
function phase(name, run) {
    core.debug(`deploy phase: ${name}`);
    return run();
}
/** Past the backup: the supervisor went on to the migration (or ended). */
const backedUp = (j) => j.awaitingHealth || j.phases.some((p) => p.phase === "pre-migrate" || p.phase === "migrate");
async function runDeploy(common) {
    const settings = (0,inputs_deploy/* readDeploySettings */.l)(common);
    const log = new fenced_log/* FencedLog */.K();
    let conn;
    let outcome;
    let failure;
    // The SSH connection starts first (its process is spawned before anything else is loaded).
    const connecting = phase("connect", () => connectLogged(settings));
    // Only keeps a failure from being an unhandled rejection while the parsers start loading: awaited below.
    connecting.catch(() => undefined);
    // The framework's parsers load while we connect (only its own: the five tree-sitter grammars and the
    // others cost CPU the host's app boot may share); classify loads any other a pending file needs.
    const early = (0,src_parsers/* loadParsers */.lB)(FRAMEWORK_PARSERS[settings.framework]);
    // Only keeps a load failure from being an unhandled rejection: the gate awaits it and fails on it.
    early.catch(() => undefined);
    const parsers = (paths) => early.then(() => (0,src_parsers/* loadParsers */.lB)((0,src_parsers/* parsersFor */.IK)(paths)));
    try {
        conn = await connecting;
        const params = phase("plan", () => planDeploy(settings, runContext(process.env, new Date(), (0,external_node_crypto_.randomBytes)(6).toString("hex"))));
        outcome = await supervise(conn, params, settings, common.config, log, parsers);
    }
    catch (error) {
        // Fails closed: kept to write the summary and outputs first, then thrown by the report (the step fails).
        failure = error;
    }
    finally {
        log.close();
    }
    // The connection closes while the report is written (the report needs no connection); both are awaited.
    const closed = conn?.dispose();
    try {
        await phase("report", async () => reportDeploy(settings, outcome, failure, await recordDeploy(settings, outcome, failure)));
    }
    finally {
        await closed;
    }
}
async function connectLogged(settings) {
    core.startGroup(`connect to ${settings.user}@${settings.host}:${settings.port}`);
    try {
        return await (0,supervisor/* connect */.Ng)(settings);
    }
    finally {
        core.endGroup();
    }
}
/** From the supervisor's start to its end: the runner decides at the gate and judges health. */
async function supervise(conn, params, settings, config, log, parsers) {
    const script = (0,supervisor/* supervisorScript */.iu)();
    const session = supervisor/* SupervisorSession */.NA.start(conn, script, params, logHooks(log));
    // While the host starts and boots the app: the classification's first run, on a sample (its result is
    // dropped). A failure here changes nothing: the real classification runs, and fails closed, on its own.
    void warmUpClassify(settings.framework, config, parsers).catch(() => undefined);
    // The gate reads the pending files through the supervisor's own session, while it waits at its gate.
    const files = { read: (patterns) => session.readFiles(patterns) };
    const outcome = { journal: session.journal, migrations: [], notes: [] };
    let stopped;
    // The host locks, updates and reads the status, then waits at its gate for the runner's decision.
    if (await session.until((j) => j.awaiting)) {
        try {
            const decided = await decide(session.journal, files, settings, config, log, parsers);
            Object.assign(outcome, decided.outcome);
            session.decide(decided.line);
        }
        catch (error) {
            // Fails closed: whatever goes wrong before the decision stops the deploy before migrating, and is
            // reported.
            session.decide(error instanceof StopDeploy ? error.line : "stop gate-error");
            stopped = error;
        }
    }
    // Both on the host after a `go`: the verified backup, then the migration under its deadline.
    await phase("backup", () => session.until(backedUp));
    if (await phase("migrate", () => session.until((j) => j.awaitingHealth))) {
        // From the host: asked in the supervisor's session (no session per probe).
        const probe = settings.health.from === "host"
            ? (url) => session.fetch(url)
            : (url) => httpGet(url, 10_000);
        const health = await phase("health", () => checkHealth(settings.health, probe, (text) => log.remote(text)));
        if (health.results)
            outcome.health = health.results;
        session.say(health.line);
    }
    // The journal's `end` is the supervisor's last word (what it still does, dropping its lock with its process,
    // is on the host, detached from this session): the report does not wait for the SSH session to close too.
    // A session that ends without it is awaited to its end, and its failure to follow is thrown from here.
    if (!(await session.until((j) => j.ended)))
        await session.finished;
    outcome.notes.push(...session.notes);
    if (stopped)
        throw stopped;
    const afterRound = (0,protocol/* statusRound */.Jg)(session.journal, "after");
    if (afterRound.length)
        outcome.after = (0,deploy_status/* parseStatus */.i$)(settings.framework, afterRound.map((s) => s.stdout));
    return outcome;
}
/** pending → classify → gate: what the supervisor is told at its gate, and what was learnt deciding it. */
async function decide(journal, files, settings, config, log, parsers) {
    const { before, notes } = await phase("pending", () => readPending(journal, settings.framework, files, log));
    if (!before.pending.length)
        return { line: "stop up-to-date", outcome: { before, notes, migrations: [] } };
    log.remote(`${before.pending.length} pending migration(s); classifying the files that will run:`);
    const migrations = await phase("classify", () => classifyPending(files, settings.framework, before, config, parsers));
    for (const m of migrations) {
        const findings = m.report?.findings.map((f) => `${f.rule}:${f.line}`).join(", ") || m.note || "no findings";
        log.remote(`${m.pending.id} ${m.path ?? ""} → ${findings}`);
    }
    const gated = await phase("gate", () => gatePending(migrations, before, settings, log));
    return {
        line: gated.line,
        outcome: { before, notes: [...notes, ...gated.notes], migrations, gate: gated.gate },
    };
}
/** Post step: remove the key file and close the SSH master connection. Must never throw. */
async function cleanupDeploy() {
    await (0,supervisor/* disposeSavedConnection */.N2)();
}


/***/ })

};
