export const id = 976;
export const ids = [976];
export const modules = {

/***/ 2204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ sqlalchemyType),
/* harmony export */   g: () => (/* binding */ djangoFieldType)
/* harmony export */ });
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5169);

// Keyed by the class name without module (`sa.String`, `sqlalchemy.types.String`, `String` all read `String`).
const SQLALCHEMY = {
    String: { abstract: "string", sql: "varchar" },
    Unicode: { abstract: "string", sql: "varchar" },
    VARCHAR: { abstract: "string", sql: "varchar" },
    NVARCHAR: { abstract: "string", sql: "varchar" },
    CHAR: { abstract: "string", sql: "char" },
    NCHAR: { abstract: "string", sql: "char" },
    Text: { abstract: "text", sql: "text" },
    UnicodeText: { abstract: "text", sql: "text" },
    TEXT: { abstract: "text", sql: "text" },
    CITEXT: { abstract: "text", sql: "citext" },
    Integer: { abstract: "integer", sql: "integer" },
    INTEGER: { abstract: "integer", sql: "integer" },
    INT: { abstract: "integer", sql: "integer" },
    BigInteger: { abstract: "bigint", sql: "bigint" },
    BIGINT: { abstract: "bigint", sql: "bigint" },
    SmallInteger: { abstract: "smallint", sql: "smallint" },
    SMALLINT: { abstract: "smallint", sql: "smallint" },
    Float: { abstract: "float", sql: "double precision" },
    FLOAT: { abstract: "float", sql: "double precision" },
    REAL: { abstract: "float", sql: "real" },
    Double: { abstract: "float", sql: "double precision" },
    DOUBLE: { abstract: "float", sql: "double precision" },
    DOUBLE_PRECISION: { abstract: "float", sql: "double precision" },
    Numeric: { abstract: "decimal", sql: "numeric" },
    NUMERIC: { abstract: "decimal", sql: "numeric" },
    DECIMAL: { abstract: "decimal", sql: "numeric" },
    Boolean: { abstract: "boolean", sql: "boolean" },
    BOOLEAN: { abstract: "boolean", sql: "boolean" },
    DateTime: { abstract: "datetime", sql: "timestamp" },
    DATETIME: { abstract: "datetime", sql: "timestamp" },
    TIMESTAMP: { abstract: "datetime", sql: "timestamp" },
    Date: { abstract: "date", sql: "date" },
    DATE: { abstract: "date", sql: "date" },
    Time: { abstract: "time", sql: "time" },
    TIME: { abstract: "time", sql: "time" },
};
function lengthOf(args, keyword, index = 0) {
    return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberValue */ .Vg)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .arg */ .JR)(args, index, keyword));
}
/** A SQLAlchemy type expression: `sa.String(50)`, `sa.Integer()`, `sa.Text`, `postgresql.UUID(as_uuid=True)`. */
function sqlalchemyType(node) {
    if (!node)
        return undefined;
    const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(node);
    const name = n.type === "call" ? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .methodName */ .Lo)(n) : (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .dottedName */ ._P)(n)?.split(".").pop();
    if (!name)
        return { text: n.text };
    const known = SQLALCHEMY[name];
    if (!known)
        return { text: name.toLowerCase() };
    const args = n.type === "call" ? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .callArgs */ .qS)(n) : undefined;
    if (known.abstract === "string") {
        const limit = args ? lengthOf(args, "length") : undefined;
        return {
            text: limit === undefined ? known.sql : `${known.sql}(${limit})`,
            type: { type: "string", ...(limit !== undefined ? { limit } : {}) },
        };
    }
    if (known.abstract === "decimal") {
        const precision = args ? lengthOf(args, "precision") : undefined;
        const scale = args ? lengthOf(args, "scale", 1) : undefined;
        const text = precision === undefined
            ? known.sql
            : `${known.sql}(${precision}${scale !== undefined ? `,${scale}` : ""})`;
        return {
            text,
            type: {
                type: "decimal",
                ...(precision !== undefined ? { precision } : {}),
                ...(scale !== undefined ? { scale } : {}),
            },
        };
    }
    return { text: known.sql, type: { type: known.abstract } };
}
const DJANGO = {
    AutoField: "integer",
    BigAutoField: "bigint",
    SmallAutoField: "smallint",
    TextField: "text",
    IntegerField: "integer",
    PositiveIntegerField: "integer",
    BigIntegerField: "bigint",
    PositiveBigIntegerField: "bigint",
    SmallIntegerField: "smallint",
    PositiveSmallIntegerField: "smallint",
    FloatField: "double precision",
    BooleanField: "boolean",
    NullBooleanField: "boolean",
    DateTimeField: "timestamp with time zone",
    DateField: "date",
    TimeField: "time",
    DurationField: "interval",
    UUIDField: "uuid",
    JSONField: "jsonb",
    BinaryField: "bytea",
    GenericIPAddressField: "inet",
    IPAddressField: "inet",
};
/** Default `max_length` of Django's character fields. */
const DJANGO_VARCHAR = {
    CharField: undefined,
    SlugField: 50,
    EmailField: 254,
    URLField: 200,
    FileField: 100,
    ImageField: 100,
    FilePathField: 100,
};
/** The SQL type of a Django field call (`models.CharField(max_length=20)` → `varchar(20)`); undefined when it depends on another model. */
function djangoFieldType(fieldClass, field) {
    const args = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .callArgs */ .qS)(field);
    if (fieldClass in DJANGO_VARCHAR) {
        const limit = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberValue */ .Vg)(args.keywords.get("max_length")) ?? DJANGO_VARCHAR[fieldClass];
        return limit === undefined ? "varchar" : `varchar(${limit})`;
    }
    if (fieldClass === "DecimalField") {
        const p = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberValue */ .Vg)(args.keywords.get("max_digits"));
        const s = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .numberValue */ .Vg)(args.keywords.get("decimal_places"));
        return p === undefined ? "numeric" : `numeric(${p}${s !== undefined ? `,${s}` : ""})`;
    }
    if (fieldClass === "ArrayField")
        return "array";
    return DJANGO[fieldClass];
}


