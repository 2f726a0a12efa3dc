export const id = 35;
export const ids = [35];
export const modules = {

/***/ 2035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  appLabel: () => (/* binding */ appLabel),
  readDjangoMigration: () => (/* binding */ readDjangoMigration)
});

// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __webpack_require__(8849);
// EXTERNAL MODULE: ./src/core/frameworks/tree-sitter.ts
var tree_sitter = __webpack_require__(7545);
// EXTERNAL MODULE: ./src/core/frameworks/python/nodes.ts
var nodes = __webpack_require__(5169);
// EXTERNAL MODULE: ./src/core/frameworks/python/walker.ts
var walker = __webpack_require__(5344);
// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/frameworks/python/django/data-calls.ts
// RunPython in a Django migration: the function it names is followed through the ORM calls that change rows
// (`Model.objects.filter(...).delete()`, `.update(...)`, `record.save()`, `bulk_update`) and the SQL it runs
// (`cursor.execute`, `.raw`); without reverse_code Django cannot unapply it.




const MANAGERS = new Set(["objects", "_default_manager", "_base_manager"]);
const QUERYSET_PASSTHROUGH = new Set([
    "all",
    "order_by",
    "select_related",
    "prefetch_related",
    "only",
    "defer",
    "using",
    "iterator",
    "select_for_update",
    "distinct",
    "annotate",
    "alias",
    "reverse",
    "values",
    "values_list",
]);
const SINGLE_RECORD = new Set(["get", "first", "last", "earliest", "latest"]);
function readRunPython(r, call, args) {
    const code = (0,nodes/* arg */.JR)(args, 0, "code");
    const reverse = (0,nodes/* arg */.JR)(args, 1, "reverse_code");
    if (code)
        new PythonCode(r).forward(code, call);
    else
        r.unknown(call, "RunPython without code cannot be followed");
    if (!reverse || (0,nodes/* isNone */.$I)(reverse)) {
        r.push(call, {
            kind: "irreversible",
            reason: "RunPython has no reverse_code (use RunPython.noop when nothing needs undoing)",
        });
    }
}
/** Operations that run Python, by class name. */
const DATA_OPERATIONS = {
    RunPython: (r, call, args) => readRunPython(r, call, args),
};
/** Follows a RunPython function through the ORM calls that change rows. */
class PythonCode extends walker/* PythonWalker */.h {
    reader;
    sql;
    constructor(reader) {
        super(reader.module);
        this.reader = reader;
        this.sql = reader.sql;
    }
    forward(code, call) {
        const n = (0,nodes/* unwrap */.oA)(code);
        if (n.type === "identifier" && this.follow(n.text, []))
            return;
        if (n.type === "lambda") {
            const body = n.childForFieldName("body");
            if (body)
                this.expression(body, new Map());
            return;
        }
        if ((0,nodes/* dottedName */._P)(n)?.endsWith(".noop"))
            return;
        this.reader.unknown(call, "RunPython's code is not a function defined in this file, so what it does to the data cannot be read");
    }
    loopBinding(right, env) {
        const rel = this.relation(right, env);
        return rel ? { kind: "record", rel, assigned: new Set() } : undefined;
    }
    assignedAttribute(bound, attribute) {
        if (bound.kind === "record")
            bound.assigned.add(attribute);
    }
    /** What a value is, as far as the ORM goes: a model, a queryset, one record. */
    binding(node, env) {
        const n = (0,nodes/* unwrap */.oA)(node);
        const table = this.model(n, env);
        if (table !== undefined)
            return { kind: "model", table };
        if (n.type === "call") {
            const name = (0,nodes/* methodName */.Lo)(n);
            const recv = (0,nodes/* receiver */.e6)(n);
            if (name && SINGLE_RECORD.has(name) && recv) {
                const rel = this.relation(recv, env);
                if (rel)
                    return { kind: "record", rel: (0,extend/* extend */.X)(rel, { filtered: true }), assigned: new Set() };
            }
        }
        const rel = this.relation(n, env);
        return rel ? { kind: "relation", rel } : undefined;
    }
    /** The table of a model expression. */
    model(node, env) {
        const n = (0,nodes/* unwrap */.oA)(node);
        if (n.type === "identifier") {
            const bound = env.get(n.text);
            if (bound)
                return bound.kind === "model" ? bound.table : undefined;
            const origin = this.module.imports.get(n.text);
            if (origin && /^[A-Z]/.test(n.text)) {
                // `from accounts.models import User`: the app is the package that holds `models`.
                const parts = origin.split(".");
                const at = parts.lastIndexOf("models");
                return this.reader.modelTable(at > 0 ? parts[at - 1] : undefined, n.text);
            }
            return undefined;
        }
        if (n.type === "call" && (0,nodes/* methodName */.Lo)(n) === "get_model") {
            const args = (0,nodes/* callArgs */.qS)(n);
            const first = (0,nodes/* stringValue */.r$)(args.positional[0]);
            const second = (0,nodes/* stringValue */.r$)(args.positional[1] ?? args.keywords.get("model_name"));
            if (first === undefined)
                return undefined;
            if (second !== undefined)
                return this.reader.modelTable(first, second);
            const [app, model] = first.split(".");
            return model ? this.reader.modelTable(app, model) : undefined;
        }
        return undefined;
    }
    /** The rows a queryset expression selects. */
    relation(node, env) {
        const n = (0,nodes/* unwrap */.oA)(node);
        switch (n.type) {
            case "identifier": {
                const bound = env.get(n.text);
                return bound?.kind === "relation" ? bound.rel : undefined;
            }
            case "attribute": {
                const attribute = n.childForFieldName("attribute")?.text ?? "";
                const object = n.childForFieldName("object");
                if (!object)
                    return undefined;
                let table = this.model(object, env);
                // A model the file neither imports nor looks up: Django's own naming is the best guess.
                if (table === undefined &&
                    object.type === "identifier" &&
                    /^[A-Z]/.test(object.text) &&
                    !env.has(object.text))
                    table = this.reader.modelTable(undefined, object.text);
                if (table === undefined)
                    return undefined;
                if (MANAGERS.has(attribute))
                    return { table, filtered: false, nullColumns: new Set() };
                // A custom manager may filter rows; it is still the model's table.
                if (/objects|manager/i.test(attribute))
                    return { table, filtered: true, nullColumns: new Set() };
                return undefined;
            }
            case "subscript": {
                const value = n.childForFieldName("value");
                const rel = value ? this.relation(value, env) : undefined;
                return rel ? (0,extend/* extend */.X)(rel, { filtered: true }) : undefined;
            }
            case "call": {
                const name = (0,nodes/* methodName */.Lo)(n) ?? "";
                const recv = (0,nodes/* receiver */.e6)(n);
                if (!recv)
                    return undefined;
                const rel = this.relation(recv, env);
                if (!rel)
                    return undefined;
                if (QUERYSET_PASSTHROUGH.has(name))
                    return rel;
                if (name === "filter" || name === "exclude" || name === "complex_filter") {
                    const nulls = new Set(rel.nullColumns);
                    for (const [key, value] of (0,nodes/* callArgs */.qS)(n).keywords) {
                        const isnull = /^(.+)__isnull$/.exec(key);
                        const flag = (0,nodes/* booleanValue */.eC)(value);
                        if (name === "filter" && ((isnull && flag === true) || (!isnull && (0,nodes/* isNone */.$I)(value))))
                            nulls.add(isnull ? isnull[1] : key);
                        if (name === "exclude" && isnull && flag === false)
                            nulls.add(isnull[1]);
                    }
                    return { table: rel.table, filtered: true, nullColumns: nulls };
                }
                return undefined;
            }
            default:
                return undefined;
        }
    }
    /** A call that changes rows or runs SQL; false when it is none the reader knows. */
    call(call, env) {
        const name = (0,nodes/* methodName */.Lo)(call) ?? "";
        const recv = (0,nodes/* receiver */.e6)(call);
        const args = (0,nodes/* callArgs */.qS)(call);
        if (!recv)
            return false;
        switch (name) {
            case "execute":
            case "executemany":
            case "raw":
                this.sql.forward(args.positional[0] ?? args.keywords.get("sql"), call, `${name}()`);
                return true;
            case "delete": {
                // A loop variable, a record kept in a variable, or `Model.objects.get(...).delete()`.
                const record = recv.type === "identifier" ? env.get(recv.text) : this.binding(recv, env);
                if (record?.kind === "record") {
                    this.reader.push(call, {
                        kind: "delete-rows",
                        table: record.rel.table,
                        filtered: record.rel.filtered,
                        via: "Model.delete() on each record",
                    });
                    return true;
                }
                const rel = this.relation(recv, env);
                if (!rel)
                    return false;
                this.reader.push(call, {
                    kind: "delete-rows",
                    table: rel.table,
                    filtered: rel.filtered,
                    via: "QuerySet.delete()",
                });
                return true;
            }
            case "update": {
                const rel = this.relation(recv, env);
                if (!rel)
                    return false;
                const columns = args.splat ? [] : [...args.keywords.keys()];
                this.reader.push(call, {
                    kind: "update-rows",
                    table: rel.table,
                    columns,
                    filtered: rel.filtered,
                    onlyNulls: (0,toolkit/* onlyNulls */.fk)(columns, rel.nullColumns),
                    via: "QuerySet.update()",
                });
                return true;
            }
            case "save": {
                const record = recv.type === "identifier" ? env.get(recv.text) : undefined;
                if (record?.kind !== "record")
                    return false;
                const fields = (0,nodes/* stringList */.Yn)(args.keywords.get("update_fields"));
                const columns = fields ?? [...record.assigned];
                this.reader.push(call, {
                    kind: "update-rows",
                    table: record.rel.table,
                    columns,
                    filtered: record.rel.filtered,
                    onlyNulls: (0,toolkit/* onlyNulls */.fk)(columns, record.rel.nullColumns),
                    via: "Model.save() on each record",
                });
                return true;
            }
            case "bulk_update": {
                const rel = this.relation(recv, env);
                if (!rel)
                    return false;
                const columns = (0,nodes/* stringList */.Yn)((0,nodes/* arg */.JR)(args, 1, "fields")) ?? [];
                this.reader.push(call, {
                    kind: "update-rows",
                    table: rel.table,
                    columns,
                    filtered: true,
                    onlyNulls: false,
                    via: "QuerySet.bulk_update()",
                });
                return true;
            }
            default:
                return false;
        }
    }
}

