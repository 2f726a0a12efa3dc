export const id = 399;
export const ids = [399];
export const modules = {

/***/ 5255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fi: () => (/* binding */ sqlType),
/* harmony export */   n6: () => (/* binding */ sameType),
/* harmony export */   rO: () => (/* binding */ abstractType)
/* harmony export */ });
/** `varchar(100)`, `numeric(10, 2)`, `timestamp with time zone`, `serial` → a column type. */
function sqlType(text) {
    const clean = text.trim().replace(/\s+/g, " ");
    const m = /^([a-z_][\w ]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?(\s*\[\])?$/i.exec(clean);
    if (!m)
        return { text: clean, type: { type: clean } };
    let name = m[1].toLowerCase();
    if (m[4])
        return { text: clean, type: { type: `${name}[]` } };
    const serial = /^(small|big)?serial[248]?$/.test(name);
    if (serial)
        name =
            name.startsWith("big") || name === "serial8"
                ? "bigint"
                : name.startsWith("small")
                    ? "smallint"
                    : "integer";
    if (/^timestamp( with(out)? time zone)?$/.test(name))
        name = "timestamp";
    const first = m[2] === undefined ? undefined : Number(m[2]);
    const second = m[3] === undefined ? undefined : Number(m[3]);
    const type = { type: name };
    if (/^(numeric|decimal)$/.test(name)) {
        if (first !== undefined)
            type.precision = first;
        if (second !== undefined)
            type.scale = second;
    }
    else if (/^(varchar|character varying|char|character|string)$/.test(name)) {
        if (first !== undefined)
            type.limit = first;
    }
    return { text: clean, type, ...(serial ? { serial: true } : {}) };
}
/** A named abstract type with optional length/precision, as the Knex and Sequelize builders give them. */
function abstractType(type, text, size = {}) {
    const t = { type };
    if (size.limit !== undefined)
        t.limit = size.limit;
    if (size.precision !== undefined)
        t.precision = size.precision;
    if (size.scale !== undefined)
        t.scale = size.scale;
    return { text, type: t };
}
/** The same type restated (`varchar(255)` again, to change only NULL or the default). */
function sameType(a, b) {
    return (a !== undefined &&
        a.type.toLowerCase() === b.type.toLowerCase() &&
        a.limit === b.limit &&
        a.precision === b.precision &&
        a.scale === b.scale);
}


/***/ }),

/***/ 3254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ readJsMigration)
});

// EXTERNAL MODULE: ./src/core/frameworks/sql/embedded.ts + 10 modules
var embedded = __webpack_require__(7502);
// EXTERNAL MODULE: ./src/core/frameworks/js/nodes.ts
var nodes = __webpack_require__(4672);
// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __webpack_require__(1131);
;// CONCATENATED MODULE: ./src/core/frameworks/js/emitter.ts



class Emitter {
    out;
    database;
    parsers;
    constructor(out, database, parsers) {
        this.out = out;
        this.database = database;
        this.parsers = parsers;
    }
    push(where, body) {
        const span = "line" in where && typeof where.line === "number" ? where : (0,nodes/* spanOf */.ee)(where);
        this.out.operations.push((0,extend/* extend */.X)(body, { line: span.line, endLine: span.endLine }));
    }
    unknown(node, reason, span) {
        this.push(span ?? node, { kind: "unknown", reason, text: (0,nodes/* snippet */.UA)(node) });
    }
    /**
     * Reads `value` (already resolved from constants) as SQL text, or records why it cannot. `where` is the
     * call that runs it. `prepare` may rewrite placeholders or refuse the text (undefined → unknown).
     */
    sql(value, where, via, prepare) {
        const literal = (0,nodes/* stringLiteral */.Hg)(value);
        const text = literal ? (prepare ? prepare(literal.value) : literal.value) : undefined;
        // A template with `${table}` is read by its static parts (`DELETE FROM ${t}` is still a delete).
        // `prepare` applies to each literal part (placeholders are numbered per part, which parses the same).
        const template = literal ? undefined : (0,nodes/* stringTemplate */.aX)(value);
        const parts = template?.parts.map((p) => ("text" in p && prepare ? { text: prepare(p.text) } : p));
        if (template &&
            parts?.every((p) => !("text" in p) || p.text !== undefined) &&
            (0,embedded/* appendTemplateSql */.DP)(this.out, {
                parts: parts,
                database: this.database,
                line: template.line,
            }, this.parsers))
            return;
        if (!literal || text === undefined) {
            this.unknown(where, literal
                ? `${via} runs SQL whose identifiers are filled in at run time, which cannot be read`
                : `${via} runs SQL built at run time (a variable, template with \${...} or expression), which cannot be read`);
            return;
        }
        (0,embedded/* appendSql */.pl)(this.out, { sql: text, database: this.database, line: literal.line }, this.parsers);
    }
}

