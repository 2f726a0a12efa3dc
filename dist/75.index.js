export const id = 75;
export const ids = [75];
export const modules = {

/***/ 2401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   O: () => (/* binding */ GitHubApiError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

class GitHubApiError extends Error {
    method;
    path;
    status;
    constructor(method, path, status, apiMessage) {
        super(`GitHub API ${method} ${path} answered ${status || "no response"}${apiMessage ? `: ${apiMessage}` : ""}.` +
            (status === 401 ? " The token was refused: check the `token` input." : "") +
            (status === 403 || status === 404
                ? " The token may lack the permission (a fork's pull request gets a read-only token; the workflow needs " +
                    "`permissions: pull-requests: write`)."
                : ""));
        this.method = method;
        this.path = path;
        this.status = status;
        this.name = "GitHubApiError";
    }
}
const PER_PAGE = 100;
/** A rate limit that resets sooner than this is waited out (once); a later one fails the call. */
const LONGEST_RATE_WAIT_S = 60;
/** Writes are never retried: a comment POSTed twice would double. */
const NO_RETRY = { request: { retries: 0 } };
function createGitHubClient(options) {
    // The callers decide what no token means (a closed gate, approvals not looked up); here it is a bug.
    if (!options.token)
        throw new Error("createGitHubClient needs a token.");
    const baseUrl = options.apiUrl.replace(/\/+$/, "");
    const origin = new URL(baseUrl).origin;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const maxPages = options.maxPages ?? 100;
    const repo = { owner: options.owner, repo: options.repo };
    let serverDate;
    const noteDate = (headers) => {
        const date = Date.parse(typeof headers?.date === "string" ? headers.date : "");
        if (!Number.isNaN(date))
            serverDate = new Date(date).toISOString();
    };
    const waitOnce = (retryAfter, _options, _octokit, retryCount) => retryCount === 0 && retryAfter <= LONGEST_RATE_WAIT_S;
    // @actions/github parses the event payload when it is imported (its `context`): loaded at the first call,
    // after our own input check has read the payload, so a broken one is reported in a sentence, not a crash.
    let loaded;
    const kit = () => (loaded ??= load());
    const load = async () => {
        const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
            __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758)),
            Promise.all(/* import() */[__webpack_require__.e(632), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
            Promise.all(/* import() */[__webpack_require__.e(632), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        ]);
        const octokit = getOctokit(options.token, {
            baseUrl,
            userAgent: "migration-guard",
            // Two more tries for a 5xx or a dropped connection, after 1 s and 4 s.
            retry: { retries: 2 },
            // One id per client: GitHub's pacing of writes is per run, not shared by every client in a process.
            throttle: { id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(), onRateLimit: waitOnce, onSecondaryRateLimit: waitOnce },
        }, retry, throttling);
        octokit.hook.before("request", (request) => {
            // A pagination link elsewhere would carry the token to another host: refuse it.
            const url = new URL(octokit.request.endpoint.parse(request).url);
            if (url.origin !== origin)
                throw new GitHubApiError(request.method, url.pathname, 0, `link to another host ${url.origin}`);
            request.request = { ...request.request, signal: AbortSignal.timeout(timeoutMs) };
        });
        octokit.hook.after("request", (response) => noteDate(response.headers));
        octokit.hook.error("request", (error) => {
            noteDate(error.response?.headers);
            throw error;
        });
        return octokit;
    };
    /** One API call; whatever fails becomes a GitHubApiError that names the call. */
    const call = async (method, path, send) => {
        try {
            return await send(await kit());
        }
        catch (error) {
            throw apiError(method, path, error);
        }
    };
    const paginate = async (path, pages) => call("GET", path, async (o) => {
        const items = [];
        let page = 0;
        for await (const { data } of pages(o)) {
            items.push(...data);
            if (++page >= maxPages)
                break;
        }
        return items;
    });
    const comment = (c) => ({
        id: c.id,
        body: c.body ?? "",
        author: c.user?.login ?? "",
        authorType: c.user?.type ?? "",
        url: c.html_url,
    });
    const pullPath = (pull) => `/repos/${options.owner}/${options.repo}/pulls/${pull}`;
    const issuePath = (pull) => `/repos/${options.owner}/${options.repo}/issues/${pull}`;
    return {
        async getPull(pull) {
            const { data: p } = await call("GET", pullPath(pull), (o) => o.rest.pulls.get({ ...repo, pull_number: pull }));
            return {
                number: p.number,
                author: p.user?.login ?? "",
                head: p.head.sha,
                labels: p.labels.flatMap((l) => (typeof l.name === "string" ? [l.name] : [])),
                state: p.state,
            };
        },
        async listLabelEvents(pull) {
            const events = await paginate(`${issuePath(pull)}/events`, (o) => o.paginate.iterator(o.rest.issues.listEvents, {
                ...repo,
                issue_number: pull,
                per_page: PER_PAGE,
            }));
            return events.flatMap((e) => {
                if (e.event !== "labeled" && e.event !== "unlabeled")
                    return [];
                const label = "label" in e ? e.label?.name : undefined;
                if (typeof label !== "string" || typeof e.created_at !== "string")
                    return [];
                return [{ event: e.event, actor: e.actor?.login, label, at: e.created_at }];
            });
        },
        async listReviews(pull) {
            const reviews = await paginate(`${pullPath(pull)}/reviews`, (o) => o.paginate.iterator(o.rest.pulls.listReviews, {
                ...repo,
                pull_number: pull,
                per_page: PER_PAGE,
            }));
            return reviews.map((r) => ({
                user: r.user?.login,
                state: r.state,
                commitId: r.commit_id ?? undefined,
                at: r.submitted_at ?? "",
            }));
        },
        async listComments(pull) {
            const comments = await paginate(`${issuePath(pull)}/comments`, (o) => o.paginate.iterator(o.rest.issues.listComments, {
                ...repo,
                issue_number: pull,
                per_page: PER_PAGE,
            }));
            return comments.map(comment);
        },
        async createComment(pull, body) {
            const { data } = await call("POST", `${issuePath(pull)}/comments`, (o) => o.rest.issues.createComment({ ...repo, issue_number: pull, body, ...NO_RETRY }));
            return comment(data);
        },
        async updateComment(id, body) {
            const path = `/repos/${options.owner}/${options.repo}/issues/comments/${id}`;
            const { data } = await call("PATCH", path, (o) => o.rest.issues.updateComment({ ...repo, comment_id: id, body, ...NO_RETRY }));
            return comment(data);
        },
        async deleteComment(id) {
            const path = `/repos/${options.owner}/${options.repo}/issues/comments/${id}`;
            await call("DELETE", path, (o) => o.rest.issues.deleteComment({ ...repo, comment_id: id, ...NO_RETRY }));
        },
        async permission(user) {
            const path = `/repos/${options.owner}/${options.repo}/collaborators/${user}/permission`;
            try {
                const { data: d } = await call("GET", path, (o) => o.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: user }));
                // role_name knows maintain and triage; `permission` folds them into write and read.
                return isPermission(d.role_name) ? d.role_name : isPermission(d.permission) ? d.permission : "none";
            }
            catch (error) {
                // 404: not a collaborator (or no such user). Anything else is thrown (fails closed upstream).
                if (error instanceof GitHubApiError && error.status === 404)
                    return "none";
                throw error;
            }
        },
        async isTeamMember(org, slug, user) {
            try {
                const { data } = await call("GET", `/orgs/${org}/teams/${slug}/memberships/${user}`, (o) => o.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: user }));
                return data.state === "active";
            }
            catch (error) {
                // 404: not a member. Anything else is thrown (fails closed upstream).
                if (error instanceof GitHubApiError && error.status === 404)
                    return false;
                throw error;
            }
        },
        async lastCommitTouching(path, ref) {
            const { data } = await call("GET", `/repos/${options.owner}/${options.repo}/commits`, (o) => o.rest.repos.listCommits({ ...repo, path, sha: ref, per_page: 1 }));
            return data[0]?.sha;
        },
        async pullsForCommit(sha) {
            const pulls = await paginate(`/repos/${options.owner}/${options.repo}/commits/${sha}/pulls`, (o) => o.paginate.iterator(o.rest.repos.listPullRequestsAssociatedWithCommit, {
                ...repo,
                commit_sha: sha,
                per_page: PER_PAGE,
            }));
            return pulls.map((p) => ({ number: p.number, mergedAt: p.merged_at ?? undefined, url: p.html_url }));
        },
        async blobAt(path, sha) {
            try {
                const { data } = await call("GET", `/repos/${options.owner}/${options.repo}/contents/${path}`, (o) => o.rest.repos.getContent({ ...repo, path, ref: sha }));
                return !Array.isArray(data) && data.type === "file" ? data.sha : undefined;
            }
            catch (error) {
                // 404: the file is not in that commit (an approval of another version). Anything else is thrown.
                if (error instanceof GitHubApiError && error.status === 404)
                    return undefined;
                throw error;
            }
        },
        serverTime() {
            return serverDate;
        },
        async createDeployment(d) {
            const { data } = await call("POST", `/repos/${options.owner}/${options.repo}/deployments`, (o) => o.rest.repos.createDeployment({
                ...repo,
                ref: d.ref,
                environment: d.environment,
                task: d.task,
                description: d.description,
                // The record is of what ran, not a request to deploy: no merge of the base, no status checks.
                auto_merge: false,
                required_contexts: [],
                payload: d.payload,
                ...NO_RETRY,
            }));
            if (!("id" in data) || typeof data.id !== "number")
                throw new GitHubApiError("POST", `/repos/${options.owner}/${options.repo}/deployments`, 202, "no id");
            return data.id;
        },
        async createDeploymentStatus(id, st) {
            const path = `/repos/${options.owner}/${options.repo}/deployments/${id}/statuses`;
            await call("POST", path, (o) => o.rest.repos.createDeploymentStatus({
                ...repo,
                deployment_id: id,
                state: st.state,
                description: st.description.slice(0, 140),
                ...(st.logUrl ? { log_url: st.logUrl } : {}),
                ...NO_RETRY,
            }));
        },
        async listDeployments(environment, task) {
            const deployments = await paginate(`/repos/${options.owner}/${options.repo}/deployments`, (o) => o.paginate.iterator(o.rest.repos.listDeployments, { ...repo, environment, task, per_page: PER_PAGE }));
            return deployments.map((d) => ({
                id: d.id,
                environment: d.environment ?? "",
                task: d.task,
                payload: d.payload,
                url: d.url,
            }));
        },
        async deploymentState(id) {
            const path = `/repos/${options.owner}/${options.repo}/deployments/${id}/statuses`;
            // Newest first: the first status is the latest.
            const { data } = await call("GET", path, (o) => o.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id, per_page: 1 }));
            return data[0]?.state ?? "";
        },
        async whoami() {
            try {
                return (await (await kit()).rest.users.getAuthenticated()).data.login;
            }
            catch {
                // Fails closed: not knowing the token's user, only bot comments count as the check's own.
                return undefined;
            }
        },
    };
}
/** Octokit's error (or ours, from the hooks) as a GitHubApiError naming the call; the token is never in it. */
function apiError(method, path, error) {
    if (error instanceof GitHubApiError)
        return error;
    const e = error;
    if (e.response) {
        const data = e.response.data;
        const message = isObject(data) && typeof data.message === "string" ? data.message : "";
        return new GitHubApiError(method, path, typeof e.status === "number" ? e.status : 0, message);
    }
    // No response: the connection failed or timed out (Octokit reports that as a 500 without a response).
    return new GitHubApiError(method, path, 0, typeof e.message === "string" ? e.message : String(error));
}
function isPermission(v) {
    return typeof v === "string" && ["admin", "maintain", "write", "triage", "read", "none"].includes(v);
}
function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 9517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ findStickyComment)
/* harmony export */ });
/* harmony import */ var _core_report_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7091);

/**
 * The check's own comment: the oldest one with the marker written by a bot (GITHUB_TOKEN, an app) or by the
 * token's user (a PAT). Anyone can paste the marker and a forged record into a comment; those are ignored.
 */
async function findStickyComment(gh, pull) {
    const marked = (await gh.listComments(pull)).filter((c) => (0,_core_report_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .isReportComment */ .uq)(c.body));
    const byBot = marked.filter((c) => c.authorType === "Bot");
    let me;
    if (marked.length > byBot.length)
        me = (await gh.whoami())?.toLowerCase();
    const ours = marked.filter((c) => c.authorType === "Bot" || (me !== undefined && c.author.toLowerCase() === me));
    return { comment: ours[0], duplicates: ours.slice(1), ignored: marked.filter((c) => !ours.includes(c)) };
}


/***/ }),

/***/ 163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xy: () => (/* binding */ analyzeFile),
  D4: () => (/* binding */ decode),
  g_: () => (/* binding */ frameworkFor)
});

// UNUSED EXPORTS: MAX_FILE_BYTES, readForward, readMigration, runRules

// EXTERNAL MODULE: ./src/core/docs.ts
var docs = __webpack_require__(2560);
// EXTERNAL MODULE: ./src/core/extend.ts
var core_extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/excerpt.ts

const MAX_LINES = 3;
const MAX_WIDTH = 160;
function excerpt(lines, line, endLine) {
    const last = Math.min(Math.max(endLine, line), lines.length, line + MAX_LINES - 1);
    const picked = lines.slice(line - 1, last).map((l) => l.replace(/\s+$/, ""));
    if (!picked.some((l) => l.trim()))
        return undefined;
    const indent = Math.min(...picked.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length));
    const out = picked.map((l) => {
        const text = l.slice(Math.min(indent, /^[ \t]*/.exec(l)[0].length));
        return text.length > MAX_WIDTH ? `${text.slice(0, MAX_WIDTH - 1)}…` : text;
    });
    if (endLine > last)
        out.push("…");
    return out.join("\n");
}
/** The findings, each with the excerpt of its span of `source`. */
function withExcerpts(findings, source) {
    if (!findings.length || !source)
        return findings;
    const lines = source.split(/\r?\n/);
    return findings.map((f) => {
        const text = excerpt(lines, f.line, f.endLine);
        return text === undefined ? f : (0,core_extend/* extend */.X)(f, { excerpt: text });
    });
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/core/frameworks/index.ts + 22 modules
var frameworks = __webpack_require__(6454);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 37 modules
var rules = __webpack_require__(9344);
// EXTERNAL MODULE: ./src/core/schema/index.ts + 5 modules
var core_schema = __webpack_require__(4014);
;// CONCATENATED MODULE: ./src/core/suppress.ts

const DIRECTIVE = /migration-guard:allow\b\s*([A-Za-z0-9_,\s-]*?)\s*(?:--\s*(.*?))?\s*$/;
const UNUSED_ALLOW = "unused-allow";
function parseDirectives(comments) {
    const out = [];
    for (const comment of comments) {
        for (const line of comment.text.split("\n")) {
            const m = DIRECTIVE.exec(line);
            if (!m)
                continue;
            const ruleIds = (m[1] ?? "").split(/[\s,]+/).filter(Boolean);
            out.push({ comment, ruleIds, reason: (m[2] ?? "").trim(), used: false });
        }
    }
    return out;
}
function covers(d, f) {
    // Same line(s) as the comment, or the statement that starts on the line after it.
    return f.line <= d.comment.endLine + 1 && f.endLine >= d.comment.line;
}
function meta(d, message, config) {
    const severity = config.rules[UNUSED_ALLOW] ?? "warning";
    if (severity === "off")
        return undefined;
    return {
        rule: UNUSED_ALLOW,
        category: "needs-review",
        severity,
        line: d.comment.line,
        endLine: d.comment.endLine,
        message,
        safeAlternative: "Remove the comment, or name the rule it is meant for and give a reason after `--`.",
        docsUrl: (0,docs/* docsUrl */.f)(UNUSED_ALLOW),
    };
}
function applyAllowComments(findings, comments, config) {
    const directives = parseDirectives(comments);
    if (directives.length === 0)
        return findings;
    for (const f of findings) {
        const d = directives.find((x) => x.reason && x.ruleIds.includes(f.rule) && covers(x, f));
        if (d) {
            d.used = true;
            f.acknowledged = { reason: d.reason, line: d.comment.line };
        }
    }
    const extra = [];
    for (const d of directives) {
        let problem;
        if (d.ruleIds.length === 0)
            problem = "names no rule; write `migration-guard:allow <rule-id> -- <reason>`";
        else if (!d.reason)
            problem = `for ${d.ruleIds.join(", ")} gives no reason after \`--\`, so it acknowledges nothing`;
        else if (!d.used)
            problem = `for ${d.ruleIds.join(", ")} matches no finding on this line or the next; it suppresses nothing`;
        if (problem) {
            const f = meta(d, `The allow comment ${problem}.`, config);
            if (f)
                extra.push(f);
        }
    }
    return findings.concat(extra);
}

// EXTERNAL MODULE: ./src/core/order.ts
var order = __webpack_require__(2831);
;// CONCATENATED MODULE: ./src/core/analyze.ts









/** Larger files are not parsed: a migration this size is generated data, and a human must look. */
const MAX_FILE_BYTES = 1024 * 1024;
function decode(content) {
    if (typeof content === "string") {
        return content.length > MAX_FILE_BYTES
            ? { problem: `is larger than ${MAX_FILE_BYTES} bytes` }
            : { text: content };
    }
    if (content.byteLength > MAX_FILE_BYTES)
        return { problem: `is ${content.byteLength} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
    if (content.includes(0))
        return { problem: "is binary (contains NUL bytes)" };
    try {
        return { text: new TextDecoder("utf-8", { fatal: true }).decode(content) };
    }
    catch {
        return { problem: "is not valid UTF-8" };
    }
}
/** Which framework reads this path: config globs first, then detection. */
function frameworkFor(path, source, config) {
    if ((0,glob/* matchesAny */._I)(path, config.exclude))
        return undefined;
    for (const [id, globs] of Object.entries(config.paths)) {
        if ((0,glob/* matchesAny */._I)(path, globs))
            return (0,frameworks/* frameworkById */.pl)(id);
    }
    return (0,frameworks/* detectFramework */.yl)(path, source);
}
function finding(rule, severity, hit) {
    return {
        rule: rule.id,
        category: rule.category,
        severity,
        line: hit.line,
        endLine: Math.max(hit.endLine, hit.line),
        message: hit.message,
        safeAlternative: hit.safeAlternative ?? rule.safeAlternative,
        docsUrl: (0,docs/* docsUrl */.f)(rule.id),
        ...(hit.table !== undefined ? { table: hit.table } : {}),
        ...(hit.column !== undefined ? { column: hit.column } : {}),
    };
}
function runRules(ctx, config, comments) {
    const findings = [];
    for (const rule of rules/* rules */.a) {
        const setting = config.rules[rule.id] ?? rule.severity;
        if (setting === "off")
            continue;
        for (const hit of rule.check(ctx))
            findings.push(finding(rule, setting, hit));
    }
    const result = applyAllowComments(findings, comments, config);
    return result.sort(order/* byLineThenRule */.F);
}
/**
 * The framework's reading of a decoded file. Never throws: a reader that fails is a problem on the file, for a
 * human to read (an adapter bug must not turn into "safe").
 */
function readForward(framework, file, parsers, config) {
    try {
        return framework.parse({ path: file.path, source: file.source, database: config.database, siblings: file.siblings }, parsers);
    }
    catch (error) {
        // Fails closed, as said above: a problem on the file (needs review), never an empty "safe" reading.
        return {
            framework: framework.id,
            operations: [],
            comments: [],
            problems: [
                {
                    line: 1,
                    endLine: 1,
                    message: `the ${framework.name} reader failed on this file (${error.message}); it was not analysed`,
                },
            ],
        };
    }
}
/**
 * What `analyzeFile` would read from these bytes, made apart from the analysis (on another thread): undefined
 * when there is nothing to read (not a migration, not decodable; the analysis then says why).
 */
function readMigration(file, parsers, config) {
    const decoded = decode(file.content);
    if (!("text" in decoded))
        return undefined;
    const framework = frameworkFor(file.path, decoded.text, config);
    if (!framework)
        return undefined;
    const source = decoded.text;
    return { source, parsed: readForward(framework, extend(file, { source }), parsers, config) };
}
/**
 * Analyses one file. Returns undefined when the path is not a migration of any known framework
 * (and was not named by config). Never throws for bad content: that becomes a needs-review finding.
 */
function analyzeFile(file, parsers, config, options = {}) {
    const status = file.status ?? "unchanged";
    const decoded = file.unreadable
        ? { problem: file.unreadable }
        : file.content === undefined
            ? { text: "" }
            : decode(file.content);
    const text = "text" in decoded ? decoded.text : "";
    const framework = frameworkFor(file.path, text, config);
    if (!framework)
        return undefined;
    let parsed = { framework: framework.id, operations: [], comments: [], problems: [] };
    if ("problem" in decoded) {
        parsed.problems = [
            { line: 1, endLine: 1, message: `${file.path} ${decoded.problem}; it was not analysed` },
        ];
    }
    else if (status !== "deleted") {
        const ready = file.reading;
        parsed =
            ready && ready.source === text && ready.parsed.framework === framework.id
                ? ready.parsed
                : readForward(framework, { path: file.path, source: text, siblings: file.siblings }, parsers, config);
    }
    const history = status === "deleted" ? undefined : file.history?.(framework.id);
    history?.remember(file.path, parsed);
    const schema = history?.before(file.path);
    const ctx = {
        path: file.path,
        framework: framework.id,
        database: config.database,
        operations: schema
            ? (0,core_schema/* refineWithSchema */.gS)(parsed.operations, schema, (0,core_schema/* vocabularyOf */.YB)(framework.id))
            : parsed.operations,
        ...(schema ? { schema } : {}),
        problems: parsed.problems,
        status,
        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
    };
    const findings = runRules(ctx, config, parsed.comments);
    return {
        path: file.path,
        framework: framework.id,
        status,
        findings: options.excerpts === false ? findings : withExcerpts(findings, text),
        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
    };
}


/***/ }),

/***/ 4140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ gatedDigest),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   RC: () => (/* binding */ verifyRecord),
/* harmony export */   gC: () => (/* binding */ decideApproval),
/* harmony export */   jT: () => (/* binding */ howToApprove),
/* harmony export */   lm: () => (/* binding */ signRecord),
/* harmony export */   t6: () => (/* binding */ latestDecisiveReviews)
/* harmony export */ });
/* unused harmony exports MAX_HEADS, MAX_RECORDED_FILES, MAX_RECORDED_FILES_CHARS, signedPayload, describeChanges */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2831);
// Who approved the gated migrations, and whether that approval still covers what the PR contains now.
// Pure: the GitHub adapter fetches label events, reviews and permission decisions; this decides.
//
// An approval is bound to content: the digest of the gated migrations (sha256 over sorted `path\0blob`
// lines). A review is bound by GitHub to the commit it was submitted on; a label is not bound to anything,
// so the check binds it itself, using the record it keeps in the sticky comment:
//   - `heads`: the digest the check saw at each head it ran on, and when it first saw it;
//   - `approval`: the approval it accepted last, with the digest (and files) it covered.
// A label counts when the record says it was accepted for the current digest, or when it was added after
// the check first saw the current digest. Anything else is stale: the approver may not have seen this content.


/** How many heads the record keeps; older ones are forgotten (which only makes labels stricter). */
const MAX_HEADS = 30;
/** Above this many gated files (or characters of them) the record keeps only the digest, not the file list. */
const MAX_RECORDED_FILES = 100;
const MAX_RECORDED_FILES_CHARS = 16_000;
function gatedDigest(files) {
    const lines = files.map((f) => `${f.path}\0${f.blob}`).sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(lines.join("\n")).digest("hex");
}
const shortSha = (sha) => sha.slice(0, 12);
/**
 * What the signature covers: the repository and pull request (a record copied to another PR does not verify),
 * the gate's verdict and the approval with the blobs it covered. Not the heads: they only bind labels later.
 */
function signedPayload(repository, pull, record) {
    const a = record.approval;
    const files = a?.files
        ? Object.keys(a.files)
            .sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)
            .map((p) => [p, a.files[p]])
        : null;
    return JSON.stringify([
        "migration-guard approval record v1",
        repository.toLowerCase(),
        pull,
        record.approved === true,
        a ? [a.digest, a.head, a.by, a.via, a.at, files] : null,
    ]);
}
function signRecord(key, repository, pull, record) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)("sha256", key)
        .update(signedPayload(repository, pull, record))
        .digest("hex");
}
/** Whether `record.sig` is the key's signature for this repository and pull request (constant time). */
function verifyRecord(key, repository, pull, record) {
    if (!key || !record.sig || !/^[0-9a-f]{64}$/.test(record.sig))
        return false;
    const expected = Buffer.from(signRecord(key, repository, pull, record), "hex");
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(expected, Buffer.from(record.sig, "hex"));
}
function decideApproval(input) {
    const heads = rememberHead(input.previous?.heads ?? [], input.head, input.digest, input.now);
    const since = digestSince(heads, input.digest);
    const previous = input.previous?.approval;
    const author = input.author.toLowerCase();
    const approvals = [];
    const stale = [];
    const rejected = [];
    const mayApprove = (login, what) => {
        if (!login) {
            rejected.push(`${what} by a deleted account does not count.`);
            return false;
        }
        if (login.toLowerCase() === author) {
            rejected.push(`${what} by @${login} does not count: the author of a pull request cannot approve it.`);
            return false;
        }
        if (input.allowed.get(login.toLowerCase()) !== true) {
            rejected.push(`${what} by @${login} does not count: @${login} is not an allowed approver.`);
            return false;
        }
        return true;
    };
    const added = labelInForce(input.events, input.label, input.labelPresent);
    if (added && mayApprove(added.actor, `The label \`${input.label}\``)) {
        const sameEvent = previous?.via === "label" &&
            previous.by.toLowerCase() === added.actor.toLowerCase() &&
            previous.at === added.at;
        if (sameEvent) {
            if (previous.digest === input.digest)
                approvals.push({ by: added.actor, via: "label", at: added.at, head: previous.head });
            else
                stale.push(staleRecorded(previous, input, `the label \`${input.label}\``));
        }
        else if (since !== undefined && notBefore(added.at, since)) {
            approvals.push({ by: added.actor, via: "label", at: added.at, head: input.head });
        }
        else {
            stale.push(`@${added.actor} added the label \`${input.label}\` at ${added.at}, before the check first saw the current ` +
                `gated migrations (digest ${shortSha(input.digest)}, at ${since ?? input.now})` +
                (input.canRecord || input.previous
                    ? ""
                    : " — without the sticky comment the check cannot record what a label approved") +
                ".");
        }
    }
    for (const review of latestDecisiveReviews(input.reviews)) {
        if (review.state !== "APPROVED" || !mayApprove(review.user, "The approving review"))
            continue;
        const at = review.commitId;
        const known = at === input.head
            ? input.digest
            : (heads.find((h) => h.sha === at)?.digest ??
                (previous?.via === "review" && previous.head === at ? previous.digest : undefined));
        if (at && known === input.digest) {
            approvals.push({ by: review.user, via: "review", at: review.at, head: at });
        }
        else if (at &&
            previous?.head === at &&
            previous.digest === known &&
            previous.by.toLowerCase() === review.user.toLowerCase()) {
            stale.push(staleRecorded(previous, input, "an approving review"));
        }
        else if (at && known !== undefined) {
            stale.push(`@${review.user} approved commit ${shortSha(at)}, and the gated migrations changed after it ` +
                `(digest ${shortSha(known)} then, ${shortSha(input.digest)} now).`);
        }
        else {
            stale.push(`@${review.user} approved commit ${shortSha(at ?? "unknown")}, an older head whose migrations the check ` +
                `never saw; it cannot tell whether they match the current ones.`);
        }
    }
    const approvedBy = dedupe(approvals.map((a) => a.by));
    const gated = input.files.length > 0;
    const approved = !gated || approvedBy.length > 0;
    // A label needs the record to stay bound; a review is bound by its commit. Prefer recording the label.
    const primary = approvals.find((a) => a.via === "label") ?? approvals[0];
    let approval = previous;
    if (gated && primary) {
        const keep = previous &&
            previous.digest === input.digest &&
            previous.via === primary.via &&
            previous.by === primary.by &&
            previous.at === primary.at;
        if (!keep) {
            approval = {
                digest: input.digest,
                // The commit the approver acted on (a review's commit_id; the current head for a label).
                head: primary.head,
                by: primary.by,
                via: primary.via,
                at: primary.at,
                ...recordableFiles(input.files),
            };
        }
    }
    const record = {
        v: 1,
        approved: gated && approved,
        ...(approval ? { approval } : {}),
        heads,
    };
    const result = { approved, approvedBy: gated ? approvedBy : [], rejected, record };
    if (!approved && stale.length > 0) {
        result.stale =
            stale.join(" ") +
                ` Re-approve the current content: remove and re-add the label \`${input.label}\`, or submit a new approving ` +
                `review on ${shortSha(input.head)}.`;
    }
    return result;
}
/** The sentence the failure message ends with: who may approve and how. */
function howToApprove(label, approvers, author, head, labels = true) {
    const who = approvers.length > 0
        ? `one of ${approvers.map((a) => (a.includes("/") ? `team ${a}` : `@${a.replace(/^@/, "")}`)).join(", ")}`
        : "someone with write access to the repository";
    const review = `an approving review on the current head ${shortSha(head)}`;
    return labels
        ? `To approve, ${who} (not the author @${author}) adds the label \`${label}\` to the pull request, or submits ${review}.`
        : `To approve, ${who} (not the author @${author}) submits ${review} (with \`comment: never\` a label cannot be ` +
            `bound to the content it approved, so labels do not count).`;
}
/** What changed between the files an approval covered and the current ones: `modified a; added b; removed c`. */
function describeChanges(before, after, max = 10) {
    const now = new Map(after.map((f) => [f.path, f.blob]));
    const parts = [];
    for (const [path, blob] of [...now].sort(([a], [b]) => (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U)(a, b))) {
        if (!(path in before))
            parts.push(`added ${path}`);
        else if (before[path] !== blob)
            parts.push(`modified ${path}`);
    }
    for (const path of Object.keys(before).sort(_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .U))
        if (!now.has(path))
            parts.push(`no longer gated ${path}`);
    if (parts.length > max)
        return `${parts.slice(0, max).join("; ")}; and ${parts.length - max} more`;
    return parts.join("; ");
}
function recordableFiles(files) {
    if (files.length > MAX_RECORDED_FILES)
        return {};
    const map = Object.fromEntries(files.map((f) => [f.path, f.blob]));
    return JSON.stringify(map).length <= MAX_RECORDED_FILES_CHARS ? { files: map } : {};
}
function staleRecorded(previous, input, what) {
    const changes = previous.files ? describeChanges(previous.files, input.files) : "";
    return (`The approval by @${previous.by} (${what}, ${previous.at}) covered the gated migrations at ` +
        `${shortSha(previous.head)} (digest ${shortSha(previous.digest)}); they changed since ` +
        `(digest ${shortSha(input.digest)} now)` +
        (changes ? `: ${changes}.` : "."));
}
/** The `labeled` event that put the label on, if it is on now and nothing removed it after. */
function labelInForce(events, label, present) {
    if (present === false)
        return undefined;
    let current;
    const name = label.toLowerCase();
    for (const e of sortByTime(events)) {
        if (e.label.toLowerCase() !== name)
            continue;
        current = e.event === "labeled" ? e : undefined;
    }
    return current;
}
/** Per reviewer, the last review that decides (approve, request changes, dismissed); comments do not. */
function latestDecisiveReviews(reviews) {
    const latest = new Map();
    const ghosts = [];
    for (const r of sortByTime(reviews)) {
        if (!["APPROVED", "CHANGES_REQUESTED", "DISMISSED"].includes(r.state))
            continue;
        if (r.user)
            latest.set(r.user.toLowerCase(), r);
        else
            ghosts.push(r);
    }
    return [...latest.values(), ...ghosts.filter((r) => r.state === "APPROVED")];
}
/** The heads with this run's head last: a head seen again moves to the end, first seen now. */
function rememberHead(heads, sha, digest, now) {
    const last = heads[heads.length - 1];
    if (last && last.sha === sha && last.digest === digest)
        return heads.slice(-MAX_HEADS);
    return [...heads.filter((h) => h.sha !== sha), { sha, digest, at: now }].slice(-MAX_HEADS);
}
/** When the check first saw the current digest without a change in between (the trailing run of heads). */
function digestSince(heads, digest) {
    let since;
    for (let i = heads.length - 1; i >= 0 && heads[i].digest === digest; i--)
        since = heads[i].at;
    return since;
}
function sortByTime(items) {
    // Stable: GitHub lists in order, and equal timestamps keep that order.
    return [...items].sort((a, b) => time(a.at) - time(b.at) || 0);
}
/** Milliseconds; an unreadable time is the earliest possible (so a label with one never postdates anything). */
function time(iso) {
    const t = Date.parse(iso ?? "");
    return Number.isNaN(t) ? Number.MIN_SAFE_INTEGER : t;
}
/** a is at or after b; false when either time cannot be read. */
function notBefore(a, b) {
    const ta = Date.parse(a);
    const tb = Date.parse(b);
    return !Number.isNaN(ta) && !Number.isNaN(tb) && ta >= tb;
}
function dedupe(logins) {
    const seen = new Set();
    return logins.filter((l) => !seen.has(l.toLowerCase()) && seen.add(l.toLowerCase()));
}


