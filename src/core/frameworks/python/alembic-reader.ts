// Reads one Alembic revision into forward Operations: `upgrade()` and the same-file helpers it calls.
// `downgrade()` is read only to tell whether the revision can be rolled back.
import type { Parsers } from "../../parsers.js";
import type { ColumnDefault, Operation, ParsedMigration } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { classifyTypeChange } from "../../column-types/index.js";
import { isVolatileSql } from "../shared/volatile-defaults.js";
import { runTimeName, type RunTimePart } from "../../run-time.js";
import { sqlalchemyType } from "./column-types.js";
import { SqlForwarder } from "./forward-sql.js";
import {
  booleanValue,
  callArgs,
  dictEntries,
  dottedName,
  elements,
  expressionOf,
  isNone,
  methodName,
  receiver,
  spanOf,
  statementsOf,
  stringValue,
  unwrap,
  type CallArgs,
  type Node,
} from "./nodes.js";
import { resolveConstant, withPythonModule, type PythonModule } from "./source.js";
import { PythonWalker, type Env } from "./walker.js";
import { unknownOperation, type OperationBody } from "../shared/toolkit.js";

type Binding =
  | { kind: "batch"; table: string }
  | { kind: "table"; table: string }
  | { kind: "sql"; node: Node }
  /** A SQLAlchemy statement built into a variable before `op.execute(stmt)`. */
  | { kind: "statement"; node: Node };

/** `op.*` calls that change nothing a rule looks at. */
const HARMLESS = new Set([
  "bulk_insert",
  "inline_literal",
  "f",
  "get_bind",
  "get_context",
  "create_table_comment",
  "drop_table_comment",
  "implementation_for",
  "invoke",
  "register_operation",
]);
const SQL_METHODS = new Set(["execute", "exec_driver_sql", "executemany"]);
const TABLE_FACTORIES = new Set(["table", "Table"]);

interface Statement {
  kind: "delete" | "update" | "insert";
  table: string;
  filtered: boolean;
  columns: string[];
  nullColumns: Set<string>;
}

export function readAlembicMigration(input: ParseInput, parsers: Parsers): ParsedMigration {
  return withPythonModule(input.source, parsers, (module) => {
    const out: ParsedMigration = {
      framework: "alembic",
      operations: [],
      comments: module.comments,
      problems: module.problems,
    };
    const upgrade = module.functions.get("upgrade");
    if (!upgrade) {
      out.problems.push({
        line: 1,
        endLine: 1,
        message:
          "No top-level `upgrade()` function was found in this Alembic revision, so it was not analysed",
      });
      return out;
    }
    new Upgrade(module, new SqlForwarder(module, input.database, parsers, out), out).run();
    const reason = irreversibility(module.functions.get("downgrade"));
    if (reason) {
      const where = module.functions.get("downgrade") ?? upgrade;
      const line = where.startPosition.row + 1;
      out.operations.push({ kind: "irreversible", reason, line, endLine: line });
    }
    return out;
  });
}

/** Why `downgrade` cannot undo the revision, or undefined when it does something. */
function irreversibility(downgrade: Node | undefined): string | undefined {
  if (!downgrade) return "the revision has no downgrade()";
  for (const statement of statementsOf(downgrade.childForFieldName("body"))) {
    if (statement.type === "pass_statement") continue;
    if (statement.type === "raise_statement") return "downgrade() raises instead of undoing the upgrade";
    const expr = expressionOf(statement);
    if (expr && (expr.type === "string" || expr.type === "ellipsis" || expr.type === "concatenated_string"))
      continue;
    return undefined;
  }
  return "downgrade() is empty";
}

class Upgrade extends PythonWalker<Binding> {
  constructor(
    module: PythonModule,
    private readonly sql: SqlForwarder,
    private readonly out: ParsedMigration,
  ) {
    super(module);
  }

  run(): void {
    this.follow("upgrade", []);
    // The multi-database template dispatches with `globals()[f"upgrade_{engine_name}"]()`: every
    // `upgrade_<engine>` function may run.
    const upgrade = this.module.functions.get("upgrade");
    if (upgrade?.text.includes("globals()")) {
      for (const name of this.module.functions.keys()) {
        if (name.startsWith("upgrade_")) this.follow(name, []);
      }
    }
  }

