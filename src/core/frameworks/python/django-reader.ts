// Reads one Django migration file into forward Operations: the `operations` list of its `Migration` class,
// with `RunSQL` followed into SQL and `RunPython` followed into the functions of the same file.
// Django migrations state only the new shape of a field, never the old one, so an `AlterField` is a type change
// whose safety cannot be told (neither widening nor lossy), and `null=False` there cannot be told from "unchanged".
import type { Parsers } from "../../parsers.js";
import type { ColumnDefault, Operation, ParsedMigration } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { isVolatileSql } from "../shared/volatile-defaults.js";
import { djangoFieldType } from "./column-types.js";
import { SqlForwarder } from "./forward-sql.js";
import {
  arg,
  booleanValue,
  callArgs,
  dictEntries,
  dottedName,
  elements,
  expressionOf,
  isNone,
  isPlainLiteral,
  methodName,
  receiver,
  spanOf,
  statementsOf,
  stringList,
  stringValue,
  unwrap,
  type CallArgs,
  type Node,
} from "./nodes.js";
import { resolveConstant, withPythonModule, type PythonModule } from "./source.js";
import { PythonWalker, type Env as WalkerEnv } from "./walker.js";
import { unknownOperation, type OperationBody } from "../shared/toolkit.js";

interface Relation {
  table: string;
  filtered: boolean;
  /** Columns the filter requires to be NULL (`col__isnull=True`, `col=None`). */
  nullColumns: ReadonlySet<string>;
}

type Binding =
  | { kind: "model"; table: string }
  | { kind: "relation"; rel: Relation }
  | { kind: "record"; rel: Relation; assigned: Set<string> };

type Env = WalkerEnv<Binding>;

/** Operations that change only Django's model state, or nothing a rule looks at. */
const NO_SCHEMA_CHANGE = new Set([
  "AlterModelOptions",
  "AlterModelManagers",
  "AlterModelTableComment",
  "RenameIndex",
  "CreateExtension",
  "BloomExtension",
  "BtreeGinExtension",
  "BtreeGistExtension",
  "CITextExtension",
  "CryptoExtension",
  "HStoreExtension",
  "TrigramExtension",
  "UnaccentExtension",
  "CreateCollation",
  "RemoveCollation",
]);
const RELATED_FIELDS = new Set(["ForeignKey", "OneToOneField", "ParentalKey"]);
const MANY_TO_MANY = new Set(["ManyToManyField", "ParentalManyToManyField"]);
const MANAGERS = new Set(["objects", "_default_manager", "_base_manager"]);
const QUERYSET_PASSTHROUGH = new Set([
  "all",
  "order_by",
  "select_related",
  "prefetch_related",
  "only",
  "defer",
  "using",
  "iterator",
  "select_for_update",
  "distinct",
  "annotate",
  "alias",
  "reverse",
  "values",
  "values_list",
]);
const SINGLE_RECORD = new Set(["get", "first", "last", "earliest", "latest"]);
/** `db_default` functions evaluated per row. */
const VOLATILE_DB_FUNCTION = /random|uuid/i;

/** The Django app label: the directory that holds `migrations/`. */
export function appLabel(path: string): string | undefined {
  const parts = path.split("/");
  const at = parts.lastIndexOf("migrations");
  return at > 0 ? parts[at - 1] : undefined;
}

export function readDjangoMigration(input: ParseInput, parsers: Parsers): ParsedMigration {
  return withPythonModule(input.source, parsers, (module) => {
    const out: ParsedMigration = {
      framework: "django",
      operations: [],
      comments: module.comments,
      problems: module.problems,
    };
    new DjangoReader(input, module, new SqlForwarder(module, input.database, parsers, out), out).read();
    return out;
  });
}

class DjangoReader {
  private readonly app: string | undefined;
  /** Tables this file gave a model (`db_table`, `AlterModelTable`), by lower-case model name. */
  private readonly tables = new Map<string, string>();

  constructor(
    input: ParseInput,
    private readonly module: PythonModule,
    private readonly sql: SqlForwarder,
    private readonly out: ParsedMigration,
  ) {
    this.app = appLabel(input.path);
  }

