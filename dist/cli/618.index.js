export const id = 618;
export const ids = [618];
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

/***/ 3618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readNodePgMigration: () => (/* binding */ readNodePgMigration)
});

// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __webpack_require__(8849);
// EXTERNAL MODULE: ./src/core/frameworks/js/column-toolkit.ts
var column_toolkit = __webpack_require__(8428);
// EXTERNAL MODULE: ./src/core/frameworks/js/migration.ts + 1 modules
var migration = __webpack_require__(3254);
// EXTERNAL MODULE: ./src/core/frameworks/js/module.ts
var js_module = __webpack_require__(3853);
// EXTERNAL MODULE: ./src/core/frameworks/shared/volatile-defaults.ts
var volatile_defaults = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/frameworks/js/column-types.ts
var column_types = __webpack_require__(5255);
// EXTERNAL MODULE: ./src/core/frameworks/js/nodes.ts
var nodes = __webpack_require__(4672);
;// CONCATENATED MODULE: ./src/core/frameworks/js/node-pg-migrate/reader-context.ts

/** `pgm.<name> whose <what> is not a string literal cannot be followed`. */
const missing = (r, c, what) => r.notLiteral(c.call, `pgm.${c.link.name}`, what, c.span);
/** The first argument as a table name. */
const tableArg = (r, c) => r.table(c.args[0], c.scope);
/** `'a'`, `['a', 'b']`, `[{ name: 'a', sort: 'DESC' }]`. */
const columnNames = (r, node, scope) => (0,nodes/* stringList */.Yn)(r.resolve(node, scope), ["name"]);

;// CONCATENATED MODULE: ./src/core/frameworks/js/node-pg-migrate/columns.ts





/** A column definition is a type string or `{ type, notNull, default, ... }`. */
function columnType(r, def, scope) {
    const value = r.resolve(def, scope);
    const text = (0,nodes/* stringValue */.r$)(value) ?? (0,nodes/* stringValue */.r$)((0,nodes/* entriesOf */.Mc)(value).get("type"));
    return text === undefined ? undefined : (0,column_types/* sqlType */.fi)(text);
}
/** `default`: a literal, `pgm.func('now()')`, or an expression. */
function defaultOf(r, node, scope) {
    return (0,column_toolkit/* columnDefault */.s1)(r.resolve(node, scope), (value) => {
        const { links } = (0,nodes/* chainOf */.dR)(value);
        const last = links[links.length - 1];
        if (last?.name !== "func")
            return undefined;
        const sql = (0,nodes/* stringValue */.r$)(r.resolve(last.args[0], scope));
        return { volatile: sql !== undefined && (0,volatile_defaults/* isVolatileSql */.Z)(sql), text: sql ?? (0,nodes/* unwrap */.oA)(value).text };
    });
}
function addColumn(r, span, table, column, def, scope) {
    const options = (0,nodes/* entriesOf */.Mc)(r.resolve(def, scope));
    const type = columnType(r, def, scope);
    if (type)
        r.known.set(table, column, type.type);
    const primary = (0,nodes/* booleanValue */.eC)(options.get("primaryKey")) === true;
    const notNull = (0,nodes/* booleanValue */.eC)(options.get("notNull")) === true || primary || type?.serial === true;
    const value = type?.serial ? column_toolkit/* SERIAL_DEFAULT */.RB : defaultOf(r, options.get("default"), scope);
    const ops = (0,column_toolkit/* addedColumn */.JR)(table, column, {
        type,
        notNull,
        default: value,
        primary,
        unique: (0,nodes/* booleanValue */.eC)(options.get("unique")) === true,
        references: options.has("references"),
        check: options.has("check"),
    });
    for (const op of ops)
        r.push(span, op);
}
const addColumns = (r, c) => {
    const t = tableArg(r, c);
    const columns = (0,nodes/* objectEntries */.WP)(r.resolve(c.args[1], c.scope));
    if (t === undefined || !columns || columns.partial)
        return missing(r, c, "table name or columns");
    for (const [column, def] of columns.entries) {
        // Each column at its own line, so a finding (and an allow comment) points at the one it is about.
        const pair = def.parent?.type === "pair" ? def.parent : undefined;
        addColumn(r, pair ? (0,nodes/* spanOf */.ee)(pair) : c.span, t, column, def, c.scope);
    }
};
const dropColumns = (r, c) => {
    const t = tableArg(r, c);
    const value = r.resolve(c.args[1], c.scope);
    // dropColumns also takes an object whose keys are the columns.
    const columns = columnNames(r, value, c.scope) ?? [...((0,nodes/* objectEntries */.WP)(value)?.entries.keys() ?? [])];
    if (t === undefined || columns.length === 0)
        return missing(r, c, "table or column names");
    for (const column of columns)
        r.push(c.span, { kind: "drop-column", table: t, column });
};
/** `alterColumn(table, column, { type, notNull, allowNull, default })`: only what the options name changes. */
const alterColumn = (r, c) => {
    const { call, span, scope } = c;
    const t = tableArg(r, c);
    const column = r.name(c.args[1], scope);
    if (t === undefined || column === undefined)
        return missing(r, c, "table or column name");
    const options = (0,nodes/* objectEntries */.WP)(r.resolve(c.args[2], scope))?.entries ?? new Map();
    const typeText = r.name(options.get("type"), scope);
    if (options.has("type") && typeText === undefined) {
        r.unknown(call, "pgm.alterColumn whose type is not a string literal cannot be followed", span);
    }
    else if (typeText !== undefined) {
        const change = r.known.restate(t, column, (0,column_types/* sqlType */.fi)(typeText));
        if (change)
            r.push(span, change);
    }
    const notNull = (0,nodes/* booleanValue */.eC)(options.get("notNull"));
    const allowNull = (0,nodes/* booleanValue */.eC)(options.get("allowNull"));
    if (notNull === true || allowNull === false)
        r.push(span, { kind: "set-not-null", table: t, column });
    else if (notNull === false || allowNull === true)
        r.push(span, { kind: "drop-not-null", table: t, column });
    if (options.has("default")) {
        const value = defaultOf(r, options.get("default"), scope);
        r.push(span, { kind: "change-default", table: t, column, ...(value ? { default: value } : {}) });
    }
};
/** What each pgm column method does. */
const COLUMN_CALLS = {
    addColumns,
    addColumn: addColumns,
    dropColumns,
    dropColumn: dropColumns,
    renameColumn(r, c) {
        const [t, from, to] = [tableArg(r, c), r.name(c.args[1], c.scope), r.name(c.args[2], c.scope)];
        if (t === undefined || from === undefined || to === undefined)
            return missing(r, c, "table or column names");
        r.push(c.span, { kind: "rename-column", table: t, column: from, newName: to });
    },
    alterColumn,
};

