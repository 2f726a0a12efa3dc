// Reads one Doctrine Migrations class (`VersionNNN extends AbstractMigration`, tree-sitter-php) into forward
// Operations: `preUp()`, `up()` and `postUp()` in the order Doctrine runs them, and the same-class helpers they
// call. `$this->addSql(...)` and `$this->connection->executeStatement(...)` hand their SQL to the SQL reader;
// the schema tool (`$schema->dropTable()`, `$schema->getTable('t')->dropColumn()`) is one entry of SCHEMA_CALLS
// or TABLE_CALLS per method. `down()` is read only for whether the migration can be rolled back.
import type { Parsers } from "../../parsers.js";
import type { Database, ParsedMigration } from "../../types.js";
import { appendSql } from "../sql/embedded.js";
import { methodsByName, operationAt } from "../tree-sitter.js";
import {
  MAX_DEPTH,
  handlerFor,
  numberPlaceholders,
  unknownOperation,
  type OperationBody,
} from "../shared/toolkit.js";
import {
  arg,
  booleanValue,
  MEMBER_CALLS,
  methodChain,
  readPhpTree,
  stringList,
  stringLiteral,
  stringValue,
  unwrap,
  variableName,
  type ChainLink,
  type Node,
} from "./nodes.js";

/** What a local variable holds: a table of the schema (`$t = $schema->getTable('users')`). */
type Env = Map<string, string>;

interface Call {
  reader: DoctrineReader;
  link: ChainLink;
  /** The table a TABLE_CALLS method works on. */
  table: string;
  env: Env;
}

/** `$this->...` calls that run nothing a rule looks at. */
const THIS_HARMLESS = new Set(["abortIf", "skipIf", "warnIf", "write", "getDescription", "isTransactional"]);

/** `$this->connection->...` methods that run SQL text; the fetch family only reads. */
const CONNECTION_SQL = new Set(["executeStatement", "executeUpdate", "executeQuery", "exec", "query"]);
const CONNECTION_READS =
  /^(?:fetch\w*|select\w*|quote\w*|getDatabasePlatform|createSchemaManager|getSchemaManager)$/;

/** `$schema->...`: the methods that change the schema, by name. */
const SCHEMA_CALLS: Readonly<Record<string, (c: Omit<Call, "table">) => void>> = {
  dropTable({ reader, link }) {
    const table = stringValue(arg(link.args, 0, "name"));
    if (table === undefined)
      return reader.unknown(link.call, "$schema->dropTable on a name that is not a string");
    reader.push(link.call, { kind: "drop-table", table });
  },
  renameTable({ reader, link }) {
    const [from, to] = [stringValue(arg(link.args, 0, "oldName")), stringValue(arg(link.args, 1, "newName"))];
    if (from === undefined || to === undefined)
      return reader.unknown(link.call, "$schema->renameTable on names that are not strings");
    reader.push(link.call, { kind: "rename-table", table: from, newName: to });
  },
  createTable({ reader, link }) {
    const table = stringValue(arg(link.args, 0, "name"));
    if (table === undefined)
      return reader.unknown(link.call, "$schema->createTable on a name that is not a string");
    reader.push(link.call, { kind: "create-table", table, columns: [] });
  },
};