/***/ }),

/***/ 6074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tr: () => (/* reexport */ classifyTypeChange),
  zq: () => (/* reexport */ abstract_classifyTypeChange),
  MF: () => (/* reexport */ describeType),
  RB: () => (/* reexport */ enumKey),
  sL: () => (/* reexport */ isJudged),
  fF: () => (/* reexport */ columnType),
  g6: () => (/* reexport */ typeFromText),
  wr: () => (/* reexport */ withEnum)
});

;// CONCATENATED MODULE: ./src/core/column-types/sql.ts
// What a column type change does to the stored values, judged from the type names alone.
const ALIASES = {
    int: "int4",
    integer: "int4",
    int4: "int4",
    serial: "int4",
    serial4: "int4",
    smallint: "int2",
    int2: "int2",
    smallserial: "int2",
    serial2: "int2",
    bigint: "int8",
    int8: "int8",
    bigserial: "int8",
    serial8: "int8",
    tinyint: "int1",
    mediumint: "int3",
    "character varying": "varchar",
    varchar: "varchar",
    nvarchar: "varchar",
    varchar2: "varchar",
    character: "bpchar",
    char: "bpchar",
    nchar: "bpchar",
    bpchar: "bpchar",
    text: "text",
    tinytext: "tinytext",
    mediumtext: "mediumtext",
    longtext: "longtext",
    clob: "text",
    citext: "text",
    string: "text",
    numeric: "numeric",
    decimal: "numeric",
    dec: "numeric",
    real: "float4",
    float4: "float4",
    float: "float8",
    float8: "float8",
    double: "float8",
    "double precision": "float8",
    bool: "bool",
    boolean: "bool",
    bit: "bit",
    timestamp: "timestamp",
    datetime: "timestamp",
    "timestamp without time zone": "timestamp",
    timestamptz: "timestamptz",
    "timestamp with time zone": "timestamptz",
    date: "date",
    time: "time",
    timetz: "timetz",
};
/**
 * Base names the model knows what values they hold, beside ALIASES' own: a base outside both is a type the model
 * cannot judge (an enum, domain or composite type whose definition it has not seen), judged as an unknown old type.
 */
const OTHER_KNOWN_BASES = [
    "uuid",
    "json",
    "jsonb",
    "bytea",
    "blob",
    "longblob",
    "binary",
    "varbinary",
    "inet",
    "cidr",
    "macaddr",
    "money",
    "interval",
    "xml",
    "varbit",
    "tsvector",
    "hstore",
    "point",
    "oid",
];
const KNOWN_BASES = new Set([...Object.values(ALIASES), ...OTHER_KNOWN_BASES]);
/** False for a type the model cannot judge: a name it does not know (an enum, domain or composite never seen). */
function isJudged(t) {
    return t.enum !== undefined || KNOWN_BASES.has(t.base);
}
/** The key an enum type is known by: without quotes, case, or PostgreSQL's default schema. */
function enumKey(name) {
    const bare = name.replace(/["`]/g, "").toLowerCase();
    return bare.startsWith("public.") ? bare.slice("public.".length) : bare;
}
/**
 * `t` with its base read as the enum type of that name, when `enumNamed` knows one (`order_status` in a column
 * definition is the enum `CREATE TYPE order_status AS ENUM (...)` made); `t` itself otherwise.
 */
function withEnum(t, enumNamed) {
    if (!t || t.enum || KNOWN_BASES.has(t.base))
        return t;
    const known = enumNamed(t.base);
    return known ? { base: "enum", mods: [], array: t.array, enum: known } : t;
}
const INT_RANK = { int1: 1, int2: 2, int3: 3, int4: 4, int8: 5 };
const TEXT_RANK = { tinytext: 1, text: 2, mediumtext: 3, longtext: 4 };
const BOUNDED_STRINGS = new Set(["varchar", "bpchar"]);
const FRACTIONAL = new Set(["numeric", "float4", "float8"]);
const TEMPORAL = new Set(["timestamp", "timestamptz", "date", "time", "timetz"]);
function columnType(name, mods = [], array = false) {
    const key = name.toLowerCase().replace(/\s+/g, " ").trim();
    return { base: ALIASES[key] ?? key, mods: [...mods], array };
}
function isUnboundedText(t) {
    return t.base in TEXT_RANK || (t.base === "varchar" && t.mods.length === 0);
}
/**
 * Compares the old and new type of a column. `widening` is only claimed when the old type is known and the
 * database keeps the stored bytes as they are (PostgreSQL: no table rewrite). int → bigint keeps every value
 * but still rewrites the table, so it is neither widening nor lossy. Without the old type, only targets that
 * are narrow whatever the source (varchar(n), smallint, boolean, date...) are called lossy.
 */
function classifyTypeChange(from, to) {
    if (to.array || from?.array)
        return from && sameType(from, to) ? { widening: true } : {};
    // An old type the model cannot judge (an enum whose labels were never seen) tells no more than none (fails
    // closed: a target narrow whatever the source is still lossy).
    if (!from || !isJudged(from))
        return lossyWhateverTheSource(to) ? { lossy: true } : {};
    if (sameType(from, to))
        return { widening: true };
    if (from.enum || to.enum)
        return enumChange(from, to);
    // Strings.
    if (BOUNDED_STRINGS.has(from.base) || from.base === "text" || from.base in TEXT_RANK) {
        if (to.base === "varchar" && to.mods.length === 0)
            return from.base === "bpchar" ? {} : { widening: true };
        if (to.base in TEXT_RANK) {
            if (from.base in TEXT_RANK) {
                const cmp = TEXT_RANK[to.base] - TEXT_RANK[from.base];
                return cmp >= 0 ? { widening: true } : { lossy: true };
            }
            return from.base === "varchar" ? { widening: true } : {};
        }
        if (BOUNDED_STRINGS.has(to.base)) {
            const n = to.mods[0];
            if (n === undefined)
                return {};
            if (isUnboundedText(from))
                return { lossy: true };
            const m = from.mods[0];
            if (m === undefined || n < m)
                return { lossy: true };
            return from.base === to.base && from.base === "varchar" ? { widening: true } : {};
        }
        if (to.base === "bool")
            return { lossy: true };
        // Text that must parse as a number or a date: any stored value that does not fails the migration.
        if (to.base in INT_RANK || FRACTIONAL.has(to.base) || TEMPORAL.has(to.base))
            return { lossy: true };
        return {};
    }
    // Numbers.
    if (from.base in INT_RANK) {
        if (to.base in INT_RANK)
            return INT_RANK[to.base] < INT_RANK[from.base] ? { lossy: true } : {};
        if (to.base === "bool")
            return { lossy: true };
        if (to.base === "numeric" && to.mods.length > 0)
            return { lossy: true };
        if (to.base === "float4" && INT_RANK[from.base] >= 4)
            return { lossy: true };
        return {};
    }
    if (FRACTIONAL.has(from.base)) {
        if (to.base in INT_RANK || to.base === "bool")
            return { lossy: true };
        if (from.base === "numeric" && to.base === "numeric") {
            if (to.mods.length === 0)
                return { widening: true };
            if (from.mods.length === 0)
                return { lossy: true };
            const [p1 = 0, s1 = 0] = from.mods;
            const [p2 = 0, s2 = 0] = to.mods;
            if (p2 < p1 || s2 < s1)
                return { lossy: true };
            // PostgreSQL keeps the bytes when only the precision grows.
            return s2 === s1 ? { widening: true } : {};
        }
        if (to.base === "numeric" && to.mods.length > 0)
            return { lossy: true };
        if (to.base === "float4" && from.base !== "float4")
            return { lossy: true };
        return {};
    }
    // Dates and times.
    if (TEMPORAL.has(from.base)) {
        if (from.base === to.base)
            return precisionChange(from, to);
        if ((from.base === "timestamp" || from.base === "timestamptz") &&
            (to.base === "date" || to.base === "time"))
            return { lossy: true };
        if (to.base === "bool" || to.base in INT_RANK)
            return { lossy: true };
        return {};
    }
    if (to.base === "bool")
        return { lossy: true };
    return {};
}
/**
 * A change from or to an enum, judged by its labels. PostgreSQL stores an enum value as a 4-byte reference to its
 * label, and no cast from it is binary coercible, so every such change rewrites the table (never `widening`).
 * To an enum: a stored value that is not one of its labels fails the cast. From an enum: text holds every
 * label; a bounded string holds them when it is as long as the longest; anything else needs a mapping.
 */
function enumChange(from, to) {
    if (to.enum) {
        const labels = new Set(to.enum.labels);
        return from.enum && from.enum.labels.every((l) => labels.has(l)) ? {} : { lossy: true };
    }
    const longest = Math.max(0, ...from.enum.labels.map((l) => [...l].length));
    if (isUnboundedText(to))
        return {};
    // char without a length is char(1).
    if (BOUNDED_STRINGS.has(to.base))
        return longest <= (to.mods[0] ?? 1) ? {} : { lossy: true };
    // A type the model does not know (another enum never seen, a domain) is for a person to judge.
    return KNOWN_BASES.has(to.base) ? { lossy: true } : {};
}
/** Fractional seconds kept by a time type: PostgreSQL's default (and the most any keeps) is 6. */
function fractionalDigits(t) {
    return t.mods[0] ?? 6;
}
/** timestamp(6) → timestamp(3) rounds every stored value; more digits keep them (and no rewrite). */
function precisionChange(from, to) {
    const cmp = fractionalDigits(to) - fractionalDigits(from);
    return cmp < 0 ? { lossy: true } : { widening: true };
}
function sameType(a, b) {
    if (a.enum || b.enum)
        return !!a.enum && !!b.enum && enumKey(a.enum.name) === enumKey(b.enum.name) && a.array === b.array;
    return a.base === b.base && a.array === b.array && a.mods.join(",") === b.mods.join(",");
}
function lossyWhateverTheSource(to) {
    // Only values that are its labels fit an enum.
    if (to.enum)
        return true;
    if (BOUNDED_STRINGS.has(to.base))
        return to.mods.length > 0;
    if (to.base === "numeric")
        return to.mods.length > 0;
    if (TEMPORAL.has(to.base) && to.mods.length > 0 && fractionalDigits(to) < 6)
        return true;
    return ["int1", "int2", "int3", "int4", "bool", "date", "time", "float4", "tinytext", "bit"].includes(to.base);
}

;// CONCATENATED MODULE: ./src/core/column-types/abstract.ts
// Framework (abstract) column types, in Rails' spelling, onto which every framework reader maps its own; and what
// a change between two of them does to the data already stored.
// The judging itself is the SQL model's (sql.ts): a framework type is spelled as SQL first, so Rails, Laravel,
// Ecto, Alembic and the JS libraries get the same answer as migration SQL for the same change. The old type comes
// from the same file (a column added earlier, or the `down` that restores it) or from the schema history.

/**
 * The framework type as the SQL column-type model spells it, so both vocabularies are judged by one classifier.
 * Rails' `:string` without a limit is `varchar(255)` on MySQL and unbounded on PostgreSQL; it is taken as
 * `varchar(255)`, so a change that loses data on MySQL only is called lossy everywhere (fails closed).
 */
function toSqlType(t) {
    const name = t.type.toLowerCase().replace(/^:/, "");
    const array = name.endsWith("[]");
    const base = array ? name.slice(0, -2) : name;
    switch (base) {
        case "string":
        case "varchar":
        case "character varying":
            return columnType("varchar", [t.limit ?? 255], array);
        case "char":
        case "character":
            return columnType("char", t.limit !== undefined ? [t.limit] : [], array);
        case "integer":
        case "int": {
            // Rails maps `limit:` on integers to bytes: 1-2 smallint, 3-4 integer, 5-8 bigint.
            const sized = t.limit === undefined ? "int4" : t.limit <= 2 ? "int2" : t.limit <= 4 ? "int4" : "int8";
            return columnType(sized, [], array);
        }
        case "float":
            return columnType("float8", [], array);
        case "decimal":
        case "numeric":
            return columnType("numeric", t.precision === undefined ? [] : [t.precision, ...(t.scale !== undefined ? [t.scale] : [])], array);
        case "datetime":
        case "timestamp":
        case "timestamptz":
        case "time":
            return columnType(base, t.precision !== undefined ? [t.precision] : [], array);
        case "boolean":
            return columnType("bool", [], array);
        default:
            return columnType(base, [], array);
    }
}
/** What changing a column from `from` to `to` means for existing values; `{}` when it cannot be told. */
function abstract_classifyTypeChange(from, to) {
    // An unlimited `:string` is unbounded on PostgreSQL: without the old type it is not narrow whatever the source.
    if (!from && /^:?string$/i.test(to.type) && to.limit === undefined)
        return {};
    return classifyTypeChange(from && toSqlType(from), toSqlType(to));
}
/** "string(100)", "decimal(10,2)", "bigint": the type as a message can show it. */
function describeType(t) {
    if (t.precision !== undefined)
        return `${t.type}(${t.precision}${t.scale !== undefined ? `,${t.scale}` : ""})`;
    if (t.limit !== undefined)
        return `${t.type}(${t.limit})`;
    return t.type;
}

;// CONCATENATED MODULE: ./src/core/column-types/text.ts
// A column type as an Operation carries it (`type?: string`, the text a message shows) read back into the one
// model, so the schema history can compare an old type with a new one written by another file.


const SHAPE = /^([a-z_][\w .]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?\))?\s*((?:with|without) time zone)?\s*(\[\])?$/i;
/**
 * `varchar(50)`, `string(100)`, `numeric(10,2)`, `timestamp(3) with time zone`, `int[]`, `public.order_status` (a
 * user type, named as written: the schema state reads it as the enum it names, see `withEnum`); undefined when
 * not a type.
 */
function typeFromText(text, vocabulary) {
    const m = SHAPE.exec(text.trim().replace(/\s+/g, " "));
    if (!m)
        return undefined;
    let name = m[1].toLowerCase().replace(/^:/, "");
    const first = m[2] === undefined ? undefined : Number(m[2]);
    const second = m[3] === undefined ? undefined : Number(m[3]);
    const array = m[5] !== undefined;
    if (m[4])
        name = `${name} ${m[4].toLowerCase()}`;
    if (vocabulary === "abstract") {
        const precise = /^(decimal|numeric|datetime|timestamp|timestamptz|time)$/.test(name);
        const t = toSqlType({
            type: array ? `${name}[]` : name,
            ...(first !== undefined ? (precise ? { precision: first } : { limit: first }) : {}),
            ...(second !== undefined ? { scale: second } : {}),
        });
        return t;
    }
    const mods = [first, second].filter((n) => n !== undefined);
    return columnType(name, mods, array);
}

;// CONCATENATED MODULE: ./src/core/column-types/index.ts
// The column-type model every reader shares: one place to ask "what does changing this column's type do to the
// rows already stored?". Two vocabularies live here today: the frameworks' abstract types (`:string`,
// `string(100)`, `bigint`, as Rails, Laravel, Ecto, Django, Alembic and the JS libraries spell them) and SQL's own
// type names (`varchar(50)`, `int8`, `numeric(10,2)`, from migration SQL). Readers import from this module only,
// never from another reader's folder.





/***/ }),

/***/ 2560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ docsUrl)
/* harmony export */ });
/* unused harmony export DOCS_BASE */
/** Where each rule's page lives; stable so annotations and SARIF can link to it. */
const DOCS_BASE = "https://github.com/migration-guard/migration-guard/blob/main/docs/rules";
function docsUrl(ruleId) {
    return `${DOCS_BASE}/${ruleId}.md`;
}


/***/ }),

/***/ 6454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yl: () => (/* binding */ detectFramework),
  pl: () => (/* binding */ frameworkById),
  rV: () => (/* binding */ readsSiblings)
});

// UNUSED EXPORTS: frameworks

// EXTERNAL MODULE: ./src/core/frameworks/readers.ts
var readers = __webpack_require__(2909);
// EXTERNAL MODULE: ./src/core/frameworks/sql/lexer.ts
var lexer = __webpack_require__(9176);
// EXTERNAL MODULE: ./src/core/frameworks/sql/embedded.ts + 10 modules
var embedded = __webpack_require__(7502);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/files.ts


function basename(path) {
    const i = path.lastIndexOf("/");
    return i < 0 ? path : path.slice(i + 1);
}
/** Every comment of the file, so an allow comment anywhere (above a section marker too) is seen. */
function fileComments(source, database) {
    const lines = new lexer/* LineIndex */.rr(source);
    const lineOf = (offset) => lines.lineOf(offset) + 1;
    return (0,lexer/* lex */.Ii)(source, database)
        .tokens.filter((t) => t.kind === "comment")
        .map((t) => ({ text: t.value, line: lineOf(t.start), endLine: lineOf(t.end - 1) }));
}
/** Reads chunks of SQL with their host lines and gathers the result as one migration. */
function readSql(framework, chunks, database, parsers, comments) {
    const result = { framework, operations: [], comments: [], problems: [] };
    for (const chunk of chunks) {
        if (!chunk.text.trim())
            continue;
        (0,embedded/* appendSql */.pl)(result, { sql: chunk.text, database, line: chunk.line }, parsers);
    }
    // The whole file's comments (section markers and all) replace those of the chunks when given.
    if (comments)
        result.comments = comments;
    return result;
}
/** True when the text holds no SQL: only space and comments. */
function isBlankSql(text, database) {
    if (!text.trim())
        return true;
    const lexed = (0,lexer/* lex */.Ii)(text, database);
    return (!lexed.error && lexed.tokens.every((t) => t.kind === "comment" || (t.kind === "punct" && t.value === ";")));
}
/**
 * Splits a file into its up and down sections by marker lines. Only the first up section counts as forward;
 * text before any marker and after a down marker does not run forward.
 */
function sections(source, markers) {
    const lines = source.split("\n");
    const out = { up: [], down: "" };
    const down = [];
    let state = "before";
    let chunk = [];
    let chunkLine = 0;
    const flush = () => {
        if (chunk.length)
            out.up.push({ text: chunk.join("\n"), line: chunkLine });
        chunk = [];
    };
    for (let i = 0; i < lines.length; i++) {
        const text = lines[i];
        const line = i + 1;
        if (markers.up.test(text)) {
            if (state === "before") {
                state = "up";
                out.upLine = line;
            }
            else if (state === "up")
                flush();
            continue;
        }
        if (markers.down.test(text)) {
            if (state === "up")
                flush();
            if (out.downLine === undefined)
                out.downLine = line;
            state = "down";
            continue;
        }
        if (state === "down") {
            down.push(text);
            continue;
        }
        if (state !== "up")
            continue;
        if (markers.blockBegin?.test(text) || markers.blockEnd?.test(text)) {
            flush();
            continue;
        }
        if (!chunk.length)
            chunkLine = line;
        chunk.push(text);
    }
    if (state === "up")
        flush();
    out.down = down.join("\n");
    return out;
}
function irreversible(reason, line) {
    return { kind: "irreversible", reason, line, endLine: line };
}

;// CONCATENATED MODULE: ./src/core/frameworks/prisma.ts


