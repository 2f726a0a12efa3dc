export const id = 999;
export const ids = [999];
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

/***/ 8999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readSequelizeMigration: () => (/* binding */ readSequelizeMigration)
});

// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __webpack_require__(8849);
// EXTERNAL MODULE: ./src/core/frameworks/js/column-toolkit.ts
var column_toolkit = __webpack_require__(8428);
// EXTERNAL MODULE: ./src/core/frameworks/js/migration.ts + 1 modules
var migration = __webpack_require__(3254);
// EXTERNAL MODULE: ./src/core/frameworks/js/module.ts
var js_module = __webpack_require__(3853);
// EXTERNAL MODULE: ./src/core/frameworks/js/nodes.ts
var nodes = __webpack_require__(4672);
// EXTERNAL MODULE: ./src/core/frameworks/shared/volatile-defaults.ts
var volatile_defaults = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/frameworks/js/column-types.ts
var column_types = __webpack_require__(5255);
;// CONCATENATED MODULE: ./src/core/frameworks/js/sequelize/reader-context.ts
/** `queryInterface.<name> whose <what> is not a string literal cannot be followed`. */
const missing = (r, c, what) => r.notLiteral(c.call, `queryInterface.${c.link.name}`, what, c.span);
/** The argument at `i` as a table name. */
const tableArg = (r, c, i) => r.table(c.args[i], c.scope);
/** A method that changes nothing a rule looks at: its arguments (callbacks) are still read. */
const visitArgs = (r, c) => {
    for (const a of c.args)
        r.visit(a, c.scope);
};

// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/frameworks/js/sequelize/columns.ts






