export const id = 735;
export const ids = [735];
export const modules = {

/***/ 5735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readNodePgMigration: () => (/* binding */ readNodePgMigration)
/* harmony export */ });
/* harmony import */ var _column_types_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6074);
/* harmony import */ var _shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2258);
/* harmony import */ var _column_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5255);
/* harmony import */ var _migration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3254);
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3853);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4672);
/* harmony import */ var _walker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1839);







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
/** pgm calls that change nothing a rule looks at. */
const HARMLESS = new Set([
    "noTransaction",
    "func",
    "alterTable",
    "createExtension",
    "addExtension",
    "dropExtension",
    "createType",
    "addType",
    "renameType",
    "addTypeValue",
    "renameTypeValue",
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
]);
const key = (table, column) => `${table}.${column}`;
class PgmReader extends _walker_js__WEBPACK_IMPORTED_MODULE_4__/* .MigrationWalker */ .jh {
    known = new Map();
    /** The first call node-pg-migrate cannot invert, for a migration without `down`. */
    notInvertible;
    run(up, down) {
        const bind = (param, i) => i === 0 && param.name !== undefined ? [[param.name, { kind: "pgm" }]] : [];
        this.readDownThenUp(up, down, "alterColumn", bind);
    }
    table(node, scope) {
        return this.namedTable(node, scope, "name");
    }
    /** `'a'`, `['a', 'b']`, `[{ name: 'a', sort: 'DESC' }]`. */
    columnNames(node, scope) {
        const value = this.resolve(node, scope);
        const single = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(value);
        if (single !== undefined)
            return [single];
        const items = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .elements */ .Yt)(value);
        if (!items)
            return undefined;
        const out = [];
        for (const item of items) {
            const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(item) ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(item).get("name"));
            if (name === undefined)
                return undefined;
            out.push(name);
        }
        return out;
    }
    escaped(call, argument) {
        this.unknown(call, `passes \`${argument}\` to a function that is not defined in this file, so what it does cannot be read`);
    }
    call(call, scope) {
        const { root, links } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .chainOf */ .dR)(call);
        if (!this.isHandle(root, scope, "pgm") || links.length === 0)
            return false;
        const [first] = links;
        if (first.name === "db") {
            const query = links[1];
            if (query?.call && (query.name === "query" || query.name === "select")) {
                if (!this.learning)
                    this.emit.sql(this.resolve(query.args[0], scope), query.call, "pgm.db.query()");
                this.nonInvertible("db.query", (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .spanBetween */ .Jr)(first.nameNode, query.call));
            }
            return true;
        }
        if (!first.call)
            return false;
        this.pgm(first, scope);
        return true;
    }
    nonInvertible(name, span) {
        if (!this.learning && !this.notInvertible)
            this.notInvertible = { name, span };
    }
    pgm(link, scope) {
        const call = link.call;
        const args = link.args;
        const span = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .spanBetween */ .Jr)(link.nameNode, call);
        if (!INVERTIBLE.has(link.name))
            this.nonInvertible(link.name, span);
        const table = () => this.table(args[0], scope);
        const missing = (what) => this.unknown(call, `pgm.${link.name} whose ${what} is not a string literal cannot be followed`, span);
        switch (link.name) {
            case "sql": {
                const hasArgs = args.length > 1;
                if (this.learning)
                    return;
                // `{name}` placeholders are filled from the second argument at run time.
                this.emit.sql(this.resolve(args[0], scope), call, "pgm.sql()", (sql) => hasArgs && /\{\w+\}/.test(sql) ? undefined : sql);
                return;
            }
            case "createTable": {
                const t = table();
                if (t === undefined)
                    return missing("table name");
                const columns = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(this.resolve(args[1], scope));
                for (const [column, def] of columns?.entries ?? []) {
                    const type = this.columnType(def, scope);
                    if (type)
                        this.known.set(key(t, column), type.type);
                }
                const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(this.resolve(args[2], scope));
                this.push(span, {
                    kind: "create-table",
                    table: t,
                    columns: [...(columns?.entries.keys() ?? [])],
                    ...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("ifNotExists")) === true ? { ifNotExists: true } : {}),
                });
                return;
            }
            case "dropTable": {
                const t = table();
                if (t === undefined)
                    return missing("table name");
                const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(this.resolve(args[1], scope));
                this.push(span, {
                    kind: "drop-table",
                    table: t,
                    ...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("ifExists")) === true ? { ifExists: true } : {}),
                    ...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("cascade")) === true ? { cascade: true } : {}),
                });
                return;
            }
            case "renameTable": {
                const [from, to] = [table(), this.name(args[1], scope)];
                if (from === undefined || to === undefined)
                    return missing("table names");
                this.push(span, { kind: "rename-table", table: from, newName: to });
                return;
            }
            case "addColumns":
            case "addColumn": {
                const t = table();
                const columns = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(this.resolve(args[1], scope));
                if (t === undefined || !columns || columns.partial)
                    return missing("table name or columns");
                for (const [column, def] of columns.entries) {
                    // Each column at its own line, so a finding (and an allow comment) points at the one it is about.
                    const pair = def.parent?.type === "pair" ? def.parent : undefined;
                    this.addColumn(pair ? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .spanOf */ .ee)(pair) : span, t, column, def, scope);
                }
                return;
            }
            case "dropColumns":
            case "dropColumn": {
                const t = table();
                const value = this.resolve(args[1], scope);
                // dropColumns also takes an object whose keys are the columns.
                const columns = this.columnNames(value, scope) ?? [...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(value)?.entries.keys() ?? [])];
                if (t === undefined || columns.length === 0)
                    return missing("table or column names");
                for (const column of columns)
                    this.push(span, { kind: "drop-column", table: t, column });
                return;
            }
            case "renameColumn": {
                const [t, from, to] = [table(), this.name(args[1], scope), this.name(args[2], scope)];
                if (t === undefined || from === undefined || to === undefined)
                    return missing("table or column names");
                this.push(span, { kind: "rename-column", table: t, column: from, newName: to });
                return;
            }
            case "alterColumn":
                return this.alterColumn(span, call, args, scope);
            case "createIndex":
            case "addIndex": {
                const t = table();
                const columns = this.columnNames(args[1], scope);
                if (t === undefined || !columns)
                    return missing("table or columns");
                const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(this.resolve(args[2], scope));
                const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(options.get("name"));
                this.push(span, {
                    kind: "add-index",
                    table: t,
                    columns,
                    ...(name !== undefined ? { name } : {}),
                    ...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("unique")) === true ? { unique: true } : {}),
                    concurrently: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("concurrently")) === true,
                });
                return;
            }
            case "dropIndex": {
                const t = table();
                const columns = this.columnNames(args[1], scope);
                const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(this.resolve(args[2], scope));
                const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(options.get("name"));
                this.push(span, {
                    kind: "drop-index",
                    ...(t !== undefined ? { table: t } : {}),
                    ...(name !== undefined ? { name } : {}),
                    ...(columns ? { columns } : {}),
                    concurrently: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("concurrently")) === true,
                });
                return;
            }
            case "addConstraint":
            case "createConstraint":
                return this.addConstraint(span, call, args, scope);
            case "dropConstraint": {
                const t = table();
                if (t === undefined)
                    return missing("table name");
                const name = this.name(args[1], scope);
                this.push(span, { kind: "drop-constraint", table: t, ...(name !== undefined ? { name } : {}) });
                return;
            }
            case "dropSchema":
            case "dropType":
            case "dropSequence":
                this.unknown(call, `pgm.${link.name} can drop what depends on it, which the reader does not list`, span);
                return;
            default:
                if (HARMLESS.has(link.name))
                    return;
                this.unknown(call, `pgm.${link.name} is not a MigrationBuilder method the reader knows`, span);
        }
    }
    /** A column definition is a type string or `{ type, notNull, default, ... }`. */
    columnType(def, scope) {
        const value = this.resolve(def, scope);
        const text = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(value) ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(value).get("type"));
        return text === undefined ? undefined : (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .sqlType */ .fi)(text);
    }
    addColumn(span, table, column, def, scope) {
        const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(this.resolve(def, scope));
        const type = this.columnType(def, scope);
        if (type)
            this.known.set(key(table, column), type.type);
        const primary = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("primaryKey")) === true;
        const notNull = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("notNull")) === true || primary || type?.serial === true;
        const value = type?.serial
            ? { volatile: true, text: "nextval() of the column's sequence" }
            : this.defaultOf(options.get("default"), scope);
        this.push(span, {
            kind: "add-column",
            table,
            column,
            ...(type ? { type: type.text } : {}),
            notNull,
            ...(value ? { default: value } : {}),
        });
        if (primary)
            this.push(span, { kind: "add-constraint", table, constraint: "primary-key", validated: true });
        if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("unique")) === true)
            this.push(span, { kind: "add-constraint", table, constraint: "unique", validated: true });
        if (options.has("references"))
            this.push(span, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
        if (options.has("check"))
            this.push(span, { kind: "add-constraint", table, constraint: "check", validated: true });
    }
    alterColumn(span, call, args, scope) {
        const t = this.table(args[0], scope);
        const column = this.name(args[1], scope);
        if (t === undefined || column === undefined) {
            this.unknown(call, "pgm.alterColumn whose table or column name is not a string literal cannot be followed", span);
            return;
        }
        const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(this.resolve(args[2], scope))?.entries ?? new Map();
        const typeText = this.name(options.get("type"), scope);
        if (options.has("type") && typeText === undefined) {
            this.unknown(call, "pgm.alterColumn whose type is not a string literal cannot be followed", span);
        }
        else if (typeText !== undefined) {
            const type = (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .sqlType */ .fi)(typeText);
            const previous = this.known.get(key(t, column));
            if (!(0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .sameType */ .n6)(previous, type.type)) {
                this.push(span, {
                    kind: "change-column-type",
                    table: t,
                    column,
                    type: type.text,
                    ...(0,_column_types_index_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyTypeChange */ .zq)(previous, type.type),
                });
            }
            this.known.set(key(t, column), type.type);
        }
        const notNull = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("notNull"));
        const allowNull = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("allowNull"));
        if (notNull === true || allowNull === false)
            this.push(span, { kind: "set-not-null", table: t, column });
        else if (notNull === false || allowNull === true)
            this.push(span, { kind: "drop-not-null", table: t, column });
        if (options.has("default")) {
            const value = this.defaultOf(options.get("default"), scope);
            this.push(span, { kind: "change-default", table: t, column, ...(value ? { default: value } : {}) });
        }
    }
    addConstraint(span, call, args, scope) {
        const t = this.table(args[0], scope);
        if (t === undefined) {
            this.unknown(call, "pgm.addConstraint whose table name is not a string literal cannot be followed", span);
            return;
        }
        const name = this.name(args[1], scope);
        const named = name !== undefined ? { name } : {};
        const expression = this.resolve(args[2], scope);
        const sql = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(expression);
        if (sql !== undefined) {
            const upper = sql.toUpperCase();
            const constraint = /^\s*CHECK\b/.test(upper)
                ? "check"
                : /^\s*UNIQUE\b/.test(upper)
                    ? "unique"
                    : /^\s*PRIMARY\s+KEY\b/.test(upper)
                        ? "primary-key"
                        : /^\s*FOREIGN\s+KEY\b/.test(upper)
                            ? "foreign-key"
                            : /^\s*EXCLUDE\b/.test(upper)
                                ? "exclusion"
                                : undefined;
            if (!constraint) {
                this.unknown(call, "pgm.addConstraint with an expression the reader does not recognise", span);
                return;
            }
            this.push(span, {
                kind: "add-constraint",
                table: t,
                constraint,
                ...named,
                validated: !/\bNOT\s+VALID\b/.test(upper),
                ...(/\bUSING\s+INDEX\b/.test(upper) ? { usingIndex: true } : {}),
            });
            return;
        }
        const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(expression)?.entries;
        if (!options) {
            this.unknown(call, "pgm.addConstraint whose definition is not written literally cannot be followed", span);
            return;
        }
        const kinds = [
            ["check", "check"],
            ["unique", "unique"],
            ["primaryKey", "primary-key"],
            ["foreignKeys", "foreign-key"],
            ["references", "foreign-key"],
            ["exclude", "exclusion"],
        ];
        for (const [option, constraint] of kinds) {
            if (!options.has(option))
                continue;
            this.push(span, { kind: "add-constraint", table: t, constraint, ...named, validated: true });
        }
    }
    defaultOf(node, scope) {
        if (!node)
            return undefined;
        const value = this.resolve(node, scope) ?? node;
        if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .isNullish */ .uy)(value))
            return undefined;
        if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainLiteral */ .EA)(value))
            return { volatile: false, text: value.text };
        const { links } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .chainOf */ .dR)(value);
        const last = links[links.length - 1];
        if (last?.name === "func") {
            const sql = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(this.resolve(last.args[0], scope));
            return { volatile: sql !== undefined && (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .isVolatileSql */ .Z)(sql), text: sql ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(value).text };
        }
        return { volatile: (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .isVolatileSql */ .Z)(value.text), text: value.text };
    }
}
function readNodePgMigration(input, parsers) {
    return (0,_migration_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsMigration */ .Y)("node-pg-migrate", input, parsers, "No exported `up` function was found in this node-pg-migrate migration", ({ module, up, out, emit }) => {
        const reader = new PgmReader(module, emit);
        reader.run(up, (0,_module_js__WEBPACK_IMPORTED_MODULE_2__/* .exportedFunction */ .gA)(module, "down"));
        if (module.exports.get("down"))
            return false;
        // node-pg-migrate inverts `up` itself when there is no down; it refuses on a call without an inverse.
        const blocker = reader.notInvertible;
        if (blocker) {
            out.operations.push({
                kind: "irreversible",
                reason: `the migration has no down, and node-pg-migrate cannot invert pgm.${blocker.name}`,
                ...blocker.span,
            });
        }
        return true;
    });
}


/***/ })

};