// Prisma writes `migrations/` beside the schema file that holds the `datasource` block: `prisma/migrations/`
// for `prisma/schema.prisma` (and for a multi-file schema whose main file is there, its models in
// `prisma/models/` or anywhere below `prisma/`), `prisma/schema/migrations/` for the `prisma/schema/` folder of
// the prismaSchemaFolder preview (5.15 to 6.6) and the layouts that kept it.
const PATH = /(^|\/)prisma\/(?:[^/]+\/)*?migrations\/[^/]+\/migration\.sql$/;
const prisma = {
    id: "prisma",
    name: "Prisma",
    matches: (path) => PATH.test(path),
    // `migrations/<timestamp>_<name>/migration.sql`: the history is every sibling folder's migration.sql, in
    // folder-name order (as `prisma migrate deploy` applies them).
    // The schema beside `migrations/` seeds the history of the migrations a change adds (see SchemaDump): every
    // `.prisma` file of that folder and the folders below it, as Prisma reads a schema folder; a single
    // `schema.prisma` is the folder of one file.
    historyScope: (path) => /(^|\/)migration\.sql$/.test(path)
        ? { depth: 2, file: "migration.sql", dumpExtension: ".prisma" }
        : undefined,
    readDumpFiles: (files) => (0,readers/* reader */.w)("prismaSchema").readSchemaPrisma([...files.values()]),
    parse: (input, parsers) => readSql("prisma", [{ text: input.source, line: 1 }], input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/golang-migrate.ts

const UP = /\.up\.sql$/i;
const DOWN = /\.down\.sql$/i;
const golangMigrate = {
    id: "golang-migrate",
    name: "golang-migrate",
    matches: (path) => UP.test(path) || DOWN.test(path),
    readsSiblings: (path) => UP.test(path),
    parse: (input, parsers) => {
        const name = basename(input.path);
        // A down file is the way back, not a step forward: nothing in it runs when migrating up.
        if (!UP.test(name))
            return { framework: "golang-migrate", operations: [], comments: [], problems: [] };
        const result = readSql("golang-migrate", [{ text: input.source, line: 1 }], input.database, parsers);
        if (input.siblings) {
            if (!input.siblings.has(name.replace(UP, ".down.sql"))) {
                result.operations.push(irreversible(`${name} has no ${name.replace(UP, ".down.sql")} beside it`, 1));
            }
        }
        return result;
    },
};

;// CONCATENATED MODULE: ./src/core/frameworks/flyway.ts

const VERSION = String.raw `\d+(?:[._]\d+)*`;
const VERSIONED = new RegExp(`^V${VERSION}__.*\\.sql$`);
const UNDO = new RegExp(`^U${VERSION}__.*\\.sql$`);
const REPEATABLE = /^R__.+\.sql$/;
const flyway = {
    id: "flyway",
    name: "Flyway",
    matches: (path) => {
        const name = basename(path);
        return VERSIONED.test(name) || UNDO.test(name) || REPEATABLE.test(name);
    },
    parse: (input, parsers) => {
        if (UNDO.test(basename(input.path)))
            return { framework: "flyway", operations: [], comments: [], problems: [] };
        return readSql("flyway", [{ text: input.source, line: 1 }], input.database, parsers);
    },
};

// EXTERNAL MODULE: ./src/core/frameworks/shared/transactions.ts
var transactions = __webpack_require__(7278);
;// CONCATENATED MODULE: ./src/core/frameworks/goose.ts


const goose_UP = /^\s*--\s*\+goose\s+up\b/i;
const goose_DOWN = /^\s*--\s*\+goose\s+down\b/i;
const BEGIN = /^\s*--\s*\+goose\s+statementbegin\b/i;
const END = /^\s*--\s*\+goose\s+statementend\b/i;
const HAS_UP = /^\s*--\s*\+goose\s+up\b/im;
const NO_TRANSACTION = /^\s*--\s*\+goose\s+no\s+transaction\b/im;
const goose = {
    id: "goose",
    name: "goose",
    matches: (path, source) => /\.sql$/i.test(path) && HAS_UP.test(source),
    parse: (input, parsers) => {
        const parts = sections(input.source, { up: goose_UP, down: goose_DOWN, blockBegin: BEGIN, blockEnd: END });
        const result = readSql("goose", parts.up, input.database, parsers, fileComments(input.source, input.database));
        // goose runs a NO TRANSACTION file statement by statement, each committing on its own.
        if (NO_TRANSACTION.test(input.source))
            (0,transactions/* eachStatementCommits */.L)(result.operations);
        if (parts.downLine === undefined) {
            result.operations.push(irreversible("the migration has no -- +goose Down section", parts.upLine ?? 1));
        }
        else if (isBlankSql(parts.down, input.database)) {
            result.operations.push(irreversible("the -- +goose Down section is empty", parts.downLine));
        }
        return result;
    },
};

;// CONCATENATED MODULE: ./src/core/frameworks/dbmate.ts

const dbmate_UP = /^\s*--\s*migrate:up\b/i;
const dbmate_DOWN = /^\s*--\s*migrate:down\b/i;
const dbmate_HAS_UP = /^\s*--\s*migrate:up\b/im;
const dbmate = {
    id: "dbmate",
    name: "dbmate",
    matches: (path, source) => /\.sql$/i.test(path) && dbmate_HAS_UP.test(source),
    parse: (input, parsers) => {
        const parts = sections(input.source, { up: dbmate_UP, down: dbmate_DOWN });
        const result = readSql("dbmate", parts.up, input.database, parsers, fileComments(input.source, input.database));
        if (parts.downLine === undefined) {
            result.operations.push(irreversible("the migration has no -- migrate:down section", parts.upLine ?? 1));
        }
        else if (isBlankSql(parts.down, input.database)) {
            result.operations.push(irreversible("the -- migrate:down section is empty", parts.downLine));
        }
        return result;
    },
};

// EXTERNAL MODULE: ./src/core/frameworks/sql/postgres.ts + 1 modules
var postgres = __webpack_require__(7627);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/structure-dump.ts


/** The psql meta-commands pg_dump writes around a dump since August 2025 (`\restrict KEY`): no SQL in them. */
const RESTRICT = /^\\(?:un)?restrict(?:[ \t][^\n]*)?$/gm;
/**
 * The dump's version (the highest it lists as run) and the schema it describes, or undefined when it cannot be
 * read wholly: not PostgreSQL, a syntax error (another psql meta-command: `\i`, `\connect`), no version list
 * or one that is not all digits, a statement the SQL reader reports a problem in. No seed then (fails closed:
 * the history proves no absence it could not prove before).
 */
function readStructureSql(source, database, parsers) {
    // pg_dump writes PostgreSQL's dialect; MySQL's structure.sql (mysqldump) is not read.
    if (database !== "postgresql")
        return undefined;
    // Blanked, not removed, so the reader's lines stay the file's.
    const text = source.replace(RESTRICT, (line) => " ".repeat(line.length));
    let parsed;
    try {
        parsed = parsers.postgres(text);
    }
    catch {
        // A syntax error: the dump is unreadable (fails closed: undefined, no seed and no absence proven).
        return undefined;
    }
    let version;
    const unlisted = new Set();
    for (const { stmt } of parsed.stmts ?? []) {
        if (!stmt)
            continue;
        if ("InsertStmt" in stmt && isSchemaMigrations(stmt.InsertStmt)) {
            const versions = insertedVersions(stmt.InsertStmt);
            if (!versions)
                return undefined;
            for (const v of versions)
                if (version === undefined || v > version)
                    version = v;
        }
        if ("CreateStmt" in stmt && !listsItsColumns(stmt.CreateStmt))
            unlisted.add((0,postgres/* relName */.ve)(stmt.CreateStmt.relation));
    }
    // Without the list the dump cannot be placed among the migrations.
    if (version === undefined)
        return undefined;
    const read = readSql("rails", [{ text, line: 1 }], database, parsers);
    if (read.problems.length)
        return undefined;
    return { version, operations: read.operations.flatMap((op) => seedOf(op, unlisted)), vocabulary: "sql" };
}
/**
 * What an operation of the dump gives the seed: the tables it creates, the columns it adds, and its enum types
 * (pg_dump writes each with all its labels). A table whose
 * columns the statement does not list (INHERITS, LIKE, OF type, PARTITION OF) is left out and the state marked
 * incomplete, as is anything that drops, renames or alters a type (pg_dump writes none: the file was edited, and what it
 * leaves cannot be told). Indexes, constraints, defaults and the version list seed nothing.
 */
function seedOf(op, unlisted) {
    const unknown = (reason) => [
        { kind: "unknown", reason, line: op.line, endLine: op.endLine },
    ];
    switch (op.kind) {
        case "create-table":
            if (op.rebuildOf)
                return unknown("structure.sql rebuilds a table");
            return unlisted.has(op.table)
                ? unknown(`structure.sql does not list every column of ${op.table}`)
                : [op];
        case "add-column":
        case "create-enum":
        case "unknown":
            return [op];
        case "drop-table":
        case "rename-table":
        case "drop-column":
        case "rename-column":
        case "drop-type":
        case "rename-type":
        case "add-enum-value":
        case "rename-enum-value":
            return unknown(`structure.sql holds a ${op.kind}`);
        default:
            return [];
    }
}
function isSchemaMigrations(s) {
    const r = s.relation;
    return r?.relname === "schema_migrations" && (!r.schemaname || r.schemaname === "public");
}
/** The versions of `INSERT INTO schema_migrations (version) VALUES ('...'), ...`, or undefined when not all literal digits. */
function insertedVersions(s) {
    const select = s.selectStmt && "SelectStmt" in s.selectStmt ? s.selectStmt.SelectStmt : undefined;
    const rows = select?.valuesLists;
    if (!rows?.length)
        return undefined;
    const out = [];
    for (const row of rows) {
        const items = "List" in row ? (row.List.items ?? []) : [];
        const value = items.length === 1 && "A_Const" in items[0] ? items[0].A_Const.sval?.sval : undefined;
        if (value === undefined || !/^\d+$/.test(value))
            return undefined;
        out.push(BigInt(value));
    }
    return out;
}
/** False when some of the table's columns come from elsewhere: a parent, a LIKE, a composite type. */
function listsItsColumns(s) {
    return (!s.inhRelations?.length &&
        !s.ofTypename &&
        !s.partbound &&
        !(s.tableElts ?? []).some((e) => "TableLikeClause" in e));
}

;// CONCATENATED MODULE: ./src/core/frameworks/rails.ts


// db/migrate, engines' db/migrate, and multi-database dirs such as db/animals_migrate.
const MIGRATION_PATH = /(?:^|\/)db\/(?:[A-Za-z0-9_]+_)?migrate\/[^/]+\.rb$/;
const rails = {
    id: "rails",
    name: "Rails",
    matches: (path) => MIGRATION_PATH.test(path),
    // `db/migrate` is dumped to `db/schema.rb`, or with `schema_format = :sql` to `db/structure.sql`;
    // `db/animals_migrate` to `db/animals_schema.rb` or `db/animals_structure.sql`. When both are there, the one
    // of the higher version is the one the app still writes (see folderHistories); on a tie structure.sql, which
    // pg_dump wrote from the database itself.
    historyScope: (path) => {
        const match = /(?:^|\/)db\/([A-Za-z0-9_]+_)?migrate\/[^/]+$/.exec(path);
        if (!match)
            return undefined;
        const prefix = match[1] ?? "";
        return { depth: 1, dumps: [`${prefix}structure.sql`, `${prefix}schema.rb`] };
    },
    readDump: (name, source, database, parsers) => name.endsWith(".sql")
        ? readStructureSql(source, database, parsers)
        : (0,readers/* reader */.w)("rails").readSchemaRb(source, database, parsers),
    parse: (input, parsers) => (0,readers/* reader */.w)("rails").readRailsMigration(input.source, input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/django.ts

// `<app>/migrations/0001_initial.py`: Django names migrations with a numeric prefix of four digits or more.
const django_MIGRATION_PATH = /(?:^|\/)migrations\/\d{4,}_[^/]*\.py$/;
const MIGRATION_CLASS = /^class\s+Migration\s*[(:]/m;
const django = {
    id: "django",
    name: "Django",
    matches: (path, source) => django_MIGRATION_PATH.test(path) && MIGRATION_CLASS.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("django").readDjangoMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/alembic.ts

// `versions/` is Alembic's own directory name, whatever holds it (alembic/, migrations/, db/...).
const VERSION_PATH = /(?:^|\/)(?:versions\/[^/]+|alembic\/versions\/.+)\.py$/;
const UPGRADE = /^def\s+upgrade\s*\(/m;
const REVISION = /^revision\s*(?::[^=\n]+)?=/m;
const alembic = {
    id: "alembic",
    name: "Alembic",
    matches: (path, source) => VERSION_PATH.test(path) &&
        !path.endsWith("/__init__.py") &&
        UPGRADE.test(source) &&
        REVISION.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("alembic").readAlembicMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/laravel.ts

// database/migrations, and the sub-folders some apps keep there (database/migrations/tenant/...).
const laravel_MIGRATION_PATH = /(?:^|\/)database\/migrations\/(?:[^/]+\/)*[^/]+\.php$/;
const laravel = {
    id: "laravel",
    name: "Laravel",
    matches: (path) => laravel_MIGRATION_PATH.test(path),
    parse: (input, parsers) => (0,readers/* reader */.w)("laravel").readLaravelMigration(input.source, input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/js/detect.ts
// Content tests for the JS/TS frameworks: their paths (`migrations/*.js`) say nothing about which library
// wrote the file, so each reader looks for its own calls next to an exported `up`.
/** A JavaScript or TypeScript source file, not a declaration file. */
function isScriptPath(path) {
    return /\.[cm]?[jt]s$/i.test(path) && !/\.d\.[cm]?ts$/i.test(path);
}
/** The file exports or defines an `up` migration step in any of the spellings the readers follow. */
const EXPORTS_UP = /\bexports\.up\s*=|\bexport\s+(?:async\s+)?function\s+up\b|\bexport\s+const\s+up\b|\bup\s*:|(?:^|[\s;{}])(?:public\s+|async\s+)*up\s*\(/m;

;// CONCATENATED MODULE: ./src/core/frameworks/typeorm.ts


const TYPEORM = /\bMigrationInterface\b|\bQueryRunner\b|\bup\s*\(\s*queryRunner\b/;
const typeorm = {
    id: "typeorm",
    name: "TypeORM",
    matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && TYPEORM.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("typeorm").readTypeormMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/sequelize.ts


const SEQUELIZE = /\bqueryInterface\b|\bQueryInterface\b|\bfrom\s+["']sequelize["']|\brequire\(\s*["']sequelize["']\s*\)/;
const sequelize = {
    id: "sequelize",
    name: "Sequelize",
    matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && SEQUELIZE.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("sequelize").readSequelizeMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/knex.ts


// `knex.schema`, `import { Knex } from "knex"`, an `up(knex)` parameter named after the library, or the schema
// builder under another name (`db.schema.createTable(...)`).
const KNEX = /\bknex\.schema\b|\bfrom\s+["']knex["']|\brequire\(\s*["']knex["']\s*\)|\bup\s*\(\s*knex\b|\(\s*knex\s*(?::\s*Knex\s*)?\)\s*(?:=>|\{)|\.schema\s*\.\s*(?:createTable|alterTable|dropTable|table)\s*\(/;
const knex = {
    id: "knex",
    name: "Knex",
    matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && KNEX.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("knex").readKnexMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/node-pg-migrate.ts


const NODE_PG_MIGRATE = /\bpgm\b|\bMigrationBuilder\b|["']node-pg-migrate["']/;
const nodePgMigrate = {
    id: "node-pg-migrate",
    name: "node-pg-migrate",
    matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && NODE_PG_MIGRATE.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("nodePgMigrate").readNodePgMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/ecto.ts

// priv/repo/migrations, other repos (priv/analytics_repo/migrations) and umbrella apps (apps/x/priv/repo/...).
const ecto_MIGRATION_PATH = /(?:^|\/)priv\/[^/]+\/migrations\/(?:[^/]+\/)*[^/]+\.exs$/;
const ecto = {
    id: "ecto",
    name: "Ecto",
    matches: (path) => ecto_MIGRATION_PATH.test(path),
    parse: (input, parsers) => (0,readers/* reader */.w)("ecto").readEctoMigration(input.source, input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/db-migrate.ts


// The generated `setup(options, seedLink)` with `options.dbmigrate`, `exports._meta`, the package name, or a
// driver method called on the `db` handle (Knex's builder hangs off `.schema`, so `db.dropTable(` is not Knex).
const DB_MIGRATE = /\bdbmigrate\b|["']db-migrate["']|\bexports\._meta\b|\bdb\s*\.\s*(?:runSql|createTable|dropTable|renameTable|addColumn|removeColumn|renameColumn|changeColumn|addIndex|removeIndex|addForeignKey|removeForeignKey)\s*[.(]/;
const dbMigrate = {
    id: "db-migrate",
    name: "db-migrate",
    matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && DB_MIGRATE.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("dbMigrate").readDbMigrateMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/liquibase.ts


const FORMATTED_SQL = /^\s*--\s*liquibase\s+formatted\s+sql\b/i;
function format(path, source) {
    const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
    if (ext === "xml")
        return /<(?:\w+:)?databaseChangeLog\b/.test(source) ? "xml" : undefined;
    if (ext === "yaml" || ext === "yml")
        return /^databaseChangeLog\s*:/m.test(source) ? "yaml" : undefined;
    if (ext === "json")
        return /"databaseChangeLog"\s*:/.test(source) ? "json" : undefined;
    if (ext === "sql")
        return FORMATTED_SQL.test(source) ? "sql" : undefined;
    return undefined;
}
const liquibase = {
    id: "liquibase",
    name: "Liquibase",
    matches: (path, source) => format(path, source) !== undefined,
    parse: (input, parsers) => {
        const kind = format(input.path, input.source);
        if (kind === "sql")
            return readSql("liquibase", [{ text: input.source, line: 1 }], input.database, parsers);
        const changelog = kind === "xml"
            ? (0,readers/* reader */.w)("liquibaseChangelog").readXmlChangelog(input.source)
            : (0,readers/* reader */.w)("liquibaseChangelog").readYamlChangelog(input.source, kind === "json");
        if (!changelog.root && changelog.problems.length === 0) {
            changelog.problems.push({
                line: 1,
                endLine: 1,
                message: "No databaseChangeLog was found in this Liquibase changelog, so it was not analysed",
            });
        }
        return (0,readers/* reader */.w)("liquibaseChanges").readChangelog(changelog, input.database, parsers);
    },
};

;// CONCATENATED MODULE: ./src/core/frameworks/doctrine.ts

const VERSION_FILE = /(?:^|\/)Version\w*\.php$/;
const DOCTRINE = /\bAbstractMigration\b|\bDoctrine\\Migrations\\/;
const doctrine = {
    id: "doctrine",
    name: "Doctrine Migrations",
    matches: (path, source) => VERSION_FILE.test(path) && DOCTRINE.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("doctrine").readDoctrineMigration(input.source, input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/ef-core.ts

const MIGRATION_FILE = /(?:^|\/)\d{14}_\w+\.cs$/;
const NOT_MIGRATION = /(?:\.Designer|ModelSnapshot)\.cs$/;
const EF_CORE = /\bMigrationBuilder\b/;
const efCore = {
    id: "ef-core",
    name: "Entity Framework Core",
    matches: (path, source) => MIGRATION_FILE.test(path) && !NOT_MIGRATION.test(path) && EF_CORE.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("efCore").readEfCoreMigration(input.source, input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/sql.ts

const MIGRATION_DIR = /^(migrations?|migrate|(schema|db|sql)[-_]migrations)$/i;
const REVERSE_FILE = /(^|[._-])(down|rollback|undo|revert)\.sql$/i;
const VENDORED = new Set(["node_modules", "vendor", "third_party"]);
function isPlainSqlMigration(path) {
    if (!/\.sql$/i.test(path))
        return false;
    const segments = path.split("/");
    const name = segments.pop() ?? "";
    if (REVERSE_FILE.test(name))
        return false;
    if (segments.some((s) => VENDORED.has(s)))
        return false;
    return segments.some((s) => MIGRATION_DIR.test(s));
}
const plainSql = {
    id: "sql",
    name: "SQL",
    matches: (path) => isPlainSqlMigration(path),
    parse: (input, parsers) => readSql("sql", [{ text: input.source, line: 1 }], input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/index.ts



















const frameworks = [
    prisma,
    golangMigrate,
    flyway,
    goose,
    dbmate,
    rails,
    django,
    alembic,
    doctrine,
    laravel,
    typeorm,
    sequelize,
    knex,
    nodePgMigrate,
    dbMigrate,
    ecto,
    efCore,
    liquibase,
    plainSql,
];
function frameworkById(id) {
    return frameworks.find((f) => f.id === id);
}
/** The framework that owns this file, by path and content; undefined when it is not a migration we know. */
function detectFramework(path, source) {
    return frameworks.find((f) => f.matches(path, source));
}
/** True when some reader would look at this path's folder (a `.up.sql` looks for its `.down.sql`). */
function readsSiblings(path) {
    return frameworks.some((f) => f.readsSiblings?.(path) === true);
}


/***/ }),

/***/ 2909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ provideReaders),
/* harmony export */   w: () => (/* binding */ reader)
/* harmony export */ });
const loaded = {};
function provideReaders(readers) {
    Object.assign(loaded, readers);
}
/**
 * A loaded reader. One that was not loaded is a bug of the caller's loading, never a file's fault: it throws,
 * and analyzeFile reports the file for review (fails closed) instead of passing it.
 */
function reader(name) {
    return loaded[name] ?? notLoaded(name);
}
function notLoaded(name) {
    throw new Error(`the ${name} reader was not loaded for this run`);
}


/***/ }),

/***/ 8849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ci: () => (/* binding */ handlerFor),
/* harmony export */   fk: () => (/* binding */ onlyNulls),
/* harmony export */   hZ: () => (/* binding */ MAX_LOOP_VALUES),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   sA: () => (/* binding */ unknownOperation),
/* harmony export */   wO: () => (/* binding */ numberPlaceholders),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/** Deep enough for any real chain of helpers, shallow enough that a pathological file stays cheap. */
const MAX_DEPTH = 20;
/** A loop over a literal list (`%i[a b].each`, `foreach (['a', 'b'] as $t)`) is read once per value up to this many. */
const MAX_LOOP_VALUES = 50;
/** The source text an `unknown` operation shows: at most 200 characters, an ellipsis where it was cut. */
function truncate(text) {
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
/** The operation for a construct a reader cannot follow: why, and the text that was not followed. */
function unknownOperation(reason, text) {
    return { kind: "unknown", reason, text: truncate(text) };
}
/**
 * The handler a table holds for a method name, or undefined. Own keys only: a call named `constructor` or
 * `toString` in a migration must not find Object's.
 */
function handlerFor(table, name) {
    return Object.hasOwn(table, name) ? table[name] : undefined;
}
/**
 * SQL run with bound values (`runSql(sql, [values])`, `addSql(sql, $params)`) has placeholders the drivers
 * replace (`?`, `:name`; PostgreSQL's own are `$1`, `$2`...). Numbered here, outside quotes and leaving `::`
 * casts alone, so the statement parses as the database will see it.
 */
function numberPlaceholders(sql) {
    let out = "";
    let quote;
    let n = 0;
    for (let i = 0; i < sql.length; i++) {
        const c = sql[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === "?") {
            out += `$${++n}`;
            continue;
        }
        else if (c === ":" && sql[i - 1] !== ":" && sql[i + 1] !== ":" && /[A-Za-z_]/.test(sql[i + 1] ?? "")) {
            const name = /^[A-Za-z_]\w*/.exec(sql.slice(i + 1))[0];
            out += `$${++n}`;
            i += name.length;
            continue;
        }
        out += c;
    }
    return out;
}
/**
 * Whether an update only fills NULLs (a backfill): every assigned column is one the filter requires to be NULL.
 * Never when no assigned column is known.
 */
function onlyNulls(columns, nullColumns) {
    return columns.length > 0 && columns.every((c) => nullColumns.has(c));
}


/***/ }),

/***/ 7278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ eachStatementCommits)
/* harmony export */ });
/* harmony import */ var _extend_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1131);

/**
 * Gives each constraint statement from index `from` on a transaction of its own: without the framework's
 * transaction every statement commits by itself, so a NOT VALID constraint and its validation commit apart.
 */
function eachStatementCommits(operations, from = 0) {
    for (let i = from; i < operations.length; i++) {
        const op = operations[i];
        if (op.kind === "add-constraint" || op.kind === "validate-constraint") {
            operations[i] = (0,_extend_js__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X)(op, { transaction: i + 1 });
        }
    }
}


/***/ }),

/***/ 7502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hb: () => (/* binding */ appendCallSql),
  pl: () => (/* binding */ appendSql),
  DP: () => (/* binding */ appendTemplateSql),
  kB: () => (/* binding */ joinTemplates),
  C8: () => (/* binding */ sqlBuiltAtRunTime)
});

// UNUSED EXPORTS: appendBuiltSql

// EXTERNAL MODULE: ./src/core/run-time.ts
var run_time = __webpack_require__(2686);
// EXTERNAL MODULE: ./src/core/frameworks/sql/lexer.ts
var lexer = __webpack_require__(9176);
// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __webpack_require__(8849);
// EXTERNAL MODULE: ./src/core/column-types/index.ts + 3 modules
var column_types = __webpack_require__(6074);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic/tokens.ts
/** Index of the `)` matching the `(` at `i`, or the last index when it never closes. */
function closing(toks, i, limit = toks.length - 1) {
    let depth = 0;
    for (let j = i; j <= limit; j++) {
        const t = toks[j];
        if (t.kind !== "punct")
            continue;
        if (t.value === "(" || t.value === "[")
            depth++;
        else if (t.value === ")" || t.value === "]") {
            depth--;
            if (depth === 0)
                return j;
        }
    }
    return limit;
}
/** Ranges [a, b] of toks[from..to] separated by `sep` at parenthesis depth 0. */
function splitAtDepth0(toks, from, to, sep = ",") {
    const out = [];
    let depth = 0;
    let start = from;
    for (let i = from; i <= to; i++) {
        const t = toks[i];
        if (t.kind === "punct") {
            if (t.value === "(" || t.value === "[")
                depth++;
            else if (t.value === ")" || t.value === "]")
                depth--;
            else if (t.value === sep && depth === 0) {
                if (i > start)
                    out.push([start, i - 1]);
                start = i + 1;
            }
        }
    }
    if (to >= start)
        out.push([start, to]);
    return out;
}
/** Index of the first word in `words` at depth 0 within [from, to], or -1. */
function findDepth0(toks, from, to, words) {
    let depth = 0;
    for (let i = from; i <= to; i++) {
        const t = toks[i];
        if (t.kind === "punct") {
            if (t.value === "(" || t.value === "[")
                depth++;
            else if (t.value === ")" || t.value === "]")
                depth--;
        }
        else if (depth === 0 && t.kind === "word" && words.has(t.value))
            return i;
    }
    return -1;
}
/** True when `t` is a word, and one of `words` when any are given. */
function isWord(t, ...words) {
    return !!t && t.kind === "word" && (words.length === 0 || words.includes(t.value));
}
function isPunct(t, value) {
    return !!t && t.kind === "punct" && t.value === value;
}

// EXTERNAL MODULE: ./src/core/frameworks/sql/source.ts
var sql_source = __webpack_require__(5833);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic/columns.ts



const TYPE_CONTINUATIONS = new Set([
    "VARYING",
    "PRECISION",
    "UNSIGNED",
    "SIGNED",
    "ZEROFILL",
    "WITH",
    "WITHOUT",
    "TIME",
    "ZONE",
]);
const DEFAULT_STOP = new Set([
    "NOT",
    "NULL",
    "CONSTRAINT",
    "CHECK",
    "UNIQUE",
    "PRIMARY",
    "REFERENCES",
    "COLLATE",
    "GENERATED",
    "COMMENT",
    "ON",
    "AUTO_INCREMENT",
    "AUTOINCREMENT",
    "AFTER",
    "FIRST",
    "KEY",
    "VISIBLE",
    "INVISIBLE",
    "CHARACTER",
    "CHARSET",
]);
/** A column definition: name, type, NOT NULL, DEFAULT, inline constraints. */
function columnSpec(r, a, b) {
    const name = (0,sql_source/* identifier */.Cv)(r.toks[a]);
    if (name === undefined)
        return undefined;
    const spec = { name, notNull: false, constraints: [] };
    let i = a + 1;
    // The type: words, then (modifiers) and [] after any of them.
    const typeStart = i;
    const words = [];
    const mods = [];
    let array = false;
    while (i <= b) {
        const t = r.toks[i];
        if (t.kind === "word" && (words.length === 0 || TYPE_CONTINUATIONS.has(t.value))) {
            words.push(t.value);
            i++;
        }
        else if (t.kind === "quoted" && words.length === 0) {
            words.push(t.value);
            i++;
        }
        else if (isPunct(t, "(") && words.length > 0) {
            const end = closing(r.toks, i, b);
            for (let k = i + 1; k < end; k++)
                if (r.toks[k].kind === "number")
                    mods.push(Number(r.toks[k].value));
            i = end + 1;
        }
        else if (isPunct(t, "[") && words.length > 0) {
            array = true;
            i = closing(r.toks, i, b) + 1;
        }
        else
            break;
    }
    if (words.length) {
        const base = words.filter((w) => !["UNSIGNED", "SIGNED", "ZEROFILL"].includes(w)).join(" ");
        spec.type = { display: r.text(typeStart, i - 1, 60), type: (0,column_types/* sqlColumnType */.fF)(base, mods, array) };
    }
    while (i <= b) {
        const t = r.toks[i];
        if (isWord(t, "NOT") && isWord(r.toks[i + 1], "NULL")) {
            spec.notNull = true;
            i += 2;
        }
        else if (isWord(t, "DEFAULT")) {
            const end = expressionEnd(r, i + 1, b);
            spec.default = {
                volatile: callsVolatile(r, i + 1, end),
                text: r.text(i + 1, end, 80),
            };
            i = end + 1;
        }
        else if (isWord(t, "AUTO_INCREMENT", "AUTOINCREMENT", "SERIAL")) {
            spec.default ??= { volatile: true, text: t.value };
            i++;
        }
        else if (isWord(t, "PRIMARY") && isWord(r.toks[i + 1], "KEY")) {
            spec.constraints.push("primary-key");
            spec.notNull = true;
            i += 2;
        }
        else if (isWord(t, "UNIQUE")) {
            spec.constraints.push("unique");
            i++;
        }
        else if (isWord(t, "REFERENCES")) {
            spec.constraints.push("foreign-key");
            i++;
        }
        else if (isWord(t, "CHECK")) {
            spec.constraints.push("check");
            i++;
        }
        else if (isWord(t, "GENERATED", "AS")) {
            // GENERATED ... AS IDENTITY numbers every row; a STORED generated column is computed for every row.
            const end = isPunct(r.toks[i + 1], "(") ? closing(r.toks, i + 1, b) : i;
            let j = i;
            let stored = false;
            let identity = false;
            for (let k = i; k <= b; k++) {
                if (isWord(r.toks[k], "IDENTITY"))
                    identity = true;
                if (isWord(r.toks[k], "STORED", "PERSISTENT"))
                    stored = true;
                j = k;
            }
            if (identity)
                spec.default = { volatile: true, text: "GENERATED AS IDENTITY" };
            else if (stored)
                spec.default = { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
            i = Math.max(end, j) + 1;
        }
        else
            i++;
    }
    if (spec.type && /^(SMALL|BIG)?SERIAL[248]?$/.test(spec.type.type.base.toUpperCase())) {
        spec.default ??= { volatile: true, text: "nextval (serial)" };
    }
    return spec;
}
/** Last index of an expression starting at `i` (until a constraint keyword or comma at depth 0). */
function expressionEnd(r, i, b) {
    let depth = 0;
    let end = i;
    for (let k = i; k <= b; k++) {
        const t = r.toks[k];
        if (t.kind === "punct") {
            if (t.value === "(" || t.value === "[")
                depth++;
            else if (t.value === ")" || t.value === "]") {
                if (depth === 0)
                    break;
                depth--;
            }
            else if (t.value === "," && depth === 0)
                break;
        }
        else if (depth === 0 && k > i && t.kind === "word" && DEFAULT_STOP.has(t.value))
            break;
        end = k;
    }
    return end;
}
function callsVolatile(r, from, to) {
    for (let k = from; k < to + 1; k++) {
        const t = r.toks[k];
        if (t.kind === "word" && sql_source/* VOLATILE_FUNCTIONS */.pZ.has(t.value.toLowerCase()) && isPunct(r.toks[k + 1], "("))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic/create.ts



const TABLE_CONSTRAINT_WORDS = new Set([
    "CONSTRAINT",
    "PRIMARY",
    "UNIQUE",
    "KEY",
    "INDEX",
    "FOREIGN",
    "CHECK",
    "FULLTEXT",
    "SPATIAL",
    "EXCLUDE",
    "LIKE",
    "PERIOD",
]);
function create(r) {
    let i = 1;
    const orReplace = r.skip(i, "OR", "REPLACE") !== i;
    i = r.skip(i, "OR", "REPLACE");
    let unique = false;
    while (isWord(r.toks[i])) {
        const w = r.toks[i].value;
        if (w === "UNIQUE")
            unique = true;
        else if (!["TEMP", "TEMPORARY", "FULLTEXT", "SPATIAL", "GLOBAL", "LOCAL", "UNLOGGED", "VIRTUAL"].includes(w))
            break;
        i++;
    }
    const what = r.toks[i];
    if (isWord(what, "TABLE"))
        return createTable(r, i + 1, orReplace);
    if (isWord(what, "INDEX"))
        return createIndex(r, i + 1, unique);
    // Views, triggers, routines, types, schemas...: creating them loses nothing, and bodies run later.
}
function createTable(r, i, orReplace) {
    const ifNotExists = r.skip(i, "IF", "NOT", "EXISTS") !== i;
    i = r.skip(i, "IF", "NOT", "EXISTS");
    const [table, after] = r.name(i);
    if (!table)
        return r.unknown("a CREATE TABLE whose table name the SQL reader cannot read");
    const columns = [];
    const columnTypes = {};
    if (isPunct(r.toks[after], "(")) {
        const end = closing(r.toks, after);
        for (const [a, b] of splitAtDepth0(r.toks, after + 1, end - 1)) {
            if (isWord(r.toks[a]) && TABLE_CONSTRAINT_WORDS.has(r.toks[a].value))
                continue;
            const spec = columnSpec(r, a, b);
            if (!spec)
                continue;
            columns.push(spec.name);
            if (spec.type) {
                r.src.knownTypes.set(`${table}.${spec.name}`, spec.type.type);
                columnTypes[spec.name] = spec.type.display;
            }
        }
    }
    // MariaDB's CREATE OR REPLACE TABLE drops the table that was there.
    if (orReplace)
        r.push({ kind: "drop-table", table, ifExists: true });
    r.push({
        kind: "create-table",
        table,
        columns,
        ...(Object.keys(columnTypes).length ? { columnTypes } : {}),
        ...(ifNotExists ? { ifNotExists: true } : {}),
    });
}
function createIndex(r, i, unique) {
    const concurrently = isWord(r.toks[i], "CONCURRENTLY");
    if (concurrently)
        i++;
    i = r.skip(i, "IF", "NOT", "EXISTS");
    let name;
    if (!isWord(r.toks[i], "ON", "USING"))
        [name, i] = r.name(i);
    if (isWord(r.toks[i], "USING"))
        i += 2;
    if (!isWord(r.toks[i], "ON"))
        return r.unknown("a CREATE INDEX whose table the SQL reader cannot find");
    i = r.skip(i + 1, "ONLY");
    const [table, after] = r.name(i);
    if (!table)
        return r.unknown("a CREATE INDEX whose table the SQL reader cannot find");
    let open = after;
    while (open <= r.last && !isPunct(r.toks[open], "("))
        open++;
    const columns = open <= r.last ? indexColumns(r, open) : [];
    r.push({
        kind: "add-index",
        table,
        columns,
        ...(name ? { name } : {}),
        ...(unique ? { unique: true } : {}),
        ...(concurrently ? { concurrently: true } : {}),
    });
}
/** Column names of a parenthesised index column list at `open`; expressions read as "(expression)". */
function indexColumns(r, open) {
    const end = closing(r.toks, open);
    return splitAtDepth0(r.toks, open + 1, end - 1).map(([a, b]) => {
        const name = (0,sql_source/* identifier */.Cv)(r.toks[a]);
        const rest = r.toks.slice(a + 1, b + 1);
        const simple = rest.every((t) => t.kind === "number" ||
            isPunct(t, "(") ||
            isPunct(t, ")") ||
            isWord(t, "ASC", "DESC", "NULLS", "FIRST", "LAST"));
        return name !== undefined && simple ? name : "(expression)";
    });
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic/alter.ts





/**
 * ALTER of objects that hold no rows: definitions, accounts, settings. `ALGORITHM=`/`DEFINER=`/`SQL SECURITY`
 * only start MySQL's ALTER VIEW. A database's default character set applies to tables created later.
 */
const NO_DATA_ALTER_OBJECTS = new Set([
    "VIEW",
    "FUNCTION",
    "PROCEDURE",
    "EVENT",
    "TRIGGER",
    "SEQUENCE",
    "USER",
    "ROLE",
    "DATABASE",
    "SCHEMA",
    "SERVER",
    "INSTANCE",
    "LOGFILE",
    "RESOURCE",
    "ALGORITHM",
    "DEFINER",
    "SQL",
]);
const TABLE_OPTIONS = new Set([
    "ALGORITHM",
    "LOCK",
    "ENGINE",
    "AUTO_INCREMENT",
    "DEFAULT",
    "CHARACTER",
    "CHARSET",
    "COLLATE",
    "COMMENT",
    "ROW_FORMAT",
    "KEY_BLOCK_SIZE",
    "FORCE",
    "ORDER",
    "OWNER",
    "SET",
    "RESET",
    "ENABLE",
    "DISABLE",
    "DISCARD",
    "IMPORT",
    "PACK_KEYS",
    "STATS_PERSISTENT",
    "STATS_AUTO_RECALC",
    "STATS_SAMPLE_PAGES",
    "CHECKSUM",
    "DELAY_KEY_WRITE",
    "MAX_ROWS",
    "MIN_ROWS",
    "AVG_ROW_LENGTH",
    "COMPRESSION",
    "ENCRYPTION",
    "TABLESPACE",
    "CLUSTER",
    "INHERIT",
    "NO",
    "REPLICA",
    "OF",
    "NOT",
    "ATTACH",
    "DETACH",
    "WITH",
    "WITHOUT",
]);
function alter(r) {
    let i = r.skipAny(1, ["ONLINE", "OFFLINE", "IGNORE"]);
    if (!isWord(r.toks[i], "TABLE")) {
        // ALTER VIEW / SEQUENCE / DATABASE / FUNCTION...: no column or row changes. Anything not listed fails
        // closed, so a kind of ALTER the reader has never seen is held for review.
        const what = r.toks[i];
        if (what?.kind === "word" && NO_DATA_ALTER_OBJECTS.has(what.value))
            return;
        return r.unknown("an ALTER the SQL reader does not know to be harmless");
    }
    i = r.skip(i + 1, "IF", "EXISTS");
    i = r.skip(i, "ONLY");
    const [table, after] = r.name(i);
    if (!table)
        return r.unknown("an ALTER TABLE whose table name the SQL reader cannot read");
    i = after;
    if (r.toks[i]?.kind === "op" && r.toks[i].value === "*")
        i++;
    for (const [a, b] of splitAtDepth0(r.toks, i, r.last)) {
        const span = { line: r.span.line, endLine: r.src.line(r.toks[b].end - 1) };
        alterClause(r, table, a, b, span);
    }
}
function alterClause(r, table, a, b, span) {
    const head = r.toks[a];
    const word = head?.kind === "word" ? head.value : "";
    const unknown = (reason = "an ALTER TABLE clause the SQL reader does not understand") => r.unknown(reason, a, b, span);
    switch (word) {
        case "ADD":
            return alterAdd(r, table, a + 1, b, span);
        case "DROP":
            return alterDrop(r, table, a + 1, b, span);
        case "MODIFY": {
            const i = r.skip(a + 1, "COLUMN");
            const spec = columnSpec(r, i, b);
            if (!spec)
                return unknown();
            return typeChange(r, table, spec.name, spec, span, true);
        }
        case "CHANGE": {
            const i = r.skip(a + 1, "COLUMN");
            const old = (0,sql_source/* identifier */.Cv)(r.toks[i]);
            const spec = columnSpec(r, i + 1, b);
            if (!old || !spec)
                return unknown();
            if (old.toLowerCase() !== spec.name.toLowerCase()) {
                r.push({ kind: "rename-column", table, column: old, newName: spec.name }, span);
                // CHANGE is how MySQL renames, and it restates the type: without the old type a lossy call would
                // be a guess, so the type change carries no judgement.
                return typeChange(r, table, spec.name, spec, span, false, old);
            }
            return typeChange(r, table, spec.name, spec, span, true);
        }
        case "RENAME": {
            const t = r.toks[a + 1];
            if (isWord(t, "INDEX", "KEY", "CONSTRAINT"))
                return;
            if (isWord(t, "COLUMN") ||
                ((0,sql_source/* identifier */.Cv)(t) !== undefined && isWord(r.toks[a + 2], "TO") && !isWord(t, "TO", "AS"))) {
                const i = r.skip(a + 1, "COLUMN");
                const column = (0,sql_source/* identifier */.Cv)(r.toks[i]);
                const newName = (0,sql_source/* identifier */.Cv)(r.toks[i + 2]);
                if (!column || !newName || !isWord(r.toks[i + 1], "TO"))
                    return unknown();
                r.push({ kind: "rename-column", table, column, newName }, span);
                return;
            }
            const i = isWord(t, "TO", "AS") ? a + 2 : a + 1;
            const [newName] = r.name(i);
            if (!newName)
                return unknown();
            const schema = table.includes(".") && !newName.includes(".") ? `${table.slice(0, table.lastIndexOf("."))}.` : "";
            r.push({ kind: "rename-table", table, newName: schema + newName }, span);
            return;
        }
        case "ALTER": {
            if (isWord(r.toks[a + 1], "INDEX", "CONSTRAINT", "CHECK"))
                return;
            const i = r.skip(a + 1, "COLUMN");
            const column = (0,sql_source/* identifier */.Cv)(r.toks[i]);
            if (!column)
                return unknown();
            const j = i + 1;
            if (isWord(r.toks[j], "SET") && isWord(r.toks[j + 1], "DEFAULT")) {
                const end = expressionEnd(r, j + 2, b);
                r.push({
                    kind: "change-default",
                    table,
                    column,
                    default: { volatile: callsVolatile(r, j + 2, end), text: r.text(j + 2, end, 80) },
                }, span);
                return;
            }
            if (isWord(r.toks[j], "DROP") && isWord(r.toks[j + 1], "DEFAULT"))
                return r.push({ kind: "change-default", table, column }, span);
            if (isWord(r.toks[j], "SET") && isWord(r.toks[j + 1], "NOT") && isWord(r.toks[j + 2], "NULL"))
                return r.push({ kind: "set-not-null", table, column }, span);
            if (isWord(r.toks[j], "DROP") && isWord(r.toks[j + 1], "NOT") && isWord(r.toks[j + 2], "NULL"))
                return r.push({ kind: "drop-not-null", table, column }, span);
            const typeAt = r.skip(r.skip(j, "SET", "DATA"), "TYPE");
            if (typeAt !== j) {
                // Reuse the column reader: a fake name position just before the type.
                const spec = columnSpec(r, typeAt - 1, b);
                if (spec)
                    return typeChange(r, table, column, spec, span, true);
            }
            if (isWord(r.toks[j], "SET", "DROP", "RESET"))
                return; // visibility, statistics, storage...
            return unknown();
        }
        case "VALIDATE": {
            const name = (0,sql_source/* identifier */.Cv)(r.toks[r.skip(a + 1, "CONSTRAINT")]);
            r.push({ kind: "validate-constraint", table, ...(name ? { name } : {}) }, span);
            return;
        }
        case "CONVERT":
            return unknown("CONVERT TO CHARACTER SET rewrites every text column of the table");
        default:
            if (TABLE_OPTIONS.has(word))
                return;
            return unknown();
    }
}
function typeChange(r, table, column, spec, span, judge, oldName) {
    const key = `${table}.${column}`;
    const before = r.src.knownTypes.get(`${table}.${oldName ?? column}`);
    const change = spec.type && judge ? (0,column_types/* classifySqlTypeChange */.Tr)(before, spec.type.type) : {};
    if (spec.type)
        r.src.knownTypes.set(key, spec.type.type);
    r.push({
        kind: "change-column-type",
        table,
        column,
        ...(spec.type ? { type: spec.type.display } : {}),
        ...change,
    }, span);
}
function alterAdd(r, table, i, b, span) {
    const t = r.toks[i];
    const notValid = r.toks
        .slice(i, b + 1)
        .some((u, k, all) => isWord(u, "NOT") && isWord(all[k + 1], "VALID"));
    const constraintOp = (constraint, name) => {
        const usingIndex = r.toks
            .slice(i, b + 1)
            .some((u, k, all) => isWord(u, "USING") && isWord(all[k + 1], "INDEX"));
        r.push({
            kind: "add-constraint",
            table,
            constraint,
            ...(name ? { name } : {}),
            validated: !notValid,
            ...(usingIndex ? { usingIndex: true } : {}),
        }, span);
    };
    if (isWord(t, "CONSTRAINT")) {
        let j = i + 1;
        let name;
        if (!isWord(r.toks[j], "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE")) {
            name = (0,sql_source/* identifier */.Cv)(r.toks[j]);
            j++;
        }
        const kind = constraintKind(r, j);
        if (!kind)
            return r.unknown("an ADD CONSTRAINT the SQL reader does not understand", i - 1, b, span);
        return constraintOp(kind, name);
    }
    if (isWord(t, "PRIMARY", "FOREIGN", "CHECK", "EXCLUDE")) {
        const kind = constraintKind(r, i);
        if (kind)
            return constraintOp(kind);
    }
    if (isWord(t, "UNIQUE", "INDEX", "KEY", "FULLTEXT", "SPATIAL")) {
        // MySQL: ADD [UNIQUE] INDEX|KEY [name] (columns) builds an index.
        let j = r.skipAny(i, ["UNIQUE", "INDEX", "KEY", "FULLTEXT", "SPATIAL"]);
        let name;
        if (!isPunct(r.toks[j], "(") && !isWord(r.toks[j], "USING")) {
            name = (0,sql_source/* identifier */.Cv)(r.toks[j]);
            j++;
        }
        while (j <= b && !isPunct(r.toks[j], "("))
            j++;
        r.push({
            kind: "add-index",
            table,
            columns: j <= b ? indexColumns(r, j) : [],
            ...(name ? { name } : {}),
            ...(isWord(t, "UNIQUE") ? { unique: true } : {}),
        }, span);
        return;
    }
    if (isWord(t, "PARTITION"))
        return;
    let j = r.skip(i, "COLUMN");
    j = r.skip(j, "IF", "NOT", "EXISTS");
    if (isPunct(r.toks[j], "(")) {
        const end = closing(r.toks, j, b);
        for (const [c, d] of splitAtDepth0(r.toks, j + 1, end - 1))
            addColumn(r, table, c, d, span);
        return;
    }
    addColumn(r, table, j, b, span);
}
function constraintKind(r, j) {
    const t = r.toks[j];
    if (isWord(t, "PRIMARY"))
        return "primary-key";
    if (isWord(t, "UNIQUE"))
        return "unique";
    if (isWord(t, "FOREIGN"))
        return "foreign-key";
    if (isWord(t, "CHECK"))
        return "check";
    if (isWord(t, "EXCLUDE"))
        return "exclusion";
    return undefined;
}
function addColumn(r, table, a, b, span) {
    const spec = columnSpec(r, a, b);
    if (!spec)
        return r.unknown("an ADD COLUMN the SQL reader cannot read", a, b, span);
    // Only SQLite takes a column without a type; elsewhere the statement fails, so say nothing about it.
    if (!spec.type && r.src.database !== "sqlite")
        return r.unknown("an ADD COLUMN with no type, which this database rejects", a, b, span);
    if (spec.type)
        r.src.knownTypes.set(`${table}.${spec.name}`, spec.type.type);
    r.push({
        kind: "add-column",
        table,
        column: spec.name,
        ...(spec.type ? { type: spec.type.display } : {}),
        ...(spec.notNull ? { notNull: true } : {}),
        ...(spec.default ? { default: spec.default } : {}),
    }, span);
    for (const constraint of spec.constraints) {
        r.push({ kind: "add-constraint", table, constraint, validated: true }, span);
    }
}
function alterDrop(r, table, i, b, span) {
    const t = r.toks[i];
    if (isWord(t, "INDEX", "KEY")) {
        const name = (0,sql_source/* identifier */.Cv)(r.toks[r.skip(i + 1, "IF", "EXISTS")]);
        r.push({ kind: "drop-index", table, ...(name ? { name } : {}) }, span);
        return;
    }
    if (isWord(t, "PRIMARY") && isWord(r.toks[i + 1], "KEY")) {
        r.push({ kind: "drop-constraint", table, name: "PRIMARY" }, span);
        return;
    }
    if (isWord(t, "FOREIGN", "CONSTRAINT", "CHECK")) {
        let j = isWord(t, "FOREIGN") ? r.skip(i + 1, "KEY") : i + 1;
        j = r.skip(j, "IF", "EXISTS");
        const name = (0,sql_source/* identifier */.Cv)(r.toks[j]);
        r.push({ kind: "drop-constraint", table, ...(name ? { name } : {}) }, span);
        return;
    }
    if (isWord(t, "PARTITION"))
        return r.unknown("DROP PARTITION deletes the rows of the partition", i - 1, b, span);
    if (isWord(t, "DEFAULT"))
        return;
    let j = r.skip(i, "COLUMN");
    j = r.skip(j, "IF", "EXISTS");
    const column = (0,sql_source/* identifier */.Cv)(r.toks[j]);
    if (!column)
        return r.unknown("a DROP clause the SQL reader does not understand", i - 1, b, span);
    r.push({ kind: "drop-column", table, column }, span);
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic/drop.ts

const NO_EFFECT_DROPS = new Set([
    "VIEW",
    "TRIGGER",
    "PROCEDURE",
    "FUNCTION",
    "EVENT",
    "ROLE",
    "USER",
    "POLICY",
    "MATERIALIZED",
    "RULE",
    "AGGREGATE",
    "OPERATOR",
    "COLLATION",
    "SERVER",
    "PUBLICATION",
    "SUBSCRIPTION",
    "STATISTICS",
]);
function drop(r) {
    let i = r.skipAny(1, ["TEMPORARY", "TEMP"]);
    const what = r.toks[i];
    if (isWord(what, "TABLE", "TABLES")) {
        i++;
        const ifExists = r.skip(i, "IF", "EXISTS") !== i;
        i = r.skip(i, "IF", "EXISTS");
        const cascade = r.hasWord("CASCADE");
        const end = findDepth0(r.toks, i, r.last, new Set(["CASCADE", "RESTRICT"]));
        for (const [a] of splitAtDepth0(r.toks, i, end < 0 ? r.last : end - 1)) {
            const [table] = r.name(a);
            if (table)
                r.push({
                    kind: "drop-table",
                    table,
                    ...(ifExists ? { ifExists: true } : {}),
                    ...(cascade ? { cascade: true } : {}),
                });
        }
        return;
    }
    if (isWord(what, "INDEX")) {
        i++;
        const concurrently = isWord(r.toks[i], "CONCURRENTLY");
        if (concurrently)
            i++;
        i = r.skip(i, "IF", "EXISTS");
        const on = findDepth0(r.toks, i, r.last, new Set(["ON"]));
        const [table] = on >= 0 ? r.name(on + 1) : [undefined];
        const end = on >= 0 ? on - 1 : r.last;
        for (const [a] of splitAtDepth0(r.toks, i, end)) {
            const [name] = r.name(a);
            if (name === undefined || isWord(r.toks[a], "CASCADE", "RESTRICT"))
                continue;
            r.push({
                kind: "drop-index",
                name,
                ...(table ? { table } : {}),
                ...(concurrently ? { concurrently: true } : {}),
            });
        }
        return;
    }
    if (isWord(what, "DATABASE", "SCHEMA", "SEQUENCE")) {
        // MySQL's DROP SCHEMA is DROP DATABASE; MariaDB has sequences.
        const kind = isWord(what, "SEQUENCE") ? "drop-sequence" : "drop-database";
        const ifExists = r.skip(i + 1, "IF", "EXISTS") !== i + 1;
        const from = r.skip(i + 1, "IF", "EXISTS");
        const end = findDepth0(r.toks, from, r.last, new Set(["CASCADE", "RESTRICT"]));
        let named = false;
        for (const [a] of splitAtDepth0(r.toks, from, end < 0 ? r.last : end - 1)) {
            const [name] = r.name(a);
            if (name === undefined)
                continue;
            named = true;
            r.push({ kind, name, ...(ifExists ? { ifExists: true } : {}) });
        }
        if (!named)
            r.unknown("a DROP whose object name the SQL reader cannot read");
        return;
    }
    if (isWord(what, "TYPE", "DOMAIN", "EXTENSION")) {
        if (r.hasWord("CASCADE"))
            r.unknown("DROP ... CASCADE also drops the columns that depend on what it drops");
        return;
    }
    if (what?.kind === "word" && NO_EFFECT_DROPS.has(what.value))
        return;
    r.unknown("a DROP the SQL reader does not understand");
}
function renameTables(r) {
    if (!isWord(r.toks[1], "TABLE", "TABLES"))
        return r.unknown("a RENAME the SQL reader does not understand");
    for (const [a, b] of splitAtDepth0(r.toks, 2, r.last)) {
        const [from, after] = r.name(a);
        const [to] = isWord(r.toks[after], "TO") ? r.name(after + 1) : [undefined];
        if (!from || !to || after + 1 > b)
            r.unknown("a RENAME TABLE the SQL reader cannot read", a, b);
        else
            r.push({ kind: "rename-table", table: from, newName: to });
    }
}
function truncate(r) {
    let i = r.skip(1, "TABLE");
    i = r.skip(i, "ONLY");
    const stop = findDepth0(r.toks, i, r.last, new Set(["CASCADE", "RESTRICT", "RESTART", "CONTINUE"]));
    const tables = [];
    for (const [a] of splitAtDepth0(r.toks, i, stop < 0 ? r.last : stop - 1)) {
        const [table] = r.name(a);
        if (table)
            tables.push(table);
    }
    if (!tables.length)
        return r.unknown("a TRUNCATE whose tables the SQL reader cannot read");
    r.push({ kind: "truncate", tables, ...(r.hasWord("CASCADE") ? { cascade: true } : {}) });
}

// EXTERNAL MODULE: ./src/core/frameworks/sql/pure-functions.ts
var pure_functions = __webpack_require__(9598);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic/rows.ts



/** Words a `(` may follow in a row statement without calling a function: clauses, operators and types. */
const NOT_CALLS = new Set([
    "SELECT",
    "FROM",
    "WHERE",
    "AND",
    "OR",
    "NOT",
    "IN",
    "EXISTS",
    "VALUES",
    "VALUE",
    "ANY",
    "ALL",
    "SOME",
    "AS",
    "ON",
    "USING",
    "JOIN",
    "LATERAL",
    "OVER",
    "FILTER",
    "WITHIN",
    "PARTITION",
    "INDEX",
    "KEY",
    "WITH",
    "SET",
    "INTO",
    "TABLE",
    "ROW",
    "ARRAY",
    "CASE",
    "WHEN",
    "THEN",
    "ELSE",
    "IS",
    "BY",
    "LIKE",
    "BETWEEN",
    "UNION",
    "INTERSECT",
    "EXCEPT",
    "LIMIT",
    "OFFSET",
    "HAVING",
    "RETURNING",
    "DISTINCT",
    "MATCH",
    "AGAINST",
    "CONVERT",
    "CHAR",
    "CHARACTER",
    "VARCHAR",
    "NCHAR",
    "DECIMAL",
    "NUMERIC",
    "DEC",
    "FLOAT",
    "DOUBLE",
    "BINARY",
    "VARBINARY",
    "TIME",
    "DATETIME",
    "TIMESTAMP",
    "DUPLICATE",
    "UPDATE",
]);
const COPY_FILTERS = new Set([
    "WHERE",
    "JOIN",
    "LIMIT",
    "UNION",
    "EXCEPT",
    "INTERSECT",
    "GROUP",
    "HAVING",
    "OFFSET",
    "FETCH",
]);
/**
 * Calls in a row statement from token `from` on to functions off the short list of pure ones
 * (pure-functions.ts): `SELECT setval(..)`, `SELECT GET_LOCK(..)`... run code the reader cannot see, so one
 * unknown operation names them. A name is a call when `(` follows it and it is not a keyword or a type.
 */
function unlistedCalls(r, from) {
    const names = new Set();
    for (let k = Math.max(from, 0); k < r.last; k++) {
        const t = r.toks[k];
        if (!isPunct(r.toks[k + 1], "("))
            continue;
        if (t.kind === "word" && NOT_CALLS.has(t.value))
            continue;
        const name = (0,sql_source/* identifier */.Cv)(t);
        if (name === undefined)
            continue;
        const qualified = [name];
        const owner = isPunct(r.toks[k - 1], ".") ? (0,sql_source/* identifier */.Cv)(r.toks[k - 2]) : undefined;
        if (owner !== undefined)
            qualified.unshift(owner);
        if (!(0,pure_functions/* isPureFunction */.J)(qualified))
            names.add(qualified.join("."));
    }
    if (!names.size)
        return;
    r.unknown(`a statement that calls ${[...names].map((n) => `${n}()`).join(", ")}, a function whose effect the reader cannot see`);
}
function deleteRows(r) {
    let i = r.skipAny(1, ["LOW_PRIORITY", "QUICK", "IGNORE"]);
    const where = findDepth0(r.toks, i, r.last, new Set(["WHERE"]));
    if (isWord(r.toks[i], "FROM"))
        i = r.skip(i + 1, "ONLY");
    const [table] = r.name(i);
    if (!table)
        return r.unknown("a DELETE whose table the SQL reader cannot read");
    r.push({ kind: "delete-rows", table, filtered: where >= 0, via: "DELETE" });
}
function update(r) {
    let i = r.skipAny(1, ["LOW_PRIORITY", "IGNORE"]);
    if (isWord(r.toks[i], "OR"))
        i += 2;
    i = r.skip(i, "ONLY");
    const [table] = r.name(i);
    const set = findDepth0(r.toks, i, r.last, new Set(["SET"]));
    if (!table || set < 0)
        return r.unknown("an UPDATE the SQL reader cannot read");
    const tail = findDepth0(r.toks, set + 1, r.last, new Set(["WHERE", "FROM", "ORDER", "LIMIT", "RETURNING"]));
    const setEnd = tail < 0 ? r.last : tail - 1;
    const columns = [];
    for (const [a, b] of splitAtDepth0(r.toks, set + 1, setEnd)) {
        if (isPunct(r.toks[a], "(")) {
            const end = closing(r.toks, a, b);
            for (const [c] of splitAtDepth0(r.toks, a + 1, end - 1)) {
                const [name] = r.name(c);
                if (name)
                    columns.push(name.split(".").pop());
            }
        }
        else {
            const [name] = r.name(a);
            if (name)
                columns.push(name.split(".").pop());
        }
    }
    const where = findDepth0(r.toks, set + 1, r.last, new Set(["WHERE"]));
    let onlyNulls = false;
    if (where >= 0 && columns.length) {
        const end = findDepth0(r.toks, where + 1, r.last, new Set(["ORDER", "LIMIT", "RETURNING"]));
        const nulls = nullTests(r, where + 1, end < 0 ? r.last : end - 1);
        onlyNulls = !!nulls && columns.every((c) => nulls.has(c));
    }
    r.push({ kind: "update-rows", table, columns, filtered: where >= 0, onlyNulls, via: "UPDATE" });
}
/** Columns a WHERE conjunction restricts to NULL; undefined when the condition is not a conjunction. */
function nullTests(r, from, to) {
    // Strip parentheses around the whole condition.
    while (isPunct(r.toks[from], "(") && closing(r.toks, from, to) === to) {
        from++;
        to--;
    }
    if (findDepth0(r.toks, from, to, new Set(["OR"])) >= 0)
        return undefined;
    const out = new Set();
    let start = from;
    let depth = 0;
    let between = false;
    const conjunct = (a, b) => {
        if (isPunct(r.toks[a], "(") && closing(r.toks, a, b) === b) {
            nullTests(r, a + 1, b - 1)?.forEach((c) => out.add(c));
            return;
        }
        const [name, after] = r.name(a);
        if (name && after + 1 === b && isWord(r.toks[after], "IS") && isWord(r.toks[b], "NULL"))
            out.add(name.split(".").pop());
    };
    for (let i = from; i <= to; i++) {
        const t = r.toks[i];
        if (t.kind === "punct") {
            if (t.value === "(")
                depth++;
            else if (t.value === ")")
                depth--;
        }
        else if (depth === 0 && isWord(t, "BETWEEN"))
            between = true;
        else if (depth === 0 && isWord(t, "AND")) {
            if (between)
                between = false;
            else {
                conjunct(start, i - 1);
                start = i + 1;
            }
        }
    }
    conjunct(start, to);
    return out;
}
function insert(r) {
    let i = 1;
    if (isWord(r.toks[i], "OR"))
        i += 2;
    i = r.skipAny(i, ["LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE"]);
    i = r.skip(i, "INTO");
    const [into, after] = r.name(i);
    if (!into)
        return;
    i = after;
    let intoColumns;
    if (isPunct(r.toks[i], "(")) {
        const end = closing(r.toks, i);
        intoColumns = splitAtDepth0(r.toks, i + 1, end - 1).map(([a]) => (0,sql_source/* identifier */.Cv)(r.toks[a]) ?? "?");
        i = end + 1;
    }
    if (!isWord(r.toks[i], "SELECT"))
        return;
    const from = findDepth0(r.toks, i + 1, r.last, new Set(["FROM"]));
    if (from < 0)
        return;
    let star = false;
    const selectColumns = [];
    for (const [a, b] of splitAtDepth0(r.toks, i + 1, from - 1)) {
        const lastTok = r.toks[b];
        if (lastTok.kind === "op" && lastTok.value === "*")
            star = true;
        else {
            const [name, end] = r.name(a);
            selectColumns.push(name && end === b + 1 ? name.split(".").pop() : "?");
        }
    }
    const [source, rest] = r.name(from + 1);
    if (!source)
        return;
    // Anything that can leave rows behind: a filter, a join, a limit, a set operation, DISTINCT.
    const partial = isWord(r.toks[i + 1], "DISTINCT") ||
        findDepth0(r.toks, rest, r.last, COPY_FILTERS) >= 0 ||
        r.toks.slice(rest).some((t) => isPunct(t, ","));
    r.copy = {
        into,
        from: source,
        ...(intoColumns ? { intoColumns } : {}),
        selectColumns: star ? "*" : selectColumns,
        partial,
    };
}

// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic.ts








/** Statements that change no table's columns or rows when they run, by their first word(s). */
const NO_EFFECT = new Set([
    "SET",
    "USE",
    "PRAGMA",
    "BEGIN",
    "START",
    "COMMIT",
    "END",
    "ROLLBACK",
    "SAVEPOINT",
    "RELEASE",
    "LOCK",
    "UNLOCK",
    "INSERT",
    "REPLACE",
    "GRANT",
    "REVOKE",
    "COMMENT",
    "ANALYZE",
    "ANALYSE",
    "SHOW",
    "FLUSH",
    "DELIMITER",
    "VACUUM",
    "REINDEX",
    "ATTACH",
    "DETACH",
    "CHECKPOINT",
    "NOTIFY",
    "LISTEN",
    "DECLARE",
    "PREPARE",
    "DEALLOCATE",
    "SECURITY",
]);
/** Where an INSERT's rows start: its table and column list come before. */
const INSERT_ROWS = new Set(["VALUES", "VALUE", "SELECT", "SET", "TABLE", "WITH"]);
/** What a statement does, by its first word; a word in none of them is NO_EFFECT or an unknown. */
const STATEMENTS = {
    ALTER: alter,
    CREATE: create,
    DROP: drop,
    RENAME: renameTables,
    TRUNCATE: truncate,
    DELETE: (r) => {
        unlistedCalls(r, 1);
        deleteRows(r);
    },
    UPDATE: (r) => {
        unlistedCalls(r, 1);
        update(r);
    },
    INSERT: insertStatement,
    REPLACE: insertStatement,
    WITH: (r) => {
        if (r.hasWord("DELETE", "UPDATE"))
            return r.unknown("a WITH query that changes rows");
        unlistedCalls(r, 1);
    },
    SELECT: (r) => unlistedCalls(r, 1),
    VALUES: (r) => unlistedCalls(r, 1),
    EXPLAIN: (r) => r.explain(),
    DESCRIBE: (r) => r.explain(),
    DESC: (r) => r.explain(),
    CALL: codeNotFollowed,
    EXEC: codeNotFollowed,
    EXECUTE: codeNotFollowed,
    DO: codeNotFollowed,
    SOURCE: codeNotFollowed,
    OPTIMIZE: (r) => r.unknown("OPTIMIZE TABLE rebuilds the table"),
};
function insertStatement(r) {
    // From the rows on: the table and its column list before them are names, not calls.
    const rows = findDepth0(r.toks, 1, r.last, INSERT_ROWS);
    if (rows >= 0)
        unlistedCalls(r, rows);
    insert(r);
}
function codeNotFollowed(r) {
    r.unknown("code the SQL reader cannot follow");
}
/** Reads one statement, tokens [first, last] of the source. */
function classifyStatement(src, range) {
    const toks = [];
    for (let i = range[0]; i <= range[1]; i++)
        if (src.tokens[i].kind !== "comment")
            toks.push(src.tokens[i]);
    const span = src.spanOfTokens(range[0], range[1]);
    const reader = new StatementReader(src, toks, span);
    reader.read();
    return (0,extend/* extend */.X)(span, { ops: reader.ops, ...(reader.copy ? { copy: reader.copy } : {}) });
}
class StatementReader {
    src;
    toks;
    span;
    ops = [];
    copy;
    last;
    constructor(src, toks, span) {
        this.src = src;
        this.toks = toks;
        this.span = span;
        this.last = toks.length - 1;
    }
    push(op, span = this.span) {
        this.ops.push((0,extend/* extend */.X)(op, { line: span.line, endLine: span.endLine }));
    }
    unknown(reason, from = 0, to = this.last, span = this.span) {
        this.push({ kind: "unknown", reason, text: this.text(from, to) }, span);
    }
    text(from, to, max = 120) {
        const a = this.toks[from];
        const b = this.toks[Math.min(to, this.last)];
        if (!a || !b)
            return "";
        const text = this.src.text.slice(a.start, b.end).replace(/\s+/g, " ").trim();
        return text.length > max ? `${text.slice(0, max - 1)}…` : text;
    }
    /** A possibly qualified name starting at `i`: [name, index after it]. */
    name(i) {
        const parts = [];
        let j = i;
        for (;;) {
            const part = (0,sql_source/* identifier */.Cv)(this.toks[j]);
            if (part === undefined)
                break;
            parts.push(part);
            j++;
            if (isPunct(this.toks[j], ".") && (0,sql_source/* identifier */.Cv)(this.toks[j + 1]) !== undefined)
                j++;
            else
                break;
        }
        return [parts.length ? parts.join(".") : undefined, j];
    }
    /** Skips the words of `seq` at `i` when they are all there; returns the index after them, else `i`. */
    skip(i, ...seq) {
        for (let k = 0; k < seq.length; k++)
            if (!isWord(this.toks[i + k], seq[k]))
                return i;
        return i + seq.length;
    }
    skipAny(i, words) {
        const set = words instanceof Set ? words : new Set(words);
        while (isWord(this.toks[i]) && set.has(this.toks[i].value))
            i++;
        return i;
    }
    read() {
        const head = this.toks[0];
        if (!head)
            return;
        if (head.kind !== "word") {
            if (isPunct(head, "("))
                return unlistedCalls(this, 0); // a parenthesised SELECT
            return this.unknown("a statement the SQL reader does not understand");
        }
        const handler = (0,toolkit/* handlerFor */.ci)(STATEMENTS, head.value);
        if (handler)
            return handler(this);
        if (NO_EFFECT.has(head.value))
            return;
        this.unknown("a statement the SQL reader does not understand");
    }
    /**
     * EXPLAIN ANALYZE runs the statement it explains (PostgreSQL; MySQL 8 for SELECT, TABLE and multi-table
     * UPDATE/DELETE), so it is read as that statement. Plain EXPLAIN, DESCRIBE and SQLite's EXPLAIN [QUERY PLAN]
     * only plan it. `(ANALYZE false)` is plain EXPLAIN.
     */
    explain() {
        let i = 1;
        let analyze = false;
        for (;;) {
            const t = this.toks[i];
            if (isWord(t, "ANALYZE", "ANALYSE")) {
                analyze = true;
                i++;
            }
            else if (isWord(t, "VERBOSE", "EXTENDED", "PARTITIONS"))
                i++;
            else if (isWord(t, "QUERY") && isWord(this.toks[i + 1], "PLAN"))
                i += 2;
            else if (isWord(t, "FORMAT") && this.toks[i + 1]?.value === "=")
                i += 3;
            else if (isPunct(t, "(")) {
                const end = closing(this.toks, i);
                if (this.analyzeOption(i + 1, end - 1))
                    analyze = true;
                i = end + 1;
            }
            else
                break;
        }
        if (!analyze || i > this.last)
            return;
        const inner = new StatementReader(this.src, this.toks.slice(i), this.span);
        inner.read();
        this.ops.push(...inner.ops);
        if (inner.copy)
            this.copy = inner.copy;
    }
    /** True when the option list toks[a..b] of `EXPLAIN (...)` turns ANALYZE on. */
    analyzeOption(a, b) {
        return splitAtDepth0(this.toks, a, b).some(([c, d]) => {
            if (!isWord(this.toks[c], "ANALYZE", "ANALYSE"))
                return false;
            if (d === c)
                return true;
            const value = this.toks[c + 1].value.toUpperCase();
            return !["FALSE", "OFF", "NO", "0"].includes(value);
        });
    }
    hasWord(...words) {
        return this.toks.some((t) => t.kind === "word" && words.includes(t.value));
    }
}

// EXTERNAL MODULE: ./src/core/frameworks/sql/postgres.ts + 1 modules
var postgres = __webpack_require__(7627);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/rebuild.ts

function key(name) {
    return name.replace(/^(public|main)\./i, "");
}
function complete(copy, newColumns) {
    if (copy.partial)
        return false;
    if (copy.intoColumns) {
        if (!newColumns || !newColumns.every((c) => copy.intoColumns.includes(c)))
            return false;
        return copy.selectColumns === "*" || copy.selectColumns.length === copy.intoColumns.length;
    }
    if (copy.selectColumns === "*")
        return true;
    return !!newColumns && copy.selectColumns.length >= newColumns.length;
}
/** Groups items by a key, keeping source order inside each group. */
function groupBy(items, keyOf) {
    const out = new Map();
    for (const item of items) {
        const k = keyOf(item);
        if (k === undefined)
            continue;
        const list = out.get(k);
        if (list)
            list.push(item);
        else
            out.set(k, [item]);
    }
    return out;
}
/** The last item of a source-ordered list that sits before statement `before` (and after `after`). */
function lastBetween(list, at, after, before) {
    if (!list)
        return undefined;
    for (let i = list.length - 1; i >= 0; i--) {
        const s = at(list[i]);
        if (s < before)
            return s > after ? list[i] : undefined;
    }
    return undefined;
}
function collapseRebuilds(statements) {
    const hasDrop = statements.some((s) => s.ops.some((o) => o.kind === "drop-table"));
    const hasCopy = statements.some((s) => s.copy);
    if (!hasDrop || !hasCopy)
        return statements.flatMap((s) => s.ops);
    const ops = statements.flatMap((s, statement) => s.ops.map((op) => ({ op, statement })));
    const removed = new Set();
    const replaced = new Map();
    // Indexes by table name, so each DROP finds its partners without scanning the file again.
    const renamesTo = groupBy(ops, (l) => (l.op.kind === "rename-table" ? key(l.op.newName) : undefined));
    const creates = groupBy(ops, (l) => (l.op.kind === "create-table" ? key(l.op.table) : undefined));
    const copies = groupBy(statements.map((s, i) => i), (i) => {
        const copy = statements[i].copy;
        return copy ? `${key(copy.into)}\u0000${key(copy.from)}` : undefined;
    });
    const copyBetween = (into, from, after, before) => lastBetween(copies.get(`${key(into)}\u0000${key(from)}`), (i) => i, after, before) ?? -1;
    const createdBetween = (table, after, before) => lastBetween(creates.get(key(table)), (l) => l.statement, after, before);
    for (const dropped of ops) {
        const drop = dropped.op;
        if (drop.kind !== "drop-table" || removed.has(drop))
            continue;
        const renames = renamesTo.get(key(drop.table)) ?? [];
        // A: CREATE new; INSERT INTO new SELECT FROM t; DROP t; ALTER TABLE new RENAME TO t.
        const rename = renames.find((l) => l.statement > dropped.statement);
        if (rename && rename.op.kind === "rename-table") {
            const copyAt = copyBetween(rename.op.table, drop.table, -1, dropped.statement);
            if (copyAt >= 0) {
                const created = createdBetween(rename.op.table, -1, copyAt);
                const columns = created?.op.kind === "create-table" ? created.op.columns : undefined;
                const copy = statements[copyAt].copy;
                settle(drop, copy, columns, rename.op.table);
                removed.add(rename.op);
                if (created?.op.kind === "create-table" && removed.has(drop)) {
                    // The new table takes the old one's name: say so, so the schema history can tell which old columns
                    // the copy left behind (a rebuild that drops a column is a drop-column).
                    replaced.set(created.op, (0,extend/* extend */.X)(created.op, {
                        rebuildOf: {
                            table: drop.table,
                            carried: copy.selectColumns,
                            line: drop.line,
                            endLine: drop.endLine,
                        },
                    }));
                }
                continue;
            }
        }
        // B: ALTER TABLE t RENAME TO old; CREATE t; INSERT INTO t SELECT FROM old; DROP old.
        const away = lastBetween(renames, (l) => l.statement, -1, dropped.statement);
        if (away && away.op.kind === "rename-table") {
            const original = away.op.table;
            const created = createdBetween(original, away.statement, dropped.statement);
            const copyAt = created ? copyBetween(original, drop.table, created.statement, dropped.statement) : -1;
            if (created && created.op.kind === "create-table" && copyAt >= 0) {
                settle(drop, statements[copyAt].copy, created.op.columns, original);
                removed.add(away.op);
                removed.add(created.op);
            }
        }
    }
    function settle(drop, copy, columns, other) {
        if (drop.kind !== "drop-table")
            return;
        if (complete(copy, columns)) {
            removed.add(drop);
            return;
        }
        replaced.set(drop, {
            kind: "unknown",
            reason: `the table rebuild of ${drop.table} through ${other} may not copy every column and row, and whatever it leaves behind is lost with the DROP TABLE`,
            table: drop.table,
            line: drop.line,
            endLine: drop.endLine,
        });
    }
    const out = [];
    for (const { op } of ops) {
        if (removed.has(op))
            continue;
        out.push(replaced.get(op) ?? op);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/split.ts
const ROUTINES = new Set(["TRIGGER", "PROCEDURE", "FUNCTION", "EVENT"]);
const BLOCK_ENDERS = new Set(["IF", "LOOP", "WHILE", "REPEAT"]);
/** True when the statement opening at `i` creates a trigger or routine whose body may hold `;`. */
function opensRoutine(tokens, i) {
    const t = tokens[i];
    if (!t || t.kind !== "word" || t.value !== "CREATE")
        return false;
    let words = 0;
    for (let j = i + 1; j < tokens.length && words < 8; j++) {
        const u = tokens[j];
        if (u.kind === "comment")
            continue;
        if (u.kind === "punct")
            return false;
        if (u.kind === "word") {
            if (ROUTINES.has(u.value))
                return true;
            if (u.value === "TABLE" || u.value === "INDEX" || u.value === "VIEW")
                return false;
        }
        words++;
    }
    return false;
}
function nextCode(tokens, i) {
    for (let j = i + 1; j < tokens.length; j++)
        if (tokens[j].kind !== "comment")
            return j;
    return -1;
}
/**
 * Splits tokens into statements. Inside a CREATE TRIGGER / PROCEDURE / FUNCTION / EVENT, `;` only ends the
 * statement outside BEGIN ... END and CASE ... END (SQLite and MySQL bodies are not quoted). The MySQL
 * client's `DELIMITER x` lines change the separator until the next DELIMITER line; they are not statements.
 */
function splitStatements(tokens, text) {
    const out = [];
    let first = -1;
    let last = -1;
    let routine = false;
    let depth = 0;
    let delimiter = ";";
    const end = () => {
        if (first >= 0)
            out.push([first, last]);
        first = -1;
        routine = false;
        depth = 0;
    };
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind === "comment")
            continue;
        if (first < 0 && t.kind === "word" && t.value === "DELIMITER") {
            let eol = text.indexOf("\n", t.end);
            if (eol < 0)
                eol = text.length;
            delimiter = text.slice(t.end, eol).trim() || ";";
            while (i + 1 < tokens.length && tokens[i + 1].start < eol)
                i++;
            continue;
        }
        if (delimiter !== ";") {
            if (text.startsWith(delimiter, t.start)) {
                end();
                const stop = t.start + delimiter.length;
                while (i + 1 < tokens.length && tokens[i + 1].start < stop)
                    i++;
                continue;
            }
        }
        else if (t.kind === "punct" && t.value === ";" && depth <= 0) {
            end();
            continue;
        }
        if (first < 0) {
            first = i;
            routine = delimiter === ";" && opensRoutine(tokens, i);
        }
        last = i;
        if (!routine || t.kind !== "word")
            continue;
        if (t.value === "BEGIN" || t.value === "CASE")
            depth++;
        else if (t.value === "END") {
            const j = nextCode(tokens, i);
            const after = j >= 0 ? tokens[j] : undefined;
            if (after?.kind === "word" && BLOCK_ENDERS.has(after.value)) {
                // END IF / END LOOP / ...: closes a block that never counted; skip its keyword.
                i = last = j;
                continue;
            }
            depth--;
            if (after?.kind === "word" && after.value === "CASE")
                i = last = j;
        }
    }
    if (first >= 0)
        out.push([first, last]);
    return out;
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/index.ts






/** libpg_query's answer, or its message and the 0-based byte offset it points at. */
function parsePostgres(parsers, sql) {
    try {
        return { parsed: parsers.postgres(sql) };
    }
    catch (error) {
        // Rejected text is handled by the caller (a problem, or the tokenizer for MySQL/SQLite): never "safe".
        const details = error.sqlDetails;
        const cursor = typeof details?.cursorPosition === "number" ? details.cursorPosition : undefined;
        return { error: error instanceof Error ? error.message : String(error), cursor };
    }
}
function tryPostgres(parsers, sql) {
    const attempt = parsePostgres(parsers, sql);
    return "parsed" in attempt ? attempt.parsed : undefined;
}
function commentsOf(src) {
    const out = [];
    for (const t of src.tokens) {
        if (t.kind === "comment")
            out.push({ text: t.value, line: src.line(t.start), endLine: src.line(t.end - 1) });
    }
    return out;
}
/**
 * The lexer for text libpg_query rejected follows the configured database's rules: a literal that database
 * cannot read is a problem for a human, not something to guess around.
 */
function fallbackSource(sql, database, line) {
    // DELIMITER lines belong to the MySQL client, whatever database the project names.
    const dialect = /^\s*DELIMITER\s/im.test(sql) ? "mysql" : database;
    return new sql_source/* SqlSource */.iX(sql, database, line, dialect);
}
function isBacktickQuoted(src, first, last) {
    for (let i = first; i <= last; i++) {
        const t = src.tokens[i];
        if (t.kind === "quoted" && src.text.charCodeAt(t.start) === 96)
            return true;
    }
    return false;
}
function readStatements(src, parsers) {
    const tokens = src.tokens;
    const ranges = splitStatements(tokens, src.text);
    const problems = [];
    const error = src.lexError;
    if (error) {
        // The statement the unreadable literal sits in has no end: leave it and everything after to a human.
        const lastRange = ranges[ranges.length - 1];
        const terminated = lastRange && tokens.slice(lastRange[1] + 1).some((t) => t.kind === "punct" && t.value === ";");
        if (lastRange && !terminated)
            ranges.pop();
        const from = lastRange && !terminated ? tokens[lastRange[0]].start : error.offset;
        const lastLine = src.line(Math.max(from, src.text.trimEnd().length - 1));
        problems.push({
            line: src.line(from),
            endLine: lastLine,
            message: `The SQL could not be read from line ${src.line(from)}: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)} (line ${src.line(error.offset)}), so the statements from there on were not analysed.`,
        });
    }
    const statements = [];
    const strict = src.database === "postgresql";
    for (const [first, last] of ranges) {
        const start = tokens[first].start;
        const end = tokens[last].end;
        const text = src.text.slice(start, end);
        const attempt = isBacktickQuoted(src, first, last) && !strict
            ? { error: "backtick-quoted", cursor: undefined }
            : parsePostgres(parsers, text);
        if ("error" in attempt && strict) {
            const at = attempt.cursor === undefined ? start : start + (0,lexer/* byteToCharMapper */.ve)(text)(attempt.cursor);
            const line = src.line(Math.min(at, Math.max(end - 1, start)));
            problems.push({
                line: src.line(start),
                endLine: src.line(end - 1),
                message: `PostgreSQL cannot parse the statement at line ${src.line(start)}: ${attempt.error} (line ${line}), so ` +
                    "it was not analysed. If the database is MySQL or SQLite, set `database:` in .github/migration-guard.yml.",
            });
            continue;
        }
        const mapped = "parsed" in attempt ? (0,postgres/* mapPostgres */.aD)(attempt.parsed, src, text, start) : undefined;
        if (mapped && mapped.length)
            statements.push(...mapped);
        else
            statements.push(classifyStatement(src, [first, last]));
    }
    return { statements, problems };
}
function sqlToOperations(input, parsers) {
    const line = input.line >= 1 ? input.line : 1;
    try {
        const parsed = tryPostgres(parsers, input.sql);
        if (parsed) {
            // libpg_query accepted it, so PostgreSQL's lexical rules are the right ones for positions and comments.
            const src = new sql_source/* SqlSource */.iX(input.sql, input.database, line, "postgresql");
            if (!src.lexError) {
                return {
                    operations: collapseRebuilds((0,postgres/* mapPostgres */.aD)(parsed, src, input.sql, 0)),
                    comments: commentsOf(src),
                    problems: [],
                };
            }
        }
        const src = fallbackSource(input.sql, input.database, line);
        const { statements, problems } = readStatements(src, parsers);
        return { operations: collapseRebuilds(statements), comments: commentsOf(src), problems };
    }
    catch (error) {
        // A reader bug must not hide the SQL: the text goes to a human.
        return {
            operations: [],
            comments: [],
            problems: [
                {
                    line,
                    endLine: line + input.sql.split("\n").length - 1,
                    message: `The SQL reader failed on this text (${error instanceof Error ? error.message : String(error)}), so it was not analysed.`,
                },
            ],
        };
    }
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/embedded.ts


/**
 * Follows SQL embedded in a migration (`execute`, `RunSQL`, `DB::statement`...): its operations, comments and
 * problems join those of the file it sits in.
 */
function appendSql(into, input, parsers) {
    const sql = sqlToOperations(input, parsers);
    into.operations.push(...sql.operations);
    into.comments.push(...sql.comments);
    into.problems.push(...sql.problems);
}
/**
 * `left + right` (or `.`, `<>`) where at least one side is a template (`recurse`): the other side is its text
 * when `resolve` knows it (a variable bound to a string), else a hole named by its source.
 */
function joinTemplates(binary, recurse, resolve = () => undefined) {
    const left = binary.childForFieldName("left");
    const right = binary.childForFieldName("right");
    if (!left || !right)
        return undefined;
    const sides = [left, right].map((node) => [recurse(node), node]);
    const line = sides.find(([t]) => t)?.[0]?.line;
    if (line === undefined)
        return undefined;
    const parts = sides.flatMap(([t, node]) => {
        if (t)
            return t.parts;
        const value = resolve(node);
        return [value !== undefined ? { text: value } : { hole: node.text }];
    });
    return { parts, line };
}
/** Follows SQL a reader built as a template (see appendTemplateSql); false, adding nothing, when there is none. */
function appendBuiltSql(into, template, database, parsers) {
    return (!!template && appendTemplateSql(into, { parts: template.parts, database, line: template.line }, parsers));
}
/**
 * SQL a migration hands to a call (`DB::statement(...)`, `execute "..."`, `op.execute(...)`): its literal text
 * (or a name holding one, read at the call's line), else the template it builds. False, having added nothing,
 * when it is neither readably: the caller then records the call as an unknown operation (fails closed).
 */
function appendCallSql(into, node, where, read, input) {
    if (!node)
        return false;
    let literal = read.literal(node);
    if (!literal) {
        const value = read.resolve(node);
        if (value !== undefined)
            literal = { value, line: where.startPosition.row + 1 };
    }
    if (literal) {
        appendSql(into, { sql: literal.value, database: input.database, line: literal.line }, input.parsers);
        return true;
    }
    return appendBuiltSql(into, read.template(node), input.database, input.parsers);
}
/** Why a call's SQL could not be read: `via` runs SQL built at run time (`how`: the forms the language has). */
function sqlBuiltAtRunTime(via, how = "a variable, interpolation or expression") {
    return `${via} runs SQL built at run time (${how}), which cannot be read`;
}
const HOLE = /__mg_hole_(\d+)__/g;
/** What each field of an operation names, for the run-time name that replaces a hole in it. */
const FIELD_PARTS = {
    table: "table",
    tables: "table",
    newName: "table",
    column: "column",
    columns: "column",
    name: "name",
    type: "name",
};
/**
 * Follows SQL built from literal text and run-time holes (`"DELETE FROM #{t} WHERE ..."`, a template literal,
 * an f-string): each hole stands in as an identifier, and the statement is read by its static parts. A table
 * or column that came from a hole is named as computed at run time. Returns false, having added nothing, when
 * the text does not read cleanly that way (a hole where a keyword or a whole statement goes): the caller then
 * reports it as SQL it cannot read.
 */
function appendTemplateSql(into, input, parsers) {
    const holes = [];
    const sql = input.parts
        .map((p) => {
        if ("text" in p)
            return p.text;
        holes.push(p.hole);
        return `__mg_hole_${holes.length - 1}__`;
    })
        .join("");
    // Only text the static parts begin: a statement whose first word is a hole has no known verb.
    if (/^\s*__mg_hole_/.test(sql) || /;\s*__mg_hole_/.test(sql))
        return false;
    const result = sqlToOperations({ sql, database: input.database, line: input.line }, parsers);
    if (result.problems.length > 0)
        return false;
    const restore = (value, part) => value.includes("__mg_hole_")
        ? (0,run_time/* runTimeName */.S)(part, value.replace(HOLE, (_m, i) => holes[Number(i)] ?? "?"))
        : value;
    for (const op of result.operations) {
        const record = op;
        for (const [field, part] of Object.entries(FIELD_PARTS)) {
            const value = record[field];
            if (typeof value === "string")
                record[field] = restore(value, part);
            else if (Array.isArray(value))
                record[field] = value.map((v) => (typeof v === "string" ? restore(v, part) : v));
        }
        if (op.kind === "unknown" && op.text)
            op.text = op.text.replace(HOLE, (_m, i) => `{${holes[Number(i)]}}`);
        into.operations.push(op);
    }
    into.comments.push(...result.comments);
    return true;
}


/***/ }),

/***/ 9176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ tokenAt),
/* harmony export */   Ii: () => (/* binding */ lex),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   ve: () => (/* binding */ byteToCharMapper)
/* harmony export */ });
const CH_NL = 10;
const CH_SQ = 39; // '
const CH_DQ = 34; // "
const CH_BT = 96; // `
const CH_BS = 92; // \
const CH_DOLLAR = 36;
const CH_DASH = 45;
const CH_SLASH = 47;
const CH_STAR = 42;
const CH_HASH = 35;
function isWordStart(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
}
function isWordPart(c) {
    return isWordStart(c) || (c >= 48 && c <= 57) || c === CH_DOLLAR;
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function isSpace(c) {
    return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
/** True when only spaces and tabs stand between the start of the line and `offset`. */
function atLineStart(text, offset) {
    for (let i = offset - 1; i >= 0; i--) {
        const c = text.charCodeAt(i);
        if (c === CH_NL)
            return true;
        if (c !== 32 && c !== 9 && c !== 13)
            return false;
    }
    return true;
}
/**
 * Tokenises `text`. `dialect` decides the lexical rules that differ: MySQL escapes with backslashes in
 * every string and comments with `#`; PostgreSQL nests block comments and escapes only in E'...' strings;
 * SQLite quotes names with [brackets]. A `#` at the start of a line is a comment in every dialect, since
 * no PostgreSQL or SQLite statement starts with one.
 */
function lex(text, dialect) {
    const tokens = [];
    const n = text.length;
    const mysql = dialect === "mysql";
    let i = 0;
    const fail = (offset, what) => ({
        tokens,
        error: { offset, message: `${what} is never closed` },
    });
    while (i < n) {
        const c = text.charCodeAt(i);
        if (isSpace(c)) {
            i++;
            continue;
        }
        const start = i;
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c === CH_DASH && next === CH_DASH) {
            let j = text.indexOf("\n", i);
            if (j < 0)
                j = n;
            const end = j > i && text.charCodeAt(j - 1) === 13 ? j - 1 : j;
            tokens.push({ kind: "comment", start, end, value: text.slice(i + 2, end) });
            i = j;
            continue;
        }
        if (c === CH_HASH && (mysql || atLineStart(text, i))) {
            let j = text.indexOf("\n", i);
            if (j < 0)
                j = n;
            const end = j > i && text.charCodeAt(j - 1) === 13 ? j - 1 : j;
            tokens.push({ kind: "comment", start, end, value: text.slice(i + 1, end) });
            i = j;
            continue;
        }
        if (c === CH_SLASH && next === CH_STAR) {
            let depth = 1;
            let j = i + 2;
            while (j < n && depth > 0) {
                const d = text.charCodeAt(j);
                if (d === CH_STAR && text.charCodeAt(j + 1) === CH_SLASH) {
                    depth--;
                    j += 2;
                }
                else if (dialect === "postgresql" && d === CH_SLASH && text.charCodeAt(j + 1) === CH_STAR) {
                    depth++;
                    j += 2;
                }
                else
                    j++;
            }
            if (depth > 0)
                return fail(start, "A /* comment");
            tokens.push({ kind: "comment", start, end: j, value: text.slice(i + 2, j - 2) });
            i = j;
            continue;
        }
        if (c === CH_SQ) {
            // E'...' (PostgreSQL) takes backslash escapes; the E was lexed as a word touching the quote.
            const prev = tokens[tokens.length - 1];
            let escapes = mysql;
            let from = start;
            if (prev && prev.kind === "word" && prev.end === start && /^(E|U&|N|X|B)$/.test(prev.value)) {
                escapes = escapes || prev.value === "E";
                from = prev.start;
                tokens.pop();
            }
            const end = quoted(text, i, CH_SQ, escapes);
            if (end < 0)
                return fail(start, "A string literal");
            tokens.push({ kind: "string", start: from, end, value: unquote(text.slice(i + 1, end - 1), "'") });
            i = end;
            continue;
        }
        if (c === CH_DQ || c === CH_BT) {
            const end = quoted(text, i, c, mysql && c === CH_DQ);
            if (end < 0)
                return fail(start, c === CH_DQ ? "A double-quoted name" : "A backtick-quoted name");
            const q = c === CH_DQ ? '"' : "`";
            tokens.push({ kind: "quoted", start, end, value: unquote(text.slice(i + 1, end - 1), q) });
            i = end;
            continue;
        }
        if (c === 91 /* [ */ && dialect === "sqlite") {
            const j = text.indexOf("]", i + 1);
            if (j < 0)
                return fail(start, "A [bracketed] name");
            tokens.push({ kind: "quoted", start, end: j + 1, value: text.slice(i + 1, j) });
            i = j + 1;
            continue;
        }
        if (c === CH_DOLLAR && !mysql) {
            if (isDigit(next)) {
                let j = i + 1;
                while (j < n && isDigit(text.charCodeAt(j)))
                    j++;
                tokens.push({ kind: "param", start, end: j, value: text.slice(i, j) });
                i = j;
                continue;
            }
            // $tag$ ... $tag$ (PostgreSQL dollar quoting).
            let j = i + 1;
            if (j < n && isWordStart(text.charCodeAt(j)) && !isDigit(text.charCodeAt(j))) {
                while (j < n && isWordPart(text.charCodeAt(j)) && text.charCodeAt(j) !== CH_DOLLAR)
                    j++;
            }
            if (j < n && text.charCodeAt(j) === CH_DOLLAR) {
                const tag = text.slice(i, j + 1);
                const close = text.indexOf(tag, j + 1);
                if (close < 0)
                    return fail(start, `A ${tag}-quoted string`);
                tokens.push({ kind: "string", start, end: close + tag.length, value: text.slice(j + 1, close) });
                i = close + tag.length;
                continue;
            }
            tokens.push({ kind: "op", start, end: i + 1, value: "$" });
            i++;
            continue;
        }
        if (isWordStart(c)) {
            let j = i + 1;
            while (j < n && isWordPart(text.charCodeAt(j)))
                j++;
            tokens.push({ kind: "word", start, end: j, value: text.slice(i, j).toUpperCase() });
            i = j;
            continue;
        }
        if (isDigit(c) || (c === 46 && isDigit(next))) {
            let j = i + 1;
            while (j < n) {
                const d = text.charCodeAt(j);
                if (isDigit(d) || d === 46 || d === 95)
                    j++;
                else if ((d === 101 || d === 69) && j + 1 < n) {
                    const e = text.charCodeAt(j + 1);
                    if (isDigit(e) || ((e === 43 || e === 45) && isDigit(text.charCodeAt(j + 2))))
                        j += 2;
                    else
                        break;
                }
                else
                    break;
            }
            tokens.push({ kind: "number", start, end: j, value: text.slice(i, j) });
            i = j;
            continue;
        }
        const ch = text[i];
        const kind = "(),;.[]".includes(ch) ? "punct" : "op";
        tokens.push({ kind, start, end: i + 1, value: ch });
        i++;
    }
    return { tokens };
}
/** Index just past the closing quote of the literal opening at `i`, or -1 when it never closes. */
function quoted(text, i, quote, escapes) {
    const n = text.length;
    let j = i + 1;
    while (j < n) {
        const d = text.charCodeAt(j);
        if (escapes && d === CH_BS) {
            j += 2;
            continue;
        }
        if (d === quote) {
            if (text.charCodeAt(j + 1) === quote) {
                j += 2;
                continue;
            }
            return j + 1;
        }
        j++;
    }
    return -1;
}
function unquote(body, quote) {
    return body.includes(quote) ? body.split(quote + quote).join(quote) : body;
}
/** Line lookup for a text: 0-based line index of a UTF-16 offset. */
class LineIndex {
    starts = [0];
    constructor(text) {
        let at = text.indexOf("\n");
        while (at >= 0) {
            this.starts.push(at + 1);
            at = text.indexOf("\n", at + 1);
        }
    }
    lineOf(offset) {
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    get count() {
        return this.starts.length;
    }
    startOf(line) {
        return this.starts[line] ?? Number.MAX_SAFE_INTEGER;
    }
}
/**
 * Maps the UTF-8 byte offsets libpg_query reports to string offsets. Identity for ASCII text, which is the
 * common case and costs one regular-expression test.
 */
function byteToCharMapper(text) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(text))
        return (byte) => byte;
    const map = [];
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let width;
        if (c < 0x80)
            width = 1;
        else if (c < 0x800)
            width = 2;
        else if (c >= 0xd800 && c <= 0xdbff) {
            // A surrogate pair is one 4-byte code point; both halves map to the pair's start.
            width = 4;
            for (let k = 0; k < width; k++)
                map[bytes + k] = i;
            bytes += width;
            i++;
            continue;
        }
        else
            width = 3;
        for (let k = 0; k < width; k++)
            map[bytes + k] = i;
        bytes += width;
    }
    map[bytes] = text.length;
    return (byte) => (byte >= bytes ? text.length + (byte - bytes) : map[byte]);
}
/** Index of the first token whose start is >= offset (tokens.length when none). */
function tokenAt(tokens, offset) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].start < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}


/***/ }),

/***/ 7627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aD: () => (/* binding */ mapPostgres),
  ve: () => (/* binding */ relName)
});

// UNUSED EXPORTS: isVolatile

// EXTERNAL MODULE: ./src/core/column-types/index.ts + 3 modules
var column_types = __webpack_require__(6074);
// EXTERNAL MODULE: ./src/core/frameworks/sql/lexer.ts
var lexer = __webpack_require__(9176);
// EXTERNAL MODULE: ./src/core/frameworks/sql/pure-functions.ts
var pure_functions = __webpack_require__(9598);
// EXTERNAL MODULE: ./src/core/frameworks/sql/source.ts
var source = __webpack_require__(5833);
// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/postgres-locking.ts
// A cycle at module level only: relName is called, never read, while postgres.ts loads.


function hasOption(options, name) {
    return (options ?? []).some((o) => "DefElem" in o && o.DefElem.defname === name);
}
/** The fields a statement that CONCURRENTLY cannot run with carries when it sits in BEGIN ... COMMIT. */
function blockFields(src) {
    return src.transaction.open ? { inTransactionBlock: true } : {};
}
/** The transaction number of a statement, left out for the first (the common case, and the default). */
function transactionField(src) {
    return src.transaction.index > 0 ? { transaction: src.transaction.index } : {};
}
/** BEGIN/START opens a block; COMMIT/END/ROLLBACK (and their PREPARE forms) close it and start the next one. */
function trackTransaction(s, src) {
    switch (s.kind) {
        case "TRANS_STMT_BEGIN":
        case "TRANS_STMT_START":
            src.transaction.open = true;
            return;
        case "TRANS_STMT_COMMIT":
        case "TRANS_STMT_ROLLBACK":
        case "TRANS_STMT_PREPARE":
            src.transaction.open = false;
            src.transaction.index++;
            return;
        default:
            // SAVEPOINT, RELEASE, ROLLBACK TO: the transaction goes on.
            return;
    }
}
function cluster(s, push) {
    const table = relName(s.relation);
    push({ kind: "cluster", ...(table ? { table } : {}) });
}
/** Plain VACUUM takes no lock that blocks reads or writes; only FULL rewrites. */
function vacuum(s, push) {
    if (!s.is_vacuumcmd || !hasOption(s.options, "full"))
        return;
    const tables = (s.rels ?? []).flatMap((r) => "VacuumRelation" in r && r.VacuumRelation.relation ? [relName(r.VacuumRelation.relation)] : []);
    push({ kind: "vacuum-full", tables });
}
const REINDEX_TARGETS = {
    REINDEX_OBJECT_INDEX: "index",
    REINDEX_OBJECT_TABLE: "table",
    REINDEX_OBJECT_SCHEMA: "schema",
    REINDEX_OBJECT_DATABASE: "database",
    REINDEX_OBJECT_SYSTEM: "system",
};
function reindex(s, src, push) {
    const target = s.kind && s.kind in REINDEX_TARGETS ? REINDEX_TARGETS[s.kind] : "table";
    const name = s.relation ? relName(s.relation) : s.name;
    push({
        kind: "reindex",
        target,
        ...(name ? { name } : {}),
        ...(hasOption(s.params, "concurrently") ? { concurrently: true } : {}),
        ...blockFields(src),
    });
}
function detachPartition(table, cmd, src, push) {
    push({
        kind: "detach-partition",
        table,
        partition: relName(cmd?.name),
        ...(cmd?.concurrent ? { concurrently: true } : {}),
        ...blockFields(src),
    });
}
/**
 * ALTER DOMAIN ... ADD CONSTRAINT (and SET NOT NULL) checks every column of every table that uses the domain;
 * a NOT VALID constraint checks only new values.
 */
function alterDomain(s, push) {
    const domain = (s.typeName ?? [])
        .flatMap((n) => ("String" in n && n.String.sval ? [n.String.sval] : []))
        .join(".");
    if (s.subtype === "C" && s.def && "Constraint" in s.def) {
        const con = s.def.Constraint;
        push({
            kind: "add-domain-constraint",
            domain,
            ...(con.conname ? { name: con.conname } : {}),
            validated: !con.skip_validation,
        });
    }
    else if (s.subtype === "O") {
        // "O" is SET NOT NULL ("N" is DROP NOT NULL), as libpg_query spells AlterDomainStmt subtypes.
        push({ kind: "add-domain-constraint", domain, name: "NOT NULL", validated: true });
    }
}
/** `CHECK (col IS NOT NULL)` and nothing else: the column a valid such check proves free of NULLs. */
function notNullCheckColumn(con) {
    const expr = con.raw_expr;
    if (con.contype !== "CONSTR_CHECK" || !expr || !("NullTest" in expr))
        return undefined;
    const test = expr.NullTest;
    if (test.nulltesttype !== "IS_NOT_NULL" || !test.arg || !("ColumnRef" in test.arg))
        return undefined;
    const fields = test.arg.ColumnRef.fields ?? [];
    const last = fields[fields.length - 1];
    return fields.length === 1 && last && "String" in last ? last.String.sval : undefined;
}
function spanPush(out, span) {
    return (op) => out.ops.push((0,extend/* extend */.X)(op, { line: span.line, endLine: span.endLine }));
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/postgres.ts






/**
 * Maps the statements of a successful parse of `text`, which sits at string offset `base` of `src.text`.
 */
function mapPostgres(result, src, text, base) {
    const toChar = (0,lexer/* byteToCharMapper */.ve)(text);
    const at = (byte) => base + toChar(byte);
    const out = [];
    for (const raw of result.stmts ?? []) {
        if (!raw.stmt)
            continue;
        const startByte = raw.stmt_location ?? 0;
        const start = at(startByte);
        const end = raw.stmt_len ? at(startByte + raw.stmt_len) : base + text.length;
        const range = src.codeRange(start, end);
        if (!range)
            continue;
        const scope = {
            src,
            first: range[0],
            last: range[1],
            span: src.spanOfTokens(range[0], range[1]),
            at,
        };
        const mapped = (0,extend/* extend */.X)(scope.span, { ops: [] });
        mapStatement(raw.stmt, scope, mapped);
        out.push(mapped);
    }
    return out;
}
function push(target, span, op) {
    target.ops.push((0,extend/* extend */.X)(op, { line: span.line, endLine: span.endLine }));
}
function mapStatement(node, scope, out) {
    const span = scope.span;
    if ("CreateStmt" in node)
        return createTable(node.CreateStmt, scope, out);
    if ("ExplainStmt" in node)
        return explain(node.ExplainStmt, scope, out);
    if ("CreateTableAsStmt" in node) {
        const s = node.CreateTableAsStmt;
        unlistedCalls(s.query, scope, out);
        if (s.objtype === "OBJECT_TABLE" && s.into?.rel) {
            push(out, span, {
                kind: "create-table",
                table: relName(s.into.rel),
                columns: strings(s.into.colNames),
                ...(s.if_not_exists ? { ifNotExists: true } : {}),
            });
        }
        return;
    }
    if ("DropStmt" in node)
        return drop(node.DropStmt, scope, out);
    if ("AlterTableStmt" in node)
        return alterTable(node.AlterTableStmt, scope, out);
    if ("RenameStmt" in node)
        return rename(node.RenameStmt, scope, out);
    if ("IndexStmt" in node)
        return createIndex(node.IndexStmt, scope, out);
    if ("TruncateStmt" in node) {
        const s = node.TruncateStmt;
        push(out, span, {
            kind: "truncate",
            tables: (s.relations ?? []).flatMap((r) => ("RangeVar" in r ? [relName(r.RangeVar)] : [])),
            ...(s.behavior === "DROP_CASCADE" ? { cascade: true } : {}),
        });
        return;
    }
    if ("DeleteStmt" in node ||
        "UpdateStmt" in node ||
        "InsertStmt" in node ||
        "SelectStmt" in node ||
        "MergeStmt" in node) {
        unlistedCalls(node, scope, out);
        return dataChange(node, scope, out);
    }
    if ("DoStmt" in node) {
        push(out, span, { kind: "unknown", reason: "DO block", text: scope.src.textOf(scope.first, scope.last) });
        return;
    }
    if ("CallStmt" in node) {
        push(out, span, {
            kind: "unknown",
            reason: "CALL runs a procedure whose effect the reader cannot see",
            text: scope.src.textOf(scope.first, scope.last),
        });
        return;
    }
    if ("TransactionStmt" in node)
        return trackTransaction(node.TransactionStmt, scope.src);
    if ("ClusterStmt" in node)
        return cluster(node.ClusterStmt, spanPush(out, span));
    if ("VacuumStmt" in node)
        return vacuum(node.VacuumStmt, spanPush(out, span));
    if ("ReindexStmt" in node)
        return reindex(node.ReindexStmt, scope.src, spanPush(out, span));
    if ("AlterDomainStmt" in node)
        return alterDomain(node.AlterDomainStmt, spanPush(out, span));
    if ("DropdbStmt" in node) {
        const s = node.DropdbStmt;
        push(out, span, {
            kind: "drop-database",
            name: s.dbname ?? "",
            ...(s.missing_ok ? { ifExists: true } : {}),
        });
        return;
    }
    if ("CreateEnumStmt" in node) {
        const s = node.CreateEnumStmt;
        push(out, span, { kind: "create-enum", type: strings(s.typeName).join("."), values: strings(s.vals) });
        return;
    }
    if ("AlterEnumStmt" in node) {
        const s = node.AlterEnumStmt;
        const type = strings(s.typeName).join(".");
        // ADD VALUE changes no stored value; RENAME VALUE relabels every row that holds it.
        if (s.oldVal !== undefined && s.newVal !== undefined) {
            push(out, span, { kind: "rename-enum-value", type, value: s.oldVal, newValue: s.newVal });
        }
        else if (s.newVal !== undefined) {
            push(out, span, { kind: "add-enum-value", type, value: s.newVal });
        }
        return;
    }
    const kind = Object.keys(node)[0] ?? "";
    if (NO_DATA_STATEMENTS.has(kind))
        return;
    // Fails closed: a statement kind not listed above, and not known to leave every table's columns and rows as
    // they were, is held for review rather than read as harmless.
    push(out, span, {
        kind: "unknown",
        reason: `a ${statementWords(scope)} statement the SQL reader does not know to be harmless`,
        text: scope.src.textOf(scope.first, scope.last),
    });
}
/**
 * EXPLAIN ANALYZE runs the statement it explains (and rolls nothing back), so it is read as that statement;
 * plain EXPLAIN only plans it. `ANALYZE false`/`off`/`0` is plain EXPLAIN.
 */
function explain(s, scope, out) {
    const analyze = (s.options ?? []).some((o) => "DefElem" in o && o.DefElem.defname === "analyze" && !isFalseOption(o.DefElem.arg));
    if (analyze && s.query)
        mapStatement(s.query, scope, out);
}
function isFalseOption(arg) {
    if (!arg)
        return false;
    if ("String" in arg)
        return ["false", "off", "0", "no"].includes((arg.String.sval ?? "").toLowerCase());
    if ("Integer" in arg)
        return !arg.Integer.ival;
    if ("Boolean" in arg)
        return !arg.Boolean.boolval;
    return false;
}
/**
 * A row statement (SELECT, INSERT, UPDATE, DELETE, MERGE, CREATE TABLE AS) that calls a function off the
 * short list of pure ones (pure-functions.ts) runs code the reader cannot see: `SELECT setval(..)`,
 * `SELECT pg_terminate_backend(..)`, `SELECT my_cleanup()`. One unknown operation names the calls.
 */
function unlistedCalls(node, scope, out) {
    const names = new Set();
    collectCalls(node, names);
    if (!names.size)
        return;
    push(out, scope.span, {
        kind: "unknown",
        reason: `a statement that calls ${[...names].map((n) => `${n}()`).join(", ")}, a function whose effect the reader cannot see`,
        text: scope.src.textOf(scope.first, scope.last),
    });
}
function collectCalls(expr, names) {
    if (Array.isArray(expr)) {
        for (const e of expr)
            collectCalls(e, names);
        return;
    }
    if (!expr || typeof expr !== "object")
        return;
    const record = expr;
    const call = record.FuncCall;
    if (call) {
        const qualified = strings(call.funcname);
        if (!(0,pure_functions/* isPureFunction */.J)(qualified))
            names.add(qualified.join("."));
    }
    // `for…in` over the keys: the AST's records are plain JSON objects, and Object.values made an array of every
    // record it passed through (2 % of a 10,000-file SQL run's CPU, the walk included).
    for (const key in record) {
        const value = record[key];
        if (value && typeof value === "object")
            collectCalls(value, names);
    }
}
/**
 * Statement kinds (libpg_query node names) that change no table's columns or rows when they run: session
 * settings, transaction control, comments, privileges, and new objects that hold no existing data (function
 * and trigger bodies run later, through statements the reader sees or cannot). Anything else is unknown.
 */
const NO_DATA_STATEMENTS = new Set([
    "VariableSetStmt",
    "VariableShowStmt",
    "TransactionStmt",
    "CommentStmt",
    "SecLabelStmt",
    "GrantStmt",
    "GrantRoleStmt",
    "AlterDefaultPrivilegesStmt",
    "CreateRoleStmt",
    "AlterRoleStmt",
    "AlterRoleSetStmt",
    "ViewStmt",
    "CreateFunctionStmt",
    "AlterFunctionStmt",
    "CreateTrigStmt",
    "CreateEventTrigStmt",
    "AlterEventTrigStmt",
    "CreateExtensionStmt",
    "AlterExtensionStmt",
    "CreateSchemaStmt",
    "CreateSeqStmt",
    "AlterSeqStmt",
    "CreateRangeStmt",
    "CompositeTypeStmt",
    "CreateDomainStmt",
    "DefineStmt",
    "CreateCastStmt",
    "CreateOpClassStmt",
    "CreateOpFamilyStmt",
    "CreateConversionStmt",
    "CreatePolicyStmt",
    "AlterPolicyStmt",
    "CreateStatsStmt",
    "AlterStatsStmt",
    "CreatePublicationStmt",
    "AlterPublicationStmt",
    "AlterOwnerStmt",
    "AlterTSConfigurationStmt",
    "AlterTSDictionaryStmt",
    "CreatePLangStmt",
    "CreateTransformStmt",
    "CreateAmStmt",
    "CreateFdwStmt",
    "CreateForeignServerStmt",
    "CreateForeignTableStmt",
    "CreateUserMappingStmt",
    "ImportForeignSchemaStmt",
    "RefreshMatViewStmt",
    "LockStmt",
    "NotifyStmt",
    "ListenStmt",
    "UnlistenStmt",
    "ConstraintsSetStmt",
    "DiscardStmt",
    "CheckPointStmt",
    "DeclareCursorStmt",
    "FetchStmt",
    "ClosePortalStmt",
    "DeallocateStmt",
    "PrepareStmt",
]);
/** The statement's first two words, to name it in a message (`ALTER SYSTEM`, `COPY users`). */
function statementWords(scope) {
    const words = [];
    for (let i = scope.first; i <= scope.last && words.length < 2; i++) {
        const t = scope.src.tokens[i];
        if (t.kind === "word")
            words.push(t.value);
        else if (t.kind !== "comment")
            break;
    }
    return words.join(" ") || "SQL";
}
// ------------------------------------------------------------------------------------------ names
function relName(r) {
    if (!r)
        return "";
    return [r.catalogname, r.schemaname, r.relname].filter((p) => p).join(".");
}
function strings(nodes) {
    const out = [];
    for (const n of nodes ?? []) {
        if ("String" in n && n.String.sval !== undefined)
            out.push(n.String.sval);
        else if ("ResTarget" in n && n.ResTarget.name)
            out.push(n.ResTarget.name);
    }
    return out;
}
function listName(node) {
    if ("List" in node)
        return strings(node.List.items).join(".");
    if ("String" in node)
        return node.String.sval ?? "";
    return "";
}
/** A type named in DROP TYPE or ALTER TYPE: a TypeName node, or a list of names. */
function typeNameOf(node) {
    if ("TypeName" in node)
        return strings(node.TypeName.names).join(".");
    return listName(node);
}
const TYPE_NAMES = {
    int2: "smallint",
    int4: "integer",
    int8: "bigint",
    float4: "real",
    float8: "double precision",
    bool: "boolean",
    bpchar: "char",
};
function typeMods(t) {
    const mods = [];
    for (const m of t.typmods ?? []) {
        if ("A_Const" in m && m.A_Const.ival)
            mods.push(m.A_Const.ival.ival ?? 0);
    }
    return mods;
}
function typeParts(t) {
    if (!t)
        return undefined;
    const names = strings(t.names).filter((n, i, all) => !(n === "pg_catalog" && i < all.length - 1));
    const base = names.join(".");
    if (!base)
        return undefined;
    const mods = typeMods(t);
    const array = (t.arrayBounds?.length ?? 0) > 0;
    const display = `${TYPE_NAMES[base] ?? base}${mods.length ? `(${mods.join(",")})` : ""}${array ? "[]" : ""}`;
    return { display, type: (0,column_types/* sqlColumnType */.fF)(base, mods, array) };
}
function typeKey(table, column) {
    return `${table}.${column}`;
}
// ------------------------------------------------------------------------------------------ expressions
/** True when an expression calls a function evaluated per row. */
function isVolatile(expr) {
    if (Array.isArray(expr))
        return expr.some(isVolatile);
    if (!expr || typeof expr !== "object")
        return false;
    const record = expr;
    const call = record.FuncCall;
    if (call) {
        const names = strings(call.funcname);
        const name = names[names.length - 1];
        if (name && source/* VOLATILE_FUNCTIONS */.pZ.has(name.toLowerCase()))
            return true;
    }
    return Object.values(record).some(isVolatile);
}
const DEFAULT_STOP = new Set([
    "NOT",
    "NULL",
    "CONSTRAINT",
    "CHECK",
    "UNIQUE",
    "PRIMARY",
    "REFERENCES",
    "COLLATE",
    "GENERATED",
    "DEFAULT",
]);
/** Source text of the expression after a DEFAULT keyword at token index `kw`, up to the clause's end. */
function defaultText(scope, kw, last) {
    const tokens = scope.src.tokens;
    let depth = 0;
    let end = kw;
    for (let i = kw + 1; i <= last; i++) {
        const t = tokens[i];
        if (t.kind === "comment")
            continue;
        if (t.kind === "punct") {
            if (t.value === "(" || t.value === "[")
                depth++;
            else if (t.value === ")" || t.value === "]") {
                if (depth === 0)
                    break;
                depth--;
            }
            else if (depth === 0 && (t.value === "," || t.value === ";"))
                break;
        }
        else if (depth === 0 && i > kw + 1 && t.kind === "word" && DEFAULT_STOP.has(t.value))
            break;
        end = i;
    }
    return end > kw ? scope.src.textOf(kw + 1, end, 80) : undefined;
}
function findWord(tokens, from, to, word) {
    for (let i = from; i <= to; i++) {
        const t = tokens[i];
        if (t.kind === "word" && t.value === word)
            return i;
    }
    return -1;
}
// ------------------------------------------------------------------------------------------ CREATE / DROP
function createTable(s, scope, out) {
    const table = relName(s.relation);
    const columns = [];
    const columnTypes = {};
    for (const elt of s.tableElts ?? []) {
        if (!("ColumnDef" in elt))
            continue;
        const def = elt.ColumnDef;
        if (!def.colname)
            continue;
        columns.push(def.colname);
        const type = typeParts(def.typeName);
        if (type) {
            scope.src.knownTypes.set(typeKey(table, def.colname), type.type);
            columnTypes[def.colname] = type.display;
        }
    }
    push(out, scope.span, {
        kind: "create-table",
        table,
        columns,
        ...(Object.keys(columnTypes).length ? { columnTypes } : {}),
        ...(s.if_not_exists ? { ifNotExists: true } : {}),
    });
}
function drop(s, scope, out) {
    const cascade = s.behavior === "DROP_CASCADE";
    const objects = s.objects ?? [];
    switch (s.removeType) {
        case "OBJECT_TABLE":
            for (const o of objects) {
                push(out, scope.span, {
                    kind: "drop-table",
                    table: listName(o),
                    ...(s.missing_ok ? { ifExists: true } : {}),
                    ...(cascade ? { cascade: true } : {}),
                });
            }
            return;
        case "OBJECT_INDEX":
            for (const o of objects) {
                push(out, scope.span, {
                    kind: "drop-index",
                    name: listName(o).replace(/^public\./, ""),
                    ...(s.concurrent ? { concurrently: true } : {}),
                    ...blockFields(scope.src),
                });
            }
            return;
        case "OBJECT_SCHEMA":
        case "OBJECT_SEQUENCE": {
            // MySQL's DROP SCHEMA is DROP DATABASE (libpg_query reads the text for every database it parses).
            const kind = s.removeType === "OBJECT_SEQUENCE"
                ? "drop-sequence"
                : scope.src.database === "mysql"
                    ? "drop-database"
                    : "drop-schema";
            for (const o of objects) {
                push(out, scope.span, {
                    kind,
                    name: listName(o),
                    ...(s.missing_ok ? { ifExists: true } : {}),
                    ...(cascade && kind !== "drop-database" ? { cascade: true } : {}),
                });
            }
            return;
        }
        case "OBJECT_TYPE":
            // Which type it is (an enum, and which columns use it) is the schema history's to tell.
            for (const o of objects) {
                push(out, scope.span, {
                    kind: "drop-type",
                    type: typeNameOf(o),
                    ...(s.missing_ok ? { ifExists: true } : {}),
                    ...(cascade ? { cascade: true } : {}),
                });
            }
            cascadeDrop(cascade, scope, out);
            return;
        case "OBJECT_DOMAIN":
        case "OBJECT_EXTENSION":
            cascadeDrop(cascade, scope, out);
            return;
        default:
            if (s.removeType && NO_DATA_DROPS.has(s.removeType))
                return;
            // Fails closed: a kind of object not known to hold no rows (a materialized view's CASCADE, a foreign
            // table's server, an access method...) is held for review.
            push(out, scope.span, {
                kind: "unknown",
                reason: `a DROP of ${(s.removeType ?? "an object")
                    .replace(/^OBJECT_/, "")
                    .toLowerCase()
                    .replace(/_/g, " ")} the SQL reader does not know to be harmless`,
                text: scope.src.textOf(scope.first, scope.last),
            });
            return;
    }
}
/** CASCADE drops the columns of a type, or the tables an extension's types are used in, along with it. */
function cascadeDrop(cascade, scope, out) {
    if (!cascade)
        return;
    push(out, scope.span, {
        kind: "unknown",
        reason: "DROP ... CASCADE also drops the tables or columns that depend on what it drops",
        text: scope.src.textOf(scope.first, scope.last),
    });
}
/** Objects whose drop deletes no stored rows (code, privileges, derived or recomputable data). */
const NO_DATA_DROPS = new Set([
    "OBJECT_VIEW",
    "OBJECT_MATVIEW",
    "OBJECT_FUNCTION",
    "OBJECT_PROCEDURE",
    "OBJECT_ROUTINE",
    "OBJECT_AGGREGATE",
    "OBJECT_TRIGGER",
    "OBJECT_EVENT_TRIGGER",
    "OBJECT_RULE",
    "OBJECT_POLICY",
    "OBJECT_OPERATOR",
    "OBJECT_OPCLASS",
    "OBJECT_OPFAMILY",
    "OBJECT_CAST",
    "OBJECT_COLLATION",
    "OBJECT_CONVERSION",
    "OBJECT_STATISTIC_EXT",
    "OBJECT_PUBLICATION",
    "OBJECT_TRANSFORM",
    "OBJECT_LANGUAGE",
    "OBJECT_TSCONFIGURATION",
    "OBJECT_TSDICTIONARY",
    "OBJECT_TSPARSER",
    "OBJECT_TSTEMPLATE",
]);
function createIndex(s, scope, out) {
    const table = relName(s.relation);
    const columns = (s.indexParams ?? []).map((p) => "IndexElem" in p && p.IndexElem.name ? p.IndexElem.name : "(expression)");
    // The index lives in its table's schema; spelled as DROP INDEX would name it (PostgreSQL's default
    // schema left out, so `DROP INDEX idx` finds it).
    const schema = s.relation?.schemaname;
    const name = s.idxname ? (schema && schema !== "public" ? `${schema}.${s.idxname}` : s.idxname) : undefined;
    push(out, scope.span, {
        kind: "add-index",
        table,
        columns,
        ...(name !== undefined ? { name } : {}),
        ...(s.unique ? { unique: true } : {}),
        ...(s.concurrent ? { concurrently: true } : {}),
        ...blockFields(scope.src),
    });
}
function rename(s, scope, out) {
    if (s.renameType === "OBJECT_SCHEMA" && s.subname && s.newname) {
        push(out, scope.span, { kind: "rename-schema", name: s.subname, newName: s.newname });
        return;
    }
    if (s.renameType === "OBJECT_TYPE" && s.object && s.newname) {
        // RENAME TO keeps the schema, as for a table.
        const type = typeNameOf(s.object);
        const schema = type.includes(".") ? type.slice(0, type.lastIndexOf(".") + 1) : "";
        push(out, scope.span, { kind: "rename-type", type, newName: `${schema}${s.newname}` });
        return;
    }
    if (!s.relation || !s.newname)
        return;
    const table = relName(s.relation);
    if (s.renameType === "OBJECT_TABLE") {
        // RENAME TO keeps the schema: `app.users RENAME TO people` is app.people.
        const schema = s.relation.schemaname;
        push(out, scope.span, {
            kind: "rename-table",
            table,
            newName: schema ? `${schema}.${s.newname}` : s.newname,
        });
    }
    else if (s.renameType === "OBJECT_COLUMN" &&
        s.subname &&
        s.relationType !== "OBJECT_VIEW" &&
        s.relationType !== "OBJECT_MATVIEW") {
        push(out, scope.span, { kind: "rename-column", table, column: s.subname, newName: s.newname });
    }
}
// ------------------------------------------------------------------------------------------ ALTER TABLE
/**
 * Token ranges of the comma-separated sub-commands of an ALTER TABLE, or undefined when they cannot be
 * matched one to one with the parsed commands.
 */
function clauseRanges(scope, count) {
    const tokens = scope.src.tokens;
    const ranges = [];
    let depth = 0;
    let from = scope.first;
    for (let i = scope.first; i <= scope.last; i++) {
        const t = tokens[i];
        if (t.kind !== "punct")
            continue;
        if (t.value === "(" || t.value === "[")
            depth++;
        else if (t.value === ")" || t.value === "]")
            depth--;
        else if (t.value === "," && depth === 0) {
            ranges.push([from, i - 1]);
            from = i + 1;
        }
    }
    ranges.push([from, scope.last]);
    return ranges.length === count ? ranges : undefined;
}
function alterTable(s, scope, out) {
    if (s.objtype !== "OBJECT_TABLE")
        return;
    const table = relName(s.relation);
    const cmds = (s.cmds ?? []).flatMap((c) => ("AlterTableCmd" in c ? [c.AlterTableCmd] : []));
    const ranges = clauseRanges(scope, cmds.length);
    cmds.forEach((cmd, i) => {
        const range = ranges?.[i] ?? [scope.first, scope.last];
        // Every clause starts its span at the statement, so an allow comment above the statement covers it;
        // the span ends where the clause does.
        const span = {
            line: scope.span.line,
            endLine: scope.src.spanOfTokens(range[0], range[1]).endLine,
        };
        alterCommand(cmd, table, scope, range, span, out);
    });
}
function columnDefault(scope, range, expr) {
    const kw = findWord(scope.src.tokens, range[0], range[1], "DEFAULT");
    const text = kw >= 0 ? defaultText(scope, kw, range[1]) : undefined;
    return { volatile: isVolatile(expr), ...(text ? { text } : {}) };
}
const SERIAL_TYPES = new Set(["serial", "serial2", "serial4", "serial8", "smallserial", "bigserial"]);
function alterCommand(cmd, table, scope, range, span, out) {
    const column = cmd.name ?? "";
    switch (cmd.subtype) {
        case "AT_AddColumn":
            if (cmd.def && "ColumnDef" in cmd.def)
                addColumn(cmd.def.ColumnDef, table, scope, range, span, out);
            return;
        case "AT_DropColumn":
            push(out, span, { kind: "drop-column", table, column });
            return;
        case "AT_AlterColumnType": {
            const def = cmd.def && "ColumnDef" in cmd.def ? cmd.def.ColumnDef : undefined;
            const type = typeParts(def?.typeName);
            const key = typeKey(table, column);
            const change = type ? (0,column_types/* classifySqlTypeChange */.Tr)(scope.src.knownTypes.get(key), type.type) : {};
            if (type)
                scope.src.knownTypes.set(key, type.type);
            push(out, span, {
                kind: "change-column-type",
                table,
                column,
                ...(type ? { type: type.display } : {}),
                ...change,
            });
            return;
        }
        case "AT_SetNotNull":
            push(out, span, { kind: "set-not-null", table, column });
            return;
        case "AT_DropNotNull":
            push(out, span, { kind: "drop-not-null", table, column });
            return;
        case "AT_ColumnDefault":
            push(out, span, {
                kind: "change-default",
                table,
                column,
                ...(cmd.def ? { default: columnDefault(scope, range, cmd.def) } : {}),
            });
            return;
        case "AT_AddConstraint":
            if (cmd.def && "Constraint" in cmd.def)
                addConstraint(cmd.def.Constraint, table, scope, span, out);
            return;
        case "AT_ValidateConstraint":
            push(out, span, {
                kind: "validate-constraint",
                table,
                ...(cmd.name ? { name: cmd.name } : {}),
                ...transactionField(scope.src),
            });
            return;
        case "AT_DetachPartition":
            detachPartition(table, cmd.def && "PartitionCmd" in cmd.def ? cmd.def.PartitionCmd : undefined, scope.src, spanPush(out, span));
            return;
        case "AT_DropConstraint":
            push(out, span, { kind: "drop-constraint", table, ...(cmd.name ? { name: cmd.name } : {}) });
            return;
        default:
            if (cmd.subtype && NO_DATA_ALTERS.has(cmd.subtype))
                return;
            // Fails closed: a clause not known to leave the table's columns and rows as they were (SET LOGGED,
            // SET TABLESPACE, DROP INHERIT, ...) is held for review.
            push(out, span, {
                kind: "unknown",
                reason: "an ALTER TABLE clause the SQL reader does not know to be harmless",
                text: scope.src.textOf(range[0], range[1]),
            });
            return;
    }
}
/** ALTER TABLE clauses that change no column and no row: storage, ownership, triggers, statistics, security. */
const NO_DATA_ALTERS = new Set([
    "AT_SetStatistics",
    "AT_SetOptions",
    "AT_ResetOptions",
    "AT_SetStorage",
    "AT_SetCompression",
    "AT_ChangeOwner",
    "AT_ClusterOn",
    "AT_DropCluster",
    "AT_SetRelOptions",
    "AT_ResetRelOptions",
    "AT_ReplaceRelOptions",
    "AT_EnableTrig",
    "AT_EnableAlwaysTrig",
    "AT_EnableReplicaTrig",
    "AT_DisableTrig",
    "AT_EnableTrigAll",
    "AT_DisableTrigAll",
    "AT_EnableTrigUser",
    "AT_DisableTrigUser",
    "AT_EnableRule",
    "AT_EnableAlwaysRule",
    "AT_EnableReplicaRule",
    "AT_DisableRule",
    "AT_ReplicaIdentity",
    "AT_EnableRowSecurity",
    "AT_DisableRowSecurity",
    "AT_ForceRowSecurity",
    "AT_NoForceRowSecurity",
    "AT_GenericOptions",
    "AT_AlterColumnGenericOptions",
    "AT_AlterConstraint",
    "AT_AddIdentity",
    "AT_SetIdentity",
    "AT_DropIdentity",
    "AT_DropExpression",
    "AT_AttachPartition",
    "AT_AddInherit",
]);
function addColumn(def, table, scope, range, span, out) {
    const column = def.colname ?? "";
    const type = typeParts(def.typeName);
    if (type)
        scope.src.knownTypes.set(typeKey(table, column), type.type);
    let notNull = def.is_not_null ?? false;
    let dflt;
    const constraints = [];
    for (const c of def.constraints ?? []) {
        if (!("Constraint" in c))
            continue;
        const con = c.Constraint;
        switch (con.contype) {
            case "CONSTR_NOTNULL":
                notNull = true;
                break;
            case "CONSTR_DEFAULT":
                dflt = columnDefault(scope, range, con.raw_expr);
                break;
            case "CONSTR_IDENTITY":
                // Every existing row gets its own sequence value: a table rewrite, like a volatile default.
                notNull = true;
                dflt = { volatile: true, text: "GENERATED AS IDENTITY" };
                break;
            case "CONSTR_GENERATED":
                // A stored generated column is computed for every row now; a virtual one (PostgreSQL 18) is not.
                if (con.generated_kind !== "v")
                    dflt = { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
                break;
            default:
                constraints.push(con);
        }
    }
    const typeName = strings(def.typeName?.names);
    if (!dflt && SERIAL_TYPES.has(typeName[typeName.length - 1] ?? "")) {
        dflt = { volatile: true, text: "nextval (serial)" };
        notNull = true;
    }
    push(out, span, {
        kind: "add-column",
        table,
        column,
        ...(type ? { type: type.display } : {}),
        ...(notNull ? { notNull: true } : {}),
        ...(dflt ? { default: dflt } : {}),
    });
    for (const con of constraints)
        addConstraint(con, table, scope, span, out);
}
const CONSTRAINT_KINDS = {
    CONSTR_FOREIGN: "foreign-key",
    CONSTR_CHECK: "check",
    CONSTR_UNIQUE: "unique",
    CONSTR_PRIMARY: "primary-key",
    CONSTR_EXCLUSION: "exclusion",
};
function addConstraint(con, table, scope, span, out) {
    if (con.contype === "CONSTR_NOTNULL") {
        // `ADD CONSTRAINT name NOT NULL col` (PostgreSQL 18) is SET NOT NULL by another spelling.
        for (const column of strings(con.keys))
            push(out, span, { kind: "set-not-null", table, column });
        return;
    }
    const constraint = con.contype ? CONSTRAINT_KINDS[con.contype] : undefined;
    if (!constraint)
        return;
    const notNullColumn = notNullCheckColumn(con);
    push(out, span, {
        kind: "add-constraint",
        table,
        constraint: constraint,
        ...(con.conname ? { name: con.conname } : {}),
        validated: !con.skip_validation,
        ...(con.indexname ? { usingIndex: true } : {}),
        ...(notNullColumn ? { notNullColumn } : {}),
        ...transactionField(scope.src),
    });
}
// ------------------------------------------------------------------------------------------ rows
const NOT_FILTERED = undefined;
function withQueries(w) {
    return (w?.ctes ?? []).flatMap((c) => "CommonTableExpr" in c && c.CommonTableExpr.ctequery ? [c.CommonTableExpr.ctequery] : []);
}
/** Columns that the WHERE restricts to NULL, when the WHERE is a conjunction; undefined when it is not. */
function nullOnlyColumns(where) {
    if (!where)
        return NOT_FILTERED;
    const conjuncts = [];
    const collectAnd = (n) => {
        if ("BoolExpr" in n && n.BoolExpr.boolop === "AND_EXPR")
            (n.BoolExpr.args ?? []).forEach(collectAnd);
        else
            conjuncts.push(n);
    };
    collectAnd(where);
    const columns = new Set();
    for (const c of conjuncts) {
        if ("NullTest" in c &&
            c.NullTest.nulltesttype === "IS_NULL" &&
            c.NullTest.arg &&
            "ColumnRef" in c.NullTest.arg) {
            const fields = strings(c.NullTest.arg.ColumnRef.fields);
            const name = fields[fields.length - 1];
            if (name)
                columns.add(name);
        }
    }
    return columns;
}
function dataChange(node, scope, out) {
    const span = scope.span;
    if ("DeleteStmt" in node) {
        const s = node.DeleteStmt;
        withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
        push(out, span, {
            kind: "delete-rows",
            table: relName(s.relation),
            filtered: !!s.whereClause,
            via: "DELETE",
        });
    }
    else if ("UpdateStmt" in node) {
        const s = node.UpdateStmt;
        withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
        const columns = strings(s.targetList);
        const nulls = nullOnlyColumns(s.whereClause);
        push(out, span, {
            kind: "update-rows",
            table: relName(s.relation),
            columns,
            filtered: !!s.whereClause,
            onlyNulls: !!nulls && columns.length > 0 && columns.every((c) => nulls.has(c)),
            via: "UPDATE",
        });
    }
    else if ("InsertStmt" in node) {
        const s = node.InsertStmt;
        withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
        const copy = tableCopy(s);
        if (copy)
            out.copy = copy;
    }
    else if ("SelectStmt" in node) {
        const s = node.SelectStmt;
        withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
        // SELECT ... INTO new_table creates a table, like CREATE TABLE AS.
        if (s.intoClause?.rel) {
            push(out, span, {
                kind: "create-table",
                table: relName(s.intoClause.rel),
                columns: strings(s.intoClause.colNames),
            });
        }
    }
    else if ("MergeStmt" in node) {
        const s = node.MergeStmt;
        withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
        const table = relName(s.relation);
        for (const w of s.mergeWhenClauses ?? []) {
            if (!("MergeWhenClause" in w))
                continue;
            const clause = w.MergeWhenClause;
            if (clause.commandType === "CMD_DELETE") {
                push(out, span, { kind: "delete-rows", table, filtered: true, via: "MERGE ... DELETE" });
            }
            else if (clause.commandType === "CMD_UPDATE") {
                push(out, span, {
                    kind: "update-rows",
                    table,
                    columns: strings(clause.targetList),
                    filtered: true,
                    onlyNulls: false,
                    via: "MERGE ... UPDATE",
                });
            }
        }
    }
}
function tableCopy(s) {
    const select = s.selectStmt && "SelectStmt" in s.selectStmt ? s.selectStmt.SelectStmt : undefined;
    if (!select || !s.relation)
        return undefined;
    const from = select.fromClause ?? [];
    const only = from.length === 1 ? from[0] : undefined;
    if (!only || !("RangeVar" in only))
        return undefined;
    let star = false;
    const columns = [];
    for (const t of select.targetList ?? []) {
        const val = "ResTarget" in t ? t.ResTarget.val : undefined;
        if (val && "ColumnRef" in val) {
            const fields = val.ColumnRef.fields ?? [];
            const lastField = fields[fields.length - 1];
            if (lastField && "A_Star" in lastField)
                star = true;
            else
                columns.push(strings(fields).pop() ?? "?");
        }
        else
            columns.push("?");
    }
    const cols = strings(s.cols);
    return {
        into: relName(s.relation),
        from: relName(only.RangeVar),
        ...(cols.length ? { intoColumns: cols } : {}),
        selectColumns: star ? "*" : columns,
        partial: !!select.whereClause ||
            !!select.limitCount ||
            !!select.distinctClause ||
            !!select.groupClause ||
            (select.op !== undefined && select.op !== "SETOP_NONE"),
    };
}


/***/ }),

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ isPureFunction)
/* harmony export */ });
/* unused harmony export PURE_FUNCTIONS */
// The functions a SELECT (or any row statement) may call and still be read as changing nothing. A call to any
// other function (`SELECT pg_terminate_backend(..)`, `SELECT setval(..)`, `SELECT my_cleanup()`) runs code the
// reader cannot see, so it is an unknown operation: held for review. The list is short on purpose and
// documented in docs/rules/unrecognized-operation.md; a function belongs here only when calling it changes no
// table, row, sequence or other session's state (nextval only advances a sequence: no value is lost).
/** Lower-case names, PostgreSQL, MySQL and SQLite spellings together. */
const PURE_FUNCTIONS = new Set([
    // aggregates and window functions
    "count",
    "sum",
    "min",
    "max",
    "avg",
    "bool_and",
    "bool_or",
    "every",
    "array_agg",
    "string_agg",
    "group_concat",
    "json_agg",
    "jsonb_agg",
    "json_object_agg",
    "jsonb_object_agg",
    "row_number",
    "rank",
    "dense_rank",
    "lag",
    "lead",
    "first_value",
    "last_value",
    // waiting: holds the statement (and what its transaction has locked) for a while, changes nothing
    "pg_sleep",
    "pg_sleep_for",
    "sleep",
    // time
    "now",
    "current_timestamp",
    "current_date",
    "current_time",
    "localtimestamp",
    "clock_timestamp",
    "statement_timestamp",
    "transaction_timestamp",
    "date_trunc",
    "date_part",
    "extract",
    "age",
    "to_char",
    "to_date",
    "to_timestamp",
    "make_interval",
    "utc_timestamp",
    "unix_timestamp",
    "from_unixtime",
    "datetime",
    "date",
    "strftime",
    "julianday",
    // text and numbers
    "lower",
    "upper",
    "length",
    "char_length",
    "octet_length",
    "trim",
    "btrim",
    "ltrim",
    "rtrim",
    "substr",
    "substring",
    "replace",
    "concat",
    "concat_ws",
    "left",
    "right",
    "split_part",
    "position",
    "regexp_replace",
    "format",
    "md5",
    "abs",
    "round",
    "floor",
    "ceil",
    "ceiling",
    "greatest",
    "least",
    "coalesce",
    "nullif",
    "ifnull",
    "if",
    "cast",
    // json and arrays
    "to_json",
    "to_jsonb",
    "json_build_object",
    "jsonb_build_object",
    "json_build_array",
    "jsonb_build_array",
    "json_object",
    "json_array",
    "jsonb_set",
    "array_length",
    "unnest",
    "generate_series",
    // values that differ per call but change nothing
    "random",
    "rand",
    "gen_random_uuid",
    "uuid_generate_v4",
    "uuid",
    "nextval",
    "currval",
    // session facts and settings (like SET)
    "current_setting",
    "set_config",
    "version",
    "current_user",
    "current_schema",
    "database",
    "pg_advisory_lock",
    "pg_advisory_unlock",
    "pg_try_advisory_lock",
    "pg_advisory_xact_lock",
    "get_lock",
    "release_lock",
]);
/** True for a call the row statements may make and still change nothing; `pg_catalog.` names the same list. */
function isPureFunction(qualified) {
    const names = qualified.map((n) => n.toLowerCase());
    if (names.length > 2 || (names.length === 2 && names[0] !== "pg_catalog"))
        return false;
    const name = names[names.length - 1];
    return name !== undefined && PURE_FUNCTIONS.has(name);
}


/***/ }),

/***/ 5833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ identifier),
/* harmony export */   iX: () => (/* binding */ SqlSource),
/* harmony export */   pZ: () => (/* binding */ VOLATILE_FUNCTIONS)
/* harmony export */ });
/* unused harmony export isSemicolon */
/* harmony import */ var _lexer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9176);

