export const id = 98;
export const ids = [98];
export const modules = {

/***/ 2098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readAlembicMigration: () => (/* binding */ readAlembicMigration)
});

// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __webpack_require__(8849);
// EXTERNAL MODULE: ./src/core/frameworks/tree-sitter.ts
var tree_sitter = __webpack_require__(7545);
// EXTERNAL MODULE: ./src/core/column-types/index.ts + 3 modules
var column_types = __webpack_require__(6074);
// EXTERNAL MODULE: ./src/core/frameworks/shared/volatile-defaults.ts
var volatile_defaults = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/frameworks/python/column-types.ts
var python_column_types = __webpack_require__(2204);
// EXTERNAL MODULE: ./src/core/frameworks/python/nodes.ts
var nodes = __webpack_require__(5169);
;// CONCATENATED MODULE: ./src/core/frameworks/python/alembic/columns.ts
// Alembic's column operations, keyed by their `op.` name: `add_column` (an `sa.Column`: its type, nullability,
// server default and computed values) and `alter_column` (type, nullability, default and name changes, each its
// own operation). The other schema operations are in schema-calls.ts.




/** Arguments of sa.Column that are not its type. */
const COLUMN_ARGS = new Set([
    "ForeignKey",
    "Sequence",
    "Identity",
    "Computed",
    "CheckConstraint",
    "FetchedValue",
]);
function isColumnArg(node) {
    const n = (0,nodes/* unwrap */.oA)(node);
    return n.type === "call" && COLUMN_ARGS.has((0,nodes/* methodName */.Lo)(n) ?? "");
}
/**
 * A value the database computes for every existing row when the column is added: `sa.Identity()` (a sequence
 * value per row) and `sa.Computed(..., persisted=...)` unless `persisted=False` (PostgreSQL stores generated
 * columns). Read like the SQL reader reads the same columns.
 */