// EXTERNAL MODULE: ./src/core/frameworks/js/module.ts
var js_module = __webpack_require__(3853);
;// CONCATENATED MODULE: ./src/core/frameworks/js/migration.ts


/**
 * `read` reads `up` (and `down` where it needs old types). It returns true when it judged reversibility
 * itself; otherwise a `down` that is missing, `false`, empty or throwing makes the migration irreversible.
 */
function readJsMigration(framework, input, parsers, missingUp, read) {
    return (0,js_module/* withJsModule */.ck)(input.path, input.source, parsers, (module) => {
        const out = {
            framework,
            operations: [],
            comments: module.comments,
            problems: module.problems,
        };
        const up = (0,js_module/* exportedFunction */.gA)(module, "up");
        if (!up) {
            if (out.problems.length === 0)
                out.problems.push({ line: 1, endLine: 1, message: `${missingUp}, so it was not analysed` });
            return out;
        }
        if (read({ module, up, out, emit: new Emitter(out, input.database, parsers) }) === true)
            return out;
        const down = module.exports.get("down");
        const reason = (0,js_module/* downIrreversibility */.RY)(module, down);
        if (reason) {
            const line = ((0,js_module/* exportedFunction */.gA)(module, "down") ?? down ?? up).startPosition.row + 1;
            out.operations.push({ kind: "irreversible", reason, line, endLine: line });
        }
        return out;
    });
}


/***/ }),

/***/ 3853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ bodyOf),
/* harmony export */   RY: () => (/* binding */ downIrreversibility),
/* harmony export */   Tn: () => (/* binding */ isFunction),
/* harmony export */   ck: () => (/* binding */ withJsModule),
/* harmony export */   gA: () => (/* binding */ exportedFunction),
/* harmony export */   gI: () => (/* binding */ paramsOf)
/* harmony export */ });
/* unused harmony exports languageOf, resolveConstant */
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4672);
/* harmony import */ var _tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7545);
/* harmony import */ var _extend_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1131);



const FUNCTION_TYPES = new Set([
    "function_declaration",
    "function_expression",
    "function",
    "arrow_function",
    "method_definition",
    "generator_function_declaration",
    "generator_function",
]);
function isFunction(node) {
    return !!node && FUNCTION_TYPES.has(node.type);
}
/** `.ts`, `.mts`, `.cts` need the TypeScript grammar (type annotations are syntax errors to the JS one). */
function languageOf(path) {
    return /\.[cm]?ts$/i.test(path) ? "typescript" : "javascript";
}
function syntaxProblems(root) {
    return (0,_tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__/* .syntaxProblems */ .uf)(root, "None");
}
/**
 * Comments found from the `/` characters of the source: one lookup per `/` is much cheaper than walking the
 * whole tree, and a `/` inside a string, template or regex is recognised by the node it falls in.
 */