class SqlSource {
    text;
    database;
    firstLine;
    lines;
    tokens;
    lexError;
    /** Column types seen so far in this text (CREATE TABLE, ADD COLUMN, ALTER TYPE), keyed "table.column". */
    knownTypes = new Map();
    /**
     * Explicit transactions seen so far: `open` between BEGIN and COMMIT/ROLLBACK, `index` counts the commits,
     * so statements with different indexes hold no lock across each other.
     */
    transaction = { open: false, index: 0 };
    constructor(text, database, 
    /** 1-based host line of the text's first line. */
    firstLine, dialect) {
        this.text = text;
        this.database = database;
        this.firstLine = firstLine;
        this.lines = new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .rr(text);
        const lexed = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .lex */ .Ii)(text, dialect);
        this.tokens = lexed.tokens;
        this.lexError = lexed.error;
    }
    /** 1-based host line of a string offset. */
    line(offset) {
        return this.firstLine + this.lines.lineOf(offset);
    }
    /** Host span from the first to the last of the tokens [first, last]. */
    spanOfTokens(first, last) {
        const a = this.tokens[first];
        const b = this.tokens[Math.max(first, last)];
        if (!a || !b)
            return { line: this.firstLine, endLine: this.firstLine };
        return { line: this.line(a.start), endLine: this.line(b.end - 1) };
    }
    /**
     * The code tokens of [start, end): indexes of the first and last token that is not a comment, or
     * undefined when the range holds only comments and space.
     */
    codeRange(start, end) {
        const tokens = this.tokens;
        let first = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenAt */ .BN)(tokens, start);
        let last = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenAt */ .BN)(tokens, end) - 1;
        while (first <= last && tokens[first].kind === "comment")
            first++;
        while (last >= first && (tokens[last].kind === "comment" || isSemicolon(tokens[last])))
            last--;
        return first <= last ? [first, last] : undefined;
    }
    /** Source text of tokens [first, last], on one line, cut short for messages. */
    textOf(first, last, max = 120) {
        const a = this.tokens[first];
        const b = this.tokens[last];
        if (!a || !b || last < first)
            return "";
        const text = this.text.slice(a.start, b.end).replace(/\s+/g, " ").trim();
        return text.length > max ? `${text.slice(0, max - 1)}…` : text;
    }
}
function isSemicolon(t) {
    return t.kind === "punct" && t.value === ";";
}
/** Lower-cases what the database folds: unquoted words. Quoted names keep their case. */
function identifier(t) {
    if (!t)
        return undefined;
    if (t.kind === "quoted")
        return t.value;
    if (t.kind === "word")
        return t.value.toLowerCase();
    return undefined;
}
/** Functions whose value differs per row: a column default calling one fills each row separately. */
const VOLATILE_FUNCTIONS = new Set([
    "random",
    "random_normal",
    "gen_random_uuid",
    "gen_random_bytes",
    "uuid_generate_v1",
    "uuid_generate_v1mc",
    "uuid_generate_v4",
    "uuidv4",
    "uuidv7",
    "clock_timestamp",
    "timeofday",
    "nextval",
    // MySQL and SQLite spellings.
    "uuid",
    "uuid_short",
    "rand",
    "randomblob",
    "sys_guid",
]);


