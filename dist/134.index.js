export const id = 134;
export const ids = [134];
export const modules = {

/***/ 8134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LaravelReader: () => (/* binding */ LaravelReader),
  readLaravelMigration: () => (/* binding */ readLaravelMigration)
});

// EXTERNAL MODULE: ./src/core/frameworks/tree-sitter.ts
var tree_sitter = __webpack_require__(7545);
// EXTERNAL MODULE: ./src/core/run-time.ts
var run_time = __webpack_require__(2686);
// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __webpack_require__(8849);
// EXTERNAL MODULE: ./src/core/frameworks/php/nodes.ts
var nodes = __webpack_require__(9887);
// EXTERNAL MODULE: ./src/core/frameworks/shared/inflect.ts
var inflect = __webpack_require__(2760);
;// CONCATENATED MODULE: ./src/core/frameworks/php/column-types.ts


/** Laravel's Builder::$defaultStringLength. */
const DEFAULT_STRING_LENGTH = 255;
const SIMPLE_TYPES = {
    text: "text",
    tinyText: "text",
    mediumText: "text",
    longText: "text",
    integer: "integer",
    unsignedInteger: "integer",
    mediumInteger: "integer",
    unsignedMediumInteger: "integer",
    bigInteger: "bigint",
    unsignedBigInteger: "bigint",
    foreignId: "bigint",
    smallInteger: "smallint",
    unsignedSmallInteger: "smallint",
    tinyInteger: "smallint",
    unsignedTinyInteger: "smallint",
    float: "float",
    double: "float",
    boolean: "boolean",
    date: "date",
    dateTime: "datetime",
    dateTimeTz: "datetime",
    timestamp: "datetime",
    timestampTz: "datetime",
    time: "time",
    timeTz: "time",
    year: "year",
    json: "json",
    jsonb: "jsonb",
    binary: "binary",
    uuid: "uuid",
    foreignUuid: "uuid",
    ulid: "ulid",
    foreignUlid: "ulid",
    ipAddress: "inet",
    macAddress: "macaddr",
    enum: "enum",
    set: "set",
    geometry: "geometry",
    geography: "geography",
    vector: "vector",
    computed: "computed",
};
const INCREMENTS = {
    increments: "integer",
    bigIncrements: "bigint",
    mediumIncrements: "integer",
    smallIncrements: "smallint",
    tinyIncrements: "smallint",
    id: "bigint",
};
const MORPHS = {
    morphs: { id: "bigint", nullable: false },
    nullableMorphs: { id: "bigint", nullable: true },
    uuidMorphs: { id: "uuid", nullable: false },
    nullableUuidMorphs: { id: "uuid", nullable: true },
    ulidMorphs: { id: "ulid", nullable: false },
    nullableUlidMorphs: { id: "ulid", nullable: true },
    numericMorphs: { id: "bigint", nullable: false },
    nullableNumericMorphs: { id: "bigint", nullable: true },
};
function names(node, fallback) {
    if (node === undefined)
        return fallback === undefined ? undefined : [fallback];
    const value = (0,nodes/* stringValue */.r$)(node);
    return value === undefined ? undefined : [value];
}
/** `User::class` → "user_id" (Laravel's foreignIdFor default); undefined for anything else. */
function foreignKeyFor(node) {
    if (!node)
        return undefined;
    const n = (0,nodes/* unwrap */.oA)(node);
    if (n.type !== "class_constant_access_expression")
        return undefined;
    const [scope, constant] = n.namedChildren;
    if (!scope || constant?.text !== "class")
        return undefined;
    const model = scope.text.split("\\").pop();
    return `${(0,inflect/* singularize */.ES)((0,inflect/* underscore */.z9)(model))}_id`;
}
/** The columns a Blueprint method adds, or undefined when `method` does not add columns. */
function columnDefinition(method, args) {
    const first = (0,nodes/* arg */.JR)(args, 0, "column");
    if (method === "addColumn") {
        // addColumn('string', 'name', ['length' => 100]): the type by its Blueprint name.
        const type = (0,nodes/* stringValue */.r$)((0,nodes/* arg */.JR)(args, 0, "type"));
        const columns = names((0,nodes/* arg */.JR)(args, 1, "name"));
        if (type === undefined)
            return { columns: undefined, type: { type: "unknown" } };
        const known = type === "string" ? "string" : (SIMPLE_TYPES[type] ?? INCREMENTS[type] ?? type);
        return {
            columns,
            type: known === "string" ? { type: "string", limit: DEFAULT_STRING_LENGTH } : { type: known },
        };
    }
    if (method === "string" || method === "char") {
        const length = (0,nodes/* numberValue */.Vg)((0,nodes/* arg */.JR)(args, 1, "length"));
        return {
            columns: names(first),
            type: { type: "string", limit: length ?? DEFAULT_STRING_LENGTH },
        };
    }
    if (method === "decimal" || method === "unsignedDecimal") {
        return {
            columns: names(first),
            type: {
                type: "decimal",
                precision: (0,nodes/* numberValue */.Vg)((0,nodes/* arg */.JR)(args, 1, "total")) ?? 8,
                scale: (0,nodes/* numberValue */.Vg)((0,nodes/* arg */.JR)(args, 2, "places")) ?? 2,
            },
        };
    }
    const simple = SIMPLE_TYPES[method];
    if (simple !== undefined) {
        // `increments`-like flag: integer('id', true) is an auto-increment key.
        const autoIncrement = /integer$/i.test(method) && args.positional[1]?.text === "true";
        return { columns: names(first), type: { type: simple }, ...(autoIncrement ? { autoIncrement } : {}) };
    }
    const increments = INCREMENTS[method];
    if (increments !== undefined) {
        return {
            columns: names(first, method === "id" ? "id" : undefined),
            type: { type: increments },
            autoIncrement: true,
        };
    }
    switch (method) {
        case "foreignIdFor": {
            const explicit = (0,nodes/* arg */.JR)(args, 1, "column");
            const column = explicit ? (0,nodes/* stringValue */.r$)(explicit) : foreignKeyFor(first);
            return { columns: column === undefined ? undefined : [column], type: { type: "bigint" } };
        }
        case "timestamps":
        case "timestampsTz":
        case "nullableTimestamps":
            return { columns: ["created_at", "updated_at"], type: { type: "datetime" }, nullable: true };
        case "softDeletes":
        case "softDeletesTz":
            return { columns: names(first, "deleted_at"), type: { type: "datetime" }, nullable: true };
        case "rememberToken":
            return { columns: ["remember_token"], type: { type: "string", limit: 100 }, nullable: true };
        default:
            break;
    }
    const morphs = MORPHS[method];
    if (morphs !== undefined) {
        const name = (0,nodes/* stringValue */.r$)(first);
        return {
            columns: name === undefined ? undefined : [`${name}_type`, `${name}_id`],
            type: { type: morphs.id },
            nullable: morphs.nullable,
        };
    }
    return undefined;
}
/** Every Blueprint method that adds columns, by the name Laravel spells it. */
const COLUMN_METHODS = [
    "string",
    "char",
    "decimal",
    "unsignedDecimal",
    "addColumn",
    "foreignIdFor",
    "timestamps",
    "timestampsTz",
    "nullableTimestamps",
    "softDeletes",
    "softDeletesTz",
    "rememberToken",
    ...Object.keys(SIMPLE_TYPES),
    ...Object.keys(INCREMENTS),
    ...Object.keys(MORPHS),
];

// EXTERNAL MODULE: ./src/core/column-types/index.ts + 3 modules
var column_types = __webpack_require__(6074);
// EXTERNAL MODULE: ./src/core/frameworks/shared/known-columns.ts
var known_columns = __webpack_require__(662);
// EXTERNAL MODULE: ./src/core/frameworks/shared/volatile-defaults.ts
var volatile_defaults = __webpack_require__(2258);
;// CONCATENATED MODULE: ./src/core/frameworks/php/laravel/columns.ts
// A Blueprint column method and its modifiers (`$table->string('email')->nullable()->unique()`): a column added
// (or listed in the create), or restated with `->change()`; its default; the indexes Laravel names for it.