function commentsOf(root, source) {
    const out = [];
    let at = source.indexOf("/");
    while (at >= 0) {
        const node = root.descendantForIndex(at);
        let next = at + 1;
        if (node?.type === "comment") {
            const text = node.text;
            out.push((0,_extend_js__WEBPACK_IMPORTED_MODULE_2__/* .extend */ .X)((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(node), {
                text: text.startsWith("//") ? text.slice(2) : text.replace(/^\/\*+/, "").replace(/\*+\/$/, ""),
            }));
            next = Math.max(next, node.endIndex);
        }
        else if (node &&
            (node.type === "string_fragment" ||
                node.type === "regex_pattern" ||
                node.type === "string" ||
                node.type === "template_string")) {
            next = Math.max(next, node.endIndex);
        }
        at = source.indexOf("/", next);
    }
    return out;
}
/** The class's `up`/`down`/... methods by name; undefined when it has no `up`. */
function classMethods(cls) {
    const body = cls.childForFieldName("body");
    const methods = new Map();
    for (const member of body?.namedChildren ?? []) {
        if (!member)
            continue;
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .keyName */ .xT)(member.childForFieldName("name"));
        if (name === undefined)
            continue;
        if (member.type === "method_definition")
            methods.set(name, member);
        // `up = async (queryRunner) => { ... }` as a class field.
        if (member.type === "public_field_definition" || member.type === "field_definition") {
            const value = member.childForFieldName("value");
            if (value && isFunction((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value)))
                methods.set(name, (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value));
        }
    }
    return methods.has("up") ? methods : undefined;
}
class Indexer {
    module;
    constructor(module) {
        this.module = module;
    }
    run(root) {
        // Declarations first, so `exports.up = up` finds the function whatever the order.
        const statements = root.namedChildren.filter((c) => c !== null);
        for (const statement of statements)
            this.declaration(statement, false);
        for (const statement of statements)
            this.exportsOf(statement);
    }
    declaration(statement, exported) {
        switch (statement.type) {
            case "export_statement": {
                const declaration = statement.childForFieldName("declaration");
                if (declaration)
                    this.declaration(declaration, true);
                return;
            }
            case "function_declaration":
            case "generator_function_declaration": {
                const name = statement.childForFieldName("name")?.text;
                if (!name)
                    return;
                this.module.functions.set(name, statement);
                if (exported)
                    this.module.exports.set(name, statement);
                return;
            }
            case "lexical_declaration":
            case "variable_declaration":
                for (const declarator of statement.namedChildren) {
                    if (declarator?.type !== "variable_declarator")
                        continue;
                    const name = declarator.childForFieldName("name");
                    const value = declarator.childForFieldName("value");
                    if (name?.type !== "identifier" || !value)
                        continue;
                    const v = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value);
                    this.module.constants.set(name.text, v);
                    if (isFunction(v))
                        this.module.functions.set(name.text, v);
                    if (exported)
                        this.module.exports.set(name.text, v);
                }
                return;
            case "class_declaration":
            case "abstract_class_declaration":
                this.migrationClassFrom(statement);
                return;
            default:
                return;
        }
    }
    migrationClassFrom(cls) {
        if (this.module.migrationClass)
            return false;
        const methods = classMethods(cls);
        if (!methods)
            return false;
        this.module.migrationClass = cls;
        for (const [name, method] of methods)
            this.module.exports.set(name, method);
        return true;
    }
    /** A value assigned to `module.exports` or `export default`: an object of functions or a class. */
    exportedValue(value) {
        let v = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value);
        if (v.type === "identifier")
            v = this.module.constants.get(v.text) ?? v;
        if (v.type === "class" || v.type === "class_declaration") {
            this.migrationClassFrom(v);
            return;
        }
        const object = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .objectEntries */ .WP)(v);
        if (!object)
            return;
        for (const [name, entry] of object.entries)
            this.module.exports.set(name, entry);
    }
    exportsOf(statement) {
        if (statement.type === "export_statement") {
            // `export default {...}` has it as `value`; TypeScript's `export = {...}` as an unnamed child.
            const value = statement.childForFieldName("value") ??
                (statement.text.startsWith("export =")
                    ? statement.namedChildren.find((c) => c?.type !== "comment")
                    : null);
            if (value)
                this.exportedValue(value);
            const declaration = statement.childForFieldName("declaration");
            if (declaration?.type === "class_declaration" || declaration?.type === "abstract_class_declaration")
                this.migrationClassFrom(declaration);
            return;
        }
        if (statement.type !== "expression_statement")
            return;
        const expr = statement.namedChildren[0];
        if (expr?.type !== "assignment_expression")
            return;
        const left = expr.childForFieldName("left");
        const right = expr.childForFieldName("right");
        if (!left || !right)
            return;
        const target = left.text.replace(/\s+/g, "");
        if (target === "module.exports")
            return this.exportedValue(right);
        const m = /^(?:module\.)?exports\.(\w+)$/.exec(target);
        if (m)
            this.module.exports.set(m[1], (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(right));
    }
}
/**
 * Parses `source` and hands the module to `read`. The tree lives in WASM memory and is freed when `read`
 * returns, so nothing read from it may keep a node.
 */
function withJsModule(path, source, parsers, read) {
    const language = languageOf(path);
    const tree = parsers.treeSitter(language, source);
    try {
        const root = tree.rootNode;
        const module = {
            root,
            language,
            comments: commentsOf(root, source),
            problems: syntaxProblems(root),
            functions: new Map(),
            constants: new Map(),
            exports: new Map(),
        };
        new Indexer(module).run(root);
        return read(module);
    }
    finally {
        tree.delete();
    }
}
/** An exported name resolved to a function node: `exports.up = up` follows `up` to its declaration. */
function exportedFunction(module, name) {
    let value = module.exports.get(name);
    for (let depth = 0; depth < 5 && value; depth++) {
        if (isFunction(value))
            return value;
        if (value.type !== "identifier" && value.type !== "shorthand_property_identifier")
            return undefined;
        value = module.functions.get(value.text) ?? module.constants.get(value.text);
    }
    return undefined;
}
function paramOf(node) {
    let n = node;
    if (n.type === "required_parameter" || n.type === "optional_parameter")
        n = n.childForFieldName("pattern") ?? n;
    if (n.type === "assignment_pattern")
        n = n.childForFieldName("left") ?? n;
    if (n.type === "identifier")
        return { name: n.text };
    if (n.type === "object_pattern") {
        const properties = new Map();
        for (const p of n.namedChildren) {
            if (!p)
                continue;
            if (p.type === "shorthand_property_identifier_pattern")
                properties.set(p.text, p.text);
            else if (p.type === "pair_pattern") {
                const key = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .keyName */ .xT)(p.childForFieldName("key"));
                const value = p.childForFieldName("value");
                if (key !== undefined && value?.type === "identifier")
                    properties.set(key, value.text);
            }
        }
        return { properties };
    }
    return {};
}
/** The parameters of a function node. */
function paramsOf(fn) {
    const single = fn.childForFieldName("parameter");
    if (single)
        return [paramOf(single)];
    const list = fn.childForFieldName("parameters");
    return (list?.namedChildren ?? [])
        .filter((p) => p !== null && p.type !== "comment")
        .map(paramOf);
}
/** The body of a function node: a statement block, or an arrow function's expression. */
function bodyOf(fn) {
    return fn.childForFieldName("body") ?? undefined;
}
/** A top-level constant, followed through at most a few `const A = B` aliases. */
function resolveConstant(module, node) {
    let current = unwrap(node);
    for (let depth = 0; depth < 5 && current.type === "identifier"; depth++) {
        const value = module.constants.get(current.text);
        if (!value)
            break;
        current = value;
    }
    return current;
}
/**
 * Why a `down` cannot undo the migration, or undefined when it does something. `value` is what the file
 * exports as `down` (undefined when it exports none).
 */
