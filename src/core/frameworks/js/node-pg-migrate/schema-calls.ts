// `pgm` calls on tables, indexes and constraints, one entry of SCHEMA_CALLS per method (columns are in
// columns.ts, SQL in raw-sql.ts). Methods on types, views, functions, roles... change nothing a rule looks at.
import { booleanValue, entriesOf, objectEntries, stringList, stringValue } from "../nodes.js";
import { columnType } from "./columns.js";
import { columnNames, missing, tableArg, type PgmHandler } from "./reader-context.js";

/** pgm calls that change nothing a rule looks at. */
const HARMLESS = [
  "noTransaction",
  "func",
  "alterTable",
  "createExtension",
  "addExtension",
  "dropExtension",
  "addType",
  "addTypeAttribute",
  "renameTypeAttribute",
  "setTypeAttribute",
  "createSchema",
  "renameSchema",
  "createSequence",
  "alterSequence",
  "renameSequence",
  "createView",
  "alterView",
  "alterViewColumn",
  "renameView",
  "dropView",
  "createMaterializedView",
  "alterMaterializedView",
  "renameMaterializedView",
  "refreshMaterializedView",
  "dropMaterializedView",
  "createFunction",
  "renameFunction",
  "dropFunction",
  "createTrigger",
  "renameTrigger",
  "dropTrigger",
  "createPolicy",
  "alterPolicy",
  "renamePolicy",
  "dropPolicy",
  "createRole",
  "alterRole",
  "renameRole",
  "dropRole",
  "grantRoles",
  "revokeRoles",
  "grantOnTables",
  "revokeOnTables",
  "grantOnSchemas",
  "revokeOnSchemas",
  "createOperator",
  "dropOperator",
  "createDomain",
  "alterDomain",
  "renameDomain",
  "dropDomain",
  "createCast",
  "dropCast",
  "renameConstraint",
  "validateConstraint",
];
const harmless: PgmHandler = () => {};

type ConstraintKind = "check" | "unique" | "primary-key" | "foreign-key" | "exclusion";

/** `addConstraint(table, name, 'CHECK (...)')`: the constraint an SQL expression starts with. */
const SQL_CONSTRAINTS: [RegExp, ConstraintKind][] = [
  [/^\s*CHECK\b/, "check"],
  [/^\s*UNIQUE\b/, "unique"],
  [/^\s*PRIMARY\s+KEY\b/, "primary-key"],
  [/^\s*FOREIGN\s+KEY\b/, "foreign-key"],
  [/^\s*EXCLUDE\b/, "exclusion"],
];

/** `addConstraint(table, name, { check, unique, ... })`: the constraints each option adds. */
const OPTION_CONSTRAINTS: [string, ConstraintKind][] = [
  ["check", "check"],
  ["unique", "unique"],
  ["primaryKey", "primary-key"],
  ["foreignKeys", "foreign-key"],
  ["references", "foreign-key"],
  ["exclude", "exclusion"],
];

const addConstraint: PgmHandler = (r, c) => {
  const { call, span, scope } = c;
  const t = tableArg(r, c);
  if (t === undefined) return r.notLiteral(call, "pgm.addConstraint", "table name", span);
  const name = r.name(c.args[1], scope);
  const named = name !== undefined ? { name } : {};
  const expression = r.resolve(c.args[2], scope);
  const sql = stringValue(expression);
  if (sql !== undefined) {
    const upper = sql.toUpperCase();
    const constraint = SQL_CONSTRAINTS.find(([pattern]) => pattern.test(upper))?.[1];
    if (!constraint)
      return r.unknown(call, "pgm.addConstraint with an expression the reader does not recognise", span);
    r.push(span, {
      kind: "add-constraint",
      table: t,
      constraint,
      ...named,
      validated: !/\bNOT\s+VALID\b/.test(upper),
      ...(/\bUSING\s+INDEX\b/.test(upper) ? { usingIndex: true } : {}),
    });
    return;
  }
  const options = objectEntries(expression)?.entries;
  if (!options)
    return r.unknown(
      call,
      "pgm.addConstraint whose definition is not written literally cannot be followed",
      span,
    );
  for (const [option, constraint] of OPTION_CONSTRAINTS) {
    if (!options.has(option)) continue;
    r.push(span, { kind: "add-constraint", table: t, constraint, ...named, validated: true });
  }
};

const createIndex: PgmHandler = (r, c) => {
  const t = tableArg(r, c);
  const columns = columnNames(r, c.args[1], c.scope);
  if (t === undefined || !columns) return missing(r, c, "table or columns");
  const options = entriesOf(r.resolve(c.args[2], c.scope));
  const name = stringValue(options.get("name"));
  r.push(c.span, {
    kind: "add-index",
    table: t,
    columns,
    ...(name !== undefined ? { name } : {}),
    ...(booleanValue(options.get("unique")) === true ? { unique: true } : {}),
    concurrently: booleanValue(options.get("concurrently")) === true,
  });
};