/** Modifiers of a column method the reader reads (besides the inline index methods, which are commands too). */
const COLUMN_MODIFIERS = [
    "nullable",
    "default",
    "change",
    "useCurrent",
    "constrained",
    "references",
    "storedAs",
    "virtualAs",
    "generatedAs",
];
/** The name Laravel gives an index it names itself: `users_email_unique`. */
function indexName(table, columns, suffix) {
    return `${table}_${columns.join("_")}_${suffix}`.replace(/[-.]/g, "_").toLowerCase();
}
/** An index, unique or primary key on `columns`, as Laravel adds it on PostgreSQL. */
function readIndex(r, bp, method, columns, name, at) {
    const { table } = bp;
    if (method === "primary") {
        r.push(at, {
            kind: "add-constraint",
            table,
            constraint: "primary-key",
            validated: true,
            ...(name !== undefined ? { name } : {}),
        });
        return;
    }
    if (method === "unique") {
        // Laravel adds a unique index as `alter table ... add constraint ... unique (...)` on PostgreSQL.
        r.push(at, {
            kind: "add-constraint",
            table,
            constraint: "unique",
            validated: true,
            name: name ?? indexName(table, columns, "unique"),
        });
        return;
    }
    r.push(at, { kind: "add-index", table, columns, name: name ?? indexName(table, columns, "index") });
}
/** A column method with its modifiers: added (or listed in the create), or changed with `->change()`. */
function readColumn(r, bp, def, modifiers, at, env) {
    const { table } = bp;
    if (!def.columns) {
        r.unknown(at, "a column whose name the reader cannot resolve");
        return;
    }
    const mods = new Map();
    for (const m of modifiers)
        mods.set(m.name, m);
    const nullableMod = mods.get("nullable");
    const nullable = nullableMod ? ((0,nodes/* booleanValue */.eC)((0,nodes/* arg */.JR)(nullableMod.args, 0, "value")) ?? true) : def.nullable;
    const defaultField = defaultOf(mods, def);
    if (mods.has("change")) {
        for (const column of def.columns)
            change(r, table, column, def.type, nullableMod ? nullable : undefined, mods, defaultField, at);
        return;
    }
    for (const column of def.columns) {
        r.known.set(`${table}.${column}`, { type: def.type, ...(nullable !== undefined ? { nullable } : {}) });
        if (bp.creating)
            bp.creating.push(column);
        else
            r.push(at, {
                kind: "add-column",
                table,
                column,
                type: (0,column_types/* describeType */.MF)(def.type),
                notNull: nullable !== true,
                ...defaultField,
            });
    }
    // Inline index modifiers: `->unique()`, `->index()`, `->primary()`, `->constrained()`.
    for (const m of modifiers) {
        if (m.name === "unique" || m.name === "index" || m.name === "primary" || m.name === "fullText")
            readIndex(r, bp, m.name, def.columns, r.string((0,nodes/* arg */.JR)(m.args, 0, "indexName"), env), m.call);
        if (m.name === "constrained" || m.name === "references")
            r.push(m.call, {
                kind: "add-constraint",
                table,
                constraint: "foreign-key",
                validated: true,
                name: indexName(table, def.columns, "foreign"),
            });
    }
}
function change(r, table, column, type, nullable, mods, defaultField, at) {
    const key = `${table}.${column}`;
    const old = r.known.get(key);
    r.known.set(key, { type, ...(nullable !== undefined ? { nullable } : {}) });
    if (r.learning)
        return;
    // `->nullable()->change()` restates the type to relax the column.
    const typeChange = (0,known_columns/* restatedType */.f)(table, column, old, type, mods.has("nullable") || mods.has("default"));
    if (typeChange)
        r.push(at, typeChange);
    // `->change()` restates every modifier: without `nullable()` the column becomes NOT NULL.
    if (nullable === false || (nullable === undefined && old?.nullable === true))
        r.push(at, { kind: "set-not-null", table, column });
    else if (nullable === true && old?.nullable !== true)
        r.push(at, { kind: "drop-not-null", table, column });
    if (mods.has("default") || mods.has("useCurrent"))
        r.push(at, { kind: "change-default", table, column, ...defaultField });
}
function defaultOf(mods, def) {
    const d = mods.get("default");
    if (d) {
        const value = (0,nodes/* arg */.JR)(d.args, 0, "value");
        if (!value || (0,nodes/* isNull */.kZ)(value))
            return {};
        const raw = rawExpression(value);
        if (raw !== undefined)
            return { default: { volatile: (0,volatile_defaults/* isVolatileSql */.Z)(raw), text: (0,toolkit/* truncate */.xv)(raw) } };
        // Any other PHP value is computed once, when the migration runs: a constant for every row.
        return { default: { volatile: false, text: (0,toolkit/* truncate */.xv)((0,nodes/* unwrap */.oA)(value).text) } };
    }
    if (mods.has("useCurrent"))
        return { default: { volatile: false, text: "CURRENT_TIMESTAMP" } };
    for (const generated of ["storedAs", "virtualAs", "generatedAs"]) {
        const m = mods.get(generated);
        if (m)
            return { default: { volatile: generated === "storedAs", text: (0,toolkit/* truncate */.xv)(m.call.text) } };
    }
    if (def.autoIncrement)
        return { default: { volatile: true, text: "auto-increment" } };
    return {};
}
/** `DB::raw('...')` or `new Expression('...')`: SQL the database evaluates. */
function rawExpression(node) {
    const n = (0,nodes/* unwrap */.oA)(node);
    if (n.type === "scoped_call_expression" && (0,nodes/* scopeName */.OK)(n) === "DB" && (0,nodes/* methodName */.Lo)(n) === "raw")
        return (0,nodes/* stringValue */.r$)((0,nodes/* callArgs */.qS)(n).positional[0]) ?? "DB::raw(...)";
    if (n.type === "object_creation_expression") {
        const cls = n.namedChildren.find((c) => c?.type === "name" || c?.type === "qualified_name");
        const args = n.namedChildren.find((c) => c?.type === "arguments");
        if (cls && /Expression$/.test(cls.text)) {
            const first = args?.namedChildren.find((c) => c?.type === "argument")?.namedChildren[0];
            return (0,nodes/* stringValue */.r$)(first) ?? "new Expression(...)";
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/frameworks/php/laravel/blueprint-calls.ts
// Blueprint calls inside a Schema::create/table closure (`$table->dropColumn('fax')`): a column method with its
// modifiers is read in columns.ts; every other command has a handler here, keyed by its method name. A method
// the table does not hold is a Blueprint macro, which can change anything: an unknown operation.





/** Blueprint methods that change nothing a rule cares about. */
const HARMLESS_BLUEPRINT = new Set([
    "engine",
    "charset",
    "collation",
    "comment",
    "temporary",
    "renameIndex",
    "innoDb",
    "getTable",
    "getColumns",
    "getCommands",
]);
/** The suffix Laravel gives an index it names from its columns, by the method that drops it. */
const DROP_SUFFIX = {
    dropIndex: "index",
    dropUnique: "unique",
    dropFullText: "fulltext",
    dropSpatialIndex: "spatialindex",
};
const dropColumn = (r, { table }, { args }, at, env) => {
    // dropColumn('a'), dropColumn(['a', 'b']) and dropColumn('a', 'b') all drop every name given.
    // A name from a variable is still dropped, named by where it comes from.
    const first = (0,nodes/* arg */.JR)(args, 0, "columns");
    const columns = args.positional.length > 1
        ? args.positional.map((a) => r.string(a, env) ?? r.runTime(a, "column"))
        : (r.strings(first, env) ?? (first && [r.runTime(first, "column")]));
    if (!columns || columns.some((c) => c === undefined)) {
        r.unknown(at, "dropColumn with names the reader cannot resolve");
        return;
    }
    for (const column of columns)
        r.push(at, { kind: "drop-column", table, column });
};
/** A drop of columns whose names Laravel fixes: `dropTimestamps()`, `dropRememberToken()`. */
const dropNamed = (...columns) => (r, { table }, _command, at) => {
    for (const column of columns)
        r.push(at, { kind: "drop-column", table, column });
};
const dropSoftDeletes = (r, { table }, { name, args }, at, env) => {
    const first = (0,nodes/* arg */.JR)(args, 0, "columns");
    const column = first ? r.string(first, env) : "deleted_at";
    if (column === undefined)
        r.unknown(at, `${name} with a name the reader cannot resolve`);
    else
        r.push(at, { kind: "drop-column", table, column });
};
const dropMorphs = (r, { table }, { args }, at, env) => {
    const morph = r.string((0,nodes/* arg */.JR)(args, 0, "columns"), env);
    if (morph === undefined)
        r.unknown(at, "dropMorphs with a name the reader cannot resolve");
    else
        for (const column of [`${morph}_type`, `${morph}_id`])
            r.push(at, { kind: "drop-column", table, column });
};
const dropConstrainedForeignId = (r, { table }, { name, args }, at, env) => {
    const column = r.string((0,nodes/* arg */.JR)(args, 0, "columns"), env);
    if (column === undefined) {
        r.unknown(at, `${name} with a name the reader cannot resolve`);
        return;
    }
    r.push(at, { kind: "drop-constraint", table, name: indexName(table, [column], "foreign") });
    r.push(at, { kind: "drop-column", table, column });
};
const renameColumn = (r, { table }, { args }, at, env) => {
    const from = r.string((0,nodes/* arg */.JR)(args, 0, "from"), env);
    const to = r.string((0,nodes/* arg */.JR)(args, 1, "to"), env);
    if (from === undefined || to === undefined)
        r.unknown(at, "renameColumn with names the reader cannot resolve");
    else
        r.push(at, { kind: "rename-column", table, column: from, newName: to });
};
/** `index`, `unique`, `primary`, `fullText`, `spatialIndex`, `rawIndex` on columns of their own. */
const addIndex = (r, bp, { name, args }, at, env) => {
    const first = (0,nodes/* arg */.JR)(args, 0, "columns");
    const columns = name === "rawIndex" ? [r.string(first, env) ?? "expression"] : r.strings(first, env);
    if (!columns) {
        r.unknown(at, `${name} on columns the reader cannot resolve`);
        return;
    }
    readIndex(r, bp, name, columns, r.string((0,nodes/* arg */.JR)(args, 1, "name"), env), at);
};
const foreign = (r, { table }, { args }, at, env) => {
    const columns = r.strings((0,nodes/* arg */.JR)(args, 0, "columns"), env);
    const fkName = r.string((0,nodes/* arg */.JR)(args, 1, "name"), env);
    r.push(at, {
        kind: "add-constraint",
        table,
        constraint: "foreign-key",
        validated: true,
        ...(fkName !== undefined
            ? { name: fkName }
            : columns
                ? { name: indexName(table, columns, "foreign") }
                : {}),
    });
};
/** `dropIndex`, `dropUnique`, `dropPrimary`, `dropFullText`, `dropSpatialIndex`: by name or by columns. */
const dropIndex = (r, { table }, { name, args }, at, env) => {
    const first = (0,nodes/* arg */.JR)(args, 0, "columns");
    const written = r.string(first, env);
    const columns = written === undefined ? r.strings(first, env) : undefined;
    // Laravel names an index from its table and columns when given columns; PostgreSQL's primary key is
    // always `<table>_pkey`.
    const dropped = written ??
        (name === "dropPrimary"
            ? `${table}_pkey`
            : columns
                ? indexName(table, columns, DROP_SUFFIX[name])
                : undefined);
    if (name === "dropPrimary" || name === "dropUnique") {
        // Laravel drops both as constraints on PostgreSQL (`alter table ... drop constraint`).
        r.push(at, { kind: "drop-constraint", table, ...(dropped !== undefined ? { name: dropped } : {}) });
        return;
    }
    r.push(at, {
        kind: "drop-index",
        table,
        ...(dropped !== undefined ? { name: dropped } : {}),
        ...(columns ? { columns } : {}),
    });
};
const dropForeign = (r, { table }, { args }, at, env) => {
    const first = (0,nodes/* arg */.JR)(args, 0, "columns");
    const fkName = (0,nodes/* stringValue */.r$)(first);
    const columns = fkName === undefined ? r.strings(first, env) : undefined;
    const resolved = fkName ?? (columns ? indexName(table, columns, "foreign") : undefined);
    r.push(at, { kind: "drop-constraint", table, ...(resolved !== undefined ? { name: resolved } : {}) });
};
const rename = (r, { table }, { args }, at, env) => {
    const to = r.string((0,nodes/* arg */.JR)(args, 0, "to"), env);
    if (to === undefined)
        r.unknown(at, "rename with a name the reader cannot resolve");
    else
        r.push(at, { kind: "rename-table", table, newName: to });
};
const drop = (r, { table }, { name }, at) => r.push(at, { kind: "drop-table", table, ...(name === "dropIfExists" ? { ifExists: true } : {}) });
/** `$table->after('email', function ($table) { ... })` groups columns; the closure gets the same Blueprint. */
const after = (r, bp, { args }, _at, env) => {
    const closure = (0,nodes/* arg */.JR)(args, 1, "columns");
    if (closure)
        readClosure(r, closure, bp, env);
};
/** Blueprint commands the reader acts on, by method name (as Laravel spells it). */
const BLUEPRINT_CALLS = {
    dropColumn,
    dropColumns: dropColumn,
    dropTimestamps: dropNamed("created_at", "updated_at"),
    dropTimestampsTz: dropNamed("created_at", "updated_at"),
    dropSoftDeletes,
    dropSoftDeletesTz: dropSoftDeletes,
    dropRememberToken: dropNamed("remember_token"),
    dropMorphs,
    dropConstrainedForeignId,
    dropConstrainedForeignIdFor: dropConstrainedForeignId,
    renameColumn,
    index: addIndex,
    unique: addIndex,
    primary: addIndex,
    fullText: addIndex,
    spatialIndex: addIndex,
    rawIndex: addIndex,
    foreign,
    dropIndex,
    dropUnique: dropIndex,
    dropPrimary: dropIndex,
    dropFullText: dropIndex,
    dropSpatialIndex: dropIndex,
    dropForeign,
    rename,
    drop,
    dropIfExists: drop,
    after,
};
/** How Laravel spells each method the reader knows, by its lower-case name: PHP method names are case-insensitive. */
const CANONICAL = new Map([...COLUMN_METHODS, ...Object.keys(BLUEPRINT_CALLS), ...COLUMN_MODIFIERS, ...HARMLESS_BLUEPRINT].map((n) => [n.toLowerCase(), n]));
function canonical(name) {
    return CANONICAL.get(name.toLowerCase()) ?? name;
}
/** `$table->a()->b()`: a column method with its modifiers, or a command with its handler. */
function readBlueprintChain(r, bp, links, env) {
    // PHP method names are case-insensitive: `$table->dateTime()` and `$table->datetime()` are one method.
    const [command, ...modifiers] = links.map((l) => (0,extend/* extend */.X)(l, { name: canonical(l.name) }));
    const at = links[links.length - 1].call;
    const definition = columnDefinition(command.name, command.args);
    if (definition) {
        readColumn(r, bp, definition, modifiers, at, env);
        return true;
    }
    const handler = (0,toolkit/* handlerFor */.ci)(BLUEPRINT_CALLS, command.name);
    if (handler)
        handler(r, bp, command, at, env);
    else if (!HARMLESS_BLUEPRINT.has(command.name))
        // A Blueprint macro (`$table->auditColumns()`) can add or drop anything.
        r.unknown(command.call, `Blueprint method ${command.name}() is not one the reader knows (a macro?), so what it changes cannot be read`);
    return true;
}
/** `function (Blueprint $table) { ... }` or `fn ($table) => ...`: the body with its parameter bound. */
function readClosure(r, node, blueprint, env) {
    const fn = (0,nodes/* unwrap */.oA)(node);
    if (fn.type !== "anonymous_function" && fn.type !== "arrow_function") {
        r.unknown(fn, `Schema::${blueprint.creating ? "create" : "table"} with a callback the reader cannot follow`);
        return;
    }
    const param = fn.childForFieldName("parameters")?.namedChildren.find((p) => p?.type === "simple_parameter");
    const name = (0,nodes/* variableName */.cG)(param?.childForFieldName("name"));
    const body = fn.childForFieldName("body");
    if (!name || !body)
        return;
    const inner = new Map(env);
    inner.set(name, blueprint);
    r.visit(body, inner);
}

;// CONCATENATED MODULE: ./src/core/frameworks/php/laravel/data-calls.ts
// Data changes in a Laravel migration: query-builder chains (`DB::table('t')->where(...)->delete()`) and Eloquent
// models (`User::where(...)->update([...])`, `Session::truncate()`), read by the write that ends the chain;
// keyed by method name. A chain that only reads (`->get()`, `->insert()`) changes nothing.




/** Facades and framework classes whose static calls are not Eloquent models. */
const NOT_MODELS = new Set([
    "Schema",
    "DB",
    "Artisan",
    "Log",
    "Cache",
    "Config",
    "Storage",
    "Str",
    "Arr",
    "Carbon",
    "Hash",
    "Event",
    "Queue",
    "Bus",
    "Mail",
    "Notification",
    "App",
    "File",
    "Http",
    "Blueprint",
    "Expression",
    "self",
    "static",
    "parent",
]);
/** Query-builder methods that filter rows. */
const FILTERS = /^(?:or)?where|^(?:find|findMany|whereKey|limit|take|having|join|latest|oldest)$/i;
function isModel(scope) {
    return /^[A-Z]/.test(scope) && !NOT_MODELS.has(scope);
}
/** `Model::<name>()` calls that write on their own, by method name. */
const MODEL_CALLS = {
    truncate: (r, model, call) => r.push(call, { kind: "truncate", tables: [(0,inflect/* tableize */.fG)(model)] }),
    destroy: (r, model, call) => r.push(call, { kind: "delete-rows", table: (0,inflect/* tableize */.fG)(model), filtered: true, via: "::destroy()" }),
};
const deleteRows = (terminal) => (r, { table, filters }, call) => r.push(call, { kind: "delete-rows", table, filtered: filters.length > 0, via: `->${terminal}()` });
/** `update([...])`, `increment('col')`...: the columns it assigns, and whether only NULLs of them are touched. */
const updateRows = (terminal) => (r, { table, filters, last }, call) => {
    const columns = assignedColumns(terminal, last.args);
    const nullColumns = new Set();
    let anyOr = false;
    for (const f of filters) {
        if (/^or/i.test(f.name))
            anyOr = true;
        if (f.name === "whereNull")
            for (const c of (0,nodes/* stringList */.Yn)((0,nodes/* arg */.JR)(f.args, 0, "columns")) ?? [])
                nullColumns.add(c);
        if (f.name === "where") {
            const column = (0,nodes/* stringValue */.r$)(f.args.positional[0]);
            const [, second, third] = f.args.positional;
            const isNullCheck = (f.args.positional.length === 2 && (0,nodes/* isNull */.kZ)(second)) ||
                (f.args.positional.length === 3 && (0,nodes/* stringValue */.r$)(second) === "=" && (0,nodes/* isNull */.kZ)(third));
            if (column !== undefined && isNullCheck)
                nullColumns.add(column);
        }
    }
    r.push(call, {
        kind: "update-rows",
        table,
        columns,
        filtered: filters.length > 0,
        onlyNulls: !anyOr && columns.length > 0 && columns.every((c) => nullColumns.has(c)),
        via: `->${terminal}()`,
    });
};
/** Query-builder methods that write, by method name: the end of a chain that changes rows. */
const BUILDER_WRITES = {
    delete: deleteRows("delete"),
    forceDelete: deleteRows("forceDelete"),
    truncate: (r, { table }, call) => r.push(call, { kind: "truncate", tables: [table] }),
    update: updateRows("update"),
    increment: updateRows("increment"),
    decrement: updateRows("decrement"),
    incrementEach: updateRows("incrementEach"),
    decrementEach: updateRows("decrementEach"),
};
/**
 * A query-builder chain that ends in `delete()`, `truncate()`, `update([...])` or `increment()`. Other chains
 * (`->get()`, `->insert()`) change nothing, and their arguments are walked as usual.
 */
function readBuilderWrite(r, table, links, call) {
    const last = links[links.length - 1];
    const write = last && (0,toolkit/* handlerFor */.ci)(BUILDER_WRITES, last.name);
    if (!last || !write)
        return false;
    if (table === undefined) {
        r.unknown(call, `->${last.name}() on a table the reader cannot resolve`);
        return true;
    }
    write(r, { table, filters: links.slice(0, -1).filter((l) => FILTERS.test(l.name)), last }, call);
    return true;
}
/**
 * The table and the calls so far of a query-builder chain: `DB::table('t')->...`, `DB::connection()->table('t')`,
 * `Model::where(...)->...`, or a variable holding one.
 */
function queryOf(r, root, links, env) {
    if (root.type === "variable_name") {
        const bound = env.get(root.text.slice(1));
        return bound?.kind === "builder" ? (0,extend/* extend */.X)(bound, { links: [...bound.links, ...links] }) : undefined;
    }
    if (root.type !== "scoped_call_expression")
        return undefined;
    const scope = (0,nodes/* scopeName */.OK)(root);
    const rootName = (0,nodes/* methodName */.Lo)(root);
    if (!scope || !rootName)
        return undefined;
    if (scope === "DB" && rootName === "table")
        return { kind: "builder", table: r.string((0,nodes/* arg */.JR)((0,nodes/* callArgs */.qS)(root), 0, "table"), env), links };
    if (scope === "DB" && rootName === "connection" && links[0]?.name === "table")
        return { kind: "builder", table: r.string((0,nodes/* arg */.JR)(links[0].args, 0, "table"), env), links: links.slice(1) };
    if (isModel(scope)) {
        const rootLink = { name: rootName, call: root, args: (0,nodes/* callArgs */.qS)(root) };
        return { kind: "builder", table: (0,inflect/* tableize */.fG)(scope), links: [rootLink, ...links] };
    }
    return undefined;
}
/** A query builder an assignment keeps, unless the chain already ran (ends in delete(), update()...). */
function builderOf(r, value, env) {
    const n = (0,nodes/* unwrap */.oA)(value);
    const chain = nodes/* MEMBER_CALLS */.nt.has(n.type) ? (0,nodes/* methodChain */.L5)(n) : { root: n, links: [] };
    const last = chain.links[chain.links.length - 1];
    if (last && (0,toolkit/* handlerFor */.ci)(BUILDER_WRITES, last.name))
        return undefined;
    return queryOf(r, chain.root, chain.links, env);
}
/** The columns an `update([...])`, `increment('col')` or `incrementEach([...])` assigns; empty when not literal. */
function assignedColumns(terminal, args) {
    if (terminal === "increment" || terminal === "decrement") {
        const column = (0,nodes/* stringValue */.r$)((0,nodes/* arg */.JR)(args, 0, "column"));
        return column === undefined ? [] : [column];
    }
    const elements = (0,nodes/* arrayElements */.dt)((0,nodes/* arg */.JR)(args, 0, terminal === "update" ? "values" : "columns"));
    const keys = elements?.map((e) => (e.key ? (0,nodes/* stringValue */.r$)(e.key) : undefined));
    return keys?.every((k) => k !== undefined) ? keys : [];
}

// EXTERNAL MODULE: ./src/core/frameworks/sql/embedded.ts + 10 modules
var embedded = __webpack_require__(7502);
;// CONCATENATED MODULE: ./src/core/frameworks/php/laravel/raw-sql.ts
// Raw SQL in a Laravel migration: `DB::statement` and its siblings hand their SQL to the shared SQL reader; SQL
// built at run time is read by its static parts, or else is an `unknown`.


/** Hands the SQL text to the shared SQL reader, or records why it cannot be read. */
function readSql(r, node, call, via, env) {
    if (r.learning)
        return;
    const read = {
        literal: nodes/* stringLiteral */.Hg,
        resolve: (n) => r.string(n, env),
        // Interpolation or `.` keeps the verb: `"DELETE FROM {$table}"` is still a delete.
        template: (n) => (0,nodes/* stringTemplate */.aX)(n, (x) => r.string(x, env)),
    };
    if (!(0,embedded/* appendCallSql */.hb)(r.out, node && (0,nodes/* unwrap */.oA)(node), call, read, r))
        r.unknown(call, (0,embedded/* sqlBuiltAtRunTime */.C8)(via));
}
const statement = (name) => (r, args, call, env) => readSql(r, (0,nodes/* arg */.JR)(args, 0, "query"), call, `DB::${name}`, env);
/** `DB::<name>(...)` (or `DB::connection(...)-><name>(...)`) calls that run SQL, by method name. */
const DB_CALLS = {
    statement: statement("statement"),
    unprepared: statement("unprepared"),
    update: statement("update"),
    delete: statement("delete"),
    affectingStatement: statement("affectingStatement"),
};

;// CONCATENATED MODULE: ./src/core/frameworks/php/laravel/reversibility.ts
const CHANGE_CALL = /->\s*change\s*\(/;
/** down() only tells the types `->change()` moves away from; a file without one skips that walk. */
function learnsFromDown(source, down) {
    return down !== undefined && CHANGE_CALL.test(source);
}
/** `up()` without `down()`, or with an empty one: the irreversible mark, at up()'s name. */
function irreversibility(up, down) {
    const at = up.childForFieldName("name") ?? up;
    if (!down)
        return { at, op: { kind: "irreversible", reason: "the migration defines up() without down()" } };
    if (isEmptyBody(down.childForFieldName("body")))
        return { at, op: { kind: "irreversible", reason: "down() is empty, so a rollback undoes nothing" } };
    return undefined;
}
/** A body with no statements (comments only). */
function isEmptyBody(body) {
    return !body || body.namedChildren.every((c) => !c || c.type === "comment");
}

;// CONCATENATED MODULE: ./src/core/frameworks/php/laravel/schema-calls.ts
// The Schema facade: `Schema::create/table` hand their closure a Blueprint (see blueprint-calls.ts); the other
// methods drop, rename or wipe tables themselves. Keyed by method name, as the facade is called directly or
// through `Schema::connection('x')->...`.


/** `Schema::create('t', fn)` / `Schema::table('t', fn)`: the closure reads the table's Blueprint. */
const createOrTable = (name) => (r, args, call, env) => {
    const table = r.string((0,nodes/* arg */.JR)(args, 0, "table"), env);
    const closure = (0,nodes/* arg */.JR)(args, 1, "callback");
    if (table === undefined) {
        r.unknown(call, `Schema::${name} on a table name the reader cannot resolve`);
        return;
    }
    const columns = [];
    if (name === "create")
        r.push(call, { kind: "create-table", table, columns });
    const blueprint = {
        kind: "blueprint",
        table,
        ...(name === "create" ? { creating: columns } : {}),
    };
    if (closure)
        readClosure(r, closure, blueprint, env);
};
const schema_calls_drop = (name) => (r, args, call, env) => {
    // A table from a variable is still dropped: the drop names where its table comes from.
    const tableArg = (0,nodes/* arg */.JR)(args, 0, "table");
    const table = r.string(tableArg, env) ?? r.runTime(tableArg, "table");
    if (table === undefined)
        r.unknown(call, `Schema::${name} on a table name the reader cannot resolve`);
    else
        r.push(call, { kind: "drop-table", table, ...(name === "dropIfExists" ? { ifExists: true } : {}) });
};
const schema_calls_rename = (r, args, call, env) => {
    const from = r.string((0,nodes/* arg */.JR)(args, 0, "from"), env);
    const to = r.string((0,nodes/* arg */.JR)(args, 1, "to"), env);
    if (from === undefined || to === undefined)
        r.unknown(call, "Schema::rename with names the reader cannot resolve");
    else
        r.push(call, { kind: "rename-table", table: from, newName: to });
};
const dropColumns = (r, args, call, env) => {
    const tableArg = (0,nodes/* arg */.JR)(args, 0, "table");
    const table = r.string(tableArg, env) ?? r.runTime(tableArg, "table");
    const columns = r.strings((0,nodes/* arg */.JR)(args, 1, "columns"), env);
    if (table === undefined || columns === undefined)
        r.unknown(call, "Schema::dropColumns with names the reader cannot resolve");
    else
        for (const column of columns)
            r.push(call, { kind: "drop-column", table, column });
};
/** Schema::whenTableHasColumn('users', 'fax', function (Blueprint $table) { ... }): may run, so it counts. */
const whenTable = (name) => (r, args, call, env) => {
    const table = r.string((0,nodes/* arg */.JR)(args, 0, "table"), env);
    const closure = (0,nodes/* arg */.JR)(args, 2, "callback");
    if (table === undefined) {
        r.unknown(call, `Schema::${name} on a table name the reader cannot resolve`);
        return;
    }
    if (closure)
        readClosure(r, closure, { kind: "blueprint", table }, env);
};
const dropAll = (name) => (r, _args, call) => r.unknown(call, `Schema::${name} drops every object of its kind in the database`);
/** `Schema::<name>(...)` calls the reader acts on, by method name; any other changes no table. */
const SCHEMA_CALLS = {
    create: createOrTable("create"),
    table: createOrTable("table"),
    drop: schema_calls_drop("drop"),
    dropIfExists: schema_calls_drop("dropIfExists"),
    rename: schema_calls_rename,
    dropColumns,
    whenTableHasColumn: whenTable("whenTableHasColumn"),
    whenTableDoesntHaveColumn: whenTable("whenTableDoesntHaveColumn"),
    dropAllTables: dropAll("dropAllTables"),
    dropAllViews: dropAll("dropAllViews"),
    dropAllTypes: dropAll("dropAllTypes"),
};

;// CONCATENATED MODULE: ./src/core/frameworks/php/laravel-reader.ts









/** The handler tables of the facades, by the class a static call names. */
const FACADES = {
    Schema: SCHEMA_CALLS,
    DB: DB_CALLS,
};
class LaravelReader {
    source;
    database;
    parsers;
    out = {
        framework: "laravel",
        operations: [],
        comments: [],
        problems: [],
    };
    cls = { methods: new Map(), strings: new Map() };
    known = new Map();
    learning = false;
    following = [];
    constructor(source, database, parsers) {
        this.source = source;
        this.database = database;
        this.parsers = parsers;
    }
    read() {
        return (0,nodes/* readPhpTree */.Xm)(this.parsers, this.source, this.out, (root) => {
            for (const cls of this.migrationClasses(root))
                this.readClass(cls);
        });
    }
    // ---------------------------------------------------------------- file structure
    /** Class bodies at the top level (or in a namespace block), named or `return new class extends Migration`. */
    migrationClasses(root) {
        const out = [];
        const visit = (statements) => {
            for (const s of statements) {
                if (!s)
                    continue;
                if (s.type === "class_declaration") {
                    const body = s.childForFieldName("body");
                    if (body && this.isMigration(s, body))
                        out.push(body);
                }
                else if (s.type === "return_statement" || s.type === "expression_statement") {
                    const value = s.namedChildren[0];
                    const anonymous = value?.type === "object_creation_expression"
                        ? value.namedChildren.find((c) => c?.type === "anonymous_class")
                        : undefined;
                    const body = anonymous?.childForFieldName("body");
                    if (anonymous && body && this.isMigration(anonymous, body))
                        out.push(body);
                }
                else if (s.type === "namespace_definition") {
                    const body = s.childForFieldName("body");
                    if (body)
                        visit(body.namedChildren);
                }
            }
        };
        visit(root.namedChildren);
        return out;
    }
    isMigration(cls, body) {
        const base = cls.namedChildren.find((c) => c?.type === "base_clause");
        if (base && /Migration$/.test(base.text))
            return true;
        return body.namedChildren.some((m) => m?.type === "method_declaration" && methodNameOf(m) === "up");
    }
    readClass(body) {
        const cls = { methods: new Map(), strings: new Map() };
        for (const member of body.namedChildren) {
            if (!member)
                continue;
            if (member.type === "method_declaration") {
                const name = methodNameOf(member);
                if (name)
                    cls.methods.set(name, member);
            }
            else if (member.type === "property_declaration" || member.type === "const_declaration") {
                for (const element of member.namedChildren) {
                    if (element?.type === "property_element") {
                        const name = (0,nodes/* variableName */.cG)(element.childForFieldName("name"));
                        const value = (0,nodes/* stringValue */.r$)(element.childForFieldName("default_value"));
                        if (name && value !== undefined)
                            cls.strings.set(name, value);
                    }
                    else if (element?.type === "const_element") {
                        const [name, value] = element.namedChildren;
                        const text = (0,nodes/* stringValue */.r$)(value);
                        if (name && text !== undefined)
                            cls.strings.set(name.text, text);
                    }
                }
            }
        }
        this.cls = cls;
        this.known = new Map();
        const up = cls.methods.get("up");
        const down = cls.methods.get("down");
        if (!up)
            return;
        if (learnsFromDown(this.source, down)) {
            this.learning = true;
            this.block(down.childForFieldName("body"), new Map(), "down");
            this.learning = false;
        }
        this.block(up.childForFieldName("body"), new Map(), "up");
        const mark = irreversibility(up, down);
        if (mark)
            this.push(mark.at, mark.op);
    }
    // ---------------------------------------------------------------- the walk
    block(body, env, method) {
        if (!body)
            return;
        this.following.push(method);
        this.visit(body, env);
        this.following.pop();
    }
    visit(node, env) {
        switch (node.type) {
            case "comment":
            case "function_definition":
            case "class_declaration":
            case "method_declaration":
                // A definition runs nothing until it is called.
                return;
            case "assignment_expression":
                return this.assignment(node, env);
            case "foreach_statement":
                if (this.loop(node, env))
                    return;
                break;
            case "scoped_call_expression":
                if (this.staticCall(node, env))
                    return;
                break;
            case "member_call_expression":
            case "nullsafe_member_call_expression":
                if (this.memberCall(node, env))
                    return;
                break;
            default:
                break;
        }
        for (const child of node.namedChildren)
            if (child)
                this.visit(child, env);
    }
    assignment(node, env) {
        const name = (0,nodes/* variableName */.cG)(node.childForFieldName("left"));
        const right = node.childForFieldName("right");
        if (!right)
            return;
        if (name !== undefined) {
            const value = this.string(right, env);
            const list = value === undefined ? this.strings(right, env) : undefined;
            const builder = value === undefined && list === undefined ? builderOf(this, right, env) : undefined;
            if (value !== undefined)
                env.set(name, { kind: "string", value });
            else if (list !== undefined)
                env.set(name, { kind: "strings", values: list });
            else if (builder)
                env.set(name, builder);
            else
                env.delete(name);
        }
        this.visit(right, env);
    }
    /** `foreach (['a', 'b'] as $table) { ... }`: the body once per value, with the value bound. */
    loop(node, env) {
        const [source, variable] = node.namedChildren.filter((c) => c?.type !== "comment");
        const name = variable?.type === "variable_name" ? (0,nodes/* variableName */.cG)(variable) : undefined;
        const values = source ? this.strings(source, env) : undefined;
        const body = node.childForFieldName("body");
        if (!name || !values || !body || values.length > toolkit/* MAX_LOOP_VALUES */.hZ)
            return false;
        for (const value of values) {
            const inner = new Map(env);
            inner.set(name, { kind: "string", value });
            this.visit(body, inner);
        }
        return true;
    }
    // ---------------------------------------------------------------- values
    runTime(node, part) {
        return node ? (0,run_time/* runTimeName */.S)(part, node.text) : undefined;
    }
    string(node, env) {
        if (!node)
            return undefined;
        const n = (0,nodes/* unwrap */.oA)(node);
        const literal = (0,nodes/* stringValue */.r$)(n);
        if (literal !== undefined)
            return literal;
        if (n.type === "variable_name") {
            const bound = env.get(n.text.slice(1));
            return bound?.kind === "string" ? bound.value : undefined;
        }
        if (n.type === "member_access_expression" && n.childForFieldName("object")?.text === "$this") {
            const prop = n.childForFieldName("name")?.text;
            return prop ? this.cls.strings.get(prop) : undefined;
        }
        if (n.type === "class_constant_access_expression") {
            const [scope, constant] = n.namedChildren;
            if (scope && constant && /^(?:self|static)$/.test(scope.text))
                return this.cls.strings.get(constant.text);
        }
        return undefined;
    }
    strings(node, env) {
        if (!node)
            return undefined;
        const n = (0,nodes/* unwrap */.oA)(node);
        if (n.type === "variable_name") {
            const bound = env.get(n.text.slice(1));
            if (bound?.kind === "strings")
                return bound.values;
            if (bound?.kind === "string")
                return [bound.value];
            return undefined;
        }
        const single = this.string(n, env);
        if (single !== undefined)
            return [single];
        const elements = (0,nodes/* arrayElements */.dt)(n);
        if (!elements)
            return undefined;
        const out = [];
        for (const e of elements) {
            const value = e.key ? undefined : this.string(e.value, env);
            if (value === undefined)
                return undefined;
            out.push(value);
        }
        return out;
    }
    // ---------------------------------------------------------------- calls
    /** `Foo::bar(...)`: a facade's table, Artisan, a helper of the class, or an Eloquent model's write. */
    staticCall(call, env) {
        const scope = (0,nodes/* scopeName */.OK)(call);
        const name = (0,nodes/* methodName */.Lo)(call);
        if (!scope || !name)
            return false;
        const args = (0,nodes/* callArgs */.qS)(call);
        const facade = (0,toolkit/* handlerFor */.ci)(FACADES, scope);
        if (facade)
            return this.facadeCall(facade, name, args, call, env);
        if (scope === "Artisan" && name === "call") {
            this.unknown(call, "Artisan::call runs a console command whose database work cannot be read here");
            return true;
        }
        if (/^(?:self|static)$/.test(scope) && this.cls.methods.has(name))
            return this.helper(name, args, env);
        const write = isModel(scope) ? (0,toolkit/* handlerFor */.ci)(MODEL_CALLS, name) : undefined;
        if (write)
            write(this, scope, call);
        return write !== undefined;
    }
    /** `Schema::name(...)` / `DB::name(...)` with a handler, read; any other call on the facade is walked as code. */
    facadeCall(table, name, args, call, env) {
        const handler = (0,toolkit/* handlerFor */.ci)(table, name);
        if (handler)
            handler(this, args, call, env);
        return handler !== undefined;
    }
    /** `x->a()->b()`: a Blueprint statement, a query-builder chain, or `$this->helper()`. */
    memberCall(call, env) {
        const { root, links } = (0,nodes/* methodChain */.L5)(call);
        const first = links[0];
        if (!first)
            return false;
        if (root.type === "variable_name") {
            const name = root.text.slice(1);
            if (name === "this" && links.length === 1 && this.cls.methods.has(first.name))
                return this.helper(first.name, first.args, env);
            const bound = env.get(name);
            if (bound?.kind === "blueprint")
                return readBlueprintChain(this, bound, links, env);
        }
        else if (root.type === "scoped_call_expression" && (0,nodes/* methodName */.Lo)(root) === "connection") {
            // Schema::connection('x')->create(...), DB::connection('x')->statement(...)
            const facade = (0,toolkit/* handlerFor */.ci)(FACADES, (0,nodes/* scopeName */.OK)(root) ?? "");
            if (facade && links.length === 1)
                return this.facadeCall(facade, first.name, first.args, first.call, env);
        }
        const query = queryOf(this, root, links, env);
        return query ? readBuilderWrite(this, query.table, query.links, call) : false;
    }
    /** A method of the migration class, called as `$this->name()` or `self::name()`: arguments, then its body. */
    helper(name, args, env) {
        for (const a of [...args.positional, ...args.named.values()])
            this.visit(a, env);
        if (this.following.includes(name) || this.following.length > toolkit/* MAX_DEPTH */.lr)
            return true;
        const method = this.cls.methods.get(name);
        // Parameters bound to literal strings the caller passed: `$this->dropFrom('users')`.
        const inner = new Map();
        const params = method.childForFieldName("parameters")?.namedChildren ?? [];
        params.forEach((param, i) => {
            const paramName = (0,nodes/* variableName */.cG)(param?.childForFieldName("name"));
            const given = args.positional[i] ? (0,nodes/* unwrap */.oA)(args.positional[i]) : undefined;
            if (!paramName || !given)
                return;
            // A Blueprint or a list passed on keeps its meaning: `$this->auditColumns($table)`.
            const bound = given.type === "variable_name" ? env.get(given.text.slice(1)) : undefined;
            const value = bound ? undefined : this.string(given, env);
            if (bound)
                inner.set(paramName, bound);
            else if (value !== undefined)
                inner.set(paramName, { kind: "string", value });
        });
        this.block(method.childForFieldName("body"), inner, name);
        return true;
    }
    // ---------------------------------------------------------------- output
    push(node, op) {
        if (this.learning)
            return;
        this.out.operations.push((0,tree_sitter/* operationAt */.f2)(node, op));
    }
    unknown(node, reason) {
        this.push(node, (0,toolkit/* unknownOperation */.sA)(reason, node.text));
    }
}
function methodNameOf(method) {
    return method.childForFieldName("name")?.text;
}
function readLaravelMigration(source, database, parsers) {
    return new LaravelReader(source, database, parsers).read();
}


/***/ }),

/***/ 9887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ stringLiteral),
/* harmony export */   JR: () => (/* binding */ arg),
/* harmony export */   L5: () => (/* binding */ methodChain),
/* harmony export */   Lo: () => (/* binding */ methodName),
/* harmony export */   OK: () => (/* binding */ scopeName),
/* harmony export */   Vg: () => (/* binding */ numberValue),
/* harmony export */   Xm: () => (/* binding */ readPhpTree),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   aX: () => (/* binding */ stringTemplate),
/* harmony export */   cG: () => (/* binding */ variableName),
/* harmony export */   dt: () => (/* binding */ arrayElements),
/* harmony export */   eC: () => (/* binding */ booleanValue),
/* harmony export */   kZ: () => (/* binding */ isNull),
/* harmony export */   nt: () => (/* binding */ MEMBER_CALLS),
/* harmony export */   oA: () => (/* binding */ unwrap),
/* harmony export */   qS: () => (/* binding */ callArgs),
/* harmony export */   r$: () => (/* binding */ stringValue)
/* harmony export */ });
/* unused harmony exports isPlainLiteral, syntaxProblems, commentsOf */
/* harmony import */ var _sql_embedded_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7502);
/* harmony import */ var _tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7545);
/* harmony import */ var _extend_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1131);



