export const id = 198;
export const ids = [198];
export const modules = {

/***/ 4198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readEfCoreMigration: () => (/* binding */ readEfCoreMigration)
});

// EXTERNAL MODULE: ./src/core/column-types/index.ts + 3 modules
var column_types = __webpack_require__(6074);
// EXTERNAL MODULE: ./src/core/frameworks/shared/volatile-defaults.ts
var volatile_defaults = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __webpack_require__(8849);
// EXTERNAL MODULE: ./src/core/frameworks/sql/embedded.ts + 10 modules
var embedded = __webpack_require__(7502);
// EXTERNAL MODULE: ./src/core/frameworks/tree-sitter.ts
var tree_sitter = __webpack_require__(7545);
// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/frameworks/csharp/nodes.ts



const SIMPLE_ESCAPES = {
    "'": "'",
    '"': '"',
    "\\": "\\",
    "0": "\0",
    a: "\x07",
    b: "\b",
    e: "\x1b",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "\t",
    v: "\v",
};
/** `\n`, `\"`, `\u0041`, `\x41`, `\U0001F600` as the character it stands for. */
function nodes_unescape(sequence) {
    const simple = SIMPLE_ESCAPES[sequence.slice(1)];
    if (simple !== undefined)
        return simple;
    const hex = /^\\[uxU]([0-9a-fA-F]+)$/.exec(sequence);
    return hex ? String.fromCodePoint(Number.parseInt(hex[1], 16)) : sequence;
}
/** A literal string's text: `"..."` with its escapes, `@"..."` (`""` is a quote), `"""..."""` as written. */
function stringLiteral(node) {
    if (!node)
        return undefined;
    const n = (0,tree_sitter/* unwrapParentheses */.Ig)(node);
    const line = n.startPosition.row + 1;
    switch (n.type) {
        case "string_literal": {
            let value = "";
            for (const part of n.namedChildren) {
                if (part?.type === "string_literal_content")
                    value += part.text;
                else if (part?.type === "escape_sequence")
                    value += nodes_unescape(part.text);
            }
            return { value, line };
        }
        case "verbatim_string_literal":
            return { value: n.text.slice(2, -1).replace(/""/g, '"'), line };
        case "raw_string_literal": {
            // Raw strings strip the closing line's indentation; SQL does not care, and lines keep their numbers.
            const content = n.namedChildren.find((c) => c?.type === "raw_string_content");
            return { value: content?.text ?? "", line };
        }
        case "binary_expression": {
            // "a" + "b": literal pieces joined, as the compiler does.
            if (n.childForFieldName("operator")?.text !== "+")
                return undefined;
            const left = stringLiteral(n.childForFieldName("left") ?? undefined);
            const right = stringLiteral(n.childForFieldName("right") ?? undefined);
            return left && right ? { value: left.value + right.value, line: left.line } : undefined;
        }
        default:
            return undefined;
    }
}
/** `$"DELETE FROM {table}"` as literal text and run-time holes; undefined for anything else. */
function interpolatedParts(node) {
    const n = node ? (0,tree_sitter/* unwrapParentheses */.Ig)(node) : undefined;
    if (n?.type !== "interpolated_string_expression")
        return undefined;
    const verbatim = /^(?:\$@|@\$)/.test(n.text);
    const parts = [];
    for (const part of n.namedChildren) {
        if (!part)
            continue;
        if (part.type === "string_content")
            parts.push({ text: verbatim ? part.text.replace(/""/g, '"') : part.text });
        else if (part.type === "escape_sequence")
            parts.push({ text: nodes_unescape(part.text) });
        else if (part.type === "interpolation")
            parts.push({ hole: part.text });
    }
    return { parts, line: n.startPosition.row + 1 };
}
const stringValue = (node) => stringLiteral(node)?.value;
function booleanValue(node) {
    const n = node ? (0,tree_sitter/* unwrapParentheses */.Ig)(node) : undefined;
    if (n?.type !== "boolean_literal")
        return undefined;
    return n.text === "true";
}
/** `new[] { "a", "b" }`, `new string[] { ... }`: the strings, or undefined when one is not a literal. */
function stringArray(node) {
    const n = node ? (0,tree_sitter/* unwrapParentheses */.Ig)(node) : undefined;
    if (n?.type !== "implicit_array_creation_expression" && n?.type !== "array_creation_expression")
        return undefined;
    const init = n.namedChildren.find((c) => c?.type === "initializer_expression");
    if (!init)
        return undefined;
    const values = init.namedChildren
        .filter((c) => c?.type !== "comment")
        .map((c) => stringValue(c ?? undefined));
    return values.every((v) => v !== undefined) ? values : undefined;
}
function argumentsOf(list) {
    const out = { positional: [], named: new Map() };
    for (const a of list?.namedChildren ?? []) {
        if (a?.type !== "argument")
            continue;
        const name = a.childForFieldName("name")?.text;
        const value = a.namedChildren.filter((c) => c?.type !== "comment").at(-1);
        if (!value)
            continue;
        if (name !== undefined && a.namedChildren.length > 1)
            out.named.set(name, value);
        else
            out.positional.push(value);
    }
    return out;
}
/**
 * An argument by its parameter's name, else by its position. C# lets a positional argument follow named
 * ones only in its own position, so counting the positional ones is enough for what migrations write.
 */
