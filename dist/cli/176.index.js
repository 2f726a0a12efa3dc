export const id = 176;
export const ids = [176];
export const modules = {

/***/ 3176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EctoReader: () => (/* binding */ EctoReader),
  readEctoMigration: () => (/* binding */ readEctoMigration)
});

// EXTERNAL MODULE: ./src/core/frameworks/tree-sitter.ts
var tree_sitter = __webpack_require__(7545);
// EXTERNAL MODULE: ./src/core/run-time.ts
var run_time = __webpack_require__(2686);
// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __webpack_require__(8849);
// EXTERNAL MODULE: ./src/core/column-types/index.ts + 3 modules
var column_types = __webpack_require__(6074);
// EXTERNAL MODULE: ./src/core/frameworks/shared/known-columns.ts
var known_columns = __webpack_require__(662);
// EXTERNAL MODULE: ./src/core/frameworks/shared/volatile-defaults.ts
var volatile_defaults = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/frameworks/sql/embedded.ts + 10 modules
var embedded = __webpack_require__(7502);
// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/frameworks/elixir/nodes.ts



/** 1-based lines of a node; a node whose last byte is a newline does not count the line after it. */

/** `(x)` and `(x; y)` blocks of one expression → `x`. */
function unwrap(node) {
    let current = node;
    while (current.type === "block") {
        const inner = current.namedChildren.filter((c) => c?.type !== "comment");
        if (inner.length !== 1 || !inner[0])
            break;
        current = inner[0];
    }
    return current;
}
const ESCAPES = {
    n: "\n",
    t: "\t",
    r: "\r",
    s: " ",
    e: "\x1b",
    f: "\f",
    v: "\v",
    a: "\x07",
    b: "\b",
    "0": "\0",
};
function decodeEscape(text) {
    const body = text.slice(1);
    if (body.startsWith("\n") || body.startsWith("\r"))
        return "";
    const simple = ESCAPES[body];
    if (simple !== undefined)
        return simple;
    const hex = /^x\{?([0-9a-fA-F]+)\}?$|^u\{?([0-9a-fA-F]+)\}?$/.exec(body);
    if (hex)
        return String.fromCodePoint(parseInt(hex[1] ?? hex[2], 16));
    return body;
}
/** `"..."`, `"""..."""`, `~s(...)`, `~S(...)` without interpolation. */
function stringLiteral(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "string" && n.type !== "sigil")
        return undefined;
    let raw = false;
    if (n.type === "sigil") {
        const name = n.namedChildren.find((c) => c?.type === "sigil_name")?.text;
        if (name !== "s" && name !== "S")
            return undefined;
        raw = name === "S";
    }
    let value = "";
    for (const part of n.namedChildren) {
        if (!part)
            continue;
        switch (part.type) {
            case "quoted_content":
                value += part.text;
                break;
            case "escape_sequence":
                value += raw ? part.text : decodeEscape(part.text);
                break;
            case "sigil_name":
            case "sigil_modifiers":
                break;
            default:
                // interpolation: the text is built at run time.
                return undefined;
        }
    }
    return { value, line: n.startPosition.row + 1 };
}
/**
 * SQL built with interpolation (`"DELETE FROM #{table}"`, `~s(...)`) or `<>` concatenation, as literal text and
 * holes; `resolve` turns a variable bound to a string into its text. Undefined when no part is a string.
 */
function stringTemplate(node, resolve) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    const literal = stringLiteral(n);
    if (literal)
        return { parts: [{ text: literal.value }], line: literal.line };
    if (n.type === "string" ||
        (n.type === "sigil" && n.namedChildren.find((c) => c?.type === "sigil_name")?.text === "s")) {
        const parts = [];
        for (const part of n.namedChildren) {
            if (!part || part.type === "sigil_name" || part.type === "sigil_modifiers")
                continue;
            if (part.type === "quoted_content")
                parts.push({ text: part.text });
            else if (part.type === "escape_sequence")
                parts.push({ text: decodeEscape(part.text) });
            else {
                // interpolation: `#{expr}`, one expression inside.
                const inner = part.namedChildren.length === 1 ? part.namedChildren[0] : undefined;
                const value = inner ? resolve(inner) : undefined;
                parts.push(value !== undefined ? { text: value } : { hole: (inner ?? part).text });
            }
        }
        return { parts, line: n.startPosition.row + 1 };
    }
    if (n.type === "binary_operator" && operatorOf(n) === "<>")
        return (0,embedded/* joinTemplates */.kB)(n, (x) => stringTemplate(x, resolve), resolve);
    return undefined;
}
/** `:users`, `:"users"`, `"users"` → "users". */
function nameValue(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type === "atom")
        return n.text.slice(1);
    if (n.type === "quoted_atom") {
        const parts = n.namedChildren;
        if (parts.length !== 1 || parts[0]?.type !== "quoted_content")
            return undefined;
        return parts[0].text;
    }
    return stringLiteral(n)?.value;
}
function booleanValue(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "boolean")
        return undefined;
    return n.text === "true";
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
function isNil(node) {
    return node !== null && node !== undefined && unwrap(node).type === "nil";
}
/** The operator of a `binary_operator` node (`|>`, `in`, `=`, `or`...). */
function operatorOf(node) {
    return node.childForFieldName("operator")?.text;
}
/** `[a: 1, b: 2]` or trailing `a: 1, b: 2` → its pairs by key. */
function keywordPairs(node, into = new Map()) {
    if (!node)
        return into;
    const n = unwrap(node);
    const keywords = n.type === "keywords"
        ? n
        : n.type === "list" && n.namedChildren.length === 1 && n.namedChildren[0]?.type === "keywords"
            ? n.namedChildren[0]
            : undefined;
    if (!keywords)
        return into;
    for (const pair of keywords.namedChildren) {
        if (pair?.type !== "pair")
            continue;
        const key = pair.childForFieldName("key");
        const value = pair.childForFieldName("value");
        if (key && value)
            into.set(key.text.replace(/:\s*$/, "").replace(/^"|"$/g, ""), value);
    }
    return into;
}
function isKeywords(node) {
    if (!node)
        return false;
    const n = unwrap(node);
    return (n.type === "keywords" ||
        (n.type === "list" && n.namedChildren.length === 1 && n.namedChildren[0]?.type === "keywords"));
}
/** The parts of a call node; undefined when the target is not a plain or dotted name. */
function callShape(call) {
    if (call.type !== "call")
        return undefined;
    // One child list for the whole call: the target is its first named child. Every node fetched from the tree
    // is a call into WASM and an allocation, so keyword pairs are only read when asked for.
    const children = call.namedChildren;
    const target = children[0];
    if (!target || target.type === "arguments" || target.type === "do_block")
        return undefined;
    let name;
    let receiver;
    if (target.type === "identifier")
        name = target.text;
    else if (target.type === "dot") {
        const right = target.childForFieldName("right");
        if (right?.type === "identifier")
            name = right.text;
        receiver = target.childForFieldName("left") ?? undefined;
    }
    if (name === undefined)
        return undefined;
    const positional = [];
    const keywordNodes = [];
    let doBlock;
    for (let i = 1; i < children.length; i++) {
        const child = children[i];
        if (!child)
            continue;
        if (child.type === "arguments") {
            for (const a of child.namedChildren) {
                if (!a || a.type === "comment")
                    continue;
                if (a.type === "keywords")
                    keywordNodes.push(a);
                else
                    positional.push(a);
            }
        }
        else if (child.type === "do_block")
            doBlock = child;
    }
    let keywords;
    return {
        name,
        ...(receiver ? { receiver } : {}),
        positional,
        get keywords() {
            if (!keywords) {
                keywords = new Map();
                for (const k of keywordNodes)
                    keywordPairs(k, keywords);
            }
            return keywords;
        },
        ...(doBlock ? { doBlock } : {}),
    };
}
/** The expressions of a `do ... end` block (not its `else`/`rescue` parts). */
function blockStatements(doBlock) {
    if (!doBlock)
        return [];
    return doBlock.namedChildren.filter((c) => c !== null && c.type !== "comment" && !c.type.endsWith("_block"));
}
function syntaxProblems(root) {
    return (0,tree_sitter/* syntaxProblems */.uf)(root, "Elixir");
}
/**
 * Comments found from the `#` characters of the source: one lookup per `#` is much cheaper than walking the
 * whole tree, and a `#` inside a string is recognised by the node it falls in.
 */