const dropsDependents: PgmHandler = (r, c) =>
  r.unknown(c.call, `pgm.${c.link.name} can drop what depends on it, which the reader does not list`, c.span);

/** What each pgm schema method does. */
// eslint-disable-next-line no-restricted-syntax -- one table, built once when the module loads (extend() would lose the handlers' parameter types)
export const SCHEMA_CALLS: Readonly<Record<string, PgmHandler>> = {
  ...Object.fromEntries(HARMLESS.map((name) => [name, harmless])),
  createTable(r, c) {
    const t = tableArg(r, c);
    if (t === undefined) return missing(r, c, "table name");
    const columns = objectEntries(r.resolve(c.args[1], c.scope));
    for (const [column, def] of columns?.entries ?? []) {
      const type = columnType(r, def, c.scope);
      if (type) r.known.set(t, column, type.type);
    }
    const options = entriesOf(r.resolve(c.args[2], c.scope));
    r.push(c.span, {
      kind: "create-table",
      table: t,
      columns: [...(columns?.entries.keys() ?? [])],
      ...(booleanValue(options.get("ifNotExists")) === true ? { ifNotExists: true } : {}),
    });
  },
  dropTable(r, c) {
    const t = tableArg(r, c);
    if (t === undefined) return missing(r, c, "table name");
    const options = entriesOf(r.resolve(c.args[1], c.scope));
    r.push(c.span, {
      kind: "drop-table",
      table: t,
      ...(booleanValue(options.get("ifExists")) === true ? { ifExists: true } : {}),
      ...(booleanValue(options.get("cascade")) === true ? { cascade: true } : {}),
    });
  },
  renameTable(r, c) {
    const [from, to] = [tableArg(r, c), r.name(c.args[1], c.scope)];
    if (from === undefined || to === undefined) return missing(r, c, "table names");
    r.push(c.span, { kind: "rename-table", table: from, newName: to });
  },
  createIndex,
  addIndex: createIndex,
  dropIndex(r, c) {
    const t = tableArg(r, c);
    const columns = columnNames(r, c.args[1], c.scope);
    const options = entriesOf(r.resolve(c.args[2], c.scope));
    const name = stringValue(options.get("name"));
    r.push(c.span, {
      kind: "drop-index",
      ...(t !== undefined ? { table: t } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(columns ? { columns } : {}),
      concurrently: booleanValue(options.get("concurrently")) === true,
    });
  },
  addConstraint,
  createConstraint: addConstraint,
  dropConstraint(r, c) {
    const t = tableArg(r, c);
    if (t === undefined) return missing(r, c, "table name");
    const name = r.name(c.args[1], c.scope);
    r.push(c.span, { kind: "drop-constraint", table: t, ...(name !== undefined ? { name } : {}) });
  },
  // PostgreSQL enum types, for the schema history (`createType(name, values)`: an enum; with an object of
  // attributes, a composite type, which holds no rows).
  createType(r, c) {
    const values = stringList(r.resolve(c.args[1], c.scope));
    const type = r.name(c.args[0], c.scope);
    if (type === undefined || (values === undefined && !objectEntries(r.resolve(c.args[1], c.scope))))
      return missing(r, c, "type name or values");
    if (values) r.push(c.span, { kind: "create-enum", type, values });
  },
  addTypeValue(r, c) {
    const [type, value] = [r.name(c.args[0], c.scope), r.name(c.args[1], c.scope)];
    if (type === undefined || value === undefined) return missing(r, c, "type name or value");
    r.push(c.span, { kind: "add-enum-value", type, value });
  },
  renameType(r, c) {
    const [type, newName] = [r.name(c.args[0], c.scope), r.name(c.args[1], c.scope)];
    if (type === undefined || newName === undefined) return missing(r, c, "type names");
    r.push(c.span, { kind: "rename-type", type, newName });
  },
  renameTypeValue(r, c) {
    const [type, value, newValue] = [0, 1, 2].map((i) => r.name(c.args[i], c.scope));
    if (type === undefined || value === undefined || newValue === undefined)
      return missing(r, c, "type name or values");
    r.push(c.span, { kind: "rename-enum-value", type, value, newValue });
  },
  dropSchema: dropsDependents,
  dropType(r, c) {
    const type = r.name(c.args[0], c.scope);
    if (type !== undefined) r.push(c.span, { kind: "drop-type", type });
    dropsDependents(r, c);
  },
  dropSequence: dropsDependents,
};