const TYPES = {
    STRING: { abstract: "string", sql: "varchar", limit: 255 },
    CHAR: { abstract: "string", sql: "char", limit: 255 },
    TEXT: { abstract: "text", sql: "text" },
    CITEXT: { abstract: "text", sql: "citext" },
    TINYINT: { abstract: "smallint", sql: "smallint" },
    SMALLINT: { abstract: "smallint", sql: "smallint" },
    MEDIUMINT: { abstract: "integer", sql: "integer" },
    INTEGER: { abstract: "integer", sql: "integer" },
    BIGINT: { abstract: "bigint", sql: "bigint" },
    FLOAT: { abstract: "float", sql: "float" },
    REAL: { abstract: "float", sql: "real" },
    DOUBLE: { abstract: "float", sql: "double precision" },
    DECIMAL: { abstract: "decimal", sql: "decimal" },
    NUMERIC: { abstract: "decimal", sql: "numeric" },
    BOOLEAN: { abstract: "boolean", sql: "boolean" },
    DATE: { abstract: "datetime", sql: "timestamp with time zone" },
    DATEONLY: { abstract: "date", sql: "date" },
    TIME: { abstract: "time", sql: "time" },
    UUID: { abstract: "uuid", sql: "uuid" },
    JSON: { abstract: "json", sql: "json" },
    JSONB: { abstract: "jsonb", sql: "jsonb" },
    ENUM: { abstract: "enum", sql: "enum" },
    ARRAY: { abstract: "array", sql: "array" },
    BLOB: { abstract: "binary", sql: "bytea" },
    INET: { abstract: "inet", sql: "inet" },
};
/** `Sequelize.STRING(100)`, `DataTypes.DECIMAL(10, 2)`, `Sequelize.INTEGER.UNSIGNED`, `'VARCHAR(20)'`. */
function typeOf(node) {
    if (!node)
        return undefined;
    const text = (0,nodes/* stringValue */.r$)(node);
    if (text !== undefined)
        return (0,column_types/* sqlType */.fi)(text);
    const { links } = (0,nodes/* chainOf */.dR)(node);
    const at = links.findIndex((l) => TYPES[l.name] !== undefined);
    if (at < 0)
        return undefined;
    const link = links[at];
    const known = TYPES[link.name];
    const first = (0,nodes/* numberValue */.Vg)(link.args[0]) ?? (0,nodes/* numberValue */.Vg)((0,nodes/* entriesOf */.Mc)(link.args[0]).get("length"));
    const second = (0,nodes/* numberValue */.Vg)(link.args[1]);
    if (known.abstract === "decimal") {
        const text = first !== undefined ? `${known.sql}(${first}${second !== undefined ? `,${second}` : ""})` : known.sql;
        return (0,column_types/* abstractType */.rO)("decimal", text, (0,extend/* extend */.X)(first !== undefined ? { precision: first } : {}, second !== undefined ? { scale: second } : {}));
    }
    if (known.limit !== undefined) {
        const limit = first ?? known.limit;
        return (0,column_types/* abstractType */.rO)(known.abstract, `${known.sql}(${limit})`, { limit });
    }
    return (0,column_types/* abstractType */.rO)(known.abstract, known.sql);
}
/** An attribute definition is `{ type: ..., allowNull: ... }` or just the type. */
function attrType(r, attr, scope) {
    const value = r.resolve(attr, scope);
    const entries = (0,nodes/* objectEntries */.WP)(value);
    return entries ? entries.entries.get("type") : value;
}
/** `defaultValue`: a literal, `Sequelize.NOW`, `Sequelize.fn('x')`, `Sequelize.literal('...')`, or an expression. */
function defaultOf(r, node, scope) {
    return (0,column_toolkit/* columnDefault */.s1)(r.resolve(node, scope), (value) => {
        const { links } = (0,nodes/* chainOf */.dR)(value);
        const last = links[links.length - 1];
        // Sequelize fills these in JavaScript on create(); the column itself gets no default.
        if (last?.name === "UUIDV4" || last?.name === "UUIDV1")
            return null;
        if (last?.name === "NOW")
            return { volatile: false, text: "now()" };
        if (last?.name === "fn") {
            const fn = (0,nodes/* stringValue */.r$)(last.args[0]) ?? "";
            return { volatile: (0,volatile_defaults/* isVolatileSql */.Z)(`${fn}()`), text: `${fn}()` };
        }
        if (last?.name === "literal") {
            const sql = (0,nodes/* stringValue */.r$)(last.args[0]);
            return { volatile: sql !== undefined && (0,volatile_defaults/* isVolatileSql */.Z)(sql), text: sql ?? value.text };
        }
        return undefined;
    });
}
const addColumn = (r, c) => {
    const { args, call, span, scope } = c;
    const t = tableArg(r, c, 0);
    const column = r.name(args[1], scope);
    if (t === undefined || column === undefined)
        return missing(r, c, "table or column name");
    const value = r.resolve(args[2], scope);
    const attrs = (0,nodes/* objectEntries */.WP)(value)?.entries ?? new Map();
    const type = typeOf(attrType(r, args[2] ?? call, scope));
    if (type)
        r.known.set(t, column, type.type);
    const primary = (0,nodes/* booleanValue */.eC)(attrs.get("primaryKey")) === true;
    const serial = (0,nodes/* booleanValue */.eC)(attrs.get("autoIncrement")) === true;
    const notNull = (0,nodes/* booleanValue */.eC)(attrs.get("allowNull")) === false || primary || serial;
    const def = serial ? column_toolkit/* SERIAL_DEFAULT */.RB : defaultOf(r, attrs.get("defaultValue"), scope);
    const unique = (0,nodes/* booleanValue */.eC)(attrs.get("unique")) === true || (0,nodes/* stringValue */.r$)(attrs.get("unique")) !== undefined;
    const ops = (0,column_toolkit/* addedColumn */.JR)(t, column, {
        type,
        notNull,
        default: def,
        primary,
        unique,
        references: attrs.has("references"),
    });
    for (const op of ops)
        r.push(span, op);
};
/** `changeColumn(table, column, attributes)`: Sequelize restates the whole column. */
const changeColumn = (r, c) => {
    const { args, call, span, scope } = c;
    const t = tableArg(r, c, 0);
    const column = r.name(args[1], scope);
    const type = typeOf(attrType(r, args[2] ?? call, scope));
    if (t === undefined || column === undefined)
        return missing(r, c, "table or column name");
    const attrs = (0,nodes/* objectEntries */.WP)(r.resolve(args[2], scope))?.entries ?? new Map();
    if (!type) {
        r.unknown(call, "queryInterface.changeColumn whose type the reader does not know", span);
    }
    else {
        const change = r.known.restate(t, column, type);
        if (change)
            r.push(span, change);
    }
    // Sequelize restates the whole column: without `allowNull: false` it drops NOT NULL.
    const notNull = (0,nodes/* booleanValue */.eC)(attrs.get("allowNull")) === false;
    r.push(span, { kind: notNull ? "set-not-null" : "drop-not-null", table: t, column });
    if (attrs.has("defaultValue")) {
        const def = defaultOf(r, attrs.get("defaultValue"), scope);
        r.push(span, { kind: "change-default", table: t, column, ...(def ? { default: def } : {}) });
    }
};
/** What each `queryInterface` column method does. */
const COLUMN_CALLS = {
    addColumn,
    removeColumn(r, c) {
        const [t, column] = [tableArg(r, c, 0), r.name(c.args[1], c.scope)];
        if (t === undefined || column === undefined)
            return missing(r, c, "table or column name");
        r.push(c.span, { kind: "drop-column", table: t, column });
    },
    renameColumn(r, c) {
        const [t, from, to] = [tableArg(r, c, 0), r.name(c.args[1], c.scope), r.name(c.args[2], c.scope)];
        if (t === undefined || from === undefined || to === undefined)
            return missing(r, c, "table or column names");
        r.push(c.span, { kind: "rename-column", table: t, column: from, newName: to });
    },
    changeColumn,
};