// EXTERNAL MODULE: ./src/core/frameworks/python/source.ts
var source = __webpack_require__(8447);
;// CONCATENATED MODULE: ./src/core/frameworks/python/django/raw-sql.ts
// RunSQL in a Django migration: its SQL (a string, a list of strings or (sql, params) pairs, or a module
// constant holding one) handed to the shared SQL reader; without reverse_sql Django cannot unapply it.


function readRunSql(r, call, args) {
    const sql = (0,nodes/* arg */.JR)(args, 0, "sql");
    if (!sql)
        return r.unknown(call, "RunSQL without SQL cannot be followed");
    sqlValue(r, sql, call);
    const reverse = (0,nodes/* arg */.JR)(args, 1, "reverse_sql");
    if (!reverse || (0,nodes/* isNone */.$I)(reverse)) {
        r.push(call, {
            kind: "irreversible",
            reason: "RunSQL has no reverse_sql, so Django cannot unapply it",
        });
    }
}
function sqlValue(r, node, call) {
    const value = (0,source/* resolveConstant */.Z)(r.module, (0,nodes/* unwrap */.oA)(node));
    if ((0,nodes/* dottedName */._P)(value)?.endsWith(".noop"))
        return;
    const items = (0,nodes/* elements */.Yt)(value);
    if (!items)
        return r.sql.forward(value, call, "RunSQL");
    for (const item of items) {
        // A list holds strings or (sql, params) pairs.
        const pair = (0,nodes/* elements */.Yt)(item);
        r.sql.forward(pair ? pair[0] : item, call, "RunSQL");
    }
}
/** Operations that run raw SQL, by class name. */
const SQL_OPERATIONS = {
    RunSQL: (r, call, args) => readRunSql(r, call, args),
};

