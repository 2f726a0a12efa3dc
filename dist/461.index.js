export const id = 461;
export const ids = [461];
export const modules = {

/***/ 5842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readKnexMigration: () => (/* binding */ readKnexMigration)
/* harmony export */ });
/* harmony import */ var _column_types_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6074);
/* harmony import */ var _shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2258);
/* harmony import */ var _column_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5255);
/* harmony import */ var _migration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3254);
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3853);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4672);
/* harmony import */ var _walker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1839);







/** Schema builder methods that change nothing a rule looks at. */
const SCHEMA_HARMLESS = new Set([
    "hasTable",
    "hasColumn",
    "createSchema",
    "createSchemaIfNotExists",
    "createExtension",
    "createExtensionIfNotExists",
    "dropExtension",
    "dropExtensionIfExists",
    "createView",
    "createViewOrReplace",
    "createMaterializedView",
    "refreshMaterializedView",
    "alterView",
    "dropView",
    "dropViewIfExists",
    "dropMaterializedView",
    "dropMaterializedViewIfExists",
    "transacting",
    "queryContext",
    "debug",
    "toString",
    "toSQL",
    "generateDdlCommands",
    "connection",
]);
const PROMISE = new Set(["then", "catch", "finally", "asCallback"]);
const TABLE_HARMLESS = new Set(["engine", "charset", "collate", "inherits", "comment", "queryContext"]);
const QUERY_TABLE = new Set(["table", "from", "into", "fromRaw"]);
/** Knex column builders → the type they create. `args` are the arguments after the column name. */
function columnType(method, args) {
    const n = (i) => (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .numberValue */ .Vg)(args[i]);
    switch (method) {
        case "increments":
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("integer", "serial"), serial: true };
        case "bigIncrements":
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("bigint", "bigserial"), serial: true };
        case "integer":
        case "mediumint":
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("integer", "integer") };
        case "bigInteger":
        case "bigint":
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("bigint", "bigint") };
        case "tinyint":
        case "smallint":
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("smallint", "smallint") };
        case "text":
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("text", "text") };
        case "string": {
            const limit = n(0) ?? 255;
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("string", `varchar(${limit})`, { limit }) };
        }
        case "float":
        case "double":
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("float", method) };
        case "decimal": {
            // Knex's defaults: precision 8, scale 2; `decimal('x', null)` is an unconstrained numeric.
            const precision = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .isNullish */ .uy)(args[0]) ? undefined : (n(0) ?? 8);
            const scale = precision === undefined ? undefined : (n(1) ?? 2);
            const text = precision === undefined ? "decimal" : `decimal(${precision},${scale})`;
            return {
                type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("decimal", text, {
                    ...(precision !== undefined ? { precision } : {}),
                    ...(scale !== undefined ? { scale } : {}),
                }),
            };
        }
        case "boolean":
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("boolean", "boolean") };
        case "date":
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("date", "date") };
        case "datetime":
        case "timestamp":
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("datetime", "timestamp") };
        case "time":
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("time", "time") };
        case "specificType": {
            const text = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(args[0]);
            if (text === undefined)
                return { type: { text: "specificType", type: { type: "unknown" } } };
            const t = (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .sqlType */ .fi)(text);
            return { type: t, ...(t.serial ? { serial: true } : {}) };
        }
        case "binary":
        case "enum":
        case "enu":
        case "json":
        case "jsonb":
        case "uuid":
        case "geometry":
        case "geography":
        case "point":
            return { type: (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)(method, method) };
        default:
            return undefined;
    }
}
const key = (table, column) => `${table}.${column}`;
class KnexReader extends _walker_js__WEBPACK_IMPORTED_MODULE_4__/* .MigrationWalker */ .jh {
    database;
    /** Types of columns as this file knows them (added earlier, or restored by `down`). */
    known = new Map();
    constructor(module, emit, database) {
        super(module, emit);
        this.database = database;
    }
    run(up, down) {
        const bindFirst = (param, i) => i === 0 && param.name !== undefined ? [[param.name, { kind: "knex" }]] : [];
        this.readDownThenUp(up, down, ".alter(", bindFirst);
    }
    binding(value, scope) {
        // `const trx = await knex.transaction()`
        const chain = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .chainOf */ .dR)(value);
        if (chain.links.length === 1 &&
            chain.links[0].name === "transaction" &&
            this.isHandle(chain.root, scope, "knex"))
            return { kind: "knex" };
        return undefined;
    }
    escaped(call, argument) {
        this.unknown(call, `passes \`${argument}\` to a function that is not defined in this file, so what it does cannot be read`);
    }
    call(call, scope) {
        const { root, links } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .chainOf */ .dR)(call);
        if (links.length === 0) {
            // `knex('users')` on its own reads nothing.
            return false;
        }
        if (root.type === "call_expression") {
            const fn = root.childForFieldName("function");
            if (!fn || !this.isHandle((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(fn), scope, "knex"))
                return false;
            const args = root.childForFieldName("arguments")?.namedChildren.filter((c) => c !== null);
            this.query(root, this.name(args?.[0], scope), links, scope);
            return true;
        }
        if (root.type !== "identifier")
            return false;
        const bound = scope.bindings.get(root.text);
        if (bound?.kind === "table") {
            this.tableCall(root, bound, links, scope);
            return true;
        }
        if (!this.isHandle(root, scope, "knex"))
            return false;
        const [first, ...rest] = links;
        switch (first.name) {
            case "schema":
                this.schema(root, rest, scope);
                return true;
            case "raw":
                if (first.call)
                    this.raw(first, scope);
                this.promise(rest, scope);
                return true;
            case "transaction":
                this.callback(first.args[0], scope, (param, i) => i === 0 && param.name !== undefined ? [[param.name, { kind: "knex" }]] : []);
                this.promise(rest, scope);
                return true;
            default:
                if (QUERY_TABLE.has(first.name) || first.name === "queryBuilder" || first.name === "select") {
                    this.query(root, undefined, links, scope);
                    return true;
                }
                // knex.fn.now(), knex.destroy(), knex.ref(): nothing to read.
                for (const link of links)
                    for (const a of link.args)
                        this.visit(a, scope);
                return true;
        }
    }
    /** `.then(cb)` and friends after a builder: the callbacks run. */
    promise(links, scope) {
        for (const link of links)
            for (const a of link.args)
                this.visit(a, scope);
    }
    raw(link, scope) {
        if (this.learning)
            return;
        const bindings = link.args[1];
        this.emit.sql(this.resolve(link.args[0], scope), link.call, "knex.raw()", (sql) => {
            if (!bindings)
                return sql;
            // `??` binds an identifier, so the table or column is not known until run time.
            if (sql.includes("??"))
                return undefined;
            // `?` binds a value: PostgreSQL's parser reads `$n` where Knex will send the value.
            if (this.database !== "postgresql")
                return sql;
            let n = 0;
            return sql.replace(/\?/g, () => `$${++n}`);
        });
    }
    // ---------------------------------------------------------------- knex.schema...
    schema(root, links, scope) {
        let schema;
        const qualified = (name) => (schema ? `${schema}.${name}` : name);
        for (const link of links) {
            const call = link.call;
            if (!call)
                continue;
            const span = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .spanBetween */ .Jr)(link.nameNode, call);
            const arg = (i) => this.name(link.args[i], scope);
            const missing = (what) => this.unknown(call, `knex.schema.${link.name} whose ${what} is not a string literal cannot be followed`, span);
            switch (link.name) {
                case "withSchema":
                    schema = arg(0);
                    if (schema === undefined)
                        missing("schema name");
                    break;
                case "createTable":
                case "createTableIfNotExists":
                case "createTableLike": {
                    const table = arg(0);
                    if (table === undefined) {
                        missing("table name");
                        break;
                    }
                    const columns = [];
                    this.push(span, {
                        kind: "create-table",
                        table: qualified(table),
                        columns,
                        ...(link.name === "createTableIfNotExists" ? { ifNotExists: true } : {}),
                    });
                    const cb = link.args[link.name === "createTableLike" ? 2 : 1];
                    this.tableCallback(cb, { kind: "table", table: qualified(table), create: true, columns }, scope);
                    break;
                }
                case "alterTable":
                case "table": {
                    const table = arg(0);
                    if (table === undefined) {
                        missing("table name");
                        break;
                    }
                    const binding = { kind: "table", table: qualified(table), create: false, columns: [] };
                    this.tableCallback(link.args[1], binding, scope);
                    break;
                }
                case "dropTable":
                case "dropTableIfExists": {
                    const table = arg(0);
                    if (table === undefined) {
                        missing("table name");
                        break;
                    }
                    this.push(span, {
                        kind: "drop-table",
                        table: qualified(table),
                        ...(link.name === "dropTableIfExists" ? { ifExists: true } : {}),
                    });
                    break;
                }
                case "renameTable": {
                    const [from, to] = [arg(0), arg(1)];
                    if (from === undefined || to === undefined) {
                        missing("table names");
                        break;
                    }
                    this.push(span, { kind: "rename-table", table: qualified(from), newName: qualified(to) });
                    break;
                }
                case "raw":
                    this.raw(link, scope);
                    break;
                case "dropSchema":
                case "dropSchemaIfExists":
                    this.unknown(call, "dropping a schema drops everything in it, which the reader does not list table by table", span);
                    break;
                default:
                    if (SCHEMA_HARMLESS.has(link.name) || PROMISE.has(link.name)) {
                        for (const a of link.args)
                            this.visit(a, scope);
                        break;
                    }
                    this.unknown(call, `knex.schema.${link.name} is not a schema method the reader knows`, span);
            }
        }
        void root;
    }
    tableCallback(cb, binding, scope) {
        if (!cb)
            return;
        this.callback(cb, scope, (param, i) => i === 0 && param.name !== undefined ? [[param.name, binding]] : []);
    }
    // ---------------------------------------------------------------- table builder: t.string(...), t.dropColumn(...)
    tableCall(root, t, links, scope) {
        const first = links[0];
        const call = first.call;
        if (!call)
            return;
        const last = links[links.length - 1];
        const span = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .spanOf */ .ee)(last.call ?? call);
        const whole = { line: root.startPosition.row + 1, endLine: span.endLine };
        const table = t.table;
        const names = (from = 0) => {
            const out = [];
            for (const a of first.args.slice(from)) {
                const list = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringList */ .Yn)(this.resolve(a, scope));
                if (!list)
                    return undefined;
                out.push(...list);
            }
            return out;
        };
        const missing = (what) => this.unknown(last.call ?? call, `${first.name}() whose ${what} is not a string literal cannot be followed`, whole);
        const spec = columnType(first.name, first.args.slice(1));
        if (spec)
            return this.column(whole, t, first, links.slice(1), spec, scope);
        switch (first.name) {
            case "dropColumn":
            case "dropColumns": {
                const columns = names();
                if (!columns)
                    return missing("column name");
                for (const column of columns)
                    this.push(whole, { kind: "drop-column", table, column });
                return;
            }
            case "renameColumn": {
                const [from, to] = [this.name(first.args[0], scope), this.name(first.args[1], scope)];
                if (from === undefined || to === undefined)
                    return missing("column names");
                this.push(whole, { kind: "rename-column", table, column: from, newName: to });
                return;
            }
            case "timestamps": {
                const defaultToNow = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(first.args[1]) === true;
                for (const column of ["created_at", "updated_at"]) {
                    if (t.create)
                        t.columns.push(column);
                    else
                        this.push(whole, {
                            kind: "add-column",
                            table,
                            column,
                            type: "timestamp",
                            notNull: defaultToNow,
                            ...(defaultToNow ? { default: { volatile: false, text: "CURRENT_TIMESTAMP" } } : {}),
                        });
                }
                return;
            }
            case "dropTimestamps":
                for (const column of ["created_at", "updated_at"])
                    this.push(whole, { kind: "drop-column", table, column });
                return;
            case "index":
            case "unique": {
                const columns = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringList */ .Yn)(this.resolve(first.args[0], scope));
                const options = this.resolve(first.args[1], scope);
                const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(options) ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(options).get("indexName"));
                if (!columns)
                    return missing("columns");
                const useConstraint = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(options).get("useConstraint"));
                if (first.name === "unique" && useConstraint !== false) {
                    this.push(whole, {
                        kind: "add-constraint",
                        table,
                        constraint: "unique",
                        ...(name !== undefined ? { name } : {}),
                        validated: true,
                    });
                }
                else {
                    this.push(whole, {
                        kind: "add-index",
                        table,
                        columns,
                        ...(name !== undefined ? { name } : {}),
                        ...(first.name === "unique" ? { unique: true } : {}),
                    });
                }
                return;
            }
            case "foreign": {
                const name = this.name(first.args[1], scope);
                this.push(whole, {
                    kind: "add-constraint",
                    table,
                    constraint: "foreign-key",
                    ...(name !== undefined ? { name } : {}),
                    validated: true,
                });
                return;
            }
            case "primary": {
                const options = this.resolve(first.args[1], scope);
                const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(options) ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(options).get("constraintName"));
                this.push(whole, {
                    kind: "add-constraint",
                    table,
                    constraint: "primary-key",
                    ...(name !== undefined ? { name } : {}),
                    validated: true,
                });
                return;
            }
            case "check": {
                const name = this.name(first.args[2], scope);
                this.push(whole, {
                    kind: "add-constraint",
                    table,
                    constraint: "check",
                    ...(name !== undefined ? { name } : {}),
                    validated: true,
                });
                return;
            }
            case "dropIndex": {
                const columns = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringList */ .Yn)(this.resolve(first.args[0], scope));
                const name = this.name(first.args[1], scope);
                this.push(whole, {
                    kind: "drop-index",
                    table,
                    ...(name !== undefined ? { name } : {}),
                    ...(columns ? { columns } : {}),
                });
                return;
            }
            case "dropUnique":
            case "dropForeign":
            case "dropPrimary":
            case "dropChecks": {
                const name = this.name(first.args[first.name === "dropPrimary" ? 0 : 1], scope);
                this.push(whole, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
                return;
            }
            case "setNullable":
            case "dropNullable": {
                const column = this.name(first.args[0], scope);
                if (column === undefined)
                    return missing("column name");
                // Knex's names read backwards: dropNullable removes the permission to hold NULL.
                this.push(whole, {
                    kind: first.name === "dropNullable" ? "set-not-null" : "drop-not-null",
                    table,
                    column,
                });
                return;
            }
            case "dropDefault": {
                return;
            }
            default:
                if (TABLE_HARMLESS.has(first.name))
                    return;
                this.unknown(last.call ?? call, `table.${first.name}() is not a table builder method the reader knows`, whole);
        }
    }
    /** `t.string('name', 100).notNullable().defaultTo('x')` and `.alter()`. */
    column(span, t, first, modifiers, spec, scope) {
        const column = this.name(first.args[0], scope);
        if (column === undefined) {
            this.unknown(first.call, `table.${first.name}() whose column name is not a string literal cannot be followed`, span);
            return;
        }
        const table = t.table;
        let notNull = spec.serial ? true : undefined;
        let defaultValue = spec.serial
            ? { volatile: true, text: "nextval() of the column's sequence" }
            : undefined;
        let alter;
        let unique = false;
        let index = false;
        let primary = false;
        let references = false;
        for (const m of modifiers) {
            switch (m.name) {
                case "notNullable":
                    notNull = true;
                    break;
                case "nullable":
                    notNull = false;
                    break;
                case "defaultTo":
                    defaultValue = this.defaultOf(m.args[0], scope);
                    break;
                case "alter":
                    alter = m.args;
                    break;
                case "unique":
                    unique = true;
                    break;
                case "index":
                    index = true;
                    break;
                case "primary":
                    primary = true;
                    break;
                case "references":
                case "inTable":
                    references = true;
                    break;
                default:
                    break;
            }
        }
        if (t.create) {
            t.columns.push(column);
            this.known.set(key(table, column), spec.type.type);
            return;
        }
        if (alter) {
            const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(this.resolve(alter[0], scope));
            const previous = this.known.get(key(table, column));
            // The same type restated (to change only NULL or the default) leaves the stored values alone.
            if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("alterType")) !== false && !(0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .sameType */ .n6)(previous, spec.type.type)) {
                this.push(span, {
                    kind: "change-column-type",
                    table,
                    column,
                    type: spec.type.text,
                    ...(0,_column_types_index_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyTypeChange */ .zq)(previous, spec.type.type),
                });
            }
            this.known.set(key(table, column), spec.type.type);
            if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("alterNullable")) !== false) {
                // `.alter()` restates the whole column: without notNullable() Knex drops NOT NULL.
                this.push(span, { kind: notNull === true ? "set-not-null" : "drop-not-null", table, column });
            }
            if (defaultValue && !spec.serial)
                this.push(span, { kind: "change-default", table, column, default: defaultValue });
            return;
        }
        this.known.set(key(table, column), spec.type.type);
        this.push(span, {
            kind: "add-column",
            table,
            column,
            type: spec.type.text,
            notNull: notNull === true || primary,
            ...(defaultValue ? { default: defaultValue } : {}),
        });
        if (primary)
            this.push(span, { kind: "add-constraint", table, constraint: "primary-key", validated: true });
        if (unique)
            this.push(span, { kind: "add-constraint", table, constraint: "unique", validated: true });
        if (index)
            this.push(span, { kind: "add-index", table, columns: [column] });
        if (references)
            this.push(span, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
    }
    defaultOf(node, scope) {
        if (!node)
            return undefined;
        const value = this.resolve(node, scope) ?? node;
        if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .isNullish */ .uy)(value))
            return undefined;
        if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainLiteral */ .EA)(value))
            return { volatile: false, text: value.text };
        const chain = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .chainOf */ .dR)(value);
        const names = chain.links.map((l) => l.name).join(".");
        if (names === "fn.now")
            return { volatile: false, text: "now()" };
        if (names === "fn.uuid" || names === "fn.uuidToBin")
            return { volatile: true, text: value.text };
        if (names === "raw") {
            const sql = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(this.resolve(chain.links[0].args[0], scope));
            return { volatile: sql === undefined ? false : (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .isVolatileSql */ .Z)(sql), text: sql ?? value.text };
        }
        return { volatile: (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .isVolatileSql */ .Z)(value.text), text: value.text };
    }
    // ---------------------------------------------------------------- knex('users').where(...).update(...)
    query(root, initial, links, scope) {
        let table = initial;
        let filtered = false;
        let alternatives = false;
        const nulls = new Set();
        for (const link of links) {
            const name = link.name;
            const call = link.call;
            if (!call)
                continue;
            if (QUERY_TABLE.has(name) && link.args[0]) {
                table = this.name(link.args[0], scope) ?? table;
                continue;
            }
            if (/^(?:and|or)?where/i.test(name) || name === "whereNull" || name === "having") {
                filtered = true;
                if (name.startsWith("or"))
                    alternatives = true;
                this.nullFilter(name, link.args, nulls, scope);
                continue;
            }
            const span = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .spanBetween */ .Jr)(root, call);
            switch (name) {
                case "del":
                case "delete":
                    if (table === undefined)
                        return this.unknown(call, "a query whose table is not a string literal deletes rows", span);
                    this.push(span, { kind: "delete-rows", table, filtered, via: `.${name}()` });
                    break;
                case "truncate":
                    if (table === undefined)
                        return this.unknown(call, "a query whose table is not a string literal is truncated", span);
                    this.push(span, { kind: "truncate", tables: [table] });
                    break;
                case "update":
                case "increment":
                case "decrement": {
                    if (table === undefined)
                        return this.unknown(call, "a query whose table is not a string literal updates rows", span);
                    const first = this.resolve(link.args[0], scope);
                    const single = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(first);
                    const columns = single !== undefined ? [single] : [...(0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(first).keys()];
                    this.push(span, {
                        kind: "update-rows",
                        table,
                        columns,
                        filtered,
                        onlyNulls: !alternatives && columns.length > 0 && columns.every((c) => nulls.has(c)),
                        via: `.${name}()`,
                    });
                    break;
                }
                default:
                    for (const a of link.args)
                        this.visit(a, scope);
            }
        }
    }
    /** Columns a where-link restricts to NULL: whereNull('c'), where('c', null), where({ c: null }), whereRaw('c IS NULL'). */
    nullFilter(name, args, nulls, scope) {
        const lower = name.toLowerCase();
        if (lower.endsWith("wherenull")) {
            const column = this.name(args[0], scope);
            if (column !== undefined)
                nulls.add(column);
            return;
        }
        if (lower.endsWith("whereraw")) {
            const sql = this.name(args[0], scope);
            const m = sql ? /^\s*"?(\w+)"?\s+IS\s+NULL\s*$/i.exec(sql) : undefined;
            if (m)
                nulls.add(m[1]);
            return;
        }
        if (!/^(and)?where$/i.test(name))
            return;
        const first = this.resolve(args[0], scope);
        const column = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(first);
        if (column !== undefined) {
            const value = args.length === 2
                ? args[1]
                : args.length === 3 && /^is$/i.test((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(args[1]) ?? "")
                    ? args[2]
                    : undefined;
            if (value && (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(value).type === "null")
                nulls.add(column.replace(/^.*\./, ""));
            return;
        }
        for (const [k, v] of (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(first))
            if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(v).type === "null")
                nulls.add(k.replace(/^.*\./, ""));
    }
}
function readKnexMigration(input, parsers) {
    return (0,_migration_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsMigration */ .Y)("knex", input, parsers, "No exported `up` function was found in this Knex migration", ({ module, up, emit }) => {
        new KnexReader(module, emit, input.database).run(up, (0,_module_js__WEBPACK_IMPORTED_MODULE_2__/* .exportedFunction */ .gA)(module, "down"));
    });
}


/***/ })

};
