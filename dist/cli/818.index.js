export const id = 818;
export const ids = [818];
export const modules = {

/***/ 5818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readChangelog: () => (/* binding */ readChangelog)
/* harmony export */ });
/* harmony import */ var _column_types_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6074);
/* harmony import */ var _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8849);
/* harmony import */ var _shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2258);
/* harmony import */ var _sql_embedded_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7502);
/* harmony import */ var _extend_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1131);
// Reads a Liquibase changelog (changelog.ts gives it as one tree, whatever the format) into forward Operations.
// Every change of every changeSet runs forward; `<rollback>` is the down direction and never counts. Each change
// type is one entry of CHANGES, so what `dropColumn` means is found by its name; a type the table lacks is an
// `unknown` operation, never skipped.





function push(r, at, body) {
    r.out.operations.push((0,_extend_js__WEBPACK_IMPORTED_MODULE_2__/* .extend */ .X)(body, { line: at.line, endLine: at.endLine }));
}
function unknown(r, at, reason) {
    push(r, at, (0,_shared_toolkit_js__WEBPACK_IMPORTED_MODULE_3__/* .unknownOperation */ .sA)(reason, `<${at.name}>`));
}
const attr = (e, name) => {
    const value = e.attrs.get(name);
    return value === undefined || value === "" ? undefined : value;
};
const yes = (e, name) => attr(e, name)?.toLowerCase() === "true";
const columnsOf = (e) => e.children.filter((c) => c.name === "column");
const whereOf = (e) => e.children.find((c) => c.name === "where")?.text.trim();
/** `VARCHAR(255)`, `numeric(10, 2)`, `java.sql.Types.BIGINT`: the model's SQL type; undefined for `${prop}`. */
function sqlType(text) {
    const m = /^(?:java\.sql\.Types\.)?([a-z_][\w ]*?)\s*(?:\(\s*([\d\s,]+)\))?\s*(\[\])?$/i.exec(text.trim());
    if (!m)
        return undefined;
    const mods = m[2] ? m[2].split(",").map((n) => Number(n.trim())) : [];
    return (0,_column_types_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sqlColumnType */ .fF)(m[1].toLowerCase(), mods, m[3] !== undefined);
}
/** defaultValue* attributes: a computed value is SQL the database evaluates; a literal is stored once. */
function defaultOf(column) {
    const computed = attr(column, "defaultValueComputed");
    if (computed !== undefined)
        return { volatile: (0,_shared_volatile_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .isVolatileSql */ .Z)(computed), text: computed };
    for (const name of ["defaultValue", "defaultValueNumeric", "defaultValueBoolean", "defaultValueDate"]) {
        const value = attr(column, name);
        if (value !== undefined)
            return { volatile: false, text: value };
    }
    return undefined;
}
/** A `<column>` with its `<constraints>`: the add-column and the constraints it brings. */
function addColumn(r, at, table, column) {
    const name = attr(column, "name");
    if (name === undefined)
        return unknown(r, at, `${at.name} with a column that has no name`);
    const constraints = column.children.find((c) => c.name === "constraints");
    const typeText = attr(column, "type");
    const type = typeText !== undefined ? sqlType(typeText) : undefined;
    if (type)
        r.known.set(`${table}.${name}`, type);
    const value = defaultOf(column);
    const primaryKey = constraints !== undefined && yes(constraints, "primaryKey");
    push(r, at, {
        kind: "add-column",
        table,
        column: name,
        ...(typeText !== undefined ? { type: typeText } : {}),
        notNull: primaryKey || (constraints !== undefined && attr(constraints, "nullable")?.toLowerCase() === "false"),
        ...(value ? { default: value } : {}),
    });
    if (!constraints)
        return;
    if (yes(constraints, "unique"))
        push(r, at, { kind: "add-constraint", table, constraint: "unique", validated: true });
    if (primaryKey)
        push(r, at, { kind: "add-constraint", table, constraint: "primary-key", validated: true });
    if (attr(constraints, "references") !== undefined || attr(constraints, "referencedTableName") !== undefined)
        push(r, at, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
}
/** Changes that alter nothing a rule looks at. */
const HARMLESS = new Set([
    "insert",
    "loadData",
    "createView",
    "dropView",
    "renameView",
    "createSequence",
    "alterSequence",
    "dropSequence",
    "createProcedure",
    "dropProcedure",
    "createFunction",
    "dropFunction",
    "createTrigger",
    "dropTrigger",
    "enableTrigger",
    "disableTrigger",
    "tagDatabase",
    "setTableRemarks",
    "setColumnRemarks",
    "addAutoIncrement",
    "output",
    "empty",
    "comment",
]);
/** Each change type, by its Liquibase name. */
const CHANGES = {
    createTable(r, c) {
        const table = attr(c, "tableName");
        if (table === undefined)
            return unknown(r, c, "createTable without a tableName");
        const columns = columnsOf(c).map((col) => attr(col, "name"));
        for (const col of columnsOf(c)) {
            const name = attr(col, "name");
            const type = attr(col, "type");
            const parsed = type !== undefined ? sqlType(type) : undefined;
            if (name !== undefined && parsed)
                r.known.set(`${table}.${name}`, parsed);
        }
        push(r, c, {
            kind: "create-table",
            table,
            columns: columns.filter((n) => n !== undefined),
            ...(yes(c, "ifNotExists") ? { ifNotExists: true } : {}),
        });
    },
    dropTable(r, c) {
        const table = attr(c, "tableName");
        if (table === undefined)
            return unknown(r, c, "dropTable without a tableName");
        push(r, c, { kind: "drop-table", table, ...(yes(c, "cascadeConstraints") ? { cascade: true } : {}) });
    },
    renameTable(r, c) {
        const [from, to] = [attr(c, "oldTableName"), attr(c, "newTableName")];
        if (from === undefined || to === undefined)
            return unknown(r, c, "renameTable without both names");
        push(r, c, { kind: "rename-table", table: from, newName: to });
    },
    addColumn(r, c) {
        const table = attr(c, "tableName");
        if (table === undefined)
            return unknown(r, c, "addColumn without a tableName");
        for (const column of columnsOf(c))
            addColumn(r, c, table, column);
    },
    dropColumn(r, c) {
        const table = attr(c, "tableName");
        const names = [attr(c, "columnName"), ...columnsOf(c).map((col) => attr(col, "name"))].filter((n) => n !== undefined);
        if (table === undefined || names.length === 0)
            return unknown(r, c, "dropColumn without a table or column name");
        for (const column of names)
            push(r, c, { kind: "drop-column", table, column });
    },
    renameColumn(r, c) {
        const [table, from, to] = [attr(c, "tableName"), attr(c, "oldColumnName"), attr(c, "newColumnName")];
        if (table === undefined || from === undefined || to === undefined)
            return unknown(r, c, "renameColumn without its table and both names");
        push(r, c, { kind: "rename-column", table, column: from, newName: to });
    },
    modifyDataType(r, c) {
        const [table, column, typeText] = [attr(c, "tableName"), attr(c, "columnName"), attr(c, "newDataType")];
        if (table === undefined || column === undefined || typeText === undefined)
            return unknown(r, c, "modifyDataType without its table, column and new type");
        const type = sqlType(typeText);
        const key = `${table}.${column}`;
        push(r, c, {
            kind: "change-column-type",
            table,
            column,
            type: typeText,
            ...(type ? (0,_column_types_index_js__WEBPACK_IMPORTED_MODULE_0__/* .classifySqlTypeChange */ .Tr)(r.known.get(key), type) : {}),
        });
        if (type)
            r.known.set(key, type);
    },
    addNotNullConstraint(r, c) {
        const [table, column] = [attr(c, "tableName"), attr(c, "columnName")];
        if (table === undefined || column === undefined)
            return unknown(r, c, "addNotNullConstraint without its table and column");
        // Liquibase fills the NULLs with defaultNullValue before it adds the constraint.
        if (attr(c, "defaultNullValue") !== undefined) {
            push(r, c, {
                kind: "update-rows",
                table,
                columns: [column],
                filtered: true,
                onlyNulls: true,
                via: "addNotNullConstraint defaultNullValue",
            });
        }
        push(r, c, { kind: "set-not-null", table, column });
    },
    dropNotNullConstraint(r, c) {
        const [table, column] = [attr(c, "tableName"), attr(c, "columnName")];
        if (table === undefined || column === undefined)
            return unknown(r, c, "dropNotNullConstraint without its table and column");
        push(r, c, { kind: "drop-not-null", table, column });
    },
    addDefaultValue(r, c) {
        const [table, column] = [attr(c, "tableName"), attr(c, "columnName")];
        if (table === undefined || column === undefined)
            return unknown(r, c, "addDefaultValue without its column");
        const value = defaultOf(c);
        push(r, c, { kind: "change-default", table, column, ...(value ? { default: value } : {}) });
    },
    dropDefaultValue(r, c) {
        const [table, column] = [attr(c, "tableName"), attr(c, "columnName")];
        if (table === undefined || column === undefined)
            return unknown(r, c, "dropDefaultValue without its column");
        push(r, c, { kind: "change-default", table, column });
    },
    createIndex(r, c) {
        const table = attr(c, "tableName");
        const columns = columnsOf(c).map((col) => attr(col, "name"));
        if (table === undefined || columns.length === 0 || columns.some((n) => n === undefined))
            return unknown(r, c, "createIndex without its table and columns");
        const name = attr(c, "indexName");
        push(r, c, {
            kind: "add-index",
            table,
            columns: columns,
            ...(name !== undefined ? { name } : {}),
            ...(yes(c, "unique") ? { unique: true } : {}),
        });
    },
    dropIndex(r, c) {
        const [table, name] = [attr(c, "tableName"), attr(c, "indexName")];
        push(r, c, {
            kind: "drop-index",
            ...(table !== undefined ? { table } : {}),
            ...(name !== undefined ? { name } : {}),
        });
    },
    addForeignKeyConstraint(r, c) {
        const table = attr(c, "baseTableName");
        if (table === undefined)
            return unknown(r, c, "addForeignKeyConstraint without a baseTableName");
        const name = attr(c, "constraintName");
        push(r, c, {
            kind: "add-constraint",
            table,
            constraint: "foreign-key",
            ...(name !== undefined ? { name } : {}),
            validated: attr(c, "validate")?.toLowerCase() !== "false",
        });
    },
    addUniqueConstraint: addConstraint("unique"),
    addPrimaryKey: addConstraint("primary-key"),
    addCheckConstraint: addConstraint("check"),
    dropForeignKeyConstraint: dropConstraint("baseTableName"),
    dropUniqueConstraint: dropConstraint("tableName"),
    dropPrimaryKey: dropConstraint("tableName"),
    dropCheckConstraint: dropConstraint("tableName"),
    dropAllForeignKeyConstraints: dropConstraint("baseTableName"),
    delete(r, c) {
        const table = attr(c, "tableName");
        if (table === undefined)
            return unknown(r, c, "delete without a tableName");
        push(r, c, { kind: "delete-rows", table, filtered: Boolean(whereOf(c)), via: "delete" });
    },
    update(r, c) {
        const table = attr(c, "tableName");
        if (table === undefined)
            return unknown(r, c, "update without a tableName");
        const columns = columnsOf(c)
            .map((col) => attr(col, "name"))
            .filter((n) => n !== undefined);
        const where = whereOf(c);
        const nulls = where && !/\bor\b/i.test(where) ? [...where.matchAll(/(\w+)\s+is\s+null\b/gi)].map((m) => m[1]) : [];
        push(r, c, {
            kind: "update-rows",
            table,
            columns,
            filtered: Boolean(where),
            onlyNulls: columns.length > 0 && columns.every((col) => nulls.includes(col)),
            via: "update",
        });
    },
    sql(r, c) {
        if (!c.text.trim())
            return unknown(r, c, "a sql change with no SQL in it");
        (0,_sql_embedded_js__WEBPACK_IMPORTED_MODULE_1__/* .appendSql */ .pl)(r.out, { sql: c.text, database: r.database, line: c.textLine }, r.parsers);
    },
    sqlFile(r, c) {
        unknown(r, c, `sqlFile runs SQL from ${attr(c, "path") ?? "another file"}, which is read only where it is a migration itself`);
    },
};
function addConstraint(constraint) {
    return (r, c) => {
        const table = attr(c, "tableName");
        if (table === undefined)
            return unknown(r, c, `${c.name} without a tableName`);
        const name = attr(c, "constraintName");
        push(r, c, {
            kind: "add-constraint",
            table,
            constraint,
            ...(name !== undefined ? { name } : {}),
            validated: attr(c, "validate")?.toLowerCase() !== "false",
        });
    };
}
function dropConstraint(tableAttr) {
    return (r, c) => {
        const table = attr(c, tableAttr);
        if (table === undefined)
            return unknown(r, c, `${c.name} without a ${tableAttr}`);
        const name = attr(c, "constraintName");
        push(r, c, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
    };
}
/** Children of a changeSet that are not changes. */
const NOT_CHANGES = new Set([
    "rollback",
    "preConditions",
    "precondition",
    "comment",
    "validCheckSum",
    "id",
    "author",
]);
/** Whether a `dbms="..."` list lets the change run on this database (`!mysql`, `all`, `none`). */
function runsOn(e, database) {
    const dbms = attr(e, "dbms");
    if (dbms === undefined)
        return true;
    const names = dbms.split(",").map((d) => d.trim().toLowerCase());
    if (names.includes("none"))
        return false;
    if (names.includes(`!${database}`))
        return false;
    const positive = names.filter((n) => !n.startsWith("!"));
    return positive.length === 0 || positive.includes("all") || positive.includes(database);
}
function readChangelog(changelog, database, parsers) {
    const out = {
        framework: "liquibase",
        operations: [],
        comments: [...changelog.comments],
        problems: [...changelog.problems],
    };
    const r = { out, database, parsers, known: new Map() };
    for (const changeSet of changelog.root?.children ?? []) {
        if (changeSet.name !== "changeSet" || !runsOn(changeSet, database))
            continue;
        for (const change of changeSet.children) {
            if (NOT_CHANGES.has(change.name) || !runsOn(change, database))
                continue;
            const handler = (0,_shared_toolkit_js__WEBPACK_IMPORTED_MODULE_3__/* .handlerFor */ .ci)(CHANGES, change.name);
            if (handler)
                handler(r, change);
            else if (!HARMLESS.has(change.name))
                unknown(r, change, `${change.name} is not a Liquibase change the reader knows`);
        }
    }
    out.operations.sort((a, b) => a.line - b.line);
    out.comments.sort((a, b) => a.line - b.line);
    return out;
}


/***/ }),

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ isVolatileSql)
/* harmony export */ });
// Which SQL default expressions are evaluated once per row. PostgreSQL (11+) stores a non-volatile default in the
// catalog and skips the rewrite; a volatile one rewrites the table. now()/CURRENT_TIMESTAMP are STABLE, so not here.
const VOLATILE_SQL = /\b(?:random|gen_random_uuid|gen_random_bytes|uuid_generate_v1(?:mc)?|uuid_generate_v4|clock_timestamp|timeofday|nextval|setval|uuid|uuid_short|rand|newid|randomblob)\s*\(/i;
function isVolatileSql(expression) {
    return VOLATILE_SQL.test(expression);
}


/***/ })

};
