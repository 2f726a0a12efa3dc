export const id = 376;
export const ids = [376];
export const modules = {

/***/ 8428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JR: () => (/* binding */ addedColumn),
/* harmony export */   QD: () => (/* binding */ columnExtras),
/* harmony export */   RB: () => (/* binding */ SERIAL_DEFAULT),
/* harmony export */   d6: () => (/* binding */ KnownTypes),
/* harmony export */   s1: () => (/* binding */ columnDefault)
/* harmony export */ });
/* harmony import */ var _column_types_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6074);
/* harmony import */ var _shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2258);
/* harmony import */ var _column_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5255);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4672);
// What the JS/TS readers (Knex, Sequelize, node-pg-migrate, db-migrate) share about columns: the types a file
// has taught them (an earlier add, or the `down` that restores a restated column), the constraints a column
// definition adds, and the default it is given.




/** Types of columns as this file knows them, by table and column. */
class KnownTypes {
    types = new Map();
    get(table, column) {
        return this.types.get(`${table}.${column}`);
    }
    set(table, column, type) {
        this.types.set(`${table}.${column}`, type);
    }
    /**
     * A column restated with `type` (Knex `.alter()`, `changeColumn`, `alterColumn`): the type change, or
     * undefined when it is the type already known (restated to change only NULL or the default, the stored
     * values stay). The column has `type` from then on.
     */
    restate(table, column, type) {
        const previous = this.get(table, column);
        this.set(table, column, type.type);
        if ((0,_column_types_js__WEBPACK_IMPORTED_MODULE_2__/* .sameType */ .n6)(previous, type.type))
            return undefined;
        return {
            kind: "change-column-type",
            table,
            column,
            type: type.text,
            ...(0,_column_types_index_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyTypeChange */ .zq)(previous, type.type),
        };
    }
}
/** The operations of a column added to an existing table (`addColumn`, `addColumns`). */
function addedColumn(table, column, c) {
    return [
        {
            kind: "add-column",
            table,
            column,
            ...(c.type ? { type: c.type.text } : {}),
            notNull: c.notNull,
            ...(c.default ? { default: c.default } : {}),
        },
        ...columnExtras(table, c),
    ];
}
/** The constraints (and index) a column definition adds to `table`. */
function columnExtras(table, extras) {
    const out = [];
    if (extras.primary)
        out.push({ kind: "add-constraint", table, constraint: "primary-key", validated: true });
    if (extras.unique)
        out.push({ kind: "add-constraint", table, constraint: "unique", validated: true });
    if (extras.index !== undefined)
        out.push({ kind: "add-index", table, columns: [extras.index] });
    if (extras.references)
        out.push({ kind: "add-constraint", table, constraint: "foreign-key", validated: true });
    if (extras.check)
        out.push({ kind: "add-constraint", table, constraint: "check", validated: true });
    return out;
}
/** A serial column's default: one `nextval()` per row. */
const SERIAL_DEFAULT = { volatile: true, text: "nextval() of the column's sequence" };
/**
 * A column default from its (resolved) value: none for `null`/`undefined`, a literal as written, else what
 * `framework` makes of the expression (`knex.fn.now()`, `Sequelize.literal(...)`, `pgm.func(...)`; null for
 * "no default in the database"), else the expression's text, volatile when it calls a volatile function.
 */
function columnDefault(value, framework) {
    if (!value || (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .isNullish */ .uy)(value))
        return undefined;
    if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainLiteral */ .EA)(value))
        return { volatile: false, text: value.text };
    const own = framework?.(value);
    if (own !== undefined)
        return own ?? undefined;
    return { volatile: (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .isVolatileSql */ .Z)(value.text), text: value.text };
}


/***/ }),

/***/ 1376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readKnexMigration: () => (/* binding */ readKnexMigration)
});

// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __webpack_require__(8849);
// EXTERNAL MODULE: ./src/core/frameworks/js/column-toolkit.ts
var column_toolkit = __webpack_require__(8428);
// EXTERNAL MODULE: ./src/core/frameworks/js/column-types.ts
var column_types = __webpack_require__(5255);
// EXTERNAL MODULE: ./src/core/frameworks/shared/volatile-defaults.ts
var volatile_defaults = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/frameworks/js/nodes.ts
var nodes = __webpack_require__(4672);
// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/frameworks/js/knex/columns.ts