  read(): void {
    const migration = this.module.classes.get("Migration");
    if (!migration) {
      this.out.problems.push({
        line: 1,
        endLine: 1,
        message:
          "No `Migration` class was found at the top level of this Django migration, so it was not analysed",
      });
      return;
    }
    let list: Node | undefined;
    for (const statement of statementsOf(migration.childForFieldName("body"))) {
      const assignment = expressionOf(statement);
      if (assignment?.type !== "assignment") continue;
      if (assignment.childForFieldName("left")?.text !== "operations") continue;
      list = assignment.childForFieldName("right") ?? undefined;
    }
    if (list) this.operations(list);
  }

  // ---------------------------------------------------------------- schema operations

  private push(node: Node, body: OperationBody): void {
    this.out.operations.push({ ...body, ...spanOf(node) } as Operation);
  }

  private unknown(node: Node, reason: string): void {
    this.push(node, unknownOperation(reason, node.text));
  }

  private table(model: string): string {
    const key = model.toLowerCase();
    return this.tables.get(key) ?? (this.app ? `${this.app}_${key}` : key);
  }

  private operations(list: Node): void {
    const items = elements(resolveConstant(this.module, unwrap(list)));
    if (!items) {
      this.unknown(list, "the operations are not a list literal the reader can follow");
      return;
    }
    for (const item of items) {
      const node = unwrap(item);
      if (node.type === "call") this.operation(node);
      else this.unknown(node, "an operation that is not a constructor call cannot be followed");
    }
  }

  private modelArg(args: CallArgs, index: number, keyword: string): string | undefined {
    return stringValue(arg(args, index, keyword));
  }