;// CONCATENATED MODULE: ./src/core/frameworks/js/sequelize/data-calls.ts
// `queryInterface` row calls: bulkDelete and bulkUpdate (filtered by a non-empty `where`; `{ col: null }` makes a
// NULL-only backfill), one entry of DATA_CALLS per method. Inserts and reads change nothing a rule looks at.


/** A where argument restricts rows unless it is missing, null or `{}`. */
function filtered(r, node, scope) {
    if (!node)
        return false;
    const value = r.resolve(node, scope);
    if (!value || (0,nodes/* isNullish */.uy)(value))
        return false;
    const entries = (0,nodes/* objectEntries */.WP)(value);
    if (entries)
        return entries.partial || entries.entries.size > 0;
    return true;
}
/** `{ col: null }` or `{ col: { [Op.is]: null } }`: columns the filter restricts to NULL. */
function nullColumns(where) {
    const out = new Set();
    for (const [column, value] of (0,nodes/* entriesOf */.Mc)(where)) {
        if ((0,nodes/* unwrap */.oA)(value).type === "null")
            out.add(column);
        const inner = (0,nodes/* objectEntries */.WP)(value);
        if (!inner)
            continue;
        for (const [, v] of inner.entries)
            if ((0,nodes/* unwrap */.oA)(v).type === "null")
                out.add(column);
        // `[Op.is]: null` has a computed key, which objectEntries leaves out.
        if (/\[\s*(?:Op|Sequelize\.Op)\.is\s*\]\s*:\s*null/.test(value.text))
            out.add(column);
    }
    return out;
}
/** What each `queryInterface` row method does. */
const DATA_CALLS = {
    bulkInsert: visitArgs,
    upsert: visitArgs,
    insert: visitArgs,
    select: visitArgs,
    rawSelect: visitArgs,
    bulkDelete(r, c) {
        const t = tableArg(r, c, 0);
        if (t === undefined)
            return missing(r, c, "table name");
        r.push(c.span, {
            kind: "delete-rows",
            table: t,
            filtered: filtered(r, c.args[1], c.scope),
            via: "bulkDelete()",
        });
    },
    bulkUpdate(r, c) {
        const t = tableArg(r, c, 0);
        if (t === undefined)
            return missing(r, c, "table name");
        const values = (0,nodes/* objectEntries */.WP)(r.resolve(c.args[1], c.scope));
        const columns = values && !values.partial ? [...values.entries.keys()] : [];
        const nulls = nullColumns(r.resolve(c.args[2], c.scope));
        r.push(c.span, {
            kind: "update-rows",
            table: t,
            columns,
            filtered: filtered(r, c.args[2], c.scope),
            onlyNulls: columns.length > 0 && columns.every((column) => nulls.has(column)),
            via: "bulkUpdate()",
        });
    },
};