  private push(node: Node, body: OperationBody): void {
    this.out.operations.push({ ...body, ...spanOf(node) } as Operation);
  }

  private unknown(node: Node, reason: string): void {
    this.push(node, unknownOperation(reason, node.text));
  }

  /** `op`, however it was imported. */
  private isOp(node: Node): boolean {
    const n = unwrap(node);
    if (n.type !== "identifier") return dottedName(n) === "alembic.op";
    return n.text === "op" || this.module.imports.get(n.text) === "alembic.op";
  }

  protected binding(value: Node, env: Env<Binding>): Binding | undefined {
    const n = unwrap(value);
    if (n.type === "call") {
      const name = methodName(n);
      const recv = receiver(n);
      if (name === "batch_alter_table" && recv && this.isOp(recv)) {
        const table = this.tableName(callArgs(n), 0, "table_name");
        return table === undefined ? undefined : { kind: "batch", table };
      }
      if (name && TABLE_FACTORIES.has(name)) {
        const args = callArgs(n);
        const table = this.tableName(args, 0, "name");
        return table === undefined ? undefined : { kind: "table", table };
      }
      if (name === "text" && callArgs(n).positional[0])
        return { kind: "sql", node: callArgs(n).positional[0]! };
      if (this.sqlStatement(n, env)) return { kind: "statement", node: n };
    }
    if (n.type === "identifier") {
      const bound = env.get(n.text);
      if (bound !== undefined) return bound;
      // A module-level `orders = sa.table(...)` or SQL constant, read where the helper uses it.
      const value = resolveConstant(this.module, n);
      return value.type === "identifier" ? undefined : this.binding(value, new Map());
    }
    if (stringValue(n) !== undefined) return { kind: "sql", node: n };
    return undefined;
  }

  private tableName(args: CallArgs, index: number, keyword: string): string | undefined {
    const node = args.keywords.get(keyword) ?? args.positional[index];
    const name = this.constant(node);
    if (name === undefined) return undefined;
    const schema = stringValue(args.keywords.get("schema"));
    return schema ? `${schema}.${name}` : name;
  }

  /** A string literal, or a module constant holding one. */
  private constant(node: Node | undefined): string | undefined {
    return node ? stringValue(resolveConstant(this.module, unwrap(node))) : undefined;
  }

  protected call(call: Node, env: Env<Binding>): boolean {
    const name = methodName(call) ?? "";
    const recv = receiver(call);
    if (!recv) return false;
    if (this.isOp(recv)) {
      this.opCall(call, name, undefined, env);
      return true;
    }
    const bound = recv.type === "identifier" ? env.get(recv.text) : undefined;
    if (bound?.kind === "batch") {
      this.opCall(call, name, bound.table, env);
      return true;
    }
    if (SQL_METHODS.has(name)) {
      // conn.execute / op.get_bind().execute / session.execute: in an upgrade, always the database.
      this.execute(call, callArgs(call).positional[0], env);
      return true;
    }
    if (name === "delete" || name === "update") return this.ormQuery(call, name);
    return false;
  }

  /** `session.query(Model).filter(...).delete()` / `.update({...})`, with the table from `__tablename__`. */
  private ormQuery(call: Node, name: "delete" | "update"): boolean {
    let filtered = false;
    const nulls = new Set<string>();
    let node = receiver(call);
    while (node && unwrap(node).type === "call") {
      const link = unwrap(node);
      const method = methodName(link);
      if (method === "query") break;
      if (method === "filter" || method === "filter_by" || method === "where") {
        filtered = true;
        const args = callArgs(link);
        for (const a of args.positional) nullChecks(a, nulls);
        for (const [key, value] of args.keywords) if (isNullValue(value)) nulls.add(key);
      }
      node = receiver(link);
    }
    if (!node || methodName(unwrap(node)) !== "query") return false;
    const model = callArgs(unwrap(node)).positional[0];
    const table = model ? this.modelTable(model) : undefined;
    if (table === undefined) {
      this.unknown(
        call,
        `an ORM query's ${name}() on a model whose table is not declared in this file cannot be read`,
      );
      return true;
    }
    if (name === "delete") {
      this.push(call, { kind: "delete-rows", table, filtered, via: "Query.delete()" });
      return true;
    }
    const values = callArgs(call).positional[0];
    const columns: string[] = [];
    const dict = values ? unwrap(values) : undefined;
    if (dict?.type === "dictionary") {
      for (const pair of dict.namedChildren) {
        if (pair.type !== "pair") continue;
        const key = pair.childForFieldName("key");
        const column = key ? (stringValue(key) ?? columnName(key)) : undefined;
        if (column) columns.push(column);
      }
    }
    this.push(call, {
      kind: "update-rows",
      table,
      columns,
      filtered,
      onlyNulls: columns.length > 0 && columns.every((c) => nulls.has(c)),
      via: "Query.update()",
    });
    return true;
  }