  private operation(call: Node): void {
    const name = methodName(call) ?? "";
    const args = callArgs(call);
    const missing = (what: string): void =>
      this.unknown(call, `${name} whose ${what} is not a string literal cannot be followed`);
    switch (name) {
      case "CreateModel": {
        const model = this.modelArg(args, 0, "name");
        if (model === undefined) return missing("model name");
        const options = dictEntries(arg(args, 2, "options"));
        const dbTable = stringValue(options?.get("db_table"));
        if (dbTable !== undefined) this.tables.set(model.toLowerCase(), dbTable);
        const columns: string[] = [];
        const columnTypes: Record<string, string> = {};
        const notNullColumns: string[] = [];
        for (const pair of elements(arg(args, 1, "fields")) ?? []) {
          const [fieldName, field] = elements(pair) ?? [];
          const fieldText = stringValue(fieldName);
          if (fieldText === undefined || !field || unwrap(field).type !== "call") continue;
          const info = readField(fieldText, unwrap(field));
          if (info.manyToMany) continue;
          columns.push(info.column);
          if (info.type !== undefined) columnTypes[info.column] = info.type;
          if (info.notNull) notNullColumns.push(info.column);
        }
        return this.push(call, {
          kind: "create-table",
          table: this.table(model),
          columns,
          ...(Object.keys(columnTypes).length ? { columnTypes } : {}),
          notNullColumns,
        });
      }
      case "DeleteModel": {
        const model = this.modelArg(args, 0, "name");
        if (model === undefined) return missing("model name");
        return this.push(call, { kind: "drop-table", table: this.table(model) });
      }
      case "RenameModel": {
        const from = this.modelArg(args, 0, "old_name");
        const to = this.modelArg(args, 1, "new_name");
        if (from === undefined || to === undefined) return missing("model name");
        const table = this.table(from);
        // Django renames the table only when it is the default one; a custom db_table stays.
        if (this.tables.has(from.toLowerCase())) {
          this.tables.set(to.toLowerCase(), table);
          return;
        }
        return this.push(call, { kind: "rename-table", table, newName: this.table(to) });
      }
      case "AlterModelTable": {
        const model = this.modelArg(args, 0, "name");
        if (model === undefined) return missing("model name");
        const tableNode = arg(args, 1, "table");
        const newTable = stringValue(tableNode);
        if (newTable === undefined && !isNone(tableNode)) return missing("table");
        const from = this.table(model);
        this.tables.delete(model.toLowerCase());
        const to = newTable ?? this.table(model);
        this.tables.set(model.toLowerCase(), to);
        if (from !== to) this.push(call, { kind: "rename-table", table: from, newName: to });
        return;
      }
      case "AddField":
        return this.addField(call, args);
      case "RemoveField": {
        const model = this.modelArg(args, 0, "model_name");
        const field = this.modelArg(args, 1, "name");
        if (model === undefined || field === undefined) return missing("model or field name");
        return this.push(call, { kind: "drop-column", table: this.table(model), column: field });
      }
      case "RenameField": {
        const model = this.modelArg(args, 0, "model_name");
        const from = this.modelArg(args, 1, "old_name");
        const to = this.modelArg(args, 2, "new_name");
        if (model === undefined || from === undefined || to === undefined)
          return missing("model or field name");
        return this.push(call, {
          kind: "rename-column",
          table: this.table(model),
          column: from,
          newName: to,
        });
      }
      case "AlterField": {
        const model = this.modelArg(args, 0, "model_name");
        const fieldName = this.modelArg(args, 1, "name");
        const field = arg(args, 2, "field");
        if (model === undefined || fieldName === undefined) return missing("model or field name");
        if (!field || unwrap(field).type !== "call") return missing("field");
        const info = readField(fieldName, unwrap(field));
        if (info.manyToMany) return;
        return this.push(call, {
          kind: "change-column-type",
          table: this.table(model),
          column: info.column,
          ...(info.type !== undefined ? { type: info.type } : {}),
          // AlterField restates the whole field: against the history, a change of `null` alone is read as
          // set-not-null / drop-not-null, and the same type is no type change.
          notNull: info.notNull,
        });
      }
      case "AddIndex":
      case "AddIndexConcurrently":
        return this.addIndex(call, args, name === "AddIndexConcurrently");
      case "RemoveIndex":
      case "RemoveIndexConcurrently": {
        const model = this.modelArg(args, 0, "model_name");
        const index = this.modelArg(args, 1, "name");
        return this.push(call, {
          kind: "drop-index",
          ...(model !== undefined ? { table: this.table(model) } : {}),
          ...(index !== undefined ? { name: index } : {}),
          concurrently: name === "RemoveIndexConcurrently",
        });
      }
      case "AddConstraint":
      case "AddConstraintNotValid":
        return this.addConstraint(call, args, name === "AddConstraint");
      case "ValidateConstraint":
      case "RemoveConstraint": {
        const model = this.modelArg(args, 0, "model_name");
        const constraint = this.modelArg(args, 1, "name");
        if (model === undefined) return missing("model name");
        return this.push(call, {
          kind: name === "ValidateConstraint" ? "validate-constraint" : "drop-constraint",
          table: this.table(model),
          ...(constraint !== undefined ? { name: constraint } : {}),
        });
      }
      case "AlterUniqueTogether":
      case "AlterIndexTogether":
        return this.together(call, args, name === "AlterUniqueTogether");
      case "AlterOrderWithRespectTo": {
        const model = this.modelArg(args, 0, "name");
        if (model === undefined) return missing("model name");
        if (isNone(arg(args, 1, "order_with_respect_to"))) return;
        // Django adds an `_order` integer column with a constant default of 0.
        return this.push(call, {
          kind: "add-column",
          table: this.table(model),
          column: "_order",
          type: "integer",
          notNull: true,
          default: { volatile: false, text: "0" },
        });
      }
      case "RunSQL":
        return this.runSql(call, args);
      case "RunPython":
        return this.runPython(call, args);
      case "SeparateDatabaseAndState": {
        // Only `database_operations` touch the database; `state_operations` only tell Django's model state.
        const database = arg(args, 0, "database_operations");
        if (database && !isNone(database)) this.operations(database);
        return;
      }
      default:
        if (NO_SCHEMA_CHANGE.has(name)) return;
        return this.unknown(
          call,
          `${name || "this call"} is not a Django migration operation the reader knows`,
        );
    }
  }