/***/ }),

/***/ 2831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ byLineThenRule),
/* harmony export */   U: () => (/* binding */ compareCodeUnits)
/* harmony export */ });
/**
 * The orders reports are sorted in. Strings compare by UTF-16 code unit, as git orders paths, never by
 * `localeCompare`: that depends on the machine's locale, so two runners could print the same report in two
 * orders, and its first call builds an ICU collator, which was 9 % of the instructions of a cold start on one file.
 */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Findings in a file: by line, then by rule id. */
function byLineThenRule(a, b) {
    return a.line - b.line || compareCodeUnits(a.rule, b.rule);
}


/***/ }),

/***/ 7091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   YN: () => (/* binding */ renderSection),
/* harmony export */   uq: () => (/* binding */ isReportComment),
/* harmony export */   wQ: () => (/* binding */ renderComment)
/* harmony export */ });
/* unused harmony exports REPORT_MARKER, MAX_COMMENT_CHARS, renderRecord */
/* harmony import */ var _approval_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4140);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4201);
// The sticky PR comment: a hidden marker (how the check finds its comment again), the decision (the approval
// section, right under the heading, so nobody reads a table of findings before knowing whether the gate is
// open), the check's markdown report, and the hidden approval record the gate reads back on the next run.
// Pure strings. The marker, the decision and the record are never truncated; the report is, to fit the limit.