function commentsOf(root, source) {
    const out = [];
    let at = source.indexOf("#");
    while (at >= 0) {
        const node = root.descendantForIndex(at);
        let next = at + 1;
        if (node?.type === "comment") {
            out.push((0,extend/* extend */.X)((0,tree_sitter/* spanOf */.ee)(node), { text: node.text.replace(/^#/, "") }));
            next = Math.max(next, node.endIndex);
        }
        else if (node?.type === "quoted_content") {
            next = Math.max(next, node.endIndex);
        }
        at = source.indexOf("#", next);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/frameworks/elixir/column-types.ts


/** Ecto's default `:string` size on PostgreSQL and MySQL. */
const DEFAULT_STRING_SIZE = 255;
const TYPES = {
    string: "string",
    varchar: "string",
    text: "text",
    citext: "text",
    integer: "integer",
    int: "integer",
    bigint: "bigint",
    id: "bigint",
    smallint: "smallint",
    serial: "integer",
    bigserial: "bigint",
    identity: "bigint",
    float: "float",
    decimal: "decimal",
    numeric: "decimal",
    boolean: "boolean",
    date: "date",
    time: "time",
    time_usec: "time",
    naive_datetime: "datetime",
    naive_datetime_usec: "datetime",
    utc_datetime: "datetime",
    utc_datetime_usec: "datetime",
    timestamp: "datetime",
    timestamptz: "datetime",
    binary_id: "uuid",
    uuid: "uuid",
    map: "jsonb",
    jsonb: "jsonb",
    json: "json",
    binary: "binary",
    bytea: "binary",
};
/** The column type of `add`/`modify`'s second argument with its options (`size:`, `precision:`, `scale:`). */
function ectoColumnType(node, opts) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type === "call") {
        const shape = callShape(n);
        if (shape?.name !== "references")
            return undefined;
        const table = nameValue(shape.positional[0]);
        const refType = nameValue(shape.keywords.get("type"));
        const name = nameValue(shape.keywords.get("name"));
        return {
            type: { type: refType ? (TYPES[refType] ?? refType) : "bigint" },
            references: (0,extend/* extend */.X)(table !== undefined ? { table } : {}, name !== undefined ? { name } : {}, {
                validated: shape.keywords.get("validate")?.text !== "false",
            }),
        };
    }
    if (n.type === "tuple") {
        // {:array, :string}, {:map, :string}: containers keep their own name so a change in or out is "other".
        const outer = nameValue(n.namedChildren[0]);
        return outer === undefined ? undefined : { type: { type: outer } };
    }
    const name = nameValue(n);
    if (name === undefined)
        return undefined;
    const type = TYPES[name] ?? name;
    const size = numberValue(opts.get("size"));
    const precision = numberValue(opts.get("precision"));
    const scale = numberValue(opts.get("scale"));
    const column = { type };
    if (type === "string")
        column.limit = size ?? DEFAULT_STRING_SIZE;
    if (type === "decimal") {
        if (precision !== undefined)
            column.precision = precision;
        if (scale !== undefined)
            column.scale = scale;
    }
    return { type: column, ...(/serial$|^identity$/.test(name) ? { autoIncrement: true } : {}) };
}
/** `from: :string`, `from: {:string, size: 10}`, `from: references(:users)` → the old type. */
function fromType(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type === "tuple") {
        const [type, opts] = n.namedChildren;
        const keywords = new Map();
        if (opts?.type === "keywords") {
            for (const pair of opts.namedChildren) {
                const key = pair?.childForFieldName("key")?.text.replace(/:\s*$/, "");
                const value = pair?.childForFieldName("value");
                if (key && value)
                    keywords.set(key, value);
            }
            return type ? ectoColumnType(type, keywords) : undefined;
        }
    }
    return ectoColumnType(n, new Map());
}
/** `from: {:string, null: true}` → true: the old column allowed NULL. */
function fromNullable(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "tuple")
        return undefined;
    const opts = n.namedChildren[1];
    if (opts?.type !== "keywords")
        return undefined;
    for (const pair of opts.namedChildren) {
        if (pair?.childForFieldName("key")?.text.replace(/:\s*$/, "") === "null")
            return pair.childForFieldName("value")?.text === "true";
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/frameworks/elixir/columns.ts
// Calls inside a `create table` / `alter table` block: `add`, `timestamps`, `remove`, `modify`, keyed by name;
// with the column's type (column-types.ts), nullability and default.






/** Trailing keywords, or a keyword list passed at position `index`. */
function options(shape, index) {
    const opts = new Map();
    keywordPairs(shape.positional[index], opts);
    for (const [k, v] of shape.keywords)
        opts.set(k, v);
    return opts;
}
/** `references(:teams)` as a column's type: its foreign key. */
function addReference(r, node, table, column, type) {
    if (!type.references)
        return;
    r.push(node, {
        kind: "add-constraint",
        table,
        constraint: "foreign-key",
        name: type.references.name ?? `${table}_${column}_fkey`,
        validated: type.references.validated,
    });
}
const add = (r, shape, node, env, ctx) => {
    const { table } = ctx;
    const column = r.name(shape.positional[0], env);
    const opts = options(shape, 2);
    const type = ectoColumnType(shape.positional[1], opts);
    if (column === undefined || !type)
        return r.unknown(node, `${shape.name} of a column the reader cannot resolve`);
    const nullable = booleanValue(opts.get("null")) !== false;
    r.known.set(`${table}.${column}`, { type: type.type, nullable });
    if (ctx.creating)
        ctx.creating.push(column);
    else {
        const def = defaultOf(opts, type.autoIncrement === true);
        r.push(node, {
            kind: "add-column",
            table,
            column,
            type: (0,column_types/* describeType */.MF)(type.type),
            notNull: !nullable,
            ...def,
        });
    }
    addReference(r, node, table, column, type);
    return true;
};
const timestamps = (r, shape, node, env, ctx) => {
    const { table } = ctx;
    const opts = options(shape, 0);
    const nullable = booleanValue(opts.get("null")) === true;
    const typeName = nameValue(opts.get("type")) ?? "naive_datetime";
    const type = ectoColumnType(opts.get("type"), new Map())?.type ?? { type: "datetime" };
    for (const key of ["inserted_at", "updated_at"]) {
        const option = opts.get(key);
        if (option?.text === "false")
            continue;
        const column = (option ? r.name(option, env) : undefined) ?? key;
        r.known.set(`${table}.${column}`, { type, nullable });
        if (ctx.creating)
            ctx.creating.push(column);
        else
            r.push(node, {
                kind: "add-column",
                table,
                column,
                type: typeName,
                notNull: !nullable,
                ...defaultOf(opts, false),
            });
    }
    return true;
};
const remove = (r, shape, node, env, { table }) => {
    const column = r.name(shape.positional[0], env);
    if (column === undefined)
        return r.unknown(node, `${shape.name} of a column the reader cannot resolve`);
    r.push(node, { kind: "drop-column", table, column });
    if (r.invertible && shape.name === "remove" && !shape.positional[1])
        r.notInvertible(node, "remove without the column type cannot be reverted in change/0");
    return true;
};
const modify = (r, shape, node, env, { table }) => {
    const column = r.name(shape.positional[0], env);
    const opts = options(shape, 2);
    const type = ectoColumnType(shape.positional[1], opts);
    if (column === undefined || !type)
        return r.unknown(node, "modify of a column the reader cannot resolve");
    const key = `${table}.${column}`;
    const from = opts.get("from");
    const fromColumn = fromType(from);
    const known = r.known.get(key);
    const old = fromColumn
        ? {
            type: fromColumn.type,
            ...(fromNullable(from) !== undefined ? { nullable: fromNullable(from) } : {}),
        }
        : known;
    const nullOpt = booleanValue(opts.get("null"));
    r.known.set(key, { type: type.type, ...(nullOpt !== undefined ? { nullable: nullOpt } : {}) });
    if (r.invertible && !from)
        r.notInvertible(node, "modify without from: cannot be reverted in change/0");
    if (r.learning)
        return true;
    // `modify :col, :type, null: true` restates the type to change nullability.
    const typeChange = (0,known_columns/* restatedType */.f)(table, column, old, type.type, opts.has("null") || opts.has("default"));
    if (typeChange)
        r.push(node, typeChange);
    if (nullOpt === false && old?.nullable !== false)
        r.push(node, { kind: "set-not-null", table, column });
    if (nullOpt === true && old?.nullable !== true)
        r.push(node, { kind: "drop-not-null", table, column });
    if (opts.has("default"))
        r.push(node, { kind: "change-default", table, column, ...defaultOf(opts, false) });
    addReference(r, node, table, column, type);
    return true;
};
/** Calls inside a create/alter block, by name. */
const COLUMN_CALLS = {
    add,
    add_if_not_exists: add,
    timestamps,
    remove,
    remove_if_exists: remove,
    modify,
};
function defaultOf(opts, autoIncrement) {
    // `generated: "ALWAYS AS (...) STORED"` is computed for every existing row, like the SQL reader's reading.
    const generated = opts.get("generated");
    const expression = generated ? stringLiteral(unwrap(generated))?.value : undefined;
    if (expression !== undefined && /\bSTORED\b/i.test(expression)) {
        return { default: { volatile: true, text: (0,toolkit/* truncate */.xv)(`GENERATED ${expression}`) } };
    }
    const value = opts.get("default");
    if (value && !isNil(value)) {
        const n = unwrap(value);
        const shape = n.type === "call" ? callShape(n) : undefined;
        if (shape?.name === "fragment" && !shape.receiver) {
            const sql = stringLiteral(shape.positional[0])?.value;
            return {
                default: { volatile: sql === undefined ? true : (0,volatile_defaults/* isVolatileSql */.Z)(sql), text: (0,toolkit/* truncate */.xv)(sql ?? n.text) },
            };
        }
        // Any other Elixir value is computed once, when the migration runs: a constant for every row.
        return { default: { volatile: false, text: (0,toolkit/* truncate */.xv)(n.text) } };
    }
    if (autoIncrement)
        return { default: { volatile: true, text: "auto-increment" } };
    return {};
}

// EXTERNAL MODULE: ./src/core/frameworks/shared/inflect.ts
var inflect = __webpack_require__(2760);
;// CONCATENATED MODULE: ./src/core/frameworks/elixir/raw-sql.ts
// Raw SQL in an Ecto migration: `execute` (with SQL, a function, or a captured helper) and `repo().query!`
// hand their literal SQL to the shared SQL reader; SQL built at run time is read by its static parts, or else
// is an `unknown`.


/** Hands the SQL text to the shared SQL reader, or records why it cannot be read. */
function readSql(r, node, where, via, env) {
    if (r.learning)
        return;
    const read = {
        literal: stringLiteral,
        resolve: (n) => (n.type === "identifier" || n.type === "unary_operator" ? r.name(n, env) : undefined),
        // Interpolation or `<>` keeps the verb: `"DELETE FROM #{table}"` is still a delete.
        template: (n) => stringTemplate(n, (x) => r.name(x, env)),
    };
    if (!(0,embedded/* appendCallSql */.hb)(r.out, node && unwrap(node), where, read, r))
        r.unknown(where, (0,embedded/* sqlBuiltAtRunTime */.C8)(via));
}
/** `execute "SQL"`, `execute "up", "down"`, `execute fn -> ... end`, `execute(&up/0, &down/0)`. */
const execute = (r, shape, node, env) => {
    const [up, down] = shape.positional;
    if (!up)
        return r.unknown(node, "execute without arguments");
    const fn = unwrap(up);
    if (fn.type === "anonymous_function") {
        for (const clause of fn.namedChildren) {
            const body = clause?.type === "stab_clause" ? clause.childForFieldName("right") : undefined;
            if (body)
                r.visit(body, env, undefined);
        }
    }
    else if (fn.type === "unary_operator" && fn.text.startsWith("&")) {
        // &helper/0: the function runs forward.
        const name = /^&\s*([a-z_][a-zA-Z0-9_?!]*)\s*\/\s*0$/.exec(fn.text)?.[1];
        if (!name || !r.followCapture(name))
            r.unknown(node, "execute with a function the reader cannot follow");
    }
    else {
        readSql(r, up, node, "execute", env);
    }
    if (r.invertible && !down)
        r.notInvertible(node, "execute/1 in change/0 cannot be reverted");
    return true;
};
/** `"SQL" |> execute()`: the piped value is the SQL. */
function executePiped(r, sql, node, env) {
    readSql(r, sql, node, "execute", env);
    if (r.invertible)
        r.notInvertible(node, "execute/1 in change/0 cannot be reverted");
    return true;
}
/** Calls of the migration itself that run SQL, by name. */
const SQL_CALLS = { execute };

;// CONCATENATED MODULE: ./src/core/frameworks/elixir/data-calls.ts
// Data changes in an Ecto migration: `repo().delete_all(query)`, `repo().update_all(query, set: [...])` (also
// at the end of a pipeline), and `repo().query!(sql)`, keyed by the Repo function's name; the queryable read for
// its table, its filters and the columns it requires to be NULL.





const QUERY_FILTERS = /^(?:or_)?where$|^(?:limit|join|inner_join|left_join|having|or_having)$/;
/** Ecto's update operators: each takes a keyword list of `column: value`. */
const UPDATE_OPERATORS = ["set", "inc", "push", "pull"];
function isEmptyList(node) {
    const n = unwrap(node);
    return n.type === "list" && n.namedChildren.length === 0;
}
/**
 * An update keyword list (`[set: [a: 1], inc: [n: 1]]`, or a call's keyword arguments) read into the columns it
 * assigns; what is not a literal keyword list (`inc: ^counters`, `set: [{field, 1}]`, a computed key) goes to
 * `unread` by its source text, so the update is never taken for one that assigns only the columns that were read.
 */
function readUpdates(updates, columns, unread) {
    for (const key of UPDATE_OPERATORS) {
        const list = updates.get(key);
        if (!list || isEmptyList(list))
            continue;
        if (!isKeywords(list)) {
            unread.push(`${key}: ${list.text}`);
            continue;
        }
        const keys = [...keywordPairs(list).keys()];
        if (keys.some((k) => k.includes("#{")))
            unread.push(`${key}: ${list.text}`);
        else
            columns.push(...keys);
    }
}
/** An update argument (`[set: [...]]`, `[]`) read into `updates`; false when it is not a literal list. */
function updateList(node, updates) {
    if (node === undefined || isEmptyList(node))
        return true;
    if (!isKeywords(node))
        return false;
    keywordPairs(node, updates);
    return true;
}
/** `a |> b() |> c()` → [a, b(), c()]. */
function pipelineStages(node) {
    const stages = [];
    let current = node;
    while (current.type === "binary_operator" && operatorOf(current) === "|>") {
        const right = current.childForFieldName("right");
        if (right)
            stages.push(right);
        const left = current.childForFieldName("left");
        if (!left)
            break;
        current = left;
    }
    stages.push(current);
    return stages.reverse();
}
/** `Repo`, `MyApp.Repo` or `repo()`. */
function isRepo(receiver) {
    if (!receiver)
        return false;
    const r = unwrap(receiver);
    if (r.type === "alias")
        return /(?:^|\.)Repo$/.test(r.text);
    if (r.type === "call")
        return callShape(r)?.name === "repo" && !callShape(r)?.receiver;
    return false;
}
/** The queryable a Repo call works on: piped in, or its first argument. */
function queryOfCall(r, { args, piped }, env) {
    if (piped)
        return queryOf(r, piped, env);
    return args[0] ? queryOf(r, pipelineStages(unwrap(args[0])), env) : undefined;
}
const deleteAll = (r, call, node, env) => {
    const query = queryOfCall(r, call, env);
    if (query?.table === undefined)
        return r.unknown(node, `${call.shape.name} on a query the reader cannot resolve`);
    r.push(node, { kind: "delete-rows", table: query.table, filtered: query.filtered, via: "delete_all" });
    return true;
};
/**
 * `update_all(query, updates)`: the columns are those of the query's own `update:` and of the updates (`[]` when
 * the query has them). Updates the reader cannot read (a variable, `^changes`, `inc: counters`) make the
 * assigned columns unknown: with none read the operation says so (empty columns); with some read, an unknown
 * operation names what was not, so the call is held for review rather than judged by the columns read.
 */
const updateAll = (r, call, node, env) => {
    const { shape, args } = call;
    const query = queryOfCall(r, call, env);
    if (query?.table === undefined)
        return r.unknown(node, `${shape.name} on a query the reader cannot resolve`);
    const updates = new Map();
    const unread = [...query.unreadUpdates];
    if (!updateList(args[1], updates))
        unread.push(args[1].text);
    for (const [k, v] of shape.keywords)
        updates.set(k, v);
    const columns = [...query.updates];
    readUpdates(updates, columns, unread);
    const known = unread.length === 0 ? columns : [];
    r.push(node, {
        kind: "update-rows",
        table: query.table,
        columns: known,
        filtered: query.filtered,
        onlyNulls: !query.anyOr && (0,toolkit/* onlyNulls */.fk)(known, query.nullColumns),
        via: "update_all",
    });
    if (unread.length > 0 && columns.length > 0) {
        r.unknown(node, `${shape.name} assigns ${unread.map((t) => `\`${t}\``).join(", ")} besides ${columns.join(", ")}: not a literal keyword list, so the columns it overwrites are not all known`);
    }
    return true;
};
const query = (r, { shape, args }, node, env) => {
    readSql(r, args[0], node, `repo().${shape.name}`, env);
    return true;
};
/** Functions of `repo()` / `Repo` the reader acts on, by name; any other only reads. */
const REPO_CALLS = {
    delete_all: deleteAll,
    update_all: updateAll,
    query,
    "query!": query,
};
/** What a queryable selects: its table, its filters, and which columns it requires to be NULL. */
function queryOf(r, stages, env) {
    const [first, ...rest] = stages;
    if (!first)
        return undefined;
    const n = unwrap(first);
    let query;
    const fresh = (table) => (0,extend/* extend */.X)(table !== undefined ? { table } : {}, {
        filtered: false,
        nullColumns: new Set(),
        anyOr: false,
        updates: [],
        unreadUpdates: [],
    });
    if (n.type === "identifier") {
        const bound = env.get(n.text);
        if (bound?.kind === "query")
            query = (0,extend/* extend */.X)(bound.query, {
                nullColumns: new Set(bound.query.nullColumns),
                updates: [...bound.query.updates],
                unreadUpdates: [...bound.query.unreadUpdates],
            });
        else if (bound?.kind === "string")
            query = fresh(bound.value);
    }
    else if (n.type === "alias") {
        query = fresh((0,inflect/* tableize */.fG)(n.text.split(".").pop()));
    }
    else if (n.type === "call") {
        const shape = callShape(n);
        if (shape?.name === "from" && !shape.receiver) {
            const source = shape.positional[0];
            const from = source?.type === "binary_operator" && operatorOf(source) === "in"
                ? source.childForFieldName("right")
                : source;
            query = from ? queryOf(r, pipelineStages(unwrap(from)), env) : undefined;
            if (query)
                applyQueryKeywords(query, shape.keywords);
        }
    }
    else {
        const table = r.name(n, env);
        if (table !== undefined)
            query = fresh(table);
    }
    if (!query)
        return undefined;
    for (const stage of rest) {
        const shape = stage.type === "call" ? callShape(stage) : undefined;
        if (!shape || (shape.receiver && !isEctoQuery(shape.receiver)))
            continue;
        if (QUERY_FILTERS.test(shape.name)) {
            query.filtered = true;
            if (shape.name.startsWith("or_"))
                query.anyOr = true;
            for (const a of shape.positional)
                nullChecks(a, query);
            for (const v of shape.keywords.values())
                nullChecks(v, query);
        }
        else if (shape.name === "update") {
            // `update([p], set: [...])`, `update([p], [set: [...]])`, `update([p], ^changes)`.
            const updates = new Map(shape.keywords);
            const list = shape.positional[1] ?? (shape.keywords.size === 0 ? shape.positional[0] : undefined);
            if (!updateList(list, updates))
                query.unreadUpdates.push(list.text);
            readUpdates(updates, query.updates, query.unreadUpdates);
        }
    }
    return query;
}
function applyQueryKeywords(query, keywords) {
    for (const [key, value] of keywords) {
        if (QUERY_FILTERS.test(key)) {
            query.filtered = true;
            if (key.startsWith("or_"))
                query.anyOr = true;
            if (isKeywords(value)) {
                // where: [plan: nil]
                for (const [column, v] of keywordPairs(value))
                    if (isNil(v))
                        query.nullColumns.add(column);
            }
            else
                nullChecks(value, query);
        }
        else if (key === "update") {
            const updates = new Map();
            if (!updateList(value, updates))
                query.unreadUpdates.push(value.text);
            readUpdates(updates, query.updates, query.unreadUpdates);
        }
    }
}
/** `Ecto.Query.where(...)` is the imported `where(...)`. */
function isEctoQuery(receiver) {
    const r = unwrap(receiver);
    return r.type === "alias" && r.text === "Ecto.Query";
}
/** `is_nil(u.col)` conjuncts of a where expression; `or` and `not` make it more than a NULL filter. */
function nullChecks(node, query) {
    const n = unwrap(node);
    if (n.type === "binary_operator") {
        const op = operatorOf(n);
        if (op === "or" || op === "||") {
            query.anyOr = true;
            return;
        }
        if (op === "and" || op === "&&") {
            for (const side of [n.childForFieldName("left"), n.childForFieldName("right")])
                if (side)
                    nullChecks(side, query);
        }
        return;
    }
    if (n.type !== "call")
        return;
    const shape = callShape(n);
    if (shape?.name === "is_nil" && !shape.receiver && shape.positional[0]) {
        const column = fieldName(shape.positional[0]);
        if (column)
            query.nullColumns.add(column);
    }
}
/** `u.email` → "email". */
function fieldName(node) {
    const n = unwrap(node);
    if (n.type !== "call")
        return undefined;
    const target = n.childForFieldName("target");
    if (target?.type !== "dot")
        return undefined;
    const right = target.childForFieldName("right");
    return right?.type === "identifier" ? right.text : undefined;
}

;// CONCATENATED MODULE: ./src/core/frameworks/elixir/reversibility.ts
// What the Ecto reader reads of `down/0`: the column types a `modify` in `up/0` moves away from (down/0 is
// walked first, emitting nothing), and whether a rollback can undo the migration at all. Commands `change/0`
// cannot reverse are marked where they are read (schema-calls, columns, raw-sql) through `notInvertible`.

const MODIFY_CALL = /\bmodify\b/;
/** down/0 only tells the types a `modify` moves away from; a file without one skips that walk. */
function modifiesColumns(source) {
    return MODIFY_CALL.test(source);
}
/** `up/0` whose `down/0` is missing, does nothing or raises: why a rollback cannot undo it. */
function irreversibleReason(down) {
    if (!down)
        return "the migration defines up/0 without down/0";
    if (doesNothing(down.body))
        return "down/0 does nothing, so a rollback undoes nothing";
    if (raises(down.body))
        return "down/0 raises instead of reverting";
    return undefined;
}
/** `def down, do: :ok` / `nil` / nothing at all. */
function doesNothing(body) {
    return body.every((s) => ["atom", "nil", "boolean", "comment"].includes(unwrap(s).type));
}
/** `raise Ecto.MigrationError, ...` or `raise "irreversible"` as a statement of `down/0`. */
function raises(body) {
    return body.some((s) => s.type === "call" && callShape(s)?.name === "raise" && !callShape(s)?.receiver);
}

;// CONCATENATED MODULE: ./src/core/frameworks/elixir/schema-calls.ts
// Ecto migration commands: `create`, `alter`, `drop`, `rename` (and their `_if_exists` / `_if_not_exists`
// forms), keyed by command name; `create` and `drop` then by what they work on (`table(...)`, `index(...)`,
// `unique_index(...)`, `constraint(...)`). The add/remove/modify inside a create/alter block are in columns.ts.


/** CONCURRENTLY needs both the option and a migration outside a transaction; without the latter it fails. */
function concurrently(r, index) {
    return booleanValue(index.keywords.get("concurrently")) === true && r.disableDdlTransaction;
}
/** `create table(:t) do ... end` / `create_if_not_exists table(...)`: the table, then its block's columns. */
const createTable = (r, shape, what, target, node, env) => {
    const ifNotExists = shape.name === "create_if_not_exists";
    const table = r.tableOf(target, env);
    if (table === undefined)
        return r.unknown(node, `${shape.name} table on a name the reader cannot resolve`);
    const columns = [];
    const primaryKey = what.keywords.get("primary_key");
    if (primaryKey?.text !== "false")
        columns.push(nameValue(primaryKey) ?? "id");
    r.push(node, { kind: "create-table", table, columns, ...(ifNotExists ? { ifNotExists } : {}) });
    r.walk(blockStatements(shape.doBlock), env, { table, creating: columns });
    return true;
};
const createIndex = (r, shape, what, _target, node, env) => {
    const table = r.name(what.positional[0], env);
    const single = r.name(what.positional[1], env);
    const columns = r.names(what.positional[1], env) ?? (single !== undefined ? [single] : undefined);
    if (table === undefined || !columns)
        return r.unknown(node, `${shape.name} ${what.name} with names the reader cannot resolve`);
    const name = r.name(what.keywords.get("name"), env) ?? `${table}_${columns.join("_")}_index`;
    const unique = what.name === "unique_index" || booleanValue(what.keywords.get("unique")) === true;
    r.push(node, {
        kind: "add-index",
        table,
        columns,
        name,
        ...(unique ? { unique } : {}),
        ...(concurrently(r, what) ? { concurrently: true } : {}),
    });
    return true;
};
const createConstraint = (r, _shape, what, _target, node, env) => {
    const table = r.name(what.positional[0], env);
    const name = r.name(what.positional[1], env);
    if (table === undefined)
        return r.unknown(node, "create constraint on a table the reader cannot resolve");
    const constraint = what.keywords.has("exclude") ? "exclusion" : "check";
    r.push(node, {
        kind: "add-constraint",
        table,
        constraint,
        ...(name !== undefined ? { name } : {}),
        validated: what.keywords.get("validate")?.text !== "false",
    });
    return true;
};
/** What `create` / `create_if_not_exists` works on, by the call's name. */
const CREATE_TARGETS = {
    table: createTable,
    index: createIndex,
    unique_index: createIndex,
    constraint: createConstraint,
};
/** `drop table(:t)`: a table from a variable is still dropped, named by where its table comes from. */
const dropTable = (r, shape, _what, target, node, env) => {
    const table = r.tableOf(target, env) ?? r.runTimeTable(target);
    if (table === undefined)
        return r.unknown(node, `${shape.name} table on a name the reader cannot resolve`);
    const ifExists = shape.name === "drop_if_exists";
    const cascade = nameValue(shape.keywords.get("mode")) === "cascade" || nameValue(shape.positional[1]) === "cascade";
    r.push(node, {
        kind: "drop-table",
        table,
        ...(ifExists ? { ifExists } : {}),
        ...(cascade ? { cascade } : {}),
    });
    if (r.invertible)
        r.notInvertible(node, "drop of a table in change/0 cannot be reverted (its columns are unknown)");
    return true;
};
const dropIndex = (r, _shape, what, _target, node, env) => {
    const table = r.name(what.positional[0], env);
    const columns = r.names(what.positional[1], env);
    const name = r.name(what.keywords.get("name"), env) ??
        (table !== undefined && columns ? `${table}_${columns.join("_")}_index` : undefined);
    r.push(node, {
        kind: "drop-index",
        ...(table !== undefined ? { table } : {}),
        ...(name !== undefined ? { name } : {}),
        ...(columns ? { columns } : {}),
        ...(concurrently(r, what) ? { concurrently: true } : {}),
    });
    return true;
};
const dropConstraint = (r, _shape, what, _target, node, env) => {
    const table = r.name(what.positional[0], env);
    const name = r.name(what.positional[1], env);
    if (table === undefined)
        return r.unknown(node, "drop constraint on a table the reader cannot resolve");
    r.push(node, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
    // Ecto reverses creating a constraint, never dropping one (it cannot vouch for the data meanwhile).
    if (r.invertible)
        r.notInvertible(node, "drop of a constraint in change/0 cannot be reverted");
    return true;
};
/** What `drop` / `drop_if_exists` works on, by the call's name. */
const DROP_TARGETS = {
    table: dropTable,
    index: dropIndex,
    unique_index: dropIndex,
    constraint: dropConstraint,
};
/** `create x(...)` / `drop x(...)`: the handler `targets` holds for `x`, else an unknown. */
const onTarget = (targets) => (r, shape, node, env) => {
    const target = shape.positional[0] ? unwrap(shape.positional[0]) : undefined;
    const what = target?.type === "call" ? callShape(target) : undefined;
    if (!target || !what || what.receiver)
        return r.unknown(node, `${shape.name} of something the reader cannot resolve`);
    const handler = (0,toolkit/* handlerFor */.ci)(targets, what.name);
    if (!handler)
        return r.unknown(node, `${shape.name} ${what.name}(...) is not a command the reader knows`);
    return handler(r, shape, what, target, node, env);
};
/** `alter table(:t) do ... end`: the block's columns on that table. */
const alter = (r, shape, node, env) => {
    const table = r.tableOf(shape.positional[0], env) ?? r.runTimeTable(shape.positional[0]);
    if (table === undefined)
        return r.unknown(node, "alter on a table the reader cannot resolve");
    r.walk(blockStatements(shape.doBlock), env, { table });
    return true;
};
/** `rename table(:a), to: table(:b)` or `rename table(:t), :col, to: :new`; renaming an index keeps its data. */
const rename = (r, shape, node, env) => {
    const target = shape.positional[0] ? unwrap(shape.positional[0]) : undefined;
    const what = target?.type === "call" ? callShape(target) : undefined;
    if (!what || what.receiver)
        return r.unknown(node, "rename of something the reader cannot resolve");
    if (what.name !== "table")
        return true; // renaming an index or constraint keeps its data and is instant
    const table = r.tableOf(target, env);
    const to = shape.keywords.get("to");
    if (shape.positional.length === 1) {
        const newName = r.tableOf(to, env);
        if (table === undefined || newName === undefined)
            return r.unknown(node, "rename table with names the reader cannot resolve");
        r.push(node, { kind: "rename-table", table, newName });
        return true;
    }
    const column = r.name(shape.positional[1], env);
    const newName = r.name(to, env);
    if (table === undefined || column === undefined || newName === undefined)
        return r.unknown(node, "rename column with names the reader cannot resolve");
    r.push(node, { kind: "rename-column", table, column, newName });
    return true;
};
/** Migration commands, by name. */
const SCHEMA_CALLS = {
    create: onTarget(CREATE_TARGETS),
    create_if_not_exists: onTarget(CREATE_TARGETS),
    alter,
    drop: onTarget(DROP_TARGETS),
    drop_if_exists: onTarget(DROP_TARGETS),
    rename,
    // Runs the commands queued so far; they are read where they stand.
    flush: () => true,
};

;// CONCATENATED MODULE: ./src/core/frameworks/elixir/ecto-reader.ts










/** Calls that define or import rather than run: their arguments are not migration code. */
const SKIPPED_CALLS = new Set([
    "def",
    "defp",
    "defmacro",
    "defmacrop",
    "defmodule",
    "use",
    "import",
    "alias",
    "require",
]);
class EctoReader {
    source;
    database;
    parsers;
    out = { framework: "ecto", operations: [], comments: [], problems: [] };
    functions = new Map();
    attributes = new Map();
    disableDdlTransaction = false;
    known = new Map();
    learning = false;
    invertible = false;
    irreversible;
    following = [];
    constructor(source, database, parsers) {
        this.source = source;
        this.database = database;
        this.parsers = parsers;
    }
    read() {
        const tree = this.parsers.treeSitter("elixir", this.source);
        try {
            const root = tree.rootNode;
            this.out.comments = commentsOf(root, this.source);
            this.out.problems = syntaxProblems(root);
            this.modules(root.namedChildren);
            return this.out;
        }
        finally {
            tree.delete();
        }
    }
    // ---------------------------------------------------------------- file structure
    modules(statements) {
        for (const s of statements) {
            // The target's text first: most statements of a module are not a nested defmodule.
            if (s?.type !== "call" || s.childForFieldName("target")?.text !== "defmodule")
                continue;
            const shape = callShape(s);
            if (shape?.name !== "defmodule" || shape.receiver)
                continue;
            const body = blockStatements(shape.doBlock);
            this.readModule(body);
            this.modules(body);
        }
    }
    readModule(body) {
        this.functions = new Map();
        this.attributes = new Map();
        this.known = new Map();
        this.irreversible = undefined;
        for (const s of body) {
            if (s.type === "unary_operator" && s.text.startsWith("@")) {
                const operand = s.childForFieldName("operand");
                const shape = operand ? callShape(operand) : undefined;
                if (shape && !shape.receiver && shape.positional[0])
                    this.attributes.set(shape.name, shape.positional[0]);
            }
            else if (s.type === "call") {
                this.definition(s);
            }
        }
        this.disableDdlTransaction = booleanValue(this.attributes.get("disable_ddl_transaction")) === true;
        const change = this.functions.get("change")?.[0];
        const up = this.functions.get("up")?.[0];
        const down = this.functions.get("down")?.[0];
        const forward = change ?? up;
        if (!forward)
            return;
        if (!change && down && modifiesColumns(this.source)) {
            this.learning = true;
            this.walk(down.body, new Map(), undefined);
            this.learning = false;
        }
        this.invertible = forward === change;
        this.walk(forward.body, new Map(), undefined);
        this.invertible = false;
        const reason = !change && up ? irreversibleReason(down) : undefined;
        if (up && reason !== undefined)
            this.markIrreversible(up.node, reason);
        // The walk above may have set it; TypeScript still narrows the field from the reset.
        const mark = this.irreversible;
        if (mark) {
            const { reason, ...span } = mark;
            this.out.operations.push({ kind: "irreversible", reason, ...span });
        }
    }
    /** `def name do ... end`, `def name(a, b), do: ...`, `defp ... when guard do ... end`. */
    definition(node) {
        const shape = callShape(node);
        if (!shape || shape.receiver || (shape.name !== "def" && shape.name !== "defp"))
            return;
        let head = shape.positional[0];
        if (head?.type === "binary_operator" && operatorOf(head) === "when")
            head = head.childForFieldName("left") ?? undefined;
        if (!head)
            return;
        let name;
        let params = [];
        if (head.type === "identifier")
            name = head.text;
        else if (head.type === "call") {
            const inner = callShape(head);
            if (inner && !inner.receiver) {
                name = inner.name;
                params = inner.positional;
            }
        }
        if (name === undefined)
            return;
        const inline = shape.keywords.get("do");
        const body = shape.doBlock ? blockStatements(shape.doBlock) : inline ? [inline] : [];
        const list = this.functions.get(name) ?? [];
        list.push({ params, body, node });
        this.functions.set(name, list);
    }
    // ---------------------------------------------------------------- the walk
    walk(statements, env, ctx) {
        for (const s of statements)
            this.visit(s, env, ctx);
    }
    visit(node, env, ctx) {
        switch (node.type) {
            case "comment":
                return;
            case "call":
                if (this.call(node, env, ctx))
                    return;
                break;
            case "binary_operator": {
                const op = operatorOf(node);
                if (op === "|>" && this.pipeline(node, env))
                    return;
                if (op === "=")
                    return this.assignment(node, env, ctx);
                break;
            }
            case "unary_operator":
                // `@attribute` reads a module attribute; `&fun/1` captures without calling.
                if (node.text.startsWith("@") || node.text.startsWith("&"))
                    return;
                break;
            default:
                break;
        }
        for (const child of node.namedChildren)
            if (child)
                this.visit(child, env, ctx);
    }
    assignment(node, env, ctx) {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (!right)
            return;
        if (left?.type === "identifier") {
            const value = this.name(right, env);
            const values = value === undefined ? this.names(right, env) : undefined;
            const query = value === undefined && !values ? queryOf(this, pipelineStages(unwrap(right)), env) : undefined;
            if (value !== undefined)
                env.set(left.text, { kind: "string", value });
            else if (values)
                env.set(left.text, { kind: "strings", values });
            else if (query)
                env.set(left.text, { kind: "query", query });
            else
                env.delete(left.text);
        }
        this.visit(right, env, ctx);
    }
    // ---------------------------------------------------------------- values
    /** An atom or string, a variable holding one, or a module attribute (`@table`). */
    name(node, env) {
        if (!node)
            return undefined;
        const n = unwrap(node);
        const literal = nameValue(n);
        if (literal !== undefined)
            return literal;
        if (n.type === "identifier") {
            const bound = env.get(n.text);
            return bound?.kind === "string" ? bound.value : undefined;
        }
        const attribute = this.attribute(n);
        return attribute ? nameValue(attribute) : undefined;
    }
    attribute(n) {
        if (n.type !== "unary_operator" || !n.text.startsWith("@"))
            return undefined;
        const operand = n.childForFieldName("operand");
        return operand?.type === "identifier" ? this.attributes.get(operand.text) : undefined;
    }
    /** `[:a, :b]`, `~w(a b)`, or a variable/attribute holding one. */
    names(node, env) {
        if (!node)
            return undefined;
        const n = unwrap(node);
        if (n.type === "identifier") {
            const bound = env.get(n.text);
            return bound?.kind === "strings" ? bound.values : undefined;
        }
        const attribute = this.attribute(n);
        if (attribute)
            return this.names(attribute, env);
        if (n.type === "sigil") {
            const sigil = n.namedChildren.find((c) => c?.type === "sigil_name")?.text;
            const content = n.namedChildren.filter((c) => c?.type === "quoted_content");
            if ((sigil !== "w" && sigil !== "W") || content.length !== 1)
                return undefined;
            return content[0].text.split(/\s+/).filter((s) => s.length > 0);
        }
        if (n.type !== "list")
            return undefined;
        const out = [];
        for (const element of n.namedChildren) {
            if (!element || element.type === "comment")
                continue;
            const value = this.name(element, env);
            if (value === undefined)
                return undefined;
            out.push(value);
        }
        return out;
    }
    runTimeTable(node) {
        const shape = node ? callShape(unwrap(node)) : undefined;
        const arg = shape && !shape.receiver && shape.name === "table" ? shape.positional[0] : undefined;
        return arg ? (0,run_time/* runTimeName */.S)("table", arg.text) : undefined;
    }
    tableOf(node, env) {
        const shape = node ? callShape(unwrap(node)) : undefined;
        if (!shape || shape.receiver)
            return undefined;
        const name = this.name(shape.positional[0], env);
        if (name === undefined)
            return undefined;
        const prefix = this.name(shape.keywords.get("prefix"), env);
        return prefix === undefined ? name : `${prefix}.${name}`;
    }
    // ---------------------------------------------------------------- calls
    /**
     * One call, tried in the order Elixir would bind it: a remote call (`repo().x`, `Enum.each`), a column call of
     * the enclosing create/alter block, a migration command, a `for` over literals, a function of the module.
     */
    call(node, env, ctx) {
        const shape = callShape(node);
        if (!shape)
            return false;
        if (shape.receiver)
            return this.remoteCall(shape, node, env, undefined);
        if (SKIPPED_CALLS.has(shape.name))
            return true;
        const column = ctx ? (0,toolkit/* handlerFor */.ci)(COLUMN_CALLS, shape.name) : undefined;
        if (column && ctx)
            return column(this, shape, node, env, ctx);
        const command = (0,toolkit/* handlerFor */.ci)(SCHEMA_CALLS, shape.name) ?? (0,toolkit/* handlerFor */.ci)(SQL_CALLS, shape.name);
        if (command)
            return command(this, shape, node, env);
        if (shape.name === "for")
            return this.forLoop(shape, env, ctx);
        if (this.functions.has(shape.name))
            return this.helper(shape, env, ctx);
        return false;
    }
    /** `repo().delete_all(...)`, `Repo.update_all(...)`, `repo().query!(sql)`, `Enum.each(list, fn t -> ... end)`. */
    remoteCall(shape, node, env, piped) {
        const args = piped ? [undefined, ...shape.positional] : shape.positional;
        if (isRepo(shape.receiver)) {
            const repo = (0,toolkit/* handlerFor */.ci)(REPO_CALLS, shape.name);
            return repo ? repo(this, { shape, args, piped }, node, env) : false;
        }
        const receiver = shape.receiver ? unwrap(shape.receiver) : undefined;
        if (receiver?.type === "alias" &&
            receiver.text === "Enum" &&
            (shape.name === "each" || shape.name === "map")) {
            const values = this.names(args[0], env);
            const fn = args[1] ? unwrap(args[1]) : undefined;
            const clause = fn?.type === "anonymous_function"
                ? fn.namedChildren.find((c) => c?.type === "stab_clause")
                : undefined;
            const param = clause?.childForFieldName("left")?.namedChildren[0];
            const body = clause?.childForFieldName("right");
            if (!values || param?.type !== "identifier" || !body || values.length > toolkit/* MAX_LOOP_VALUES */.hZ)
                return false;
            for (const value of values)
                this.visit(body, new Map(env).set(param.text, { kind: "string", value }), undefined);
            return true;
        }
        if (receiver?.type === "alias" && /(?:^|\.)SQL$/.test(receiver.text) && /^query!?$/.test(shape.name)) {
            readSql(this, args[1], node, `${receiver.text}.${shape.name}`, env);
            return true;
        }
        return false;
    }
    /** `source |> where(...) |> repo().update_all(set: ...)`. */
    pipeline(node, env) {
        const stages = pipelineStages(node);
        const last = stages[stages.length - 1];
        const shape = last.type === "call" ? callShape(last) : undefined;
        if (!shape)
            return false;
        if (shape.receiver)
            return this.remoteCall(shape, node, env, stages.slice(0, -1));
        if (shape.name === "execute" && stages.length === 2)
            return executePiped(this, stages[0], node, env);
        return false;
    }
    helper(shape, env, ctx) {
        for (const a of shape.positional)
            this.visit(a, env, ctx);
        for (const a of shape.keywords.values())
            this.visit(a, env, ctx);
        const clauses = this.functions.get(shape.name) ?? [];
        const fn = clauses.find((c) => c.params.length === shape.positional.length) ?? clauses[0];
        if (!fn || this.following.includes(shape.name) || this.following.length > toolkit/* MAX_DEPTH */.lr)
            return true;
        const inner = new Map();
        fn.params.forEach((param, i) => {
            const given = shape.positional[i];
            if (param.type !== "identifier" || !given)
                return;
            const value = this.name(given, env);
            const values = value === undefined ? this.names(given, env) : undefined;
            if (value !== undefined)
                inner.set(param.text, { kind: "string", value });
            else if (values)
                inner.set(param.text, { kind: "strings", values });
        });
        this.following.push(shape.name);
        this.walk(fn.body, inner, ctx);
        this.following.pop();
        return true;
    }
    /** `for t <- [:a, :b] do ... end`: the body once per value. */
    forLoop(shape, env, ctx) {
        const generator = shape.positional[0];
        if (shape.positional.length !== 1 ||
            generator?.type !== "binary_operator" ||
            operatorOf(generator) !== "<-")
            return false;
        const variable = generator.childForFieldName("left");
        const values = this.names(generator.childForFieldName("right") ?? undefined, env);
        const body = blockStatements(shape.doBlock);
        if (variable?.type !== "identifier" || !values || values.length > toolkit/* MAX_LOOP_VALUES */.hZ)
            return false;
        for (const value of values)
            this.walk(body, new Map(env).set(variable.text, { kind: "string", value }), ctx);
        return true;
    }
    followCapture(name) {
        const helper = this.functions.get(name)?.[0];
        if (!helper || this.following.includes(name))
            return false;
        this.following.push(name);
        this.walk(helper.body, new Map(), undefined);
        this.following.pop();
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
        return true;
    }
    notInvertible(node, reason) {
        if (this.learning || this.irreversible)
            return;
        this.irreversible = (0,extend/* extend */.X)((0,tree_sitter/* spanOf */.ee)(node), { reason });
    }
    markIrreversible(node, reason) {
        const line = node.startPosition.row + 1;
        this.irreversible ??= { line, endLine: line, reason };
    }
}
function readEctoMigration(source, database, parsers) {
    return new EctoReader(source, database, parsers).read();
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