  /** `__tablename__` of a model class declared in this file. */
  private modelTable(model: Node): string | undefined {
    const n = unwrap(model);
    const cls = n.type === "identifier" ? this.module.classes.get(n.text) : undefined;
    for (const statement of statementsOf(cls?.childForFieldName("body"))) {
      const assignment = expressionOf(statement);
      if (assignment?.type !== "assignment") continue;
      if (assignment.childForFieldName("left")?.text !== "__tablename__") continue;
      return stringValue(assignment.childForFieldName("right"));
    }
    return undefined;
  }

  /** SQL text, `sa.text(...)`, or a SQLAlchemy delete/update statement. */
  private execute(call: Node, node: Node | undefined, env: Env<Binding>): void {
    if (!node) return this.unknown(call, "execute() without a statement cannot be followed");
    const n = unwrap(node);
    if (n.type === "identifier") {
      const bound = env.get(n.text);
      if (bound?.kind === "sql") return this.sql.forward(bound.node, call, "execute()");
      if (bound?.kind === "statement") {
        const statement = this.sqlStatement(bound.node, env);
        if (statement) return this.data(call, statement);
      }
    }
    if (n.type === "call") {
      const name = methodName(n);
      if (name === "text") return this.sql.forward(callArgs(n).positional[0], call, "execute(text(...))");
      const statement = this.sqlStatement(n, env);
      if (statement) return this.data(call, statement);
    }
    this.sql.forward(n, call, "execute()");
  }

  private data(call: Node, s: Statement): void {
    if (s.kind === "delete") {
      this.push(call, { kind: "delete-rows", table: s.table, filtered: s.filtered, via: "delete()" });
    } else if (s.kind === "update") {
      this.push(call, {
        kind: "update-rows",
        table: s.table,
        columns: s.columns,
        filtered: s.filtered,
        onlyNulls: s.columns.length > 0 && s.columns.every((c) => s.nullColumns.has(c)),
        via: "update()",
      });
    }
  }

  /** `t.delete().where(...)`, `sa.update(t).values(...)`, `t.insert()`: the table and what the statement does. */
  private sqlStatement(node: Node, env: Env<Binding>): Statement | undefined {
    const n = unwrap(node);
    if (n.type !== "call") return undefined;
    const name = methodName(n) ?? "";
    const recv = receiver(n);
    const args = callArgs(n);
    if (name === "where" || name === "filter" || name === "filter_by") {
      const inner = recv ? this.sqlStatement(recv, env) : undefined;
      if (!inner) return undefined;
      const nulls = new Set(inner.nullColumns);
      for (const a of [...args.positional, ...args.keywords.values()]) nullChecks(a, nulls);
      return { ...inner, filtered: true, nullColumns: nulls };
    }
    if (name === "values") {
      const inner = recv ? this.sqlStatement(recv, env) : undefined;
      if (!inner) return undefined;
      const columns = [...args.keywords.keys(), ...[...(dictEntries(args.positional[0])?.keys() ?? [])]];
      return { ...inner, columns: [...inner.columns, ...columns] };
    }
    if (name === "delete" || name === "update" || name === "insert") {
      // Method form `t.delete()`, or function form `sa.delete(t)`.
      const target = recv && this.tableOf(recv, env) !== undefined ? recv : args.positional[0];
      const table = target ? this.tableOf(target, env) : undefined;
      if (table === undefined) return undefined;
      return { kind: name, table, filtered: false, columns: [], nullColumns: new Set() };
    }
    return undefined;
  }

