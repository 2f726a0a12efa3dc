export const id = 629;
export const ids = [629];
export const modules = {

/***/ 2629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MigrationReader: () => (/* binding */ MigrationReader),
  readRailsMigration: () => (/* binding */ readRailsMigration),
  readSchemaRb: () => (/* reexport */ readSchemaRb)
});

// EXTERNAL MODULE: ./node_modules/@ruby/prism/src/nodes.js + 1 modules
var src_nodes = __webpack_require__(8009);
// EXTERNAL MODULE: ./src/core/run-time.ts
var run_time = __webpack_require__(2686);
// EXTERNAL MODULE: ./src/core/frameworks/shared/inflect.ts
var inflect = __webpack_require__(2760);
// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __webpack_require__(8849);
;// CONCATENATED MODULE: ./src/core/frameworks/ruby/nodes.ts
// Small readers over prism nodes: literal values, call arguments, block parameters.

function hashEntries(node) {
    if (!(node instanceof src_nodes/* KeywordHashNode */.w3 || node instanceof src_nodes/* HashNode */.te))
        return undefined;
    const out = new Map();
    for (const element of node.elements) {
        if (!(element instanceof src_nodes/* AssocNode */.Kc))
            continue;
        const key = symbolOrString(element.key);
        if (key !== undefined)
            out.set(key, element.value);
    }
    return out;
}
function callArgs(call) {
    const nodes = call.arguments_?.arguments_ ?? [];
    const positional = [];
    let options = new Map();
    let dynamic = false;
    nodes.forEach((node, i) => {
        const isLast = i === nodes.length - 1;
        if (isLast && (node instanceof src_nodes/* KeywordHashNode */.w3 || (node instanceof src_nodes/* HashNode */.te && positional.length > 0))) {
            options = hashEntries(node) ?? options;
            if (node.elements.some((e) => !(e instanceof src_nodes/* AssocNode */.Kc)))
                dynamic = true;
            return;
        }
        if (node instanceof src_nodes/* SplatNode */.bO)
            dynamic = true;
        positional.push(node);
    });
    return { positional, options, dynamic };
}
function symbolOrString(node) {
    if (node instanceof src_nodes/* SymbolNode */.Lz || node instanceof src_nodes/* StringNode */.k7)
        return node.unescaped.value;
    return undefined;
}
function booleanValue(node) {
    if (node instanceof src_nodes/* TrueNode */.ZU)
        return true;
    if (node instanceof src_nodes/* FalseNode */.Ku)
        return false;
    return undefined;
}
function numberValue(node) {
    if (node instanceof src_nodes/* IntegerNode */.DV || node instanceof src_nodes/* FloatNode */.VK)
        return Number(node.value);
    return undefined;
}
function isNil(node) {
    return node instanceof src_nodes/* NilNode */.Kw;
}
/** `Foo`, `Foo::Bar`, `::Foo` → "Foo", "Foo::Bar"; anything else undefined. */
function constantName(node) {
    if (node instanceof src_nodes/* ConstantReadNode */.Nq)
        return node.name;
    if (node instanceof src_nodes/* ConstantPathNode */.M4) {
        if (node.name === null)
            return undefined;
        if (node.parent === null)
            return node.name;
        const parent = constantName(node.parent);
        return parent === undefined ? undefined : `${parent}::${node.name}`;
    }
    return undefined;
}
const WHITESPACE_ONLY_CALLS = new Set([
    "squish",
    "strip",
    "strip_heredoc",
    "freeze",
    "dup",
    "chomp",
    "-@",
    "+@",
]);
function stringLiteral(node) {
    if (node instanceof src_nodes/* StringNode */.k7)
        return { value: node.unescaped.value, contentOffset: node.contentLoc.startOffset };
    if (node instanceof src_nodes/* InterpolatedStringNode */.h8) {
        // Adjacent literals and squiggly heredocs arrive as parts; any interpolation makes the text dynamic.
        let value = "";
        let contentOffset;
        for (const part of node.parts) {
            const literal = stringLiteral(part);
            if (!literal)
                return undefined;
            contentOffset ??= literal.contentOffset;
            value += literal.value;
        }
        return contentOffset === undefined ? undefined : { value, contentOffset };
    }
    if (node instanceof src_nodes/* ParenthesesNode */.RB && node.body instanceof src_nodes/* StatementsNode */.Z$ && node.body.body.length === 1) {
        return stringLiteral(node.body.body[0]);
    }
    // `<<~SQL.squish` only changes whitespace: the statements and their kinds are the same.
    if (node instanceof src_nodes/* CallNode */.Fo && WHITESPACE_ONLY_CALLS.has(node.name) && !node.arguments_) {
        return stringLiteral(node.receiver);
    }
    return undefined;
}
function arrayElements(node) {
    return node instanceof src_nodes/* ArrayNode */._7 ? node.elements : undefined;
}
/** Names of a block's plain positional parameters (`|t|`, `|table, column|`). */
function blockParameterNames(block) {
    const params = block.parameters;
    if (!(params instanceof src_nodes/* BlockParametersNode */.YC) || !params.parameters)
        return [];
    return params.parameters.requireds.map((p) => (p instanceof src_nodes/* RequiredParameterNode */.xX ? p.name : ""));
}
/** The statements of a body: a `StatementsNode`'s list, or the single node prism gives for a one-liner. */
function statementsOf(node) {
    if (node instanceof src_nodes/* StatementsNode */.Z$)
        return node.body;
    return node ? [node] : [];
}

// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/frameworks/ruby/data-calls.ts
// Rails data calls: model and relation methods that change rows (`delete_all`, `update_all`, `find_each`
// with a block, `record.destroy`), read as delete-rows/update-rows on the table the model names.




const RELATION_PASSTHROUGH = new Set([
    "all",
    "unscoped",
    "in_batches",
    "order",
    "reorder",
    "readonly",
    "select",
    "includes",
    "preload",
    "eager_load",
    "references",
    "lock",
    "distinct",
    "unscope",
    "find_each",
    "each",
]);
/** Relation methods that narrow the rows; with the pass-through ones, the only ones a strict read accepts. */
const RELATION_FILTERS = new Set([
    "where",
    "rewhere",
    "not",
    "or",
    "limit",
    "offset",
    "joins",
    "left_joins",
    "left_outer_joins",
    "merge",
    "group",
    "having",
]);
/** Constants that are not models, for calls whose names are not ActiveRecord's alone (`each`, `delete`, `update`). */
const NOT_MODELS = new Set([
    "Rails",
    "ActiveRecord",
    "ActiveSupport",
    "File",
    "Dir",
    "IO",
    "Time",
    "Date",
    "DateTime",
    "Hash",
    "Array",
    "Set",
    "Struct",
    "Kernel",
    "Process",
    "Thread",
    "JSON",
    "YAML",
    "CSV",
    "URI",
    "Logger",
    "SecureRandom",
    "Class",
    "Module",
    "Object",
    "Integer",
    "String",
    "Float",
    "Redis",
    "Sidekiq",
]);
const SINGLE_RECORD = new Set([
    "find",
    "find_by",
    "find_by!",
    "first",
    "first!",
    "last",
    "last!",
    "take",
    "take!",
]);
const RECORD_DELETES = new Set(["destroy", "destroy!", "delete"]);
const RECORD_UPDATES = new Set([
    "update",
    "update!",
    "update_attributes",
    "update_attributes!",
    "update_column",
    "update_columns",
    "update_attribute",
    "save",
    "save!",
    "touch",
    "increment!",
    "decrement!",
    "toggle!",
]);
const ITERATORS = new Set(["find_each", "each", "find_in_batches", "in_batches"]);
/** Model and relation calls that change rows. Returns false when the call is not one. */
function visitDataCall(r, call, ctx) {
    const name = call.name;
    const args = callArgs(call);
    if (name === "delete_all" || name === "destroy_all" || name === "delete_by" || name === "destroy_by") {
        const rel = relationOf(r, call.receiver, ctx);
        if (!rel) {
            r.unknown(call, `${name} on a relation the reader cannot resolve to a table`);
        }
        else {
            r.push(call, {
                kind: "delete-rows",
                table: rel.table,
                filtered: rel.filtered || name.endsWith("_by"),
                via: name,
            });
        }
        r.notInvertible(ctx, call, `${name} in change runs again on rollback`);
        return true;
    }
    if (name === "update_all") {
        const rel = relationOf(r, call.receiver, ctx);
        if (!rel)
            r.unknown(call, "update_all on a relation the reader cannot resolve to a table");
        else
            pushUpdate(r, call, rel, assignedColumns(args), "update_all");
        r.notInvertible(ctx, call, "update_all in change runs again on rollback");
        return true;
    }
    if (ITERATORS.has(name) && (call.block instanceof src_nodes/* BlockNode */.ub || call.block instanceof src_nodes/* BlockArgumentNode */.pG)) {
        // `each` is everyone's; only a receiver that is clearly a model relation counts.
        const rel = relationOf(r, call.receiver, ctx, name === "each");
        if (!rel)
            return false;
        if (call.block instanceof src_nodes/* BlockArgumentNode */.pG) {
            // `find_each(&:destroy)`
            const method = symbolOrString(call.block.expression);
            if (method !== undefined)
                recordMethod(r, call, rel, method, [], ctx);
            return true;
        }
        const [param] = blockParameterNames(call.block);
        const env = new Map(ctx.env);
        if (param) {
            const batch = name === "in_batches" || name === "find_in_batches";
            env.set(param, batch ? { kind: "relation", rel } : { kind: "record", rel });
        }
        r.walkBlock(call.block, (0,extend/* extend */.X)(ctx, { env }));
        return true;
    }
    // `User.find(1).destroy`, `User.find_by(email: x).update!(...)`
    if (call.receiver instanceof src_nodes/* CallNode */.Fo && SINGLE_RECORD.has(call.receiver.name)) {
        const rel = relationOf(r, call.receiver.receiver, ctx, true);
        if (rel && visitRecordCall(r, call, (0,extend/* extend */.X)(rel, { filtered: true }), ctx))
            return true;
    }
    // `User.delete(ids)`, `User.destroy(id)`, `User.update(id, attrs)`, `User.where(...).update(attrs)`
    const ambiguous = name === "delete" || name === "destroy" || name === "update" || name === "update!";
    const rel = ambiguous ? relationOf(r, call.receiver, ctx, true) : undefined;
    if (rel && (name === "delete" || name === "destroy")) {
        const filtered = rel.filtered || args.positional.length > 0;
        r.push(call, { kind: "delete-rows", table: rel.table, filtered, via: name });
        r.notInvertible(ctx, call, `${name} in change runs again on rollback`);
        return true;
    }
    if (rel && (name === "update" || name === "update!") && args.positional.length + args.options.size > 0) {
        const byId = args.positional.length >= 2;
        const attrs = byId ? hashEntries(args.positional[1]) : (hashEntries(args.positional[0]) ?? args.options);
        pushUpdate(r, call, (0,extend/* extend */.X)(rel, { filtered: byId || rel.filtered }), [...(attrs?.keys() ?? [])], name);
        r.notInvertible(ctx, call, `${name} in change runs again on rollback`);
        return true;
    }
    return false;
}
/** Calls on one record (`user.destroy`, `user.update!(...)`). Returns false when the call changes nothing. */
function visitRecordCall(r, call, rel, ctx) {
    return recordMethod(r, call, rel, call.name, recordColumns(call), ctx);
}
function recordMethod(r, call, rel, method, columns, ctx) {
    if (RECORD_DELETES.has(method)) {
        r.push(call, { kind: "delete-rows", table: rel.table, filtered: rel.filtered, via: method });
    }
    else if (RECORD_UPDATES.has(method)) {
        pushUpdate(r, call, rel, columns, method);
    }
    else {
        return false;
    }
    r.notInvertible(ctx, call, `${method} in change runs again on rollback`);
    return true;
}
function recordColumns(call) {
    const args = callArgs(call);
    if (call.name === "update_column" || call.name === "update_attribute" || call.name === "touch") {
        const column = symbolOrString(args.positional[0]);
        return column === undefined ? [] : [column];
    }
    return assignedColumns(args);
}
function pushUpdate(r, call, rel, columns, via) {
    r.push(call, {
        kind: "update-rows",
        table: rel.table,
        columns,
        filtered: rel.filtered,
        onlyNulls: columns.length > 0 && columns.every((c) => rel.nullColumns.has(c)),
        via,
    });
}
/**
 * The table and filter a relation expression selects, or undefined when it cannot be told. `strict` is for
 * method names other libraries share: then only model-looking constants and known relation methods count.
 */