const plain = (abstract, text) => () => ({ type: (0,column_types/* abstractType */.rO)(abstract, text) });
const named = (method) => plain(method, method);
/** Knex column builders, by method name. */
const COLUMN_TYPES = {
    increments: () => ({ type: (0,column_types/* abstractType */.rO)("integer", "serial"), serial: true }),
    bigIncrements: () => ({ type: (0,column_types/* abstractType */.rO)("bigint", "bigserial"), serial: true }),
    integer: plain("integer", "integer"),
    mediumint: plain("integer", "integer"),
    bigInteger: plain("bigint", "bigint"),
    bigint: plain("bigint", "bigint"),
    tinyint: plain("smallint", "smallint"),
    smallint: plain("smallint", "smallint"),
    text: plain("text", "text"),
    string(args) {
        const limit = (0,nodes/* numberValue */.Vg)(args[0]) ?? 255;
        return { type: (0,column_types/* abstractType */.rO)("string", `varchar(${limit})`, { limit }) };
    },
    float: plain("float", "float"),
    double: plain("float", "double"),
    decimal(args) {
        // Knex's defaults: precision 8, scale 2; `decimal('x', null)` is an unconstrained numeric.
        const precision = (0,nodes/* isNullish */.uy)(args[0]) ? undefined : ((0,nodes/* numberValue */.Vg)(args[0]) ?? 8);
        const scale = precision === undefined ? undefined : ((0,nodes/* numberValue */.Vg)(args[1]) ?? 2);
        const text = precision === undefined ? "decimal" : `decimal(${precision},${scale})`;
        return {
            type: (0,column_types/* abstractType */.rO)("decimal", text, (0,extend/* extend */.X)(precision !== undefined ? { precision } : {}, scale !== undefined ? { scale } : {})),
        };
    },
    boolean: plain("boolean", "boolean"),
    date: plain("date", "date"),
    datetime: plain("datetime", "timestamp"),
    timestamp: plain("datetime", "timestamp"),
    time: plain("time", "time"),
    specificType(args) {
        const text = (0,nodes/* stringValue */.r$)(args[0]);
        if (text === undefined)
            return { type: { text: "specificType", type: { type: "unknown" } } };
        const t = (0,column_types/* sqlType */.fi)(text);
        return { type: t, ...(t.serial ? { serial: true } : {}) };
    },
    ...Object.fromEntries(["binary", "enum", "enu", "json", "jsonb", "uuid", "geometry", "geography", "point"].map((m) => [
        m,
        named(m),
    ])),
};
function modifiers(r, spec, links, scope) {
    const m = (0,extend/* extend */.X)(spec.serial ? { notNull: true, default: column_toolkit/* SERIAL_DEFAULT */.RB } : {}, {
        unique: false,
        index: false,
        primary: false,
        references: false,
    });
    for (const link of links) {
        switch (link.name) {
            case "notNullable":
                m.notNull = true;
                break;
            case "nullable":
                m.notNull = false;
                break;
            case "defaultTo": {
                const value = defaultOf(r, link.args[0], scope);
                if (value)
                    m.default = value;
                else
                    delete m.default;
                break;
            }
            case "alter":
                m.alter = link.args;
                break;
            case "unique":
            case "index":
            case "primary":
                m[link.name] = true;
                break;
            case "references":
            case "inTable":
                m.references = true;
                break;
            default:
                break;
        }
    }
    return m;
}
/** `t.<builder>('name', ...).<modifiers>()`: a column added (or listed by createTable), or restated by `.alter()`. */
function readColumn(r, span, t, first, links, spec, scope) {
    const column = r.name(first.args[0], scope);
    if (column === undefined)
        return r.notLiteral(first.call, `table.${first.name}()`, "column name", span);
    const table = t.table;
    const m = modifiers(r, spec, links, scope);
    if (t.create) {
        t.columns.push(column);
        r.known.set(table, column, spec.type.type);
        return;
    }
    if (m.alter) {
        const options = (0,nodes/* entriesOf */.Mc)(r.resolve(m.alter[0], scope));
        const change = r.known.restate(table, column, spec.type);
        if (change && (0,nodes/* booleanValue */.eC)(options.get("alterType")) !== false)
            r.push(span, change);
        if ((0,nodes/* booleanValue */.eC)(options.get("alterNullable")) !== false) {
            // `.alter()` restates the whole column: without notNullable() Knex drops NOT NULL.
            r.push(span, { kind: m.notNull === true ? "set-not-null" : "drop-not-null", table, column });
        }
        if (m.default && !spec.serial)
            r.push(span, { kind: "change-default", table, column, default: m.default });
        return;
    }
    r.known.set(table, column, spec.type.type);
    r.push(span, {
        kind: "add-column",
        table,
        column,
        type: spec.type.text,
        notNull: m.notNull === true || m.primary,
        ...(m.default ? { default: m.default } : {}),
    });
    for (const extra of (0,column_toolkit/* columnExtras */.QD)(table, {
        primary: m.primary,
        unique: m.unique,
        ...(m.index ? { index: column } : {}),
        references: m.references,
    }))
        r.push(span, extra);
}
/** `.defaultTo(...)`: a literal, `knex.fn.now()`, `knex.fn.uuid()`, `knex.raw('...')`, or an expression. */
function defaultOf(r, node, scope) {
    return (0,column_toolkit/* columnDefault */.s1)(r.resolve(node, scope), (value) => {
        const chain = (0,nodes/* chainOf */.dR)(value);
        const names = chain.links.map((l) => l.name).join(".");
        if (names === "fn.now")
            return { volatile: false, text: "now()" };
        if (names === "fn.uuid" || names === "fn.uuidToBin")
            return { volatile: true, text: value.text };
        if (names === "raw") {
            const sql = (0,nodes/* stringValue */.r$)(r.resolve(chain.links[0].args[0], scope));
            return { volatile: sql === undefined ? false : (0,volatile_defaults/* isVolatileSql */.Z)(sql), text: sql ?? value.text };
        }
        return undefined;
    });
}