function computedDefault(positional) {
    for (const a of positional) {
        const n = (0,nodes/* unwrap */.oA)(a);
        if (n.type !== "call")
            continue;
        const name = (0,nodes/* methodName */.Lo)(n);
        if (name === "Identity")
            return { volatile: true, text: "GENERATED AS IDENTITY" };
        if (name === "Computed" && (0,nodes/* booleanValue */.eC)((0,nodes/* callArgs */.qS)(n).keywords.get("persisted")) !== false) {
            return { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
        }
    }
    return undefined;
}
/** A `server_default`: SQL text as a string, `sa.text(...)`, or `sa.func.x()`. */
function sqlDefault(node) {
    const n = (0,nodes/* unwrap */.oA)(node);
    const literal = (0,nodes/* stringValue */.r$)(n);
    if (literal !== undefined)
        return { volatile: false, text: `'${literal}'` };
    if (n.type === "call") {
        if ((0,nodes/* methodName */.Lo)(n) === "text") {
            const sql = (0,nodes/* stringValue */.r$)((0,nodes/* callArgs */.qS)(n).positional[0]);
            if (sql !== undefined)
                return { volatile: (0,volatile_defaults/* isVolatileSql */.Z)(sql), text: sql };
        }
        const fn = (0,nodes/* dottedName */._P)(n.childForFieldName("function"));
        if (fn?.includes("func.")) {
            const sql = `${fn.slice(fn.lastIndexOf("func.") + 5)}()`;
            return { volatile: (0,volatile_defaults/* isVolatileSql */.Z)(sql), text: sql };
        }
    }
    return { volatile: (0,volatile_defaults/* isVolatileSql */.Z)(n.text), text: n.text };
}
function addColumn(r, op) {
    const table = op.table(0, "table_name");
    const columnNode = op.at(1, "column");
    const column = columnNode ? (0,nodes/* unwrap */.oA)(columnNode) : undefined;
    if (table === undefined || column?.type !== "call" || (0,nodes/* methodName */.Lo)(column) !== "Column") {
        return r.unknown(op.node, "op.add_column whose table or sa.Column is not written literally cannot be followed");
    }
    const args = (0,nodes/* callArgs */.qS)(column);
    const name = (0,nodes/* stringValue */.r$)(args.keywords.get("name") ?? args.positional[0]);
    if (name === undefined)
        return r.unknown(op.node, "op.add_column with a computed column name cannot be followed");
    const typeNode = args.keywords.get("type_") ?? args.positional.slice(1).find((a) => !isColumnArg(a));
    const type = (0,python_column_types/* sqlalchemyType */.G)(typeNode);
    const primaryKey = (0,nodes/* booleanValue */.eC)(args.keywords.get("primary_key")) === true;
    const nullable = (0,nodes/* booleanValue */.eC)(args.keywords.get("nullable")) ?? !primaryKey;
    const serverDefault = args.keywords.get("server_default");
    const dflt = computedDefault(args.positional) ?? (serverDefault ? sqlDefault(serverDefault) : undefined);
    r.push(op.node, {
        kind: "add-column",
        table,
        column: name,
        ...(type ? { type: type.text } : {}),
        notNull: !nullable,
        ...(dflt ? { default: dflt } : {}),
    });
    // Alembic emits a column's ForeignKey as its own ALTER TABLE ... ADD CONSTRAINT.
    if (args.positional.some((a) => (0,nodes/* unwrap */.oA)(a).type === "call" && (0,nodes/* methodName */.Lo)((0,nodes/* unwrap */.oA)(a)) === "ForeignKey")) {
        r.push(op.node, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
    }
}
function alterColumn(r, op) {
    const table = op.table(0, "table_name");
    const column = (0,nodes/* stringValue */.r$)(op.at(1, "column_name"));
    if (table === undefined || column === undefined) {
        return r.unknown(op.node, "op.alter_column whose table or column is not a string literal cannot be followed");
    }
    const kw = op.args.keywords;
    const typeNode = kw.get("type_");
    if (typeNode && !(0,nodes/* isNone */.$I)(typeNode)) {
        const to = (0,python_column_types/* sqlalchemyType */.G)(typeNode);
        const from = (0,python_column_types/* sqlalchemyType */.G)(kw.get("existing_type"));
        const change = to?.type && from?.type ? (0,column_types/* classifyTypeChange */.zq)(from.type, to.type) : {};
        r.push(op.node, {
            kind: "change-column-type",
            table,
            column,
            ...(to ? { type: to.text } : {}),
            ...change,
        });
    }
    const nullable = (0,nodes/* booleanValue */.eC)(kw.get("nullable"));
    if (nullable === false)
        r.push(op.node, { kind: "set-not-null", table, column });
    if (nullable === true)
        r.push(op.node, { kind: "drop-not-null", table, column });
    const serverDefault = kw.get("server_default");
    // Alembic's `server_default=False` means "leave it"; None drops the default.
    if (serverDefault && (0,nodes/* booleanValue */.eC)(serverDefault) !== false) {
        const dflt = (0,nodes/* isNone */.$I)(serverDefault) ? undefined : sqlDefault(serverDefault);
        r.push(op.node, { kind: "change-default", table, column, ...(dflt ? { default: dflt } : {}) });
    }
    const newName = (0,nodes/* stringValue */.r$)(kw.get("new_column_name"));
    if (newName !== undefined)
        r.push(op.node, { kind: "rename-column", table, column, newName });
}
/** Alembic's column operations, by their `op.` name. */
const COLUMN_CALLS = {
    add_column: addColumn,
    alter_column: alterColumn,
};

// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/frameworks/python/alembic/data-calls.ts
// Data changes in an Alembic revision: SQLAlchemy Core statements (`t.delete().where(...)`,
// `sa.update(t).values(...)`, `t.insert()`) run through `execute`, and ORM queries
// (`session.query(Model).filter(...).delete()` / `.update({...})`), read for their table, whether they are
// filtered, and which columns the filter requires to be NULL.



/** `t.delete().where(...)`, `sa.update(t).values(...)`, `t.insert()`: the table and what the statement does. */
function sqlStatement(r, node, env) {
    const n = (0,nodes/* unwrap */.oA)(node);
    if (n.type !== "call")
        return undefined;
    const name = (0,nodes/* methodName */.Lo)(n) ?? "";
    const recv = (0,nodes/* receiver */.e6)(n);
    const args = (0,nodes/* callArgs */.qS)(n);
    if (name === "where" || name === "filter" || name === "filter_by") {
        const inner = recv ? sqlStatement(r, recv, env) : undefined;
        if (!inner)
            return undefined;
        const nulls = new Set(inner.nullColumns);
        for (const a of [...args.positional, ...args.keywords.values()])
            nullChecks(a, nulls);
        return (0,extend/* extend */.X)(inner, { filtered: true, nullColumns: nulls });
    }
    if (name === "values") {
        const inner = recv ? sqlStatement(r, recv, env) : undefined;
        if (!inner)
            return undefined;
        const columns = [...args.keywords.keys(), ...[...((0,nodes/* dictEntries */.Hc)(args.positional[0])?.keys() ?? [])]];
        return (0,extend/* extend */.X)(inner, { columns: [...inner.columns, ...columns] });
    }
    if (name === "delete" || name === "update" || name === "insert") {
        // Method form `t.delete()`, or function form `sa.delete(t)`.
        const target = recv && tableOf(r, recv, env) !== undefined ? recv : args.positional[0];
        const table = target ? tableOf(r, target, env) : undefined;
        if (table === undefined)
            return undefined;
        return { kind: name, table, filtered: false, columns: [], nullColumns: new Set() };
    }
    return undefined;
}
function tableOf(r, node, env) {
    const bound = r.binding(node, env);
    return bound?.kind === "table" ? bound.table : undefined;
}
/** The operation a Core statement run by `call` is; an insert changes no existing row. */
function pushStatement(r, call, s) {
    if (s.kind === "delete") {
        r.push(call, { kind: "delete-rows", table: s.table, filtered: s.filtered, via: "delete()" });
    }
    else if (s.kind === "update") {
        r.push(call, {
            kind: "update-rows",
            table: s.table,
            columns: s.columns,
            filtered: s.filtered,
            onlyNulls: (0,toolkit/* onlyNulls */.fk)(s.columns, s.nullColumns),
            via: "update()",
        });
    }
}
/**
 * `session.query(Model).filter(...).delete()` / `.update({...})`, with the table from `__tablename__`; false
 * when the chain does not start at `query(...)`.
 */
function ormQuery(r, call, name) {
    let filtered = false;
    const nulls = new Set();
    let node = (0,nodes/* receiver */.e6)(call);
    while (node && (0,nodes/* unwrap */.oA)(node).type === "call") {
        const link = (0,nodes/* unwrap */.oA)(node);
        const method = (0,nodes/* methodName */.Lo)(link);
        if (method === "query")
            break;
        if (method === "filter" || method === "filter_by" || method === "where") {
            filtered = true;
            const args = (0,nodes/* callArgs */.qS)(link);
            for (const a of args.positional)
                nullChecks(a, nulls);
            for (const [key, value] of args.keywords)
                if (isNullValue(value))
                    nulls.add(key);
        }
        node = (0,nodes/* receiver */.e6)(link);
    }
    if (!node || (0,nodes/* methodName */.Lo)((0,nodes/* unwrap */.oA)(node)) !== "query")
        return false;
    const model = (0,nodes/* callArgs */.qS)((0,nodes/* unwrap */.oA)(node)).positional[0];
    const table = model ? modelTable(r, model) : undefined;
    if (table === undefined) {
        r.unknown(call, `an ORM query's ${name}() on a model whose table is not declared in this file cannot be read`);
        return true;
    }
    if (name === "delete") {
        r.push(call, { kind: "delete-rows", table, filtered, via: "Query.delete()" });
        return true;
    }
    const values = (0,nodes/* callArgs */.qS)(call).positional[0];
    const columns = [];
    const dict = values ? (0,nodes/* unwrap */.oA)(values) : undefined;
    if (dict?.type === "dictionary") {
        for (const pair of dict.namedChildren) {
            if (pair.type !== "pair")
                continue;
            const key = pair.childForFieldName("key");
            const column = key ? ((0,nodes/* stringValue */.r$)(key) ?? columnName(key)) : undefined;
            if (column)
                columns.push(column);
        }
    }
    r.push(call, {
        kind: "update-rows",
        table,
        columns,
        filtered,
        onlyNulls: (0,toolkit/* onlyNulls */.fk)(columns, nulls),
        via: "Query.update()",
    });
    return true;
}
/** `__tablename__` of a model class declared in this file. */
function modelTable(r, model) {
    const n = (0,nodes/* unwrap */.oA)(model);
    const cls = n.type === "identifier" ? r.module.classes.get(n.text) : undefined;
    for (const statement of (0,nodes/* statementsOf */.GX)(cls?.childForFieldName("body"))) {
        const assignment = (0,nodes/* expressionOf */.ez)(statement);
        if (assignment?.type !== "assignment")
            continue;
        if (assignment.childForFieldName("left")?.text !== "__tablename__")
            continue;
        return (0,nodes/* stringValue */.r$)(assignment.childForFieldName("right"));
    }
    return undefined;
}
/** Columns a WHERE clause requires to be NULL: `t.c.x.is_(None)`, `t.c.x == None`, `column("x").is_(None)`. */
function nullChecks(node, into) {
    const n = (0,nodes/* unwrap */.oA)(node);
    if (n.type === "call") {
        const name = (0,nodes/* methodName */.Lo)(n);
        const recv = (0,nodes/* receiver */.e6)(n);
        const first = (0,nodes/* callArgs */.qS)(n).positional[0];
        if ((name === "is_" || name === "isnot_distinct_from") && recv && first && isNullValue(first)) {
            const column = columnName(recv);
            if (column)
                into.add(column);
            return;
        }
        if (name === "and_") {
            for (const a of (0,nodes/* callArgs */.qS)(n).positional)
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
    // `a & b` (SQLAlchemy's AND), parsed as a binary operator.
    if ((n.type === "boolean_operator" || n.type === "binary_operator") &&
        n.children.some((c) => c.text === "&")) {
        for (const part of n.namedChildren)
            nullChecks(part, into);
    }
}
function isNullValue(node) {
    const n = (0,nodes/* unwrap */.oA)(node);
    return (0,nodes/* isNone */.$I)(n) || (n.type === "call" && (0,nodes/* methodName */.Lo)(n) === "null");
}
function columnName(node) {
    const n = (0,nodes/* unwrap */.oA)(node);
    if (n.type === "attribute")
        return n.childForFieldName("attribute")?.text;
    if (n.type === "call" && (0,nodes/* methodName */.Lo)(n) === "column")
        return (0,nodes/* stringValue */.r$)((0,nodes/* callArgs */.qS)(n).positional[0]);
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/frameworks/python/alembic/raw-sql.ts
// SQL an Alembic revision runs: `op.execute(...)` and `conn.execute` / `op.get_bind().execute` /
// `session.execute` (in an upgrade, always the database), with SQL text, `sa.text(...)`, a name bound to
// either, or a SQLAlchemy Core statement (data-calls.ts reads those).


/** Methods of any receiver that send their first argument to the database. */
const SQL_METHODS = new Set(["execute", "exec_driver_sql", "executemany"]);
/** SQL text, `sa.text(...)`, or a SQLAlchemy delete/update statement, run by `call`. */
function execute(r, call, node, env) {
    if (!node)
        return r.unknown(call, "execute() without a statement cannot be followed");
    const n = (0,nodes/* unwrap */.oA)(node);
    if (n.type === "identifier") {
        const bound = env.get(n.text);
        if (bound?.kind === "sql")
            return r.sql.forward(bound.node, call, "execute()");
        if (bound?.kind === "statement") {
            const statement = sqlStatement(r, bound.node, env);
            if (statement)
                return pushStatement(r, call, statement);
        }
    }
    if (n.type === "call") {
        const name = (0,nodes/* methodName */.Lo)(n);
        if (name === "text")
            return r.sql.forward((0,nodes/* callArgs */.qS)(n).positional[0], call, "execute(text(...))");
        const statement = sqlStatement(r, n, env);
        if (statement)
            return pushStatement(r, call, statement);
    }
    r.sql.forward(n, call, "execute()");
}
/** Alembic operations that run SQL, by their `op.` name. */
const SQL_CALLS = {
    execute: (r, op) => execute(r, op.node, op.args.keywords.get("sqltext") ?? op.args.positional[0], op.env),
};

;// CONCATENATED MODULE: ./src/core/frameworks/python/alembic/reversibility.ts
// Whether an Alembic revision can be rolled back: `downgrade()` is read only for that.

/** Why `downgrade` cannot undo the revision, or undefined when it does something. */
function irreversibility(downgrade) {
    if (!downgrade)
        return "the revision has no downgrade()";
    for (const statement of (0,nodes/* statementsOf */.GX)(downgrade.childForFieldName("body"))) {
        if (statement.type === "pass_statement")
            continue;
        if (statement.type === "raise_statement")
            return "downgrade() raises instead of undoing the upgrade";
        const expr = (0,nodes/* expressionOf */.ez)(statement);
        if (expr && (expr.type === "string" || expr.type === "ellipsis" || expr.type === "concatenated_string"))
            continue;
        return undefined;
    }
    return "downgrade() is empty";
}

// EXTERNAL MODULE: ./src/core/run-time.ts
var run_time = __webpack_require__(2686);
;// CONCATENATED MODULE: ./src/core/frameworks/python/alembic/schema-calls.ts
// Alembic's schema operations (`op.create_table`, `op.drop_column`, `op.create_index`, constraints...), one
// handler each, keyed by the `op.` name. Columns (`add_column`, `alter_column`) are in columns.ts, `op.execute`
// in raw-sql.ts; a name in none of the tables is an unknown, unless it changes nothing a rule looks at.


/** `op.*` calls that change nothing a rule looks at. */
const NO_SCHEMA_CHANGE = new Set([
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
/** `op.f("ix_name")` and plain strings. */
function opName(node) {
    if (!node)
        return undefined;
    const n = (0,nodes/* unwrap */.oA)(node);
    if (n.type === "call" && (0,nodes/* methodName */.Lo)(n) === "f")
        return (0,nodes/* stringValue */.r$)((0,nodes/* callArgs */.qS)(n).positional[0]);
    return (0,nodes/* stringValue */.r$)(n);
}
/** The name of a constraint or index: the first argument after the table, or by `keyword`. */
function nameOf(op, keyword) {
    return opName(op.at(0, keyword, 1));
}
/** A table or column from a variable, named by where it comes from. */
function runTime(node, part) {
    return node ? (0,run_time/* runTimeName */.S)(part, node.text) : undefined;
}
function createTable(r, op) {
    const t = op.table(0, "table_name");
    if (t === undefined)
        return op.missing("table name");
    const columns = op.args.positional
        .slice(1)
        .map((c) => (0,nodes/* unwrap */.oA)(c))
        .filter((c) => c.type === "call" && (0,nodes/* methodName */.Lo)(c) === "Column")
        .map((c) => (0,nodes/* stringValue */.r$)((0,nodes/* callArgs */.qS)(c).positional[0]))
        .filter((c) => c !== undefined);
    r.push(op.node, {
        kind: "create-table",
        table: t,
        columns,
        ...((0,nodes/* booleanValue */.eC)(op.args.keywords.get("if_not_exists")) ? { ifNotExists: true } : {}),
    });
}
function dropTable(r, op) {
    // A table from a variable is still dropped: the drop is named with where its table comes from.
    const t = op.table(0, "table_name") ?? runTime(op.at(0, "table_name"), "table");
    if (t === undefined)
        return op.missing("table name");
    r.push(op.node, {
        kind: "drop-table",
        table: t,
        ...((0,nodes/* booleanValue */.eC)(op.args.keywords.get("if_exists")) ? { ifExists: true } : {}),
    });
}
function renameTable(r, op) {
    const from = op.table(0, "old_table_name");
    const to = (0,nodes/* stringValue */.r$)(op.at(1, "new_table_name"));
    if (from === undefined || to === undefined)
        return op.missing("table name");
    r.push(op.node, { kind: "rename-table", table: from, newName: to });
}
function dropColumn(r, op) {
    const t = op.table(0, "table_name") ?? runTime(op.at(0, "table_name"), "table");
    const column = r.constant(op.at(1, "column_name")) ?? runTime(op.at(1, "column_name"), "column");
    if (t === undefined || column === undefined)
        return op.missing("table or column name");
    r.push(op.node, { kind: "drop-column", table: t, column });
}
function createIndex(r, op) {
    const t = op.table(1, "table_name");
    if (t === undefined)
        return op.missing("table name");
    const index = nameOf(op, "index_name");
    const columnsNode = op.at(2, "columns", 1);
    const columns = ((0,nodes/* stringValue */.r$)(columnsNode) !== undefined ? [columnsNode] : ((0,nodes/* elements */.Yt)(columnsNode) ?? []))
        .map((c) => (0,nodes/* stringValue */.r$)(c))
        .filter((c) => c !== undefined);
    r.push(op.node, {
        kind: "add-index",
        table: t,
        columns,
        ...(index !== undefined ? { name: index } : {}),
        unique: (0,nodes/* booleanValue */.eC)(op.args.keywords.get("unique")) === true,
        concurrently: (0,nodes/* booleanValue */.eC)(op.args.keywords.get("postgresql_concurrently")) === true,
    });
}
function dropIndex(r, op) {
    const index = nameOf(op, "index_name");
    const t = op.table(1, "table_name");
    r.push(op.node, {
        kind: "drop-index",
        ...(t !== undefined ? { table: t } : {}),
        ...(index !== undefined ? { name: index } : {}),
        concurrently: (0,nodes/* booleanValue */.eC)(op.args.keywords.get("postgresql_concurrently")) === true,
    });
}
/** `op.create_<kind>(name, table, ...)`; a foreign key names its source table. */
function createConstraint(constraint, tableKeyword) {
    return (r, op) => {
        const t = op.table(1, tableKeyword);
        if (t === undefined)
            return op.missing("table name");
        const name = nameOf(op, "constraint_name");
        const kw = op.args.keywords;
        const notValid = (0,nodes/* booleanValue */.eC)(kw.get("postgresql_not_valid")) === true || (0,nodes/* booleanValue */.eC)(kw.get("not_valid")) === true;
        r.push(op.node, {
            kind: "add-constraint",
            table: t,
            constraint,
            ...(name !== undefined ? { name } : {}),
            validated: !notValid,
        });
    };
}
function dropConstraint(r, op) {
    const t = op.table(1, "table_name");
    if (t === undefined)
        return op.missing("table name");
    const constraint = nameOf(op, "constraint_name");
    r.push(op.node, {
        kind: "drop-constraint",
        table: t,
        ...(constraint !== undefined ? { name: constraint } : {}),
    });
}
/** Alembic operations that change the schema, by their `op.` name (columns: see columns.ts). */
const SCHEMA_CALLS = {
    create_table: createTable,
    drop_table: dropTable,
    rename_table: renameTable,
    drop_column: dropColumn,
    create_index: createIndex,
    drop_index: dropIndex,
    create_foreign_key: createConstraint("foreign-key", "source_table"),
    create_check_constraint: createConstraint("check", "table_name"),
    create_unique_constraint: createConstraint("unique", "table_name"),
    create_primary_key: createConstraint("primary-key", "table_name"),
    create_exclude_constraint: createConstraint("exclusion", "table_name"),
    drop_constraint: dropConstraint,
    // Outside a `with`, the batch does nothing until used; its calls are read where they appear.
    batch_alter_table: () => { },
};

// EXTERNAL MODULE: ./src/core/frameworks/python/migration.ts + 1 modules
var migration = __webpack_require__(5619);
// EXTERNAL MODULE: ./src/core/frameworks/python/source.ts
var source = __webpack_require__(8447);
// EXTERNAL MODULE: ./src/core/frameworks/python/walker.ts
var walker = __webpack_require__(5344);
;// CONCATENATED MODULE: ./src/core/frameworks/python/alembic-reader.ts











const TABLE_FACTORIES = new Set(["table", "Table"]);
function readAlembicMigration(input, parsers) {
    return (0,migration/* readPythonMigration */.J)("alembic", input, parsers, (module, sql, out) => {
        const upgrade = module.functions.get("upgrade");
        if (!upgrade) {
            out.problems.push({
                line: 1,
                endLine: 1,
                message: "No top-level `upgrade()` function was found in this Alembic revision, so it was not analysed",
            });
            return;
        }
        new Upgrade(module, sql, out).run();
        const reason = irreversibility(module.functions.get("downgrade"));
        if (reason) {
            const where = module.functions.get("downgrade") ?? upgrade;
            const line = where.startPosition.row + 1;
            out.operations.push({ kind: "irreversible", reason, line, endLine: line });
        }
    });
}
class Upgrade extends walker/* PythonWalker */.h {
    module;
    sql;
    out;
    constructor(
    // Public here: the handlers read the module's classes and constants through `Reader`.
    module, sql, out) {
        super(module);
        this.module = module;
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
    // ---------------------------------------------------------------- output and names (the handlers' Reader)
    push(node, body) {
        this.out.operations.push((0,tree_sitter/* operationAt */.f2)(node, body));
    }
    unknown(node, reason) {
        this.push(node, (0,toolkit/* unknownOperation */.sA)(reason, node.text));
    }
    binding(value, env) {
        const n = (0,nodes/* unwrap */.oA)(value);
        if (n.type === "call") {
            const name = (0,nodes/* methodName */.Lo)(n);
            const recv = (0,nodes/* receiver */.e6)(n);
            if (name === "batch_alter_table" && recv && this.isOp(recv)) {
                const table = this.tableName((0,nodes/* callArgs */.qS)(n), 0, "table_name");
                return table === undefined ? undefined : { kind: "batch", table };
            }
            if (name && TABLE_FACTORIES.has(name)) {
                const args = (0,nodes/* callArgs */.qS)(n);
                const table = this.tableName(args, 0, "name");
                return table === undefined ? undefined : { kind: "table", table };
            }
            if (name === "text" && (0,nodes/* callArgs */.qS)(n).positional[0])
                return { kind: "sql", node: (0,nodes/* callArgs */.qS)(n).positional[0] };
            if (sqlStatement(this, n, env))
                return { kind: "statement", node: n };
        }
        if (n.type === "identifier") {
            const bound = env.get(n.text);
            if (bound !== undefined)
                return bound;
            // A module-level `orders = sa.table(...)` or SQL constant, read where the helper uses it.
            const value = (0,source/* resolveConstant */.Z)(this.module, n);
            return value.type === "identifier" ? undefined : this.binding(value, new Map());
        }
        if ((0,nodes/* stringValue */.r$)(n) !== undefined)
            return { kind: "sql", node: n };
        return undefined;
    }
    tableName(args, index, keyword) {
        const node = args.keywords.get(keyword) ?? args.positional[index];
        const name = this.constant(node);
        if (name === undefined)
            return undefined;
        const schema = (0,nodes/* stringValue */.r$)(args.keywords.get("schema"));
        return schema ? `${schema}.${name}` : name;
    }
    constant(node) {
        return node ? (0,nodes/* stringValue */.r$)((0,source/* resolveConstant */.Z)(this.module, (0,nodes/* unwrap */.oA)(node))) : undefined;
    }
    /** `op`, however it was imported. */
    isOp(node) {
        const n = (0,nodes/* unwrap */.oA)(node);
        if (n.type !== "identifier")
            return (0,nodes/* dottedName */._P)(n) === "alembic.op";
        return n.text === "op" || this.module.imports.get(n.text) === "alembic.op";
    }
    // ---------------------------------------------------------------- dispatch
    call(call, env) {
        const name = (0,nodes/* methodName */.Lo)(call) ?? "";
        const recv = (0,nodes/* receiver */.e6)(call);
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
            execute(this, call, (0,nodes/* callArgs */.qS)(call).positional[0], env);
            return true;
        }
        if (name === "delete" || name === "update")
            return ormQuery(this, call, name);
        return false;
    }
    /** `op.<name>(...)`, or `batch_op.<name>(...)` on the batch's table. */
    opCall(node, name, batchTable, env) {
        const args = (0,nodes/* callArgs */.qS)(node);
        // In a batch the table is implied, so the arguments after it move one place left.
        const shift = batchTable === undefined ? 0 : 1;
        const op = {
            node,
            name,
            args,
            env,
            at: (index, keyword, tableAt = 0) => args.keywords.get(keyword) ?? args.positional[index > tableAt ? index - shift : index],
            table: (index, keyword) => batchTable ?? this.tableName(args, index, keyword),
            missing: (what) => this.unknown(node, `op.${name} whose ${what} is not a string literal cannot be followed`),
        };
        const handler = (0,toolkit/* handlerFor */.ci)(SCHEMA_CALLS, name) ?? (0,toolkit/* handlerFor */.ci)(COLUMN_CALLS, name) ?? (0,toolkit/* handlerFor */.ci)(SQL_CALLS, name);
        if (handler)
            return handler(this, op);
        if (NO_SCHEMA_CHANGE.has(name))
            return;
        this.unknown(node, `op.${name} is not an Alembic operation the reader knows`);
    }
}


/***/ })

};