const REPORT_MARKER = "<!-- migration-guard:report -->";
const RECORD_OPEN = "<!-- migration-guard:approval ";
const RECORD_CLOSE = " -->";
/** GitHub rejects an issue comment body longer than this (characters). */
const MAX_COMMENT_CHARS = 65_536;
const MAX_STALE_CHARS = 4_000;
const MAX_REJECTED = 10;
const MAX_PATHS = 10;
function renderComment(report, section, record, max = MAX_COMMENT_CHARS) {
    // The report's own heading stays first; the decision goes right under it, before any count or table.
    const trimmed = report.trim();
    const heading = /^## [^\n]*/.exec(trimmed)?.[0] ?? "";
    const rest = trimmed.slice(heading.length).trim();
    const head = `${REPORT_MARKER}\n${heading ? `${neutralize(heading)}\n\n` : ""}${renderSection(section)}\n\n`;
    const tail = record ? `\n\n${renderRecord(record)}\n` : "\n";
    const body = neutralize(rest);
    // Strictly under the limit, counted in UTF-16 units (never fewer than GitHub's characters).
    const budget = max - 1 - head.length - tail.length;
    return head + fit(body, budget) + tail;
}
/**
 * The decision first, in one line: "Approved by @x for these N migrations (digest …)" or "Needs approval: …",
 * then why an approval does not count and how to give one. Used by the sticky comment and the job summary.
 */