;// CONCATENATED MODULE: ./src/core/frameworks/js/knex/data-calls.ts
// Query builder writes: `knex('users').where(...).update(...)`, `knex.from('t').del()`. The chain's table and
// filters are gathered link by link; a writing link is one entry of QUERY_CALLS.


/** Links that name the query's table. */
const QUERY_TABLE = new Set(["table", "from", "into", "fromRaw"]);
const deleteRows = (r, q, link, call, span) => {
    if (q.table === undefined) {
        r.unknown(call, "a query whose table is not a string literal deletes rows", span);
        return false;
    }
    r.push(span, { kind: "delete-rows", table: q.table, filtered: q.filtered, via: `.${link.name}()` });
    return true;
};
const updateRows = (r, q, link, call, span) => {
    if (q.table === undefined) {
        r.unknown(call, "a query whose table is not a string literal updates rows", span);
        return false;
    }
    const first = r.resolve(link.args[0], q.scope);
    const single = (0,nodes/* stringValue */.r$)(first);
    const columns = single !== undefined ? [single] : [...(0,nodes/* entriesOf */.Mc)(first).keys()];
    r.push(span, {
        kind: "update-rows",
        table: q.table,
        columns,
        filtered: q.filtered,
        onlyNulls: !q.alternatives && columns.length > 0 && columns.every((c) => q.nulls.has(c)),
        via: `.${link.name}()`,
    });
    return true;
};
/** What each writing link of a query does; any other link only has its arguments read. */
const QUERY_CALLS = {
    del: deleteRows,
    delete: deleteRows,
    truncate(r, q, _link, call, span) {
        if (q.table === undefined) {
            r.unknown(call, "a query whose table is not a string literal is truncated", span);
            return false;
        }
        r.push(span, { kind: "truncate", tables: [q.table] });
        return true;
    },
    update: updateRows,
    increment: updateRows,
    decrement: updateRows,
};
/** `knex('users')...` / `knex.from('users')...`: the links in order, `where*` gathered, writes by QUERY_CALLS. */
function readQuery(r, root, initial, links, scope) {
    const q = { table: initial, filtered: false, alternatives: false, nulls: new Set(), scope };
    for (const link of links) {
        const name = link.name;
        const call = link.call;
        if (!call)
            continue;
        if (QUERY_TABLE.has(name) && link.args[0]) {
            q.table = r.name(link.args[0], scope) ?? q.table;
            continue;
        }
        if (/^(?:and|or)?where/i.test(name) || name === "whereNull" || name === "having") {
            q.filtered = true;
            if (name.startsWith("or"))
                q.alternatives = true;
            nullFilter(r, name, link.args, q.nulls, scope);
            continue;
        }
        const handler = (0,toolkit/* handlerFor */.ci)(QUERY_CALLS, name);
        if (!handler) {
            for (const a of link.args)
                r.visit(a, scope);
            continue;
        }
        if (!handler(r, q, link, call, (0,nodes/* spanBetween */.Jr)(root, call)))
            return;
    }
}
/** Columns a where-link restricts to NULL: whereNull('c'), where('c', null), where({ c: null }), whereRaw('c IS NULL'). */
function nullFilter(r, name, args, nulls, scope) {
    const lower = name.toLowerCase();
    if (lower.endsWith("wherenull")) {
        const column = r.name(args[0], scope);
        if (column !== undefined)
            nulls.add(column);
        return;
    }
    if (lower.endsWith("whereraw")) {
        const sql = r.name(args[0], scope);
        const m = sql ? /^\s*"?(\w+)"?\s+IS\s+NULL\s*$/i.exec(sql) : undefined;
        if (m)
            nulls.add(m[1]);
        return;
    }
    if (!/^(and)?where$/i.test(name))
        return;
    const first = r.resolve(args[0], scope);
    const column = (0,nodes/* stringValue */.r$)(first);
    if (column !== undefined) {
        const value = args.length === 2
            ? args[1]
            : args.length === 3 && /^is$/i.test((0,nodes/* stringValue */.r$)(args[1]) ?? "")
                ? args[2]
                : undefined;
        if (value && (0,nodes/* unwrap */.oA)(value).type === "null")
            nulls.add(column.replace(/^.*\./, ""));
        return;
    }
    for (const [k, v] of (0,nodes/* entriesOf */.Mc)(first))
        if ((0,nodes/* unwrap */.oA)(v).type === "null")
            nulls.add(k.replace(/^.*\./, ""));
}