function downIrreversibility(module, value) {
    if (!value)
        return "the migration has no down, so it cannot be rolled back";
    const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value);
    if (n.type === "false" || n.type === "null" || n.type === "undefined")
        return `down is ${n.text}, so the migration cannot be rolled back`;
    const fn = exportedFunction(module, "down");
    if (!fn)
        return undefined;
    const body = bodyOf(fn);
    if (!body)
        return "down() is empty";
    if (body.type !== "statement_block")
        return isNoop(body) ? "down() does nothing" : undefined;
    const statements = body.namedChildren.filter((c) => c !== null && c.type !== "comment");
    for (const statement of statements) {
        if (statement.type === "empty_statement")
            continue;
        if (statement.type === "throw_statement")
            return "down() throws instead of undoing the migration";
        if (statement.type === "return_statement") {
            const value = statement.namedChildren.find((c) => c !== null && c.type !== "comment");
            if (!value || isNoop(value))
                continue;
            if (/^Promise\.reject\s*\(/.test((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value).text))
                return "down() rejects instead of undoing the migration";
            return undefined;
        }
        if (statement.type === "expression_statement") {
            const expr = statement.namedChildren[0];
            if (expr && isNoop(expr))
                continue;
        }
        return undefined;
    }
    return "down() is empty";
}
/** `Promise.resolve()`, `undefined`, `null`, `{}` or a string: a value that does nothing. */
function isNoop(node) {
    const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(node);
    if (n.type === "undefined" || n.type === "null" || n.type === "string" || n.type === "number")
        return true;
    if (n.type === "identifier" && n.text === "undefined")
        return true;
    if (n.type === "object" && n.namedChildren.length === 0)
        return true;
    if (n.type === "call_expression" && /^Promise\.resolve$/.test(n.childForFieldName("function")?.text ?? ""))
        return true;
    return false;
}


/***/ }),

/***/ 4672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EA: () => (/* binding */ isPlainLiteral),
/* harmony export */   Hg: () => (/* binding */ stringLiteral),
/* harmony export */   Jr: () => (/* binding */ spanBetween),
/* harmony export */   Mc: () => (/* binding */ entriesOf),
/* harmony export */   PL: () => (/* binding */ argsOf),
/* harmony export */   UA: () => (/* binding */ snippet),
/* harmony export */   Vg: () => (/* binding */ numberValue),
/* harmony export */   WP: () => (/* binding */ objectEntries),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   Yt: () => (/* binding */ elements),
/* harmony export */   aX: () => (/* binding */ stringTemplate),
/* harmony export */   dR: () => (/* binding */ chainOf),
/* harmony export */   eC: () => (/* binding */ booleanValue),
/* harmony export */   ee: () => (/* reexport safe */ _tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__.ee),
/* harmony export */   oA: () => (/* binding */ unwrap),
/* harmony export */   ps: () => (/* binding */ plainCallee),
/* harmony export */   r$: () => (/* binding */ stringValue),
/* harmony export */   uy: () => (/* binding */ isNullish),
/* harmony export */   xT: () => (/* binding */ keyName)
/* harmony export */ });
/* harmony import */ var _tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7545);
/* harmony import */ var _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8849);


/** 1-based lines of a node; a node whose last byte is a newline does not count the line after it. */

