// Reads one Entity Framework Core migration (`partial class X : Migration`, tree-sitter-c-sharp) into forward
// Operations: what `Up(MigrationBuilder migrationBuilder)` does, and the same-class helpers it hands the builder
// to. Each `migrationBuilder.<Method>(...)` is one entry of SCHEMA_CALLS, DATA_CALLS or HARMLESS by name; a
// method in none of them is an `unknown` operation (fail closed: a new EF Core call is reviewed, not passed).
// `Sql(...)` hands its text to the SQL reader. `Down()` is read only for whether the migration can be rolled
// back.
import { classifySqlTypeChange, typeFromText } from "../../column-types/index.js";
import type { Parsers } from "../../parsers.js";
import type { Database, ParsedMigration } from "../../types.js";
import { isVolatileSql } from "../shared/volatile-defaults.js";
import { MAX_DEPTH, handlerFor, unknownOperation, type OperationBody } from "../shared/toolkit.js";
import { appendSql, appendTemplateSql } from "../sql/embedded.js";
import { methodsByName, operationAt } from "../tree-sitter.js";
import {
  arg,
  booleanValue,
  interpolatedParts,
  memberCall,
  readCSharpTree,
  stringArray,
  stringLiteral,
  stringValue,
  type Arguments,
  type Node,
} from "./nodes.js";
import { extend } from "../../extend.js";

interface Call {
  reader: EfCoreReader;
  node: Node;
  name: string;
  args: Arguments;
}

type Handler = (c: Call) => void;

/** `table:` qualified by `schema:` when the call names one (`schema: "billing"`). */
function tableArg(args: Arguments, index: number, name = "table"): string | undefined {
  const table = stringValue(arg(args, index, name));
  const schema = stringValue(args.named.get("schema"));
  return table !== undefined && schema !== undefined ? `${schema}.${table}` : table;
}

/** A handler that needs the name (and table) as literal strings, else reports the call for review. */
function named(
  tableIndex: number | undefined,
  then: (c: Call, name: string, table: string) => OperationBody | undefined,
): Handler {
  return (c) => {
    const name = stringValue(arg(c.args, 0, "name"));
    const table = tableIndex === undefined ? "" : tableArg(c.args, tableIndex);
    if (name === undefined || table === undefined)
      return c.reader.unknown(c.node, `migrationBuilder.${c.name} on a name that is not a literal string`);
    const body = then(c, name, table);
    if (body) c.reader.push(c.node, body);
  };
}

