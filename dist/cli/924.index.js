export const id = 924;
export const ids = [924];
export const modules = {

/***/ 7924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readDoctrineMigration: () => (/* binding */ readDoctrineMigration)
/* harmony export */ });
/* harmony import */ var _sql_embedded_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7502);
/* harmony import */ var _tree_sitter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7545);
/* harmony import */ var _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8849);
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9887);




/** `$this->...` calls that run nothing a rule looks at. */
const THIS_HARMLESS = new Set(["abortIf", "skipIf", "warnIf", "write", "getDescription", "isTransactional"]);
/** `$this->connection->...` methods that run SQL text; the fetch family only reads. */
const CONNECTION_SQL = new Set(["executeStatement", "executeUpdate", "executeQuery", "exec", "query"]);
const CONNECTION_READS = /^(?:fetch\w*|select\w*|quote\w*|getDatabasePlatform|createSchemaManager|getSchemaManager)$/;
/** `$schema->...`: the methods that change the schema, by name. */
const SCHEMA_CALLS = {
    dropTable({ reader, link }) {
        const table = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 0, "name"));
        if (table === undefined)
            return reader.unknown(link.call, "$schema->dropTable on a name that is not a string");
        reader.push(link.call, { kind: "drop-table", table });
    },
    renameTable({ reader, link }) {
        const [from, to] = [(0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 0, "oldName")), (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 1, "newName"))];
        if (from === undefined || to === undefined)
            return reader.unknown(link.call, "$schema->renameTable on names that are not strings");
        reader.push(link.call, { kind: "rename-table", table: from, newName: to });
    },
    createTable({ reader, link }) {
        const table = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 0, "name"));
        if (table === undefined)
            return reader.unknown(link.call, "$schema->createTable on a name that is not a string");
        reader.push(link.call, { kind: "create-table", table, columns: [] });
    },
};
/** `$schema->getTable('t')->...` (or a variable holding it): the table methods that change it, by name. */
const TABLE_CALLS = {
    dropColumn({ reader, link, table }) {
        const column = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 0, "name"));
        if (column === undefined)
            return reader.unknown(link.call, "dropColumn on a column that is not a string");
        reader.push(link.call, { kind: "drop-column", table, column });
    },
    addColumn({ reader, link, table }) {
        const column = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 0, "name"));
        if (column === undefined)
            return reader.unknown(link.call, "addColumn on a column that is not a string");
        const type = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 1, "typeName"));
        const options = optionsOf((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 2, "options"));
        // DBAL columns are NOT NULL unless `notnull => false`.
        const notNull = options.get("notnull") !== "false";
        const value = options.get("default");
        reader.push(link.call, {
            kind: "add-column",
            table,
            column,
            ...(type !== undefined ? { type } : {}),
            notNull,
            ...(value !== undefined ? { default: { volatile: false, text: value } } : {}),
        });
    },
    modifyColumn: changeColumn,
    changeColumn,
    renameColumn({ reader, link, table }) {
        const [from, to] = [(0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 0, "oldName")), (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 1, "newName"))];
        if (from === undefined || to === undefined)
            return reader.unknown(link.call, "renameColumn on names that are not strings");
        reader.push(link.call, { kind: "rename-column", table, column: from, newName: to });
    },
    addIndex: addIndex(false),
    addUniqueIndex: addIndex(true),
    dropIndex({ reader, link, table }) {
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 0, "name"));
        reader.push(link.call, { kind: "drop-index", table, ...(name !== undefined ? { name } : {}) });
    },
    addForeignKeyConstraint({ reader, link, table }) {
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 4, "name"));
        reader.push(link.call, {
            kind: "add-constraint",
            table,
            constraint: "foreign-key",
            ...(name !== undefined ? { name } : {}),
            validated: true,
        });
    },
    removeForeignKey: dropConstraint,
    dropPrimaryKey: dropConstraint,
    removeUniqueConstraint: dropConstraint,
    setPrimaryKey({ reader, link, table }) {
        reader.push(link.call, { kind: "add-constraint", table, constraint: "primary-key", validated: true });
    },
};
function changeColumn({ reader, link, table }) {
    const column = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 0, "name"));
    if (column === undefined)
        return reader.unknown(link.call, `${link.name} on a column that is not a string`);
    const options = optionsOf((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 1, "options"));
    const type = options.get("type");
    if (options.has("type") || options.has("length") || options.has("precision") || options.has("scale")) {
        // The old definition is in the database, not in the file: the change is a type change of unknown width.
        reader.push(link.call, {
            kind: "change-column-type",
            table,
            column,
            ...(type !== undefined ? { type } : {}),
        });
    }
    if (options.get("notnull") === "true")
        reader.push(link.call, { kind: "set-not-null", table, column });
    if (options.get("notnull") === "false")
        reader.push(link.call, { kind: "drop-not-null", table, column });
}
function addIndex(unique) {
    return ({ reader, link, table }) => {
        const columns = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringList */ .Yn)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 0, "columnNames"));
        if (!columns)
            return reader.unknown(link.call, `${link.name} on columns that are not a literal list`);
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 1, "indexName"));
        reader.push(link.call, {
            kind: "add-index",
            table,
            columns,
            ...(name !== undefined ? { name } : {}),
            ...(unique ? { unique: true } : {}),
        });
    };
}
function dropConstraint({ reader, link, table }) {
    const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 0, "name"));
    reader.push(link.call, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
}
/** `['notnull' => false, 'length' => 50]` → its literal entries as text. */
function optionsOf(node) {
    const out = new Map();
    const array = node ? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(node) : undefined;
    if (array?.type !== "array_creation_expression")
        return out;
    for (const item of array.namedChildren) {
        if (item?.type !== "array_element_initializer" || item.namedChildren.length !== 2)
            continue;
        const [k, v] = item.namedChildren;
        const key = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(k);
        if (key === undefined)
            continue;
        const b = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanValue */ .eC)(v);
        out.set(key, b !== undefined ? String(b) : ((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(v) ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(v).text));
    }
    return out;
}
const methodNameOf = (method) => method.childForFieldName("name")?.text;
class DoctrineReader {
    source;
    database;
    parsers;
    out = {
        framework: "doctrine",
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
        return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .readPhpTree */ .Xm)(this.parsers, this.source, this.out, (root) => {
            for (const cls of migrationClasses(root))
                this.readClass(cls);
        });
    }
    push(node, body) {
        this.out.operations.push((0,_tree_sitter_js__WEBPACK_IMPORTED_MODULE_2__/* .operationAt */ .f2)(node, body));
    }
    unknown(node, reason) {
        this.push(node, (0,_shared_toolkit_js__WEBPACK_IMPORTED_MODULE_3__/* .unknownOperation */ .sA)(reason, node.text));
    }
    readClass(body) {
        this.methods = (0,_tree_sitter_js__WEBPACK_IMPORTED_MODULE_2__/* .methodsByName */ .Dg)(body);
        const up = this.methods.get("up");
        if (!up)
            return;
        for (const name of ["preUp", "up", "postUp"]) {
            const method = this.methods.get(name);
            if (method)
                this.walkMethod(method, []);
        }
        const down = this.methods.get("down");
        // Doctrine's own down() aborts: a class without one cannot be rolled back.
        const reason = !down
            ? "the migration has no down(), and Doctrine's default down() aborts"
            : /\$this\s*->\s*throwIrreversibleMigrationException\s*\(/.test(down.text)
                ? "down() throws IrreversibleMigration"
                : undefined;
        if (reason) {
            const line = (down ?? up).startPosition.row + 1;
            this.out.operations.push({ kind: "irreversible", reason, line, endLine: line });
        }
    }
    walkMethod(method, args) {
        const name = methodNameOf(method) ?? "";
        if (this.following.includes(name) || this.following.length > _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DEPTH */ .lr)
            return;
        const env = new Map();
        // `up(Schema $schema)`: the schema parameter; a helper's parameters bound to the tables passed to it.
        const params = method.childForFieldName("parameters")?.namedChildren ?? [];
        params.forEach((p, i) => {
            const v = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .variableName */ .cG)(p?.childForFieldName("name"));
            const table = args[i];
            if (v !== undefined && table !== undefined)
                env.set(v, table);
        });
        this.following.push(name);
        this.walk(method.childForFieldName("body"), env);
        this.following.pop();
    }
    walk(node, env) {
        if (!node)
            return;
        if (node.type === "comment" || /string|heredoc|nowdoc/.test(node.type))
            return;
        if (node.type === "assignment_expression") {
            const left = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .variableName */ .cG)(node.childForFieldName("left"));
            const right = node.childForFieldName("right");
            const table = right ? this.tableOf(right, env) : undefined;
            if (left !== undefined) {
                if (table !== undefined)
                    env.set(left, table);
                else
                    env.delete(left);
            }
            if (right)
                this.walk(right, env);
            return;
        }
        if (_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .MEMBER_CALLS */ .nt.has(node.type) && this.call(node, env))
            return;
        for (const child of node.namedChildren)
            this.walk(child, env);
    }
    /** The table an expression stands for: `$schema->getTable('t')`, `$schema->createTable('t')`, a variable. */
    tableOf(node, env) {
        const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(node);
        const v = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .variableName */ .cG)(n);
        if (v !== undefined)
            return env.get(v);
        if (!_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .MEMBER_CALLS */ .nt.has(n.type))
            return undefined;
        const { root, links } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .methodChain */ .L5)(n);
        if (links.length !== 1 || (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .variableName */ .cG)(root) !== "schema")
            return undefined;
        const [link] = links;
        if (link.name !== "getTable" && link.name !== "createTable")
            return undefined;
        return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 0, "name"));
    }
    /** One call chain; false to let the walk look inside it. */
    call(node, env) {
        const { root, links } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .methodChain */ .L5)(node);
        if (links.length === 0)
            return false;
        const first = links[0];
        const rootText = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .unwrap */ .oA)(root).text.replace(/\s+/g, "");
        if (rootText === "$this" && links.length === 1)
            return this.thisCall(first, env);
        if (rootText === "$this->connection") {
            if (CONNECTION_SQL.has(first.name))
                this.sql(first, "$this->connection->" + first.name);
            else if (!CONNECTION_READS.test(first.name))
                this.unknown(first.call, `$this->connection->${first.name} is not a call the reader knows`);
            return true;
        }
        const rootVar = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .variableName */ .cG)(root);
        if (rootVar === "schema") {
            // `$schema->getTable('t')->dropColumn('c')`: the table link, then the table call.
            if ((first.name === "getTable" || first.name === "createTable") && links.length >= 2) {
                const table = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(first.args, 0, "name"));
                if (first.name === "createTable")
                    SCHEMA_CALLS.createTable({ reader: this, link: first, env });
                if (table === undefined) {
                    this.unknown(first.call, `$schema->${first.name} on a name that is not a string`);
                    return true;
                }
                for (const link of links.slice(1))
                    this.tableCall(link, table, env);
                return true;
            }
            const handler = (0,_shared_toolkit_js__WEBPACK_IMPORTED_MODULE_3__/* .handlerFor */ .ci)(SCHEMA_CALLS, first.name);
            if (handler)
                handler({ reader: this, link: first, env });
            return true;
        }
        const table = rootVar !== undefined ? env.get(rootVar) : undefined;
        if (table !== undefined) {
            for (const link of links)
                this.tableCall(link, table, env);
            return true;
        }
        return false;
    }
    tableCall(link, table, env) {
        const handler = (0,_shared_toolkit_js__WEBPACK_IMPORTED_MODULE_3__/* .handlerFor */ .ci)(TABLE_CALLS, link.name);
        if (handler)
            handler({ reader: this, link, table, env });
    }
    thisCall(link, env) {
        if (link.name === "addSql") {
            this.sql(link, "$this->addSql");
            return true;
        }
        if (THIS_HARMLESS.has(link.name))
            return true;
        const helper = this.methods.get(link.name);
        if (!helper || ["up", "down", "preUp", "postUp"].includes(link.name))
            return false;
        for (const a of link.args.positional)
            this.walk(a, env);
        this.walkMethod(helper, link.args.positional.map((a) => this.tableOf(a, env) ?? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringValue */ .r$)(a)));
        return true;
    }
    /** The SQL of `addSql($sql, $params)` / `executeStatement($sql, $params)`, or why it cannot be read. */
    sql(link, via) {
        const literal = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .stringLiteral */ .Hg)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 0, "sql"));
        if (!literal) {
            this.unknown(link.call, `${via} with SQL built at run time (a variable, interpolation or a call) cannot be read`);
            return;
        }
        const bound = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_1__/* .arg */ .JR)(link.args, 1, "params") !== undefined;
        (0,_sql_embedded_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSql */ .pl)(this.out, {
            sql: bound ? (0,_shared_toolkit_js__WEBPACK_IMPORTED_MODULE_3__/* .numberPlaceholders */ .wO)(literal.value) : literal.value,
            database: this.database,
            line: literal.line,
        }, this.parsers);
    }
}
/** Class bodies extending AbstractMigration (or defining `up`), at the top level or in a namespace. */
function migrationClasses(root) {
    const out = [];
    const visit = (statements) => {
        for (const s of statements) {
            if (s?.type === "class_declaration") {
                const body = s.childForFieldName("body");
                const base = s.namedChildren.find((c) => c?.type === "base_clause");
                const hasUp = body?.namedChildren.some((m) => m?.type === "method_declaration" && methodNameOf(m) === "up");
                if (body && ((base && /Migration$/.test(base.text)) || hasUp))
                    out.push(body);
            }
            else if (s?.type === "namespace_definition") {
                // `namespace X;` leaves the classes at the top level; only `namespace X { ... }` holds them.
                const body = s.childForFieldName("body");
                if (body)
                    visit(body.namedChildren);
            }
        }
    };
    visit(root.namedChildren);
    return out;
}
function readDoctrineMigration(source, database, parsers) {
    return new DoctrineReader(source, database, parsers).read();
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