  private tableOf(node: Node, env: Env<Binding>): string | undefined {
    const bound = this.binding(node, env);
    return bound?.kind === "table" ? bound.table : undefined;
  }

  private opCall(call: Node, name: string, batchTable: string | undefined, env: Env<Binding>): void {
    const args = callArgs(call);
    // In a batch the table is implied, so the arguments after it move one place left.
    const shift = batchTable === undefined ? 0 : 1;
    const at = (index: number, keyword: string, tableAt = 0): Node | undefined =>
      args.keywords.get(keyword) ?? args.positional[index > tableAt ? index - shift : index];
    const table = (index: number, keyword: string): string | undefined =>
      batchTable ?? this.tableName(args, index, keyword);
    const name0 = (keyword: string): string | undefined => opName(at(0, keyword, 1));
    const runTime = (node: Node | undefined, part: RunTimePart): string | undefined =>
      node ? runTimeName(part, node.text) : undefined;
    const missing = (what: string): void =>
      this.unknown(call, `op.${name} whose ${what} is not a string literal cannot be followed`);

    switch (name) {
      case "create_table": {
        const t = table(0, "table_name");
        if (t === undefined) return missing("table name");
        const columns = args.positional
          .slice(1)
          .map((c) => unwrap(c))
          .filter((c) => c.type === "call" && methodName(c) === "Column")
          .map((c) => stringValue(callArgs(c).positional[0]))
          .filter((c): c is string => c !== undefined);
        return this.push(call, {
          kind: "create-table",
          table: t,
          columns,
          ...(booleanValue(args.keywords.get("if_not_exists")) ? { ifNotExists: true } : {}),
        });
      }
      case "drop_table": {
        // A table from a variable is still dropped: the drop is named with where its table comes from.
        const t = table(0, "table_name") ?? runTime(at(0, "table_name"), "table");
        if (t === undefined) return missing("table name");
        return this.push(call, {
          kind: "drop-table",
          table: t,
          ...(booleanValue(args.keywords.get("if_exists")) ? { ifExists: true } : {}),
        });
      }
      case "rename_table": {
        const from = table(0, "old_table_name");
        const to = stringValue(at(1, "new_table_name"));
        if (from === undefined || to === undefined) return missing("table name");
        return this.push(call, { kind: "rename-table", table: from, newName: to });
      }
      case "add_column":
        return this.addColumn(call, table(0, "table_name"), at(1, "column"));
      case "drop_column": {
        const t = table(0, "table_name") ?? runTime(at(0, "table_name"), "table");
        const column = this.constant(at(1, "column_name")) ?? runTime(at(1, "column_name"), "column");
        if (t === undefined || column === undefined) return missing("table or column name");
        return this.push(call, { kind: "drop-column", table: t, column });
      }
      case "alter_column":
        return this.alterColumn(call, args, table(0, "table_name"), stringValue(at(1, "column_name")));
      case "create_index": {
        const t = table(1, "table_name");
        if (t === undefined) return missing("table name");
        const index = name0("index_name");
        const columnsNode = at(2, "columns", 1);
        const columns = (
          stringValue(columnsNode) !== undefined ? [columnsNode!] : (elements(columnsNode) ?? [])
        )
          .map((c) => stringValue(c))
          .filter((c): c is string => c !== undefined);
        return this.push(call, {
          kind: "add-index",
          table: t,
          columns,
          ...(index !== undefined ? { name: index } : {}),
          unique: booleanValue(args.keywords.get("unique")) === true,
          concurrently: booleanValue(args.keywords.get("postgresql_concurrently")) === true,
        });
      }
      case "drop_index": {
        const index = name0("index_name");
        const t = table(1, "table_name");
        return this.push(call, {
          kind: "drop-index",
          ...(t !== undefined ? { table: t } : {}),
          ...(index !== undefined ? { name: index } : {}),
          concurrently: booleanValue(args.keywords.get("postgresql_concurrently")) === true,
        });
      }
      case "create_foreign_key": {
        const t = table(1, "source_table");
        if (t === undefined) return missing("table name");
        return this.constraint(call, t, "foreign-key", name0("constraint_name"), args);
      }
      case "create_check_constraint":
      case "create_unique_constraint":
      case "create_primary_key":
      case "create_exclude_constraint": {
        const t = table(1, "table_name");
        if (t === undefined) return missing("table name");
        const kind =
          name === "create_check_constraint"
            ? "check"
            : name === "create_unique_constraint"
              ? "unique"
              : name === "create_primary_key"
                ? "primary-key"
                : "exclusion";
        return this.constraint(call, t, kind, name0("constraint_name"), args);
      }
      case "drop_constraint": {
        const t = table(1, "table_name");
        if (t === undefined) return missing("table name");
        const constraint = name0("constraint_name");
        return this.push(call, {
          kind: "drop-constraint",
          table: t,
          ...(constraint !== undefined ? { name: constraint } : {}),
        });
      }
      case "execute":
        return this.execute(call, args.keywords.get("sqltext") ?? args.positional[0], env);
      case "batch_alter_table":
        // Outside a `with`, the batch does nothing until used; its calls are read where they appear.
        return;
      default:
        if (HARMLESS.has(name)) return;
        return this.unknown(call, `op.${name} is not an Alembic operation the reader knows`);
    }
  }

