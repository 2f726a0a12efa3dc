export const id = 87;
export const ids = [87];
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

/***/ 8087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readDbMigrateMigration: () => (/* binding */ readDbMigrateMigration)
/* harmony export */ });
/* harmony import */ var _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8849);
/* harmony import */ var _shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2258);
/* harmony import */ var _column_toolkit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8428);
/* harmony import */ var _column_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5255);
/* harmony import */ var _migration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3254);
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3853);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4672);
/* harmony import */ var _walker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1839);
/* harmony import */ var _extend_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1131);









/** db-migrate's abstract types (`type.STRING`, `'int'`) → the shared model; anything else is read as SQL. */
const ABSTRACT = {
    string: "string",
    char: "string",
    text: "text",
    int: "integer",
    integer: "integer",
    smallint: "smallint",
    bigint: "bigint",
    real: "float",
    decimal: "decimal",
    boolean: "boolean",
    date: "date",
    datetime: "datetime",
    timestamp: "datetime",
    time: "time",
    blob: "other",
    binary: "other",
    json: "other",
};
/** `path.join(__dirname, 'sqls', '20240101000000-x-up.sql')`, the `--sql-file` template's read. */
const SQL_FILE = /["']sqls["']\s*,\s*["'][^"'/]+-up\.sql["']/;
/** Driver calls that change nothing a rule looks at, or only read. */
const HARMLESS = new Set([
    "all",
    "insert",
    "connect",
    "close",
    "createDatabase",
    "switchDatabase",
    "addMigrationState",
]);
/**
 * What each driver method does. A handler pushes operations; a name the table lacks is an `unknown`.
 * Callbacks and `bind` are the caller's business: handlers see the method's own arguments.
 */
const DB_CALLS = {
    runSql({ reader, call, args, scope }) {
        // `runSql(sql, params, cb)`: `?` placeholders are values, not identifiers, so the SQL still reads.
        const value = reader.resolve(args[0], scope);
        // `db-migrate create --sql-file` writes an up that reads `sqls/<name>-up.sql` and runs its text: that file
        // is a migration of its own (the plain SQL reader takes it), so the text read here is not unknown.
        if (value?.type !== "string" && value?.type !== "template_string" && reader.readsSqlFile)
            return;
        const params = reader.resolve(args[1], scope);
        const bound = params !== undefined && params.type === "array";
        reader.sql(args[0], call, scope, "db.runSql()", bound ? _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_5__/* .numberPlaceholders */ .wO : undefined);
    },
    createTable({ reader, args, span, scope, call }) {
        const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(reader.resolve(args[1], scope))?.entries;
        // `createTable(name, { columns: {...}, ifNotExists: true })` or `createTable(name, columns)`.
        const columnsNode = options?.has("columns") ? options.get("columns") : args[1];
        const columns = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(reader.resolve(columnsNode, scope))?.entries;
        const table = reader.name(args[0], scope);
        if (table === undefined)
            return reader.missing(call, "createTable", "table name", span);
        for (const [column, spec] of columns ?? []) {
            const type = reader.columnType(spec, scope);
            if (type)
                reader.known.set(table, column, type.type);
        }
        reader.push(span, {
            kind: "create-table",
            table,
            columns: [...(columns?.keys() ?? [])],
            ...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options?.get("ifNotExists")) === true ? { ifNotExists: true } : {}),
        });
    },
    dropTable({ reader, args, span, scope, call }) {
        const table = reader.name(args[0], scope);
        if (table === undefined)
            return reader.missing(call, "dropTable", "table name", span);
        const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(reader.resolve(args[1], scope));
        reader.push(span, {
            kind: "drop-table",
            table,
            ...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("ifExists")) === true ? { ifExists: true } : {}),
        });
    },
    renameTable({ reader, args, span, scope, call }) {
        const [from, to] = [reader.name(args[0], scope), reader.name(args[1], scope)];
        if (from === undefined || to === undefined)
            return reader.missing(call, "renameTable", "table names", span);
        reader.push(span, { kind: "rename-table", table: from, newName: to });
    },
    addColumn({ reader, args, span, scope, call }) {
        const [table, column] = [reader.name(args[0], scope), reader.name(args[1], scope)];
        if (table === undefined || column === undefined)
            return reader.missing(call, "addColumn", "table or column name", span);
        reader.addColumn(span, table, column, args[2], scope);
    },
    removeColumn({ reader, args, span, scope, call }) {
        const [table, column] = [reader.name(args[0], scope), reader.name(args[1], scope)];
        if (table === undefined || column === undefined)
            return reader.missing(call, "removeColumn", "table or column name", span);
        reader.push(span, { kind: "drop-column", table, column });
    },
    renameColumn({ reader, args, span, scope, call }) {
        const [table, from, to] = [0, 1, 2].map((i) => reader.name(args[i], scope));
        if (table === undefined || from === undefined || to === undefined)
            return reader.missing(call, "renameColumn", "table or column names", span);
        reader.push(span, { kind: "rename-column", table, column: from, newName: to });
    },
    changeColumn({ reader, args, span, scope, call }) {
        const [table, column] = [reader.name(args[0], scope), reader.name(args[1], scope)];
        if (table === undefined || column === undefined)
            return reader.missing(call, "changeColumn", "table or column name", span);
        reader.changeColumn(span, table, column, args[2], scope);
    },
    addIndex({ reader, args, span, scope, call }) {
        // addIndex(table, indexName, columns, unique)
        const table = reader.name(args[0], scope);
        const name = reader.name(args[1], scope);
        const value = reader.resolve(args[2], scope);
        const single = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(value);
        const columns = single !== undefined ? [single] : (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .elements */ .Yt)(value)?.map((c) => (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(reader.resolve(c, scope)));
        if (table === undefined || !columns || columns.some((c) => c === undefined))
            return reader.missing(call, "addIndex", "table or columns", span);
        reader.push(span, {
            kind: "add-index",
            table,
            columns: columns,
            ...(name !== undefined ? { name } : {}),
            ...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(reader.resolve(args[3], scope)) === true ? { unique: true } : {}),
        });
    },
    removeIndex({ reader, args, span, scope }) {
        // removeIndex(indexName) or removeIndex(table, indexName); the last string is the index.
        const names = args.map((a) => reader.name(a, scope)).filter((n) => n !== undefined);
        const [table, name] = names.length >= 2 ? [names[0], names[1]] : [undefined, names[0]];
        reader.push(span, {
            kind: "drop-index",
            ...(table !== undefined ? { table } : {}),
            ...(name !== undefined ? { name } : {}),
        });
    },
    addForeignKey({ reader, args, span, scope, call }) {
        // addForeignKey(table, referencedTable, keyName, mapping, rules)
        const table = reader.name(args[0], scope);
        if (table === undefined)
            return reader.missing(call, "addForeignKey", "table name", span);
        const name = reader.name(args[2], scope);
        reader.push(span, {
            kind: "add-constraint",
            table,
            constraint: "foreign-key",
            ...(name !== undefined ? { name } : {}),
            validated: true,
        });
    },
    removeForeignKey({ reader, args, span, scope, call }) {
        const table = reader.name(args[0], scope);
        if (table === undefined)
            return reader.missing(call, "removeForeignKey", "table name", span);
        const name = reader.name(args[1], scope);
        reader.push(span, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
    },
};
class DbMigrateReader extends _walker_js__WEBPACK_IMPORTED_MODULE_4__/* .MigrationWalker */ .jh {
    known = new _column_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .KnownTypes */ .d6();
    /** The up reads a literal `sqls/...-up.sql` file, as the `--sql-file` template does. */
    readsSqlFile = false;
    run(up, down) {
        const bind = (param, i) => i === 0 && param.name !== undefined ? [[param.name, { kind: "db" }]] : [];
        this.readsSqlFile = SQL_FILE.test(up.text);
        this.readDownThenUp(up, down, "changeColumn", bind);
    }
    missing(call, method, what, span) {
        this.notLiteral(call, `db.${method}`, what, span);
    }
    call(call, scope) {
        const { root, links } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .chainOf */ .dR)(call);
        if (!this.isHandle(root, scope, "db") || links.length === 0)
            return false;
        const first = links[0];
        // `db.dropTable.bind(db, 'users')`: the call happens later, with these arguments.
        const bound = links[1]?.name === "bind" && links[1].call ? links[1] : undefined;
        const invoked = bound ?? first;
        if (!invoked.call)
            return false;
        const args = bound ? bound.args.slice(1) : first.args;
        const span = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .spanBetween */ .Jr)(first.nameNode, invoked.call);
        const handler = (0,_shared_toolkit_js__WEBPACK_IMPORTED_MODULE_5__/* .handlerFor */ .ci)(DB_CALLS, first.name);
        if (handler)
            handler({ reader: this, method: first.name, call: invoked.call, args, span, scope });
        else if (!HARMLESS.has(first.name) && !this.learning)
            this.emit.unknown(invoked.call, `db.${first.name} is not a db-migrate driver method the reader knows`, span);
        // Callbacks passed along (`db.x(..., () => db.y(...))`, `.then(() => db.y(...))`) run too.
        for (const link of links)
            for (const arg of link.args)
                this.visit(arg, scope);
        return true;
    }
    /** A column spec is a type (`'string'`, `type.STRING`) or `{ type, length, notNull, defaultValue, ... }`. */
    columnType(spec, scope) {
        const value = this.resolve(spec, scope);
        const entries = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(value);
        const typeNode = this.resolve(entries.get("type"), scope) ?? value;
        const text = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(typeNode) ?? dataTypeConstant(typeNode);
        if (text === undefined)
            return undefined;
        const abstract = ABSTRACT[text.toLowerCase()];
        if (!abstract)
            return (0,_column_types_js__WEBPACK_IMPORTED_MODULE_6__/* .sqlType */ .fi)(text);
        const length = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .numberValue */ .Vg)(entries.get("length"));
        const precision = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .numberValue */ .Vg)(entries.get("precision"));
        const scale = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .numberValue */ .Vg)(entries.get("scale"));
        const shown = length !== undefined ? `${text}(${length})` : text;
        return (0,_column_types_js__WEBPACK_IMPORTED_MODULE_6__/* .abstractType */ .rO)(abstract, shown, (0,_extend_js__WEBPACK_IMPORTED_MODULE_7__/* .extend */ .X)(length !== undefined && abstract === "string" ? { limit: length } : {}, precision !== undefined ? { precision } : {}, scale !== undefined ? { scale } : {}));
    }
    addColumn(span, table, column, spec, scope) {
        const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(this.resolve(spec, scope));
        const type = this.columnType(spec, scope);
        if (type)
            this.known.set(table, column, type.type);
        const notNull = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("notNull")) === true || (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("primaryKey")) === true;
        const value = this.defaultOf(options.get("defaultValue"), scope);
        const ops = (0,_column_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .addedColumn */ .JR)(table, column, {
            type,
            notNull,
            default: value,
            unique: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("unique")) === true,
            references: options.has("foreignKey"),
        });
        for (const op of ops)
            this.push(span, op);
    }
    changeColumn(span, table, column, spec, scope) {
        const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(this.resolve(spec, scope));
        const type = this.columnType(spec, scope);
        const change = type && this.known.restate(table, column, type);
        if (change)
            this.push(span, change);
        const notNull = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("notNull"));
        if (notNull === true)
            this.push(span, { kind: "set-not-null", table, column });
        if (notNull === false)
            this.push(span, { kind: "drop-not-null", table, column });
        if (options.has("defaultValue")) {
            const value = this.defaultOf(options.get("defaultValue"), scope);
            this.push(span, { kind: "change-default", table, column, ...(value ? { default: value } : {}) });
        }
    }
    defaultOf(node, scope) {
        return (0,_column_toolkit_js__WEBPACK_IMPORTED_MODULE_0__/* .columnDefault */ .s1)(this.resolve(node, scope), (value) => {
            // `{ defaultValue: new String('now()') }` is db-migrate's way to write raw SQL.
            const raw = /^new\s+String\s*\(/.test(value.text)
                ? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(this.resolve(argOf(value), scope))
                : undefined;
            return raw === undefined ? undefined : { volatile: (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_8__/* .isVolatileSql */ .Z)(raw), text: raw };
        });
    }
}
/** `type.STRING`, `dbm.dataType.BIGINT` → "string", "bigint". */
function dataTypeConstant(node) {
    if (node?.type !== "member_expression")
        return undefined;
    const property = node.childForFieldName("property")?.text;
    return property && /^[A-Z_]+$/.test(property) ? property.toLowerCase() : undefined;
}
/** The first argument of `new String(x)`. */
function argOf(node) {
    const args = node.childForFieldName("arguments");
    return args?.namedChildren.find((c) => c !== null && c.type !== "comment") ?? undefined;
}
function readDbMigrateMigration(input, parsers) {
    return (0,_migration_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsMigration */ .Y)("db-migrate", input, parsers, "No exported `up` function was found in this db-migrate migration", ({ module, up, emit }) => {
        new DbMigrateReader(module, emit).run(up, (0,_module_js__WEBPACK_IMPORTED_MODULE_2__/* .exportedFunction */ .gA)(module, "down"));
    });
}


/***/ })

};
