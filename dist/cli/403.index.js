export const id = 403;
export const ids = [403];
export const modules = {

/***/ 403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readAlembicMigration: () => (/* binding */ readAlembicMigration)
/* harmony export */ });
/* harmony import */ var _column_types_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6074);
/* harmony import */ var _shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2258);
/* harmony import */ var _run_time_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2686);
/* harmony import */ var _column_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2204);
/* harmony import */ var _forward_sql_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4656);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5169);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8447);
/* harmony import */ var _walker_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5344);
/* harmony import */ var _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8849);









/** `op.*` calls that change nothing a rule looks at. */
const HARMLESS = new Set([
    "bulk_insert",
    "inline_literal",
    "f",
    "get_bind",
    "get_context",
    "create_table_comment",
    "drop_table_comment",
    "implementation_for",
    "invoke",
    "register_operation",
]);
const SQL_METHODS = new Set(["execute", "exec_driver_sql", "executemany"]);
const TABLE_FACTORIES = new Set(["table", "Table"]);
function readAlembicMigration(input, parsers) {
    return (0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .withPythonModule */ .N)(input.source, parsers, (module) => {
        const out = {
            framework: "alembic",
            operations: [],
            comments: module.comments,
            problems: module.problems,
        };
        const upgrade = module.functions.get("upgrade");
        if (!upgrade) {
            out.problems.push({
                line: 1,
                endLine: 1,
                message: "No top-level `upgrade()` function was found in this Alembic revision, so it was not analysed",
            });
            return out;
        }
        new Upgrade(module, new _forward_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .SqlForwarder */ .x(module, input.database, parsers, out), out).run();
        const reason = irreversibility(module.functions.get("downgrade"));
        if (reason) {
            const where = module.functions.get("downgrade") ?? upgrade;
            const line = where.startPosition.row + 1;
            out.operations.push({ kind: "irreversible", reason, line, endLine: line });
        }
        return out;
    });
}
/** Why `downgrade` cannot undo the revision, or undefined when it does something. */
function irreversibility(downgrade) {
    if (!downgrade)
        return "the revision has no downgrade()";
    for (const statement of (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .statementsOf */ .GX)(downgrade.childForFieldName("body"))) {
        if (statement.type === "pass_statement")
            continue;
        if (statement.type === "raise_statement")
            return "downgrade() raises instead of undoing the upgrade";
        const expr = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .expressionOf */ .ez)(statement);
        if (expr && (expr.type === "string" || expr.type === "ellipsis" || expr.type === "concatenated_string"))
            continue;
        return undefined;
    }
    return "downgrade() is empty";
}
class Upgrade extends _walker_js__WEBPACK_IMPORTED_MODULE_5__/* .PythonWalker */ .h {
    sql;
    out;
    constructor(module, sql, out) {
        super(module);
        this.sql = sql;
        this.out = out;
    }
    run() {
        this.follow("upgrade", []);
        // The multi-database template dispatches with `globals()[f"upgrade_{engine_name}"]()`: every
        // `upgrade_<engine>` function may run.
        const upgrade = this.module.functions.get("upgrade");
        if (upgrade?.text.includes("globals()")) {
            for (const name of this.module.functions.keys()) {
                if (name.startsWith("upgrade_"))
                    this.follow(name, []);
            }
        }
    }
    push(node, body) {
        this.out.operations.push({ ...body, ...(0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .spanOf */ .ee)(node) });
    }
    unknown(node, reason) {
        this.push(node, (0,_shared_toolkit_js__WEBPACK_IMPORTED_MODULE_6__/* .unknownOperation */ .sA)(reason, node.text));
    }
    /** `op`, however it was imported. */
    isOp(node) {
        const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node);
        if (n.type !== "identifier")
            return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .dottedName */ ._P)(n) === "alembic.op";
        return n.text === "op" || this.module.imports.get(n.text) === "alembic.op";
    }
    binding(value, env) {
        const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(value);
        if (n.type === "call") {
            const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(n);
            const recv = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .receiver */ .e6)(n);
            if (name === "batch_alter_table" && recv && this.isOp(recv)) {
                const table = this.tableName((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(n), 0, "table_name");
                return table === undefined ? undefined : { kind: "batch", table };
            }
            if (name && TABLE_FACTORIES.has(name)) {
                const args = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(n);
                const table = this.tableName(args, 0, "name");
                return table === undefined ? undefined : { kind: "table", table };
            }
            if (name === "text" && (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(n).positional[0])
                return { kind: "sql", node: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(n).positional[0] };
            if (this.sqlStatement(n, env))
                return { kind: "statement", node: n };
        }
        if (n.type === "identifier") {
            const bound = env.get(n.text);
            if (bound !== undefined)
                return bound;
            // A module-level `orders = sa.table(...)` or SQL constant, read where the helper uses it.
            const value = (0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveConstant */ .Z)(this.module, n);
            return value.type === "identifier" ? undefined : this.binding(value, new Map());
        }
        if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(n) !== undefined)
            return { kind: "sql", node: n };
        return undefined;
    }
    tableName(args, index, keyword) {
        const node = args.keywords.get(keyword) ?? args.positional[index];
        const name = this.constant(node);
        if (name === undefined)
            return undefined;
        const schema = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(args.keywords.get("schema"));
        return schema ? `${schema}.${name}` : name;
    }
    /** A string literal, or a module constant holding one. */
    constant(node) {
        return node ? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)((0,_source_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveConstant */ .Z)(this.module, (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node))) : undefined;
    }
    call(call, env) {
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(call) ?? "";
        const recv = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .receiver */ .e6)(call);
        if (!recv)
            return false;
        if (this.isOp(recv)) {
            this.opCall(call, name, undefined, env);
            return true;
        }
        const bound = recv.type === "identifier" ? env.get(recv.text) : undefined;
        if (bound?.kind === "batch") {
            this.opCall(call, name, bound.table, env);
            return true;
        }
        if (SQL_METHODS.has(name)) {
            // conn.execute / op.get_bind().execute / session.execute: in an upgrade, always the database.
            this.execute(call, (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(call).positional[0], env);
            return true;
        }
        if (name === "delete" || name === "update")
            return this.ormQuery(call, name);
        return false;
    }
    /** `session.query(Model).filter(...).delete()` / `.update({...})`, with the table from `__tablename__`. */
    ormQuery(call, name) {
        let filtered = false;
        const nulls = new Set();
        let node = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .receiver */ .e6)(call);
        while (node && (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node).type === "call") {
            const link = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node);
            const method = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(link);
            if (method === "query")
                break;
            if (method === "filter" || method === "filter_by" || method === "where") {
                filtered = true;
                const args = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(link);
                for (const a of args.positional)
                    nullChecks(a, nulls);
                for (const [key, value] of args.keywords)
                    if (isNullValue(value))
                        nulls.add(key);
            }
            node = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .receiver */ .e6)(link);
        }
        if (!node || (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node)) !== "query")
            return false;
        const model = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node)).positional[0];
        const table = model ? this.modelTable(model) : undefined;
        if (table === undefined) {
            this.unknown(call, `an ORM query's ${name}() on a model whose table is not declared in this file cannot be read`);
            return true;
        }
        if (name === "delete") {
            this.push(call, { kind: "delete-rows", table, filtered, via: "Query.delete()" });
            return true;
        }
        const values = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(call).positional[0];
        const columns = [];
        const dict = values ? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(values) : undefined;
        if (dict?.type === "dictionary") {
            for (const pair of dict.namedChildren) {
                if (pair.type !== "pair")
                    continue;
                const key = pair.childForFieldName("key");
                const column = key ? ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(key) ?? columnName(key)) : undefined;
                if (column)
                    columns.push(column);
            }
        }
        this.push(call, {
            kind: "update-rows",
            table,
            columns,
            filtered,
            onlyNulls: columns.length > 0 && columns.every((c) => nulls.has(c)),
            via: "Query.update()",
        });
        return true;
    }
    /** `__tablename__` of a model class declared in this file. */
    modelTable(model) {
        const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(model);
        const cls = n.type === "identifier" ? this.module.classes.get(n.text) : undefined;
        for (const statement of (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .statementsOf */ .GX)(cls?.childForFieldName("body"))) {
            const assignment = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .expressionOf */ .ez)(statement);
            if (assignment?.type !== "assignment")
                continue;
            if (assignment.childForFieldName("left")?.text !== "__tablename__")
                continue;
            return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(assignment.childForFieldName("right"));
        }
        return undefined;
    }
    /** SQL text, `sa.text(...)`, or a SQLAlchemy delete/update statement. */
    execute(call, node, env) {
        if (!node)
            return this.unknown(call, "execute() without a statement cannot be followed");
        const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node);
        if (n.type === "identifier") {
            const bound = env.get(n.text);
            if (bound?.kind === "sql")
                return this.sql.forward(bound.node, call, "execute()");
            if (bound?.kind === "statement") {
                const statement = this.sqlStatement(bound.node, env);
                if (statement)
                    return this.data(call, statement);
            }
        }
        if (n.type === "call") {
            const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(n);
            if (name === "text")
                return this.sql.forward((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(n).positional[0], call, "execute(text(...))");
            const statement = this.sqlStatement(n, env);
            if (statement)
                return this.data(call, statement);
        }
        this.sql.forward(n, call, "execute()");
    }
    data(call, s) {
        if (s.kind === "delete") {
            this.push(call, { kind: "delete-rows", table: s.table, filtered: s.filtered, via: "delete()" });
        }
        else if (s.kind === "update") {
            this.push(call, {
                kind: "update-rows",
                table: s.table,
                columns: s.columns,
                filtered: s.filtered,
                onlyNulls: s.columns.length > 0 && s.columns.every((c) => s.nullColumns.has(c)),
                via: "update()",
            });
        }
    }
    /** `t.delete().where(...)`, `sa.update(t).values(...)`, `t.insert()`: the table and what the statement does. */
    sqlStatement(node, env) {
        const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node);
        if (n.type !== "call")
            return undefined;
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(n) ?? "";
        const recv = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .receiver */ .e6)(n);
        const args = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(n);
        if (name === "where" || name === "filter" || name === "filter_by") {
            const inner = recv ? this.sqlStatement(recv, env) : undefined;
            if (!inner)
                return undefined;
            const nulls = new Set(inner.nullColumns);
            for (const a of [...args.positional, ...args.keywords.values()])
                nullChecks(a, nulls);
            return { ...inner, filtered: true, nullColumns: nulls };
        }
        if (name === "values") {
            const inner = recv ? this.sqlStatement(recv, env) : undefined;
            if (!inner)
                return undefined;
            const columns = [...args.keywords.keys(), ...[...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .dictEntries */ .Hc)(args.positional[0])?.keys() ?? [])]];
            return { ...inner, columns: [...inner.columns, ...columns] };
        }
        if (name === "delete" || name === "update" || name === "insert") {
            // Method form `t.delete()`, or function form `sa.delete(t)`.
            const target = recv && this.tableOf(recv, env) !== undefined ? recv : args.positional[0];
            const table = target ? this.tableOf(target, env) : undefined;
            if (table === undefined)
                return undefined;
            return { kind: name, table, filtered: false, columns: [], nullColumns: new Set() };
        }
        return undefined;
    }
    tableOf(node, env) {
        const bound = this.binding(node, env);
        return bound?.kind === "table" ? bound.table : undefined;
    }
    opCall(call, name, batchTable, env) {
        const args = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(call);
        // In a batch the table is implied, so the arguments after it move one place left.
        const shift = batchTable === undefined ? 0 : 1;
        const at = (index, keyword, tableAt = 0) => args.keywords.get(keyword) ?? args.positional[index > tableAt ? index - shift : index];
        const table = (index, keyword) => batchTable ?? this.tableName(args, index, keyword);
        const name0 = (keyword) => opName(at(0, keyword, 1));
        const runTime = (node, part) => node ? (0,_run_time_js__WEBPACK_IMPORTED_MODULE_7__/* .runTimeName */ .S)(part, node.text) : undefined;
        const missing = (what) => this.unknown(call, `op.${name} whose ${what} is not a string literal cannot be followed`);
        switch (name) {
            case "create_table": {
                const t = table(0, "table_name");
                if (t === undefined)
                    return missing("table name");
                const columns = args.positional
                    .slice(1)
                    .map((c) => (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(c))
                    .filter((c) => c.type === "call" && (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(c) === "Column")
                    .map((c) => (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(c).positional[0]))
                    .filter((c) => c !== undefined);
                return this.push(call, {
                    kind: "create-table",
                    table: t,
                    columns,
                    ...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(args.keywords.get("if_not_exists")) ? { ifNotExists: true } : {}),
                });
            }
            case "drop_table": {
                // A table from a variable is still dropped: the drop is named with where its table comes from.
                const t = table(0, "table_name") ?? runTime(at(0, "table_name"), "table");
                if (t === undefined)
                    return missing("table name");
                return this.push(call, {
                    kind: "drop-table",
                    table: t,
                    ...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(args.keywords.get("if_exists")) ? { ifExists: true } : {}),
                });
            }
            case "rename_table": {
                const from = table(0, "old_table_name");
                const to = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(at(1, "new_table_name"));
                if (from === undefined || to === undefined)
                    return missing("table name");
                return this.push(call, { kind: "rename-table", table: from, newName: to });
            }
            case "add_column":
                return this.addColumn(call, table(0, "table_name"), at(1, "column"));
            case "drop_column": {
                const t = table(0, "table_name") ?? runTime(at(0, "table_name"), "table");
                const column = this.constant(at(1, "column_name")) ?? runTime(at(1, "column_name"), "column");
                if (t === undefined || column === undefined)
                    return missing("table or column name");
                return this.push(call, { kind: "drop-column", table: t, column });
            }
            case "alter_column":
                return this.alterColumn(call, args, table(0, "table_name"), (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(at(1, "column_name")));
            case "create_index": {
                const t = table(1, "table_name");
                if (t === undefined)
                    return missing("table name");
                const index = name0("index_name");
                const columnsNode = at(2, "columns", 1);
                const columns = ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(columnsNode) !== undefined ? [columnsNode] : ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .elements */ .Yt)(columnsNode) ?? []))
                    .map((c) => (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(c))
                    .filter((c) => c !== undefined);
                return this.push(call, {
                    kind: "add-index",
                    table: t,
                    columns,
                    ...(index !== undefined ? { name: index } : {}),
                    unique: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(args.keywords.get("unique")) === true,
                    concurrently: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(args.keywords.get("postgresql_concurrently")) === true,
                });
            }
            case "drop_index": {
                const index = name0("index_name");
                const t = table(1, "table_name");
                return this.push(call, {
                    kind: "drop-index",
                    ...(t !== undefined ? { table: t } : {}),
                    ...(index !== undefined ? { name: index } : {}),
                    concurrently: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(args.keywords.get("postgresql_concurrently")) === true,
                });
            }
            case "create_foreign_key": {
                const t = table(1, "source_table");
                if (t === undefined)
                    return missing("table name");
                return this.constraint(call, t, "foreign-key", name0("constraint_name"), args);
            }
            case "create_check_constraint":
            case "create_unique_constraint":
            case "create_primary_key":
            case "create_exclude_constraint": {
                const t = table(1, "table_name");
                if (t === undefined)
                    return missing("table name");
                const kind = name === "create_check_constraint"
                    ? "check"
                    : name === "create_unique_constraint"
                        ? "unique"
                        : name === "create_primary_key"
                            ? "primary-key"
                            : "exclusion";
                return this.constraint(call, t, kind, name0("constraint_name"), args);
            }
            case "drop_constraint": {
                const t = table(1, "table_name");
                if (t === undefined)
                    return missing("table name");
                const constraint = name0("constraint_name");
                return this.push(call, {
                    kind: "drop-constraint",
                    table: t,
                    ...(constraint !== undefined ? { name: constraint } : {}),
                });
            }
            case "execute":
                return this.execute(call, args.keywords.get("sqltext") ?? args.positional[0], env);
            case "batch_alter_table":
                // Outside a `with`, the batch does nothing until used; its calls are read where they appear.
                return;
            default:
                if (HARMLESS.has(name))
                    return;
                return this.unknown(call, `op.${name} is not an Alembic operation the reader knows`);
        }
    }
    constraint(call, table, constraint, name, args) {
        const notValid = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(args.keywords.get("postgresql_not_valid")) === true ||
            (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(args.keywords.get("not_valid")) === true;
        this.push(call, {
            kind: "add-constraint",
            table,
            constraint,
            ...(name !== undefined ? { name } : {}),
            validated: !notValid,
        });
    }
    addColumn(call, table, columnNode) {
        const column = columnNode ? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(columnNode) : undefined;
        if (table === undefined || column?.type !== "call" || (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(column) !== "Column") {
            return this.unknown(call, "op.add_column whose table or sa.Column is not written literally cannot be followed");
        }
        const args = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(column);
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(args.keywords.get("name") ?? args.positional[0]);
        if (name === undefined)
            return this.unknown(call, "op.add_column with a computed column name cannot be followed");
        const typeNode = args.keywords.get("type_") ?? args.positional.slice(1).find((a) => !isColumnArg(a));
        const type = (0,_column_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sqlalchemyType */ .G)(typeNode);
        const primaryKey = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(args.keywords.get("primary_key")) === true;
        const nullable = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(args.keywords.get("nullable")) ?? !primaryKey;
        const serverDefault = args.keywords.get("server_default");
        const dflt = computedDefault(args.positional) ?? (serverDefault ? sqlDefault(serverDefault) : undefined);
        this.push(call, {
            kind: "add-column",
            table,
            column: name,
            ...(type ? { type: type.text } : {}),
            notNull: !nullable,
            ...(dflt ? { default: dflt } : {}),
        });
        // Alembic emits a column's ForeignKey as its own ALTER TABLE ... ADD CONSTRAINT.
        if (args.positional.some((a) => (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(a).type === "call" && (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(a)) === "ForeignKey")) {
            this.push(call, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
        }
    }
    alterColumn(call, args, table, column) {
        if (table === undefined || column === undefined) {
            return this.unknown(call, "op.alter_column whose table or column is not a string literal cannot be followed");
        }
        const kw = args.keywords;
        const typeNode = kw.get("type_");
        if (typeNode && !(0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .isNone */ .$I)(typeNode)) {
            const to = (0,_column_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sqlalchemyType */ .G)(typeNode);
            const from = (0,_column_types_js__WEBPACK_IMPORTED_MODULE_1__/* .sqlalchemyType */ .G)(kw.get("existing_type"));
            const change = to?.type && from?.type ? (0,_column_types_index_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyTypeChange */ .zq)(from.type, to.type) : {};
            this.push(call, {
                kind: "change-column-type",
                table,
                column,
                ...(to ? { type: to.text } : {}),
                ...change,
            });
        }
        const nullable = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(kw.get("nullable"));
        if (nullable === false)
            this.push(call, { kind: "set-not-null", table, column });
        if (nullable === true)
            this.push(call, { kind: "drop-not-null", table, column });
        const serverDefault = kw.get("server_default");
        // Alembic's `server_default=False` means "leave it"; None drops the default.
        if (serverDefault && (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(serverDefault) !== false) {
            const dflt = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .isNone */ .$I)(serverDefault) ? undefined : sqlDefault(serverDefault);
            this.push(call, { kind: "change-default", table, column, ...(dflt ? { default: dflt } : {}) });
        }
        const newName = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(kw.get("new_column_name"));
        if (newName !== undefined)
            this.push(call, { kind: "rename-column", table, column, newName });
    }
}
/** Arguments of sa.Column that are not its type. */
function isColumnArg(node) {
    const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node);
    if (n.type !== "call")
        return false;
    const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(n);
    return (name === "ForeignKey" ||
        name === "Sequence" ||
        name === "Identity" ||
        name === "Computed" ||
        name === "CheckConstraint" ||
        name === "FetchedValue");
}
/**
 * A value the database computes for every existing row when the column is added: `sa.Identity()` (a sequence
 * value per row) and `sa.Computed(..., persisted=...)` unless `persisted=False` (PostgreSQL stores generated
 * columns). Read like the SQL reader reads the same columns.
 */
function computedDefault(positional) {
    for (const a of positional) {
        const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(a);
        if (n.type !== "call")
            continue;
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(n);
        if (name === "Identity")
            return { volatile: true, text: "GENERATED AS IDENTITY" };
        if (name === "Computed" && (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(n).keywords.get("persisted")) !== false) {
            return { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
        }
    }
    return undefined;
}
/** `op.f("ix_name")` and plain strings. */
function opName(node) {
    if (!node)
        return undefined;
    const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node);
    if (n.type === "call" && (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(n) === "f")
        return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(n).positional[0]);
    return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(n);
}
/** A `server_default`: SQL text as a string, `sa.text(...)`, or `sa.func.x()`. */
function sqlDefault(node) {
    const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node);
    const literal = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(n);
    if (literal !== undefined)
        return { volatile: false, text: `'${literal}'` };
    if (n.type === "call") {
        if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(n) === "text") {
            const sql = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(n).positional[0]);
            if (sql !== undefined)
                return { volatile: (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_8__/* .isVolatileSql */ .Z)(sql), text: sql };
        }
        const fn = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .dottedName */ ._P)(n.childForFieldName("function"));
        if (fn?.includes("func.")) {
            const sql = `${fn.slice(fn.lastIndexOf("func.") + 5)}()`;
            return { volatile: (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_8__/* .isVolatileSql */ .Z)(sql), text: sql };
        }
    }
    return { volatile: (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_8__/* .isVolatileSql */ .Z)(n.text), text: n.text };
}
/** Columns a WHERE clause requires to be NULL: `t.c.x.is_(None)`, `t.c.x == None`, `column("x").is_(None)`. */
function nullChecks(node, into) {
    const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node);
    if (n.type === "call") {
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(n);
        const recv = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .receiver */ .e6)(n);
        const first = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(n).positional[0];
        if ((name === "is_" || name === "isnot_distinct_from") && recv && first && isNullValue(first)) {
            const column = columnName(recv);
            if (column)
                into.add(column);
            return;
        }
        if (name === "and_") {
            for (const a of (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(n).positional)
                nullChecks(a, into);
        }
        return;
    }
    if (n.type === "comparison_operator") {
        const [left, right] = n.namedChildren;
        const op = n.children.find((c) => !c.isNamed)?.text;
        if (left && right && (op === "==" || op === "is") && isNullValue(right)) {
            const column = columnName(left);
            if (column)
                into.add(column);
        }
        return;
    }
    if (n.type === "boolean_operator" && n.children.some((c) => c.text === "&")) {
        for (const part of n.namedChildren)
            nullChecks(part, into);
    }
    if (n.type === "binary_operator" && n.children.some((c) => c.text === "&")) {
        for (const part of n.namedChildren)
            nullChecks(part, into);
    }
}
function isNullValue(node) {
    const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node);
    return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .isNone */ .$I)(n) || (n.type === "call" && (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(n) === "null");
}
function columnName(node) {
    const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(node);
    if (n.type === "attribute")
        return n.childForFieldName("attribute")?.text;
    if (n.type === "call" && (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .methodName */ .Lo)(n) === "column")
        return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .callArgs */ .qS)(n).positional[0]);
    return undefined;
}


/***/ })

};