/** `$schema->getTable('t')->...` (or a variable holding it): the table methods that change it, by name. */
const TABLE_CALLS: Readonly<Record<string, (c: Call) => void>> = {
  dropColumn({ reader, link, table }) {
    const column = stringValue(arg(link.args, 0, "name"));
    if (column === undefined) return reader.unknown(link.call, "dropColumn on a column that is not a string");
    reader.push(link.call, { kind: "drop-column", table, column });
  },
  addColumn({ reader, link, table }) {
    const column = stringValue(arg(link.args, 0, "name"));
    if (column === undefined) return reader.unknown(link.call, "addColumn on a column that is not a string");
    const type = stringValue(arg(link.args, 1, "typeName"));
    const options = optionsOf(arg(link.args, 2, "options"));
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
    const [from, to] = [stringValue(arg(link.args, 0, "oldName")), stringValue(arg(link.args, 1, "newName"))];
    if (from === undefined || to === undefined)
      return reader.unknown(link.call, "renameColumn on names that are not strings");
    reader.push(link.call, { kind: "rename-column", table, column: from, newName: to });
  },
  addIndex: addIndex(false),
  addUniqueIndex: addIndex(true),
  dropIndex({ reader, link, table }) {
    const name = stringValue(arg(link.args, 0, "name"));
    reader.push(link.call, { kind: "drop-index", table, ...(name !== undefined ? { name } : {}) });
  },
  addForeignKeyConstraint({ reader, link, table }) {
    const name = stringValue(arg(link.args, 4, "name"));
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

function changeColumn({ reader, link, table }: Call): void {
  const column = stringValue(arg(link.args, 0, "name"));
  if (column === undefined) return reader.unknown(link.call, `${link.name} on a column that is not a string`);
  const options = optionsOf(arg(link.args, 1, "options"));
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
  if (options.get("notnull") === "true") reader.push(link.call, { kind: "set-not-null", table, column });
  if (options.get("notnull") === "false") reader.push(link.call, { kind: "drop-not-null", table, column });
}

function addIndex(unique: boolean): (c: Call) => void {
  return ({ reader, link, table }) => {
    const columns = stringList(arg(link.args, 0, "columnNames"));
    if (!columns) return reader.unknown(link.call, `${link.name} on columns that are not a literal list`);
    const name = stringValue(arg(link.args, 1, "indexName"));
    reader.push(link.call, {
      kind: "add-index",
      table,
      columns,
      ...(name !== undefined ? { name } : {}),
      ...(unique ? { unique: true } : {}),
    });
  };
}

function dropConstraint({ reader, link, table }: Call): void {
  const name = stringValue(arg(link.args, 0, "name"));
  reader.push(link.call, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
}

/** `['notnull' => false, 'length' => 50]` → its literal entries as text. */
function optionsOf(node: Node | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const array = node ? unwrap(node) : undefined;
  if (array?.type !== "array_creation_expression") return out;
  for (const item of array.namedChildren) {
    if (item?.type !== "array_element_initializer" || item.namedChildren.length !== 2) continue;
    const [k, v] = item.namedChildren as [Node, Node];
    const key = stringValue(k);
    if (key === undefined) continue;
    const b = booleanValue(v);
    out.set(key, b !== undefined ? String(b) : (stringValue(v) ?? unwrap(v).text));
  }
  return out;
}

const methodNameOf = (method: Node): string | undefined => method.childForFieldName("name")?.text;

class DoctrineReader {
  private readonly out: ParsedMigration = {
    framework: "doctrine",
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
    return readPhpTree(this.parsers, this.source, this.out, (root) => {
      for (const cls of migrationClasses(root)) this.readClass(cls);
    });
  }

  push(node: Node, body: OperationBody): void {
    this.out.operations.push(operationAt(node, body));
  }

  unknown(node: Node, reason: string): void {
    this.push(node, unknownOperation(reason, node.text));
  }

  private readClass(body: Node): void {
    this.methods = methodsByName(body);
    const up = this.methods.get("up");
    if (!up) return;
    for (const name of ["preUp", "up", "postUp"]) {
      const method = this.methods.get(name);
      if (method) this.walkMethod(method, []);
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

  private walkMethod(method: Node, args: (string | undefined)[]): void {
    const name = methodNameOf(method) ?? "";
    if (this.following.includes(name) || this.following.length > MAX_DEPTH) return;
    const env: Env = new Map();
    // `up(Schema $schema)`: the schema parameter; a helper's parameters bound to the tables passed to it.
    const params = method.childForFieldName("parameters")?.namedChildren ?? [];
    params.forEach((p, i) => {
      const v = variableName(p?.childForFieldName("name"));
      const table = args[i];
      if (v !== undefined && table !== undefined) env.set(v, table);
    });
    this.following.push(name);
    this.walk(method.childForFieldName("body"), env);
    this.following.pop();
  }

  private walk(node: Node | null | undefined, env: Env): void {
    if (!node) return;
    if (node.type === "comment" || /string|heredoc|nowdoc/.test(node.type)) return;
    if (node.type === "assignment_expression") {
      const left = variableName(node.childForFieldName("left"));
      const right = node.childForFieldName("right");
      const table = right ? this.tableOf(right, env) : undefined;
      if (left !== undefined) {
        if (table !== undefined) env.set(left, table);
        else env.delete(left);
      }
      if (right) this.walk(right, env);
      return;
    }
    if (MEMBER_CALLS.has(node.type) && this.call(node, env)) return;
    for (const child of node.namedChildren) this.walk(child, env);
  }

  /** The table an expression stands for: `$schema->getTable('t')`, `$schema->createTable('t')`, a variable. */
  private tableOf(node: Node, env: Env): string | undefined {
    const n = unwrap(node);
    const v = variableName(n);
    if (v !== undefined) return env.get(v);
    if (!MEMBER_CALLS.has(n.type)) return undefined;
    const { root, links } = methodChain(n);
    if (links.length !== 1 || variableName(root) !== "schema") return undefined;
    const [link] = links as [ChainLink];
    if (link.name !== "getTable" && link.name !== "createTable") return undefined;
    return stringValue(arg(link.args, 0, "name"));
  }

  /** One call chain; false to let the walk look inside it. */
  private call(node: Node, env: Env): boolean {
    const { root, links } = methodChain(node);
    if (links.length === 0) return false;
    const first = links[0]!;
    const rootText = unwrap(root).text.replace(/\s+/g, "");
    if (rootText === "$this" && links.length === 1) return this.thisCall(first, env);
    if (rootText === "$this->connection") {
      if (CONNECTION_SQL.has(first.name)) this.sql(first, "$this->connection->" + first.name);
      else if (!CONNECTION_READS.test(first.name))
        this.unknown(first.call, `$this->connection->${first.name} is not a call the reader knows`);
      return true;
    }
    const rootVar = variableName(root);
    if (rootVar === "schema") {
      // `$schema->getTable('t')->dropColumn('c')`: the table link, then the table call.
      if ((first.name === "getTable" || first.name === "createTable") && links.length >= 2) {
        const table = stringValue(arg(first.args, 0, "name"));
        if (first.name === "createTable") SCHEMA_CALLS.createTable!({ reader: this, link: first, env });
        if (table === undefined) {
          this.unknown(first.call, `$schema->${first.name} on a name that is not a string`);
          return true;
        }
        for (const link of links.slice(1)) this.tableCall(link, table, env);
        return true;
      }
      const handler = handlerFor(SCHEMA_CALLS, first.name);
      if (handler) handler({ reader: this, link: first, env });
      return true;
    }
    const table = rootVar !== undefined ? env.get(rootVar) : undefined;
    if (table !== undefined) {
      for (const link of links) this.tableCall(link, table, env);
      return true;
    }
    return false;
  }

  private tableCall(link: ChainLink, table: string, env: Env): void {
    const handler = handlerFor(TABLE_CALLS, link.name);
    if (handler) handler({ reader: this, link, table, env });
  }

  private thisCall(link: ChainLink, env: Env): boolean {
    if (link.name === "addSql") {
      this.sql(link, "$this->addSql");
      return true;
    }
    if (THIS_HARMLESS.has(link.name)) return true;
    const helper = this.methods.get(link.name);
    if (!helper || ["up", "down", "preUp", "postUp"].includes(link.name)) return false;
    for (const a of link.args.positional) this.walk(a, env);
    this.walkMethod(
      helper,
      link.args.positional.map((a) => this.tableOf(a, env) ?? stringValue(a)),
    );
    return true;
  }

  /** The SQL of `addSql($sql, $params)` / `executeStatement($sql, $params)`, or why it cannot be read. */
  private sql(link: ChainLink, via: string): void {
    const literal = stringLiteral(arg(link.args, 0, "sql"));
    if (!literal) {
      this.unknown(
        link.call,
        `${via} with SQL built at run time (a variable, interpolation or a call) cannot be read`,
      );
      return;
    }
    const bound = arg(link.args, 1, "params") !== undefined;
    appendSql(
      this.out,
      {
        sql: bound ? numberPlaceholders(literal.value) : literal.value,
        database: this.database,
        line: literal.line,
      },
      this.parsers,
    );
  }
}

/** Class bodies extending AbstractMigration (or defining `up`), at the top level or in a namespace. */
function migrationClasses(root: Node): Node[] {
  const out: Node[] = [];
  const visit = (statements: readonly (Node | null)[]): void => {
    for (const s of statements) {
      if (s?.type === "class_declaration") {
        const body = s.childForFieldName("body");
        const base = s.namedChildren.find((c) => c?.type === "base_clause");
        const hasUp = body?.namedChildren.some(
          (m) => m?.type === "method_declaration" && methodNameOf(m) === "up",
        );
        if (body && ((base && /Migration$/.test(base.text)) || hasUp)) out.push(body);
      } else if (s?.type === "namespace_definition") {
        // `namespace X;` leaves the classes at the top level; only `namespace X { ... }` holds them.
        const body = s.childForFieldName("body");
        if (body) visit(body.namedChildren);
      }
    }
  };
  visit(root.namedChildren);
  return out;
}

export function readDoctrineMigration(source: string, database: Database, parsers: Parsers): ParsedMigration {
  return new DoctrineReader(source, database, parsers).read();
}