/** From the line of `from` to the end of `to`: a link of a call chain, `.dropTable('x')`. */
function spanBetween(from, to) {
    const line = from.startPosition.row + 1;
    return { line, endLine: Math.max(line, (0,_tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(to).endLine) };
}
/** Wrappers that change nothing at run time: parentheses, `await`, TypeScript casts and `!`. */
const TRANSPARENT = new Set([
    "parenthesized_expression",
    "await_expression",
    "as_expression",
    "satisfies_expression",
    "non_null_expression",
    "type_assertion",
]);
/** `(await x as T)!` → `x`, any depth. */
function unwrap(node) {
    let current = node;
    while (TRANSPARENT.has(current.type)) {
        // The expression is the first named child in every one of these (a type follows it, or precedes it in `<T>x`).
        const children = current.namedChildren.filter((c) => c !== null && c.type !== "comment");
        const inner = current.type === "type_assertion" ? children[children.length - 1] : children[0];
        if (!inner)
            break;
        current = inner;
    }
    return current;
}
const ESCAPE = /\\(\r\n|\n|\r|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|0(?![0-9])|[\s\S])/g;
const SIMPLE_ESCAPES = {
    b: "\b",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "\t",
    v: "\v",
    "0": "\0",
};
function decodeEscapes(text) {
    if (!text.includes("\\"))
        return text;
    return text.replace(ESCAPE, (_whole, esc) => {
        if (esc === "\n" || esc === "\r" || esc === "\r\n")
            return "";
        const simple = SIMPLE_ESCAPES[esc];
        if (simple !== undefined)
            return simple;
        if (esc.startsWith("u{"))
            return String.fromCodePoint(parseInt(esc.slice(2, -1), 16));
        if (esc.length > 1 && (esc[0] === "u" || esc[0] === "x"))
            return String.fromCodePoint(parseInt(esc.slice(1), 16));
        return esc;
    });
}
/**
 * The value of a string literal: quotes, a template without `${}`, or `+` of those. A template with a
 * substitution is built at run time, so it has no value here.
 */
function stringLiteral(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    const line = n.startPosition.row + 1;
    switch (n.type) {
        case "string":
            // Read from the text rather than the children: every child visit is a call into WASM.
            return { value: decodeEscapes(n.text.slice(1, -1)), line };
        case "template_string": {
            const text = n.text.slice(1, -1);
            // `${` only starts a substitution when not escaped; any real one makes the text dynamic.
            if (/(^|[^\\])(\\\\)*\$\{/.test(text))
                return undefined;
            return { value: decodeEscapes(text.replace(/\r\n?/g, "\n")), line };
        }
        case "binary_expression": {
            if (n.childForFieldName("operator")?.text !== "+")
                return undefined;
            const left = stringLiteral(n.childForFieldName("left"));
            const right = left ? stringLiteral(n.childForFieldName("right")) : undefined;
            return left && right ? { value: left.value + right.value, line: left.line } : undefined;
        }
        default:
            return undefined;
    }
}
/**
 * A template literal with `${...}` substitutions, or `+` of literals and expressions, as literal parts and
 * holes: what the SQL reader needs to read a statement by its static parts. Undefined for anything else.
 */
function stringTemplate(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    const line = n.startPosition.row + 1;
    const literal = stringLiteral(n);
    if (literal)
        return { parts: [{ text: literal.value }], line };
    if (n.type === "template_string") {
        // Split the raw text at substitutions; an escaped `\${` stays text. Nested braces inside `${}` balance.
        const text = n.text.slice(1, -1);
        const parts = [];
        let from = 0;
        let i = 0;
        while (i < text.length) {
            if (text[i] === "\\") {
                i += 2;
                continue;
            }
            if (text[i] === "$" && text[i + 1] === "{") {
                parts.push({ text: decodeEscapes(text.slice(from, i).replace(/\r\n?/g, "\n")) });
                let depth = 1;
                let j = i + 2;
                while (j < text.length && depth > 0) {
                    if (text[j] === "{")
                        depth++;
                    else if (text[j] === "}")
                        depth--;
                    j++;
                }
                parts.push({ hole: text.slice(i + 2, j - 1).trim() });
                from = i = j;
                continue;
            }
            i++;
        }
        parts.push({ text: decodeEscapes(text.slice(from).replace(/\r\n?/g, "\n")) });
        return { parts, line };
    }
    if (n.type === "binary_expression" && n.childForFieldName("operator")?.text === "+") {
        const leftNode = n.childForFieldName("left");
        const rightNode = n.childForFieldName("right");
        const left = stringTemplate(leftNode);
        if (!left || !rightNode)
            return undefined;
        const right = stringTemplate(rightNode) ?? { parts: [{ hole: rightNode.text }], line };
        return { parts: [...left.parts, ...right.parts], line: left.line };
    }
    return undefined;
}
function stringValue(node) {
    return stringLiteral(node)?.value;
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
    if (n.type !== "number")
        return undefined;
    const value = Number(n.text.replace(/_/g, ""));
    return Number.isFinite(value) ? value : undefined;
}
function isNullish(node) {
    if (!node)
        return false;
    const n = unwrap(node);
    return n.type === "null" || n.type === "undefined" || (n.type === "identifier" && n.text === "undefined");
}
/** True for a value JavaScript computes without running code: numbers, strings, booleans, null. */
function isPlainLiteral(node) {
    if (!node)
        return false;
    const n = unwrap(node);
    switch (n.type) {
        case "number":
        case "true":
        case "false":
        case "null":
        case "undefined":
            return true;
        case "unary_expression":
            return isPlainLiteral(n.childForFieldName("argument"));
        case "string":
        case "template_string":
        case "binary_expression":
            return stringLiteral(n) !== undefined;
        default:
            return false;
    }
}
/** The name of a property key: `a`, `'a'`, `"a"`, `[`a`]`; undefined for a computed key. */
function keyName(key) {
    if (!key)
        return undefined;
    if (key.type === "property_identifier" || key.type === "identifier")
        return key.text;
    if (key.type === "number")
        return key.text;
    if (key.type === "computed_property_name")
        return stringValue(key.namedChildren[0]);
    return stringValue(key);
}
/**
 * The entries of an object literal. Shorthand `{ up }` maps to the identifier, a method `up() {}` to the
 * method node. Undefined when the node is not an object literal.
 */
function objectEntries(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "object")
        return undefined;
    const out = { entries: new Map(), partial: false };
    for (const child of n.namedChildren) {
        if (!child || child.type === "comment")
            continue;
        if (child.type === "pair") {
            const key = keyName(child.childForFieldName("key"));
            const value = child.childForFieldName("value");
            if (key !== undefined && value)
                out.entries.set(key, value);
            else
                out.partial = true;
        }
        else if (child.type === "shorthand_property_identifier") {
            out.entries.set(child.text, child);
        }
        else if (child.type === "method_definition") {
            const key = keyName(child.childForFieldName("name"));
            if (key !== undefined)
                out.entries.set(key, child);
        }
        else {
            out.partial = true;
        }
    }
    return out;
}
/** Entries of an object literal, or an empty map for anything else. */
function entriesOf(node) {
    return objectEntries(node)?.entries ?? new Map();
}
/** The elements of an array literal; undefined for anything else. */
function elements(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "array")
        return undefined;
    return n.namedChildren.filter((c) => c !== null && c.type !== "comment");
}
/**
 * `["a", "b"]` → strings; a lone string is a list of one. An element may also be an object naming its string
 * under one of `keys` (`[{ name: "a", sort: "DESC" }]`). Undefined when any element is neither.
 */
