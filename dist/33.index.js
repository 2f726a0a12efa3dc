export const id = 33;
export const ids = [33];
export const modules = {

/***/ 3033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readXmlChangelog: () => (/* binding */ readXmlChangelog),
/* harmony export */   readYamlChangelog: () => (/* binding */ readYamlChangelog)
/* harmony export */ });
/* harmony import */ var saxes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9800);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
// A Liquibase changelog, whatever it was written in (XML, YAML, JSON), as one tree of elements with lines:
// `<dropColumn tableName="t"><column name="c"/></dropColumn>` and `- dropColumn: {tableName: t, columns:
// [{column: {name: c}}]}` become the same Element. The reader (changes.ts) sees only this tree.
// XML is read with saxes (a strict, well-kept SAX parser that reports positions and well-formedness errors);
// YAML and JSON with the `yaml` package (JSON is YAML), whose line counter gives every node's line.


function element(name, line) {
    return { name, attrs: new Map(), children: [], text: "", textLine: line, line, endLine: line };
}
const localName = (name) => name.slice(name.indexOf(":") + 1);
const linesIn = (text) => text.split("\n").length - 1;
/**
 * XML forbids `--` inside a comment (Liquibase's own parser rejects the file), so an allow comment there writes
 * its reason after a single dash: `<!-- migration-guard:allow drop-table - archived first -->`. Read as the
 * usual `-- reason`.
 */
function xmlAllowComment(text) {
    return text.replace(/(migration-guard:allow\s+[A-Za-z0-9_,\s-]*?[A-Za-z0-9_])\s+[-\u2013\u2014]\s+/, "$1 -- ");
}
function readXmlChangelog(source) {
    const comments = [];
    const problems = [];
    const parser = new saxes__WEBPACK_IMPORTED_MODULE_0__/* .SaxesParser */ .wT({ position: true });
    const stack = [element("#document", 1)];
    parser.on("opentagstart", (tag) => stack.push(element(localName(tag.name), parser.line)));
    parser.on("opentag", (tag) => {
        const current = stack[stack.length - 1];
        for (const [key, value] of Object.entries(tag.attributes))
            current.attrs.set(localName(key), String(value));
    });
    parser.on("closetag", () => {
        const done = stack.pop();
        done.endLine = parser.line;
        stack[stack.length - 1].children.push(done);
    });
    const addText = (text) => {
        const current = stack[stack.length - 1];
        // The event comes once the text is read, so the parser stands on its last line.
        if (current.text.trim() === "")
            current.textLine = parser.line - linesIn(text);
        current.text += text;
    };
    parser.on("text", addText);
    parser.on("cdata", addText);
    parser.on("comment", (text) => {
        const endLine = parser.line;
        comments.push({ line: endLine - linesIn(text), endLine, text: xmlAllowComment(text.trim()) });
    });
    try {
        parser.write(source).close();
    }
    catch (error) {
        // Fails closed: a changelog that is not well-formed XML is needs-review, and nothing of it is trusted.
        problems.push({
            line: parser.line,
            endLine: parser.line,
            message: `XML syntax error: ${error.message.replace(/^[^:]*:\d+:\d+: /, "")}, so the changelog cannot be read reliably`,
        });
        return { root: undefined, comments, problems };
    }
    const root = stack[0].children.find((e) => e.name === "databaseChangeLog");
    return { root, comments, problems };
}
/** YAML keys whose list is the parent's children (XML writes them as the parent's own child elements). */
const LIST_ONLY = new Set(["changes", "columns"]);
function readYamlChangelog(source, json) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(source, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
    const lineOf = (offset) => lineCounter.linePos(offset ?? 0).line;
    const problems = doc.errors.map((e) => ({
        line: lineOf(e.pos[0]),
        endLine: lineOf(e.pos[1]),
        message: `${json ? "JSON" : "YAML"} syntax error: ${e.message.split("\n")[0]}, so the changelog cannot be read reliably`,
    }));
    const comments = json ? [] : yamlComments(source);
    if (problems.length > 0)
        return { root: undefined, comments, problems };
    /** One `name: value` entry as an element: a map's scalars are attributes, its maps and lists children. */
    const toElement = (name, keyOffset, value) => {
        const e = element(name, lineOf(keyOffset));
        const node = value;
        e.endLine = Math.max(e.line, lineOf(node?.range?.[1]));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node)) {
            setText(e, node);
            return e;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                e.children.push(...itemElements(item));
            return e;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
            return e;
        for (const pair of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(pair) || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key))
                continue;
            const key = String(pair.key.value);
            const v = pair.value;
            // `sql: ...` inside a sql change and `where: ...` are text, not attributes.
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(v) && (key !== name || name !== "sql") && key !== "where" && key !== "comment") {
                e.attrs.set(key, v.value === null ? "" : String(v.value));
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(v) && key === name) {
                setText(e, v);
            }
            else {
                const child = toElement(key, pair.key.range?.[0], v);
                // `changes:` and `columns:` only group; `rollback:` stays an element, so its changes stay inside it.
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(v) && LIST_ONLY.has(key))
                    e.children.push(...child.children);
                else
                    e.children.push(child);
            }
        }
        return e;
    };
    const setText = (e, scalar) => {
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(scalar) && scalar.value !== null ? String(scalar.value) : "";
        const start = scalar.range?.[0] ?? 0;
        // A block scalar (`|`, `>`) starts its text on the line after the indicator.
        e.textLine = lineOf(start) + (/^[|>]/.test(source.slice(start, start + 1)) ? 1 : 0);
        e.text = value;
    };
    /** `- dropTable: {...}` → the element dropTable; anything else in a list is not a change. */
    const itemElements = (item) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(item))
            return [];
        return item.items.flatMap((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(pair) && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key)
            ? [toElement(String(pair.key.value), pair.key.range?.[0], pair.value)]
            : []);
    };
    const top = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(top))
        return { root: undefined, comments, problems };
    const pair = top.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(p.key) && p.key.value === "databaseChangeLog");
    if (!pair || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key))
        return { root: undefined, comments, problems };
    return { root: toElement("databaseChangeLog", pair.key.range?.[0], pair.value), comments, problems };
}
/** `# ...` comments of a YAML file, outside quoted strings. */
function yamlComments(source) {
    const comments = [];
    source.split("\n").forEach((text, i) => {
        let quote;
        for (let j = 0; j < text.length; j++) {
            const c = text[j];
            if (quote) {
                if (c === quote)
                    quote = undefined;
            }
            else if (c === "'" || c === '"')
                quote = c;
            else if (c === "#" && (j === 0 || /\s/.test(text[j - 1]))) {
                comments.push({ line: i + 1, endLine: i + 1, text: text.slice(j + 1).trim() });
                return;
            }
        }
    });
    return comments;
}


/***/ })

};