function arg(args, index, name) {
    return args.named.get(name) ?? args.positional[index];
}
/** A call `receiver.Method<T>(...)`: the receiver node, the method's name without type arguments. */
function memberCall(node) {
    if (node.type !== "invocation_expression")
        return undefined;
    const fn = node.childForFieldName("function");
    if (fn?.type !== "member_access_expression")
        return undefined;
    const receiver = fn.childForFieldName("expression");
    const nameNode = fn.childForFieldName("name");
    if (!receiver || !nameNode)
        return undefined;
    const name = nameNode.type === "generic_name" ? nameNode.namedChildren[0]?.text : nameNode.text;
    if (name === undefined)
        return undefined;
    return { receiver, name, args: argumentsOf(node.childForFieldName("arguments")) };
}
/** Line, doc and block comments, without their markers. */
function commentsOf(root) {
    return root.descendantsOfType("comment").flatMap((node) => node
        ? [
            (0,extend/* extend */.X)((0,tree_sitter/* spanOf */.ee)(node), {
                text: node.text
                    .replace(/^\/\/\/?/, "")
                    .replace(/^\/\*+/, "")
                    .replace(/\*\/$/, ""),
            }),
        ]
        : []);
}
/**
 * Parses a C# file, gives `out` its comments and syntax problems (a problem still lets the rest be read), runs
 * `read` on the root, and frees the tree however `read` ends.
 */
function readCSharpTree(parsers, source, out, read) {
    const tree = parsers.treeSitter("csharp", source);
    try {
        const root = tree.rootNode;
        out.comments = commentsOf(root);
        out.problems = (0,tree_sitter/* syntaxProblems */.uf)(root, "C#");
        read(root);
        return out;
    }
    finally {
        tree.delete();
    }
}

;// CONCATENATED MODULE: ./src/core/frameworks/csharp/ef-core-reader.ts
// Reads one Entity Framework Core migration (`partial class X : Migration`, tree-sitter-c-sharp) into forward
// Operations: what `Up(MigrationBuilder migrationBuilder)` does, and the same-class helpers it hands the builder
// to. Each `migrationBuilder.<Method>(...)` is one entry of SCHEMA_CALLS, DATA_CALLS or HARMLESS by name; a
// method in none of them is an `unknown` operation (fail closed: a new EF Core call is reviewed, not passed).
// `Sql(...)` hands its text to the SQL reader. `Down()` is read only for whether the migration can be rolled
// back.







