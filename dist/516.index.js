export const id = 516;
export const ids = [516];
export const modules = {

/***/ 3516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readSequelizeMigration: () => (/* binding */ readSequelizeMigration)
/* harmony export */ });
/* harmony import */ var _column_types_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6074);
/* harmony import */ var _shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2258);
/* harmony import */ var _column_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5255);
/* harmony import */ var _migration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3254);
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3853);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4672);
/* harmony import */ var _walker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1839);







/** queryInterface methods that change nothing a rule looks at. */
const HARMLESS = new Set([
    "bulkInsert",
    "upsert",
    "insert",
    "select",
    "rawSelect",
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
]);
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
    const text = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(node);
    if (text !== undefined)
        return (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .sqlType */ .fi)(text);
    const { links } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .chainOf */ .dR)(node);
    const at = links.findIndex((l) => TYPES[l.name] !== undefined);
    if (at < 0)
        return undefined;
    const link = links[at];
    const known = TYPES[link.name];
    const first = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .numberValue */ .Vg)(link.args[0]) ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .numberValue */ .Vg)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(link.args[0]).get("length"));
    const second = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .numberValue */ .Vg)(link.args[1]);
    if (known.abstract === "decimal") {
        const text = first !== undefined ? `${known.sql}(${first}${second !== undefined ? `,${second}` : ""})` : known.sql;
        return (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)("decimal", text, {
            ...(first !== undefined ? { precision: first } : {}),
            ...(second !== undefined ? { scale: second } : {}),
        });
    }
    if (known.limit !== undefined) {
        const limit = first ?? known.limit;
        return (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)(known.abstract, `${known.sql}(${limit})`, { limit });
    }
    return (0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .abstractType */ .rO)(known.abstract, known.sql);
}
const key = (table, column) => `${table}.${column}`;
class SequelizeReader extends _walker_js__WEBPACK_IMPORTED_MODULE_4__/* .MigrationWalker */ .jh {
    known = new Map();
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
        const { root, links } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .chainOf */ .dR)(value);
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
        this.unknown(call, `passes \`${argument}\` to a function that is not defined in this file, so what it does cannot be read`);
    }
    call(call, scope) {
        const { root, links } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .chainOf */ .dR)(call);
        if (root.type !== "identifier" || links.length === 0)
            return false;
        const bound = scope.bindings.get(root.text);
        if (bound?.kind === "sequelize" ||
            (!bound && root.text === "sequelize" && !scope.values.has(root.text))) {
            this.sequelizeCall(links, scope);
            return true;
        }
        if (!this.isHandle(root, scope, "queryInterface"))
            return false;
        const [first, ...rest] = links;
        if (first.name === "sequelize") {
            this.sequelizeCall(rest, scope);
            return true;
        }
        if (!first.call)
            return false;
        this.queryInterface(first, scope);
        for (const link of rest)
            for (const a of link.args)
                this.visit(a, scope);
        return true;
    }
    /** `sequelize.query(sql)`, `sequelize.transaction(async (t) => ...)`. */
    sequelizeCall(links, scope) {
        const [first] = links;
        if (!first?.call)
            return;
        if (first.name === "query") {
            if (!this.learning)
                this.emit.sql(this.resolve(first.args[0], scope), first.call, "sequelize.query()");
            for (const link of links.slice(1))
                for (const a of link.args)
                    this.visit(a, scope);
            return;
        }
        if (first.name === "models" || links.some((l) => l.name === "model")) {
            this.unknown(first.call, "a model call changes rows of a table the migration file does not name");
            return;
        }
        for (const link of links)
            for (const a of link.args)
                this.visit(a, scope);
    }
    queryInterface(link, scope) {
        const call = link.call;
        const args = link.args;
        const span = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .spanBetween */ .Jr)(link.nameNode, call);
        const table = (i) => this.table(args[i], scope);
        const missing = (what) => this.unknown(call, `queryInterface.${link.name} whose ${what} is not a string literal cannot be followed`, span);
        switch (link.name) {
            case "createTable": {
                const t = table(0);
                if (t === undefined)
                    return missing("table name");
                const attrs = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(this.resolve(args[1], scope));
                const columns = [...(attrs?.entries.keys() ?? [])];
                for (const [column, attr] of attrs?.entries ?? []) {
                    const type = typeOf(this.attrType(attr, scope));
                    if (type)
                        this.known.set(key(t, column), type.type);
                }
                this.push(span, { kind: "create-table", table: t, columns });
                return;
            }
            case "dropTable": {
                const t = table(0);
                if (t === undefined)
                    return missing("table name");
                const cascade = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(this.resolve(args[1], scope)).get("cascade")) === true;
                this.push(span, { kind: "drop-table", table: t, ...(cascade ? { cascade } : {}) });
                return;
            }
            case "renameTable": {
                const [from, to] = [table(0), table(1)];
                if (from === undefined || to === undefined)
                    return missing("table names");
                this.push(span, { kind: "rename-table", table: from, newName: to });
                return;
            }
            case "addColumn":
                return this.addColumn(span, call, args, scope);
            case "removeColumn": {
                const [t, column] = [table(0), this.name(args[1], scope)];
                if (t === undefined || column === undefined)
                    return missing("table or column name");
                this.push(span, { kind: "drop-column", table: t, column });
                return;
            }
            case "renameColumn": {
                const [t, from, to] = [table(0), this.name(args[1], scope), this.name(args[2], scope)];
                if (t === undefined || from === undefined || to === undefined)
                    return missing("table or column names");
                this.push(span, { kind: "rename-column", table: t, column: from, newName: to });
                return;
            }
            case "changeColumn":
                return this.changeColumn(span, call, args, scope);
            case "addIndex":
                return this.addIndex(span, call, args, scope);
            case "removeIndex": {
                const t = table(0);
                if (t === undefined)
                    return missing("table name");
                const target = this.resolve(args[1], scope);
                const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(target);
                const columns = name === undefined ? this.fields(target) : undefined;
                const concurrently = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(this.resolve(args[2], scope)).get("concurrently")) === true;
                this.push(span, {
                    kind: "drop-index",
                    table: t,
                    ...(name !== undefined ? { name } : {}),
                    ...(columns ? { columns } : {}),
                    concurrently,
                });
                return;
            }
            case "addConstraint":
                return this.addConstraint(span, call, args, scope);
            case "removeConstraint": {
                const t = table(0);
                if (t === undefined)
                    return missing("table name");
                const name = this.name(args[1], scope);
                this.push(span, { kind: "drop-constraint", table: t, ...(name !== undefined ? { name } : {}) });
                return;
            }
            case "bulkDelete": {
                const t = table(0);
                if (t === undefined)
                    return missing("table name");
                this.push(span, {
                    kind: "delete-rows",
                    table: t,
                    filtered: this.filtered(args[1], scope),
                    via: "bulkDelete()",
                });
                return;
            }
            case "bulkUpdate": {
                const t = table(0);
                if (t === undefined)
                    return missing("table name");
                const values = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(this.resolve(args[1], scope));
                const columns = values && !values.partial ? [...values.entries.keys()] : [];
                const where = this.resolve(args[2], scope);
                const nulls = this.nullColumns(where);
                this.push(span, {
                    kind: "update-rows",
                    table: t,
                    columns,
                    filtered: this.filtered(args[2], scope),
                    onlyNulls: columns.length > 0 && columns.every((c) => nulls.has(c)),
                    via: "bulkUpdate()",
                });
                return;
            }
            case "dropAllTables":
            case "dropSchema":
            case "dropAllSchemas":
                this.unknown(call, `queryInterface.${link.name} drops tables the migration does not list`, span);
                return;
            default:
                if (HARMLESS.has(link.name)) {
                    for (const a of args)
                        this.visit(a, scope);
                    return;
                }
                this.unknown(call, `queryInterface.${link.name} is not a method the reader knows`, span);
        }
    }
    /** An attribute definition is `{ type: ..., allowNull: ... }` or just the type. */
    attrType(attr, scope) {
        const value = this.resolve(attr, scope);
        const entries = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(value);
        return entries ? entries.entries.get("type") : value;
    }
    addColumn(span, call, args, scope) {
        const t = this.table(args[0], scope);
        const column = this.name(args[1], scope);
        if (t === undefined || column === undefined) {
            this.unknown(call, "queryInterface.addColumn whose table or column name is not a string literal cannot be followed", span);
            return;
        }
        const value = this.resolve(args[2], scope);
        const attrs = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(value)?.entries ?? new Map();
        const type = typeOf(this.attrType(args[2] ?? call, scope));
        if (type)
            this.known.set(key(t, column), type.type);
        const primary = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(attrs.get("primaryKey")) === true;
        const serial = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(attrs.get("autoIncrement")) === true;
        const notNull = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(attrs.get("allowNull")) === false || primary || serial;
        const def = serial
            ? { volatile: true, text: "nextval() of the column's sequence" }
            : this.defaultOf(attrs.get("defaultValue"), scope);
        this.push(span, {
            kind: "add-column",
            table: t,
            column,
            ...(type ? { type: type.text } : {}),
            notNull,
            ...(def ? { default: def } : {}),
        });
        if (primary)
            this.push(span, { kind: "add-constraint", table: t, constraint: "primary-key", validated: true });
        if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(attrs.get("unique")) === true || (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(attrs.get("unique")) !== undefined)
            this.push(span, { kind: "add-constraint", table: t, constraint: "unique", validated: true });
        if (attrs.has("references"))
            this.push(span, { kind: "add-constraint", table: t, constraint: "foreign-key", validated: true });
    }
    changeColumn(span, call, args, scope) {
        const t = this.table(args[0], scope);
        const column = this.name(args[1], scope);
        const type = typeOf(this.attrType(args[2] ?? call, scope));
        if (t === undefined || column === undefined) {
            this.unknown(call, "queryInterface.changeColumn whose table or column name is not a string literal cannot be followed", span);
            return;
        }
        const attrs = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(this.resolve(args[2], scope))?.entries ?? new Map();
        const previous = this.known.get(key(t, column));
        if (!type) {
            this.unknown(call, "queryInterface.changeColumn whose type the reader does not know", span);
        }
        else if (!(0,_column_types_js__WEBPACK_IMPORTED_MODULE_5__/* .sameType */ .n6)(previous, type.type)) {
            // The same type restated (to change only NULL or the default) leaves the stored values alone.
            this.push(span, {
                kind: "change-column-type",
                table: t,
                column,
                type: type.text,
                ...(0,_column_types_index_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyTypeChange */ .zq)(previous, type.type),
            });
        }
        if (type)
            this.known.set(key(t, column), type.type);
        // Sequelize restates the whole column: without `allowNull: false` it drops NOT NULL.
        const notNull = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(attrs.get("allowNull")) === false;
        this.push(span, { kind: notNull ? "set-not-null" : "drop-not-null", table: t, column });
        if (attrs.has("defaultValue")) {
            const def = this.defaultOf(attrs.get("defaultValue"), scope);
            this.push(span, { kind: "change-default", table: t, column, ...(def ? { default: def } : {}) });
        }
    }
    fields(node) {
        const items = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .elements */ .Yt)(node);
        if (!items) {
            const single = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(node);
            return single === undefined ? undefined : [single];
        }
        const out = [];
        for (const item of items) {
            const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(item) ??
                (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(item).get("name")) ??
                (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(item).get("attribute"));
            if (name === undefined)
                return undefined;
            out.push(name);
        }
        return out;
    }
    addIndex(span, call, args, scope) {
        const t = this.table(args[0], scope);
        if (t === undefined) {
            this.unknown(call, "queryInterface.addIndex whose table name is not a string literal cannot be followed", span);
            return;
        }
        // addIndex(table, fields, options) or addIndex(table, { fields, ...options })
        const second = this.resolve(args[1], scope);
        const inline = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(second);
        const options = inline ? inline.entries : (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(this.resolve(args[2], scope));
        const columns = this.fields(inline ? this.resolve(options.get("fields"), scope) : second) ?? [];
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(options.get("name"));
        const unique = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("unique")) === true || (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(options.get("type")) === "UNIQUE";
        this.push(span, {
            kind: "add-index",
            table: t,
            columns,
            ...(name !== undefined ? { name } : {}),
            ...(unique ? { unique } : {}),
            concurrently: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanValue */ .eC)(options.get("concurrently")) === true,
        });
    }
    addConstraint(span, call, args, scope) {
        const t = this.table(args[0], scope);
        if (t === undefined) {
            this.unknown(call, "queryInterface.addConstraint whose table name is not a string literal cannot be followed", span);
            return;
        }
        // v5+: addConstraint(table, { type, fields, name }); v4: addConstraint(table, fields, { type, name }).
        const second = this.resolve(args[1], scope);
        const options = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(second)?.entries ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(this.resolve(args[2], scope));
        const type = ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(options.get("type")) ?? "").toLowerCase().replace(/\s+/g, " ");
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(options.get("name"));
        const constraint = type === "unique"
            ? "unique"
            : type === "check"
                ? "check"
                : type === "foreign key"
                    ? "foreign-key"
                    : type === "primary key"
                        ? "primary-key"
                        : undefined;
        if (type === "default") {
            const fields = this.fields(this.resolve(options.get("fields"), scope));
            const column = fields?.[0];
            if (column !== undefined) {
                const def = this.defaultOf(options.get("defaultValue"), scope);
                this.push(span, { kind: "change-default", table: t, column, ...(def ? { default: def } : {}) });
            }
            return;
        }
        if (!constraint) {
            this.unknown(call, "queryInterface.addConstraint whose type is not a string literal the reader knows", span);
            return;
        }
        this.push(span, {
            kind: "add-constraint",
            table: t,
            constraint,
            ...(name !== undefined ? { name } : {}),
            validated: true,
        });
    }
    /** A where argument restricts rows unless it is missing, null or `{}`. */
    filtered(node, scope) {
        if (!node)
            return false;
        const value = this.resolve(node, scope);
        if (!value || (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .isNullish */ .uy)(value))
            return false;
        const entries = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(value);
        if (entries)
            return entries.partial || entries.entries.size > 0;
        return true;
    }
    /** `{ col: null }` or `{ col: { [Op.is]: null } }`: columns the filter restricts to NULL. */
    nullColumns(where) {
        const out = new Set();
        for (const [column, value] of (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .entriesOf */ .Mc)(where)) {
            if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(value).type === "null")
                out.add(column);
            const inner = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .objectEntries */ .WP)(value);
            if (!inner)
                continue;
            for (const [, v] of inner.entries)
                if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .unwrap */ .oA)(v).type === "null")
                    out.add(column);
            // `[Op.is]: null` has a computed key, which objectEntries leaves out.
            if (/\[\s*(?:Op|Sequelize\.Op)\.is\s*\]\s*:\s*null/.test(value.text))
                out.add(column);
        }
        return out;
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
        if (last?.name === "UUIDV4" || last?.name === "UUIDV1") {
            // Sequelize fills these in JavaScript on create(); the column itself gets no default.
            return undefined;
        }
        if (last?.name === "NOW")
            return { volatile: false, text: "now()" };
        if (last?.name === "fn") {
            const fn = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(last.args[0]) ?? "";
            return { volatile: (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .isVolatileSql */ .Z)(`${fn}()`), text: `${fn}()` };
        }
        if (last?.name === "literal") {
            const sql = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_3__/* .stringValue */ .r$)(last.args[0]);
            return { volatile: sql !== undefined && (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .isVolatileSql */ .Z)(sql), text: sql ?? value.text };
        }
        return { volatile: (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .isVolatileSql */ .Z)(value.text), text: value.text };
    }
}
function readSequelizeMigration(input, parsers) {
    return (0,_migration_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsMigration */ .Y)("sequelize", input, parsers, "No exported `up` function was found in this Sequelize migration", ({ module, up, emit }) => {
        new SequelizeReader(module, emit).run(up, (0,_module_js__WEBPACK_IMPORTED_MODULE_2__/* .exportedFunction */ .gA)(module, "down"));
    });
}


/***/ })

};