;// CONCATENATED MODULE: ./src/core/frameworks/js/sequelize/raw-sql.ts
/** `sequelize.query(sql)`, `sequelize.transaction(async (t) => ...)`, `sequelize.models.X...`. */
function readSequelizeCall(r, links, scope) {
    const [first] = links;
    if (!first?.call)
        return;
    if (first.name === "query") {
        r.sql(first.args[0], first.call, scope, "sequelize.query()");
        for (const link of links.slice(1))
            for (const a of link.args)
                r.visit(a, scope);
        return;
    }
    if (first.name === "models" || links.some((l) => l.name === "model")) {
        r.unknown(first.call, "a model call changes rows of a table the migration file does not name");
        return;
    }
    for (const link of links)
        for (const a of link.args)
            r.visit(a, scope);
}

;// CONCATENATED MODULE: ./src/core/frameworks/js/sequelize/schema-calls.ts
// `queryInterface` calls on tables, indexes and constraints, one entry of SCHEMA_CALLS per method (columns are in
// columns.ts, row writes in data-calls.ts).



/** `'a'`, `['a', 'b']`, `[{ name: 'a' }]` or `[{ attribute: 'a' }]`: an index's fields. */
const fields = (node) => (0,nodes/* stringList */.Yn)(node, ["name", "attribute"]);
/** Schema methods that change nothing a rule looks at: their arguments are still read. */
const HARMLESS = [
    "describeTable",
    "showAllTables",
    "showAllSchemas",
    "showIndex",
    "tableExists",
    "getForeignKeysForTables",
    "getForeignKeyReferencesForTable",
    "createSchema",
    "createFunction",
    "dropFunction",
    "renameFunction",
    "createTrigger",
    "dropTrigger",
    "renameTrigger",
    "dropEnum",
    "quoteIdentifier",
    "quoteTable",
];
const addIndex = (r, c) => {
    const { args, span, scope } = c;
    const t = tableArg(r, c, 0);
    if (t === undefined)
        return missing(r, c, "table name");
    // addIndex(table, fields, options) or addIndex(table, { fields, ...options })
    const second = r.resolve(args[1], scope);
    const inline = (0,nodes/* objectEntries */.WP)(second);
    const options = inline ? inline.entries : (0,nodes/* entriesOf */.Mc)(r.resolve(args[2], scope));
    const columns = fields(inline ? r.resolve(options.get("fields"), scope) : second) ?? [];
    const name = (0,nodes/* stringValue */.r$)(options.get("name"));
    const unique = (0,nodes/* booleanValue */.eC)(options.get("unique")) === true || (0,nodes/* stringValue */.r$)(options.get("type")) === "UNIQUE";
    r.push(span, {
        kind: "add-index",
        table: t,
        columns,
        ...(name !== undefined ? { name } : {}),
        ...(unique ? { unique } : {}),
        concurrently: (0,nodes/* booleanValue */.eC)(options.get("concurrently")) === true,
    });
};
const CONSTRAINTS = {
    unique: "unique",
    check: "check",
    "foreign key": "foreign-key",
    "primary key": "primary-key",
};
const addConstraint = (r, c) => {
    const { args, call, span, scope } = c;
    const t = tableArg(r, c, 0);
    if (t === undefined)
        return missing(r, c, "table name");
    // v5+: addConstraint(table, { type, fields, name }); v4: addConstraint(table, fields, { type, name }).
    const second = r.resolve(args[1], scope);
    const options = (0,nodes/* objectEntries */.WP)(second)?.entries ?? (0,nodes/* entriesOf */.Mc)(r.resolve(args[2], scope));
    const type = ((0,nodes/* stringValue */.r$)(options.get("type")) ?? "").toLowerCase().replace(/\s+/g, " ");
    const name = (0,nodes/* stringValue */.r$)(options.get("name"));
    if (type === "default") {
        const column = fields(r.resolve(options.get("fields"), scope))?.[0];
        if (column !== undefined) {
            const def = defaultOf(r, options.get("defaultValue"), scope);
            r.push(span, { kind: "change-default", table: t, column, ...(def ? { default: def } : {}) });
        }
        return;
    }
    const constraint = Object.hasOwn(CONSTRAINTS, type) ? CONSTRAINTS[type] : undefined;
    if (!constraint)
        return r.unknown(call, "queryInterface.addConstraint whose type is not a string literal the reader knows", span);
    r.push(span, {
        kind: "add-constraint",
        table: t,
        constraint,
        ...(name !== undefined ? { name } : {}),
        validated: true,
    });
};
const dropsUnlisted = (r, c) => r.unknown(c.call, `queryInterface.${c.link.name} drops tables the migration does not list`, c.span);
/** What each `queryInterface` schema method does. */
// eslint-disable-next-line no-restricted-syntax -- one table, built once when the module loads (extend() would lose the handlers' parameter types)
const SCHEMA_CALLS = {
    ...Object.fromEntries(HARMLESS.map((name) => [name, visitArgs])),
    createTable(r, c) {
        const t = tableArg(r, c, 0);
        if (t === undefined)
            return missing(r, c, "table name");
        const attrs = (0,nodes/* objectEntries */.WP)(r.resolve(c.args[1], c.scope));
        const columns = [...(attrs?.entries.keys() ?? [])];
        for (const [column, attr] of attrs?.entries ?? []) {
            const type = typeOf(attrType(r, attr, c.scope));
            if (type)
                r.known.set(t, column, type.type);
        }
        r.push(c.span, { kind: "create-table", table: t, columns });
    },
    dropTable(r, c) {
        const t = tableArg(r, c, 0);
        if (t === undefined)
            return missing(r, c, "table name");
        const cascade = (0,nodes/* booleanValue */.eC)((0,nodes/* entriesOf */.Mc)(r.resolve(c.args[1], c.scope)).get("cascade")) === true;
        r.push(c.span, { kind: "drop-table", table: t, ...(cascade ? { cascade } : {}) });
    },
    renameTable(r, c) {
        const [from, to] = [tableArg(r, c, 0), tableArg(r, c, 1)];
        if (from === undefined || to === undefined)
            return missing(r, c, "table names");
        r.push(c.span, { kind: "rename-table", table: from, newName: to });
    },
    addIndex,
    removeIndex(r, c) {
        const t = tableArg(r, c, 0);
        if (t === undefined)
            return missing(r, c, "table name");
        const target = r.resolve(c.args[1], c.scope);
        const name = (0,nodes/* stringValue */.r$)(target);
        const columns = name === undefined ? fields(target) : undefined;
        const concurrently = (0,nodes/* booleanValue */.eC)((0,nodes/* entriesOf */.Mc)(r.resolve(c.args[2], c.scope)).get("concurrently")) === true;
        r.push(c.span, {
            kind: "drop-index",
            table: t,
            ...(name !== undefined ? { name } : {}),
            ...(columns ? { columns } : {}),
            concurrently,
        });
    },
    addConstraint,
    removeConstraint(r, c) {
        const t = tableArg(r, c, 0);
        if (t === undefined)
            return missing(r, c, "table name");
        const name = r.name(c.args[1], c.scope);
        r.push(c.span, { kind: "drop-constraint", table: t, ...(name !== undefined ? { name } : {}) });
    },
    dropAllTables: dropsUnlisted,
    dropSchema: dropsUnlisted,
    dropAllSchemas: dropsUnlisted,
};