function renderSection(s) {
    const lines = [];
    if (s.gated === 0) {
        lines.push("✅ No migration in this pull request needs an approval.");
        return neutralize(lines.join("\n"));
    }
    const these = s.gated === 1 ? "this migration" : `these ${s.gated} migrations`;
    const digest = `(digest \`${(0,_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(s.digest)}\`)`;
    const paths = s.paths ?? [];
    const listed = paths.length === 0
        ? ""
        : `: ${paths
            .slice(0, MAX_PATHS)
            .map((p) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(p))
            .join(", ")}${paths.length > MAX_PATHS ? ` and ${paths.length - MAX_PATHS} more` : ""}`;
    if (s.approved) {
        lines.push(`✅ **Approved** by ${s.approvedBy.map((l) => `@${l}`).join(", ")} for ${these} ${digest}${listed}. ` +
            "A push that changes them makes the approval stale.");
    }
    else {
        lines.push(`⛔ **Needs approval** for ${these} ${digest}${listed}. ${oneLine(s.howToApprove)}`);
        if (s.unavailable)
            lines.push("", `> ${oneLine(s.unavailable)}`);
        if (s.stale)
            lines.push("", `> ⚠️ **Stale approval.** ${oneLine(clip(s.stale, MAX_STALE_CHARS))}`);
        const rejected = s.rejected.slice(0, MAX_REJECTED);
        if (rejected.length)
            lines.push("", ...rejected.map((r) => `- ${oneLine(r)}`));
        if (s.rejected.length > MAX_REJECTED)
            lines.push(`- … and ${s.rejected.length - MAX_REJECTED} more`);
    }
    return neutralize(quietMentions(lines.join("\n")));
}
/** `@login` in a code span: the comment is rewritten on every push, and a mention would notify each time. */
function quietMentions(markdown) {
    return markdown.replace(/(^|[^\w`@/])@([A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\[bot\])?)(?![\w`])/g, "$1`@$2`");
}
/** The hidden record: JSON inside an HTML comment, with `<` and `>` escaped so no value can close it. */
function renderRecord(record) {
    const json = JSON.stringify(record).replace(/[<>]/g, (c) => (c === "<" ? "\\u003c" : "\\u003e"));
    return `${RECORD_OPEN}${json}${RECORD_CLOSE}`;
}
/** Whether a comment body is the check's sticky comment (by its marker at the very start). */
function isReportComment(body) {
    return body.trimStart().startsWith(REPORT_MARKER);
}
/**
 * The record from a comment body; undefined when there is none or it does not read as one (hand-edited,
 * garbled, wrong types). Only the last record counts: the check writes it last, after everything else.
 */
function parseRecord(body) {
    const start = body.lastIndexOf(RECORD_OPEN);
    if (start < 0)
        return undefined;
    const end = body.indexOf(RECORD_CLOSE, start + RECORD_OPEN.length);
    if (end < 0)
        return undefined;
    let data;
    try {
        data = JSON.parse(body.slice(start + RECORD_OPEN.length, end));
    }
    catch {
        return undefined;
    }
    if (!isObject(data) || data.v !== 1 || !Array.isArray(data.heads))
        return undefined;
    const heads = [];
    for (const h of data.heads) {
        if (!isObject(h) || !isSha(h.sha) || !isDigest(h.digest) || !isTime(h.at))
            return undefined;
        heads.push({ sha: h.sha, digest: h.digest, at: h.at });
    }
    const record = { v: 1, heads };
    if (data.approved !== undefined) {
        if (typeof data.approved !== "boolean")
            return undefined;
        record.approved = data.approved;
    }
    if (data.approval !== undefined) {
        const a = data.approval;
        if (!isObject(a) ||
            !isDigest(a.digest) ||
            !isSha(a.head) ||
            typeof a.by !== "string" ||
            !/^[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/.test(a.by) ||
            (a.via !== "label" && a.via !== "review") ||
            !isTime(a.at)) {
            return undefined;
        }
        const approval = { digest: a.digest, head: a.head, by: a.by, via: a.via, at: a.at };
        if (a.files !== undefined) {
            if (!isObject(a.files))
                return undefined;
            const files = {};
            for (const [path, blob] of Object.entries(a.files)) {
                if (typeof blob !== "string")
                    return undefined;
                files[path] = blob;
            }
            approval.files = files;
        }
        record.approval = approval;
    }
    // The signature is checked by whoever trusts the record (the deploy), with the key; here it is only carried.
    if (typeof data.sig === "string" && /^[0-9a-f]{64}$/.test(data.sig))
        record.sig = data.sig;
    return record;
}
/** The report, cut at a line boundary to `budget` characters with a note, fences closed. */
function fit(report, budget) {
    if (report.length <= budget)
        return report;
    const note = (shown) => `\n\n> ✂️ The report was cut to fit a GitHub comment (${shown.toLocaleString("en-US")} of ` +
        `${report.length.toLocaleString("en-US")} characters shown). The job summary and the JSON report have all of it.`;
    // Room for the note and a closing fence; the note's figures only get shorter than this estimate.
    const room = budget - note(report.length).length - "\n```".length;
    if (room <= 0)
        return "";
    let cut = report.lastIndexOf("\n", room);
    if (cut < room / 2)
        cut = room;
    // Never split a surrogate pair.
    const code = report.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    let kept = report.slice(0, cut).trimEnd();
    if ((kept.match(/^\s*(```|~~~)/gm) ?? []).length % 2 === 1)
        kept += "\n```";
    return kept + note(kept.length);
}
/** The report is shown, never hidden: an HTML comment in it could swallow the section or fake a record. */
function neutralize(markdown) {
    return markdown.replace(/<!--/g, "&lt;!--");
}
function oneLine(text) {
    return text.replace(/\s*\n\s*/g, " ");
}
function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function isObject(v) {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}
const isSha = (v) => typeof v === "string" && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(v);
const isDigest = (v) => typeof v === "string" && /^[0-9a-f]{64}$/.test(v);
const isTime = (v) => typeof v === "string" && !Number.isNaN(Date.parse(v));


/***/ }),

/***/ 4201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BYTES, inlineMarkdown */
/** GitHub's job summary holds 1 MiB per step; leave room for what else the step writes. In UTF-8 bytes. */
const DEFAULT_MAX_BYTES = 900_000;
const encoder = new TextEncoder();
const bytes = (text) => encoder.encode(text).length;
const MD_PUNCTUATION = /[\\`*_{}[\]()#+!|~<>&"'$]/g;
const HTML = {
    "<": "&lt;",
    ">": "&gt;",
    "&": "&amp;",
    '"': "&quot;",
    "'": "&#39;",
    "|": "&#124;",
    "`": "&#96;",
};
// Control characters are data in a file name: shown as escapes, never passed to the renderer.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
/** A control character as `\x07`: shown, never passed on to the renderer. */
const showControl = (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
/** Text safe in a markdown table cell: HTML entities for markup, backslashes for emphasis, newlines visible. */
function escapeMarkdown(text) {
    return text
        .replace(MD_PUNCTUATION, (c) => HTML[c] ?? `\\${c}`)
        .replace(/\r\n|\r|\n/g, "<br>")
        .replace(CONTROL, showControl);
}
/** A link whose target cannot leave the parentheses or the https scheme. */
function link(text, url) {
    if (!/^https:\/\/[^\s()<>"'`|]+$/.test(url))
        return escapeMarkdown(text);
    return `[${escapeMarkdown(text)}](${url})`;
}
const VERDICT_LABEL = {
    "needs-approval": "🛑 needs approval",
    review: "⚠️ review",
    ok: "✅ ok",
};
const SEVERITY_ICON = { error: "🛑", warning: "⚠️", notice: "ℹ️" };
/** HTML text (for `<summary>`, where markdown is not read). */
function escapeHtml(text) {
    return text
        .replace(/[<>&"'|]/g, (c) => HTML[c])
        .replace(/\r\n|\r|\n/g, "\\n")
        .replace(CONTROL, showControl);
}
/**
 * A message with its code spans kept as code: the text between backticks is shown as code (markdown and HTML
 * are not read inside a code span), the rest is escaped. Unbalanced backticks: everything is escaped.
 */
function inlineMarkdown(text) {
    const parts = text.split("`");
    if (parts.length % 2 === 0)
        return escapeMarkdown(text);
    return parts
        .map((part, i) => i % 2 === 0
        ? escapeMarkdown(part)
        : `\`${part.replace(/\r\n|\r|\n/g, " ").replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16)}`)}\``)
        .join("");
}
// The fence's info string: GitHub highlights the excerpt in the migration's own language.
const LANGUAGE = {
    rails: "ruby",
    django: "python",
    alembic: "python",
    laravel: "php",
    doctrine: "php",
    "ef-core": "csharp",
    ecto: "elixir",
    knex: "js",
    sequelize: "js",
    "db-migrate": "js",
    "node-pg-migrate": "js",
    typeorm: "ts",
    liquibase: "",
    prisma: "sql",
};
/**
 * An excerpt of the migration as a fenced code block inside a list item: markdown and HTML are not read
 * inside it, and the fence is longer than any run of backticks in the code, so the code cannot close it.
 */
function codeBlock(code, framework) {
    const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(Math.max(3, longest + 1));
    const language = LANGUAGE[framework] ?? "sql";
    const body = code
        .replace(CONTROL, showControl)
        .split("\n")
        .map((l) => `  ${l}`.trimEnd())
        .join("\n");
    return `\n\n  ${fence}${language}\n${body}\n  ${fence}`;
}
/** `blob/<sha>/<path>#L3-L4`, each path segment encoded; undefined without a commit to point at. */
function lineUrl(base, path, line, endLine) {
    if (!base || !/^https:\/\/[^\s()<>"'`|]+\/blob\/[0-9a-f]{40,64}$/.test(base))
        return undefined;
    const encoded = path.split("/").map(encodeURIComponent).join("/");
    return `${base}/${encoded}#L${line}${endLine > line ? `-L${endLine}` : ""}`;
}
function renderMarkdown(verdict, options) {
    const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const head = ["## Migration Guard", ""];
    if (options.decision)
        head.push(options.decision, "");
    const migrations = verdict.files.length;
    const counts = Object.entries(verdict.counts)
        .filter(([, n]) => n > 0)
        .map(([c, n]) => `${n} ${c}`)
        .join(", ");
    head.push(migrations === 0
        ? "No migrations changed."
        : `${migrations} migration(s) analysed: ${verdict.findings} finding(s)${counts ? ` (${counts})` : ""}` +
            (verdict.acknowledged ? `, ${verdict.acknowledged} acknowledged by an allow comment` : "") +
            ".");
    if (verdict.requiresApproval && !options.decision && !options.decisionAbove) {
        head.push("", `**Approval required**: ${verdict.gated.length} migration(s) have findings in ` +
            `${options.approvalCategories.map((c) => `\`${c}\``).join(", ")}.`);
    }
    for (const note of options.notes ?? [])
        head.push("", escapeMarkdown(note));
    const omitted = options.omittedAnnotations;
    const omittedTotal = omitted ? omitted.error + omitted.warning + omitted.notice : 0;
    if (omitted && omittedTotal > 0) {
        head.push("", `GitHub shows at most 10 annotations of each level per step: ${omittedTotal} finding(s) are not ` +
            "annotated on the diff. The full list is below.");
    }
    if (migrations === 0)
        return head.join("\n") + "\n";
    // One section per migration, the ones that need action first (a stable sort keeps the diff's order within).
    const rank = { "needs-approval": 0, review: 1, ok: 2 };
    const ordered = [...verdict.files].sort((a, b) => rank[a.verdict] - rank[b.verdict]);
    const clean = ordered.filter((f) => f.report.findings.length === 0);
    const sections = ordered
        .filter((f) => f.report.findings.length > 0)
        .map(({ report, verdict: v }) => {
        const renamed = report.previousPath !== undefined ? ` (from <code>${escapeHtml(report.previousPath)}</code>)` : "";
        const lines = [
            "",
            `<details${v === "ok" ? "" : " open"}>`,
            `<summary>${VERDICT_LABEL[v]}: <code>${escapeHtml(report.path)}</code>${renamed} · ${report.framework} · ` +
                `${report.status} · ${report.findings.length} finding(s)</summary>`,
            "",
        ];
        for (const f of report.findings) {
            const span = f.endLine > f.line ? `lines ${f.line}–${f.endLine}` : `line ${f.line}`;
            const url = lineUrl(options.blobBase, report.path, f.line, f.endLine);
            const where = url ? `[${span}](${url})` : span;
            const ack = f.acknowledged ? ` *(acknowledged: ${inlineMarkdown(f.acknowledged.reason)})*` : "";
            // One row with its excerpt: a cut for the size limit never splits a code block.
            lines.push(`- ${SEVERITY_ICON[f.severity]} ${link(f.rule, f.docsUrl)} · ${f.category} · ${where}: ` +
                `${inlineMarkdown(f.message)}${ack}<br>**Instead:** ${inlineMarkdown(f.safeAlternative)}` +
                (f.excerpt ? codeBlock(f.excerpt, report.framework) : ""));
        }
        lines.push("", "</details>");
        return lines;
    });
    if (clean.length) {
        sections.push([
            "",
            `<details>`,
            `<summary>✅ ${clean.length} migration(s) without findings</summary>`,
            "",
            ...clean.map(({ report }) => `- <code>${escapeHtml(report.path)}</code> · ${report.framework} · ${report.status}`),
            "",
            "</details>",
        ]);
    }
    // Cut between findings when it would not fit, close the open section, and say how much is missing.
    const out = [...head];
    let size = bytes(out.join("\n"));
    const total = verdict.files.reduce((n, f) => n + Math.max(1, f.report.findings.length), 0);
    let shown = 0;
    const closing = "\n\n</details>";
    for (const section of sections) {
        for (let i = 0; i < section.length; i++) {
            const rowSize = bytes(section[i]) + 1;
            if (size + rowSize > max - 400) {
                if (i > 0)
                    out.push(closing.trimStart());
                out.push("", `*The report was cut here to fit GitHub's size limit (${shown} of ${total} findings and clean ` +
                    "migrations shown); the full list is in the JSON report (the `report` output).*");
                return out.join("\n") + "\n";
            }
            out.push(section[i]);
            size += rowSize;
            if (section[i].startsWith("- "))
                shown++;
        }
    }
    return out.join("\n") + "\n";
}


/***/ }),

/***/ 4014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V5: () => (/* reexport */ FolderHistory),
  nG: () => (/* reexport */ byName),
  oi: () => (/* reexport */ isForwardMigration),
  W: () => (/* reexport */ mayOrderByContent),
  V0: () => (/* reexport */ migrationOrder),
  mL: () => (/* reexport */ ordersByContent),
  gS: () => (/* reexport */ refineWithSchema),
  YB: () => (/* reexport */ vocabularyOf)
});

// UNUSED EXPORTS: SchemaState, migrationVersion, schemaKey

// EXTERNAL MODULE: ./src/core/column-types/index.ts + 3 modules
var column_types = __webpack_require__(6074);
// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/schema/state.ts
// The schema as the migrations before a file left it: tables, their columns, each column's type and
// nullability as far as the readers could tell. Built by replaying forward operations in migration order
// (history.ts); pure data, no I/O.