/** `table:` qualified by `schema:` when the call names one (`schema: "billing"`). */
function tableArg(args, index, name = "table") {
    const table = stringValue(arg(args, index, name));
    const schema = stringValue(args.named.get("schema"));
    return table !== undefined && schema !== undefined ? `${schema}.${table}` : table;
}
/** A handler that needs the name (and table) as literal strings, else reports the call for review. */
function named(tableIndex, then) {
    return (c) => {
        const name = stringValue(arg(c.args, 0, "name"));
        const table = tableIndex === undefined ? "" : tableArg(c.args, tableIndex);
        if (name === undefined || table === undefined)
            return c.reader.unknown(c.node, `migrationBuilder.${c.name} on a name that is not a literal string`);
        const body = then(c, name, table);
        if (body)
            c.reader.push(c.node, body);
    };
}
/** Schema changes, by method name (EF Core's MigrationBuilder; parameter positions as it declares them). */
const SCHEMA_CALLS = {
    DropTable: named(undefined, ({ args }, name) => {
        const schema = stringValue(arg(args, 1, "schema"));
        return { kind: "drop-table", table: schema !== undefined ? `${schema}.${name}` : name };
    }),
    DropColumn: named(1, (_, column, table) => ({ kind: "drop-column", table, column })),
    RenameColumn: named(1, ({ reader, node, args }, column, table) => {
        const newName = stringValue(arg(args, 2, "newName"));
        if (newName === undefined)
            return reader.unknownBody(node, "RenameColumn to a name that is not a literal");
        return { kind: "rename-column", table, column, newName };
    }),
    RenameTable: named(undefined, ({ reader, node, args }, name) => {
        const newName = stringValue(arg(args, 2, "newName"));
        const schema = stringValue(arg(args, 1, "schema"));
        // A move to another schema with the same name is a rename too: code using the old name breaks.
        const newSchema = stringValue(args.named.get("newSchema"));
        if (newName === undefined && newSchema === undefined)
            return reader.unknownBody(node, "RenameTable to a name that is not a literal");
        return {
            kind: "rename-table",
            table: schema !== undefined ? `${schema}.${name}` : name,
            newName: newSchema !== undefined ? `${newSchema}.${newName ?? name}` : newName,
        };
    }),
    AddColumn: named(1, ({ args }, column, table) => {
        const type = stringValue(args.named.get("type"));
        const defaultSql = stringValue(args.named.get("defaultValueSql"));
        const defaultValue = args.named.get("defaultValue");
        const computed = args.named.has("computedColumnSql");
        return {
            kind: "add-column",
            table,
            column,
            ...(type !== undefined ? { type } : {}),
            // EF Core's AddColumn declares `nullable = false`: a column is NOT NULL unless the call says otherwise.
            notNull: booleanValue(args.named.get("nullable")) !== true && !computed,
            ...(defaultSql !== undefined
                ? { default: { volatile: (0,volatile_defaults/* isVolatileSql */.Z)(defaultSql), text: defaultSql } }
                : defaultValue && defaultValue.text !== "null"
                    ? { default: { volatile: false, text: defaultValue.text } }
                    : {}),
        };
    }),
    AlterColumn: alterColumn,
    CreateTable: named(undefined, ({ args }, name) => {
        const schema = stringValue(arg(args, 1, "schema"));
        return {
            kind: "create-table",
            table: schema !== undefined ? `${schema}.${name}` : name,
            columns: columnsOf(args.named.get("columns")),
        };
    }),
    CreateIndex: named(1, ({ reader, node, args }, name, table) => {
        const columns = stringArray(args.named.get("columns")) ?? listOf(stringValue(arg(args, 2, "column")));
        if (!columns)
            return reader.unknownBody(node, "CreateIndex on columns that are not literal strings");
        return {
            kind: "add-index",
            table,
            columns,
            name,
            ...(booleanValue(args.named.get("unique")) === true ? { unique: true } : {}),
        };
    }),
    DropIndex: named(undefined, (_, name) => ({ kind: "drop-index", name })),
    AddForeignKey: constraint("foreign-key"),
    AddPrimaryKey: constraint("primary-key"),
    AddUniqueConstraint: constraint("unique"),
    AddCheckConstraint: constraint("check"),
    DropForeignKey: named(1, (_, name, table) => ({ kind: "drop-constraint", table, name })),
    DropPrimaryKey: named(1, (_, name, table) => ({ kind: "drop-constraint", table, name })),
    DropUniqueConstraint: named(1, (_, name, table) => ({ kind: "drop-constraint", table, name })),
    DropCheckConstraint: named(1, (_, name, table) => ({ kind: "drop-constraint", table, name })),
    DropSchema: named(undefined, (_, name) => ({ kind: "drop-schema", name })),
    DropSequence: named(undefined, ({ args }, name) => {
        const schema = stringValue(arg(args, 1, "schema"));
        return { kind: "drop-sequence", name: schema !== undefined ? `${schema}.${name}` : name };
    }),
};
/** Row changes, by method name: seed data EF Core writes by key. */
const DATA_CALLS = {
    DeleteData({ reader, node, args }) {
        const table = tableArg(args, 0);
        if (table === undefined)
            return reader.unknown(node, "DeleteData on a table that is not a literal string");
        // Deletes the rows whose key is given: filtered, by key.
        reader.push(node, { kind: "delete-rows", table, filtered: true, via: "migrationBuilder.DeleteData" });
    },
    UpdateData({ reader, node, args }) {
        const table = tableArg(args, 0);
        if (table === undefined)
            return reader.unknownBody(node, "UpdateData on a table that is not a literal");
        const columns = stringArray(args.named.get("columns")) ?? listOf(stringValue(arg(args, 3, "column")));
        reader.push(node, {
            kind: "update-rows",
            table,
            columns: columns ?? [],
            filtered: true,
            onlyNulls: false,
            via: "migrationBuilder.UpdateData",
        });
    },
    Sql({ reader, node, args }) {
        reader.sql(node, arg(args, 0, "sql"));
    },
};
/** Builder calls that change nothing a rule looks at (sequences, comments, seed inserts, schema creation). */
const HARMLESS = new Set([
    "EnsureSchema",
    "CreateSequence",
    "AlterSequence",
    "RestartSequence",
    "RenameSequence",
    "RenameIndex",
    "InsertData",
    "AlterDatabase",
    "AlterTable",
]);
const listOf = (value) => value === undefined ? undefined : [value];
function constraint(kind) {
    return named(1, (_, name, table) => ({
        kind: "add-constraint",
        table,
        constraint: kind,
        name,
        validated: true,
    }));
}
/** `AlterColumn<T>(name, table, type, nullable, oldType, oldNullable, ...)`: what changed, from what. */
function alterColumn(c) {
    const { reader, node, args } = c;
    const column = stringValue(arg(args, 0, "name"));
    const table = tableArg(args, 1);
    if (column === undefined || table === undefined)
        return reader.unknown(node, "migrationBuilder.AlterColumn on a name that is not a literal string");
    const type = stringValue(args.named.get("type"));
    const oldType = stringValue(args.named.get("oldType"));
    const to = type !== undefined ? (0,column_types/* typeFromText */.g6)(type, "sql") : undefined;
    const from = oldType !== undefined ? (0,column_types/* typeFromText */.g6)(oldType, "sql") : undefined;
    const retyped = (type !== undefined && type.toLowerCase() !== oldType?.toLowerCase()) ||
        args.named.get("maxLength")?.text !== args.named.get("oldMaxLength")?.text;
    if (retyped)
        reader.push(node, {
            kind: "change-column-type",
            table,
            column,
            ...(type !== undefined ? { type } : {}),
            ...(to ? (0,column_types/* classifySqlTypeChange */.Tr)(from, to) : {}),
        });
    // AlterColumn restates the whole column: `nullable` defaults to false, `oldNullable` to false.
    const nullable = booleanValue(args.named.get("nullable")) === true;
    const oldNullable = booleanValue(args.named.get("oldNullable")) === true;
    if (oldNullable && !nullable)
        reader.push(node, { kind: "set-not-null", table, column });
    if (!oldNullable && nullable)
        reader.push(node, { kind: "drop-not-null", table, column });
    const defaultSql = stringValue(args.named.get("defaultValueSql"));
    const oldDefaultSql = stringValue(args.named.get("oldDefaultValueSql"));
    if (defaultSql !== undefined && defaultSql !== oldDefaultSql)
        reader.push(node, {
            kind: "change-default",
            table,
            column,
            default: { volatile: (0,volatile_defaults/* isVolatileSql */.Z)(defaultSql), text: defaultSql },
        });
}
/** `columns: table => new { Id = table.Column<int>(...), ... }`: each column's name (`name:` or the member). */
function columnsOf(node) {
    const body = node?.type === "lambda_expression" ? node.childForFieldName("body") : undefined;
    if (body?.type !== "anonymous_object_creation_expression")
        return [];
    const out = [];
    const members = body.namedChildren.filter((c) => c !== null && c.type !== "comment");
    for (let i = 0; i < members.length; i++) {
        const member = members[i];
        if (member.type !== "identifier")
            continue;
        const value = members[i + 1];
        const call = value ? memberCall(value) : undefined;
        out.push((call && stringValue(call.args.named.get("name"))) ?? member.text);
    }
    return out;
}
const methodName = (method) => method.childForFieldName("name")?.text;
class EfCoreReader {
    source;
    database;
    parsers;
    out = {
        framework: "ef-core",
        operations: [],
        comments: [],
        problems: [],
    };
    methods = new Map();
    following = [];
    constructor(source, database, parsers) {
        this.source = source;
        this.database = database;
        this.parsers = parsers;
    }
    read() {
        return readCSharpTree(this.parsers, this.source, this.out, (root) => {
            for (const cls of migrationClasses(root))
                this.readClass(cls);
        });
    }
    push(node, body) {
        this.out.operations.push((0,tree_sitter/* operationAt */.f2)(node, body));
    }
    unknown(node, reason) {
        this.push(node, this.unknownBody(node, reason));
    }
    unknownBody(node, reason) {
        return (0,toolkit/* unknownOperation */.sA)(reason, node.text);
    }
    readClass(body) {
        this.methods = (0,tree_sitter/* methodsByName */.Dg)(body);
        const up = this.methods.get("Up");
        if (!up)
            return;
        this.walkMethod(up);
        const down = this.methods.get("Down");
        // Migration.Down() does nothing by default: without one, a rollback leaves Up's changes in place.
        const reason = !down
            ? "the migration has no Down(), so rolling it back leaves what Up() did in place"
            : /\bthrow\b/.test(down.childForFieldName("body")?.text ?? "")
                ? "Down() throws: the migration cannot be rolled back"
                : undefined;
        if (reason) {
            const line = (down ?? up).startPosition.row + 1;
            this.out.operations.push({ kind: "irreversible", reason, line, endLine: line });
        }
    }
    /** A method whose first MigrationBuilder parameter is the builder its body calls. */
    walkMethod(method) {
        const name = methodName(method) ?? "";
        if (this.following.includes(name) || this.following.length > toolkit/* MAX_DEPTH */.lr)
            return;
        const params = method.childForFieldName("parameters")?.namedChildren ?? [];
        const builder = params.find((p) => p?.childForFieldName("type")?.text === "MigrationBuilder");
        const builderName = builder?.childForFieldName("name")?.text;
        if (builderName === undefined)
            return;
        this.following.push(name);
        this.walk(method.childForFieldName("body"), builderName);
        this.following.pop();
    }
    walk(node, builder) {
        if (!node)
            return;
        // Comments and string contents never run.
        if (node.type === "comment" || /string|interpolat/.test(node.type))
            return;
        if (node.type === "invocation_expression" && this.call(node, builder))
            return;
        for (const child of node.namedChildren)
            this.walk(child, builder);
    }
    /** One call; false to let the walk look inside it (a chained `.Annotation(...)` holds the builder call). */
    call(node, builder) {
        const call = memberCall(node);
        if (call && call.receiver.type === "identifier" && call.receiver.text === builder) {
            const handler = (0,toolkit/* handlerFor */.ci)(SCHEMA_CALLS, call.name) ?? (0,toolkit/* handlerFor */.ci)(DATA_CALLS, call.name);
            if (handler)
                handler({ reader: this, node, name: call.name, args: call.args });
            else if (!HARMLESS.has(call.name))
                this.unknown(node, `migrationBuilder.${call.name} is not a call the reader knows`);
            return true;
        }
        // The builder handed on: a helper of this class is followed; anything else cannot be read.
        const args = node.childForFieldName("arguments")?.namedChildren ?? [];
        const handsBuilder = args.some((a) => a?.namedChildren.at(-1)?.text === builder);
        if (!handsBuilder)
            return false;
        const fn = node.childForFieldName("function");
        const helper = fn?.type === "identifier" ? this.methods.get(fn.text) : undefined;
        if (helper && !["Up", "Down"].includes(fn.text))
            this.walkMethod(helper);
        else
            this.unknown(node, "the migration builder is handed to code the reader cannot follow");
        return true;
    }
    /** The SQL of `Sql(...)`, or why it cannot be read. */
    sql(node, value) {
        const literal = stringLiteral(value);
        if (literal) {
            (0,embedded/* appendSql */.pl)(this.out, { sql: literal.value, database: this.database, line: literal.line }, this.parsers);
            return;
        }
        const template = interpolatedParts(value);
        if (template && (0,embedded/* appendTemplateSql */.DP)(this.out, (0,extend/* extend */.X)(template, { database: this.database }), this.parsers))
            return;
        this.unknown(node, "migrationBuilder.Sql with SQL built at run time (a variable or a call) cannot be read");
    }
}
/** Class bodies deriving from Migration, at the top level or in a namespace (block or file-scoped). */
function migrationClasses(root) {
    const out = [];
    const visit = (nodes) => {
        for (const n of nodes) {
            if (n?.type === "class_declaration") {
                const bases = n.namedChildren.find((c) => c?.type === "base_list");
                const body = n.childForFieldName("body");
                if (body && bases && /(?:^|[\s:.,])Migration\b/.test(bases.text))
                    out.push(body);
            }
            else if (n?.type === "namespace_declaration") {
                visit(n.childForFieldName("body")?.namedChildren ?? []);
            }
            else if (n?.type === "file_scoped_namespace_declaration") {
                visit(n.namedChildren);
            }
        }
    };
    visit(root.namedChildren);
    return out;
}
function readEfCoreMigration(source, database, parsers) {
    return new EfCoreReader(source, database, parsers).read();
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