/***/ }),

/***/ 5619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ readPythonMigration)
});

// EXTERNAL MODULE: ./src/core/frameworks/sql/embedded.ts + 10 modules
var embedded = __webpack_require__(7502);
// EXTERNAL MODULE: ./src/core/frameworks/python/nodes.ts
var nodes = __webpack_require__(5169);
// EXTERNAL MODULE: ./src/core/frameworks/python/source.ts
var source = __webpack_require__(8447);
// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __webpack_require__(8849);
;// CONCATENATED MODULE: ./src/core/frameworks/python/forward-sql.ts




class SqlForwarder {
    module;
    database;
    parsers;
    out;
    constructor(module, database, parsers, out) {
        this.module = module;
        this.database = database;
        this.parsers = parsers;
        this.out = out;
    }
    /** The literal SQL text of an expression (a string, or a module-level constant holding one). */
    literal(node) {
        return (0,nodes/* stringLiteral */.Hg)((0,source/* resolveConstant */.Z)(this.module, (0,nodes/* unwrap */.oA)(node)));
    }
    /** Reads `node` as SQL text, or records why it cannot. `where` is the call that runs it, for the span. */
    forward(node, where, via) {
        const read = {
            literal: (n) => this.literal(n),
            resolve: () => undefined,
            // An f-string, `+`, `%` or `.format` keeps its verb: `f"DELETE FROM {t}"` is still a delete.
            template: (n) => (0,nodes/* stringTemplate */.aX)((0,source/* resolveConstant */.Z)(this.module, (0,nodes/* unwrap */.oA)(n))),
        };
        const input = { database: this.database, parsers: this.parsers };
        if ((0,embedded/* appendCallSql */.hb)(this.out, node, where, read, input))
            return;
        this.out.operations.push({
            kind: "unknown",
            ...(0,nodes/* spanOf */.ee)(where),
            reason: (0,embedded/* sqlBuiltAtRunTime */.C8)(via, "a variable, f-string or expression"),
            text: (0,toolkit/* truncate */.xv)(where.text),
        });
    }
}

;// CONCATENATED MODULE: ./src/core/frameworks/python/migration.ts


function readPythonMigration(framework, input, parsers, read) {
    return (0,source/* withPythonModule */.N)(input.source, parsers, (module) => {
        const out = {
            framework,
            operations: [],
            comments: module.comments,
            problems: module.problems,
        };
        read(module, new SqlForwarder(module, input.database, parsers, out), out);
        return out;
    });
}