function stringList(node, keys = []) {
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
        let value = stringValue(item);
        for (const key of keys)
            value ??= stringValue(entriesOf(item).get(key));
        if (value === undefined)
            return undefined;
        out.push(value);
    }
    return out;
}
/** The arguments of a call, without comments. A spread makes the list partial (`spread: true`). */
function argsOf(call) {
    const list = call.childForFieldName("arguments");
    const args = [];
    let spread = false;
    if (!list || list.type !== "arguments")
        return { args, spread };
    for (const child of list.namedChildren) {
        if (!child || child.type === "comment")
            continue;
        if (child.type === "spread_element")
            spread = true;
        args.push(child);
    }
    return { args, spread };
}
/**
 * `knex.schema.alterTable('a', cb).then(f)` → root `knex`, links schema, alterTable(...), then(...).
 * Wrappers (`await`, parentheses, casts) between links are looked through.
 */
function chainOf(node) {
    const links = [];
    let current = unwrap(node);
    for (;;) {
        if (current.type === "call_expression") {
            const fn = current.childForFieldName("function");
            const target = fn ? unwrap(fn) : undefined;
            if (target?.type === "member_expression") {
                const property = target.childForFieldName("property");
                const object = target.childForFieldName("object");
                if (!property || !object)
                    break;
                links.push({ name: property.text, nameNode: property, call: current, args: argsOf(current).args });
                current = unwrap(object);
                continue;
            }
            break;
        }
        if (current.type === "member_expression") {
            const property = current.childForFieldName("property");
            const object = current.childForFieldName("object");
            if (!property || !object)
                break;
            links.push({ name: property.text, nameNode: property, args: [] });
            current = unwrap(object);
            continue;
        }
        if (current.type === "subscript_expression") {
            // `knex.schema["dropTable"](...)` is rare enough to leave as the root; the reader says unknown.
            break;
        }
        break;
    }
    return { root: current, links: links.reverse() };
}
/** For a call of a plain function `f(...)`, the name `f`. */
function plainCallee(call) {
    if (call.type !== "call_expression")
        return undefined;
    const fn = call.childForFieldName("function");
    const target = fn ? unwrap(fn) : undefined;
    return target?.type === "identifier" ? target.text : undefined;
}
/** The text of a node for an `unknown` operation: first 200 characters. */
function snippet(node) {
    return (0,_shared_toolkit_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(node.text);
}


/***/ }),