/** 1-based lines of a node; a node whose last byte is a newline does not count the line after it. */

/** `(x)` → `x`, any depth. */
const unwrap = _tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrapParentheses */ .Ig;
const DOUBLE_QUOTED_ESCAPE = /\\(?:([nrtvef\\$"])|([0-7]{1,3})|x([0-9a-fA-F]{1,2})|u\{([0-9a-fA-F]+)\})/g;
const SIMPLE = {
    n: "\n",
    r: "\r",
    t: "\t",
    v: "\v",
    e: "\x1b",
    f: "\f",
    "\\": "\\",
    $: "$",
    '"': '"',
};
function decodeDoubleQuoted(text) {
    return text.replace(DOUBLE_QUOTED_ESCAPE, (_whole, simple, octal, hex, code) => {
        if (simple !== undefined)
            return SIMPLE[simple];
        if (octal !== undefined)
            return String.fromCodePoint(parseInt(octal, 8) & 0xff);
        if (hex !== undefined)
            return String.fromCodePoint(parseInt(hex, 16));
        return String.fromCodePoint(parseInt(code, 16));
    });
}
const TEXT_PARTS = new Set(["string_content", "escape_sequence", "heredoc_start", "heredoc_end", "comment"]);
/** True when every part of a double-quoted string or heredoc is text; any other part is interpolation. */
function literalParts(node) {
    for (const part of node.namedChildren) {
        if (!part || TEXT_PARTS.has(part.type))
            continue;
        if (part.type !== "heredoc_body" || !literalParts(part))
            return false;
    }
    return true;
}
/** The body lines of a heredoc/nowdoc: everything between the `<<<TAG` line and the closing tag's line. */
function docBody(node) {
    const text = node.text;
    const first = text.indexOf("\n");
    const last = text.lastIndexOf("\n");
    return first < 0 || last <= first ? "" : text.slice(first + 1, last);
}
/**
 * The value of a PHP string literal: '...', "..." without interpolation, heredoc without interpolation,
 * nowdoc, and `.` concatenations of those.
 */
function stringLiteral(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    const line = n.startPosition.row + 1;
    switch (n.type) {
        case "string": {
            const raw = n.text;
            // A b'..' prefix is a PHP 6 leftover that PHP still accepts.
            const body = raw.replace(/^[bB]?'/, "").replace(/'$/, "");
            return { value: body.replace(/\\([\\'])/g, "$1"), line };
        }
        case "encapsed_string": {
            if (!literalParts(n))
                return undefined;
            const body = n.text.replace(/^[bB]?"/, "").replace(/"$/, "");
            return { value: decodeDoubleQuoted(body), line };
        }
        case "heredoc": {
            if (!literalParts(n))
                return undefined;
            return { value: decodeDoubleQuoted(docBody(n)), line: line + 1 };
        }
        case "nowdoc":
            return { value: docBody(n), line: line + 1 };
        case "binary_expression": {
            if (n.childForFieldName("operator")?.text !== ".")
                return undefined;
            const left = stringLiteral(n.childForFieldName("left"));
            const right = left && stringLiteral(n.childForFieldName("right"));
            return left && right ? { value: left.value + right.value, line: left.line } : undefined;
        }
        default:
            return undefined;
    }
}
/** Text and interpolation of a double-quoted string or heredoc body, in order; braces of `{$x}` are dropped. */
function interpolatedParts(node, resolve, parts) {
    for (const part of node.children) {
        if (!part || part.type === "comment")
            continue;
        if (part.type === "string_content" || part.type === "escape_sequence")
            parts.push({ text: decodeDoubleQuoted(part.text) });
        else if (part.type === "heredoc_body")
            interpolatedParts(part, resolve, parts);
        else if (part.isNamed && part.type !== "heredoc_start" && part.type !== "heredoc_end") {
            const value = resolve(part);
            parts.push(value !== undefined ? { text: value } : { hole: part.text });
        }
    }
}
/**
 * SQL built with interpolation (`"DELETE FROM {$table}"`, a heredoc) or `.` concatenation, as literal text and
 * holes; `resolve` turns a variable bound to a string into its text. Undefined when no part is a string.
 */
function stringTemplate(node, resolve) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    const literal = stringLiteral(n);
    if (literal)
        return { parts: [{ text: literal.value }], line: literal.line };
    const line = n.startPosition.row + 1;
    if (n.type === "encapsed_string" || n.type === "heredoc") {
        const parts = [];
        interpolatedParts(n, resolve, parts);
        return { parts, line: n.type === "heredoc" ? line + 1 : line };
    }
    if (n.type === "binary_expression" && n.childForFieldName("operator")?.text === ".")
        return (0,_sql_embedded_js__WEBPACK_IMPORTED_MODULE_0__/* .joinTemplates */ .kB)(n, (x) => stringTemplate(x, resolve), resolve);
    return undefined;
}
function stringValue(node) {
    return stringLiteral(node)?.value;
}
function numberValue(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "integer" && n.type !== "float")
        return undefined;
    const value = Number(n.text.replace(/_/g, ""));
    return Number.isFinite(value) ? value : undefined;
}
function booleanValue(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "boolean")
        return undefined;
    return n.text.toLowerCase() === "true";
}
function isNull(node) {
    return node !== null && node !== undefined && unwrap(node).type === "null";
}
/** True for a constant PHP computes without running code: numbers, strings, booleans, null. */
function isPlainLiteral(node) {
    if (!node)
        return false;
    const n = unwrap(node);
    switch (n.type) {
        case "integer":
        case "float":
        case "boolean":
        case "null":
            return true;
        case "unary_op_expression":
            return isPlainLiteral(n.namedChildren[0]);
        default:
            return stringLiteral(n) !== undefined;
    }
}
/** `['a', 'b' => 1]` → its elements; undefined when the node is not an array literal or spreads one. */
function arrayElements(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "array_creation_expression")
        return undefined;
    const out = [];
    for (const element of n.namedChildren) {
        if (!element || element.type === "comment")
            continue;
        if (element.type !== "array_element_initializer")
            return undefined;
        const parts = element.namedChildren.filter((c) => c !== null && c.type !== "comment");
        if (parts.length === 1 && parts[0].type !== "variadic_unpacking")
            out.push({ value: parts[0] });
        else if (parts.length === 2)
            out.push({ key: parts[0], value: parts[1] });
        else
            return undefined;
    }
    return out;
}
/** `'a'` → ["a"], `['a', 'b']` → ["a", "b"]; undefined when any part is not a literal string. */
function stringList(node) {
    const single = stringValue(node);
    if (single !== undefined)
        return [single];
    const elements = arrayElements(node);
    if (!elements)
        return undefined;
    const out = [];
    for (const e of elements) {
        const value = e.key ? undefined : stringValue(e.value);
        if (value === undefined)
            return undefined;
        out.push(value);
    }
    return out;
}
function callArgs(call) {
    const out = { positional: [], named: new Map(), spread: false };
    const list = call.childForFieldName("arguments");
    if (!list)
        return out;
    for (const arg of list.namedChildren) {
        if (!arg || arg.type !== "argument") {
            if (arg?.type === "variadic_placeholder")
                out.spread = true;
            continue;
        }
        // One child list per argument: `x: 1` is [name, value], `...$a` is [variadic_unpacking], else [value].
        const parts = arg.namedChildren.filter((c) => c !== null && c.type !== "comment");
        const named = parts.length === 2 && parts[0].type === "name";
        const value = named ? parts[1] : parts[0];
        if (!value)
            continue;
        if (value.type === "variadic_unpacking")
            out.spread = true;
        else if (named)
            out.named.set(parts[0].text, value);
        else
            out.positional.push(value);
    }
    return out;
}
/** The argument at `index`, or the named argument `name` (PHP 8 named arguments). */
function arg(args, index, name) {
    return args.positional[index] ?? args.named.get(name);
}
/** The name a `Foo::bar()` call is made on (`Foo`, `\Illuminate\Support\Facades\DB` → `DB`). */
function scopeName(call) {
    const scope = call.childForFieldName("scope");
    if (!scope)
        return undefined;
    if (scope.type === "name")
        return scope.text;
    if (scope.type === "qualified_name")
        return scope.text.split("\\").pop();
    if (scope.type === "relative_scope")
        return scope.text;
    return undefined;
}
/** The method name of a `->m()`, `?->m()` or `::m()` call. */
function methodName(call) {
    const name = call.childForFieldName("name");
    return name?.type === "name" ? name.text : undefined;
}
/** `$name` → "name". */
function variableName(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    return n.type === "variable_name" ? n.text.slice(1) : undefined;
}
const MEMBER_CALLS = new Set(["member_call_expression", "nullsafe_member_call_expression"]);
/**
 * `root->a()->b()->c()` → the root node and the links in call order. A link that is not a plain named
 * method call ends the chain there (the root is that node).
 */
function methodChain(call) {
    const links = [];
    let current = call;
    while (MEMBER_CALLS.has(current.type)) {
        const name = methodName(current);
        const object = current.childForFieldName("object");
        if (!name || !object)
            break;
        links.push({ name, call: current, args: callArgs(current) });
        current = unwrap(object);
    }
    links.reverse();
    return { root: current, links };
}
function syntaxProblems(root) {
    return (0,_tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__/* .syntaxProblems */ .uf)(root, "PHP");
}
const COMMENT_START = /\/\/|\/\*|#/g;
/**
 * Comments found from their opening characters: one lookup per candidate is much cheaper than walking the
 * whole tree, and an opener inside a string is recognised by the node it falls in.
 */
function commentsOf(root, source) {
    const out = [];
    COMMENT_START.lastIndex = 0;
    let m;
    while ((m = COMMENT_START.exec(source)) !== null) {
        const node = root.descendantForIndex(m.index);
        if (node?.type === "comment") {
            const text = node.text
                .replace(/^(?:\/\/|#)/, "")
                .replace(/^\/\*+/, "")
                .replace(/\*\/$/, "");
            out.push((0,_extend_js__WEBPACK_IMPORTED_MODULE_2__/* .extend */ .X)((0,_tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(node), { text }));
            COMMENT_START.lastIndex = Math.max(m.index + 1, node.endIndex);
        }
        else if (node && /string|heredoc|nowdoc/.test(node.type)) {
            COMMENT_START.lastIndex = Math.max(m.index + 1, node.endIndex);
        }
    }
    return out;
}
/**
 * Parses a PHP file, gives `out` its comments and syntax problems (a problem still lets the rest be read), runs
 * `read` on the root, and frees the tree however `read` ends.
 */
function readPhpTree(parsers, source, out, read) {
    const tree = parsers.treeSitter("php", source);
    try {
        const root = tree.rootNode;
        out.comments = commentsOf(root, source);
        out.problems = syntaxProblems(root);
        read(root);
        return out;
    }
    finally {
        tree.delete();
    }
}


/***/ }),

/***/ 2760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ singularize),
/* harmony export */   fG: () => (/* binding */ tableize),
/* harmony export */   td: () => (/* binding */ pluralize),
/* harmony export */   z9: () => (/* binding */ underscore)
/* harmony export */ });
// The slice of ActiveSupport's inflector a migration needs: model class → table name, table → reference column.
// Rules are tried in order; the first that matches wins (Rails keeps them newest-first, we keep them most-specific-first).
const UNCOUNTABLE = new Set([
    "equipment",
    "information",
    "rice",
    "money",
    "species",
    "series",
    "fish",
    "sheep",
    "jeans",
    "police",
]);
const IRREGULAR = {
    person: "people",
    man: "men",
    woman: "women",
    child: "children",
    sex: "sexes",
    move: "moves",
    zombie: "zombies",
};
const IRREGULAR_PLURAL = Object.fromEntries(Object.entries(IRREGULAR).map(([s, p]) => [p, s]));
const PLURAL = [
    [/(quiz)$/i, "$1zes"],
    [/^(ox)$/i, "$1en"],
    [/^(m|l)ouse$/i, "$1ice"],
    [/(matr|vert|ind)(?:ix|ex)$/i, "$1ices"],
    [/(x|ch|ss|sh)$/i, "$1es"],
    [/([^aeiouy]|qu)y$/i, "$1ies"],
    [/(hive)$/i, "$1s"],
    [/(?:([^f])fe|([lr])f)$/i, "$1$2ves"],
    [/sis$/i, "ses"],
    [/([ti])um$/i, "$1a"],
    [/(buffal|tomat)o$/i, "$1oes"],
    [/(bu)s$/i, "$1ses"],
    [/(alias|status)$/i, "$1es"],
    [/(octop|vir)us$/i, "$1i"],
    [/^(ax|test)is$/i, "$1es"],
    [/s$/i, "s"],
    [/$/, "s"],
];
const SINGULAR = [
    [/(database)s$/i, "$1"],
    [/(quiz)zes$/i, "$1"],
    [/(matr)ices$/i, "$1ix"],
    [/(vert|ind)ices$/i, "$1ex"],
    [/^(ox)en/i, "$1"],
    [/(alias|status)(es)?$/i, "$1"],
    [/(octop|vir)(us|i)$/i, "$1us"],
    [/^(a)x[ie]s$/i, "$1xis"],
    [/(cris|test)(is|es)$/i, "$1is"],
    [/(shoe)s$/i, "$1"],
    [/(o)es$/i, "$1"],
    [/(bus)(es)?$/i, "$1"],
    [/^(m|l)ice$/i, "$1ouse"],
    [/(x|ch|ss|sh)es$/i, "$1"],
    [/(m)ovies$/i, "$1ovie"],
    [/(s)eries$/i, "$1eries"],
    [/([^aeiouy]|qu)ies$/i, "$1y"],
    [/([lr])ves$/i, "$1f"],
    [/(tive)s$/i, "$1"],
    [/(hive)s$/i, "$1"],
    [/([^f])ves$/i, "$1fe"],
    [/(^analy)(sis|ses)$/i, "$1sis"],
    [/((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$/i, "$1sis"],
    [/([ti])a$/i, "$1um"],
    [/(n)ews$/i, "$1ews"],
    [/(ss)$/i, "$1"],
    [/s$/i, ""],
];
function inflectLastWord(word, irregular, rules) {
    const m = /^(.*_)?([^_]*)$/.exec(word);
    const head = m?.[1] ?? "";
    const last = m?.[2] ?? word;
    const lower = last.toLowerCase();
    if (UNCOUNTABLE.has(lower))
        return word;
    const irregularForm = irregular[lower];
    if (irregularForm !== undefined)
        return head + irregularForm;
    for (const [pattern, replacement] of rules) {
        if (pattern.test(last))
            return head + last.replace(pattern, replacement);
    }
    return word;
}
function pluralize(word) {
    return inflectLastWord(word, IRREGULAR, PLURAL);
}
function singularize(word) {
    return inflectLastWord(word, IRREGULAR_PLURAL, SINGULAR);
}
/** "UserProfile" → "user_profile", "HTMLPage" → "html_page". */
function underscore(name) {
    return name
        .replace(/([A-Z\d]+)([A-Z][a-z])/g, "$1_$2")
        .replace(/([a-z\d])([A-Z])/g, "$1_$2")
        .toLowerCase();
}
/** Table of an ActiveRecord model by Rails' defaults: the last segment of the class path, underscored and pluralised. */
function tableize(className) {
    const last = className.split("::").pop() ?? className;
    return pluralize(underscore(last));
}


/***/ }),

/***/ 662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ restatedType)
/* harmony export */ });
/* harmony import */ var _column_types_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6074);
// What a reader knows of a column before the migration restates it (Laravel `->change()`, Ecto `modify`): its
// type and nullability, from the `down` that restores it or from an earlier add in the same file.