/***/ }),

/***/ 5169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ isNone),
/* harmony export */   EA: () => (/* binding */ isPlainLiteral),
/* harmony export */   GX: () => (/* binding */ statementsOf),
/* harmony export */   Hc: () => (/* binding */ dictEntries),
/* harmony export */   Hg: () => (/* binding */ stringLiteral),
/* harmony export */   JR: () => (/* binding */ arg),
/* harmony export */   Lo: () => (/* binding */ methodName),
/* harmony export */   Vg: () => (/* binding */ numberValue),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   Yt: () => (/* binding */ elements),
/* harmony export */   _P: () => (/* binding */ dottedName),
/* harmony export */   aX: () => (/* binding */ stringTemplate),
/* harmony export */   e6: () => (/* binding */ receiver),
/* harmony export */   eC: () => (/* binding */ booleanValue),
/* harmony export */   ee: () => (/* reexport safe */ _tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__.ee),
/* harmony export */   ez: () => (/* binding */ expressionOf),
/* harmony export */   oA: () => (/* binding */ unwrap),
/* harmony export */   qS: () => (/* binding */ callArgs),
/* harmony export */   r$: () => (/* binding */ stringValue)
/* harmony export */ });
/* unused harmony export callName */
/* harmony import */ var _sql_embedded_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7502);
/* harmony import */ var _tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7545);


/** 1-based lines of a node; a node whose last byte is a newline does not count the line after it. */