// EXTERNAL MODULE: ./src/core/frameworks/shared/volatile-defaults.ts
var volatile_defaults = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/frameworks/python/column-types.ts
var column_types = __webpack_require__(2204);
;// CONCATENATED MODULE: ./src/core/frameworks/python/django/fields.ts




const RELATED_FIELDS = new Set(["ForeignKey", "OneToOneField", "ParentalKey"]);
const MANY_TO_MANY = new Set(["ManyToManyField", "ParentalManyToManyField"]);
/** `db_default` functions evaluated per row. */
const VOLATILE_DB_FUNCTION = /random|uuid/i;
function readField(name, field) {
    const cls = (0,nodes/* methodName */.Lo)(field) ?? "";
    const args = (0,nodes/* callArgs */.qS)(field);
    const kw = args.keywords;
    const related = RELATED_FIELDS.has(cls);
    const column = (0,nodes/* stringValue */.r$)(kw.get("db_column")) ?? (related ? `${name}_id` : name);
    const type = related ? undefined : (0,column_types/* djangoFieldType */.g)(cls, field);
    const unique = (0,nodes/* booleanValue */.eC)(kw.get("unique")) === true || cls === "OneToOneField";
    return {
        column,
        ...(type !== undefined ? { type } : {}),
        notNull: (0,nodes/* booleanValue */.eC)(kw.get("null")) !== true,
        default: computedDefault(cls, kw) ?? fieldDefault(args),
        related,
        manyToMany: MANY_TO_MANY.has(cls),
        through: kw.has("through"),
        unique: unique && (0,nodes/* booleanValue */.eC)(kw.get("primary_key")) !== true,
        // Django indexes foreign keys unless told not to.
        dbIndex: (0,nodes/* booleanValue */.eC)(kw.get("db_index")) ?? related,
        dbConstraint: (0,nodes/* booleanValue */.eC)(kw.get("db_constraint")) !== false,
    };
}
const AUTO_FIELDS = new Set(["AutoField", "BigAutoField", "SmallAutoField"]);
/**
 * A value the database computes for every existing row when the field is added: an AutoField's sequence
 * (serial) and a `GeneratedField(..., db_persist=True)` (GENERATED ALWAYS AS ... STORED). Read like the SQL
 * reader reads the same columns.
 */