;// CONCATENATED MODULE: ./src/core/frameworks/js/knex/raw-sql.ts
/** `knex.raw(sql)` / `knex.raw(sql, bindings)`: the SQL with the placeholders PostgreSQL's parser reads. */
function readRaw(r, link, scope) {
    const bindings = link.args[1];
    r.sql(link.args[0], link.call, scope, "knex.raw()", (sql) => {
        if (!bindings)
            return sql;
        // `??` binds an identifier, so the table or column is not known until run time.
        if (sql.includes("??"))
            return undefined;
        // `?` binds a value: PostgreSQL's parser reads `$n` where Knex will send the value.
        if (r.database !== "postgresql")
            return sql;
        let n = 0;
        return sql.replace(/\?/g, () => `$${++n}`);
    });
}

;// CONCATENATED MODULE: ./src/core/frameworks/js/knex/schema-calls.ts

const qualified = (c, name) => c.chain.schema ? `${c.chain.schema}.${name}` : name;
const arg = (r, c, i) => r.name(c.link.args[i], c.scope);
const missing = (r, c, what) => r.notLiteral(c.call, `knex.schema.${c.link.name}`, what, c.span);
/** Reads a createTable / alterTable callback with its first parameter bound to the table builder. */
function tableCallback(r, cb, binding, scope) {
    if (!cb)
        return;
    r.callback(cb, scope, (param, i) => (i === 0 && param.name !== undefined ? [[param.name, binding]] : []));
}
/** Schema builder methods that change nothing a rule looks at, and promise methods: their callbacks run. */
const HARMLESS = [
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
    "then",
    "catch",
    "finally",
    "asCallback",
];
const visitArgs = (r, c) => {
    for (const a of c.link.args)
        r.visit(a, c.scope);
};
const createTable = (name) => (r, c) => {
    const table = arg(r, c, 0);
    if (table === undefined)
        return missing(r, c, "table name");
    const columns = [];
    r.push(c.span, {
        kind: "create-table",
        table: qualified(c, table),
        columns,
        ...(name === "createTableIfNotExists" ? { ifNotExists: true } : {}),
    });
    const cb = c.link.args[name === "createTableLike" ? 2 : 1];
    tableCallback(r, cb, { kind: "table", table: qualified(c, table), create: true, columns }, c.scope);
};
const alterTable = (r, c) => {
    const table = arg(r, c, 0);
    if (table === undefined)
        return missing(r, c, "table name");
    const binding = { kind: "table", table: qualified(c, table), create: false, columns: [] };
    tableCallback(r, c.link.args[1], binding, c.scope);
};
const dropTable = (ifExists) => (r, c) => {
    const table = arg(r, c, 0);
    if (table === undefined)
        return missing(r, c, "table name");
    r.push(c.span, {
        kind: "drop-table",
        table: qualified(c, table),
        ...(ifExists ? { ifExists: true } : {}),
    });
};
const dropSchema = (r, c) => r.unknown(c.call, "dropping a schema drops everything in it, which the reader does not list table by table", c.span);
/** What each `knex.schema` method does; a name the table lacks is an `unknown`. */
// eslint-disable-next-line no-restricted-syntax -- one table, built once when the module loads (extend() would lose the handlers' parameter types)
const SCHEMA_CALLS = {
    ...Object.fromEntries(HARMLESS.map((name) => [name, visitArgs])),
    withSchema(r, c) {
        c.chain.schema = arg(r, c, 0);
        if (c.chain.schema === undefined)
            missing(r, c, "schema name");
    },
    createTable: createTable("createTable"),
    createTableIfNotExists: createTable("createTableIfNotExists"),
    createTableLike: createTable("createTableLike"),
    alterTable,
    table: alterTable,
    dropTable: dropTable(false),
    dropTableIfExists: dropTable(true),
    renameTable(r, c) {
        const [from, to] = [arg(r, c, 0), arg(r, c, 1)];
        if (from === undefined || to === undefined)
            return missing(r, c, "table names");
        r.push(c.span, { kind: "rename-table", table: qualified(c, from), newName: qualified(c, to) });
    },
    raw(r, c) {
        readRaw(r, c.link, c.scope);
    },
    dropSchema,
    dropSchemaIfExists: dropSchema,
};