function relationOf(r, node, ctx, strict = false) {
    if (!node)
        return undefined;
    const constant = constantName(node);
    if (constant !== undefined) {
        const last = constant.split("::").pop();
        const model = r.models.get(last);
        if (model !== undefined)
            return { table: model, filtered: false, nullColumns: new Set() };
        if (r.constants.has(last))
            return undefined;
        if (strict && (NOT_MODELS.has(constant.split("::")[0]) || !/^[A-Z][a-z]/.test(last)))
            return undefined;
        return { table: (0,inflect/* tableize */.fG)(last), filtered: false, nullColumns: new Set() };
    }
    if (node instanceof src_nodes/* LocalVariableReadNode */.cr) {
        const binding = ctx.env.get(node.name);
        return binding?.kind === "relation" ? binding.rel : undefined;
    }
    if (!(node instanceof src_nodes/* CallNode */.Fo) || !node.receiver)
        return undefined;
    // `user.posts` on a record being iterated: an association, whose table Rails names after it by default.
    if (node.receiver instanceof src_nodes/* LocalVariableReadNode */.cr && ctx.env.get(node.receiver.name)?.kind === "record") {
        if (strict || !/^[a-z_]\w*$/.test(node.name))
            return undefined;
        return { table: (0,inflect/* pluralize */.td)(node.name), filtered: true, nullColumns: new Set() };
    }
    if (node.name === "not" && node.receiver instanceof src_nodes/* CallNode */.Fo && node.receiver.name === "where") {
        const base = relationOf(r, node.receiver.receiver, ctx, strict);
        return base && (0,extend/* extend */.X)(base, { filtered: true });
    }
    const base = relationOf(r, node.receiver, ctx, strict);
    if (!base)
        return undefined;
    if (RELATION_PASSTHROUGH.has(node.name))
        return base;
    // `where(a: nil).or(...)` no longer guarantees the NULLs.
    if (node.name === "or")
        return (0,extend/* extend */.X)(base, { filtered: true, nullColumns: new Set() });
    if (strict && !RELATION_FILTERS.has(node.name) && !SINGLE_RECORD.has(node.name))
        return undefined;
    if (node.name === "where" || node.name === "rewhere") {
        const args = callArgs(node);
        if (args.positional.length === 0 && args.options.size === 0)
            return base;
        const nullColumns = new Set(base.nullColumns);
        for (const column of nullFilterColumns(args))
            nullColumns.add(column);
        return { table: base.table, filtered: true, nullColumns };
    }
    // A scope, limit, joins, find_by...: it narrows the rows, though not in a way the reader can name.
    return (0,extend/* extend */.X)(base, { filtered: true });
}
/** Columns an `update_all` / `update(...)` assigns: hash keys, or the names before `=` in an SQL fragment. */
function assignedColumns(args) {
    const first = args.positional[0];
    const hash = hashEntries(first) ?? (args.options.size > 0 ? args.options : undefined);
    if (hash)
        return [...hash.keys()];
    const sql = stringLiteral(first) ?? stringLiteral(arrayElements(first)?.[0]);
    if (!sql)
        return [];
    const columns = [];
    for (const piece of splitTopLevel(sql.value)) {
        const m = /^\s*["`]?([A-Za-z_]\w*)["`]?\s*=(?!=)/.exec(piece);
        if (m)
            columns.push(m[1]);
    }
    return columns;
}
function splitTopLevel(sql) {
    const pieces = [];
    let depth = 0;
    let quote;
    let current = "";
    for (const c of sql) {
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === "(")
            depth++;
        else if (c === ")")
            depth--;
        else if (c === "," && depth === 0) {
            pieces.push(current);
            current = "";
            continue;
        }
        current += c;
    }
    pieces.push(current);
    return pieces;
}
/** Columns a `where` requires to be NULL: `where(col: nil)` or `where("col IS NULL")` without OR. */
function nullFilterColumns(args) {
    const hash = hashEntries(args.positional[0]) ?? args.options;
    const columns = [];
    for (const [key, value] of hash)
        if (isNil(value))
            columns.push(key);
    const sql = stringLiteral(args.positional[0]) ?? stringLiteral(arrayElements(args.positional[0])?.[0]);
    if (sql && !/\bOR\b/i.test(sql.value)) {
        for (const m of sql.value.matchAll(/["`]?([A-Za-z_]\w*)["`]?\s+IS\s+NULL\b/gi))
            columns.push(m[1]);
    }
    return columns;
}
/** What a local variable holds after `x = User.where(...)` or `x = User.find(id)`: a relation or one record. */
function relationBinding(r, node, ctx) {
    if (node instanceof src_nodes/* CallNode */.Fo && node.receiver && !(node.block instanceof src_nodes/* BlockNode */.ub)) {
        if (SINGLE_RECORD.has(node.name)) {
            const rel = relationOf(r, node.receiver, ctx);
            return rel && { kind: "record", rel: (0,extend/* extend */.X)(rel, { filtered: true }) };
        }
        const rel = RELATION_PASSTHROUGH.has(node.name) || node.name === "where" || node.name === "not"
            ? relationOf(r, node, ctx)
            : undefined;
        if (rel)
            return { kind: "relation", rel };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/core/frameworks/sql/embedded.ts + 10 modules
var embedded = __webpack_require__(7502);
;// CONCATENATED MODULE: ./src/core/frameworks/ruby/raw-sql.ts
// Raw SQL in a Rails migration: `execute` and the `exec_*` family hand their literal SQL to the SQL reader;
// SQL built at run time is an `unknown`. The `select_*` family only reads.




function visitSql(r, call, ctx) {
    const arg = callArgs(call).positional[0];
    let literal = stringLiteral(arg);
    if (!literal && arg instanceof src_nodes/* LocalVariableReadNode */.cr) {
        const bound = ctx.env.get(arg.name);
        if (bound?.kind === "literal" && bound.contentOffset !== undefined) {
            literal = { value: bound.value, contentOffset: bound.contentOffset };
        }
    }
    const template = literal ? undefined : sqlTemplate(r, arg, ctx);
    if (template) {
        const into = (0,extend/* extend */.X)(r.result, { operations: r.operations });
        const line = r.src.line(template.offset);
        if (!(0,embedded/* appendTemplateSql */.DP)(into, { parts: template.parts, database: r.database, line }, r.parsers)) {
            r.unknown(call, `${call.name} with SQL built at run time (interpolation or a variable) cannot be read`);
        }
    }
    else if (!literal) {
        r.unknown(call, `${call.name} with SQL built at run time (interpolation or a variable) cannot be read`);
    }
    else {
        (0,embedded/* appendSql */.pl)((0,extend/* extend */.X)(r.result, { operations: r.operations }), { sql: literal.value, database: r.database, line: r.src.line(literal.contentOffset) }, r.parsers);
    }
    r.notInvertible(ctx, call, `${call.name} outside reversible cannot be reverted in change`);
}
/**
 * `"DELETE FROM #{table} WHERE ..."` (a string or heredoc with interpolation, or `"..." + x` concatenation) as
 * literal parts and run-time holes. A hole holding a variable bound to a literal (a loop over `%w[a b]`) is
 * that literal.
 */
function sqlTemplate(r, node, ctx) {
    if (node instanceof src_nodes/* CallNode */.Fo && node.name === "+" && node.receiver) {
        const left = sqlTemplate(r, node.receiver, ctx);
        const rightNode = callArgs(node).positional[0];
        if (!left || !rightNode)
            return undefined;
        const right = sqlTemplate(r, rightNode, ctx) ?? { parts: [hole(r, rightNode, ctx)], offset: left.offset };
        return { parts: [...left.parts, ...right.parts], offset: left.offset };
    }
    const literal = stringLiteral(node);
    if (literal)
        return { parts: [{ text: literal.value }], offset: literal.contentOffset };
    if (!(node instanceof src_nodes/* InterpolatedStringNode */.h8))
        return undefined;
    const parts = [];
    let offset;
    for (const part of node.parts) {
        const text = stringLiteral(part);
        if (text) {
            offset ??= text.contentOffset;
            parts.push({ text: text.value });
        }
        else if (part instanceof src_nodes/* EmbeddedStatementsNode */.Ll) {
            offset ??= part.location.startOffset;
            const only = part.statements instanceof src_nodes/* StatementsNode */.Z$ ? part.statements.body : [];
            parts.push(only.length === 1 ? hole(r, only[0], ctx) : { hole: r.src.text(part.location) });
        }
        else {
            offset ??= part.location.startOffset;
            parts.push({ hole: r.src.text(part.location) });
        }
    }
    return offset === undefined ? undefined : { parts, offset };
}
function hole(r, node, ctx) {
    const value = r.name(node, ctx);
    return value !== undefined ? { text: value } : { hole: r.src.text(node.location) };
}
function readsOnly() { }
/** Calls on self or `connection` that run SQL: writers are read as SQL, the `select_*` family only reads. */
const SQL_CALLS = {
    execute: visitSql,
    exec_query: visitSql,
    exec_update: visitSql,
    exec_delete: visitSql,
    exec_insert: visitSql,
    select_all: readsOnly,
    select_one: readsOnly,
    select_value: readsOnly,
    select_values: readsOnly,
    select_rows: readsOnly,
};

// EXTERNAL MODULE: ./src/core/column-types/index.ts + 3 modules
var column_types = __webpack_require__(6074);
// EXTERNAL MODULE: ./src/core/frameworks/shared/volatile-defaults.ts
var volatile_defaults = __webpack_require__(2258);
;// CONCATENATED MODULE: ./src/core/frameworks/shared/check-expressions.ts
// A check constraint written as a SQL string in a framework call (`add_check_constraint :users, "email IS NOT
// NULL"`). A regular expression is enough here: only the one exact shape counts, and anything else (a second
// condition, a function, a comment) is simply not the shape, which keeps SET NOT NULL reported.
const NOT_NULL_CHECK = /^\s*(\()?\s*(?:"([^"]+)"|([A-Za-z_][\w$]*))\s+IS\s+NOT\s+NULL\s*(\))?\s*$/i;
/** The column of a check that is exactly `col IS NOT NULL`, or undefined. */
function notNullCheckColumn(expression) {
    const m = NOT_NULL_CHECK.exec(expression);
    if (!m || !!m[1] !== !!m[4])
        return undefined;
    return m[2] ?? m[3]?.toLowerCase();
}

;// CONCATENATED MODULE: ./src/core/frameworks/ruby/schema-calls.ts
// Rails schema calls: `create_table`, `drop_table`, and the statements on one table (`add_column`,
// `remove_column`, `change_column`, indexes, references, constraints), plus the `t.x` calls inside a
// create_table/change_table block. Each Rails method is one entry of SCHEMA_CALLS or TABLE_STATEMENTS.








/** Methods on `t` in a create_table/change_table block that are not column types. */
const TABLE_BLOCK_NON_COLUMNS = new Set([
    "index",
    "foreign_key",
    "check_constraint",
    "remove_check_constraint",
    "remove_foreign_key",
    "timestamps",
    "references",
    "belongs_to",
    "column",
    "remove",
    "remove_references",
    "remove_belongs_to",
    "remove_timestamps",
    "remove_index",
    "rename",
    "rename_index",
    "change",
    "change_default",
    "change_null",
    "comment",
    "index_exists?",
    "column_exists?",
    "check_constraint_exists?",
    "exclusion_constraint",
    "unique_constraint",
]);
/** change_table's `t.x` → the schema statement it stands for. */
const CHANGE_TABLE_ALIASES = {
    column: "add_column",
    remove: "remove_columns",
    rename: "rename_column",
    change: "change_column",
    change_default: "change_column_default",
    change_null: "change_column_null",
    index: "add_index",
    remove_index: "remove_index",
    references: "add_reference",
    belongs_to: "add_reference",
    remove_references: "remove_reference",
    remove_belongs_to: "remove_reference",
    timestamps: "add_timestamps",
    remove_timestamps: "remove_timestamps",
    foreign_key: "add_foreign_key",
    remove_foreign_key: "remove_foreign_key",
    check_constraint: "add_check_constraint",
    remove_check_constraint: "remove_check_constraint",
};
/** Schema statements with nothing for a rule to see (metadata, extensions, read-only checks). */
const HARMLESS_CALLS = new Set([
    "rename_index",
    "change_column_comment",
    "change_table_comment",
    "enable_extension",
    "create_schema",
    "say",
    "say_with_time",
    "reset_column_information",
    "disable_ddl_transaction!",
    "table_exists?",
    "column_exists?",
    "index_exists?",
    "foreign_key_exists?",
    "index_name_exists?",
]);
function truncateTables({ r, name, args, call, ctx }) {
    const tables = r.names(args.positional, ctx, "table");
    if (tables.length === 0) {
        r.unknown(call, `${name} on a table name the reader cannot resolve`);
    }
    else {
        r.push(call, { kind: "truncate", tables });
    }
    r.notInvertible(ctx, call, `${name} cannot be reverted`);
}
/** Schema calls that name their tables themselves (`create_table :users`, `drop_table :a, :b`). */
const SCHEMA_CALLS = {
    create_table({ r, args, call, ctx }) {
        createTable(r, call, args, ctx);
    },
    create_join_table({ r, args, call }) {
        createJoinTable(r, call, args, false);
    },
    drop_join_table({ r, args, call }) {
        createJoinTable(r, call, args, true);
    },
    drop_table({ r, args, call, ctx }) {
        // A table computed at run time is still dropped: the finding names the expression it comes from.
        const tables = r.names(args.positional, ctx, "table");
        if (tables.length === 0) {
            r.unknown(call, "drop_table on a table name the reader cannot resolve");
            return;
        }
        const force = args.options.get("force");
        for (const table of tables) {
            r.push(call, {
                kind: "drop-table",
                table,
                ...(booleanValue(args.options.get("if_exists")) ? { ifExists: true } : {}),
                ...(symbolOrString(force) === "cascade" ? { cascade: true } : {}),
            });
        }
        if (!(call.block instanceof src_nodes/* BlockNode */.ub)) {
            r.notInvertible(ctx, call, "drop_table without a block cannot be reverted in change");
        }
    },
    rename_table({ r, args, call, ctx }) {
        const [from, to] = r.names(args.positional.slice(0, 2), ctx, "table");
        if (from === undefined || to === undefined)
            r.unknown(call, "rename_table with names the reader cannot resolve");
        else
            r.push(call, { kind: "rename-table", table: from, newName: to });
    },
    truncate: truncateTables,
    truncate_tables: truncateTables,
    drop_schema({ r, args, call, ctx }) {
        // PostgreSQL adapter: `drop_schema :name, if_exists: true` is DROP SCHEMA without CASCADE.
        const name = r.name(args.positional[0], ctx);
        if (name === undefined)
            return r.unknown(call, "drop_schema on a schema name the reader cannot resolve");
        r.push(call, {
            kind: "drop-schema",
            name,
            ...(booleanValue(args.options.get("if_exists")) ? { ifExists: true } : {}),
        });
        r.notInvertible(ctx, call, "drop_schema cannot be reverted in change");
    },
    rename_schema({ r, args, call, ctx }) {
        const [from, to] = args.positional.map((n) => r.name(n, ctx));
        if (from === undefined || to === undefined)
            return r.unknown(call, "rename_schema with names the reader cannot resolve");
        r.push(call, { kind: "rename-schema", name: from, newName: to });
    },
    // PostgreSQL enum types (Rails 7.0: create_enum; 7.1: drop_enum, rename_enum, add_enum_value,
    // rename_enum_value), each the one statement its PostgreSQL adapter runs.
    create_enum({ r, args, call, ctx }) {
        const type = r.name(args.positional[0], ctx);
        const values = enumValues(r, args.positional[1], ctx);
        if (type === undefined || values === undefined)
            return r.unknown(call, "create_enum with a name or values the reader cannot resolve");
        r.push(call, { kind: "create-enum", type, values });
    },
    drop_enum({ r, args, call, ctx }) {
        const type = r.name(args.positional[0], ctx);
        if (type === undefined)
            return r.unknown(call, "drop_enum on a type name the reader cannot resolve");
        r.push(call, {
            kind: "drop-type",
            type,
            ...(booleanValue(args.options.get("if_exists")) ? { ifExists: true } : {}),
        });
        if (args.positional[1] === undefined)
            r.notInvertible(ctx, call, "drop_enum without its values cannot be reverted in change");
    },
    rename_enum({ r, args, call, ctx }) {
        const type = r.name(args.positional[0], ctx);
        const newName = r.name(args.positional[1] ?? args.options.get("to"), ctx);
        if (type === undefined || newName === undefined)
            return r.unknown(call, "rename_enum with names the reader cannot resolve");
        r.push(call, { kind: "rename-type", type, newName });
    },
    add_enum_value({ r, args, call, ctx }) {
        const type = r.name(args.positional[0], ctx);
        const value = r.name(args.positional[1], ctx);
        if (type === undefined || value === undefined)
            return r.unknown(call, "add_enum_value with a type or value the reader cannot resolve");
        r.push(call, { kind: "add-enum-value", type, value });
        r.notInvertible(ctx, call, "add_enum_value cannot be reverted (PostgreSQL cannot remove an enum value)");
    },
    rename_enum_value({ r, args, call, ctx }) {
        const type = r.name(args.positional[0], ctx);
        const value = r.name(args.options.get("from"), ctx);
        const newValue = r.name(args.options.get("to"), ctx);
        if (type === undefined || value === undefined || newValue === undefined)
            return r.unknown(call, "rename_enum_value with a type or values the reader cannot resolve");
        r.push(call, { kind: "rename-enum-value", type, value, newValue });
    },
    change_table({ r, args, call, ctx }) {
        const table = r.name(args.positional[0], ctx);
        if (table === undefined) {
            r.unknown(call, "change_table on a table name the reader cannot resolve");
            return;
        }
        if (call.block instanceof src_nodes/* BlockNode */.ub) {
            const [t] = blockParameterNames(call.block);
            const env = new Map(ctx.env);
            if (t)
                env.set(t, { kind: "table", table, creating: false, columns: [] });
            r.walkBlock(call.block, (0,extend/* extend */.X)(ctx, { env }));
        }
    },
};
function addReferences({ r, name, table, pos, opts, call, ctx }) {
    const refs = pos.map((n) => r.name(n, ctx));
    if (refs.length === 0 || refs.some((ref) => ref === undefined)) {
        return r.unknown(call, `${name} with a reference name the reader cannot resolve`);
    }
    for (const ref of refs)
        addReference(r, call, table, ref, opts);
}
function removeReferences({ r, name, table, pos, opts, call, ctx }) {
    const refs = pos.map((n) => r.name(n, ctx));
    if (refs.length === 0 || refs.some((ref) => ref === undefined)) {
        return r.unknown(call, `${name} with a reference name the reader cannot resolve`);
    }
    for (const ref of refs) {
        if (opts.has("foreign_key") && booleanValue(opts.get("foreign_key")) !== false) {
            r.push(call, { kind: "drop-constraint", table });
        }
        r.push(call, { kind: "drop-column", table, column: `${ref}_id` });
        if (booleanValue(opts.get("polymorphic")) === true) {
            r.push(call, { kind: "drop-column", table, column: `${ref}_type` });
        }
    }
}
function addUniqueConstraint({ r, table, opts, call }) {
    const uniqueName = symbolOrString(opts.get("name"));
    r.push(call, {
        kind: "add-constraint",
        table,
        constraint: "unique",
        ...(uniqueName !== undefined ? { name: uniqueName } : {}),
        validated: true,
        ...(opts.has("using_index") ? { usingIndex: true } : {}),
    });
}
function removeConstraint({ r, name, table, pos, opts, call, ctx }) {
    const constraintName = symbolOrString(opts.get("name"));
    r.push(call, {
        kind: "drop-constraint",
        table,
        ...(constraintName !== undefined ? { name: constraintName } : {}),
    });
    const restorable = name === "remove_foreign_key"
        ? pos[0] !== undefined || opts.has("to_table")
        : name === "remove_check_constraint"
            ? pos[0] !== undefined
            : true;
    if (!restorable)
        r.notInvertible(ctx, call, `${name} without its definition cannot be reverted in change`);
}
function validateConstraint({ r, name, table, pos, opts, call, ctx }) {
    const constraintName = symbolOrString(opts.get("name")) ?? (name === "validate_constraint" ? r.name(pos[0], ctx) : undefined);
    r.push(call, {
        kind: "validate-constraint",
        table,
        ...(constraintName !== undefined ? { name: constraintName } : {}),
    });
}
/** Schema statements on one table, `add_column :users, ...`: the table is resolved before the handler runs. */
const TABLE_STATEMENTS = {
    add_column({ r, table, pos, opts, call, ctx }) {
        const column = r.name(pos[0], ctx);
        const type = columnType(r, pos[1], opts, ctx);
        if (column === undefined)
            return r.unknown(call, "add_column with a column name the reader cannot resolve");
        addColumn(r, call, table, column, type, opts);
    },
    add_timestamps({ r, table, opts, call }) {
        // Rails adds timestamps NOT NULL unless told `null: true`.
        for (const column of ["created_at", "updated_at"]) {
            addColumn(r, call, table, column, { type: "datetime" }, opts, booleanValue(opts.get("null")) !== true);
        }
    },
    remove_column({ r, table, pos, opts, call, ctx }) {
        const column = r.names(pos.slice(0, 1), ctx, "column")[0];
        if (column === undefined)
            return r.unknown(call, "remove_column with a column name the reader cannot resolve");
        r.push(call, { kind: "drop-column", table, column });
        if (pos[1] === undefined && !opts.has("type")) {
            r.notInvertible(ctx, call, "remove_column without a type cannot be reverted in change");
        }
    },
    remove_columns({ r, name, table, pos, opts, call, ctx }) {
        const columns = r.names(pos, ctx, "column");
        if (columns.length === 0) {
            return r.unknown(call, `${name} with column names the reader cannot resolve`);
        }
        for (const column of columns)
            r.push(call, { kind: "drop-column", table, column });
        if (!opts.has("type"))
            r.notInvertible(ctx, call, "removing columns without a type cannot be reverted in change");
    },
    remove_timestamps({ r, table, call }) {
        for (const column of ["created_at", "updated_at"])
            r.push(call, { kind: "drop-column", table, column });
    },
    rename_column({ r, table, pos, call, ctx }) {
        const [from, to] = [r.name(pos[0], ctx), r.name(pos[1], ctx)];
        if (from === undefined || to === undefined)
            return r.unknown(call, "rename_column with names the reader cannot resolve");
        r.push(call, { kind: "rename-column", table, column: from, newName: to });
    },
    change_column({ r, table, pos, opts, call, ctx }) {
        const column = r.name(pos[0], ctx);
        const type = columnType(r, pos[1], opts, ctx);
        if (column === undefined || type === undefined) {
            return r.unknown(call, "change_column with a column or type the reader cannot resolve");
        }
        const key = `${table}.${column}`;
        r.push(call, {
            kind: "change-column-type",
            table,
            column,
            type: (0,column_types/* describeType */.MF)(type),
            ...(0,column_types/* classifyTypeChange */.zq)(r.knownTypes.get(key), type),
        });
        r.knownTypes.set(key, type);
        const notNull = booleanValue(opts.get("null"));
        if (notNull === false)
            r.push(call, { kind: "set-not-null", table, column });
        if (notNull === true)
            r.push(call, { kind: "drop-not-null", table, column });
        if (opts.has("default")) {
            r.push(call, {
                kind: "change-default",
                table,
                column,
                ...defaultField(r, opts.get("default")),
            });
        }
        r.notInvertible(ctx, call, "change_column cannot be reverted in change");
    },
    change_column_default({ r, table, pos, opts, call, ctx }) {
        const column = r.name(pos[0], ctx);
        if (column === undefined)
            return r.unknown(call, "change_column_default with a column the reader cannot resolve");
        const fromTo = pos[1] === undefined ? opts : hashEntries(pos[1]);
        const hasTo = fromTo?.has("to") === true && fromTo.has("from");
        const value = hasTo ? fromTo.get("to") : (pos[1] ?? undefined);
        r.push(call, { kind: "change-default", table, column, ...defaultField(r, value) });
        if (!hasTo)
            r.notInvertible(ctx, call, "change_column_default without from:/to: cannot be reverted in change");
    },
    change_column_null({ r, table, pos, call, ctx }) {
        const column = r.name(pos[0], ctx);
        const allowNull = booleanValue(pos[1]);
        if (column === undefined || allowNull === undefined) {
            return r.unknown(call, "change_column_null with arguments the reader cannot resolve");
        }
        if (allowNull)
            return r.push(call, { kind: "drop-not-null", table, column });
        if (pos[2] !== undefined) {
            // Rails fills the NULLs with the fourth argument before it adds the constraint.
            r.push(call, {
                kind: "update-rows",
                table,
                columns: [column],
                filtered: true,
                onlyNulls: true,
                via: "change_column_null",
            });
        }
        r.push(call, { kind: "set-not-null", table, column });
    },
    add_index({ r, table, pos, opts, call, ctx }) {
        const columns = indexColumns(r, pos[0], ctx);
        if (!columns)
            return r.unknown(call, "add_index with columns the reader cannot resolve");
        r.push(call, { kind: "add-index", table, columns, ...indexOptions(r, opts) });
    },
    remove_index({ r, table, pos, opts, call, ctx }) {
        const columns = indexColumns(r, pos[0] ?? opts.get("column"), ctx);
        const indexName = symbolOrString(opts.get("name"));
        r.push(call, {
            kind: "drop-index",
            table,
            ...(columns ? { columns } : {}),
            ...(indexName !== undefined ? { name: indexName } : {}),
            ...(concurrently(r, opts) ? { concurrently: true } : {}),
        });
        if (!columns)
            r.notInvertible(ctx, call, "remove_index without its column cannot be reverted in change");
    },
    add_reference: addReferences,
    add_belongs_to: addReferences,
    remove_reference: removeReferences,
    remove_belongs_to: removeReferences,
    add_foreign_key({ r, table, opts, call }) {
        const fkName = symbolOrString(opts.get("name"));
        r.push(call, {
            kind: "add-constraint",
            table,
            constraint: "foreign-key",
            ...(fkName !== undefined ? { name: fkName } : {}),
            validated: booleanValue(opts.get("validate")) !== false,
        });
    },
    add_check_constraint({ r, table, pos, opts, call }) {
        const checkName = symbolOrString(opts.get("name"));
        const expression = stringLiteral(pos[0])?.value;
        const notNullColumn = expression === undefined ? undefined : notNullCheckColumn(expression);
        r.push(call, {
            kind: "add-constraint",
            table,
            constraint: "check",
            ...(checkName !== undefined ? { name: checkName } : {}),
            ...(notNullColumn !== undefined ? { notNullColumn } : {}),
            validated: booleanValue(opts.get("validate")) !== false,
        });
    },
    add_unique_constraint: addUniqueConstraint,
    add_unique_key: addUniqueConstraint,
    add_exclusion_constraint({ r, table, opts, call }) {
        const exclusionName = symbolOrString(opts.get("name"));
        r.push(call, {
            kind: "add-constraint",
            table,
            constraint: "exclusion",
            ...(exclusionName !== undefined ? { name: exclusionName } : {}),
            validated: true,
        });
    },
    remove_foreign_key: removeConstraint,
    remove_check_constraint: removeConstraint,
    remove_unique_constraint: removeConstraint,
    remove_unique_key: removeConstraint,
    remove_exclusion_constraint: removeConstraint,
    validate_foreign_key: validateConstraint,
    validate_check_constraint: validateConstraint,
    validate_constraint: validateConstraint,
};
/** Top-level schema statements (`add_column :users, ...`). Returns false when the name is not one. */
function visitSchemaCall(r, call, ctx) {
    const name = call.name;
    const args = callArgs(call);
    const schemaCall = (0,toolkit/* handlerFor */.ci)(SCHEMA_CALLS, name);
    if (schemaCall) {
        schemaCall({ r, name, call, args, ctx });
        return true;
    }
    if (!(0,toolkit/* handlerFor */.ci)(TABLE_STATEMENTS, name))
        return false;
    // `remove_column table_name, :x` in a loop over tables the reader cannot see is still a column drop.
    const table = r.names(args.positional.slice(0, 1), ctx, "table")[0];
    if (table === undefined) {
        r.unknown(call, `${name} on a table name the reader cannot resolve`);
        return true;
    }
    tableStatement(r, name, table, (0,extend/* extend */.X)(args, { positional: args.positional.slice(1) }), call, ctx);
    return true;
}
/** One schema statement on `table`; `args.positional` starts after the table name. */
function tableStatement(r, name, table, args, call, ctx) {
    (0,toolkit/* handlerFor */.ci)(TABLE_STATEMENTS, name)?.({ r, name, call, args, ctx, table, pos: args.positional, opts: args.options });
}
function addColumn(r, call, table, column, type, opts, notNullByDefault = false) {
    const computed = computedDefault(type, opts);
    const notNull = notNullByDefault || booleanValue(opts.get("null")) === false || computed?.notNull === true;
    const defaultNode = opts.get("default");
    r.push(call, {
        kind: "add-column",
        table,
        column,
        ...(type ? { type: (0,column_types/* describeType */.MF)(type) } : {}),
        ...(notNull ? { notNull: true } : {}),
        ...(computed ? { default: computed.default } : defaultField(r, defaultNode, type)),
    });
    if (type)
        r.knownTypes.set(`${table}.${column}`, type);
}
function addReference(r, call, table, ref, opts) {
    const polymorphic = booleanValue(opts.get("polymorphic")) === true || hashEntries(opts.get("polymorphic")) !== undefined;
    const idType = symbolOrString(opts.get("type")) ?? "bigint";
    addColumn(r, call, table, `${ref}_id`, { type: idType }, opts);
    if (polymorphic)
        addColumn(r, call, table, `${ref}_type`, { type: "string" }, opts);
    const index = opts.get("index");
    if (booleanValue(index) !== false) {
        const indexOpts = hashEntries(index) ?? new Map();
        // A top-level algorithm: reaches the index too in the spellings people use.
        const algorithm = indexOpts.get("algorithm") ?? opts.get("algorithm");
        const merged = new Map(indexOpts);
        if (algorithm)
            merged.set("algorithm", algorithm);
        r.push(call, {
            kind: "add-index",
            table,
            columns: polymorphic ? [`${ref}_type`, `${ref}_id`] : [`${ref}_id`],
            ...indexOptions(r, merged),
        });
    }
    const fk = opts.get("foreign_key");
    if (fk !== undefined && booleanValue(fk) !== false && !isNil(fk)) {
        r.push(call, {
            kind: "add-constraint",
            table,
            constraint: "foreign-key",
            validated: booleanValue(hashEntries(fk)?.get("validate")) !== false,
        });
    }
}
function indexOptions(r, opts) {
    const name = symbolOrString(opts.get("name"));
    return (0,extend/* extend */.X)(name !== undefined ? { name } : {}, booleanValue(opts.get("unique")) === true ? { unique: true } : {}, concurrently(r, opts) ? { concurrently: true } : {});
}
/**
 * `algorithm: :concurrently` inside the migration's transaction fails on PostgreSQL, so the migration aborts
 * at deploy instead of building the index without a lock: read as the plain (locking) form, whose advice
 * names the missing `disable_ddl_transaction!`.
 */
function concurrently(r, opts) {
    return symbolOrString(opts.get("algorithm")) === "concurrently" && !r.inTransaction;
}
function indexColumns(r, node, ctx) {
    if (node === undefined)
        return undefined;
    const elements = arrayElements(node);
    if (elements) {
        const names = elements.map((n) => r.name(n, ctx));
        return names.some((n) => n === undefined) ? undefined : names;
    }
    const single = r.name(node, ctx);
    return single === undefined ? undefined : [single];
}
function createTable(r, call, args, ctx) {
    const table = r.name(args.positional[0], ctx);
    if (table === undefined)
        return r.unknown(call, "create_table on a table name the reader cannot resolve");
    const opts = args.options;
    forceDrop(r, call, table, opts.get("force"));
    const columns = [];
    const id = opts.get("id");
    if (booleanValue(id) !== false) {
        const primaryKey = opts.get("primary_key");
        const keys = arrayElements(primaryKey)?.map((n) => symbolOrString(n)) ?? [
            symbolOrString(primaryKey) ?? "id",
        ];
        for (const key of keys)
            if (key !== undefined)
                columns.push(key);
    }
    if (call.block instanceof src_nodes/* BlockNode */.ub) {
        const [t] = blockParameterNames(call.block);
        const env = new Map(ctx.env);
        const binding = { kind: "table", table, creating: true, columns };
        if (t)
            env.set(t, binding);
        r.walkBlock(call.block, (0,extend/* extend */.X)(ctx, { env }));
    }
    const columnTypes = {};
    for (const column of columns) {
        const type = r.knownTypes.get(`${table}.${column}`);
        if (type)
            columnTypes[column] = (0,column_types/* describeType */.MF)(type);
    }
    r.push(call, {
        kind: "create-table",
        table,
        columns,
        ...(Object.keys(columnTypes).length ? { columnTypes } : {}),
        ...(booleanValue(opts.get("if_not_exists")) ? { ifNotExists: true } : {}),
    });
}
/** `create_table`/`create_join_table ... force: true | :cascade` drops whatever table has the name first, rows and all. */
function forceDrop(r, call, table, force) {
    if (force === undefined || (booleanValue(force) !== true && symbolOrString(force) !== "cascade"))
        return;
    r.push(call, {
        kind: "drop-table",
        table,
        ifExists: true,
        ...(symbolOrString(force) === "cascade" ? { cascade: true } : {}),
    });
}
function createJoinTable(r, call, args, drop) {
    const [a, b] = args.positional.map((n) => symbolOrString(n));
    if (a === undefined || b === undefined)
        return r.unknown(call, `${call.name} with table names the reader cannot resolve`);
    const table = symbolOrString(args.options.get("table_name")) ?? joinTableName(a, b);
    if (drop)
        return r.push(call, { kind: "drop-table", table });
    forceDrop(r, call, table, args.options.get("force"));
    r.push(call, {
        kind: "create-table",
        table,
        columns: [`${(0,inflect/* singularize */.ES)(a)}_id`, `${(0,inflect/* singularize */.ES)(b)}_id`],
    });
}
/** `t.x` inside create_table / change_table. */
function visitTableBlockCall(r, call, binding, ctx) {
    const args = callArgs(call);
    const name = call.name;
    const table = binding.table;
    if (binding.creating) {
        // A table being created holds no rows: only its columns matter.
        if (name === "timestamps")
            binding.columns.push("created_at", "updated_at");
        else if (name === "references" || name === "belongs_to") {
            const polymorphic = booleanValue(args.options.get("polymorphic")) === true;
            for (const n of args.positional) {
                const ref = r.name(n, ctx);
                if (ref === undefined)
                    continue;
                binding.columns.push(`${ref}_id`);
                if (polymorphic)
                    binding.columns.push(`${ref}_type`);
            }
        }
        else if (name === "column") {
            const column = r.name(args.positional[0], ctx);
            const type = columnType(r, args.positional[1], args.options, ctx);
            if (column !== undefined) {
                binding.columns.push(column);
                if (type)
                    r.knownTypes.set(`${table}.${column}`, type);
            }
        }
        else if (!TABLE_BLOCK_NON_COLUMNS.has(name)) {
            for (const n of args.positional) {
                const column = r.name(n, ctx);
                if (column === undefined)
                    continue;
                binding.columns.push(column);
                r.knownTypes.set(`${table}.${column}`, {
                    type: enumTypeName(r, name, args.options, ctx),
                    ...typeSize(args.options),
                });
            }
        }
        return;
    }
    const statement = CHANGE_TABLE_ALIASES[name];
    if (statement === "add_reference" || statement === "remove_reference" || statement === "remove_columns") {
        return tableStatement(r, statement, table, args, call, ctx);
    }
    if (statement)
        return tableStatement(r, statement, table, args, call, ctx);
    if (TABLE_BLOCK_NON_COLUMNS.has(name) || name.endsWith("?"))
        return;
    // `t.string :a, :b` adds each column with the method's type.
    for (const n of args.positional) {
        const column = r.name(n, ctx);
        if (column === undefined) {
            r.unknown(call, `t.${name} with a column name the reader cannot resolve`);
            continue;
        }
        addColumn(r, call, table, column, { type: enumTypeName(r, name, args.options, ctx), ...typeSize(args.options) }, args.options);
    }
}
function columnType(r, node, opts, ctx) {
    const type = r.name(node, ctx);
    return type === undefined ? undefined : { type: enumTypeName(r, type, opts, ctx), ...typeSize(opts) };
}
/**
 * A column of type `:enum` is of the PostgreSQL type its `enum_type:` names (Rails' adapter writes that name as
 * the column's type); the type as written otherwise.
 */
function enumTypeName(r, type, opts, ctx) {
    if (type !== "enum")
        return type;
    return r.name(opts.get("enum_type"), ctx) ?? type;
}
/** `%w[new paid]`, `["new", "paid"]`, or a constant holding such a list; undefined when not literal. */
function enumValues(r, node, ctx) {
    const elements = arrayElements(node);
    if (elements) {
        const values = elements.map((e) => r.name(e, ctx));
        return values.every((v) => v !== undefined) ? values : undefined;
    }
    const constant = node && constantName(node);
    const bound = constant !== undefined ? r.constants.get(constant.split("::").pop()) : undefined;
    return bound?.kind === "list" ? bound.values : undefined;
}
function typeSize(opts) {
    const limit = numberValue(opts.get("limit"));
    const precision = numberValue(opts.get("precision"));
    const scale = numberValue(opts.get("scale"));
    return (0,extend/* extend */.X)(limit !== undefined ? { limit } : {}, precision !== undefined ? { precision } : {}, scale !== undefined ? { scale } : {});
}
const SERIAL_TYPES = new Set(["serial", "bigserial", "smallserial", "primary_key"]);
/**
 * A value the database computes for every existing row when Rails adds the column, whatever `default:` says:
 * the sequence of a serial or `:primary_key` column, and the expression of a `:virtual, stored: true` column
 * (GENERATED ALWAYS AS ... STORED). Read like the SQL reader reads the same columns.
 */
function computedDefault(type, opts) {
    if (!type)
        return undefined;
    if (SERIAL_TYPES.has(type.type))
        return { default: { volatile: true, text: "nextval (serial)" }, notNull: true };
    if (type.type === "virtual" && booleanValue(opts.get("stored")) === true) {
        const as = stringLiteral(opts.get("as"))?.value;
        return {
            default: { volatile: true, text: `GENERATED ALWAYS AS (${as ?? "..."}) STORED` },
            notNull: false,
        };
    }
    return undefined;
}
/**
 * `default:` value: a literal is stored once; a lambda is SQL evaluated by the database, and so is a string
 * holding a function call on a `:uuid` column (`default: "gen_random_uuid()"`), which Rails' PostgreSQL adapter
 * passes through unquoted.
 */
function defaultField(r, node, type) {
    if (node === undefined || isNil(node))
        return {};
    const literal = type?.type === "uuid" ? stringLiteral(node) : undefined;
    if (literal && literal.value.includes("()")) {
        return { default: { volatile: (0,volatile_defaults/* isVolatileSql */.Z)(literal.value), text: literal.value } };
    }
    if (node instanceof src_nodes/* LambdaNode */.U_) {
        const body = statementsOf(node.body);
        const sql = body.length === 1 ? stringLiteral(body[0]) : undefined;
        if (sql)
            return { default: { volatile: (0,volatile_defaults/* isVolatileSql */.Z)(sql.value), text: sql.value } };
        return { default: { volatile: true, text: (0,toolkit/* truncate */.xv)(r.src.text(node.location)) } };
    }
    // Any other Ruby expression (Time.current, SecureRandom.uuid) is evaluated once, when the migration runs.
    return { default: { volatile: false, text: (0,toolkit/* truncate */.xv)(r.src.text(node.location)) } };
}
/** Rails' join table name: both tables sorted, a shared prefix written once (`admin_users` + `admin_roles`). */
function joinTableName(a, b) {
    const [first, second] = [a, b].sort();
    const m = /^(.*_)(.+)\0\1(.+)$/.exec(`${first}\0${second}`);
    return m ? `${m[1]}${m[2]}_${m[3]}` : `${first}_${second}`;
}

;// CONCATENATED MODULE: ./src/core/frameworks/ruby/reversibility.ts
// Reversibility in a Rails migration: `reversible`'s directions, `up_only`, `revert { }` (its operations
// inverted as Rails runs them), old column types learnt from the down direction, and the marks that make a
// migration irreversible (`raise ActiveRecord::IrreversibleMigration`, a call `change` cannot invert).




/** Calls on self that decide which direction code runs in. */
const REVERSIBILITY_CALLS = {
    reversible(r, call, ctx) {
        if (!(call.block instanceof src_nodes/* BlockNode */.ub))
            return r.walkChildren(call, ctx);
        const [dir] = blockParameterNames(call.block);
        const env = new Map(ctx.env);
        if (dir)
            env.set(dir, { kind: "direction" });
        r.walkBlock(call.block, (0,extend/* extend */.X)(ctx, { env }));
    },
    up_only(r, call, ctx) {
        r.walkBlock(call.block, (0,extend/* extend */.X)(ctx, { invertible: false }));
    },
    revert: visitRevert,
};
/** `raise ActiveRecord::IrreversibleMigration` in the forward direction; any other raise is only walked. */
function visitRaise(r, call, ctx) {
    if (raisesIrreversible(call)) {
        r.markIrreversible(r.src.span(call.location), "the migration raises ActiveRecord::IrreversibleMigration");
    }
    r.walkChildren(call, ctx);
}
/** `dir.up { }` runs forward (and need not be invertible); `dir.down { }` is read for an irreversible raise. */
function visitDirection(r, call, ctx) {
    if (call.name === "up")
        return r.walkBlock(call.block, (0,extend/* extend */.X)(ctx, { invertible: false }));
    if (call.name === "down" && call.block instanceof src_nodes/* BlockNode */.ub) {
        findIrreversibleRaise(r, call.block.body, ctx.following);
    }
}
function visitRevert(r, call, ctx) {
    if (!(call.block instanceof src_nodes/* BlockNode */.ub)) {
        r.unknown(call, "revert of another migration class cannot be read from this file");
        return;
    }
    const outer = r.operations;
    r.operations = [];
    r.walkBlock(call.block, (0,extend/* extend */.X)(ctx, { invertible: false }));
    const inner = r.operations;
    r.operations = outer;
    for (const op of inner.reverse())
        r.operations.push(...invert(op));
}
/** What Rails runs for `revert { op }`. */
function invert(op) {
    const span = { line: op.line, endLine: op.endLine };
    switch (op.kind) {
        case "create-table":
            return [{ kind: "drop-table", table: op.table, ...span }];
        case "drop-table":
            return [{ kind: "create-table", table: op.table, columns: [], ...span }];
        case "add-column":
            return [{ kind: "drop-column", table: op.table, column: op.column, ...span }];
        case "drop-column":
            return [{ kind: "add-column", table: op.table, column: op.column, ...span }];
        case "rename-table":
            return [{ kind: "rename-table", table: op.newName, newName: op.table, ...span }];
        case "rename-column":
            return [{ kind: "rename-column", table: op.table, column: op.newName, newName: op.column, ...span }];
        case "add-index":
            return [
                {
                    kind: "drop-index",
                    table: op.table,
                    columns: op.columns,
                    ...(op.name !== undefined ? { name: op.name } : {}),
                    ...(op.concurrently ? { concurrently: true } : {}),
                    ...span,
                },
            ];
        case "drop-index":
            if (op.table !== undefined && op.columns && op.columns.length > 0) {
                return [
                    {
                        kind: "add-index",
                        table: op.table,
                        columns: op.columns,
                        ...(op.name !== undefined ? { name: op.name } : {}),
                        ...(op.concurrently ? { concurrently: true } : {}),
                        ...span,
                    },
                ];
            }
            break;
        case "add-constraint":
            return [{ kind: "drop-constraint", table: op.table, ...(op.name ? { name: op.name } : {}), ...span }];
        case "set-not-null":
            return [{ kind: "drop-not-null", table: op.table, column: op.column, ...span }];
        case "drop-not-null":
            return [{ kind: "set-not-null", table: op.table, column: op.column, ...span }];
        case "create-enum":
            return [{ kind: "drop-type", type: op.type, ...span }];
        case "rename-type":
            return [{ kind: "rename-type", type: op.newName, newName: op.type, ...span }];
        case "rename-enum-value":
            return [{ kind: "rename-enum-value", type: op.type, value: op.newValue, newValue: op.value, ...span }];
        case "unknown":
        case "irreversible":
            return [op];
        default:
            break;
    }
    return [{ kind: "unknown", reason: `revert of a ${op.kind} operation cannot be read statically`, ...span }];
}
/** Old types from the `dir.down` blocks of a `change`, before the walk reaches the `dir.up` that needs them. */
function learnOldTypesFromDownBlocks(r, node) {
    if (!node)
        return;
    if (node instanceof src_nodes/* CallNode */.Fo && node.name === "down" && node.receiver instanceof src_nodes/* LocalVariableReadNode */.cr) {
        if (node.block instanceof src_nodes/* BlockNode */.ub)
            learnOldTypes(r, node.block.body, undefined);
        return;
    }
    for (const child of node.compactChildNodes())
        learnOldTypesFromDownBlocks(r, child);
}
/** `change_column :t, :c, :integer` in the down direction says what the column was before `up`. */
function learnOldTypes(r, node, changeTable) {
    if (!node)
        return;
    if (node instanceof src_nodes/* CallNode */.Fo) {
        const args = callArgs(node);
        const none = { invertible: false, env: new Map(), following: [] };
        if (node.name === "change_column" && !node.receiver) {
            const [table, column] = [symbolOrString(args.positional[0]), symbolOrString(args.positional[1])];
            const type = columnType(r, args.positional[2], args.options, none);
            if (table !== undefined && column !== undefined && type)
                r.knownTypes.set(`${table}.${column}`, type);
        }
        else if (node.name === "change" &&
            changeTable &&
            node.receiver instanceof src_nodes/* LocalVariableReadNode */.cr &&
            node.receiver.name === changeTable.param) {
            const column = symbolOrString(args.positional[0]);
            const type = columnType(r, args.positional[1], args.options, none);
            if (column !== undefined && type)
                r.knownTypes.set(`${changeTable.table}.${column}`, type);
        }
        else if (node.name === "change_table" && node.block instanceof src_nodes/* BlockNode */.ub) {
            const table = symbolOrString(args.positional[0]);
            const [param] = blockParameterNames(node.block);
            if (table !== undefined && param)
                learnOldTypes(r, node.block.body, { param, table });
            return;
        }
    }
    for (const child of node.compactChildNodes())
        learnOldTypes(r, child, changeTable);
}
function raisesIrreversible(call) {
    const first = call.arguments_?.arguments_[0];
    const target = first instanceof src_nodes/* CallNode */.Fo && first.name === "new" ? first.receiver : first;
    return /(?:^|::)IrreversibleMigration$/.test(constantName(target) ?? "");
}
/** A `raise ActiveRecord::IrreversibleMigration` in the down direction (following its helpers). */
function findIrreversibleRaise(r, node, following) {
    if (!node || r.irreversible)
        return;
    if (node instanceof src_nodes/* CallNode */.Fo && !node.receiver) {
        if (node.name === "raise" && raisesIrreversible(node)) {
            r.markIrreversible(r.src.span(node.location), "the down direction raises ActiveRecord::IrreversibleMigration");
            return;
        }
        const helper = r.methods.get(node.name);
        if (helper && !following.includes(node.name))
            findIrreversibleRaise(r, helper.body, [...following, node.name]);
    }
    if (node instanceof src_nodes/* DefNode */.o3 || node instanceof src_nodes/* ClassNode */.Le)
        return;
    for (const child of node.compactChildNodes())
        findIrreversibleRaise(r, child, following);
}

;// CONCATENATED MODULE: ./src/core/frameworks/ruby/source.ts
const encoder = new TextEncoder();
const decoder = new TextDecoder();
class RubySource {
    bytes;
    /** Byte offset where each line starts; index 0 is line 1. */
    lineStarts;
    constructor(text) {
        this.bytes = encoder.encode(text);
        this.lineStarts = [0];
        const bytes = this.bytes;
        for (let i = 0; i < bytes.length; i++)
            if (bytes[i] === 0x0a)
                this.lineStarts.push(i + 1);
    }
    /** 1-based line of a byte offset. */
    line(offset) {
        const starts = this.lineStarts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    span(location) {
        const line = this.line(location.startOffset);
        // The last byte of the node, not the one after it, so a call ending in a newline stays on its line.
        const endLine = this.line(location.startOffset + Math.max(location.length - 1, 0));
        return { line, endLine: Math.max(line, endLine) };
    }
    text(location) {
        return decoder.decode(this.bytes.subarray(location.startOffset, location.startOffset + location.length));
    }
}

;// CONCATENATED MODULE: ./src/core/frameworks/ruby/statement-calls.ts
// Calls the handler tables do not know. A call that stands alone as a statement of the forward body runs for
// its effect: a method defined outside the file (a concern, a parent class) or a Rake task may do anything to
// the database, so it is an unknown operation, held for review rather than read as nothing.


/**
 * Methods a migration calls on itself that change no table: Kernel's output and loading, the migration's own
 * output and transaction wrappers, and strong_migrations' `safety_assured` (their blocks are still read).
 * Schema, SQL and reversibility methods have handlers of their own and never get here.
 */
const PLAIN_RUBY_CALLS = new Set([
    "puts",
    "print",
    "p",
    "pp",
    "warn",
    "require",
    "require_relative",
    "sleep",
    "loop",
    "lambda",
    "proc",
    "announce",
    "write",
    "suppress_messages",
    "transaction",
    "connection",
    "safety_assured",
]);
/** `Rake::Task["data:purge"].invoke` (or `.execute`): the task's name, or undefined when not a Rake task. */
function rakeTask(call) {
    if (call.name !== "invoke" && call.name !== "execute")
        return undefined;
    const task = call.receiver;
    if (!(task instanceof src_nodes/* CallNode */.Fo) || task.name !== "[]")
        return undefined;
    if (constantName(task.receiver)?.replace(/^::/, "") !== "Rake::Task")
        return undefined;
    const name = stringLiteral(callArgs(task).positional[0])?.value;
    return name !== undefined ? `'${name}'` : "computed at run time";
}
/**
 * Methods called on a class (a model or any constant) that only read its metadata, reset a cache or wrap a
 * block (whose statements are still read): they change no table.
 */
const PLAIN_CLASS_CALLS = new Set([
    "reset_column_information",
    "table_name",
    "table_name=",
    "column_names",
    "columns",
    "columns_hash",
    "primary_key",
    "inheritance_column",
    "attribute_names",
    "table_exists?",
    "clear_cache!",
    "clear_data_source_cache!",
    "reset_sequence_name",
    "transaction",
    "unscoped",
    "name",
    "to_s",
    "inspect",
]);
/**
 * Ruby's own classes and Rails' settings, logging and cache (`ENV.delete`, `Dir.glob(..).each`, `Rails.cache`,
 * `Benchmark.measure { }`): they touch the process and its files, not the database. Not `Kernel`, `IO` or
 * `Process`: `Kernel.system`, `IO.popen` and `Process.spawn` run a program, which may do anything to it.
 */
const PLAIN_ROOTS = new Set([
    "Rails",
    "ENV",
    "STDOUT",
    "STDERR",
    "Benchmark",
    "Time",
    "Date",
    "DateTime",
    "Dir",
    "File",
    "FileUtils",
    "JSON",
    "YAML",
    "SecureRandom",
    "Logger",
    "GC",
]);
/**
 * `SomeService.call`, `Backfill.new.run`, `User.recalculate_totals!`: a statement whose receiver chain starts
 * at a constant runs code of the application (or a gem) the reader cannot see. Returns how to name it, or
 * undefined when the call is known to change nothing (metadata, caches, logging, a chain through `logger`).
 */
function applicationCall(call) {
    if (PLAIN_CLASS_CALLS.has(call.name))
        return undefined;
    let node = call.receiver;
    while (node instanceof src_nodes/* CallNode */.Fo) {
        if (node.name === "logger")
            return undefined;
        node = node.receiver;
    }
    const root = constantName(node)?.replace(/^::/, "");
    if (root === undefined || PLAIN_ROOTS.has(root.split("::")[0]))
        return undefined;
    return call.receiver === node ? `${root}.${call.name}` : `${root}….${call.name}`;
}
/** Methods of a record or relation that read it again or look at it: they change no row. */
const PLAIN_RECORD_CALLS = new Set([
    "reload",
    "valid?",
    "errors",
    "attributes",
    "id",
    "inspect",
]);
/** A statement calling a method of a model loop's record or batch that no handler read: the model's own code. */
function recordCall(call) {
    if (PLAIN_RECORD_CALLS.has(call.name) || call.isAttributeWrite())
        return undefined;
    const receiver = call.receiver;
    return `${receiver.name}.${call.name}`;
}

// EXTERNAL MODULE: ./src/core/frameworks/shared/transactions.ts
var transactions = __webpack_require__(7278);
;// CONCATENATED MODULE: ./src/core/frameworks/ruby/transactions.ts


/**
 * Marks the operations of one migration class, from index `from` on:
 * - in a transaction, SQL that runs CONCURRENTLY (from `execute`) is inside a transaction block, which
 *   PostgreSQL refuses (`add_index algorithm: :concurrently` is read as not concurrent there already);
 * - without one, each constraint statement gets a transaction of its own, so a NOT VALID constraint and its
 *   validation are known to commit apart.
 */
function markTransactions(operations, from, inTransaction) {
    if (!inTransaction)
        return (0,transactions/* eachStatementCommits */.L)(operations, from);
    for (let i = from; i < operations.length; i++) {
        const op = operations[i];
        const concurrent = op.kind === "add-index" ||
            op.kind === "drop-index" ||
            op.kind === "reindex" ||
            op.kind === "detach-partition";
        if (concurrent && op.concurrently)
            operations[i] = (0,extend/* extend */.X)(op, { inTransactionBlock: true });
    }
}

;// CONCATENATED MODULE: ./src/core/frameworks/ruby/schema-dump.ts
// Rails' `db/schema.rb`: the schema after every migration up to its version, for a history whose older
// migrations were squashed away. Read with prism; the `define` block's body is the same schema calls a
// migration makes (`create_table`, `t.string`, `add_foreign_key`), so the migration reader reads it.




/** `ActiveRecord::Schema.define(version: ...)` or `ActiveRecord::Schema[7.1].define(...)` with its block. */
function defineCall(node) {
    if (node instanceof src_nodes/* CallNode */.Fo && node.name === "define" && node.block instanceof src_nodes/* BlockNode */.ub) {
        const receiver = node.receiver instanceof src_nodes/* CallNode */.Fo && node.receiver.name === "[]"
            ? node.receiver.receiver
            : node.receiver;
        if (constantName(receiver) === "ActiveRecord::Schema")
            return node;
    }
    for (const child of node.compactChildNodes()) {
        const found = defineCall(child);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * The dump's version and the schema it describes, or undefined when it cannot be read wholly (a syntax error,
 * no `define` with an integer version, a body the reader reports problems in): no seed then (fails closed: the
 * history proves no absence it could not prove before).
 */
function readSchemaRb(source, database, parsers) {
    const parsed = parsers.ruby(source);
    if (parsed.errors.length)
        return undefined;
    const define = defineCall(parsed.value);
    const version = define && callArgs(define).options.get("version");
    if (!define || !(version instanceof src_nodes/* IntegerNode */.DV))
        return undefined;
    const src = new RubySource(source);
    // The version from its source text: prism's JS deserializer rebuilds integers past 32 bits from signed words
    // (20240101000000 came back as -2079866048), so IntegerNode.value cannot be trusted for a timestamp.
    const digits = src.text(version.location).replace(/_/g, "");
    if (!/^\d+$/.test(digits))
        return undefined;
    const body = define.block.body;
    const text = body ? src.text(body.location) : "";
    // The body as one migration's `up`, so the schema calls are read by the one reader that knows them.
    const read = readRailsMigration(`class SchemaDump < ActiveRecord::Migration[6.1]\n  def up\n${text}\n  end\nend\n`, database, parsers);
    if (read.problems.length)
        return undefined;
    return { version: BigInt(digits), operations: read.operations };
}

;// CONCATENATED MODULE: ./src/core/frameworks/ruby/migration-reader.ts
// Reads one Rails migration file (prism AST) into forward Operations.
// Only code that runs on `db:migrate` counts: `change`, else `up`, `reversible`'s `dir.up`, `up_only`, and the
// helper methods they call. `down` and `dir.down` are read only to learn old column types and irreversibility.













function isMigrationSuperclass(node) {
    const target = node instanceof src_nodes/* CallNode */.Fo && node.name === "[]" ? node.receiver : node;
    const name = constantName(target);
    return name !== undefined && /Migration$/.test(name);
}
class MigrationReader {
    source;
    database;
    parsers;
    src;
    operations = [];
    result;
    /** Model constant (last segment) → table, from classes defined in this file. */
    models = new Map();
    /** File- and class-level constants holding literals (`TABLES = %i[a b]`). */
    constants = new Map();
    methods = new Map();
    /** `table.column` → type, from columns this file adds or the `down` that restores them. */
    knownTypes = new Map();
    irreversible;
    /** false after `disable_ddl_transaction!` in the class body: only then can CONCURRENTLY run at all. */
    inTransaction = true;
    constructor(source, database, parsers) {
        this.source = source;
        this.database = database;
        this.parsers = parsers;
        this.src = new RubySource(source);
        this.result = { framework: "rails", operations: this.operations, comments: [], problems: [] };
    }
    read() {
        const parsed = this.parsers.ruby(this.source);
        for (const comment of parsed.comments) {
            const raw = this.src.text(comment.location);
            const text = raw.startsWith("=begin")
                ? raw
                    .replace(/^=begin[^\n]*\n?/, "")
                    .replace(/^=end[^\n]*\n?$/m, "")
                    .replace(/\n$/, "")
                : raw.replace(/^#/, "");
            this.result.comments.push((0,extend/* extend */.X)(this.src.span(comment.location), { text }));
        }
        // prism reports one mistake from several angles: one problem per line, its messages joined.
        const byLine = new Map();
        for (const error of parsed.errors) {
            const span = this.src.span(error.location);
            const entry = byLine.get(span.line) ?? { span, messages: [] };
            if (!entry.messages.includes(error.message))
                entry.messages.push(error.message);
            byLine.set(span.line, entry);
        }
        for (const { span, messages } of byLine.values()) {
            this.result.problems.push((0,extend/* extend */.X)(span, {
                message: `Ruby syntax error: ${messages.join("; ")}. The migration could not be read reliably.`,
            }));
        }
        this.result.problems.sort((a, b) => a.line - b.line);
        const classes = [];
        this.collect(parsed.value, classes);
        for (const cls of classes)
            this.readClass(cls);
        this.result.operations = this.operations;
        return this.result;
    }
    // ---------------------------------------------------------------- file structure
    /** One pass over the file for migration classes, model classes and literal constants. */
    collect(node, classes) {
        if (node instanceof src_nodes/* ClassNode */.Le) {
            const name = constantName(node.constantPath)?.split("::").pop();
            const ownMethods = this.classMethods(node);
            const isMigration = isMigrationSuperclass(node.superclass) ||
                ["change", "up", "down"].some((m) => ownMethods.has(m) && !this.isModelSuperclass(node.superclass));
            if (isMigration)
                classes.push(node);
            else if (name !== undefined)
                this.models.set(name, this.tableNameIn(node.body) ?? (0,inflect/* tableize */.fG)(name));
        }
        else if (node instanceof src_nodes/* ConstantWriteNode */.Ml) {
            const model = this.anonymousModelTable(node.value);
            if (model !== undefined)
                this.models.set(node.name, model);
            const literal = this.literalBinding(node.value, new Map());
            if (literal)
                this.constants.set(node.name, literal);
        }
        for (const child of node.compactChildNodes())
            this.collect(child, classes);
    }
    isModelSuperclass(node) {
        const name = constantName(node);
        return name !== undefined && /(?:ActiveRecord::Base|Record)$/.test(name);
    }
    /** `self.table_name = "users"` in a class body. */
    tableNameIn(body) {
        for (const statement of statementsOf(body)) {
            if (statement instanceof src_nodes/* CallNode */.Fo &&
                statement.name === "table_name=" &&
                statement.receiver instanceof src_nodes/* SelfNode */.pb) {
                return symbolOrString(callArgs(statement).positional[0]);
            }
        }
        return undefined;
    }
    /** `Class.new(ActiveRecord::Base) { self.table_name = "users" }` → "users". */
    anonymousModelTable(node) {
        if (!(node instanceof src_nodes/* CallNode */.Fo) || node.name !== "new" || constantName(node.receiver) !== "Class")
            return undefined;
        if (!this.isModelSuperclass(callArgs(node).positional[0] ?? null))
            return undefined;
        return node.block instanceof src_nodes/* BlockNode */.ub ? this.tableNameIn(node.block.body) : undefined;
    }
    classMethods(cls) {
        const methods = new Map();
        for (const statement of statementsOf(cls.body)) {
            if (statement instanceof src_nodes/* DefNode */.o3)
                methods.set(statement.name, statement);
            // `private def helper ... end`
            if (statement instanceof src_nodes/* CallNode */.Fo && !statement.receiver) {
                for (const arg of callArgs(statement).positional)
                    if (arg instanceof src_nodes/* DefNode */.o3)
                        methods.set(arg.name, arg);
            }
            if (statement instanceof src_nodes/* SingletonClassNode */.er) {
                for (const inner of statementsOf(statement.body))
                    if (inner instanceof src_nodes/* DefNode */.o3)
                        methods.set(inner.name, inner);
            }
        }
        return methods;
    }
    readClass(cls) {
        this.methods = this.classMethods(cls);
        this.knownTypes = new Map();
        this.irreversible = undefined;
        this.inTransaction = !statementsOf(cls.body).some((n) => n instanceof src_nodes/* CallNode */.Fo && n.name === "disable_ddl_transaction!" && !n.receiver);
        const change = this.methods.get("change");
        const up = this.methods.get("up");
        const down = this.methods.get("down");
        const forward = change ?? up;
        if (!forward)
            return;
        if (change)
            learnOldTypesFromDownBlocks(this, change.body);
        else if (down)
            learnOldTypes(this, down.body, undefined);
        const from = this.operations.length;
        this.walk(forward.body, { invertible: forward === change, env: new Map(), following: [forward.name] });
        markTransactions(this.operations, from, this.inTransaction);
        if (!change && up) {
            if (!down) {
                this.markIrreversible(this.src.span(up.nameLoc), "the migration defines up without down");
            }
            else {
                findIrreversibleRaise(this, down.body, [down.name]);
            }
        }
        // The walk above may have set it; TypeScript still narrows the field from the reset.
        const mark = this.irreversible;
        if (mark) {
            const { reason, ...span } = mark;
            this.operations.push({ kind: "irreversible", reason, ...span });
        }
    }
    // ---------------------------------------------------------------- the walk
    walk(node, ctx) {
        if (!node)
            return;
        if (node instanceof src_nodes/* CallNode */.Fo)
            return this.visitCall(node, ctx);
        if (node instanceof src_nodes/* StatementsNode */.Z$) {
            for (const statement of node.body) {
                if (statement instanceof src_nodes/* CallNode */.Fo)
                    this.visitCall(statement, ctx, true);
                else
                    this.walk(statement, ctx);
            }
            return;
        }
        // Fails closed: a shell command (`psql -c ...` in backticks or %x) may do anything to the database.
        if (node instanceof src_nodes/* XStringNode */.KH || node instanceof src_nodes/* InterpolatedXStringNode */.bn) {
            return this.unknown(node, "a shell command runs what the analysis cannot see");
        }
        // Defining a method or a class runs nothing; model classes were collected up front.
        if (node instanceof src_nodes/* DefNode */.o3 || node instanceof src_nodes/* ClassNode */.Le || node instanceof src_nodes/* ModuleNode */.Fi)
            return;
        if (node instanceof src_nodes/* LocalVariableWriteNode */.xf) {
            const binding = this.valueBinding(node.value, ctx);
            if (binding)
                ctx.env.set(node.name, binding);
            else
                ctx.env.delete(node.name);
            if (binding?.kind !== "relation")
                this.walk(node.value, ctx);
            return;
        }
        for (const child of node.compactChildNodes())
            this.walk(child, ctx);
    }
    walkBlock(block, ctx) {
        if (block instanceof src_nodes/* BlockNode */.ub)
            this.walk(block.body, ctx);
    }
    /**
     * One call, tried against the handler tables in the order Ruby would bind it: a block parameter's method,
     * a helper of the class, reversibility, raw SQL, a schema statement, a loop over literals, a data call.
     */
    visitCall(call, ctx, statement = false) {
        const name = call.name;
        const receiver = call.receiver;
        const onSelf = receiver === null || receiver instanceof src_nodes/* SelfNode */.pb;
        const onConnection = (receiver instanceof src_nodes/* CallNode */.Fo && receiver.name === "connection") ||
            (receiver instanceof src_nodes/* LocalVariableReadNode */.cr && ctx.env.get(receiver.name)?.kind === "connection");
        if (name === "raise" && receiver === null)
            return visitRaise(this, call, ctx);
        // Calls on a block parameter: `dir.up`, `t.remove`, `record.destroy`, `batch.update_all`.
        if (receiver instanceof src_nodes/* LocalVariableReadNode */.cr) {
            const binding = ctx.env.get(receiver.name);
            if (binding?.kind === "direction")
                return visitDirection(this, call, ctx);
            if (binding?.kind === "table")
                return visitTableBlockCall(this, call, binding, ctx);
            if (binding?.kind === "record" && visitRecordCall(this, call, binding.rel, ctx))
                return;
        }
        if (onSelf && !call.isAttributeWrite()) {
            const helper = this.methods.get(name);
            if (helper && !ctx.following.includes(name) && !["change", "up", "down"].includes(name)) {
                return this.followHelper(call, helper, ctx);
            }
            const reversibility = (0,toolkit/* handlerFor */.ci)(REVERSIBILITY_CALLS, name);
            if (reversibility)
                return reversibility(this, call, ctx);
        }
        if (onSelf || onConnection) {
            const sql = (0,toolkit/* handlerFor */.ci)(SQL_CALLS, name);
            if (sql)
                return sql(this, call, ctx);
            if (HARMLESS_CALLS.has(name))
                return this.walkBlock(call.block, ctx);
            if (visitSchemaCall(this, call, ctx))
                return;
        }
        if (this.visitLiteralIteration(call, ctx))
            return;
        if (receiver && visitDataCall(this, call, ctx))
            return;
        const task = rakeTask(call);
        // A record or relation of a model loop (`User.find_each { |u| u.recalculate! }`): a method the data-call
        // tables did not read is the model's own code.
        const bound = receiver instanceof src_nodes/* LocalVariableReadNode */.cr ? ctx.env.get(receiver.name)?.kind : undefined;
        const application = !statement || onConnection
            ? undefined
            : bound === "record" || bound === "relation"
                ? recordCall(call)
                : applicationCall(call);
        if (task !== undefined) {
            this.unknown(call, `the Rake task ${task} runs database work the reader cannot see`);
        }
        else if (application !== undefined) {
            // Fails closed: a service, a job or a model method may write or delete rows, or change the schema.
            this.unknown(call, `${application} runs application code the analysis cannot see`);
        }
        else if (statement &&
            onSelf &&
            !call.isAttributeWrite() &&
            !PLAIN_RUBY_CALLS.has(name) &&
            // A helper of the file called again while it is being followed was read already.
            !this.methods.has(name)) {
            // Fails closed: a method the file does not define and the reader does not know may change anything.
            this.unknown(call, `${name} is a method the reader does not know, so what it does cannot be read`);
        }
        this.walkChildren(call, ctx);
    }
    walkChildren(call, ctx) {
        for (const child of call.compactChildNodes())
            this.walk(child, ctx);
    }
    followHelper(call, helper, ctx) {
        const env = new Map();
        const params = helper.parameters;
        if (params) {
            const args = callArgs(call);
            const names = [...params.requireds, ...params.optionals];
            names.forEach((param, i) => {
                const name = param instanceof src_nodes/* RequiredParameterNode */.xX || param instanceof src_nodes/* OptionalParameterNode */.A9
                    ? param.name
                    : undefined;
                if (name === undefined)
                    return;
                const value = args.positional[i] ?? (param instanceof src_nodes/* OptionalParameterNode */.A9 ? param.value : undefined);
                const binding = value ? this.valueBinding(value, ctx) : undefined;
                if (binding)
                    env.set(name, binding);
            });
        }
        // Arguments are evaluated in the caller before the helper runs.
        for (const arg of call.arguments_?.arguments_ ?? [])
            this.walk(arg, ctx);
        this.walk(helper.body, (0,extend/* extend */.X)(ctx, { env, following: [...ctx.following, helper.name] }));
    }
    /** `%i[users posts].each do |table| ... end`: the body runs once per literal element. */
    visitLiteralIteration(call, ctx) {
        if (call.name !== "each" || !(call.block instanceof src_nodes/* BlockNode */.ub))
            return false;
        const params = blockParameterNames(call.block);
        const receiverBinding = call.receiver ? this.literalBinding(call.receiver, ctx.env) : undefined;
        if (receiverBinding?.kind === "list" && params.length >= 1) {
            for (const value of receiverBinding.values) {
                const env = new Map(ctx.env);
                env.set(params[0], { kind: "literal", value });
                this.walkBlock(call.block, (0,extend/* extend */.X)(ctx, { env }));
            }
            return true;
        }
        const pairs = hashEntries(call.receiver);
        if (call.receiver instanceof src_nodes/* HashNode */.te && pairs && params.length === 2) {
            for (const [key, valueNode] of pairs) {
                const env = new Map(ctx.env);
                env.set(params[0], { kind: "literal", value: key });
                const value = this.literalBinding(valueNode, ctx.env);
                if (value)
                    env.set(params[1], value);
                this.walkBlock(call.block, (0,extend/* extend */.X)(ctx, { env }));
            }
            return true;
        }
        return false;
    }
    // ---------------------------------------------------------------- values
    name(node, ctx) {
        const literal = symbolOrString(node);
        if (literal !== undefined)
            return literal;
        const binding = node ? this.literalBinding(node, ctx.env) : undefined;
        return binding?.kind === "literal" ? binding.value : undefined;
    }
    names(nodes, ctx, part) {
        return nodes.flatMap((node) => {
            if (node instanceof src_nodes/* SplatNode */.bO && node.expression) {
                const list = this.literalBinding(node.expression, ctx.env);
                if (list?.kind === "list")
                    return list.values;
                if (list?.kind === "literal")
                    return [list.value];
            }
            return [this.name(node, ctx) ?? (0,run_time/* runTimeName */.S)(part, this.src.text(node.location))];
        });
    }
    literalBinding(node, env) {
        if (node instanceof src_nodes/* SymbolNode */.Lz)
            return { kind: "literal", value: node.unescaped.value };
        const text = stringLiteral(node);
        if (text)
            return { kind: "literal", value: text.value, contentOffset: text.contentOffset };
        if (node instanceof src_nodes/* ArrayNode */._7) {
            const values = node.elements.map((e) => symbolOrString(e));
            return values.every((v) => v !== undefined) ? { kind: "list", values: values } : undefined;
        }
        if (node instanceof src_nodes/* LocalVariableReadNode */.cr) {
            const bound = env.get(node.name);
            return bound?.kind === "literal" || bound?.kind === "list" ? bound : undefined;
        }
        const constant = constantName(node);
        if (constant !== undefined)
            return this.constants.get(constant.split("::").pop());
        // `TABLES.freeze`, `%w[a b].freeze`
        if (node instanceof src_nodes/* CallNode */.Fo && node.name === "freeze" && node.receiver)
            return this.literalBinding(node.receiver, env);
        return undefined;
    }
    /** What a local variable holds after `x = value`, when that matters to a later call. */
    valueBinding(node, ctx) {
        const literal = this.literalBinding(node, ctx.env);
        if (literal)
            return literal;
        if (node instanceof src_nodes/* CallNode */.Fo && node.name === "connection")
            return { kind: "connection" };
        const model = this.anonymousModelTable(node);
        if (model !== undefined)
            return { kind: "relation", rel: { table: model, filtered: false, nullColumns: new Set() } };
        return relationBinding(this, node, ctx);
    }
    // ---------------------------------------------------------------- output
    push(node, op) {
        this.operations.push((0,extend/* extend */.X)(op, this.src.span(node.location)));
    }
    unknown(node, reason) {
        this.operations.push({
            kind: "unknown",
            reason,
            text: (0,toolkit/* truncate */.xv)(this.src.text(node.location)),
            ...this.src.span(node.location),
        });
    }
    notInvertible(ctx, node, reason) {
        if (ctx.invertible)
            this.markIrreversible(this.src.span(node.location), reason);
    }
    markIrreversible(span, reason) {
        this.irreversible ??= (0,extend/* extend */.X)(span, { reason });
    }
}
function readRailsMigration(source, database, parsers) {
    return new MigrationReader(source, database, parsers).read();
}
// Rails' schema dump is read by this reader too (its body is the same schema calls); loaded with it.



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