;// CONCATENATED MODULE: ./src/core/frameworks/js/node-pg-migrate/raw-sql.ts
/** `pgm.db.query(sql)` / `pgm.db.select(sql)`: the link after `db`, when it is one of them. */
function readDbQuery(r, query, scope) {
    if (!query?.call || (query.name !== "query" && query.name !== "select"))
        return undefined;
    r.sql(query.args[0], query.call, scope, "pgm.db.query()");
    return query.call;
}
/** pgm methods that run SQL, by name. */
const SQL_CALLS = {
    sql(r, c) {
        const hasArgs = c.args.length > 1;
        // `{name}` placeholders are filled from the second argument at run time.
        r.sql(c.args[0], c.call, c.scope, "pgm.sql()", (sql) => hasArgs && /\{\w+\}/.test(sql) ? undefined : sql);
    },
};

;// CONCATENATED MODULE: ./src/core/frameworks/js/node-pg-migrate/reversibility.ts
/** Calls node-pg-migrate can invert on its own when the migration has no `down`. */
const INVERTIBLE = new Set([
    "createTable",
    "addColumns",
    "addColumn",
    "renameTable",
    "renameColumn",
    "createIndex",
    "addIndex",
    "addConstraint",
    "createConstraint",
    "renameConstraint",
    "createExtension",
    "addExtension",
    "createType",
    "addType",
    "renameType",
    "createSchema",
    "renameSchema",
    "createSequence",
    "renameSequence",
    "createView",
    "renameView",
    "createMaterializedView",
    "renameMaterializedView",
    "createFunction",
    "renameFunction",
    "createTrigger",
    "renameTrigger",
    "createPolicy",
    "renamePolicy",
    "createRole",
    "renameRole",
    "createOperator",
    "createDomain",
    "renameDomain",
    "noTransaction",
    "func",
]);
/** The `irreversible` operation of a migration without `down` whose up has a call with no inverse. */
function cannotInvert(blocker) {
    return {
        kind: "irreversible",
        reason: `the migration has no down, and node-pg-migrate cannot invert pgm.${blocker.name}`,
        ...blocker.span,
    };
}