/** Schema changes, by method name (EF Core's MigrationBuilder; parameter positions as it declares them). */
const SCHEMA_CALLS: Readonly<Record<string, Handler>> = {
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
      newName: newSchema !== undefined ? `${newSchema}.${newName ?? name}` : newName!,
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
        ? { default: { volatile: isVolatileSql(defaultSql), text: defaultSql } }
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
    if (!columns) return reader.unknownBody(node, "CreateIndex on columns that are not literal strings");
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
const DATA_CALLS: Readonly<Record<string, Handler>> = {
  DeleteData({ reader, node, args }) {
    const table = tableArg(args, 0);
    if (table === undefined)
      return reader.unknown(node, "DeleteData on a table that is not a literal string");
    // Deletes the rows whose key is given: filtered, by key.
    reader.push(node, { kind: "delete-rows", table, filtered: true, via: "migrationBuilder.DeleteData" });
  },
  UpdateData({ reader, node, args }) {
    const table = tableArg(args, 0);
    if (table === undefined) return reader.unknownBody(node, "UpdateData on a table that is not a literal");
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

const listOf = (value: string | undefined): string[] | undefined =>
  value === undefined ? undefined : [value];

function constraint(kind: "foreign-key" | "primary-key" | "unique" | "check"): Handler {
  return named(1, (_, name, table) => ({
    kind: "add-constraint",
    table,
    constraint: kind,
    name,
    validated: true,
  }));
}

/** `AlterColumn<T>(name, table, type, nullable, oldType, oldNullable, ...)`: what changed, from what. */
function alterColumn(c: Call): void {
  const { reader, node, args } = c;
  const column = stringValue(arg(args, 0, "name"));
  const table = tableArg(args, 1);
  if (column === undefined || table === undefined)
    return reader.unknown(node, "migrationBuilder.AlterColumn on a name that is not a literal string");
  const type = stringValue(args.named.get("type"));
  const oldType = stringValue(args.named.get("oldType"));
  const to = type !== undefined ? typeFromText(type, "sql") : undefined;
  const from = oldType !== undefined ? typeFromText(oldType, "sql") : undefined;
  const retyped =
    (type !== undefined && type.toLowerCase() !== oldType?.toLowerCase()) ||
    args.named.get("maxLength")?.text !== args.named.get("oldMaxLength")?.text;
  if (retyped)
    reader.push(node, {
      kind: "change-column-type",
      table,
      column,
      ...(type !== undefined ? { type } : {}),
      ...(to ? classifySqlTypeChange(from, to) : {}),
    });
  // AlterColumn restates the whole column: `nullable` defaults to false, `oldNullable` to false.
  const nullable = booleanValue(args.named.get("nullable")) === true;
  const oldNullable = booleanValue(args.named.get("oldNullable")) === true;
  if (oldNullable && !nullable) reader.push(node, { kind: "set-not-null", table, column });
  if (!oldNullable && nullable) reader.push(node, { kind: "drop-not-null", table, column });
  const defaultSql = stringValue(args.named.get("defaultValueSql"));
  const oldDefaultSql = stringValue(args.named.get("oldDefaultValueSql"));
  if (defaultSql !== undefined && defaultSql !== oldDefaultSql)
    reader.push(node, {
      kind: "change-default",
      table,
      column,
      default: { volatile: isVolatileSql(defaultSql), text: defaultSql },
    });
}

/** `columns: table => new { Id = table.Column<int>(...), ... }`: each column's name (`name:` or the member). */
function columnsOf(node: Node | undefined): string[] {
  const body = node?.type === "lambda_expression" ? node.childForFieldName("body") : undefined;
  if (body?.type !== "anonymous_object_creation_expression") return [];
  const out: string[] = [];
  const members = body.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    if (member.type !== "identifier") continue;
    const value = members[i + 1];
    const call = value ? memberCall(value) : undefined;
    out.push((call && stringValue(call.args.named.get("name"))) ?? member.text);
  }
  return out;
}

const methodName = (method: Node): string | undefined => method.childForFieldName("name")?.text;

class EfCoreReader {
  private readonly out: ParsedMigration = {
    framework: "ef-core",
    operations: [],
    comments: [],
    problems: [],
  };
  private methods = new Map<string, Node>();
  private following: string[] = [];

  constructor(
    private readonly source: string,
    private readonly database: Database,
    private readonly parsers: Parsers,
  ) {}

  read(): ParsedMigration {
    return readCSharpTree(this.parsers, this.source, this.out, (root) => {
      for (const cls of migrationClasses(root)) this.readClass(cls);
    });
  }

  push(node: Node, body: OperationBody): void {
    this.out.operations.push(operationAt(node, body));
  }

  unknown(node: Node, reason: string): void {
    this.push(node, this.unknownBody(node, reason));
  }

  unknownBody(node: Node, reason: string): OperationBody {
    return unknownOperation(reason, node.text);
  }

  private readClass(body: Node): void {
    this.methods = methodsByName(body);
    const up = this.methods.get("Up");
    if (!up) return;
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
  private walkMethod(method: Node): void {
    const name = methodName(method) ?? "";
    if (this.following.includes(name) || this.following.length > MAX_DEPTH) return;
    const params = method.childForFieldName("parameters")?.namedChildren ?? [];
    const builder = params.find((p) => p?.childForFieldName("type")?.text === "MigrationBuilder");
    const builderName = builder?.childForFieldName("name")?.text;
    if (builderName === undefined) return;
    this.following.push(name);
    this.walk(method.childForFieldName("body"), builderName);
    this.following.pop();
  }

  private walk(node: Node | null | undefined, builder: string): void {
    if (!node) return;
    // Comments and string contents never run.
    if (node.type === "comment" || /string|interpolat/.test(node.type)) return;
    if (node.type === "invocation_expression" && this.call(node, builder)) return;
    for (const child of node.namedChildren) this.walk(child, builder);
  }

  /** One call; false to let the walk look inside it (a chained `.Annotation(...)` holds the builder call). */
  private call(node: Node, builder: string): boolean {
    const call = memberCall(node);
    if (call && call.receiver.type === "identifier" && call.receiver.text === builder) {
      const handler = handlerFor(SCHEMA_CALLS, call.name) ?? handlerFor(DATA_CALLS, call.name);
      if (handler) handler({ reader: this, node, name: call.name, args: call.args });
      else if (!HARMLESS.has(call.name))
        this.unknown(node, `migrationBuilder.${call.name} is not a call the reader knows`);
      return true;
    }
    // The builder handed on: a helper of this class is followed; anything else cannot be read.
    const args = node.childForFieldName("arguments")?.namedChildren ?? [];
    const handsBuilder = args.some((a) => a?.namedChildren.at(-1)?.text === builder);
    if (!handsBuilder) return false;
    const fn = node.childForFieldName("function");
    const helper = fn?.type === "identifier" ? this.methods.get(fn.text) : undefined;
    if (helper && !["Up", "Down"].includes(fn!.text)) this.walkMethod(helper);
    else this.unknown(node, "the migration builder is handed to code the reader cannot follow");
    return true;
  }

  /** The SQL of `Sql(...)`, or why it cannot be read. */
  sql(node: Node, value: Node | undefined): void {
    const literal = stringLiteral(value);
    if (literal) {
      appendSql(this.out, { sql: literal.value, database: this.database, line: literal.line }, this.parsers);
      return;
    }
    const template = interpolatedParts(value);
    if (template && appendTemplateSql(this.out, extend(template, { database: this.database }), this.parsers))
      return;
    this.unknown(
      node,
      "migrationBuilder.Sql with SQL built at run time (a variable or a call) cannot be read",
    );
  }
}

/** Class bodies deriving from Migration, at the top level or in a namespace (block or file-scoped). */
function migrationClasses(root: Node): Node[] {
  const out: Node[] = [];
  const visit = (nodes: readonly (Node | null)[]): void => {
    for (const n of nodes) {
      if (n?.type === "class_declaration") {
        const bases = n.namedChildren.find((c) => c?.type === "base_list");
        const body = n.childForFieldName("body");
        if (body && bases && /(?:^|[\s:.,])Migration\b/.test(bases.text)) out.push(body);
      } else if (n?.type === "namespace_declaration") {
        visit(n.childForFieldName("body")?.namedChildren ?? []);
      } else if (n?.type === "file_scoped_namespace_declaration") {
        visit(n.namedChildren);
      }
    }
  };
  visit(root.namedChildren);
  return out;
}

export function readEfCoreMigration(source: string, database: Database, parsers: Parsers): ParsedMigration {
  return new EfCoreReader(source, database, parsers).read();
}
