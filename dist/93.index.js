export const id = 93;
export const ids = [93];
export const modules = {

/***/ 1093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTypeormMigration: () => (/* binding */ readTypeormMigration)
/* harmony export */ });
/* harmony import */ var _shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2258);
/* harmony import */ var _column_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5255);
/* harmony import */ var _migration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3254);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4672);
/* harmony import */ var _walker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1839);





const HARMLESS = new Set([
    "hasTable",
    "hasColumn",
    "hasDatabase",
    "hasSchema",
    "getTable",
    "getTables",
    "getView",
    "getViews",
    "startTransaction",
    "commitTransaction",
    "rollbackTransaction",
    "createSchema",
    "createDatabase",
    "createView",
    "dropView",
    "release",
    "connect",
    "clearSqlMemory",
    "enableSqlMemory",
    "disableSqlMemory",
    "getCurrentSchema",
    "getCurrentDatabase",
    "getMemorySql",
    "changeTableComment",
]);
const CONSTRAINTS = {
    createForeignKey: "foreign-key",
    createForeignKeys: "foreign-key",
    createUniqueConstraint: "unique",
    createUniqueConstraints: "unique",
    createCheckConstraint: "check",
    createCheckConstraints: "check",
    createPrimaryKey: "primary-key",
    createExclusionConstraint: "exclusion",
    createExclusionConstraints: "exclusion",
};
const DROP_CONSTRAINTS = new Set([
    "dropForeignKey",
    "dropForeignKeys",
    "dropUniqueConstraint",
    "dropUniqueConstraints",
    "dropCheckConstraint",
    "dropCheckConstraints",
    "dropPrimaryKey",
    "dropExclusionConstraint",
    "dropExclusionConstraints",
]);
class TypeormReader extends _walker_js__WEBPACK_IMPORTED_MODULE_2__/* .JsWalker */ .Y9 {
    emit;
    constructor(module, emit) {
        super(module);
        this.emit = emit;
    }
    run(up) {
        this.enter(up, (param, i) => i === 0 && param.name !== undefined ? [[param.name, { kind: "queryRunner" }]] : []);
    }
    push(where, body) {
        this.emit.push(where, body);
    }
    binding(value, scope) {
        const { root, links } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .chainOf */ .dR)(value);
        if (links.length === 1 && links[0].name === "getTable" && this.isHandle(root, scope, "queryRunner"))
            return { kind: "table", table: this.name(links[0].args[0], scope) };
        return undefined;
    }
    /** The options object of `new Table({...})` / `new TableColumn({...})`, or a plain object. */
    options(node, scope) {
        const value = this.resolve(node, scope);
        if (!value)
            return undefined;
        if (value.type === "new_expression") {
            const args = value.childForFieldName("arguments")?.namedChildren.filter((c) => c !== null);
            return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .objectEntries */ .WP)(this.resolve(args?.[0], scope))?.entries;
        }
        return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .objectEntries */ .WP)(value)?.entries;
    }
    /** A table argument: `"users"`, `new Table({ name })`, or a table from `getTable("users")`. */
    table(node, scope) {
        if (!node)
            return undefined;
        const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(node);
        if (n.type === "identifier") {
            const bound = scope.bindings.get(n.text);
            if (bound?.kind === "table")
                return bound.table;
        }
        const plain = this.name(node, scope);
        if (plain !== undefined)
            return plain;
        return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(this.options(node, scope)?.get("name"));
    }
    column(node, scope) {
        const plain = this.name(node, scope);
        if (plain !== undefined)
            return { name: plain, nullable: false, nullableWritten: false, unique: false, primary: false };
        const o = this.options(node, scope);
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(o?.get("name"));
        if (!o || name === undefined)
            return undefined;
        const typeName = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(o.get("type"));
        const length = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(o.get("length")) ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .numberValue */ .Vg)(o.get("length"))?.toString();
        const precision = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .numberValue */ .Vg)(o.get("precision"));
        const scale = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .numberValue */ .Vg)(o.get("scale"));
        const size = length
            ? `(${length})`
            : precision !== undefined
                ? `(${precision}${scale !== undefined ? `,${scale}` : ""})`
                : "";
        const type = typeName !== undefined ? (0,_column_types_js__WEBPACK_IMPORTED_MODULE_3__/* .sqlType */ .fi)(`${typeName}${size}`) : undefined;
        const nullable = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanValue */ .eC)(o.get("isNullable")) === true;
        const generated = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanValue */ .eC)(o.get("isGenerated")) === true;
        const strategy = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(o.get("generationStrategy")) ?? "increment";
        let def;
        if (generated && (strategy === "increment" || strategy === "uuid" || strategy === "identity")) {
            def = {
                volatile: true,
                text: strategy === "uuid" ? "uuid_generate_v4()" : "nextval() of the column's sequence",
            };
        }
        else if (type?.serial) {
            def = { volatile: true, text: "nextval() of the column's sequence" };
        }
        else if (o.has("default")) {
            const value = this.resolve(o.get("default"), scope);
            const text = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(value);
            // TableColumn's default is SQL text (`"'active'"`, `"now()"`).
            if (text !== undefined)
                def = { volatile: (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .isVolatileSql */ .Z)(text), text };
            else if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainLiteral */ .EA)(value))
                def = { volatile: false, text: value.text };
            else
                def = { volatile: (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .isVolatileSql */ .Z)(value.text), text: value.text };
        }
        return {
            name,
            ...(type ? { type } : {}),
            nullable,
            nullableWritten: o.has("isNullable"),
            ...(def ? { default: def } : {}),
            unique: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanValue */ .eC)(o.get("isUnique")) === true,
            primary: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanValue */ .eC)(o.get("isPrimary")) === true,
        };
    }
    columns(node, scope) {
        return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .elements */ .Yt)(this.resolve(node, scope));
    }
    escaped(call, argument) {
        this.emit.unknown(call, `passes \`${argument}\` to a function that is not defined in this file, so what it does cannot be read`);
    }
    call(call, scope) {
        const { root, links } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .chainOf */ .dR)(call);
        if (!this.isHandle(root, scope, "queryRunner") || links.length === 0)
            return false;
        const [first, ...rest] = links;
        if (first.name === "manager" || first.name === "connection") {
            const second = rest[0];
            if (second?.call && second.name === "query") {
                this.emit.sql(this.resolve(second.args[0], scope), second.call, `queryRunner.${first.name}.query()`);
            }
            else if (second?.call && second.name === "transaction") {
                for (const a of second.args)
                    this.visit(a, scope);
            }
            else if (second?.call) {
                this.emit.unknown(second.call, `queryRunner.${first.name}.${second.name}() works on entities, whose tables the reader does not resolve`, (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .spanBetween */ .Jr)(first.nameNode, second.call));
            }
            return true;
        }
        if (!first.call)
            return false;
        this.queryRunner(first, scope);
        for (const link of rest)
            for (const a of link.args)
                this.visit(a, scope);
        return true;
    }
    queryRunner(link, scope) {
        const call = link.call;
        const args = link.args;
        const span = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .spanBetween */ .Jr)(link.nameNode, call);
        const missing = (what) => this.emit.unknown(call, `queryRunner.${link.name} whose ${what} cannot be read from the file`, span);
        const table = () => this.table(args[0], scope);
        switch (link.name) {
            case "query":
                this.emit.sql(this.resolve(args[0], scope), call, "queryRunner.query()");
                return;
            case "createTable": {
                const o = this.options(args[0], scope);
                const t = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(o?.get("name"));
                if (!o || t === undefined)
                    return missing("table");
                const columns = (this.columns(o.get("columns"), scope) ?? [])
                    .map((c) => (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .entriesOf */ .Mc)(this.resolve(c, scope)).get("name")))
                    .filter((c) => c !== undefined);
                this.push(span, {
                    kind: "create-table",
                    table: t,
                    columns,
                    ...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanValue */ .eC)(args[1]) === true ? { ifNotExists: true } : {}),
                });
                return;
            }
            case "dropTable": {
                const t = table();
                if (t === undefined)
                    return missing("table");
                this.push(span, {
                    kind: "drop-table",
                    table: t,
                    ...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanValue */ .eC)(args[1]) === true ? { ifExists: true } : {}),
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
            case "addColumn":
            case "addColumns": {
                const t = table();
                const list = link.name === "addColumns" ? this.columns(args[1], scope) : args[1] ? [args[1]] : undefined;
                const infos = list?.map((c) => this.column(c, scope));
                if (t === undefined || !infos || infos.some((c) => !c?.type))
                    return missing("table or column");
                for (const c of infos)
                    this.addColumn(span, t, c);
                return;
            }
            case "dropColumn":
            case "dropColumns": {
                const t = table();
                const list = link.name === "dropColumns" ? this.columns(args[1], scope) : args[1] ? [args[1]] : undefined;
                const names = list?.map((c) => this.column(c, scope)?.name);
                if (t === undefined || !names || names.some((n) => n === undefined))
                    return missing("table or column");
                for (const column of names)
                    this.push(span, { kind: "drop-column", table: t, column });
                return;
            }
            case "renameColumn": {
                const t = table();
                const from = this.column(args[1], scope)?.name;
                const to = this.column(args[2], scope)?.name;
                if (t === undefined || from === undefined || to === undefined)
                    return missing("table or column names");
                this.push(span, { kind: "rename-column", table: t, column: from, newName: to });
                return;
            }
            case "changeColumn": {
                const t = table();
                const from = this.column(args[1], scope);
                const to = this.column(args[2], scope);
                if (t === undefined || !from || !to)
                    return missing("table or columns");
                this.changeColumn(span, t, from, to);
                return;
            }
            case "changeColumns": {
                const t = table();
                const pairs = this.columns(args[1], scope);
                if (t === undefined || !pairs)
                    return missing("table or columns");
                for (const pair of pairs) {
                    const entries = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .entriesOf */ .Mc)(this.resolve(pair, scope));
                    const from = this.column(entries.get("oldColumn"), scope);
                    const to = this.column(entries.get("newColumn"), scope);
                    if (!from || !to)
                        return missing("columns");
                    this.changeColumn(span, t, from, to);
                }
                return;
            }
            case "createIndex":
            case "createIndices": {
                const t = table();
                const list = link.name === "createIndices" ? this.columns(args[1], scope) : args[1] ? [args[1]] : undefined;
                if (t === undefined || !list)
                    return missing("table or index");
                for (const index of list) {
                    const o = this.options(index, scope) ?? new Map();
                    const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(o.get("name"));
                    this.push(span, {
                        kind: "add-index",
                        table: t,
                        columns: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Yn)(this.resolve(o.get("columnNames"), scope)) ?? [],
                        ...(name !== undefined ? { name } : {}),
                        ...((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanValue */ .eC)(o.get("isUnique")) === true ? { unique: true } : {}),
                        concurrently: (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanValue */ .eC)(o.get("isConcurrent")) === true,
                    });
                }
                return;
            }
            case "dropIndex":
            case "dropIndices": {
                const t = table();
                const target = args[1];
                const name = this.name(target, scope) ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(this.options(target, scope)?.get("name"));
                this.push(span, {
                    kind: "drop-index",
                    ...(t !== undefined ? { table: t } : {}),
                    ...(name !== undefined ? { name } : {}),
                });
                return;
            }
            case "clearTable": {
                const t = table();
                if (t === undefined)
                    return missing("table");
                this.push(span, { kind: "truncate", tables: [t] });
                return;
            }
            case "dropSchema":
            case "dropDatabase":
                this.emit.unknown(call, `queryRunner.${link.name} drops everything in it, which the reader does not list`, span);
                return;
            default: {
                const constraint = CONSTRAINTS[link.name];
                if (constraint) {
                    const t = table();
                    if (t === undefined)
                        return missing("table");
                    const items = link.name.endsWith("s") ? (this.columns(args[1], scope) ?? []) : [args[1]];
                    for (const item of items) {
                        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(this.options(item, scope)?.get("name"));
                        this.push(span, {
                            kind: "add-constraint",
                            table: t,
                            constraint,
                            ...(name !== undefined ? { name } : {}),
                            validated: true,
                        });
                    }
                    return;
                }
                if (DROP_CONSTRAINTS.has(link.name)) {
                    const t = table();
                    if (t === undefined)
                        return missing("table");
                    const name = this.name(args[1], scope) ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(this.options(args[1], scope)?.get("name"));
                    this.push(span, { kind: "drop-constraint", table: t, ...(name !== undefined ? { name } : {}) });
                    return;
                }
                if (HARMLESS.has(link.name)) {
                    for (const a of args)
                        this.visit(a, scope);
                    return;
                }
                this.emit.unknown(call, `queryRunner.${link.name} is not a QueryRunner method the reader knows`, span);
            }
        }
    }
    addColumn(span, table, c) {
        this.push(span, {
            kind: "add-column",
            table,
            column: c.name,
            ...(c.type ? { type: c.type.text } : {}),
            // TableColumn is NOT NULL unless `isNullable: true`.
            notNull: !c.nullable,
            ...(c.default ? { default: c.default } : {}),
        });
        if (c.primary)
            this.push(span, { kind: "add-constraint", table, constraint: "primary-key", validated: true });
        if (c.unique)
            this.push(span, { kind: "add-constraint", table, constraint: "unique", validated: true });
    }
    /**
     * TypeORM's changeColumn drops the old column and adds the new one when the type or length differs (the
     * values are gone), and alters it in place otherwise. With only the old column's name it cannot be told.
     */
    changeColumn(span, table, from, to) {
        if (!from.type) {
            if (to.type)
                this.push(span, { kind: "change-column-type", table, column: from.name, type: to.type.text });
            if (from.name !== to.name)
                this.push(span, { kind: "rename-column", table, column: from.name, newName: to.name });
            return;
        }
        if (to.type && to.type.text.toLowerCase() !== from.type.text.toLowerCase()) {
            this.push(span, { kind: "drop-column", table, column: from.name });
            this.addColumn(span, table, to);
            return;
        }
        if (from.name !== to.name)
            this.push(span, { kind: "rename-column", table, column: from.name, newName: to.name });
        if (from.nullable && !to.nullable)
            this.push(span, { kind: "set-not-null", table, column: to.name });
        if (!from.nullable && to.nullable)
            this.push(span, { kind: "drop-not-null", table, column: to.name });
    }
}
function readTypeormMigration(input, parsers) {
    return (0,_migration_js__WEBPACK_IMPORTED_MODULE_0__/* .readJsMigration */ .Y)("typeorm", input, parsers, "No migration class with an `up` method was found in this TypeORM migration", ({ module, up, emit }) => {
        new TypeormReader(module, emit).run(up);
    });
}


/***/ })

};