;// CONCATENATED MODULE: ./src/core/frameworks/js/node-pg-migrate/schema-calls.ts
// `pgm` calls on tables, indexes and constraints, one entry of SCHEMA_CALLS per method (columns are in
// columns.ts, SQL in raw-sql.ts). Methods on types, views, functions, roles... change nothing a rule looks at.



/** pgm calls that change nothing a rule looks at. */
const HARMLESS = [
    "noTransaction",
    "func",
    "alterTable",
    "createExtension",
    "addExtension",
    "dropExtension",
    "addType",
    "addTypeAttribute",
    "renameTypeAttribute",
    "setTypeAttribute",
    "createSchema",
    "renameSchema",
    "createSequence",
    "alterSequence",
    "renameSequence",
    "createView",
    "alterView",
    "alterViewColumn",
    "renameView",
    "dropView",
    "createMaterializedView",
    "alterMaterializedView",
    "renameMaterializedView",
    "refreshMaterializedView",
    "dropMaterializedView",
    "createFunction",
    "renameFunction",
    "dropFunction",
    "createTrigger",
    "renameTrigger",
    "dropTrigger",
    "createPolicy",
    "alterPolicy",
    "renamePolicy",
    "dropPolicy",
    "createRole",
    "alterRole",
    "renameRole",
    "dropRole",
    "grantRoles",
    "revokeRoles",
    "grantOnTables",
    "revokeOnTables",
    "grantOnSchemas",
    "revokeOnSchemas",
    "createOperator",
    "dropOperator",
    "createDomain",
    "alterDomain",
    "renameDomain",
    "dropDomain",
    "createCast",
    "dropCast",
    "renameConstraint",
    "validateConstraint",
];
const harmless = () => { };
/** `addConstraint(table, name, 'CHECK (...)')`: the constraint an SQL expression starts with. */
const SQL_CONSTRAINTS = [
    [/^\s*CHECK\b/, "check"],
    [/^\s*UNIQUE\b/, "unique"],
    [/^\s*PRIMARY\s+KEY\b/, "primary-key"],
    [/^\s*FOREIGN\s+KEY\b/, "foreign-key"],
    [/^\s*EXCLUDE\b/, "exclusion"],
];
/** `addConstraint(table, name, { check, unique, ... })`: the constraints each option adds. */
const OPTION_CONSTRAINTS = [
    ["check", "check"],
    ["unique", "unique"],
    ["primaryKey", "primary-key"],
    ["foreignKeys", "foreign-key"],
    ["references", "foreign-key"],
    ["exclude", "exclusion"],
];
const addConstraint = (r, c) => {
    const { call, span, scope } = c;
    const t = tableArg(r, c);
    if (t === undefined)
        return r.notLiteral(call, "pgm.addConstraint", "table name", span);
    const name = r.name(c.args[1], scope);
    const named = name !== undefined ? { name } : {};
    const expression = r.resolve(c.args[2], scope);
    const sql = (0,nodes/* stringValue */.r$)(expression);
    if (sql !== undefined) {
        const upper = sql.toUpperCase();
        const constraint = SQL_CONSTRAINTS.find(([pattern]) => pattern.test(upper))?.[1];
        if (!constraint)
            return r.unknown(call, "pgm.addConstraint with an expression the reader does not recognise", span);
        r.push(span, {
            kind: "add-constraint",
            table: t,
            constraint,
            ...named,
            validated: !/\bNOT\s+VALID\b/.test(upper),
            ...(/\bUSING\s+INDEX\b/.test(upper) ? { usingIndex: true } : {}),
        });
        return;
    }
    const options = (0,nodes/* objectEntries */.WP)(expression)?.entries;
    if (!options)
        return r.unknown(call, "pgm.addConstraint whose definition is not written literally cannot be followed", span);
    for (const [option, constraint] of OPTION_CONSTRAINTS) {
        if (!options.has(option))
            continue;
        r.push(span, { kind: "add-constraint", table: t, constraint, ...named, validated: true });
    }
};
const createIndex = (r, c) => {
    const t = tableArg(r, c);
    const columns = columnNames(r, c.args[1], c.scope);
    if (t === undefined || !columns)
        return missing(r, c, "table or columns");
    const options = (0,nodes/* entriesOf */.Mc)(r.resolve(c.args[2], c.scope));
    const name = (0,nodes/* stringValue */.r$)(options.get("name"));
    r.push(c.span, {
        kind: "add-index",
        table: t,
        columns,
        ...(name !== undefined ? { name } : {}),
        ...((0,nodes/* booleanValue */.eC)(options.get("unique")) === true ? { unique: true } : {}),
        concurrently: (0,nodes/* booleanValue */.eC)(options.get("concurrently")) === true,
    });
};
const dropsDependents = (r, c) => r.unknown(c.call, `pgm.${c.link.name} can drop what depends on it, which the reader does not list`, c.span);
/** What each pgm schema method does. */
// eslint-disable-next-line no-restricted-syntax -- one table, built once when the module loads (extend() would lose the handlers' parameter types)
const SCHEMA_CALLS = {
    ...Object.fromEntries(HARMLESS.map((name) => [name, harmless])),
    createTable(r, c) {
        const t = tableArg(r, c);
        if (t === undefined)
            return missing(r, c, "table name");
        const columns = (0,nodes/* objectEntries */.WP)(r.resolve(c.args[1], c.scope));
        for (const [column, def] of columns?.entries ?? []) {
            const type = columnType(r, def, c.scope);
            if (type)
                r.known.set(t, column, type.type);
        }
        const options = (0,nodes/* entriesOf */.Mc)(r.resolve(c.args[2], c.scope));
        r.push(c.span, {
            kind: "create-table",
            table: t,
            columns: [...(columns?.entries.keys() ?? [])],
            ...((0,nodes/* booleanValue */.eC)(options.get("ifNotExists")) === true ? { ifNotExists: true } : {}),
        });
    },
    dropTable(r, c) {
        const t = tableArg(r, c);
        if (t === undefined)
            return missing(r, c, "table name");
        const options = (0,nodes/* entriesOf */.Mc)(r.resolve(c.args[1], c.scope));
        r.push(c.span, {
            kind: "drop-table",
            table: t,
            ...((0,nodes/* booleanValue */.eC)(options.get("ifExists")) === true ? { ifExists: true } : {}),
            ...((0,nodes/* booleanValue */.eC)(options.get("cascade")) === true ? { cascade: true } : {}),
        });
    },
    renameTable(r, c) {
        const [from, to] = [tableArg(r, c), r.name(c.args[1], c.scope)];
        if (from === undefined || to === undefined)
            return missing(r, c, "table names");
        r.push(c.span, { kind: "rename-table", table: from, newName: to });
    },
    createIndex,
    addIndex: createIndex,
    dropIndex(r, c) {
        const t = tableArg(r, c);
        const columns = columnNames(r, c.args[1], c.scope);
        const options = (0,nodes/* entriesOf */.Mc)(r.resolve(c.args[2], c.scope));
        const name = (0,nodes/* stringValue */.r$)(options.get("name"));
        r.push(c.span, {
            kind: "drop-index",
            ...(t !== undefined ? { table: t } : {}),
            ...(name !== undefined ? { name } : {}),
            ...(columns ? { columns } : {}),
            concurrently: (0,nodes/* booleanValue */.eC)(options.get("concurrently")) === true,
        });
    },
    addConstraint,
    createConstraint: addConstraint,
    dropConstraint(r, c) {
        const t = tableArg(r, c);
        if (t === undefined)
            return missing(r, c, "table name");
        const name = r.name(c.args[1], c.scope);
        r.push(c.span, { kind: "drop-constraint", table: t, ...(name !== undefined ? { name } : {}) });
    },
    // PostgreSQL enum types, for the schema history (`createType(name, values)`: an enum; with an object of
    // attributes, a composite type, which holds no rows).
    createType(r, c) {
        const values = (0,nodes/* stringList */.Yn)(r.resolve(c.args[1], c.scope));
        const type = r.name(c.args[0], c.scope);
        if (type === undefined || (values === undefined && !(0,nodes/* objectEntries */.WP)(r.resolve(c.args[1], c.scope))))
            return missing(r, c, "type name or values");
        if (values)
            r.push(c.span, { kind: "create-enum", type, values });
    },
    addTypeValue(r, c) {
        const [type, value] = [r.name(c.args[0], c.scope), r.name(c.args[1], c.scope)];
        if (type === undefined || value === undefined)
            return missing(r, c, "type name or value");
        r.push(c.span, { kind: "add-enum-value", type, value });
    },
    renameType(r, c) {
        const [type, newName] = [r.name(c.args[0], c.scope), r.name(c.args[1], c.scope)];
        if (type === undefined || newName === undefined)
            return missing(r, c, "type names");
        r.push(c.span, { kind: "rename-type", type, newName });
    },
    renameTypeValue(r, c) {
        const [type, value, newValue] = [0, 1, 2].map((i) => r.name(c.args[i], c.scope));
        if (type === undefined || value === undefined || newValue === undefined)
            return missing(r, c, "type name or values");
        r.push(c.span, { kind: "rename-enum-value", type, value, newValue });
    },
    dropSchema: dropsDependents,
    dropType(r, c) {
        const type = r.name(c.args[0], c.scope);
        if (type !== undefined)
            r.push(c.span, { kind: "drop-type", type });
        dropsDependents(r, c);
    },
    dropSequence: dropsDependents,
};

