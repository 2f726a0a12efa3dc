export const id = 190;
export const ids = [190];
export const modules = {

/***/ 8190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStatus: () => (/* binding */ runStatus)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_deploy_plan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1204);
/* harmony import */ var _core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5063);
/* harmony import */ var _core_deploy_status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5769);
/* harmony import */ var _core_deploy_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4699);
/* harmony import */ var _inputs_deploy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8551);
/* harmony import */ var _adapters_fenced_log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7142);
/* harmony import */ var _adapters_supervisor_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2364);
// `command: status`: read-only. Connect, read the pending migrations from the database through the same
// supervisor (status mode: no lock, no journal, nothing written on the host), report and optionally fail;
// with metrics-dir-on-host, the metric file is then written on the host too (metrics mode, same connection).










async function runStatus(common) {
    const settings = (0,_inputs_deploy_js__WEBPACK_IMPORTED_MODULE_5__/* .readDeploySettings */ .l)(common);
    const script = (0,_adapters_supervisor_js__WEBPACK_IMPORTED_MODULE_7__/* .supervisorScript */ .iu)();
    let conn;
    try {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup(`connect to ${settings.user}@${settings.host}:${settings.port}`);
        try {
            conn = await (0,_adapters_supervisor_js__WEBPACK_IMPORTED_MODULE_7__/* .connect */ .Ng)(settings);
        }
        finally {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.endGroup();
        }
        // The connection stays open to the end: the metric file on the host is written over it.
        await reportStatus(common, settings, await readStatus(conn, script, settings), (text) => (0,_adapters_supervisor_js__WEBPACK_IMPORTED_MODULE_7__/* .writeHostMetrics */ .tD)(conn, script, {
            dir: settings.metricsDirOnHost,
            name: (0,_core_deploy_status_js__WEBPACK_IMPORTED_MODULE_3__/* .metricsFileName */ .tz)(settings.environment),
            text,
        }));
    }
    finally {
        if (conn)
            await conn.dispose();
    }
}
/** One status run of the supervisor (status mode: no lock, no journal, nothing written on the host). */
async function readStatus(conn, script, settings) {
    const log = new _adapters_fenced_log_js__WEBPACK_IMPORTED_MODULE_6__/* .FencedLog */ .K();
    const journal = (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .emptyJournal */ .xw)();
    try {
        log.phase("pending migrations");
        const params = {
            MG_MODE: "status",
            MG_APP_DIR: settings.appDir,
            MG_RUN_PREFIX: settings.runPrefix.join("\n"),
            ...(settings.appEnv.length ? { MG_APP_ENV: settings.appEnv.join("\n") } : {}),
        };
        settings.statusCommands
            .slice(0, 3)
            .forEach((argv, i) => (params[`MG_STATUS_${i + 1}`] = argv.join("\n")));
        const result = await (0,_adapters_supervisor_js__WEBPACK_IMPORTED_MODULE_7__/* .runSupervisor */ .K4)(conn, script, (0,_core_deploy_plan_js__WEBPACK_IMPORTED_MODULE_9__/* .encodeParams */ .hm)(params));
        for (const line of result.stdout.split("\n")) {
            const parsed = (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .parseLine */ .A)(line);
            if (parsed.kind === "event")
                (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .applyEvent */ .Z8)(journal, parsed.event);
            else if (parsed.text)
                log.remote(parsed.text);
        }
        for (const s of journal.statuses)
            if (s.stderr.trim())
                log.remote(s.stderr.trim());
        if (result.code !== 0 && !journal.ended)
            throw new Error(`The status run on the host failed (exit ${result.code}): ${result.stderr.trim()}`);
    }
    finally {
        log.close();
    }
    return journal;
}
async function reportStatus(common, settings, journal, writeOnHost) {
    const round = (0,_core_deploy_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .statusRound */ .Jg)(journal, "now");
    if (journal.result === "failed")
        throw new Error(journal.message ?? "The status run failed on the host.");
    const failed = round.find((s) => s.rc !== 0);
    if (failed || !round.length) {
        throw new Error(`The status command failed (exit ${failed?.rc ?? "?"}): ${failed?.stderr.trim().slice(-500) ?? "no output"}`);
    }
    const report = (0,_core_deploy_status_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStatus */ .i$)(settings.framework, round.map((s) => s.stdout));
    if (report.problems.length && !report.pending.length) {
        throw new Error(`The status output could not be read: ${report.problems.join("; ")}`);
    }
    // Pending migrations were read, but not everything: the outputs, metric and summary are written (the count
    // is a lower bound, still enough to alert on), and the step fails below: a drift monitor that could not read
    // the status must not look green.
    for (const problem of report.problems)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`The status output was not fully read: ${problem}.`);
    const status = (0,_core_deploy_status_js__WEBPACK_IMPORTED_MODULE_3__/* .driftStatus */ .wM)(report);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput("pending-count", String(report.pending.length));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput("pending", JSON.stringify(report.pending.map((p) => ({ id: p.id, name: p.name ?? null, database: p.database ?? null }))));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput("status", status);
    const metrics = (0,_core_deploy_status_js__WEBPACK_IMPORTED_MODULE_3__/* .prometheusMetrics */ .oi)(settings.environment, report.pending.length);
    if (settings.metricsFile) {
        // Written whole then renamed: a textfile collector never reads half a file.
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(common.workingDirectory, settings.metricsFile);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(`${path}.tmp`, metrics);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(`${path}.tmp`, path);
    }
    // Fails closed: a write on the host that did not happen throws, and the step fails saying why.
    if (settings.metricsDirOnHost)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`metric written on the host: ${await writeOnHost(metrics)}`);
    if (process.env.GITHUB_STEP_SUMMARY) {
        const lines = [
            `## Migration status: \`${status}\``,
            "",
            `Environment \`${(0,_core_deploy_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .H)(settings.environment)}\` on \`${(0,_core_deploy_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .H)(`${settings.user}@${settings.host}:${settings.port}`)}\`, app dir \`${(0,_core_deploy_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .H)(settings.appDir)}\`: ${report.pending.length} pending.`,
            "",
        ];
        if (report.pending.length) {
            lines.push("| migration | database |", "| --- | --- |");
            for (const p of report.pending)
                lines.push(`| ${(0,_core_deploy_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .H)(`${p.id} ${p.name ?? ""}`.trim())} | ${(0,_core_deploy_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .H)(p.database ?? "")} |`);
            lines.push("");
        }
        if (report.ahead.length)
            lines.push(`Database ahead of the code: ${report.ahead.map((a) => `\`${(0,_core_deploy_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .H)(a.id)}\``).join(", ")}`, "");
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(lines.join("\n")).write();
    }
    if (status === "ahead")
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`The database is ahead of the code: ${report.ahead.map((a) => a.id).join(", ")} have no file.`);
    if (report.problems.length) {
        throw new Error(`The status output was not fully read (${report.problems.join("; ")}): ${report.pending.length} pending is only a lower bound, so status is \`unknown\`. Check the status command's output on the host.`);
    }
    if (settings.failOnPending && report.pending.length) {
        throw new Error(`${report.pending.length} migration(s) pending in ${settings.environment}: ${report.pending.map((p) => p.id).join(", ")}.`);
    }
}


/***/ })

};