/***/ 1839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y9: () => (/* binding */ JsWalker),
/* harmony export */   jh: () => (/* binding */ MigrationWalker)
/* harmony export */ });
/* unused harmony export Scope */
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4672);
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3853);
/* harmony import */ var _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8849);
// Walks forward JavaScript/TypeScript code (a migration's `up`) in source order: into every branch, loop and
// callback, and into the same-file helpers it calls. What a call means is the reader's business; the walker
// keeps the local names it was told about (`B`) and the local constants (`const sql = '...'`) per function.



/** Deep enough for any real chain of helpers, shallow enough that a pathological file stays cheap. */
/** Local names of one function: what the reader bound (`knex`, a table builder) and plain local values. */
class Scope {
    bindings;
    values;
    constructor(bindings = new Map(), values = new Map()) {
        this.bindings = bindings;
        this.values = values;
    }
    /** A scope for a nested callback: it sees the outer names, and its own do not leak out. */
    nested() {
        return new Scope(new Map(this.bindings), new Map(this.values));
    }
}
/** Node types that hold no call worth reading. */
const INERT = new Set([
    "comment",
    "string",
    "template_string",
    "number",
    "regex",
    "identifier",
    "property_identifier",
    "shorthand_property_identifier",
    "this",
    "true",
    "false",
    "null",
    "undefined",
    "import_statement",
    "function_declaration",
    "generator_function_declaration",
    "class_declaration",
    "abstract_class_declaration",
    "class",
    "type_alias_declaration",
    "interface_declaration",
    "type_annotation",
    "type_arguments",
    "empty_statement",
]);
class JsWalker {
    module;
    /** Functions being followed, innermost last, so a recursive helper is read once. */
    following = [];
    constructor(module) {
        this.module = module;
    }
    /**
     * A call hands a bound object (the `knex` instance, `queryRunner`, a table builder...) to a function this file
     * does not define: what that code does with it cannot be read here.
     */
    escaped(_call, _argument, _scope) { }
    escapes(call, scope) {
        for (const a of (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .argsOf */ .PL)(call).args) {
            const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(a);
            if (n.type === "identifier" && scope.bindings.has(n.text)) {
                this.escaped(call, n.text, scope);
                return;
            }
        }
    }
    /** What a value assigned to a local name is, if the reader cares (`const trx = await knex.transaction()`). */
    binding(_value, _scope) {
        return undefined;
    }
    /** Reads the body of `fn` with its parameters bound by `bind`. */
    enter(fn, bind) {
        if (this.following.includes(fn.id) || this.following.length > _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr)
            return;
        const scope = new Scope();
        (0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .paramsOf */ .gI)(fn).forEach((param, i) => {
            for (const [name, binding] of bind(param, i))
                scope.bindings.set(name, binding);
        });
        const body = (0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .bodyOf */ .EN)(fn);
        if (!body)
            return;
        this.following.push(fn.id);
        this.visit(body, scope);
        this.following.pop();
    }
    /** The value a name stands for: a local constant, then a top-level one, through a few aliases. */
    resolve(node, scope) {
        if (!node)
            return undefined;
        let current = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(node);
        for (let depth = 0; depth < 5 && current.type === "identifier"; depth++) {
            const next = scope.values.get(current.text) ?? this.module.constants.get(current.text);
            if (!next)
                break;
            current = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(next);
        }
        return current;
    }
    /** A string the argument holds, directly or through a constant. */
    name(node, scope) {
        return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .stringValue */ .r$)(this.resolve(node, scope));
    }
    /** `'users'`, or an object naming the table under `key` with an optional `schema` (`app.users`). */
    namedTable(node, scope, key) {
        const value = this.resolve(node, scope);
        const plain = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .stringValue */ .r$)(value);
        if (plain !== undefined)
            return plain;
        const entries = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .objectEntries */ .WP)(value)?.entries;
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .stringValue */ .r$)(entries?.get(key));
        if (name === undefined)
            return undefined;
        const schema = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .stringValue */ .r$)(entries?.get("schema"));
        return schema ? `${schema}.${name}` : name;
    }
    /**
     * Whether `root` is the framework's handle (`knex`, `pgm`, `queryInterface`, `queryRunner`): bound to that
     * kind in this scope, or, in a helper that reaches it some other way, a parameter of that conventional name.
     */
    isHandle(root, scope, kind) {
        if (root.type !== "identifier")
            return false;
        const bound = scope.bindings.get(root.text);
        if (bound)
            return bound.kind === kind;
        return root.text === kind && !scope.values.has(root.text);
    }
    /** What a name or expression is bound to, looking through `(x)` and `await`. */
    bound(node, scope) {
        if (!node)
            return undefined;
        const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(node);
        if (n.type === "identifier")
            return scope.bindings.get(n.text);
        return undefined;
    }
    /** Reads a function written in place (a callback) with its parameters bound by `bind`. */
    callback(fn, scope, bind) {
        const f = fn ? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(fn) : undefined;
        if (!f || !(0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .isFunction */ .Tn)(f)) {
            if (fn)
                this.visit(fn, scope);
            return;
        }
        const inner = scope.nested();
        (0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .paramsOf */ .gI)(f).forEach((param, i) => {
            for (const [name, binding] of bind(param, i))
                inner.bindings.set(name, binding);
        });
        const body = (0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .bodyOf */ .EN)(f);
        if (body)
            this.visit(body, inner);
    }
    visit(node, scope) {
        const type = node.type;
        if (INERT.has(type))
            return;
        switch (type) {
            case "call_expression":
                if (this.call(node, scope))
                    return;
                if (this.helper(node, scope))
                    return;
                this.escapes(node, scope);
                break;
            case "arrow_function":
            case "function_expression":
            case "function": {
                // A callback (`Promise.all(list.map(async (t) => ...))`, `.then(() => ...)`): it runs.
                const body = (0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .bodyOf */ .EN)(node);
                if (body)
                    this.visit(body, scope.nested());
                return;
            }
            case "lexical_declaration":
            case "variable_declaration":
                for (const declarator of node.namedChildren) {
                    if (declarator?.type === "variable_declarator")
                        this.declare(declarator, scope);
                }
                return;
            case "assignment_expression": {
                const left = node.childForFieldName("left");
                const right = node.childForFieldName("right");
                if (left?.type === "identifier" && right) {
                    scope.bindings.delete(left.text);
                    scope.values.delete(left.text);
                    this.assign(left.text, right, scope);
                }
                else if (right)
                    this.visit(right, scope);
                return;
            }
            default:
                break;
        }
        for (const child of node.namedChildren)
            if (child)
                this.visit(child, scope);
    }
    declare(declarator, scope) {
        const name = declarator.childForFieldName("name");
        const value = declarator.childForFieldName("value");
        if (!value)
            return;
        if (name?.type !== "identifier")
            return this.visit(value, scope);
        this.assign(name.text, value, scope);
    }
    assign(name, value, scope) {
        const v = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value);
        const alias = v.type === "identifier" ? scope.bindings.get(v.text) : undefined;
        const binding = alias ?? this.binding(v, scope);
        if (binding !== undefined) {
            scope.bindings.set(name, binding);
            return;
        }
        scope.values.set(name, v);
        this.visit(value, scope);
    }
    /**
     * `helper(knex)` or `this.helper(queryRunner)` where the helper is a function of this file: its
     * arguments run first, then its body with the arguments' bindings.
     */
    helper(call, scope) {
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .plainCallee */ .ps)(call);
        let fn = name !== undefined ? this.module.functions.get(name) : undefined;
        if (!fn) {
            const callee = call.childForFieldName("function");
            const m = callee ? /^this\.(\w+)$/.exec(callee.text) : undefined;
            const method = m ? this.module.exports.get(m[1]) : undefined;
            if (method?.type === "method_definition")
                fn = method;
        }
        if (!fn)
            return false;
        const { args } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .argsOf */ .PL)(call);
        for (const a of args)
            this.visit(a, scope);
        const values = args.map((a) => this.bound(a, scope));
        this.enter(fn, (param, i) => {
            const value = values[i];
            return param.name !== undefined && value !== undefined ? [[param.name, value]] : [];
        });
        return true;
    }
}
/**
 * A walker that emits a migration's operations: `up` is read for them, `down` first and only to learn what
 * `up` changes away from (the types it restores), with nothing emitted while it is read.
 */