/**
 * The type change of a restated column, or undefined when the type stays. With no old type to compare, a
 * restatement that only sets nullability or a default (`->nullable()->change()`, `modify :c, :t, null: true`)
 * is read as keeping the type; any other counts as a change.
 */
function restatedType(table, column, old, type, setsNullOrDefault) {
    const changed = old ? (0,_column_types_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeType */ .MF)(old.type) !== (0,_column_types_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeType */ .MF)(type) : !setsNullOrDefault;
    if (!changed)
        return undefined;
    return {
        kind: "change-column-type",
        table,
        column,
        type: (0,_column_types_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeType */ .MF)(type),
        ...(0,_column_types_index_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyTypeChange */ .zq)(old?.type, type),
    };
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


/***/ }),

/***/ 7545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ methodsByName),
/* harmony export */   Ig: () => (/* binding */ unwrapParentheses),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   f2: () => (/* binding */ operationAt),
/* harmony export */   uf: () => (/* binding */ syntaxProblems)
/* harmony export */ });
/* harmony import */ var _extend_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1131);

/** 1-based lines; a node that ends at column 0 of a line ends on the line before. */
function spanOf(node) {
    const line = node.startPosition.row + 1;
    const end = node.endPosition;
    const endLine = end.column === 0 && end.row > node.startPosition.row ? end.row : end.row + 1;
    return { line, endLine: Math.max(line, endLine) };
}
/** `(x)` → `x`, any depth, for grammars whose parentheses are `parenthesized_expression` (Python, PHP). */
function unwrapParentheses(node) {
    let current = node;
    while (current.type === "parenthesized_expression") {
        const inner = current.namedChildren.find((c) => c?.type !== "comment");
        if (!inner)
            break;
        current = inner;
    }
    return current;
}
/** ERROR and MISSING nodes, each as a problem naming the language. */
function syntaxProblems(root, language) {
    const problems = [];
    if (!root.hasError)
        return problems;
    // Only subtrees that contain an error are entered, so a clean file costs one check.
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.isMissing) {
            problems.push((0,_extend_js__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X)(spanOf(node), {
                message: `${language} syntax error: \`${node.type}\` is missing here, so the file cannot be read reliably`,
            }));
            continue;
        }
        if (node.isError) {
            const snippet = node.text.split("\n")[0].trim().slice(0, 60);
            problems.push((0,_extend_js__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X)(spanOf(node), {
                message: `${language} syntax error near \`${snippet}\`, so the file cannot be read reliably`,
            }));
            continue;
        }
        const children = node.children;
        for (let i = children.length - 1; i >= 0; i--) {
            const child = children[i];
            if (child && (child.hasError || child.isMissing))
                stack.push(child);
        }
    }
    return problems.sort((a, b) => a.line - b.line);
}
/** An operation a handler decided, at the lines of the node it read. */
function operationAt(node, body) {
    return (0,_extend_js__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X)(body, spanOf(node));
}
/** A class body's `method_declaration`s by name (PHP and C# spell them alike). */
function methodsByName(body) {
    const methods = new Map();
    for (const member of body.namedChildren) {
        if (member?.type !== "method_declaration")
            continue;
        const name = member.childForFieldName("name")?.text;
        if (name !== undefined)
            methods.set(name, member);
    }
    return methods;
}


/***/ })

};