// EXTERNAL MODULE: ./src/core/frameworks/js/walker.ts
var walker = __webpack_require__(1839);
;// CONCATENATED MODULE: ./src/core/frameworks/js/sequelize-reader.ts










/** Every `queryInterface` method the reader knows, by name; any other is an `unknown`. */
// eslint-disable-next-line no-restricted-syntax -- one table, built once when the module loads
const QUERY_INTERFACE_CALLS = {
    ...SCHEMA_CALLS,
    ...COLUMN_CALLS,
    ...DATA_CALLS,
};
class SequelizeReader extends walker/* MigrationWalker */.jh {
    known = new column_toolkit/* KnownTypes */.d6();
    run(up, down) {
        const bind = (param, i) => {
            if (i === 0 && param.name !== undefined)
                return [[param.name, { kind: "queryInterface" }]];
            if (i === 1 && param.name !== undefined)
                return [[param.name, { kind: "types" }]];
            // umzug: `async up({ context: queryInterface })`
            const out = [];
            for (const [property, name] of param.properties ?? []) {
                if (property === "context" || property === "queryInterface")
                    out.push([name, { kind: "queryInterface" }]);
                if (property === "Sequelize" || property === "DataTypes")
                    out.push([name, { kind: "types" }]);
            }
            return out;
        };
        this.readDownThenUp(up, down, "changeColumn", bind);
    }
    binding(value, scope) {
        // `const { sequelize } = queryInterface` is rare; `const qi = queryInterface` is an alias the walker keeps.
        const { root, links } = (0,nodes/* chainOf */.dR)(value);
        if (root.type === "identifier" &&
            links.length === 1 &&
            links[0].name === "sequelize" &&
            !links[0].call) {
            if (this.isHandle(root, scope, "queryInterface"))
                return { kind: "sequelize" };
        }
        return undefined;
    }
    table(node, scope) {
        return this.namedTable(node, scope, "tableName");
    }
    escaped(call, argument, scope) {
        // Handing the Sequelize class to a helper builds attribute objects; it runs nothing.
        if (scope.bindings.get(argument)?.kind === "types")
            return;
        super.escaped(call, argument, scope);
    }
    call(call, scope) {
        const { root, links } = (0,nodes/* chainOf */.dR)(call);
        if (root.type !== "identifier" || links.length === 0)
            return false;
        const bound = scope.bindings.get(root.text);
        if (bound?.kind === "sequelize" ||
            (!bound && root.text === "sequelize" && !scope.values.has(root.text))) {
            readSequelizeCall(this, links, scope);
            return true;
        }
        if (!this.isHandle(root, scope, "queryInterface"))
            return false;
        const [first, ...rest] = links;
        if (first.name === "sequelize") {
            readSequelizeCall(this, rest, scope);
            return true;
        }
        const link = first;
        if (!link.call)
            return false;
        const span = (0,nodes/* spanBetween */.Jr)(link.nameNode, link.call);
        const handler = (0,toolkit/* handlerFor */.ci)(QUERY_INTERFACE_CALLS, link.name);
        if (handler)
            handler(this, { link, call: link.call, args: link.args, span, scope });
        else
            this.unknown(link.call, `queryInterface.${link.name} is not a method the reader knows`, span);
        for (const l of rest)
            for (const a of l.args)
                this.visit(a, scope);
        return true;
    }
}
function readSequelizeMigration(input, parsers) {
    return (0,migration/* readJsMigration */.Y)("sequelize", input, parsers, "No exported `up` function was found in this Sequelize migration", ({ module, up, emit }) => {
        new SequelizeReader(module, emit).run(up, (0,js_module/* exportedFunction */.gA)(module, "down"));
    });
}


/***/ })

};