class MigrationWalker extends JsWalker {
    emit;
    /** While reading `down`: only types are learnt, nothing is emitted. */
    learning = false;
    constructor(module, emit) {
        super(module);
        this.emit = emit;
    }
    /** Reads `down` when its text restates a column (`restates`), then `up`; both with `bind`'s parameters. */
    readDownThenUp(up, down, restates, bind) {
        // Most downs never restate a column, and then they are not walked.
        if (down?.text.includes(restates)) {
            this.learning = true;
            this.enter(down, bind);
            this.learning = false;
        }
        this.enter(up, bind);
    }
    push(where, body) {
        if (!this.learning)
            this.emit.push(where, body);
    }
    unknown(node, reason, span) {
        if (!this.learning)
            this.emit.unknown(node, reason, span);
    }
    /** `<call> whose <what> is not a string literal cannot be followed`: a name the reader cannot resolve. */
    notLiteral(node, call, what, span) {
        this.unknown(node, `${call} whose ${what} is not a string literal cannot be followed`, span);
    }
    /** SQL text run by `via` (`knex.raw()`, `pgm.sql()`), resolved through constants; nothing while learning. */
    sql(value, where, scope, via, prepare) {
        if (!this.learning)
            this.emit.sql(this.resolve(value, scope), where, via, prepare);
    }
    /** A bound object handed to code this file does not define: what it does with it cannot be read. */
    escaped(call, argument, _scope) {
        this.unknown(call, `passes \`${argument}\` to a function that is not defined in this file, so what it does cannot be read`);
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
