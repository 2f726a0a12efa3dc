export const id = 131;
export const ids = [131];
export const modules = {

/***/ 7131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readSchemaPrisma: () => (/* binding */ readSchemaPrisma)
/* harmony export */ });
/* harmony import */ var _loancrate_prisma_schema_parser_dist_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(755);

/** The table Prisma Migrate keeps its own history in, in every database it migrated. */
const PRISMA_MIGRATIONS = {
    kind: "create-table",
    table: "_prisma_migrations",
    columns: [
        "id",
        "checksum",
        "finished_at",
        "migration_name",
        "logs",
        "rolled_back_at",
        "started_at",
        "applied_steps_count",
    ],
    line: 1,
    endLine: 1,
};
/**
 * The tables the schema's models make (`@@map`, `@@schema`), with a column for each field that is not a relation
 * (`@map`), each implicit many-to-many relation's `_AToB` table, and `_prisma_migrations`; undefined when the
 * file does not parse (no seed then, and the history proves no absence: fails closed).
 */
function readSchemaPrisma(source) {
    let schema;
    try {
        schema = (0,_loancrate_prisma_schema_parser_dist_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePrismaSchema */ .P8)(source);
    }
    catch {
        // A syntax error (the parser throws its SyntaxError): unreadable, fails closed as above.
        return undefined;
    }
    const models = schema.declarations.filter((d) => d.kind === "model");
    // A field typed by a model (or view, or composite type) is a relation: no column of its own.
    const blocks = new Set(schema.declarations.flatMap((d) => d.kind === "model" || d.kind === "view" || d.kind === "type" ? [d.name.value] : []));
    const operations = [PRISMA_MIGRATIONS];
    const joins = new Map();
    for (const model of models) {
        const line = model.location?.start.line ?? 1;
        const endLine = model.location?.end.line ?? line;
        const mapped = stringArg(blockAttribute(model, "map")?.args);
        const inSchema = stringArg(blockAttribute(model, "schema")?.args);
        const columns = [];
        for (const member of model.members) {
            if (member.kind !== "field")
                continue;
            const type = baseType(member.type);
            if (type === undefined || !blocks.has(type)) {
                columns.push(stringArg(fieldAttribute(member.attributes, "map")?.args) ?? member.name.value);
                continue;
            }
            // Both sides lists: an implicit many-to-many relation, kept in a table of its own.
            if (member.type.kind !== "list")
                continue;
            const other = models.find((m) => m.name.value === type);
            const back = other?.members.some((m) => m.kind === "field" && m.type.kind === "list" && baseType(m.type) === model.name.value);
            if (!back)
                continue;
            const named = stringArg(fieldAttribute(member.attributes, "relation")?.args);
            const name = named ?? [model.name.value, type].sort().join("To");
            const table = `_${name}`;
            if (joins.has(table))
                continue;
            // With several schemas, which one holds the relation's table is Prisma's choice, not written here.
            const where = inSchema ?? stringArg(other && blockAttribute(other, "schema")?.args);
            joins.set(table, where !== undefined
                ? { kind: "unknown", reason: `the schema that holds ${table}`, line, endLine }
                : { kind: "create-table", table, columns: ["A", "B"], line, endLine });
        }
        const table = mapped ?? model.name.value;
        operations.push({
            kind: "create-table",
            table: inSchema !== undefined && inSchema !== "public" ? `${inSchema}.${table}` : table,
            columns,
            line,
            endLine,
        });
    }
    operations.push(...joins.values());
    return { operations };
}
/** `String`, `Post` of `Post[]`, `User?`; undefined for `Unsupported("...")`. */
function baseType(type) {
    const base = type.kind === "list" || type.kind === "optional" || type.kind === "required" ? type.type : type;
    return base.kind === "typeId" ? base.name.value : undefined;
}
function blockAttribute(model, name) {
    return model.members.find((m) => m.kind === "blockAttribute" && m.path.value.length === 1 && m.path.value[0] === name);
}
function fieldAttribute(attributes, name) {
    return attributes?.find((a) => a.path.value.length === 1 && a.path.value[0] === name);
}
/**
 * The name an attribute gives: a string argument (`@map("x")`, `@relation("x", fields: [...])`) or its `name:`
 * (`@@map(name: "x")`); other named arguments name nothing.
 */
function stringArg(args) {
    for (const arg of args ?? []) {
        const value = arg.kind === "namedArgument" ? (arg.name.value === "name" ? arg.expression : undefined) : arg;
        if (value?.kind === "literal" && typeof value.value === "string")
            return value.value;
    }
    return undefined;
}


/***/ })

};