// EXTERNAL MODULE: ./src/core/frameworks/js/walker.ts
var walker = __webpack_require__(1839);
;// CONCATENATED MODULE: ./src/core/frameworks/js/node-pg-migrate-reader.ts










/** Every MigrationBuilder method the reader knows, by name; any other is an `unknown`. */
// eslint-disable-next-line no-restricted-syntax -- one table, built once when the module loads
const PGM_CALLS = { ...SCHEMA_CALLS, ...COLUMN_CALLS, ...SQL_CALLS };
class PgmReader extends walker/* MigrationWalker */.jh {
    known = new column_toolkit/* KnownTypes */.d6();
    /** The first call node-pg-migrate cannot invert, for a migration without `down`. */
    notInvertible;
    run(up, down) {
        const bind = (param, i) => i === 0 && param.name !== undefined ? [[param.name, { kind: "pgm" }]] : [];
        this.readDownThenUp(up, down, "alterColumn", bind);
    }
    table(node, scope) {
        return this.namedTable(node, scope, "name");
    }
    call(call, scope) {
        const { root, links } = (0,nodes/* chainOf */.dR)(call);
        if (!this.isHandle(root, scope, "pgm") || links.length === 0)
            return false;
        const link = links[0];
        if (link.name === "db") {
            const query = readDbQuery(this, links[1], scope);
            if (query)
                this.nonInvertible("db.query", (0,nodes/* spanBetween */.Jr)(link.nameNode, query));
            return true;
        }
        if (!link.call)
            return false;
        const span = (0,nodes/* spanBetween */.Jr)(link.nameNode, link.call);
        if (!INVERTIBLE.has(link.name))
            this.nonInvertible(link.name, span);
        const handler = (0,toolkit/* handlerFor */.ci)(PGM_CALLS, link.name);
        if (handler)
            handler(this, { link, call: link.call, args: link.args, span, scope });
        else
            this.unknown(link.call, `pgm.${link.name} is not a MigrationBuilder method the reader knows`, span);
        return true;
    }
    nonInvertible(name, span) {
        if (!this.learning && !this.notInvertible)
            this.notInvertible = { name, span };
    }
}
function readNodePgMigration(input, parsers) {
    return (0,migration/* readJsMigration */.Y)("node-pg-migrate", input, parsers, "No exported `up` function was found in this node-pg-migrate migration", ({ module, up, out, emit }) => {
        const reader = new PgmReader(module, emit);
        reader.run(up, (0,js_module/* exportedFunction */.gA)(module, "down"));
        if (module.exports.get("down"))
            return false;
        // node-pg-migrate inverts `up` itself when there is no down; it refuses on a call without an inverse.
        if (reader.notInvertible)
            out.operations.push(cannotInvert(reader.notInvertible));
        return true;
    });
}


/***/ })

};