;// CONCATENATED MODULE: ./src/core/frameworks/js/knex/table-calls.ts

const table_calls_missing = (r, c, what) => r.notLiteral(c.node, `${c.first.name}()`, what, c.span);
/** The string arguments, each a name or a list of names. */
function names(r, c) {
    const out = [];
    for (const a of c.first.args) {
        const list = (0,nodes/* stringList */.Yn)(r.resolve(a, c.scope));
        if (!list)
            return undefined;
        out.push(...list);
    }
    return out;
}
const dropColumn = (r, c) => {
    const columns = names(r, c);
    if (!columns)
        return table_calls_missing(r, c, "column name");
    for (const column of columns)
        r.push(c.span, { kind: "drop-column", table: c.t.table, column });
};
/** `t.index(cols, name)`, `t.unique(cols, { indexName, useConstraint })`. */
const index = (unique) => (r, c) => {
    const columns = (0,nodes/* stringList */.Yn)(r.resolve(c.first.args[0], c.scope));
    const options = r.resolve(c.first.args[1], c.scope);
    const name = (0,nodes/* stringValue */.r$)(options) ?? (0,nodes/* stringValue */.r$)((0,nodes/* entriesOf */.Mc)(options).get("indexName"));
    if (!columns)
        return table_calls_missing(r, c, "columns");
    const useConstraint = (0,nodes/* booleanValue */.eC)((0,nodes/* entriesOf */.Mc)(options).get("useConstraint"));
    const table = c.t.table;
    if (unique && useConstraint !== false) {
        r.push(c.span, {
            kind: "add-constraint",
            table,
            constraint: "unique",
            ...(name !== undefined ? { name } : {}),
            validated: true,
        });
    }
    else {
        r.push(c.span, {
            kind: "add-index",
            table,
            columns,
            ...(name !== undefined ? { name } : {}),
            ...(unique ? { unique: true } : {}),
        });
    }
};
/** A constraint named by the argument at `at` (`t.foreign(cols, name)`, `t.check(sql, bindings, name)`). */
const constraint = (kind, at) => (r, c) => {
    const name = r.name(c.first.args[at], c.scope);
    r.push(c.span, {
        kind: "add-constraint",
        table: c.t.table,
        constraint: kind,
        ...(name !== undefined ? { name } : {}),
        validated: true,
    });
};
/** `t.dropUnique(cols, name)`, `t.dropForeign(cols, name)`, `t.dropPrimary(name)`, `t.dropChecks(...)`. */
const dropConstraint = (at) => (r, c) => {
    const name = r.name(c.first.args[at], c.scope);
    r.push(c.span, { kind: "drop-constraint", table: c.t.table, ...(name !== undefined ? { name } : {}) });
};
/** `setNullable(c)` / `dropNullable(c)`: Knex's names read backwards, dropNullable removes the permission to hold NULL. */
const nullable = (kind) => (r, c) => {
    const column = r.name(c.first.args[0], c.scope);
    if (column === undefined)
        return table_calls_missing(r, c, "column name");
    r.push(c.span, { kind, table: c.t.table, column });
};
/** Table builder methods that change nothing a rule looks at. */
const harmless = () => { };
/** What each table builder method does; a name the table (and COLUMN_TYPES) lacks is an `unknown`. */
const TABLE_CALLS = {
    dropColumn,
    dropColumns: dropColumn,
    renameColumn(r, c) {
        const [from, to] = [r.name(c.first.args[0], c.scope), r.name(c.first.args[1], c.scope)];
        if (from === undefined || to === undefined)
            return table_calls_missing(r, c, "column names");
        r.push(c.span, { kind: "rename-column", table: c.t.table, column: from, newName: to });
    },
    timestamps(r, c) {
        const defaultToNow = (0,nodes/* booleanValue */.eC)(c.first.args[1]) === true;
        for (const column of ["created_at", "updated_at"]) {
            if (c.t.create)
                c.t.columns.push(column);
            else
                r.push(c.span, {
                    kind: "add-column",
                    table: c.t.table,
                    column,
                    type: "timestamp",
                    notNull: defaultToNow,
                    ...(defaultToNow ? { default: { volatile: false, text: "CURRENT_TIMESTAMP" } } : {}),
                });
        }
    },
    dropTimestamps(r, c) {
        for (const column of ["created_at", "updated_at"])
            r.push(c.span, { kind: "drop-column", table: c.t.table, column });
    },
    index: index(false),
    unique: index(true),
    foreign: constraint("foreign-key", 1),
    primary(r, c) {
        const options = r.resolve(c.first.args[1], c.scope);
        const name = (0,nodes/* stringValue */.r$)(options) ?? (0,nodes/* stringValue */.r$)((0,nodes/* entriesOf */.Mc)(options).get("constraintName"));
        r.push(c.span, {
            kind: "add-constraint",
            table: c.t.table,
            constraint: "primary-key",
            ...(name !== undefined ? { name } : {}),
            validated: true,
        });
    },
    check: constraint("check", 2),
    dropIndex(r, c) {
        const columns = (0,nodes/* stringList */.Yn)(r.resolve(c.first.args[0], c.scope));
        const name = r.name(c.first.args[1], c.scope);
        r.push(c.span, {
            kind: "drop-index",
            table: c.t.table,
            ...(name !== undefined ? { name } : {}),
            ...(columns ? { columns } : {}),
        });
    },
    dropUnique: dropConstraint(1),
    dropForeign: dropConstraint(1),
    dropPrimary: dropConstraint(0),
    dropChecks: dropConstraint(1),
    setNullable: nullable("drop-not-null"),
    dropNullable: nullable("set-not-null"),
    dropDefault: harmless,
    engine: harmless,
    charset: harmless,
    collate: harmless,
    inherits: harmless,
    comment: harmless,
    queryContext: harmless,
};