  private addField(call: Node, args: CallArgs): void {
    const model = this.modelArg(args, 0, "model_name");
    const fieldName = this.modelArg(args, 1, "name");
    const field = arg(args, 2, "field");
    if (model === undefined || fieldName === undefined || !field || unwrap(field).type !== "call") {
      return this.unknown(
        call,
        "AddField whose model, name or field is not written literally cannot be followed",
      );
    }
    const table = this.table(model);
    const info = readField(fieldName, unwrap(field));
    if (info.manyToMany) {
      // The relation lives in a new join table, unless a `through` model already holds it.
      if (!info.through)
        this.push(call, { kind: "create-table", table: `${table}_${fieldName}`, columns: [] });
      return;
    }
    this.push(call, {
      kind: "add-column",
      table,
      column: info.column,
      ...(info.type !== undefined ? { type: info.type } : {}),
      notNull: info.notNull,
      ...(info.default ? { default: info.default } : {}),
    });
    if (info.unique) {
      this.push(call, { kind: "add-constraint", table, constraint: "unique", validated: true });
    } else if (info.dbIndex) {
      this.push(call, { kind: "add-index", table, columns: [info.column] });
    }
    if (info.related && info.dbConstraint) {
      this.push(call, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
    }
  }

  private addIndex(call: Node, args: CallArgs, concurrently: boolean): void {
    const model = this.modelArg(args, 0, "model_name");
    const index = arg(args, 1, "index");
    if (model === undefined || !index || unwrap(index).type !== "call") {
      return this.unknown(call, "AddIndex whose model or index is not written literally cannot be followed");
    }
    const indexArgs = callArgs(unwrap(index));
    const fields = stringList(indexArgs.keywords.get("fields")) ?? [];
    const name = stringValue(indexArgs.keywords.get("name"));
    this.push(call, {
      kind: "add-index",
      table: this.table(model),
      columns: fields.map((f) => f.replace(/^-/, "")),
      ...(name !== undefined ? { name } : {}),
      concurrently,
    });
  }

  private addConstraint(call: Node, args: CallArgs, validated: boolean): void {
    const model = this.modelArg(args, 0, "model_name");
    const constraint = arg(args, 1, "constraint");
    if (model === undefined || !constraint || unwrap(constraint).type !== "call") {
      return this.unknown(
        call,
        "AddConstraint whose model or constraint is not written literally cannot be followed",
      );
    }
    const cls = methodName(unwrap(constraint));
    const kind =
      cls === "CheckConstraint"
        ? "check"
        : cls === "UniqueConstraint"
          ? "unique"
          : cls === "ExclusionConstraint"
            ? "exclusion"
            : undefined;
    if (!kind) return this.unknown(call, `the constraint class ${cls ?? "used"} is not one the reader knows`);
    const name = stringValue(callArgs(unwrap(constraint)).keywords.get("name"));
    this.push(call, {
      kind: "add-constraint",
      table: this.table(model),
      constraint: kind,
      ...(name !== undefined ? { name } : {}),
      validated,
    });
  }

  private together(call: Node, args: CallArgs, unique: boolean): void {
    const model = this.modelArg(args, 0, "name");
    const value = arg(args, 1, unique ? "unique_together" : "index_together");
    if (model === undefined || !value) {
      return this.unknown(
        call,
        "a *_together operation whose model or fields are not literal cannot be followed",
      );
    }
    if (isNone(value) || (unwrap(value).type === "call" && callArgs(unwrap(value)).positional.length === 0))
      return; // `set()` / None removes them all.
    const single = stringList(value);
    const groups = single
      ? [single]
      : (elements(value) ?? []).map((group) => stringList(group)).filter((g): g is string[] => !!g);
    const table = this.table(model);
    for (const columns of groups) {
      if (columns.length === 0) continue;
      if (unique) this.push(call, { kind: "add-constraint", table, constraint: "unique", validated: true });
      else this.push(call, { kind: "add-index", table, columns });
    }
  }

  private runSql(call: Node, args: CallArgs): void {
    const sql = arg(args, 0, "sql");
    if (!sql) return this.unknown(call, "RunSQL without SQL cannot be followed");
    this.sqlValue(sql, call);
    const reverse = arg(args, 1, "reverse_sql");
    if (!reverse || isNone(reverse)) {
      this.push(call, {
        kind: "irreversible",
        reason: "RunSQL has no reverse_sql, so Django cannot unapply it",
      });
    }
  }

  private sqlValue(node: Node, call: Node): void {
    const value = resolveConstant(this.module, unwrap(node));
    if (dottedName(value)?.endsWith(".noop")) return;
    const items = elements(value);
    if (!items) return this.sql.forward(value, call, "RunSQL");
    for (const item of items) {
      // A list holds strings or (sql, params) pairs.
      const pair = elements(item);
      this.sql.forward(pair ? pair[0] : item, call, "RunSQL");
    }
  }

  private runPython(call: Node, args: CallArgs): void {
    const code = arg(args, 0, "code");
    const reverse = arg(args, 1, "reverse_code");
    if (code) new PythonCode(this, this.module, this.sql).forward(code, call);
    else this.unknown(call, "RunPython without code cannot be followed");
    if (!reverse || isNone(reverse)) {
      this.push(call, {
        kind: "irreversible",
        reason: "RunPython has no reverse_code (use RunPython.noop when nothing needs undoing)",
      });
    }
  }

  // ---------------------------------------------------------------- shared with the RunPython reader

  emit(node: Node, body: OperationBody): void {
    this.push(node, body);
  }

  emitUnknown(node: Node, reason: string): void {
    this.unknown(node, reason);
  }

  /** The table of a model named in forward code: `apps.get_model("app", "Model")` or an imported class. */
  modelTable(app: string | undefined, model: string): string {
    if (app === undefined || app === this.app) return this.table(model);
    return `${app}_${model.toLowerCase()}`;
  }
}

interface FieldInfo {
  column: string;
  type?: string;
  notNull: boolean;
  default?: ColumnDefault;
  related: boolean;
  manyToMany: boolean;
  through: boolean;
  unique: boolean;
  dbIndex: boolean;
  dbConstraint: boolean;
}

function readField(name: string, field: Node): FieldInfo {
  const cls = methodName(field) ?? "";
  const args = callArgs(field);
  const kw = args.keywords;
  const related = RELATED_FIELDS.has(cls);
  const column = stringValue(kw.get("db_column")) ?? (related ? `${name}_id` : name);
  const type = related ? undefined : djangoFieldType(cls, field);
  const unique = booleanValue(kw.get("unique")) === true || cls === "OneToOneField";
  return {
    column,
    ...(type !== undefined ? { type } : {}),
    notNull: booleanValue(kw.get("null")) !== true,
    default: computedDefault(cls, kw) ?? fieldDefault(args),
    related,
    manyToMany: MANY_TO_MANY.has(cls),
    through: kw.has("through"),
    unique: unique && booleanValue(kw.get("primary_key")) !== true,
    // Django indexes foreign keys unless told not to.
    dbIndex: booleanValue(kw.get("db_index")) ?? related,
    dbConstraint: booleanValue(kw.get("db_constraint")) !== false,
  };
}

const AUTO_FIELDS = new Set(["AutoField", "BigAutoField", "SmallAutoField"]);

/**
 * A value the database computes for every existing row when the field is added: an AutoField's sequence
 * (serial) and a `GeneratedField(..., db_persist=True)` (GENERATED ALWAYS AS ... STORED). Read like the SQL
 * reader reads the same columns.
 */
function computedDefault(cls: string, kw: ReadonlyMap<string, Node>): ColumnDefault | undefined {
  if (AUTO_FIELDS.has(cls)) return { volatile: true, text: "nextval (serial)" };
  if (cls === "GeneratedField" && booleanValue(kw.get("db_persist")) === true) {
    return { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
  }
  return undefined;
}

function fieldDefault(args: CallArgs): ColumnDefault | undefined {
  const dbDefault = args.keywords.get("db_default");
  if (dbDefault && !isNone(dbDefault)) {
    // `db_default` stays in the database: a function in it runs for every row the ALTER fills.
    const n = unwrap(dbDefault);
    const fn = n.type === "call" ? (methodName(n) ?? "") : "";
    return { volatile: VOLATILE_DB_FUNCTION.test(fn) || isVolatileSql(n.text), text: n.text };
  }
  const value = args.keywords.get("default");
  if (!value || isNone(value)) return undefined;
  const n = unwrap(value);
  if (dottedName(n)?.endsWith("NOT_PROVIDED")) return undefined;
  // Django's `default=` lives in Python: the migration sets it on the column to fill the rows, then drops it.
  return { ...pythonDefault(n), transient: true };
}

function pythonDefault(n: Node): ColumnDefault {
  if (isPlainLiteral(n)) return { volatile: false, text: n.text };
  if (n.type === "identifier" || n.type === "attribute" || n.type === "lambda") {
    // Django calls a callable default once, in Python, and writes that one value into every existing row:
    // nothing per-row reaches the database (but a unique column then gets duplicates).
    return {
      volatile: false,
      text: `${n.text} (called once by Django; every existing row gets the same value)`,
    };
  }
  return { volatile: false, text: n.text };
}

/** Follows a RunPython function through the ORM calls that change rows. */
class PythonCode extends PythonWalker<Binding> {
  constructor(
    private readonly reader: DjangoReader,
    module: PythonModule,
    private readonly sql: SqlForwarder,
  ) {
    super(module);
  }

  forward(code: Node, call: Node): void {
    const n = unwrap(code);
    if (n.type === "identifier" && this.follow(n.text, [])) return;
    if (n.type === "lambda") {
      const body = n.childForFieldName("body");
      if (body) this.expression(body, new Map());
      return;
    }
    if (dottedName(n)?.endsWith(".noop")) return;
    this.reader.emitUnknown(
      call,
      "RunPython's code is not a function defined in this file, so what it does to the data cannot be read",
    );
  }

  protected override loopBinding(right: Node, env: Env): Binding | undefined {
    const rel = this.relation(right, env);
    return rel ? { kind: "record", rel, assigned: new Set() } : undefined;
  }

  protected override assignedAttribute(bound: Binding, attribute: string): void {
    if (bound.kind === "record") bound.assigned.add(attribute);
  }

  /** What a value is, as far as the ORM goes: a model, a queryset, one record. */
  protected binding(node: Node, env: Env): Binding | undefined {
    const n = unwrap(node);
    const table = this.model(n, env);
    if (table !== undefined) return { kind: "model", table };
    if (n.type === "call") {
      const name = methodName(n);
      const recv = receiver(n);
      if (name && SINGLE_RECORD.has(name) && recv) {
        const rel = this.relation(recv, env);
        if (rel) return { kind: "record", rel: { ...rel, filtered: true }, assigned: new Set() };
      }
    }
    const rel = this.relation(n, env);
    return rel ? { kind: "relation", rel } : undefined;
  }

  /** The table of a model expression. */
  private model(node: Node, env: Env): string | undefined {
    const n = unwrap(node);
    if (n.type === "identifier") {
      const bound = env.get(n.text);
      if (bound) return bound.kind === "model" ? bound.table : undefined;
      const origin = this.module.imports.get(n.text);
      if (origin && /^[A-Z]/.test(n.text)) {
        // `from accounts.models import User`: the app is the package that holds `models`.
        const parts = origin.split(".");
        const at = parts.lastIndexOf("models");
        return this.reader.modelTable(at > 0 ? parts[at - 1] : undefined, n.text);
      }
      return undefined;
    }
    if (n.type === "call" && methodName(n) === "get_model") {
      const args = callArgs(n);
      const first = stringValue(args.positional[0]);
      const second = stringValue(args.positional[1] ?? args.keywords.get("model_name"));
      if (first === undefined) return undefined;
      if (second !== undefined) return this.reader.modelTable(first, second);
      const [app, model] = first.split(".");
      return model ? this.reader.modelTable(app, model) : undefined;
    }
    return undefined;
  }

  /** The rows a queryset expression selects. */
  private relation(node: Node, env: Env): Relation | undefined {
    const n = unwrap(node);
    switch (n.type) {
      case "identifier": {
        const bound = env.get(n.text);
        return bound?.kind === "relation" ? bound.rel : undefined;
      }
      case "attribute": {
        const attribute = n.childForFieldName("attribute")?.text ?? "";
        const object = n.childForFieldName("object");
        if (!object) return undefined;
        let table = this.model(object, env);
        // A model the file neither imports nor looks up: Django's own naming is the best guess.
        if (
          table === undefined &&
          object.type === "identifier" &&
          /^[A-Z]/.test(object.text) &&
          !env.has(object.text)
        )
          table = this.reader.modelTable(undefined, object.text);
        if (table === undefined) return undefined;
        if (MANAGERS.has(attribute)) return { table, filtered: false, nullColumns: new Set() };
        // A custom manager may filter rows; it is still the model's table.
        if (/objects|manager/i.test(attribute)) return { table, filtered: true, nullColumns: new Set() };
        return undefined;
      }
      case "subscript": {
        const value = n.childForFieldName("value");
        const rel = value ? this.relation(value, env) : undefined;
        return rel ? { ...rel, filtered: true } : undefined;
      }
      case "call": {
        const name = methodName(n) ?? "";
        const recv = receiver(n);
        if (!recv) return undefined;
        const rel = this.relation(recv, env);
        if (!rel) return undefined;
        if (QUERYSET_PASSTHROUGH.has(name)) return rel;
        if (name === "filter" || name === "exclude" || name === "complex_filter") {
          const nulls = new Set(rel.nullColumns);
          for (const [key, value] of callArgs(n).keywords) {
            const isnull = /^(.+)__isnull$/.exec(key);
            const flag = booleanValue(value);
            if (name === "filter" && ((isnull && flag === true) || (!isnull && isNone(value))))
              nulls.add(isnull ? isnull[1]! : key);
            if (name === "exclude" && isnull && flag === false) nulls.add(isnull[1]!);
          }
          return { table: rel.table, filtered: true, nullColumns: nulls };
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /** A call that changes rows or runs SQL; false when it is none the reader knows. */
  protected call(call: Node, env: Env): boolean {
    const name = methodName(call) ?? "";
    const recv = receiver(call);
    const args = callArgs(call);
    if (!recv) return false;
    switch (name) {
      case "execute":
      case "executemany":
      case "raw":
        this.sql.forward(args.positional[0] ?? args.keywords.get("sql"), call, `${name}()`);
        return true;
      case "delete": {
        // A loop variable, a record kept in a variable, or `Model.objects.get(...).delete()`.
        const record = recv.type === "identifier" ? env.get(recv.text) : this.binding(recv, env);
        if (record?.kind === "record") {
          this.reader.emit(call, {
            kind: "delete-rows",
            table: record.rel.table,
            filtered: record.rel.filtered,
            via: "Model.delete() on each record",
          });
          return true;
        }
        const rel = this.relation(recv, env);
        if (!rel) return false;
        this.reader.emit(call, {
          kind: "delete-rows",
          table: rel.table,
          filtered: rel.filtered,
          via: "QuerySet.delete()",
        });
        return true;
      }
      case "update": {
        const rel = this.relation(recv, env);
        if (!rel) return false;
        const columns = args.splat ? [] : [...args.keywords.keys()];
        this.reader.emit(call, {
          kind: "update-rows",
          table: rel.table,
          columns,
          filtered: rel.filtered,
          onlyNulls: columns.length > 0 && columns.every((c) => rel.nullColumns.has(c)),
          via: "QuerySet.update()",
        });
        return true;
      }
      case "save": {
        const record = recv.type === "identifier" ? env.get(recv.text) : undefined;
        if (record?.kind !== "record") return false;
        const fields = stringList(args.keywords.get("update_fields"));
        const columns = fields ?? [...record.assigned];
        this.reader.emit(call, {
          kind: "update-rows",
          table: record.rel.table,
          columns,
          filtered: record.rel.filtered,
          onlyNulls: columns.length > 0 && columns.every((c) => record.rel.nullColumns.has(c)),
          via: "Model.save() on each record",
        });
        return true;
      }
      case "bulk_update": {
        const rel = this.relation(recv, env);
        if (!rel) return false;
        const columns = stringList(arg(args, 1, "fields")) ?? [];
        this.reader.emit(call, {
          kind: "update-rows",
          table: rel.table,
          columns,
          filtered: true,
          onlyNulls: false,
          via: "QuerySet.bulk_update()",
        });
        return true;
      }
      default:
        return false;
    }
  }
}