/** `(x)` → `x`, any depth. */
const unwrap = _tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrapParentheses */ .Ig;
const ESCAPE = /\\(\r?\n|[\\'"abfnrtv]|[0-7]{1,3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\})/g;
const SIMPLE_ESCAPES = {
    "\\": "\\",
    "'": "'",
    '"': '"',
    a: "\x07",
    b: "\b",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "\t",
    v: "\v",
};
function decodeEscapes(text) {
    return text.replace(ESCAPE, (whole, esc) => {
        if (esc.startsWith("\n") || esc.startsWith("\r"))
            return "";
        const simple = SIMPLE_ESCAPES[esc];
        if (simple !== undefined)
            return simple;
        if (/^[0-7]/.test(esc))
            return String.fromCodePoint(parseInt(esc, 8));
        if (/^[xuU]/.test(esc))
            return String.fromCodePoint(parseInt(esc.slice(1), 16));
        // \N{NAME} needs Python's Unicode name table; keep it as written rather than invent a character.
        return whole;
    });
}
const STRING_LITERAL = /^([a-zA-Z]*)("""|'''|"|')([\s\S]*)\2$/;
// Read from the node's text rather than its children: every child visit is a call into WASM.
function singleString(node) {
    const m = STRING_LITERAL.exec(node.text);
    if (!m)
        return undefined;
    const prefix = m[1].toLowerCase();
    let value = m[3];
    if (prefix.includes("f")) {
        // A placeholder means the text is built at run time; `{{` and `}}` are literal braces.
        const braces = value.replace(/\{\{|\}\}/g, "");
        if (braces.includes("{"))
            return undefined;
        value = value.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
    }
    return prefix.includes("r") ? value : decodeEscapes(value);
}
/** The value of a string literal, including implicit concatenation (`"a" "b"`) and triple quotes. */
function stringLiteral(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type === "string") {
        const value = singleString(n);
        return value === undefined ? undefined : { value, line: n.startPosition.row + 1 };
    }
    if (n.type === "concatenated_string") {
        let value = "";
        for (const part of n.namedChildren) {
            if (!part || part.type === "comment")
                continue;
            if (part.type !== "string")
                return undefined;
            const text = singleString(part);
            if (text === undefined)
                return undefined;
            value += text;
        }
        return { value, line: n.startPosition.row + 1 };
    }
    return undefined;
}
/** Literal text and `{expression}` holes of one string literal, f-string or not; undefined when not a string. */
function templateParts(node) {
    const m = STRING_LITERAL.exec(node.text);
    if (!m)
        return undefined;
    const prefix = m[1].toLowerCase();
    const decode = (text) => (prefix.includes("r") ? text : decodeEscapes(text));
    if (!prefix.includes("f"))
        return [{ text: decode(m[3]) }];
    return braceParts(m[3], decode);
}
/** `{{`/`}}` are braces, `{...}` (to its matching brace) is a hole: f-strings and `str.format`. */
function braceParts(value, decode) {
    const parts = [];
    let text = "";
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if ((c === "{" || c === "}") && value[i + 1] === c) {
            text += c;
            i++;
        }
        else if (c === "{") {
            let depth = 1;
            let j = i + 1;
            for (; j < value.length && depth > 0; j++) {
                if (value[j] === "{")
                    depth++;
                else if (value[j] === "}")
                    depth--;
            }
            if (text)
                parts.push({ text: decode(text) });
            text = "";
            parts.push({ hole: value.slice(i + 1, j - 1) || "?" });
            i = j - 1;
        }
        else
            text += c;
    }
    if (text)
        parts.push({ text: decode(text) });
    return parts;
}
const PERCENT = /%%|%(?:\(([^)]*)\))?[-#0 +]*(?:\d+|\*)?(?:\.\d+)?[a-zA-Z]/g;
/**
 * SQL built with an f-string, `+` concatenation, `"..." % args` or `"...".format(...)`, as literal text and
 * holes; undefined when no part of it is a string literal. The caller reads it by its static parts.
 */
function stringTemplate(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    const line = n.startPosition.row + 1;
    if (n.type === "string") {
        const parts = templateParts(n);
        return parts ? { parts, line } : undefined;
    }
    if (n.type === "concatenated_string") {
        const parts = [];
        for (const part of n.namedChildren) {
            if (!part || part.type === "comment")
                continue;
            const more = part.type === "string" ? templateParts(part) : undefined;
            if (!more)
                return undefined;
            parts.push(...more);
        }
        return { parts, line };
    }
    if (n.type === "binary_operator") {
        const op = n.childForFieldName("operator")?.text;
        const left = n.childForFieldName("left");
        const right = n.childForFieldName("right");
        if (!left || !right)
            return undefined;
        if (op === "+")
            return (0,_sql_embedded_js__WEBPACK_IMPORTED_MODULE_0__/* .joinTemplates */ .kB)(n, stringTemplate);
        const format = op === "%" ? stringLiteral(left) : undefined;
        if (!format)
            return undefined;
        const parts = [];
        let last = 0;
        for (const m of format.value.matchAll(PERCENT)) {
            if (m.index > last)
                parts.push({ text: format.value.slice(last, m.index) });
            parts.push(m[0] === "%%" ? { text: "%" } : { hole: m[1] ?? right.text });
            last = m.index + m[0].length;
        }
        if (last < format.value.length)
            parts.push({ text: format.value.slice(last) });
        return { parts, line: format.line };
    }
    if (n.type === "call") {
        const fn = n.childForFieldName("function");
        const format = fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "format"
            ? stringLiteral(fn.childForFieldName("object"))
            : undefined;
        return format ? { parts: braceParts(format.value, (t) => t), line: format.line } : undefined;
    }
    return undefined;
}
function stringValue(node) {
    return stringLiteral(node)?.value;
}
function isNone(node) {
    return node !== null && node !== undefined && unwrap(node).type === "none";
}
function booleanValue(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type === "true")
        return true;
    if (n.type === "false")
        return false;
    return undefined;
}
function numberValue(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type === "integer" || n.type === "float") {
        const value = Number(n.text.replace(/_/g, ""));
        return Number.isFinite(value) ? value : undefined;
    }
    return undefined;
}
/** True for a constant the interpreter computes without running user code: numbers, strings, booleans, None. */
function isPlainLiteral(node) {
    if (!node)
        return false;
    const n = unwrap(node);
    switch (n.type) {
        case "integer":
        case "float":
        case "true":
        case "false":
        case "none":
            return true;
        case "unary_operator":
            return isPlainLiteral(n.childForFieldName("argument"));
        case "string":
        case "concatenated_string":
            return stringLiteral(n) !== undefined;
        default:
            return false;
    }
}
/** `a.b.c` for identifiers and attribute chains; undefined when a link is a call, subscript... */
function dottedName(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type === "identifier")
        return n.text;
    if (n.type === "attribute") {
        const object = dottedName(n.childForFieldName("object"));
        const attribute = n.childForFieldName("attribute");
        return object === undefined || !attribute ? undefined : `${object}.${attribute.text}`;
    }
    return undefined;
}
/** The name a call invokes, as written: `op.add_column`, `migrations.AddField`, `AddField`. */
function callName(call) {
    return dottedName(call.childForFieldName("function"));
}
/** The last segment of what a call invokes (`models.CharField(...)` → `CharField`), also for `a().b()`. */
function methodName(call) {
    const fn = call.childForFieldName("function");
    if (!fn)
        return undefined;
    if (fn.type === "identifier")
        return fn.text;
    if (fn.type === "attribute")
        return fn.childForFieldName("attribute")?.text;
    return undefined;
}
/** For `x.m(...)`, the node `x`; undefined for a plain function call. */
function receiver(call) {
    const fn = call.childForFieldName("function");
    return fn?.type === "attribute" ? (fn.childForFieldName("object") ?? undefined) : undefined;
}
function callArgs(call) {
    const out = { positional: [], keywords: new Map(), splat: false };
    const list = call.childForFieldName("arguments");
    if (!list)
        return out;
    if (list.type === "generator_expression") {
        out.positional.push(list);
        return out;
    }
    for (const child of list.namedChildren) {
        if (!child || child.type === "comment")
            continue;
        const type = child.type;
        if (type === "keyword_argument") {
            // name and value are its only named children (one list fetch instead of two field lookups).
            const [name, value] = child.namedChildren;
            if (name && value)
                out.keywords.set(name.text, value);
        }
        else if (type === "list_splat" || type === "dictionary_splat") {
            out.splat = true;
        }
        else {
            out.positional.push(child);
        }
    }
    return out;
}
/** An argument given by keyword or at a position. */
function arg(args, index, keyword) {
    return args.keywords.get(keyword) ?? args.positional[index];
}
/** The elements of a list, tuple or set literal; undefined for anything else. */
function elements(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "list" && n.type !== "tuple" && n.type !== "set")
        return undefined;
    return n.namedChildren.filter((c) => c !== null && c.type !== "comment");
}
/** `["a", "b"]` or `("a",)` → strings; a lone string is a list of one. Undefined when any element is not a string. */
function stringList(node) {
    if (!node)
        return undefined;
    const single = stringValue(node);
    if (single !== undefined)
        return [single];
    const items = elements(node);
    if (!items)
        return undefined;
    const out = [];
    for (const item of items) {
        const value = stringValue(item);
        if (value === undefined)
            return undefined;
        out.push(value);
    }
    return out;
}
/** Entries of a dict literal whose keys are strings. */
function dictEntries(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "dictionary")
        return undefined;
    const out = new Map();
    for (const pair of n.namedChildren) {
        if (pair?.type !== "pair")
            continue;
        const key = stringValue(pair.childForFieldName("key"));
        const value = pair.childForFieldName("value");
        if (key !== undefined && value)
            out.set(key, value);
    }
    return out;
}
/** The statements of a block, without comments. */
function statementsOf(block) {
    if (!block)
        return [];
    return block.namedChildren.filter((c) => c !== null && c.type !== "comment");
}
/** The single expression of an `expression_statement`, or undefined. */
function expressionOf(statement) {
    if (statement.type !== "expression_statement")
        return undefined;
    return statement.namedChildren.find((c) => c !== null && c.type !== "comment");
}


/***/ }),

/***/ 8447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ withPythonModule),
/* harmony export */   Z: () => (/* binding */ resolveConstant)
/* harmony export */ });
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5169);
/* harmony import */ var _tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7545);
/* harmony import */ var _extend_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1131);



function syntaxProblems(root) {
    return (0,_tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__/* .syntaxProblems */ .uf)(root, "Python");
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
            out.push((0,_extend_js__WEBPACK_IMPORTED_MODULE_2__/* .extend */ .X)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(node), { text: node.text.replace(/^#/, "") }));
            next = Math.max(next, node.endIndex);
        }
        else if (node?.type === "string_content") {
            next = Math.max(next, node.endIndex);
        }
        at = source.indexOf("#", next);
    }
    return out;
}
function importsOf(statement, into) {
    if (statement.type === "import_from_statement") {
        const from = statement.childForFieldName("module_name")?.text ?? "";
        for (const name of statement.childrenForFieldName("name")) {
            if (!name)
                continue;
            if (name.type === "aliased_import") {
                const original = name.childForFieldName("name")?.text;
                const alias = name.childForFieldName("alias")?.text;
                if (original && alias)
                    into.set(alias, `${from}.${original}`);
            }
            else {
                into.set(name.text.split(".").pop(), `${from}.${name.text}`);
            }
        }
    }
    else if (statement.type === "import_statement") {
        for (const name of statement.childrenForFieldName("name")) {
            if (!name)
                continue;
            if (name.type === "aliased_import") {
                const original = name.childForFieldName("name")?.text;
                const alias = name.childForFieldName("alias")?.text;
                if (original && alias)
                    into.set(alias, original);
            }
            else {
                into.set(name.text.split(".")[0], name.text.split(".")[0]);
            }
        }
    }
}
function indexModule(root, module) {
    for (const child of root.namedChildren) {
        if (!child)
            continue;
        let statement = child;
        if (statement.type === "decorated_definition") {
            statement = statement.childForFieldName("definition") ?? statement;
        }
        switch (statement.type) {
            case "function_definition": {
                const name = statement.childForFieldName("name")?.text;
                if (name)
                    module.functions.set(name, statement);
                break;
            }
            case "class_definition": {
                const name = statement.childForFieldName("name")?.text;
                if (name)
                    module.classes.set(name, statement);
                break;
            }
            case "expression_statement": {
                const assignment = statement.namedChildren[0];
                if (assignment?.type !== "assignment")
                    break;
                const left = assignment.childForFieldName("left");
                const right = assignment.childForFieldName("right");
                if (left?.type === "identifier" && right)
                    module.constants.set(left.text, right);
                break;
            }
            case "import_statement":
            case "import_from_statement":
                importsOf(statement, module.imports);
                break;
            default:
                break;
        }
    }
}
/**
 * Parses `source` and hands the module to `read`. The tree lives in WASM memory and is freed when `read` returns,
 * so nothing read from it may keep a node.
 */
function withPythonModule(source, parsers, read) {
    const tree = parsers.treeSitter("python", source);
    try {
        const root = tree.rootNode;
        const module = {
            root,
            comments: commentsOf(root, source),
            problems: syntaxProblems(root),
            functions: new Map(),
            classes: new Map(),
            constants: new Map(),
            imports: new Map(),
        };
        indexModule(root, module);
        return read(module);
    }
    finally {
        tree.delete();
    }
}
/** A module-level string constant, followed through at most a few `A = B` aliases. */
function resolveConstant(module, node) {
    let current = node;
    for (let depth = 0; depth < 5 && current.type === "identifier"; depth++) {
        const value = module.constants.get(current.text);
        if (!value)
            break;
        current = value;
    }
    return current;
}


/***/ }),

/***/ 5344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ PythonWalker)
/* harmony export */ });
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5169);
/* harmony import */ var _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8849);
// Walks the statements of forward Python code (a RunPython function, Alembic's upgrade()) in source order,
// into every branch of if/for/while/try/with and into the same-file helpers it calls. What a call means is the
// subclass's business; the walker keeps the local names it was told about (`B`) per function.


/** Deep enough for any real chain of helpers, shallow enough that a pathological file stays cheap. */
class PythonWalker {
    module;
    /** Functions being followed, innermost last, so a recursive helper is read once. */
    following = [];
    constructor(module) {
        this.module = module;
    }
    /** The loop variable's binding for `for x in <right>:`. */
    loopBinding(_right, _env) {
        return undefined;
    }
    /** `x.attr = value` where `x` is bound. */
    assignedAttribute(_bound, _attribute) { }
    /** Reads a top-level function of the module with its parameters bound to the caller's arguments. */
    follow(name, args) {
        const fn = this.module.functions.get(name);
        if (!fn)
            return false;
        if (this.following.includes(name) || this.following.length > _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DEPTH */ .lr)
            return true;
        const env = new Map();
        const params = fn.childForFieldName("parameters")?.namedChildren ?? [];
        params.forEach((param, i) => {
            const paramName = param.type === "identifier" ? param.text : param.childForFieldName("name")?.text;
            const binding = args[i];
            if (paramName && binding !== undefined)
                env.set(paramName, binding);
        });
        this.following.push(name);
        this.block(fn.childForFieldName("body"), env);
        this.following.pop();
        return true;
    }
    block(block, env) {
        for (const statement of (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .statementsOf */ .GX)(block))
            this.statement(statement, env);
    }
    statement(s, env) {
        switch (s.type) {
            case "expression_statement": {
                const expr = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .expressionOf */ .ez)(s);
                if (!expr)
                    return;
                if (expr.type === "assignment")
                    return this.assignment(expr, env);
                if (expr.type === "augmented_assignment") {
                    const right = expr.childForFieldName("right");
                    if (right)
                        this.expression(right, env);
                    return;
                }
                return this.expression(expr, env);
            }
            case "for_statement": {
                const left = s.childForFieldName("left");
                const right = s.childForFieldName("right");
                const inner = new Map(env);
                const bound = right ? this.loopBinding(right, env) : undefined;
                if (bound !== undefined && left?.type === "identifier")
                    inner.set(left.text, bound);
                else if (right)
                    this.expression(right, env);
                this.block(s.childForFieldName("body"), inner);
                this.block(s.childForFieldName("alternative")?.childForFieldName("body"), env);
                return;
            }
            case "with_statement": {
                for (const clause of s.namedChildren) {
                    if (clause.type !== "with_clause")
                        continue;
                    for (const item of clause.namedChildren) {
                        let value = item.childForFieldName("value");
                        let alias;
                        if (value?.type === "as_pattern") {
                            alias = value.childForFieldName("alias")?.namedChildren[0] ?? undefined;
                            value = value.namedChildren[0] ?? null;
                        }
                        if (!value)
                            continue;
                        const bound = alias?.type === "identifier" ? this.binding(value, env) : undefined;
                        if (alias && bound !== undefined)
                            env.set(alias.text, bound);
                        else
                            this.expression(value, env);
                    }
                }
                return this.block(s.childForFieldName("body"), env);
            }
            case "function_definition":
            case "class_definition":
            case "decorated_definition":
                // A nested definition runs only when called; nested helpers are not followed.
                return;
            case "return_statement":
            case "delete_statement":
                for (const child of s.namedChildren)
                    this.expression(child, env);
                return;
            default:
                // if / while / try / match: any branch may run, so every block is read.
                for (const child of s.namedChildren) {
                    if (child.type === "block")
                        this.block(child, env);
                    else if (child.type.endsWith("_clause")) {
                        for (const part of child.namedChildren) {
                            if (part.type === "block")
                                this.block(part, env);
                            else
                                this.expression(part, env);
                        }
                    }
                    else if (s.type === "if_statement" || s.type === "while_statement") {
                        this.expression(child, env);
                    }
                }
        }
    }
    assignment(a, env) {
        const left = a.childForFieldName("left");
        const right = a.childForFieldName("right");
        if (!right)
            return;
        if (left?.type === "identifier") {
            const binding = this.binding(right, env);
            if (binding !== undefined) {
                env.set(left.text, binding);
                return;
            }
            env.delete(left.text);
        }
        else if (left?.type === "attribute") {
            const object = left.childForFieldName("object");
            const attribute = left.childForFieldName("attribute")?.text;
            const bound = object?.type === "identifier" ? env.get(object.text) : undefined;
            if (bound !== undefined && attribute)
                this.assignedAttribute(bound, attribute);
        }
        this.expression(right, env);
    }
    expression(node, env) {
        const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(node);
        if (n.type === "lambda" || n.type === "function_definition")
            return;
        if (n.type === "call") {
            if (this.call(n, env))
                return;
            if (this.helper(n, env))
                return;
        }
        for (const child of n.namedChildren)
            this.expression(child, env);
    }
    /** `helper(...)` where `helper` is a function of this file: its arguments run first, then its body. */
    helper(call, env) {
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .methodName */ .Lo)(call);
        if ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .receiver */ .e6)(call) || !name || !this.module.functions.has(name))
            return false;
        const args = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .callArgs */ .qS)(call);
        for (const a of [...args.positional, ...args.keywords.values()])
            this.expression(a, env);
        this.follow(name, args.positional.map((a) => this.binding(a, env)));
        return true;
    }
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