// EXTERNAL MODULE: ./src/core/frameworks/js/migration.ts + 1 modules
var migration = __webpack_require__(3254);
// EXTERNAL MODULE: ./src/core/frameworks/js/module.ts
var js_module = __webpack_require__(3853);
// EXTERNAL MODULE: ./src/core/frameworks/js/walker.ts
var walker = __webpack_require__(1839);
;// CONCATENATED MODULE: ./src/core/frameworks/js/knex-reader.ts











const bindKnex = (param, i) => i === 0 && param.name !== undefined ? [[param.name, { kind: "knex" }]] : [];
class KnexReader extends walker/* MigrationWalker */.jh {
    database;
    known = new column_toolkit/* KnownTypes */.d6();
    constructor(module, emit, database) {
        super(module, emit);
        this.database = database;
    }
    run(up, down) {
        this.readDownThenUp(up, down, ".alter(", bindKnex);
    }
    binding(value, scope) {
        // `const trx = await knex.transaction()`
        const chain = (0,nodes/* chainOf */.dR)(value);
        if (chain.links.length === 1 &&
            chain.links[0].name === "transaction" &&
            this.isHandle(chain.root, scope, "knex"))
            return { kind: "knex" };
        return undefined;
    }
    call(call, scope) {
        const { root, links } = (0,nodes/* chainOf */.dR)(call);
        if (links.length === 0) {
            // `knex('users')` on its own reads nothing.
            return false;
        }
        if (root.type === "call_expression") {
            const fn = root.childForFieldName("function");
            if (!fn || !this.isHandle((0,nodes/* unwrap */.oA)(fn), scope, "knex"))
                return false;
            const args = root.childForFieldName("arguments")?.namedChildren.filter((c) => c !== null);
            readQuery(this, root, this.name(args?.[0], scope), links, scope);
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
                this.schema(rest, scope);
                return true;
            case "raw":
                if (first.call)
                    readRaw(this, first, scope);
                this.promise(rest, scope);
                return true;
            case "transaction":
                this.callback(first.args[0], scope, bindKnex);
                this.promise(rest, scope);
                return true;
            default:
                if (QUERY_TABLE.has(first.name) || first.name === "queryBuilder" || first.name === "select") {
                    readQuery(this, root, undefined, links, scope);
                    return true;
                }
                // knex.fn.now(), knex.destroy(), knex.ref(): nothing to read.
                this.promise(links, scope);
                return true;
        }
    }
    /** `.then(cb)` and friends after a builder: the callbacks run. */
    promise(links, scope) {
        for (const link of links)
            for (const a of link.args)
                this.visit(a, scope);
    }
    /** `knex.schema.withSchema(...).createTable(...)...`: each call by SCHEMA_CALLS. */
    schema(links, scope) {
        const chain = {};
        for (const link of links) {
            const call = link.call;
            if (!call)
                continue;
            const span = (0,nodes/* spanBetween */.Jr)(link.nameNode, call);
            const handler = (0,toolkit/* handlerFor */.ci)(SCHEMA_CALLS, link.name);
            if (handler)
                handler(this, { link, call, span, scope, chain });
            else
                this.unknown(call, `knex.schema.${link.name} is not a schema method the reader knows`, span);
        }
    }
    /** `t.string(...)...`, `t.dropColumn(...)` on a table builder: COLUMN_TYPES, then TABLE_CALLS. */
    tableCall(root, t, links, scope) {
        const first = links[0];
        const call = first.call;
        if (!call)
            return;
        const last = links[links.length - 1];
        const node = last.call ?? call;
        const span = { line: root.startPosition.row + 1, endLine: (0,nodes/* spanOf */.ee)(node).endLine };
        const column = (0,toolkit/* handlerFor */.ci)(COLUMN_TYPES, first.name);
        if (column)
            return readColumn(this, span, t, first, links.slice(1), column(first.args.slice(1)), scope);
        const handler = (0,toolkit/* handlerFor */.ci)(TABLE_CALLS, first.name);
        if (handler)
            return handler(this, { t, first, node, span, scope });
        this.unknown(node, `table.${first.name}() is not a table builder method the reader knows`, span);
    }
}
function readKnexMigration(input, parsers) {
    return (0,migration/* readJsMigration */.Y)("knex", input, parsers, "No exported `up` function was found in this Knex migration", ({ module, up, emit }) => {
        new KnexReader(module, emit, input.database).run(up, (0,js_module/* exportedFunction */.gA)(module, "down"));
    });
}


/***/ })

};
