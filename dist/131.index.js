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
 * (`@map`), each implicit many-to-many relation's `_AToB` table, and `_prisma_migrations`. `sources`: the schema's
 * one file, or every file of a multi-file schema, read together as Prisma merges them (a model may use an enum or
 * relate to a model of another file; the datasource's provider may sit in any). Undefined when a file does not
 * parse, or the files do not make one schema Prisma would accept (two datasources, a block declared twice): no
 * seed then, and the history proves no absence (fails closed).
 */
function readSchemaPrisma(sources) {
    const declarations = [];
    for (const source of typeof sources === "string" ? [sources] : sources) {
        try {
            declarations.push(...(0,_loancrate_prisma_schema_parser_dist_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePrismaSchema */ .P8)(source).declarations);
        }
        catch {
            // A syntax error in any one file (the parser throws its SyntaxError): the whole schema is unreadable,
            // since what that file declares is unknown. Fails closed as above.
            return undefined;
        }
    }
    const schema = { kind: "schema", declarations };
    if (!oneSchema(schema))
        return undefined;
    const models = schema.declarations.filter((d) => d.kind === "model");
    // A field typed by a model (or view, or composite type) is a relation: no column of its own.
    const blocks = new Set(schema.declarations.flatMap((d) => d.kind === "model" || d.kind === "view" || d.kind === "type" ? [d.name.value] : []));
    const operations = [PRISMA_MIGRATIONS];
    const joins = new Map();
    const provider = providerOf(schema);
    // On PostgreSQL each enum is a type of its own (`CREATE TYPE "Status" AS ENUM (...)`), and a field typed by
    // it a column of that type; other providers spell enums inline, which the model does not read.
    const enums = provider === "postgresql" || provider === "cockroachdb"
        ? enumTypes(schema)
        : new Map();
    operations.push(...enums.values());
    const typeOf = columnTypes(provider, enums);
    for (const model of models) {
        const line = model.location?.start.line ?? 1;
        const endLine = model.location?.end.line ?? line;
        const mapped = stringArg(blockAttribute(model, "map")?.args);
        const inSchema = stringArg(blockAttribute(model, "schema")?.args);
        const columns = [];
        const types = {};
        const notNull = [];
        for (const member of model.members) {
            if (member.kind !== "field")
                continue;
            const type = baseType(member.type);
            if (type === undefined || !blocks.has(type)) {
                const column = stringArg(fieldAttribute(member.attributes, "map")?.args) ?? member.name.value;
                columns.push(column);
                const sql = typeOf?.(member);
                if (sql !== undefined)
                    types[column] = sql;
                // A required scalar is NOT NULL; an optional one, a list or an unsupported type is taken as nullable
                // (a column wrongly known NOT NULL would hide the scan of a later SET NOT NULL: this fails closed).
                if (member.type.kind === "typeId" || member.type.kind === "required")
                    notNull.push(column);
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
            ...(Object.keys(types).length ? { columnTypes: types } : {}),
            ...(typeOf ? { notNullColumns: notNull } : {}),
            line,
            endLine,
        });
    }
    operations.push(...joins.values());
    return { operations };
}
/**
 * True when no block name is declared twice and there is at most one datasource, as Prisma requires of the
 * merged files: with two, which model or provider is the real one is unknown.
 */
function oneSchema(schema) {
    const names = new Set();
    let datasources = 0;
    for (const d of schema.declarations) {
        if (d.kind === "datasource" && ++datasources > 1)
            return false;
        if (d.kind !== "model" && d.kind !== "view" && d.kind !== "type" && d.kind !== "enum")
            continue;
        if (names.has(d.name.value))
            return false;
        names.add(d.name.value);
    }
    return true;
}
/** The datasource's `provider = "..."`, lower-cased; undefined when there is none or it is not a literal. */
function providerOf(schema) {
    for (const d of schema.declarations) {
        if (d.kind !== "datasource")
            continue;
        for (const m of d.members)
            if (m.kind === "config" && m.name.value === "provider" && m.value.kind === "literal")
                return String(m.value.value).toLowerCase();
    }
    return undefined;
}
/**
 * The SQL type Prisma Migrate gives each scalar type when no `@db.` attribute chooses one (Prisma's documented
 * type mapping), per provider. An enum field is of its enum's type (PostgreSQL); other types are left untyped: the
 * history then knows no old type for the column, and a change of it is reported for review.
 */
const DEFAULT_TYPES = {
    postgresql: {
        String: "text",
        Boolean: "boolean",
        Int: "integer",
        BigInt: "bigint",
        Float: "double precision",
        Decimal: "decimal(65,30)",
        DateTime: "timestamp(3)",
        Json: "jsonb",
        Bytes: "bytea",
    },
    mysql: {
        String: "varchar(191)",
        Boolean: "tinyint(1)",
        Int: "int",
        BigInt: "bigint",
        Float: "double",
        Decimal: "decimal(65,30)",
        DateTime: "datetime(3)",
        Json: "json",
        Bytes: "longblob",
    },
    sqlite: {
        String: "text",
        Boolean: "boolean",
        Int: "integer",
        BigInt: "bigint",
        Float: "real",
        Decimal: "decimal",
        DateTime: "datetime",
        Json: "jsonb",
        Bytes: "blob",
    },
};
DEFAULT_TYPES.cockroachdb = DEFAULT_TYPES.postgresql;
/**
 * A field's column type as SQL spells it: its `@db.` native type (`@db.VarChar(50)` → `varchar(50)`,
 * `@db.Timestamptz(6)` → `timestamptz(6)`), else its scalar type's default; `[]` for a list. Undefined for a
 * provider we do not know the mapping of.
 */
function columnTypes(provider, enums) {
    const defaults = provider === undefined ? undefined : DEFAULT_TYPES[provider];
    if (!defaults)
        return undefined;
    return (field) => {
        const scalar = baseType(field.type);
        const enumType = scalar === undefined ? undefined : enums.get(scalar)?.type;
        if (enumType !== undefined)
            return field.type.kind === "list" ? `${enumType}[]` : enumType;
        const native = field.attributes?.find((a) => a.path.value.length === 2 && a.path.value[0] === "db");
        let sql;
        if (native) {
            const args = (native.args ?? []).map((a) => (a.kind === "literal" ? a.value : undefined));
            if (args.some((a) => typeof a !== "number"))
                return undefined;
            const name = NATIVE_NAMES[native.path.value[1]] ?? native.path.value[1].toLowerCase();
            sql = args.length ? `${name}(${args.join(",")})` : name;
        }
        else
            sql = scalar === undefined ? undefined : defaults[scalar];
        if (sql === undefined)
            return undefined;
        return field.type.kind === "list" ? `${sql}[]` : sql;
    };
}
/**
 * Each `enum` block as the type Prisma Migrate creates for it, by the enum's Prisma name: named by its `@@map`
 * (in its `@@schema`), its labels by their `@map`.
 */
function enumTypes(schema) {
    const out = new Map();
    for (const d of schema.declarations) {
        if (d.kind !== "enum")
            continue;
        const line = d.location?.start.line ?? 1;
        const attribute = (name) => d.members.find((m) => m.kind === "blockAttribute" && m.path.value.length === 1 && m.path.value[0] === name);
        const name = stringArg(attribute("map")?.args) ?? d.name.value;
        const inSchema = stringArg(attribute("schema")?.args);
        const values = d.members.flatMap((m) => m.kind === "enumValue" ? [stringArg(fieldAttribute(m.attributes, "map")?.args) ?? m.name.value] : []);
        out.set(d.name.value, {
            kind: "create-enum",
            type: inSchema !== undefined && inSchema !== "public" ? `${inSchema}.${name}` : name,
            values,
            line,
            endLine: d.location?.end.line ?? line,
        });
    }
    return out;
}
/** `@db.` attribute names that are not the SQL type's name lower-cased. */
const NATIVE_NAMES = {
    DoublePrecision: "double precision",
    JsonB: "jsonb",
    ByteA: "bytea",
    VarBit: "varbit",
    UnsignedInt: "int unsigned",
    UnsignedBigInt: "bigint unsigned",
    UnsignedSmallInt: "smallint unsigned",
    UnsignedTinyInt: "tinyint unsigned",
    UnsignedMediumInt: "mediumint unsigned",
};
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