/** Table names compare without quotes and without PostgreSQL's default schema (as rules' `tableKey`). */
function schemaKey(name) {
    const bare = name.replace(/["`[\]]/g, "");
    return bare.toLowerCase().startsWith("public.") ? bare.slice("public.".length) : bare;
}
class SchemaState {
    tables = new Map();
    /** Enum types by `enumKey`. A column's type holds the same object, so a value added reaches its columns. */
    enums = new Map();
    incomplete = false;
    get complete() {
        return !this.incomplete;
    }
    /** Absence no longer proves anything (an unreadable migration, a statement not followed, a squashed start). */
    markIncomplete() {
        this.incomplete = true;
    }
    table(name) {
        return this.tables.get(schemaKey(name));
    }
    column(table, column) {
        return this.table(table)?.columns.get(column.toLowerCase());
    }
    enumType(name) {
        return this.enums.get((0,column_types/* enumKey */.RB)(name));
    }
    enumColumns() {
        // Asked only at a DROP TYPE: one walk over the columns there, none per file.
        const out = [];
        for (const [table, state] of this.tables)
            for (const [column, c] of state.columns)
                if (c.type?.enum)
                    out.push({ table, column, type: c.type.enum });
        return out;
    }
    /** A type as an operation wrote it, read into the model: a name of a known enum is that enum. */
    typed(text, vocabulary) {
        if (text === undefined)
            return undefined;
        return (0,column_types/* withEnum */.wr)((0,column_types/* typeFromText */.g6)(text, vocabulary), (name) => this.enumType(name));
    }
    /**
     * A schema dump laid over what the replay knows, for the migrations newer than the dump: the dump is the
     * whole schema at its version, so absence is proven again from here; but a table or column the replay has
     * stays (a dump never makes absent what a migration created), and only what the dump creates is taken
     * from it (a `force:` drop in a dump clears nothing), with the columns it adds (structure.sql's `ALTER TABLE
     * ... ADD COLUMN`; one on a table it never made leaves the state incomplete). A statement it holds that the
     * reader could not follow still leaves the state incomplete.
     */
    seed(operations, vocabulary) {
        this.incomplete = false;
        for (const op of operations) {
            if (op.kind === "unknown")
                this.markIncomplete();
            // An enum the replay made stays the replay's (its columns hold it); the dump's other enums are taken.
            if (op.kind === "create-enum")
                this.apply(op, "seed", vocabulary);
            if (op.kind === "add-column")
                this.apply(op, "seed", vocabulary);
            if (op.kind !== "create-table" || op.rebuildOf)
                continue;
            const table = this.table(op.table);
            if (!table) {
                this.apply(op, "seed", vocabulary);
                continue;
            }
            for (const column of op.columns)
                if (!table.columns.has(column.toLowerCase()))
                    table.columns.set(column.toLowerCase(), { origin: "seed" });
        }
    }
    /** Forgets everything: the replay starts again from the first migration. */
    reset() {
        this.tables.clear();
        this.enums.clear();
        this.incomplete = false;
    }
    /** One forward operation of a migration whose types are spelled in `vocabulary`. */
    apply(op, origin, vocabulary) {
        const touch = (name) => {
            const table = this.table(name);
            // A table no migration before created: the history does not start at the beginning (squashed, or made
            // outside migrations), so what is absent proves nothing from here on.
            if (!table)
                this.markIncomplete();
            return table;
        };
        switch (op.kind) {
            case "create-table": {
                if (op.rebuildOf) {
                    // The rebuilt table ends under the old name with the new columns; `op.table` is renamed away.
                    const old = this.table(op.rebuildOf.table);
                    if (!old)
                        this.markIncomplete();
                    this.tables.delete(schemaKey(op.rebuildOf.table));
                    this.apply((0,extend/* extend */.X)(op, { table: op.rebuildOf.table, rebuildOf: undefined }), old?.origin ?? origin, vocabulary);
                    break;
                }
                if (this.table(op.table)) {
                    // CREATE TABLE IF NOT EXISTS on a table that exists does nothing; without it the migration fails.
                    break;
                }
                const columns = new Map();
                const notNull = new Set((op.notNullColumns ?? []).map((c) => c.toLowerCase()));
                for (const column of op.columns) {
                    const type = this.typed(op.columnTypes?.[column], vocabulary);
                    columns.set(column.toLowerCase(), {
                        origin,
                        ...(type ? { type } : {}),
                        ...(op.notNullColumns ? { notNull: notNull.has(column.toLowerCase()) } : {}),
                    });
                }
                this.tables.set(schemaKey(op.table), { origin, columns });
                break;
            }
            case "drop-table":
                if (!this.tables.delete(schemaKey(op.table)) && !op.ifExists)
                    this.markIncomplete();
                break;
            case "rename-table": {
                const table = touch(op.table);
                if (!table)
                    break;
                this.tables.delete(schemaKey(op.table));
                this.tables.set(schemaKey(op.newName), table);
                break;
            }
            case "add-column": {
                const table = touch(op.table);
                if (!table || table.columns.has(op.column.toLowerCase()))
                    break;
                const type = this.typed(op.type, vocabulary);
                table.columns.set(op.column.toLowerCase(), {
                    origin,
                    ...(type ? { type } : {}),
                    ...(op.notNull !== undefined ? { notNull: op.notNull } : {}),
                });
                break;
            }
            case "drop-column": {
                const table = touch(op.table);
                if (table && !table.columns.delete(op.column.toLowerCase()))
                    this.markIncomplete();
                break;
            }
            case "rename-column": {
                const table = touch(op.table);
                const column = table?.columns.get(op.column.toLowerCase());
                if (!table || !column) {
                    if (table)
                        this.markIncomplete();
                    break;
                }
                table.columns.delete(op.column.toLowerCase());
                table.columns.set(op.newName.toLowerCase(), column);
                break;
            }
            case "change-column-type": {
                const column = this.knownColumn(op.table, op.column);
                if (!column)
                    break;
                const type = this.typed(op.type, vocabulary);
                if (type)
                    column.type = type;
                else
                    delete column.type;
                if (op.notNull !== undefined)
                    column.notNull = op.notNull;
                break;
            }
            case "set-not-null":
            case "drop-not-null": {
                const column = this.knownColumn(op.table, op.column);
                if (column)
                    column.notNull = op.kind === "set-not-null";
                break;
            }
            case "create-enum":
                // CREATE TYPE of a name that exists fails; the type stays as it was.
                if (!this.enums.has((0,column_types/* enumKey */.RB)(op.type)))
                    this.enums.set((0,column_types/* enumKey */.RB)(op.type), { name: op.type, labels: [...op.values] });
                break;
            case "add-enum-value": {
                const known = this.enumType(op.type);
                // A type no migration before made: the history does not start at the beginning.
                if (!known)
                    this.markIncomplete();
                else if (!known.labels.includes(op.value))
                    known.labels.push(op.value);
                break;
            }
            case "rename-enum-value": {
                const known = this.enumType(op.type);
                if (!known)
                    this.markIncomplete();
                else
                    known.labels = known.labels.map((l) => (l === op.value ? op.newValue : l));
                break;
            }
            case "rename-type": {
                // Any type may be renamed; only an enum's rename is one the state follows.
                const known = this.enumType(op.type);
                if (!known)
                    break;
                this.enums.delete((0,column_types/* enumKey */.RB)(op.type));
                known.name = op.newName;
                this.enums.set((0,column_types/* enumKey */.RB)(op.newName), known);
                break;
            }
            case "drop-type": {
                const known = this.enumType(op.type);
                if (!known)
                    break;
                // CASCADE drops the columns typed by it; without, the drop ran only because none was.
                if (op.cascade)
                    for (const { table, column, type } of this.enumColumns())
                        if (type === known)
                            this.tables.get(table)?.columns.delete(column);
                this.enums.delete((0,column_types/* enumKey */.RB)(op.type));
                break;
            }
            case "unknown":
                // Raw SQL or code the reader could not follow may have created or dropped anything.
                this.markIncomplete();
                break;
            default:
                break;
        }
    }
    knownColumn(table, column) {
        const t = this.table(table);
        const c = t?.columns.get(column.toLowerCase());
        if (!c)
            this.markIncomplete();
        return c;
    }
}

;// CONCATENATED MODULE: ./src/core/schema/history.ts

/** The spelling each framework's operations use for types (see `typeFromText`). */
function vocabularyOf(framework) {
    return framework === "rails" || framework === "laravel" || framework === "ecto" ? "abstract" : "sql";
}
/** The version a migration's name leads with (`20240101000000_create_users.rb`), when it has one. */
function migrationVersion(path) {
    const digits = /^(\d+)_/.exec(path.slice(path.lastIndexOf("/") + 1))?.[1];
    return digits === undefined ? undefined : BigInt(digits);
}
class FolderHistory {
    entries;
    readDump;
    state = new SchemaState();
    position = new Map();
    parsed = [];
    /** How many entries the replay has passed, and how many of them belonged. */
    cursor = 0;
    replayed = 0;
    /** True once the dump is laid over the replay (at the first migration newer than it). */
    seeded = false;
    dumpRead;
    vocabulary;
    /**
     * `dump`: read when first needed; it seeds the state of the migrations newer than it. Undefined: there is
     * none, and the history is the replay alone; null: there is one that cannot be read, so the migrations
     * may not start at the beginning (squashed), and the history proves no absence.
     */
    constructor(framework, entries, readDump) {
        this.entries = entries;
        this.readDump = readDump;
        this.vocabulary = vocabularyOf(framework);
        entries.forEach((e, i) => this.position.set(e.path, i));
    }
    /** The last entry already in the repository before the change (-1: none), when asked; see `SchemaDump.version`. */
    lastBefore;
    /**
     * The last of this history's migrations the change does not add. Found from the end, skipping what is not
     * one (Prisma's `migration_lock.toml` sorts after the migrations), so only a dump without a version reads
     * files after the one analysed, and then only back to the first that belongs.
     */
    lastBeforeChange() {
        if (this.lastBefore === undefined) {
            let last = this.entries.length - 1;
            for (; last >= 0; last--) {
                const e = this.entries[last];
                if (e.origin !== "change" && e.belongs?.() !== false)
                    break;
            }
            this.lastBefore = last;
        }
        return this.lastBefore;
    }
    /** True when the dump describes the schema before entry `i` ran: the migration is newer than the dump. */
    seeds(dump, i) {
        if (!dump)
            return false;
        if (dump.version === undefined)
            return i > this.lastBeforeChange();
        const version = migrationVersion(this.entries[i].path);
        return version !== undefined && version > dump.version;
    }
    /** Where `path` stands in the replay order, when it is one of the folder's migrations of this framework. */
    indexOf(path) {
        return this.position.get(path);
    }
    /** The same file's reading, when the analysis already has it (so a file is parsed once, not twice). */
    remember(path, parsed) {
        const i = this.position.get(path);
        if (i !== undefined && !(i in this.parsed))
            this.parsed[i] = readable(parsed);
    }
    /**
     * The schema before `path` ran, or undefined when there is no history for it: the path is not one of the
     * folder's migrations, or nothing ran before it. The view is valid until the next call.
     */
    before(path) {
        const i = this.position.get(path);
        if (i === undefined)
            return undefined;
        const dump = this.dump();
        const seeded = this.seeds(dump, i);
        if (i === 0 && !seeded)
            return undefined;
        if (i < this.cursor) {
            this.state.reset();
            this.cursor = 0;
            this.replayed = 0;
            this.seeded = false;
        }
        if (this.cursor === 0 && dump === null)
            this.state.markIncomplete();
        for (; this.cursor < i; this.cursor++) {
            if (this.entries[this.cursor].belongs?.() === false)
                continue;
            if (!this.seeded && this.seeds(dump, this.cursor))
                this.seed(dump);
            this.replayed++;
            const ops = this.operations(this.cursor);
            // A migration that could not be read may have created or dropped anything.
            if (ops === undefined)
                this.state.markIncomplete();
            else
                for (const op of ops)
                    this.state.apply(op, this.entries[this.cursor].origin, this.vocabulary);
        }
        if (seeded && !this.seeded)
            this.seed(dump);
        // Only other frameworks' files before it: nothing of this history ran before, as for the first.
        return this.replayed || this.seeded ? this.state : undefined;
    }
    seed(dump) {
        this.state.seed(dump.operations, dump.vocabulary ?? this.vocabulary);
        this.seeded = true;
    }
    dump() {
        if (!this.dumpRead) {
            let dump;
            try {
                dump = this.readDump?.();
            }
            catch {
                // A dump reader that fails is an unreadable dump (fails closed: no seed, and no absence proven).
                dump = null;
            }
            this.dumpRead = { dump };
        }
        return this.dumpRead.dump;
    }
    operations(i) {
        if (!(i in this.parsed)) {
            let parsed;
            try {
                parsed = this.entries[i].parse();
            }
            catch {
                // A reader that fails here is reported where that file is analysed; for the history it is unreadable
                // (fails closed: the state becomes incomplete, so nothing is called absent).
                parsed = undefined;
            }
            this.parsed[i] = parsed && readable(parsed);
        }
        return this.parsed[i];
    }
}
/** A reading with problems is as good as none for the history. */
function readable(parsed) {
    return parsed.problems.length ? undefined : parsed.operations;
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/core/order.ts
var core_order = __webpack_require__(2831);
;// CONCATENATED MODULE: ./src/core/schema/order.ts
// The order a framework runs the migrations of one folder in: what the schema history replays.



/**
 * Names compared as `new Intl.Collator("en", { numeric: true, sensitivity: "base" })` compares them: digit runs
 * as numbers (leading zeros ignored), letters without case, spaces and punctuation before digits, digits before
 * letters. Building that collator loads ICU's locale tables, 69 of the 784 million instructions of a cold start
 * on one file (callgrind), and comparing through it in a sort of a thousand names costs as much again. So for
 * printable ASCII, which is every migration name we have seen, each name becomes once a key whose plain string
 * order is that order; any other character falls back to the collator, built on first use. (The npm
 * `natural-compare` package orders case-sensitively and reads digit runs as floats, which misorders versions
 * longer than 15 digits.) A unit test holds this to the collator on random names.
 */
function naturalCompare(a, b) {
    const x = naturalKey(a);
    const y = naturalKey(b);
    if (x === undefined || y === undefined)
        return (collator ??= newCollator()).compare(a, b);
    return compareCodeUnits(x, y);
}
/** `items` sorted by `nameOf` in the collator's order, each name's key made once. */
function sortNaturally(items, nameOf) {
    // Past a few thousand names the collator's native comparisons outrun making keys in JavaScript, its cost of
    // building paid once (a folder of 10,000: 14 against 56 ms, CPU profiles); the two orders are the same.
    const byCollator = () => {
        const c = (collator ??= newCollator());
        return [...items].sort((a, b) => c.compare(nameOf(a), nameOf(b)));
    };
    if (items.length > COLLATOR_PAST)
        return byCollator();
    const keys = items.map((item) => naturalKey(nameOf(item)));
    if (keys.some((k) => k === undefined))
        return byCollator();
    const order = items.map((_, i) => i).sort((i, j) => (0,core_order/* compareCodeUnits */.U)(keys[i], keys[j]) || i - j);
    return order.map((i) => items[i]);
}
/** ASCII spaces and punctuation in ICU's root order (read off the collator; the unit test checks it). */
const PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
let collator;
const COLLATOR_PAST = 2000;
const newCollator = () => new Intl.Collator("en", { numeric: true, sensitivity: "base" });
/**
 * The key: punctuation as U+0020 + its rank; a run of digits as U+0060, then U+0100 + its length without
 * leading zeros, then those digits (so a longer number is larger, and equal lengths compare digit by digit);
 * letters in lower case (U+0061 and up, after every digit run). Undefined outside printable ASCII.
 */
function naturalKey(name) {
    if (!PRINTABLE_ASCII.test(name))
        return undefined;
    return name.toLowerCase().replace(/[0-9]+|[^0-9a-z]/g, (part) => {
        if (!isDigit(part.charCodeAt(0)))
            return PUNCTUATION_KEY[part.charCodeAt(0)];
        const digits = part.replace(/^0+/, "");
        return "\u0060" + String.fromCharCode(0x100 + digits.length) + digits;
    });
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const isDigit = (c) => c >= 48 && c <= 57;
/** Each ASCII punctuation character's key character, by char code. */
const PUNCTUATION_KEY = [];
for (let rank = 0; rank < PUNCTUATION.length; rank++)
    PUNCTUATION_KEY[PUNCTUATION.charCodeAt(rank)] = String.fromCharCode(0x20 + rank);
function baseName(path) {
    return path.slice(path.lastIndexOf("/") + 1);
}
/** Files a framework never runs forward: the down halves of pairs, Flyway's undo and repeatable scripts. */
function isForwardMigration(framework, path) {
    const name = baseName(path);
    if (/\.down\.sql$/i.test(name))
        return false;
    if (framework === "flyway" && /^[UR]/i.test(name))
        return false;
    return true;
}
/**
 * Dependencies first, ties by name (numeric parts compared as numbers). A cycle or a dependency outside the
 * folder cannot stop the order: what is left is appended by name.
 */
function topological(files, deps, id) {
    const byId = new Map(files.map((f) => [id(f), f]));
    const waiting = new Map();
    const dependents = new Map();
    for (const f of files) {
        const known = deps(f).filter((d) => byId.has(d) && d !== id(f));
        waiting.set(id(f), known.length);
        for (const d of known)
            dependents.set(d, [...(dependents.get(d) ?? []), id(f)]);
    }
    // Ties by name: each file's place in the folder sorted by name once.
    const place = new Map(sortNaturally(files, (f) => baseName(f.path)).map((f, i) => [f, i]));
    const byName = (a, b) => place.get(a) - place.get(b);
    const ready = files.filter((f) => waiting.get(id(f)) === 0).sort(byName);
    const out = [];
    const placed = new Set();
    while (ready.length) {
        const f = ready.shift();
        out.push(f);
        placed.add(id(f));
        for (const next of dependents.get(id(f)) ?? []) {
            const left = waiting.get(next) - 1;
            waiting.set(next, left);
            if (left === 0) {
                ready.push(byId.get(next));
                ready.sort(byName);
            }
        }
    }
    return [...out, ...files.filter((f) => !placed.has(id(f))).sort(byName)];
}
/** Alembic: `revision = "..."`, `down_revision = "..."` or a tuple of them (a merge). */
function alembicIds(source) {
    const revision = /^revision\s*(?::[^=\n]*)?=\s*["']([^"']+)["']/m.exec(source ?? "")?.[1];
    const downText = /^down_revision\s*(?::[^=\n]*)?=\s*(.+)$/m.exec(source ?? "")?.[1] ?? "";
    const down = [...downText.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);
    return (0,extend/* extend */.X)(revision !== undefined ? { revision } : {}, { down });
}
/** Django: `("app", "0003_name")` pairs in `dependencies`; only this app's (the folder's) order matters. */
function djangoDeps(source) {
    const block = /dependencies\s*=\s*\[([\s\S]*?)\]/.exec(source ?? "")?.[1] ?? "";
    return [...block.matchAll(/\(\s*["'][^"']+["']\s*,\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
}
/** Frameworks that order their migrations by what the files say (a graph), not by their names. */
function ordersByContent(framework) {
    return framework === "alembic" || framework === "django";
}
/**
 * Whether the file at `path` may be one of a framework that orders by content, known before it is read: only a
 * `.py` file is Django's or Alembic's, unless the config's `paths` name others for them. Any other file's place in
 * its history is its name's.
 */
function mayOrderByContent(path, paths) {
    return /\.py$/i.test(path) || (0,glob/* matchesAny */._I)(path, paths.alembic ?? []) || (0,glob/* matchesAny */._I)(path, paths.django ?? []);
}
/**
 * By name, numeric parts compared as numbers: the order of every framework that does not order by content.
 * The files share their history's folder, so their paths differ only in the name (Prisma's: the migration's
 * folder, as every file is `migration.sql`).
 */
function byName(files) {
    return sortNaturally(files, (f) => f.path);
}
/** The folder's forward migrations of `framework`, in the order the framework applies them. */
function migrationOrder(framework, files) {
    const forward = files.filter((f) => isForwardMigration(framework, f.path));
    switch (framework) {
        case "alembic": {
            const ids = new Map(forward.map((f) => [f, alembicIds(f.source)]));
            return topological(forward, (f) => ids.get(f).down, (f) => ids.get(f).revision ?? f.path);
        }
        case "django":
            return topological(forward, (f) => djangoDeps(f.source), (f) => baseName(f.path).replace(/\.py$/, ""));
        default:
            // Timestamps and version numbers lead the names (Rails, Knex, Laravel, Ecto, golang-migrate, Flyway's
            // V1_2__, goose, dbmate...): numeric parts compared as numbers give the order the tools apply.
            return byName(forward);
    }
}

;// CONCATENATED MODULE: ./src/core/schema/file-enums.ts
// The enum types as one file leaves them, operation by operation, over the schema before it: what the file
// creates, the values it adds, its renames and drops. Copies, never the schema's own objects: the replay goes on
// from those.

class FileEnums {
    schema;
    /** By name: the file's own types and copies (`null`: dropped or renamed away). */
    named = new Map();
    /** What became of each type a column may hold: its copy after a value added or a rename; `null`: dropped. */
    successor = new Map();
    constructor(schema) {
        this.schema = schema;
    }
    /** The enum type of that name now. */
    byName(name) {
        const k = (0,column_types/* enumKey */.RB)(name);
        return this.named.has(k) ? (this.named.get(k) ?? undefined) : this.schema.enumType(name);
    }
    /** The type a column typed by `t` holds now: columns follow their type through a value added or a rename. */
    current(t) {
        let at = t;
        while (at && this.successor.has(at))
            at = this.successor.get(at);
        return at ?? undefined;
    }
    /** True when a column typed by `t` holds `target` now (or held it until it was dropped). */
    leadsTo(t, target) {
        for (let at = t; at; at = this.successor.get(at))
            if (at === target)
                return true;
        return false;
    }
    /** Follows `op` when it creates or changes an enum type; false when it is no such operation. */
    track(op) {
        switch (op.kind) {
            case "create-enum":
                // CREATE TYPE of a name that exists fails: the type stays as it was.
                if (!this.byName(op.type))
                    this.named.set((0,column_types/* enumKey */.RB)(op.type), { name: op.type, labels: [...op.values] });
                return true;
            case "add-enum-value":
            case "rename-enum-value": {
                const known = this.byName(op.type);
                if (!known)
                    return true;
                const labels = op.kind === "rename-enum-value"
                    ? known.labels.map((l) => (l === op.value ? op.newValue : l))
                    : known.labels.includes(op.value)
                        ? known.labels
                        : [...known.labels, op.value];
                this.follow(op.type, known, { name: known.name, labels });
                return true;
            }
            case "rename-type": {
                const known = this.byName(op.type);
                if (!known)
                    return true;
                this.named.set((0,column_types/* enumKey */.RB)(op.type), null);
                this.follow(op.newName, known, { name: op.newName, labels: known.labels });
                return true;
            }
            default:
                return false;
        }
    }
    /** DROP TYPE: the enum it drops, when it is one. */
    drop(name) {
        const dropped = this.byName(name);
        this.named.set((0,column_types/* enumKey */.RB)(name), null);
        if (dropped)
            this.successor.set(dropped, null);
        return dropped;
    }
    follow(name, known, copy) {
        this.successor.set(known, copy);
        this.named.set((0,column_types/* enumKey */.RB)(name), copy);
    }
}

;// CONCATENATED MODULE: ./src/core/schema/refine.ts
// A file's operations read again against the schema before it: a type change judged against the column's
// real old type, a restated nullability (Django's AlterField) that differs from the old one made explicit, and
// a DROP TYPE of an enum that columns still use.




function refineWithSchema(operations, schema, vocabulary) {
    // What the file itself did to a column so far; `null` when the file made it unknowable (renamed, dropped).
    const local = new Map();
    const key = (table, column) => `${schemaKey(table)}.${column.toLowerCase()}`;
    const lookup = (table, column) => {
        const k = key(table, column);
        if (local.has(k))
            return local.get(k) ?? undefined;
        return schema.column(table, column);
    };
    // Enum types as the file left them so far.
    const enums = new FileEnums(schema);
    const typed = (text) => text === undefined ? undefined : (0,column_types/* withEnum */.wr)((0,column_types/* typeFromText */.g6)(text, vocabulary), (name) => enums.byName(name));
    const out = [];
    for (const op of operations) {
        if (enums.track(op)) {
            out.push(op);
            continue;
        }
        if (op.kind === "drop-type") {
            out.push(op);
            const dropped = enums.drop(op.type);
            if (!dropped)
                continue;
            // The columns typed by it now: the schema's, unless the file changed them, and the file's own.
            const still = [];
            for (const c of schema.enumColumns())
                if (!local.has(key(c.table, c.column)) && enums.leadsTo(c.type, dropped))
                    still.push(c);
            for (const [k, state] of local) {
                const [table = "", column = ""] = k.split(/\.(?=[^.]*$)/);
                if (state?.type?.enum && enums.leadsTo(state.type.enum, dropped))
                    still.push({ table, column });
            }
            // CASCADE drops each column typed by it, with its values.
            if (op.cascade)
                for (const { table, column } of still) {
                    out.push({ kind: "drop-column", table, column, line: op.line, endLine: op.endLine });
                    local.set(key(table, column), null);
                }
            else if (still.length)
                out.push(dropTypeInUse(op, still));
            continue;
        }
        if (op.kind === "create-table" && op.rebuildOf) {
            out.push(op);
            const { table, carried, line, endLine } = op.rebuildOf;
            const old = schema.table(table);
            if (!old || carried === "*")
                continue;
            const kept = new Set(carried.map((c) => c.toLowerCase()));
            const left = [...old.columns.keys()].filter((c) => !kept.has(c));
            if (left.length && kept.has("?")) {
                // Some columns are copied through expressions: which old column each carries cannot be told.
                out.push({
                    kind: "unknown",
                    reason: `the rebuild of ${table} copies some columns through expressions; ${left.join(", ")} may not be carried over, and what is not is lost with the DROP TABLE`,
                    table,
                    line,
                    endLine,
                });
                continue;
            }
            // Every column the old table had and the copy does not select is gone with the DROP.
            for (const column of left)
                out.push({ kind: "drop-column", table, column, line, endLine });
            continue;
        }
        if (op.kind !== "change-column-type") {
            out.push(op);
            if (op.kind === "add-column") {
                const type = typed(op.type);
                local.set(key(op.table, op.column), {
                    origin: "history",
                    ...(type ? { type } : {}),
                    ...(op.notNull !== undefined ? { notNull: op.notNull } : {}),
                });
            }
            else if (op.kind === "drop-column" || op.kind === "rename-column") {
                local.set(key(op.table, op.column), null);
            }
            else if (op.kind === "set-not-null" || op.kind === "drop-not-null") {
                const old = lookup(op.table, op.column);
                if (old)
                    local.set(key(op.table, op.column), (0,extend/* extend */.X)(old, { notNull: op.kind === "set-not-null" }));
            }
            continue;
        }
        const old = lookup(op.table, op.column);
        const type = typed(op.type);
        let refined = op;
        // An old type the model cannot judge (an enum never seen) tells no more than none: the reader's own
        // reading stands (for Rails, an unlimited `:string` is then not narrow whatever the source).
        if (old?.type && (0,column_types/* isJudged */.sL)(old.type) && type) {
            // The history knows what the column was: that, not a guess from the new type alone, decides. An enum
            // column's labels are its type's as the file left them so far (a value added above counts).
            const oldEnum = old.type.enum && enums.current(old.type.enum);
            const oldType = oldEnum ? (0,extend/* extend */.X)(old.type, { enum: oldEnum }) : old.type;
            const { widening: _w, lossy: _l, ...rest } = op;
            refined = (0,extend/* extend */.X)(rest, (0,column_types/* classifySqlTypeChange */.Tr)(oldType, type));
        }
        out.push(refined);
        if (op.notNull !== undefined && old?.notNull !== undefined && op.notNull !== old.notNull) {
            out.push({
                kind: op.notNull ? "set-not-null" : "drop-not-null",
                table: op.table,
                column: op.column,
                line: op.line,
                endLine: op.endLine,
            });
        }
        local.set(key(op.table, op.column), {
            origin: old?.origin ?? "history",
            ...(type ? { type } : {}),
            ...(op.notNull !== undefined
                ? { notNull: op.notNull }
                : old?.notNull !== undefined
                    ? { notNull: old.notNull }
                    : {}),
        });
    }
    return out;
}
/** DROP TYPE of an enum columns still use: PostgreSQL refuses it, and the migration fails. */
function dropTypeInUse(op, still) {
    const many = still.length > 1;
    const names = still.map(({ table, column }) => `${table}.${column}`).join(", ");
    return {
        kind: "unknown",
        reason: `DROP TYPE ${op.type} while ${names} still ${many ? "use" : "uses"} it: PostgreSQL refuses the drop (RESTRICT is the default), so the migration fails; with CASCADE it would drop ${many ? "those columns and their" : "the column and its"} values`,
        table: still[0].table,
        line: op.line,
        endLine: op.endLine,
    };
}

;// CONCATENATED MODULE: ./src/core/schema/index.ts
// The schema history: what the migrations before a file left, for rules that judge a statement by what it
// acts on (a drop of a table nothing created, a type change from a known old type). Pure.






/***/ }),

/***/ 441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lB: () => (/* binding */ loadParsers),
  IK: () => (/* binding */ parsersFor)
});

// UNUSED EXPORTS: loadReadersOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/core/frameworks/readers.ts
var readers = __webpack_require__(2909);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./src/parsers/engine-flags.ts
// The V8 flags an analysis run sets on itself, by the V8 version of the node that runs it. The action ships on
// node 24 (action.yml), the CLI runs on whatever node the user has (package.json: >=20), so each flag here was
// checked on node 20 (V8 11.3), 21 (11.8), 22 (12.4) and 24 (13.6).

/**
 * Bytecode a function runs before V8 considers optimising it (node 20's default is 66 KiB, 67,584). Total
 * instructions of `analyze --jobs 1` on the bench's mixed corpus (callgrind, every thread counted):
 * 2,000 files 8.45 G by default, 7.31 G with this budget set here (7.13 G given on the command line); 10,000
 * files (on the command line) 30.28 G and 26.57 G; twice this budget 7.20 G at 2,000 files, four times 7.57 G.
 */
const INTERRUPT_BUDGET = 528_000;
/**
 * The flags for an analysis run on V8 `v8Version` (`process.versions.v8`).
 *
 * WebAssembly is compiled by Liftoff (the baseline compiler) only. By default V8 also recompiles hot functions
 * with TurboFan in the background, and node waits for those compiles before it exits. Measured on one SQL file
 * (paired runs): half the CPU time and 66 instead of 114 MiB; on 10,000 files no slower (0.97× the CPU) and
 * 25 MiB less. `--liftoff-only` set at run time does this on node 20, 21 and 22, but not on node 24 (V8 13.6),
 * where `--no-wasm-tier-up` and `--no-wasm-dynamic-tiering`, the flags it implies, must be set by name (V8 applies
 * a flag's implications when it starts): with `--liftoff-only` alone, `SELECT interval '1 year'` in one SQL file
 * had node 24 compile libpg_query's parser function (102 KB of WebAssembly) with TurboFan, 1.8 s and 610 MB that
 * node waited for before it exited. All three are set on every version (V8's own trace of each compile, on each
 * of those nodes: no function compiled by TurboFan).
 *
 * Each function is also validated when it is first compiled, not all of them when the module loads: V8
 * already compiles lazily, but by default it validates every function body up front, most of which a run
 * never calls. That was 52 of the 784 million instructions of a cold start on one Rails file (callgrind). The
 * modules are the ones we ship; a function that failed validation would throw from the parse, and a parse
 * that throws is a needs-review finding, never a pass.
 *
 * JavaScript is optimised later than V8's default (INTERRUPT_BUDGET). The readers are many functions each run
 * a few times per file, and by default TurboFan compiled most of them: compiling was 22 % of the CPU of a
 * 10,000-file run (perf), spent on functions that ran a few more times. With the budget raised, only the
 * functions that stay hot are optimised. V8 11.8 (node 21) replaced the budget with invocation counts and
 * dropped the flag; V8 prints "Error: unrecognized flag" to stderr for a flag it does not know, so it is set only
 * where it exists.
 *
 * Scavenges (the young generation's collections, ~80 in a 10,000-file run, ~470 ms over both threads) run on
 * the collecting thread alone, without helper tasks: an analysis run keeps every core busy with its own threads,
 * so the helpers only wait for a core and then synchronise. 10,000 mixed files, paired runs against the same
 * bundle without it, on three calls (6-10 pairs each): 0.954×, 0.962× and 0.977× the wall time, 0.97-0.99× the
 * CPU, the same report byte for byte. Unlike `--single-threaded-gc` (which crashes V8 when set after start-up),
 * this flag is read at each scavenge.
 *
 * None of them changes what a run computes, only when and how V8 compiles and collects.
 */
function engineFlags(v8Version) {
    const flags = [
        "--liftoff-only",
        "--no-wasm-tier-up",
        "--no-wasm-dynamic-tiering",
        "--wasm-lazy-validation",
    ];
    // A version that does not read as major.minor is taken for a new one: the flag is left out, not guessed at.
    const version = /^(\d+)\.(\d+)\./.exec(v8Version);
    const [major, minor] = version ? [Number(version[1]), Number(version[2])] : [Infinity, 0];
    if (major < 11 || (major === 11 && minor <= 3))
        flags.push(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    flags.push("--no-parallel-scavenge");
    return flags;
}
/**
 * Sets the flags, once per process, before the first parser loads (see analyze-files.ts for when). They are
 * process-wide, so analysis threads get them too.
 */
let engineFlagsSet = false;
function setEngineFlags() {
    if (engineFlagsSet)
        return;
    engineFlagsSet = true;
    for (const flag of engineFlags(process.versions.v8))
        (0,external_node_v8_.setFlagsFromString)(flag);
}

;// CONCATENATED MODULE: ./src/parsers/reader-chunks.ts
/**
 * The readers that read a language, each its own chunk in the bundle: a run loads those of the languages its
 * files are in, with their parser (SQL's reader is in every run: the other readers read embedded SQL with it).
 */
const READERS = {
    postgres: undefined,
    ruby: async () => ({ rails: await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(629)]).then(__webpack_require__.bind(__webpack_require__, 2629)) }),
    python: async () => ({
        django: await Promise.all(/* import() */[__webpack_require__.e(976), __webpack_require__.e(35)]).then(__webpack_require__.bind(__webpack_require__, 2035)),
        alembic: await Promise.all(/* import() */[__webpack_require__.e(976), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 2098)),
    }),
    php: async () => ({
        laravel: await __webpack_require__.e(/* import() */ 134).then(__webpack_require__.bind(__webpack_require__, 8134)),
        doctrine: await __webpack_require__.e(/* import() */ 924).then(__webpack_require__.bind(__webpack_require__, 7924)),
    }),
    javascript: loadJsReaders,
    typescript: loadJsReaders,
    elixir: async () => ({ ecto: await __webpack_require__.e(/* import() */ 176).then(__webpack_require__.bind(__webpack_require__, 3176)) }),
    csharp: async () => ({ efCore: await __webpack_require__.e(/* import() */ 198).then(__webpack_require__.bind(__webpack_require__, 4198)) }),
    prisma: async () => ({ prismaSchema: await Promise.all(/* import() */[__webpack_require__.e(136), __webpack_require__.e(131)]).then(__webpack_require__.bind(__webpack_require__, 7131)) }),
    changelog: async () => ({
        liquibaseChangelog: await Promise.all(/* import() */[__webpack_require__.e(800), __webpack_require__.e(33)]).then(__webpack_require__.bind(__webpack_require__, 3033)),
        liquibaseChanges: await __webpack_require__.e(/* import() */ 818).then(__webpack_require__.bind(__webpack_require__, 5818)),
    }),
};
async function loadJsReaders() {
    return {
        typeorm: await Promise.all(/* import() */[__webpack_require__.e(399), __webpack_require__.e(93)]).then(__webpack_require__.bind(__webpack_require__, 1093)),
        sequelize: await Promise.all(/* import() */[__webpack_require__.e(399), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 8999)),
        knex: await Promise.all(/* import() */[__webpack_require__.e(399), __webpack_require__.e(376)]).then(__webpack_require__.bind(__webpack_require__, 1376)),
        nodePgMigrate: await Promise.all(/* import() */[__webpack_require__.e(399), __webpack_require__.e(618)]).then(__webpack_require__.bind(__webpack_require__, 3618)),
        dbMigrate: await Promise.all(/* import() */[__webpack_require__.e(399), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 8087)),
    };
}

;// CONCATENATED MODULE: ./src/parsers/index.ts
// Loads the WASM parsers once per process and hands the pure core a synchronous `Parsers`.
// In the bundle the .wasm files sit beside dist/index.js; from source they are found in node_modules (prism,
// libpg_query, web-tree-sitter) and grammars/ (the tree-sitter grammars, vendored).







const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
const parsers_require = (0,external_node_module_.createRequire)(import.meta.url);
/** Where the bundle keeps a wasm file, else the installed package's copy. */
function wasmPath(file, packagePath) {
    return besideBundle(file) ?? parsers_require.resolve(packagePath);
}
function besideBundle(file) {
    return [(0,external_node_path_.join)(here, file), (0,external_node_path_.join)(here, "..", file)].find((candidate) => (0,external_node_fs_.existsSync)(candidate));
}
/**
 * The tree-sitter grammars are vendored in grammars/ (fetched from their npm tarballs with checksums, see
 * grammars/README.md) and shipped beside the bundle under the same names.
 */
const GRAMMARS = {
    python: "tree-sitter-python.wasm",
    php: "tree-sitter-php.wasm",
    javascript: "tree-sitter-javascript.wasm",
    typescript: "tree-sitter-typescript.wasm",
    elixir: "tree-sitter-elixir.wasm",
    csharp: "tree-sitter-c-sharp.wasm",
};
function grammarPath(file) {
    // From source (src/parsers/), the repository's grammars/ folder.
    return besideBundle(file) ?? (0,external_node_path_.join)(here, "..", "..", "grammars", file);
}
/** Node prints "WASI is an experimental feature" once per process; it says nothing about our run. */
async function withoutWasiWarning(fn) {
    const original = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        const text = typeof warning === "string" ? warning : warning.message;
        if (/WASI/.test(text))
            return;
        original.call(process, warning, ...rest);
    });
    try {
        return await fn();
    }
    finally {
        process.emitWarning = original;
    }
}
const ALL = [
    "ruby",
    "postgres",
    "python",
    "php",
    "javascript",
    "typescript",
    "elixir",
    "csharp",
    "changelog",
    "prisma",
];
const BY_EXTENSION = {
    rb: ["ruby"],
    py: ["python"],
    sql: [],
    php: ["php"],
    js: ["javascript"],
    mjs: ["javascript"],
    cjs: ["javascript"],
    ts: ["typescript"],
    mts: ["typescript"],
    cts: ["typescript"],
    exs: ["elixir"],
    cs: ["csharp"],
    // Liquibase changelogs: read in JavaScript (saxes, yaml); only their embedded SQL needs a parser.
    xml: ["changelog"],
    yaml: ["changelog"],
    yml: ["changelog"],
    json: ["changelog"],
};
/** The parsers files with these paths can need: their language's, plus PostgreSQL for any embedded SQL. */
function parsersFor(paths) {
    const needed = new Set();
    for (const path of paths) {
        const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
        const names = ext === undefined ? undefined : BY_EXTENSION[ext];
        if (!names)
            continue;
        names.forEach((n) => needed.add(n));
        needed.add("postgres");
        // A Prisma migration's history is seeded from its schema's .prisma files (see Prisma's historyScope).
        if (/(^|[/\\])migration\.sql$/i.test(path))
            needed.add("prisma");
    }
    return [...needed];
}
// Each parser loads at most once per process, and only when some file needs it: a cold start on one
// Rails file pays for prism and libpg_query, not for five tree-sitter grammars.
let prism;
let pg;
let treeSitter;
const grammars = new Map();
const ready = { grammars: new Map() };
const readersLoaded = new Map();
function loadReaders(name) {
    let done = readersLoaded.get(name);
    if (!done)
        readersLoaded.set(name, (done = (READERS[name]?.() ?? Promise.resolve({})).then(readers/* provideReaders */.C)));
    return done;
}
/**
 * Loads the readers of the named parsers' languages (all by default) without their parsers: JavaScript only, so
 * it can come before setEngineFlags (a thread waiting for the others to boot does this meanwhile).
 */
async function loadReadersOf(names = ALL) {
    await Promise.all([...names].map(loadReaders));
}
/**
 * Loads the named parsers (all by default), and the readers of their languages, and returns the synchronous
 * interface the core uses.
 */
async function loadParsers(names = ALL) {
    setEngineFlags();
    const jobs = [];
    for (const name of names) {
        jobs.push(loadReaders(name));
        if (name === "ruby")
            jobs.push((prism ??= loadPrism()).then((f) => (ready.ruby = f)));
        else if (name === "postgres")
            jobs.push((pg ??= loadPg()).then((m) => (ready.pg = m)));
        else if (name !== "changelog" && name !== "prisma") {
            if (!grammars.has(name))
                grammars.set(name, loadGrammar(name));
            jobs.push(grammars.get(name).then((p) => ready.grammars.set(name, p)));
        }
    }
    await Promise.all(jobs);
    return PARSERS;
}
/**
 * libpg_query reports SQL it cannot read by throwing an error, and the SQL reader tries it on each statement of
 * text it rejected (every MySQL file): the stack each error captures is never read, and capturing it was 0.7 % of
 * a 10,000-file run. The error itself, its message and position, is unchanged.
 */
function withoutStacks(fn) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return fn();
    }
    finally {
        Error.stackTraceLimit = limit;
    }
}
function notLoaded(name) {
    throw new Error(`the ${name} parser was not loaded for this run`);
}
const PARSERS = {
    ruby: (source) => (ready.ruby ?? notLoaded("Ruby"))(source),
    postgres: (sql) => withoutStacks(() => (ready.pg ?? notLoaded("PostgreSQL")).parseSync(sql)),
    postgresScan: (sql) => (ready.pg ?? notLoaded("PostgreSQL")).scanSync(sql),
    treeSitter: (language, source) => {
        const tree = (ready.grammars.get(language) ?? notLoaded(language)).parse(source);
        if (!tree)
            throw new Error(`tree-sitter returned no tree for a ${language} source`);
        return tree;
    },
};
async function loadPrism() {
    // prism's own loader resolves its wasm relative to itself, which a bundle breaks; instantiate it here.
    const { parsePrism } = await Promise.all(/* import() */[__webpack_require__.e(9), __webpack_require__.e(251)]).then(__webpack_require__.bind(__webpack_require__, 251));
    const module = await WebAssembly.compile((0,external_node_fs_.readFileSync)(wasmPath("prism.wasm", "@ruby/prism/src/prism.wasm")));
    const { WASI } = await withoutWasiWarning(() => Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3631, 23)));
    const wasi = new WASI({ version: "preview1" });
    const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
    wasi.initialize(instance);
    return (source) => parsePrism(instance.exports, source);
}
/**
 * libpg-query's and web-tree-sitter's emscripten glue read `__dirname`, which ESM does not define; lend them
 * the folder of the wasm files for the time they load. Loads are serialized so the loan cannot overlap.
 */
let dirnameLoan = Promise.resolve();
function withDirname(fn) {
    const run = dirnameLoan.then(async () => {
        const g = globalThis;
        const previous = g.__dirname;
        g.__dirname = (0,external_node_path_.dirname)(wasmPath("libpg-query.wasm", "libpg-query/wasm/libpg-query.wasm"));
        try {
            return await fn();
        }
        finally {
            if (previous === undefined)
                delete g.__dirname;
            else
                g.__dirname = previous;
        }
    });
    dirnameLoan = run.catch(() => undefined);
    return run;
}
function loadPg() {
    return withDirname(async () => {
        const module = await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23));
        await module.loadModule();
        return module;
    });
}
function loadTreeSitter() {
    return withDirname(async () => {
        const { default: ts } = await Promise.all(/* import() */[__webpack_require__.e(551), __webpack_require__.e(84)]).then(__webpack_require__.t.bind(__webpack_require__, 1084, 23));
        await ts.Parser.init({
            locateFile: () => wasmPath("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm"),
        });
        return ts;
    });
}
async function loadGrammar(language) {
    const ts = await (treeSitter ??= loadTreeSitter());
    const grammar = await ts.Language.load((0,external_node_fs_.readFileSync)(grammarPath(GRAMMARS[language])));
    const parser = new ts.Parser();
    parser.setLanguage(grammar);
    return parser;
}


/***/ })

};
