// `queryInterface` calls on tables, indexes and constraints, one entry of SCHEMA_CALLS per method (columns are in
// columns.ts, row writes in data-calls.ts).
import { booleanValue, entriesOf, objectEntries, stringList, stringValue, type Node } from "../nodes.js";
import { attrType, defaultOf, typeOf } from "./columns.js";
import { missing, tableArg, visitArgs, type QueryInterfaceHandler } from "./reader-context.js";

/** `'a'`, `['a', 'b']`, `[{ name: 'a' }]` or `[{ attribute: 'a' }]`: an index's fields. */
const fields = (node: Node | undefined): string[] | undefined => stringList(node, ["name", "attribute"]);

/** Schema methods that change nothing a rule looks at: their arguments are still read. */
const HARMLESS = [
  "describeTable",
  "showAllTables",
  "showAllSchemas",
  "showIndex",
  "tableExists",
  "getForeignKeysForTables",
  "getForeignKeyReferencesForTable",
  "createSchema",
  "createFunction",
  "dropFunction",
  "renameFunction",
  "createTrigger",
  "dropTrigger",
  "renameTrigger",
  "dropEnum",
  "quoteIdentifier",
  "quoteTable",
];

const addIndex: QueryInterfaceHandler = (r, c) => {
  const { args, span, scope } = c;
  const t = tableArg(r, c, 0);
  if (t === undefined) return missing(r, c, "table name");
  // addIndex(table, fields, options) or addIndex(table, { fields, ...options })
  const second = r.resolve(args[1], scope);
  const inline = objectEntries(second);
  const options = inline ? inline.entries : entriesOf(r.resolve(args[2], scope));
  const columns = fields(inline ? r.resolve(options.get("fields"), scope) : second) ?? [];
  const name = stringValue(options.get("name"));
  const unique =
    booleanValue(options.get("unique")) === true || stringValue(options.get("type")) === "UNIQUE";
  r.push(span, {
    kind: "add-index",
    table: t,
    columns,
    ...(name !== undefined ? { name } : {}),
    ...(unique ? { unique } : {}),
    concurrently: booleanValue(options.get("concurrently")) === true,
  });
};

const CONSTRAINTS: Readonly<Record<string, "unique" | "check" | "foreign-key" | "primary-key">> = {
  unique: "unique",
  check: "check",
  "foreign key": "foreign-key",
  "primary key": "primary-key",
};

const addConstraint: QueryInterfaceHandler = (r, c) => {
  const { args, call, span, scope } = c;
  const t = tableArg(r, c, 0);
  if (t === undefined) return missing(r, c, "table name");
  // v5+: addConstraint(table, { type, fields, name }); v4: addConstraint(table, fields, { type, name }).
  const second = r.resolve(args[1], scope);
  const options = objectEntries(second)?.entries ?? entriesOf(r.resolve(args[2], scope));
  const type = (stringValue(options.get("type")) ?? "").toLowerCase().replace(/\s+/g, " ");
  const name = stringValue(options.get("name"));
  if (type === "default") {
    const column = fields(r.resolve(options.get("fields"), scope))?.[0];
    if (column !== undefined) {
      const def = defaultOf(r, options.get("defaultValue"), scope);
      r.push(span, { kind: "change-default", table: t, column, ...(def ? { default: def } : {}) });
    }
    return;
  }
  const constraint = Object.hasOwn(CONSTRAINTS, type) ? CONSTRAINTS[type] : undefined;
  if (!constraint)
    return r.unknown(
      call,
      "queryInterface.addConstraint whose type is not a string literal the reader knows",
      span,
    );
  r.push(span, {
    kind: "add-constraint",
    table: t,
    constraint,
    ...(name !== undefined ? { name } : {}),
    validated: true,
  });
};

const dropsUnlisted: QueryInterfaceHandler = (r, c) =>
  r.unknown(c.call, `queryInterface.${c.link.name} drops tables the migration does not list`, c.span);

/** What each `queryInterface` schema method does. */
// eslint-disable-next-line no-restricted-syntax -- one table, built once when the module loads (extend() would lose the handlers' parameter types)
export const SCHEMA_CALLS: Readonly<Record<string, QueryInterfaceHandler>> = {
  ...Object.fromEntries(HARMLESS.map((name) => [name, visitArgs])),
  createTable(r, c) {
    const t = tableArg(r, c, 0);
    if (t === undefined) return missing(r, c, "table name");
    const attrs = objectEntries(r.resolve(c.args[1], c.scope));
    const columns = [...(attrs?.entries.keys() ?? [])];
    for (const [column, attr] of attrs?.entries ?? []) {
      const type = typeOf(attrType(r, attr, c.scope));
      if (type) r.known.set(t, column, type.type);
    }
    r.push(c.span, { kind: "create-table", table: t, columns });
  },
  dropTable(r, c) {
    const t = tableArg(r, c, 0);
    if (t === undefined) return missing(r, c, "table name");
    const cascade = booleanValue(entriesOf(r.resolve(c.args[1], c.scope)).get("cascade")) === true;
    r.push(c.span, { kind: "drop-table", table: t, ...(cascade ? { cascade } : {}) });
  },
  renameTable(r, c) {
    const [from, to] = [tableArg(r, c, 0), tableArg(r, c, 1)];
    if (from === undefined || to === undefined) return missing(r, c, "table names");
    r.push(c.span, { kind: "rename-table", table: from, newName: to });
  },
  addIndex,
  removeIndex(r, c) {
    const t = tableArg(r, c, 0);
    if (t === undefined) return missing(r, c, "table name");
    const target = r.resolve(c.args[1], c.scope);
    const name = stringValue(target);
    const columns = name === undefined ? fields(target) : undefined;
    const concurrently = booleanValue(entriesOf(r.resolve(c.args[2], c.scope)).get("concurrently")) === true;
    r.push(c.span, {
      kind: "drop-index",
      table: t,
      ...(name !== undefined ? { name } : {}),
      ...(columns ? { columns } : {}),
      concurrently,
    });
  },
  addConstraint,
  removeConstraint(r, c) {
    const t = tableArg(r, c, 0);
    if (t === undefined) return missing(r, c, "table name");
    const name = r.name(c.args[1], c.scope);
    r.push(c.span, { kind: "drop-constraint", table: t, ...(name !== undefined ? { name } : {}) });
  },
  dropAllTables: dropsUnlisted,
  dropSchema: dropsUnlisted,
  dropAllSchemas: dropsUnlisted,
};