  private constraint(
    call: Node,
    table: string,
    constraint: "foreign-key" | "check" | "unique" | "primary-key" | "exclusion",
    name: string | undefined,
    args: CallArgs,
  ): void {
    const notValid =
      booleanValue(args.keywords.get("postgresql_not_valid")) === true ||
      booleanValue(args.keywords.get("not_valid")) === true;
    this.push(call, {
      kind: "add-constraint",
      table,
      constraint,
      ...(name !== undefined ? { name } : {}),
      validated: !notValid,
    });
  }

  private addColumn(call: Node, table: string | undefined, columnNode: Node | undefined): void {
    const column = columnNode ? unwrap(columnNode) : undefined;
    if (table === undefined || column?.type !== "call" || methodName(column) !== "Column") {
      return this.unknown(
        call,
        "op.add_column whose table or sa.Column is not written literally cannot be followed",
      );
    }
    const args = callArgs(column);
    const name = stringValue(args.keywords.get("name") ?? args.positional[0]);
    if (name === undefined)
      return this.unknown(call, "op.add_column with a computed column name cannot be followed");
    const typeNode = args.keywords.get("type_") ?? args.positional.slice(1).find((a) => !isColumnArg(a));
    const type = sqlalchemyType(typeNode);
    const primaryKey = booleanValue(args.keywords.get("primary_key")) === true;
    const nullable = booleanValue(args.keywords.get("nullable")) ?? !primaryKey;
    const serverDefault = args.keywords.get("server_default");
    const dflt = computedDefault(args.positional) ?? (serverDefault ? sqlDefault(serverDefault) : undefined);
    this.push(call, {
      kind: "add-column",
      table,
      column: name,
      ...(type ? { type: type.text } : {}),
      notNull: !nullable,
      ...(dflt ? { default: dflt } : {}),
    });
    // Alembic emits a column's ForeignKey as its own ALTER TABLE ... ADD CONSTRAINT.
    if (args.positional.some((a) => unwrap(a).type === "call" && methodName(unwrap(a)) === "ForeignKey")) {
      this.push(call, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
    }
  }

  private alterColumn(
    call: Node,
    args: CallArgs,
    table: string | undefined,
    column: string | undefined,
  ): void {
    if (table === undefined || column === undefined) {
      return this.unknown(
        call,
        "op.alter_column whose table or column is not a string literal cannot be followed",
      );
    }
    const kw = args.keywords;
    const typeNode = kw.get("type_");
    if (typeNode && !isNone(typeNode)) {
      const to = sqlalchemyType(typeNode);
      const from = sqlalchemyType(kw.get("existing_type"));
      const change = to?.type && from?.type ? classifyTypeChange(from.type, to.type) : {};
      this.push(call, {
        kind: "change-column-type",
        table,
        column,
        ...(to ? { type: to.text } : {}),
        ...change,
      });
    }
    const nullable = booleanValue(kw.get("nullable"));
    if (nullable === false) this.push(call, { kind: "set-not-null", table, column });
    if (nullable === true) this.push(call, { kind: "drop-not-null", table, column });
    const serverDefault = kw.get("server_default");
    // Alembic's `server_default=False` means "leave it"; None drops the default.
    if (serverDefault && booleanValue(serverDefault) !== false) {
      const dflt = isNone(serverDefault) ? undefined : sqlDefault(serverDefault);
      this.push(call, { kind: "change-default", table, column, ...(dflt ? { default: dflt } : {}) });
    }
    const newName = stringValue(kw.get("new_column_name"));
    if (newName !== undefined) this.push(call, { kind: "rename-column", table, column, newName });
  }
}

/** Arguments of sa.Column that are not its type. */
function isColumnArg(node: Node): boolean {
  const n = unwrap(node);
  if (n.type !== "call") return false;
  const name = methodName(n);
  return (
    name === "ForeignKey" ||
    name === "Sequence" ||
    name === "Identity" ||
    name === "Computed" ||
    name === "CheckConstraint" ||
    name === "FetchedValue"
  );
}

/**
 * A value the database computes for every existing row when the column is added: `sa.Identity()` (a sequence
 * value per row) and `sa.Computed(..., persisted=...)` unless `persisted=False` (PostgreSQL stores generated
 * columns). Read like the SQL reader reads the same columns.
 */
function computedDefault(positional: readonly Node[]): ColumnDefault | undefined {
  for (const a of positional) {
    const n = unwrap(a);
    if (n.type !== "call") continue;
    const name = methodName(n);
    if (name === "Identity") return { volatile: true, text: "GENERATED AS IDENTITY" };
    if (name === "Computed" && booleanValue(callArgs(n).keywords.get("persisted")) !== false) {
      return { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
    }
  }
  return undefined;
}

/** `op.f("ix_name")` and plain strings. */
function opName(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === "call" && methodName(n) === "f") return stringValue(callArgs(n).positional[0]);
  return stringValue(n);
}

/** A `server_default`: SQL text as a string, `sa.text(...)`, or `sa.func.x()`. */
function sqlDefault(node: Node): ColumnDefault {
  const n = unwrap(node);
  const literal = stringValue(n);
  if (literal !== undefined) return { volatile: false, text: `'${literal}'` };
  if (n.type === "call") {
    if (methodName(n) === "text") {
      const sql = stringValue(callArgs(n).positional[0]);
      if (sql !== undefined) return { volatile: isVolatileSql(sql), text: sql };
    }
    const fn = dottedName(n.childForFieldName("function"));
    if (fn?.includes("func.")) {
      const sql = `${fn.slice(fn.lastIndexOf("func.") + 5)}()`;
      return { volatile: isVolatileSql(sql), text: sql };
    }
  }
  return { volatile: isVolatileSql(n.text), text: n.text };
}

/** Columns a WHERE clause requires to be NULL: `t.c.x.is_(None)`, `t.c.x == None`, `column("x").is_(None)`. */
function nullChecks(node: Node, into: Set<string>): void {
  const n = unwrap(node);
  if (n.type === "call") {
    const name = methodName(n);
    const recv = receiver(n);
    const first = callArgs(n).positional[0];
    if ((name === "is_" || name === "isnot_distinct_from") && recv && first && isNullValue(first)) {
      const column = columnName(recv);
      if (column) into.add(column);
      return;
    }
    if (name === "and_") {
      for (const a of callArgs(n).positional) nullChecks(a, into);
    }
    return;
  }
  if (n.type === "comparison_operator") {
    const [left, right] = n.namedChildren;
    const op = n.children.find((c) => !c.isNamed)?.text;
    if (left && right && (op === "==" || op === "is") && isNullValue(right)) {
      const column = columnName(left);
      if (column) into.add(column);
    }
    return;
  }
  if (n.type === "boolean_operator" && n.children.some((c) => c.text === "&")) {
    for (const part of n.namedChildren) nullChecks(part, into);
  }
  if (n.type === "binary_operator" && n.children.some((c) => c.text === "&")) {
    for (const part of n.namedChildren) nullChecks(part, into);
  }
}

function isNullValue(node: Node): boolean {
  const n = unwrap(node);
  return isNone(n) || (n.type === "call" && methodName(n) === "null");
}

function columnName(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === "attribute") return n.childForFieldName("attribute")?.text;
  if (n.type === "call" && methodName(n) === "column") return stringValue(callArgs(n).positional[0]);
  return undefined;
}