function computedDefault(cls, kw) {
    if (AUTO_FIELDS.has(cls))
        return { volatile: true, text: "nextval (serial)" };
    if (cls === "GeneratedField" && (0,nodes/* booleanValue */.eC)(kw.get("db_persist")) === true) {
        return { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
    }
    return undefined;
}
function fieldDefault(args) {
    const dbDefault = args.keywords.get("db_default");
    if (dbDefault && !(0,nodes/* isNone */.$I)(dbDefault)) {
        // `db_default` stays in the database: a function in it runs for every row the ALTER fills.
        const n = (0,nodes/* unwrap */.oA)(dbDefault);
        const fn = n.type === "call" ? ((0,nodes/* methodName */.Lo)(n) ?? "") : "";
        return { volatile: VOLATILE_DB_FUNCTION.test(fn) || (0,volatile_defaults/* isVolatileSql */.Z)(n.text), text: n.text };
    }
    const value = args.keywords.get("default");
    if (!value || (0,nodes/* isNone */.$I)(value))
        return undefined;
    const n = (0,nodes/* unwrap */.oA)(value);
    if ((0,nodes/* dottedName */._P)(n)?.endsWith("NOT_PROVIDED"))
        return undefined;
    // Django's `default=` lives in Python: the migration sets it on the column to fill the rows, then drops it.
    return (0,extend/* extend */.X)(pythonDefault(n), { transient: true });
}
function pythonDefault(n) {
    if ((0,nodes/* isPlainLiteral */.EA)(n))
        return { volatile: false, text: n.text };
    if (n.type === "identifier" || n.type === "attribute" || n.type === "lambda") {
        // Django calls a callable default once, in Python, and writes that one value into every existing row:
        // nothing per-row reaches the database (but a unique column then gets duplicates).
        return {
            volatile: false,
            text: `${n.text} (called once by Django; every existing row gets the same value)`,
        };
    }
    return { volatile: false, text: n.text };
}

;// CONCATENATED MODULE: ./src/core/frameworks/python/django/schema-operations.ts
// Django's schema operations (`migrations.CreateModel`, `AddField`, `RemoveField`, `AlterField`, indexes and
// constraints), one handler each, keyed by the operation's class name. RunSQL is in raw-sql.ts, RunPython in
// data-calls.ts; a class in none of the tables is an unknown, unless it changes only Django's model state.


/** Operations that change only Django's model state, or nothing a rule looks at. */
const NO_SCHEMA_CHANGE = new Set([
    "AlterModelOptions",
    "AlterModelManagers",
    "AlterModelTableComment",
    "RenameIndex",
    "CreateExtension",
    "BloomExtension",
    "BtreeGinExtension",
    "BtreeGistExtension",
    "CITextExtension",
    "CryptoExtension",
    "HStoreExtension",
    "TrigramExtension",
    "UnaccentExtension",
    "CreateCollation",
    "RemoveCollation",
]);
function modelArg(args, index, keyword) {
    return (0,nodes/* stringValue */.r$)((0,nodes/* arg */.JR)(args, index, keyword));
}
/** The unknown for an operation whose `what` is not written literally. */
function missingIn(r, call, name) {
    return (what) => r.unknown(call, `${name} whose ${what} is not a string literal cannot be followed`);
}
const createModel = (r, call, args, name) => {
    const missing = missingIn(r, call, name);
    const model = modelArg(args, 0, "name");
    if (model === undefined)
        return missing("model name");
    const options = (0,nodes/* dictEntries */.Hc)((0,nodes/* arg */.JR)(args, 2, "options"));
    const dbTable = (0,nodes/* stringValue */.r$)(options?.get("db_table"));
    if (dbTable !== undefined)
        r.tables.set(model.toLowerCase(), dbTable);
    const columns = [];
    const columnTypes = {};
    const notNullColumns = [];
    for (const pair of (0,nodes/* elements */.Yt)((0,nodes/* arg */.JR)(args, 1, "fields")) ?? []) {
        const [fieldName, field] = (0,nodes/* elements */.Yt)(pair) ?? [];
        const fieldText = (0,nodes/* stringValue */.r$)(fieldName);
        if (fieldText === undefined || !field || (0,nodes/* unwrap */.oA)(field).type !== "call")
            continue;
        const info = readField(fieldText, (0,nodes/* unwrap */.oA)(field));
        if (info.manyToMany)
            continue;
        columns.push(info.column);
        if (info.type !== undefined)
            columnTypes[info.column] = info.type;
        if (info.notNull)
            notNullColumns.push(info.column);
    }
    return r.push(call, {
        kind: "create-table",
        table: r.table(model),
        columns,
        ...(Object.keys(columnTypes).length ? { columnTypes } : {}),
        notNullColumns,
    });
};
const deleteModel = (r, call, args, name) => {
    const missing = missingIn(r, call, name);
    const model = modelArg(args, 0, "name");
    if (model === undefined)
        return missing("model name");
    return r.push(call, { kind: "drop-table", table: r.table(model) });
};
const renameModel = (r, call, args, name) => {
    const missing = missingIn(r, call, name);
    const from = modelArg(args, 0, "old_name");
    const to = modelArg(args, 1, "new_name");
    if (from === undefined || to === undefined)
        return missing("model name");
    const table = r.table(from);
    // Django renames the table only when it is the default one; a custom db_table stays.
    if (r.tables.has(from.toLowerCase())) {
        r.tables.set(to.toLowerCase(), table);
        return;
    }
    return r.push(call, { kind: "rename-table", table, newName: r.table(to) });
};
const alterModelTable = (r, call, args, name) => {
    const missing = missingIn(r, call, name);
    const model = modelArg(args, 0, "name");
    if (model === undefined)
        return missing("model name");
    const tableNode = (0,nodes/* arg */.JR)(args, 1, "table");
    const newTable = (0,nodes/* stringValue */.r$)(tableNode);
    if (newTable === undefined && !(0,nodes/* isNone */.$I)(tableNode))
        return missing("table");
    const from = r.table(model);
    r.tables.delete(model.toLowerCase());
    const to = newTable ?? r.table(model);
    r.tables.set(model.toLowerCase(), to);
    if (from !== to)
        r.push(call, { kind: "rename-table", table: from, newName: to });
    return;
};
const addField = (r, call, args, _name) => {
    return readAddField(r, call, args);
};
const removeField = (r, call, args, name) => {
    const missing = missingIn(r, call, name);
    const model = modelArg(args, 0, "model_name");
    const field = modelArg(args, 1, "name");
    if (model === undefined || field === undefined)
        return missing("model or field name");
    return r.push(call, { kind: "drop-column", table: r.table(model), column: field });
};
const renameField = (r, call, args, name) => {
    const missing = missingIn(r, call, name);
    const model = modelArg(args, 0, "model_name");
    const from = modelArg(args, 1, "old_name");
    const to = modelArg(args, 2, "new_name");
    if (model === undefined || from === undefined || to === undefined)
        return missing("model or field name");
    return r.push(call, {
        kind: "rename-column",
        table: r.table(model),
        column: from,
        newName: to,
    });
};
const alterField = (r, call, args, name) => {
    const missing = missingIn(r, call, name);
    const model = modelArg(args, 0, "model_name");
    const fieldName = modelArg(args, 1, "name");
    const field = (0,nodes/* arg */.JR)(args, 2, "field");
    if (model === undefined || fieldName === undefined)
        return missing("model or field name");
    if (!field || (0,nodes/* unwrap */.oA)(field).type !== "call")
        return missing("field");
    const info = readField(fieldName, (0,nodes/* unwrap */.oA)(field));
    if (info.manyToMany)
        return;
    return r.push(call, {
        kind: "change-column-type",
        table: r.table(model),
        column: info.column,
        ...(info.type !== undefined ? { type: info.type } : {}),
        // AlterField restates the whole field: against the history, a change of `null` alone is read as
        // set-not-null / drop-not-null, and the same type is no type change.
        notNull: info.notNull,
    });
};
const addIndex = (r, call, args, name) => {
    return readAddIndex(r, call, args, name === "AddIndexConcurrently");
};
const removeIndex = (r, call, args, name) => {
    const model = modelArg(args, 0, "model_name");
    const index = modelArg(args, 1, "name");
    return r.push(call, {
        kind: "drop-index",
        ...(model !== undefined ? { table: r.table(model) } : {}),
        ...(index !== undefined ? { name: index } : {}),
        concurrently: name === "RemoveIndexConcurrently",
    });
};
const addConstraint = (r, call, args, name) => {
    return readAddConstraint(r, call, args, name === "AddConstraint");
};
const validateConstraint = (r, call, args, name) => {
    const missing = missingIn(r, call, name);
    const model = modelArg(args, 0, "model_name");
    const constraint = modelArg(args, 1, "name");
    if (model === undefined)
        return missing("model name");
    return r.push(call, {
        kind: name === "ValidateConstraint" ? "validate-constraint" : "drop-constraint",
        table: r.table(model),
        ...(constraint !== undefined ? { name: constraint } : {}),
    });
};
const alterUniqueTogether = (r, call, args, name) => {
    return readTogether(r, call, args, name === "AlterUniqueTogether");
};
const alterOrderWithRespectTo = (r, call, args, name) => {
    const missing = missingIn(r, call, name);
    const model = modelArg(args, 0, "name");
    if (model === undefined)
        return missing("model name");
    if ((0,nodes/* isNone */.$I)((0,nodes/* arg */.JR)(args, 1, "order_with_respect_to")))
        return;
    // Django adds an `_order` integer column with a constant default of 0.
    return r.push(call, {
        kind: "add-column",
        table: r.table(model),
        column: "_order",
        type: "integer",
        notNull: true,
        default: { volatile: false, text: "0" },
    });
};
const separateDatabaseAndState = (r, _call, args, _name) => {
    // Only `database_operations` touch the database; `state_operations` only tell Django's model state.
    const database = (0,nodes/* arg */.JR)(args, 0, "database_operations");
    if (database && !(0,nodes/* isNone */.$I)(database))
        r.operations(database);
    return;
};
/** Django schema operations, by class name. */
const SCHEMA_OPERATIONS = {
    CreateModel: createModel,
    DeleteModel: deleteModel,
    RenameModel: renameModel,
    AlterModelTable: alterModelTable,
    AddField: addField,
    RemoveField: removeField,
    RenameField: renameField,
    AlterField: alterField,
    AddIndex: addIndex,
    AddIndexConcurrently: addIndex,
    RemoveIndex: removeIndex,
    RemoveIndexConcurrently: removeIndex,
    AddConstraint: addConstraint,
    AddConstraintNotValid: addConstraint,
    ValidateConstraint: validateConstraint,
    RemoveConstraint: validateConstraint,
    AlterUniqueTogether: alterUniqueTogether,
    AlterIndexTogether: alterUniqueTogether,
    AlterOrderWithRespectTo: alterOrderWithRespectTo,
    SeparateDatabaseAndState: separateDatabaseAndState,
};
function readAddField(r, call, args) {
    const model = modelArg(args, 0, "model_name");
    const fieldName = modelArg(args, 1, "name");
    const field = (0,nodes/* arg */.JR)(args, 2, "field");
    if (model === undefined || fieldName === undefined || !field || (0,nodes/* unwrap */.oA)(field).type !== "call") {
        return r.unknown(call, "AddField whose model, name or field is not written literally cannot be followed");
    }
    const table = r.table(model);
    const info = readField(fieldName, (0,nodes/* unwrap */.oA)(field));
    if (info.manyToMany) {
        // The relation lives in a new join table, unless a `through` model already holds it.
        if (!info.through)
            r.push(call, { kind: "create-table", table: `${table}_${fieldName}`, columns: [] });
        return;
    }
    r.push(call, {
        kind: "add-column",
        table,
        column: info.column,
        ...(info.type !== undefined ? { type: info.type } : {}),
        notNull: info.notNull,
        ...(info.default ? { default: info.default } : {}),
    });
    if (info.unique) {
        r.push(call, { kind: "add-constraint", table, constraint: "unique", validated: true });
    }
    else if (info.dbIndex) {
        r.push(call, { kind: "add-index", table, columns: [info.column] });
    }
    if (info.related && info.dbConstraint) {
        r.push(call, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
    }
}
function readAddIndex(r, call, args, concurrently) {
    const model = modelArg(args, 0, "model_name");
    const index = (0,nodes/* arg */.JR)(args, 1, "index");
    if (model === undefined || !index || (0,nodes/* unwrap */.oA)(index).type !== "call") {
        return r.unknown(call, "AddIndex whose model or index is not written literally cannot be followed");
    }
    const indexArgs = (0,nodes/* callArgs */.qS)((0,nodes/* unwrap */.oA)(index));
    const fields = (0,nodes/* stringList */.Yn)(indexArgs.keywords.get("fields")) ?? [];
    const name = (0,nodes/* stringValue */.r$)(indexArgs.keywords.get("name"));
    r.push(call, {
        kind: "add-index",
        table: r.table(model),
        columns: fields.map((f) => f.replace(/^-/, "")),
        ...(name !== undefined ? { name } : {}),
        concurrently,
    });
}
function readAddConstraint(r, call, args, validated) {
    const model = modelArg(args, 0, "model_name");
    const constraint = (0,nodes/* arg */.JR)(args, 1, "constraint");
    if (model === undefined || !constraint || (0,nodes/* unwrap */.oA)(constraint).type !== "call") {
        return r.unknown(call, "AddConstraint whose model or constraint is not written literally cannot be followed");
    }
    const cls = (0,nodes/* methodName */.Lo)((0,nodes/* unwrap */.oA)(constraint));
    const kind = cls === "CheckConstraint"
        ? "check"
        : cls === "UniqueConstraint"
            ? "unique"
            : cls === "ExclusionConstraint"
                ? "exclusion"
                : undefined;
    if (!kind)
        return r.unknown(call, `the constraint class ${cls ?? "used"} is not one the reader knows`);
    const name = (0,nodes/* stringValue */.r$)((0,nodes/* callArgs */.qS)((0,nodes/* unwrap */.oA)(constraint)).keywords.get("name"));
    r.push(call, {
        kind: "add-constraint",
        table: r.table(model),
        constraint: kind,
        ...(name !== undefined ? { name } : {}),
        validated,
    });
}
function readTogether(r, call, args, unique) {
    const model = modelArg(args, 0, "name");
    const value = (0,nodes/* arg */.JR)(args, 1, unique ? "unique_together" : "index_together");
    if (model === undefined || !value) {
        return r.unknown(call, "a *_together operation whose model or fields are not literal cannot be followed");
    }
    if ((0,nodes/* isNone */.$I)(value) || ((0,nodes/* unwrap */.oA)(value).type === "call" && (0,nodes/* callArgs */.qS)((0,nodes/* unwrap */.oA)(value)).positional.length === 0))
        return; // `set()` / None removes them all.
    const single = (0,nodes/* stringList */.Yn)(value);
    const groups = single ? [single] : (0,nodes/* elements */.Yt)(value)?.map((group) => (0,nodes/* stringList */.Yn)(group));
    // A constant or a computed set names columns the reader cannot see: unknown, never nothing.
    if (!groups || groups.some((g) => g === undefined)) {
        return r.unknown(call, "a *_together operation whose model or fields are not literal cannot be followed");
    }
    const table = r.table(model);
    for (const columns of groups) {
        if (columns.length === 0)
            continue;
        if (unique)
            r.push(call, { kind: "add-constraint", table, constraint: "unique", validated: true });
        else
            r.push(call, { kind: "add-index", table, columns });
    }
}

// EXTERNAL MODULE: ./src/core/frameworks/python/migration.ts + 1 modules
var migration = __webpack_require__(5619);
;// CONCATENATED MODULE: ./src/core/frameworks/python/django-reader.ts








/** The Django app label: the directory that holds `migrations/`. */
function appLabel(path) {
    const parts = path.split("/");
    const at = parts.lastIndexOf("migrations");
    return at > 0 ? parts[at - 1] : undefined;
}
function readDjangoMigration(input, parsers) {
    return (0,migration/* readPythonMigration */.J)("django", input, parsers, (module, sql, out) => new DjangoReader(input, module, sql, out).read());
}
class DjangoReader {
    module;
    sql;
    out;
    app;
    /** Tables this file gave a model (`db_table`, `AlterModelTable`), by lower-case model name. */
    tables = new Map();
    constructor(input, module, sql, out) {
        this.module = module;
        this.sql = sql;
        this.out = out;
        this.app = appLabel(input.path);
    }
    read() {
        const migration = this.module.classes.get("Migration");
        if (!migration) {
            this.out.problems.push({
                line: 1,
                endLine: 1,
                message: "No `Migration` class was found at the top level of this Django migration, so it was not analysed",
            });
            return;
        }
        let list;
        for (const statement of (0,nodes/* statementsOf */.GX)(migration.childForFieldName("body"))) {
            const assignment = (0,nodes/* expressionOf */.ez)(statement);
            if (assignment?.type !== "assignment")
                continue;
            if (assignment.childForFieldName("left")?.text !== "operations")
                continue;
            list = assignment.childForFieldName("right") ?? undefined;
        }
        if (list)
            this.operations(list);
    }
    // ---------------------------------------------------------------- output and tables
    push(node, body) {
        this.out.operations.push((0,tree_sitter/* operationAt */.f2)(node, body));
    }
    unknown(node, reason) {
        this.push(node, (0,toolkit/* unknownOperation */.sA)(reason, node.text));
    }
    table(model) {
        const key = model.toLowerCase();
        return this.tables.get(key) ?? (this.app ? `${this.app}_${key}` : key);
    }
    operations(list) {
        const items = (0,nodes/* elements */.Yt)((0,source/* resolveConstant */.Z)(this.module, (0,nodes/* unwrap */.oA)(list)));
        if (!items) {
            this.unknown(list, "the operations are not a list literal the reader can follow");
            return;
        }
        for (const item of items) {
            const node = (0,nodes/* unwrap */.oA)(item);
            if (node.type === "call")
                this.operation(node);
            else
                this.unknown(node, "an operation that is not a constructor call cannot be followed");
        }
    }
    operation(call) {
        const name = (0,nodes/* methodName */.Lo)(call) ?? "";
        const handler = (0,toolkit/* handlerFor */.ci)(SCHEMA_OPERATIONS, name) ??
            (0,toolkit/* handlerFor */.ci)(SQL_OPERATIONS, name) ??
            (0,toolkit/* handlerFor */.ci)(DATA_OPERATIONS, name);
        if (handler)
            return handler(this, call, (0,nodes/* callArgs */.qS)(call), name);
        if (NO_SCHEMA_CHANGE.has(name))
            return;
        this.unknown(call, `${name || "this call"} is not a Django migration operation the reader knows`);
    }
    // ---------------------------------------------------------------- shared with the RunPython reader
    /** The table of a model named in forward code: `apps.get_model("app", "Model")` or an imported class. */
    modelTable(app, model) {
        if (app === undefined || app === this.app)
            return this.table(model);
        return `${app}_${model.toLowerCase()}`;
    }
}


/***/ })

};
