// Laravel migrations, read with tree-sitter-php: what `up()` of each migration class (named or anonymous) does,
// as forward Operations. Followed: Schema::create/table closures and their Blueprint calls, Schema::drop/rename,
// DB::statement/unprepared into SQL, query-builder and Eloquent deletes, truncates and updates, and `$this->helper()`
// methods of the same class. `down()` is read only to learn the column types `->change()` calls move away from.
import type { Parsers } from "../../parsers.js";
import type { ColumnDefault, Database, Operation, ParsedMigration } from "../../types.js";
import { classifyTypeChange, describeType, type ColumnType } from "../../column-types/index.js";
import { isVolatileSql } from "../shared/volatile-defaults.js";
import { tableize } from "../shared/inflect.js";
import { appendSql, appendBuiltSql } from "../sql/embedded.js";
import { runTimeName, type RunTimePart } from "../../run-time.js";
import { COLUMN_METHODS, columnDefinition, type ColumnDefinition } from "./column-types.js";
import {
  arg,
  arrayElements,
  booleanValue,
  callArgs,
  isNull,
  MEMBER_CALLS,
  methodChain,
  methodName,
  readPhpTree,
  scopeName,
  spanOf,
  stringList,
  stringLiteral,
  stringTemplate,
  stringValue,
  unwrap,
  variableName,
  type CallArgs,
  type ChainLink,
  type Node,
} from "./nodes.js";
import {
  MAX_DEPTH,
  MAX_LOOP_VALUES,
  truncate,
  unknownOperation,
  type OperationBody,
} from "../shared/toolkit.js";

type Op = OperationBody;

interface Blueprint {
  kind: "blueprint";
  table: string;
  /** The columns of the Schema::create this closure builds, when it builds one. */
  creating?: string[];
}
/** A query builder kept in a variable: `$stale = DB::table('sessions')->where(...)`. */
interface Builder {
  kind: "builder";
  table: string | undefined;
  links: ChainLink[];
}
type Binding =
  Blueprint | Builder | { kind: "string"; value: string } | { kind: "strings"; values: string[] };
type Env = Map<string, Binding>;

interface KnownColumn {
  type: ColumnType;
  nullable?: boolean;
}

interface MigrationClass {
  methods: Map<string, Node>;
  /** Class properties and constants holding literal strings (`protected $table = 'users'`, `const T = 'x'`). */
  strings: Map<string, string>;
}

const CHANGE_CALL = /->\s*change\s*\(/;

/** Facades and framework classes whose static calls are not Eloquent models. */
const NOT_MODELS = new Set([
  "Schema",
  "DB",
  "Artisan",
  "Log",
  "Cache",
  "Config",
  "Storage",
  "Str",
  "Arr",
  "Carbon",
  "Hash",
  "Event",
  "Queue",
  "Bus",
  "Mail",
  "Notification",
  "App",
  "File",
  "Http",
  "Blueprint",
  "Expression",
  "self",
  "static",
  "parent",
]);

/** Query-builder methods that write: the end of a chain that changes rows. */
const TERMINALS = /^(?:delete|forceDelete|truncate|update|increment|decrement|incrementEach|decrementEach)$/;

/** Query-builder methods that filter rows. */
const FILTERS = /^(?:or)?where|^(?:find|findMany|whereKey|limit|take|having|join|latest|oldest)$/i;

/** Blueprint methods that change nothing a rule cares about. */
const HARMLESS_BLUEPRINT = new Set([
  "engine",
  "charset",
  "collation",
  "comment",
  "temporary",
  "renameIndex",
  "innoDb",
  "getTable",
  "getColumns",
  "getCommands",
]);

/** The suffix Laravel gives an index it names from its columns, by the method that drops it. */
const DROP_SUFFIX: Record<string, string> = {
  dropIndex: "index",
  dropUnique: "unique",
  dropFullText: "fulltext",
  dropSpatialIndex: "spatialindex",
};

/** Blueprint commands and column modifiers the reader acts on, besides the column methods. */
const BLUEPRINT_NAMES = [
  "dropColumn",
  "dropColumns",
  "dropTimestamps",
  "dropTimestampsTz",
  "dropSoftDeletes",
  "dropSoftDeletesTz",
  "dropRememberToken",
  "dropMorphs",
  "dropConstrainedForeignId",
  "dropConstrainedForeignIdFor",
  "renameColumn",
  "index",
  "unique",
  "primary",
  "fullText",
  "spatialIndex",
  "rawIndex",
  "foreign",
  "dropIndex",
  "dropUnique",
  "dropPrimary",
  "dropFullText",
  "dropSpatialIndex",
  "dropForeign",
  "rename",
  "drop",
  "dropIfExists",
  "after",
  "nullable",
  "default",
  "change",
  "useCurrent",
  "constrained",
  "references",
  "storedAs",
  "virtualAs",
  "generatedAs",
  ...HARMLESS_BLUEPRINT,
];
const CANONICAL = new Map([...COLUMN_METHODS, ...BLUEPRINT_NAMES].map((n) => [n.toLowerCase(), n]));

function canonical(name: string): string {
  return CANONICAL.get(name.toLowerCase()) ?? name;
}

function sameType(a: ColumnType, b: ColumnType): boolean {
  return describeType(a) === describeType(b);
}

export class LaravelReader {
  private readonly out: ParsedMigration = {
    framework: "laravel",
    operations: [],
    comments: [],
    problems: [],
  };
  private cls: MigrationClass = { methods: new Map(), strings: new Map() };
  /** `table.column` → its type before this migration: from `down()`'s `->change()` and from columns added earlier. */
  private known = new Map<string, KnownColumn>();
  /** Reading `down()` only to learn types: nothing is emitted. */
  private learning = false;
  private readonly following: string[] = [];

  constructor(
    private readonly source: string,
    private readonly database: Database,
    private readonly parsers: Parsers,
  ) {}

  read(): ParsedMigration {
    return readPhpTree(this.parsers, this.source, this.out, (root) => {
      for (const cls of this.migrationClasses(root)) this.readClass(cls);
    });
  }

  // ---------------------------------------------------------------- file structure

  /** Class bodies at the top level (or in a namespace block), named or `return new class extends Migration`. */
  private migrationClasses(root: Node): Node[] {
    const out: Node[] = [];
    const visit = (statements: readonly (Node | null)[]): void => {
      for (const s of statements) {
        if (!s) continue;
        if (s.type === "class_declaration") {
          const body = s.childForFieldName("body");
          if (body && this.isMigration(s, body)) out.push(body);
        } else if (s.type === "return_statement" || s.type === "expression_statement") {
          const value = s.namedChildren[0];
          const anonymous =
            value?.type === "object_creation_expression"
              ? value.namedChildren.find((c) => c?.type === "anonymous_class")
              : undefined;
          const body = anonymous?.childForFieldName("body");
          if (anonymous && body && this.isMigration(anonymous, body)) out.push(body);
        } else if (s.type === "namespace_definition") {
          const body = s.childForFieldName("body");
          if (body) visit(body.namedChildren);
        }
      }
    };
    visit(root.namedChildren);
    return out;
  }

  private isMigration(cls: Node, body: Node): boolean {
    const base = cls.namedChildren.find((c) => c?.type === "base_clause");
    if (base && /Migration$/.test(base.text)) return true;
    return body.namedChildren.some((m) => m?.type === "method_declaration" && methodNameOf(m) === "up");
  }

  private readClass(body: Node): void {
    const cls: MigrationClass = { methods: new Map(), strings: new Map() };
    for (const member of body.namedChildren) {
      if (!member) continue;
      if (member.type === "method_declaration") {
        const name = methodNameOf(member);
        if (name) cls.methods.set(name, member);
      } else if (member.type === "property_declaration" || member.type === "const_declaration") {
        for (const element of member.namedChildren) {
          if (element?.type === "property_element") {
            const name = variableName(element.childForFieldName("name"));
            const value = stringValue(element.childForFieldName("default_value"));
            if (name && value !== undefined) cls.strings.set(name, value);
          } else if (element?.type === "const_element") {
            const [name, value] = element.namedChildren;
            const text = stringValue(value);
            if (name && text !== undefined) cls.strings.set(name.text, text);
          }
        }
      }
    }
    this.cls = cls;
    this.known = new Map();
    const up = cls.methods.get("up");
    const down = cls.methods.get("down");
    if (!up) return;

    // down() only tells the types `->change()` moves away from; a file without one skips that walk.
    if (down && CHANGE_CALL.test(this.source)) {
      this.learning = true;
      this.block(down.childForFieldName("body"), new Map(), "down");
      this.learning = false;
    }
    this.block(up.childForFieldName("body"), new Map(), "up");

    const name = up.childForFieldName("name") ?? up;
    if (!down) {
      this.push(name, { kind: "irreversible", reason: "the migration defines up() without down()" });
    } else if (isEmptyBody(down.childForFieldName("body"))) {
      this.push(name, { kind: "irreversible", reason: "down() is empty, so a rollback undoes nothing" });
    }
  }

  // ---------------------------------------------------------------- the walk

  private block(body: Node | null, env: Env, method: string): void {
    if (!body) return;
    this.following.push(method);
    this.visit(body, env);
    this.following.pop();
  }

  private visit(node: Node, env: Env): void {
    switch (node.type) {
      case "comment":
      case "function_definition":
      case "class_declaration":
      case "method_declaration":
        // A definition runs nothing until it is called.
        return;
      case "assignment_expression":
        return this.assignment(node, env);
      case "foreach_statement":
        if (this.loop(node, env)) return;
        break;
      case "scoped_call_expression":
        if (this.staticCall(node, env)) return;
        break;
      case "member_call_expression":
      case "nullsafe_member_call_expression":
        if (this.memberCall(node, env)) return;
        break;
      default:
        break;
    }
    for (const child of node.namedChildren) if (child) this.visit(child, env);
  }

  private assignment(node: Node, env: Env): void {
    const name = variableName(node.childForFieldName("left"));
    const right = node.childForFieldName("right");
    if (!right) return;
    if (name !== undefined) {
      const value = this.string(right, env);
      const list = value === undefined ? this.strings(right, env) : undefined;
      const builder = value === undefined && list === undefined ? this.builderOf(right, env) : undefined;
      if (value !== undefined) env.set(name, { kind: "string", value });
      else if (list !== undefined) env.set(name, { kind: "strings", values: list });
      else if (builder) env.set(name, builder);
      else env.delete(name);
    }
    this.visit(right, env);
  }

  /** `foreach (['a', 'b'] as $table) { ... }`: the body once per value, with the value bound. */
  private loop(node: Node, env: Env): boolean {
    const [source, variable] = node.namedChildren.filter((c) => c?.type !== "comment");
    const name = variable?.type === "variable_name" ? variableName(variable) : undefined;
    const values = source ? this.strings(source, env) : undefined;
    const body = node.childForFieldName("body");
    if (!name || !values || !body || values.length > MAX_LOOP_VALUES) return false;
    for (const value of values) {
      const inner: Env = new Map(env);
      inner.set(name, { kind: "string", value });
      this.visit(body, inner);
    }
    return true;
  }

  // ---------------------------------------------------------------- values

  /** A literal string, a variable holding one, or a class property/constant (`$this->table`, `self::T`). */
  /** The name a migration computes at run time, named by its source; undefined without an argument. */
  private runTime(node: Node | undefined, part: RunTimePart): string | undefined {
    return node ? runTimeName(part, node.text) : undefined;
  }

  private string(node: Node | undefined, env: Env): string | undefined {
    if (!node) return undefined;
    const n = unwrap(node);
    const literal = stringValue(n);
    if (literal !== undefined) return literal;
    if (n.type === "variable_name") {
      const bound = env.get(n.text.slice(1));
      return bound?.kind === "string" ? bound.value : undefined;
    }
    if (n.type === "member_access_expression" && n.childForFieldName("object")?.text === "$this") {
      const prop = n.childForFieldName("name")?.text;
      return prop ? this.cls.strings.get(prop) : undefined;
    }
    if (n.type === "class_constant_access_expression") {
      const [scope, constant] = n.namedChildren;
      if (scope && constant && /^(?:self|static)$/.test(scope.text))
        return this.cls.strings.get(constant.text);
    }
    return undefined;
  }

  /** `'a'` or `['a', 'b']` (or a variable holding either) as a list of strings. */
  private strings(node: Node | undefined, env: Env): string[] | undefined {
    if (!node) return undefined;
    const n = unwrap(node);
    if (n.type === "variable_name") {
      const bound = env.get(n.text.slice(1));
      if (bound?.kind === "strings") return bound.values;
      if (bound?.kind === "string") return [bound.value];
      return undefined;
    }
    const single = this.string(n, env);
    if (single !== undefined) return [single];
    const elements = arrayElements(n);
    if (!elements) return undefined;
    const out: string[] = [];
    for (const e of elements) {
      const value = e.key ? undefined : this.string(e.value, env);
      if (value === undefined) return undefined;
      out.push(value);
    }
    return out;
  }

  // ---------------------------------------------------------------- calls

  /** `Foo::bar(...)`. */
  private staticCall(call: Node, env: Env): boolean {
    const scope = scopeName(call);
    const name = methodName(call);
    if (!scope || !name) return false;
    const args = callArgs(call);
    if (scope === "Schema") return this.schema(name, args, call, env);
    if (scope === "DB") return this.db(name, args, call, env);
    if (scope === "Artisan" && name === "call") {
      this.unknown(call, "Artisan::call runs a console command whose database work cannot be read here");
      return true;
    }
    if (/^(?:self|static)$/.test(scope) && this.cls.methods.has(name)) return this.helper(name, args, env);
    if (this.isModel(scope)) {
      if (name === "truncate") {
        this.push(call, { kind: "truncate", tables: [tableize(scope)] });
        return true;
      }
      if (name === "destroy") {
        this.push(call, { kind: "delete-rows", table: tableize(scope), filtered: true, via: "::destroy()" });
        return true;
      }
    }
    return false;
  }

  /** `x->a()->b()`: a Blueprint statement, a query-builder chain, or `$this->helper()`. */
  private memberCall(call: Node, env: Env): boolean {
    const { root, links } = methodChain(call);
    const first = links[0];
    if (!first) return false;
    if (root.type === "variable_name") {
      const name = root.text.slice(1);
      if (name === "this" && links.length === 1 && this.cls.methods.has(first.name))
        return this.helper(first.name, first.args, env);
      const bound = env.get(name);
      if (bound?.kind === "blueprint") return this.blueprint(bound, links, env);
    } else if (root.type === "scoped_call_expression" && methodName(root) === "connection") {
      // Schema::connection('x')->create(...), DB::connection('x')->statement(...)
      const scope = scopeName(root);
      if (scope === "Schema" && links.length === 1)
        return this.schema(first.name, first.args, first.call, env);
      if (scope === "DB" && links.length === 1) return this.db(first.name, first.args, first.call, env);
    }
    const query = this.query(root, links, env);
    return query ? this.builder(query.table, query.links, call) : false;
  }

  /**
   * The table and the calls so far of a query-builder chain: `DB::table('t')->...`, `DB::connection()->table('t')`,
   * `Model::where(...)->...`, or a variable holding one.
   */
  private query(root: Node, links: ChainLink[], env: Env): Builder | undefined {
    if (root.type === "variable_name") {
      const bound = env.get(root.text.slice(1));
      return bound?.kind === "builder" ? { ...bound, links: [...bound.links, ...links] } : undefined;
    }
    if (root.type !== "scoped_call_expression") return undefined;
    const scope = scopeName(root);
    const rootName = methodName(root);
    if (!scope || !rootName) return undefined;
    if (scope === "DB" && rootName === "table")
      return { kind: "builder", table: this.string(arg(callArgs(root), 0, "table"), env), links };
    if (scope === "DB" && rootName === "connection" && links[0]?.name === "table")
      return {
        kind: "builder",
        table: this.string(arg(links[0].args, 0, "table"), env),
        links: links.slice(1),
      };
    if (this.isModel(scope)) {
      const rootLink: ChainLink = { name: rootName, call: root, args: callArgs(root) };
      return { kind: "builder", table: tableize(scope), links: [rootLink, ...links] };
    }
    return undefined;
  }

  /** A query builder an assignment keeps, unless the chain already ran (ends in delete(), update()...). */
  private builderOf(value: Node, env: Env): Builder | undefined {
    const n = unwrap(value);
    const chain = MEMBER_CALLS.has(n.type) ? methodChain(n) : { root: n, links: [] };
    const last = chain.links[chain.links.length - 1];
    if (last && TERMINALS.test(last.name)) return undefined;
    return this.query(chain.root, chain.links, env);
  }

  private isModel(scope: string): boolean {
    return /^[A-Z]/.test(scope) && !NOT_MODELS.has(scope);
  }

  /** A method of the migration class, called as `$this->name()` or `self::name()`: arguments, then its body. */
  private helper(name: string, args: CallArgs, env: Env): boolean {
    for (const a of [...args.positional, ...args.named.values()]) this.visit(a, env);
    if (this.following.includes(name) || this.following.length > MAX_DEPTH) return true;
    const method = this.cls.methods.get(name)!;
    // Parameters bound to literal strings the caller passed: `$this->dropFrom('users')`.
    const inner: Env = new Map();
    const params = method.childForFieldName("parameters")?.namedChildren ?? [];
    params.forEach((param, i) => {
      const paramName = variableName(param?.childForFieldName("name"));
      const given = args.positional[i] ? unwrap(args.positional[i]!) : undefined;
      if (!paramName || !given) return;
      // A Blueprint or a list passed on keeps its meaning: `$this->auditColumns($table)`.
      const bound = given.type === "variable_name" ? env.get(given.text.slice(1)) : undefined;
      const value = bound ? undefined : this.string(given, env);
      if (bound) inner.set(paramName, bound);
      else if (value !== undefined) inner.set(paramName, { kind: "string", value });
    });
    this.block(method.childForFieldName("body"), inner, name);
    return true;
  }

  private schema(name: string, args: CallArgs, call: Node, env: Env): boolean {
    const tableArg = arg(args, 0, "table");
    switch (name) {
      case "create":
      case "table": {
        const table = this.string(tableArg, env);
        const closure = arg(args, 1, "callback");
        if (table === undefined) {
          this.unknown(call, `Schema::${name} on a table name the reader cannot resolve`);
          return true;
        }
        const columns: string[] = [];
        if (name === "create") this.push(call, { kind: "create-table", table, columns });
        const blueprint: Blueprint = {
          kind: "blueprint",
          table,
          ...(name === "create" ? { creating: columns } : {}),
        };
        if (closure) this.closure(closure, blueprint, env);
        return true;
      }
      case "drop":
      case "dropIfExists": {
        // A table from a variable is still dropped: the drop names where its table comes from.
        const table = this.string(tableArg, env) ?? this.runTime(tableArg, "table");
        if (table === undefined)
          this.unknown(call, `Schema::${name} on a table name the reader cannot resolve`);
        else
          this.push(call, {
            kind: "drop-table",
            table,
            ...(name === "dropIfExists" ? { ifExists: true } : {}),
          });
        return true;
      }
      case "rename": {
        const from = this.string(arg(args, 0, "from"), env);
        const to = this.string(arg(args, 1, "to"), env);
        if (from === undefined || to === undefined)
          this.unknown(call, "Schema::rename with names the reader cannot resolve");
        else this.push(call, { kind: "rename-table", table: from, newName: to });
        return true;
      }
      case "dropColumns": {
        const table = this.string(tableArg, env) ?? this.runTime(tableArg, "table");
        const columns = this.strings(arg(args, 1, "columns"), env);
        if (table === undefined || columns === undefined)
          this.unknown(call, "Schema::dropColumns with names the reader cannot resolve");
        else for (const column of columns) this.push(call, { kind: "drop-column", table, column });
        return true;
      }
      case "whenTableHasColumn":
      case "whenTableDoesntHaveColumn": {
        // Schema::whenTableHasColumn('users', 'fax', function (Blueprint $table) { ... }): may run, so it counts.
        const table = this.string(tableArg, env);
        const closure = arg(args, 2, "callback");
        if (table === undefined) {
          this.unknown(call, `Schema::${name} on a table name the reader cannot resolve`);
          return true;
        }
        if (closure) this.closure(closure, { kind: "blueprint", table }, env);
        return true;
      }
      case "dropAllTables":
      case "dropAllViews":
      case "dropAllTypes":
        this.unknown(call, `Schema::${name} drops every object of its kind in the database`);
        return true;
      default:
        return false;
    }
  }

  private db(name: string, args: CallArgs, call: Node, env: Env): boolean {
    switch (name) {
      case "statement":
      case "unprepared":
      case "update":
      case "delete":
      case "affectingStatement":
        this.sql(arg(args, 0, "query"), call, `DB::${name}`, env);
        return true;
      default:
        return false;
    }
  }

  /** Hands the SQL text to the shared SQL reader, or records why it cannot be read. */
  private sql(node: Node | undefined, call: Node, via: string, env: Env): void {
    if (this.learning) return;
    const n = node ? unwrap(node) : undefined;
    let literal = n ? stringLiteral(n) : undefined;
    if (!literal && n) {
      const value = this.string(n, env);
      if (value !== undefined) literal = { value, line: call.startPosition.row + 1 };
    }
    // Interpolation or `.` keeps the verb: `"DELETE FROM {$table}"` is still a delete.
    const template = !literal && n ? stringTemplate(n, (x) => this.string(x, env)) : undefined;
    if (appendBuiltSql(this.out, template, this.database, this.parsers)) return;
    if (!literal) {
      this.unknown(
        call,
        `${via} runs SQL built at run time (a variable, interpolation or expression), which cannot be read`,
      );
      return;
    }
    appendSql(this.out, { sql: literal.value, database: this.database, line: literal.line }, this.parsers);
  }

  /**
   * A query-builder chain that ends in `delete()`, `truncate()`, `update([...])` or `increment()`. Other chains
   * (`->get()`, `->insert()`) change nothing, and their arguments are walked as usual.
   */
  private builder(table: string | undefined, links: ChainLink[], call: Node): boolean {
    const last = links[links.length - 1];
    if (!last) return false;
    const terminal = last.name;
    if (!TERMINALS.test(terminal)) return false;
    if (table === undefined) {
      this.unknown(call, `->${terminal}() on a table the reader cannot resolve`);
      return true;
    }
    const filters = links.slice(0, -1).filter((l) => FILTERS.test(l.name));
    const filtered = filters.length > 0;
    if (terminal === "truncate") {
      this.push(call, { kind: "truncate", tables: [table] });
      return true;
    }
    if (terminal === "delete" || terminal === "forceDelete") {
      this.push(call, { kind: "delete-rows", table, filtered, via: `->${terminal}()` });
      return true;
    }
    const columns = assignedColumns(terminal, last.args);
    const nullColumns = new Set<string>();
    let anyOr = false;
    for (const f of filters) {
      if (/^or/i.test(f.name)) anyOr = true;
      if (f.name === "whereNull")
        for (const c of stringList(arg(f.args, 0, "columns")) ?? []) nullColumns.add(c);
      if (f.name === "where") {
        const column = stringValue(f.args.positional[0]);
        const [, second, third] = f.args.positional;
        const isNullCheck =
          (f.args.positional.length === 2 && isNull(second)) ||
          (f.args.positional.length === 3 && stringValue(second) === "=" && isNull(third));
        if (column !== undefined && isNullCheck) nullColumns.add(column);
      }
    }
    this.push(call, {
      kind: "update-rows",
      table,
      columns,
      filtered,
      onlyNulls: !anyOr && columns.length > 0 && columns.every((c) => nullColumns.has(c)),
      via: `->${terminal}()`,
    });
    return true;
  }

  // ---------------------------------------------------------------- Blueprint

  /** `function (Blueprint $table) { ... }` or `fn ($table) => ...`: the body with its parameter bound. */
  private closure(node: Node, blueprint: Blueprint, env: Env): void {
    const fn = unwrap(node);
    if (fn.type !== "anonymous_function" && fn.type !== "arrow_function") {
      this.unknown(
        fn,
        `Schema::${blueprint.creating ? "create" : "table"} with a callback the reader cannot follow`,
      );
      return;
    }
    const param = fn
      .childForFieldName("parameters")
      ?.namedChildren.find((p) => p?.type === "simple_parameter");
    const name = variableName(param?.childForFieldName("name"));
    const body = fn.childForFieldName("body");
    if (!name || !body) return;
    const inner: Env = new Map(env);
    inner.set(name, blueprint);
    this.visit(body, inner);
  }

  private blueprint(bp: Blueprint, links: ChainLink[], env: Env): boolean {
    // PHP method names are case-insensitive: `$table->dateTime()` and `$table->datetime()` are one method.
    const [command, ...modifiers] = links.map((l) => ({ ...l, name: canonical(l.name) })) as [
      ChainLink,
      ...ChainLink[],
    ];
    const { table } = bp;
    const { name, args, call } = command;
    const at = links[links.length - 1]!.call;
    const definition = columnDefinition(name, args);
    if (definition) {
      this.column(bp, definition, modifiers, at, env);
      return true;
    }
    const first = arg(args, 0, "columns");
    switch (name) {
      case "dropColumn":
      case "dropColumns": {
        // dropColumn('a'), dropColumn(['a', 'b']) and dropColumn('a', 'b') all drop every name given.
        // A name from a variable is still dropped, named by where it comes from.
        const columns =
          args.positional.length > 1
            ? args.positional.map((a) => this.string(a, env) ?? this.runTime(a, "column"))
            : (this.strings(first, env) ?? (first && [this.runTime(first, "column")]));
        if (!columns || columns.some((c) => c === undefined)) {
          this.unknown(at, "dropColumn with names the reader cannot resolve");
          return true;
        }
        for (const column of columns as string[]) this.push(at, { kind: "drop-column", table, column });
        return true;
      }
      case "dropTimestamps":
      case "dropTimestampsTz":
        for (const column of ["created_at", "updated_at"])
          this.push(at, { kind: "drop-column", table, column });
        return true;
      case "dropSoftDeletes":
      case "dropSoftDeletesTz": {
        const column = first ? this.string(first, env) : "deleted_at";
        if (column === undefined) this.unknown(at, `${name} with a name the reader cannot resolve`);
        else this.push(at, { kind: "drop-column", table, column });
        return true;
      }
      case "dropRememberToken":
        this.push(at, { kind: "drop-column", table, column: "remember_token" });
        return true;
      case "dropMorphs": {
        const morph = this.string(first, env);
        if (morph === undefined) this.unknown(at, "dropMorphs with a name the reader cannot resolve");
        else
          for (const column of [`${morph}_type`, `${morph}_id`])
            this.push(at, { kind: "drop-column", table, column });
        return true;
      }
      case "dropConstrainedForeignId":
      case "dropConstrainedForeignIdFor": {
        const column = this.string(first, env);
        if (column === undefined) {
          this.unknown(at, `${name} with a name the reader cannot resolve`);
          return true;
        }
        this.push(at, { kind: "drop-constraint", table, name: indexName(table, [column], "foreign") });
        this.push(at, { kind: "drop-column", table, column });
        return true;
      }
      case "renameColumn": {
        const from = this.string(arg(args, 0, "from"), env);
        const to = this.string(arg(args, 1, "to"), env);
        if (from === undefined || to === undefined)
          this.unknown(at, "renameColumn with names the reader cannot resolve");
        else this.push(at, { kind: "rename-column", table, column: from, newName: to });
        return true;
      }
      case "index":
      case "unique":
      case "primary":
      case "fullText":
      case "spatialIndex":
      case "rawIndex": {
        const columns =
          name === "rawIndex" ? [this.string(first, env) ?? "expression"] : this.strings(first, env);
        if (!columns) {
          this.unknown(at, `${name} on columns the reader cannot resolve`);
          return true;
        }
        this.index(bp, name, columns, this.string(arg(args, 1, "name"), env), at);
        return true;
      }
      case "foreign": {
        const columns = this.strings(first, env);
        const fkName = this.string(arg(args, 1, "name"), env);
        this.push(at, {
          kind: "add-constraint",
          table,
          constraint: "foreign-key",
          validated: true,
          ...(fkName !== undefined
            ? { name: fkName }
            : columns
              ? { name: indexName(table, columns, "foreign") }
              : {}),
        });
        return true;
      }
      case "dropIndex":
      case "dropUnique":
      case "dropPrimary":
      case "dropFullText":
      case "dropSpatialIndex": {
        const written = this.string(first, env);
        const columns = written === undefined ? this.strings(first, env) : undefined;
        // Laravel names an index from its table and columns when given columns; PostgreSQL's primary key is
        // always `<table>_pkey`.
        const dropped =
          written ??
          (name === "dropPrimary"
            ? `${table}_pkey`
            : columns
              ? indexName(table, columns, DROP_SUFFIX[name]!)
              : undefined);
        if (name === "dropPrimary" || name === "dropUnique") {
          // Laravel drops both as constraints on PostgreSQL (`alter table ... drop constraint`).
          this.push(at, {
            kind: "drop-constraint",
            table,
            ...(dropped !== undefined ? { name: dropped } : {}),
          });
          return true;
        }
        this.push(at, {
          kind: "drop-index",
          table,
          ...(dropped !== undefined ? { name: dropped } : {}),
          ...(columns ? { columns } : {}),
        });
        return true;
      }
      case "dropForeign": {
        const fkName = stringValue(first);
        const columns = fkName === undefined ? this.strings(first, env) : undefined;
        const resolved = fkName ?? (columns ? indexName(table, columns, "foreign") : undefined);
        this.push(at, {
          kind: "drop-constraint",
          table,
          ...(resolved !== undefined ? { name: resolved } : {}),
        });
        return true;
      }
      case "rename": {
        const to = this.string(arg(args, 0, "to"), env);
        if (to === undefined) this.unknown(at, "rename with a name the reader cannot resolve");
        else this.push(at, { kind: "rename-table", table, newName: to });
        return true;
      }
      case "drop":
      case "dropIfExists":
        this.push(at, { kind: "drop-table", table, ...(name === "dropIfExists" ? { ifExists: true } : {}) });
        return true;
      case "after": {
        // `$table->after('email', function ($table) { ... })` groups columns; the closure gets the same Blueprint.
        const closure = arg(args, 1, "columns");
        if (closure) this.closure(closure, bp, env);
        return true;
      }
      default:
        if (HARMLESS_BLUEPRINT.has(name)) return true;
        // A Blueprint macro (`$table->auditColumns()`) can add or drop anything.
        this.unknown(
          call,
          `Blueprint method ${name}() is not one the reader knows (a macro?), so what it changes cannot be read`,
        );
        return true;
    }
  }

  private index(bp: Blueprint, method: string, columns: string[], name: string | undefined, at: Node): void {
    const { table } = bp;
    if (method === "primary") {
      this.push(at, {
        kind: "add-constraint",
        table,
        constraint: "primary-key",
        validated: true,
        ...(name !== undefined ? { name } : {}),
      });
      return;
    }
    if (method === "unique") {
      // Laravel adds a unique index as `alter table ... add constraint ... unique (...)` on PostgreSQL.
      this.push(at, {
        kind: "add-constraint",
        table,
        constraint: "unique",
        validated: true,
        name: name ?? indexName(table, columns, "unique"),
      });
      return;
    }
    this.push(at, { kind: "add-index", table, columns, name: name ?? indexName(table, columns, "index") });
  }

  /** A column method with its modifiers: added (or listed in the create), or changed with `->change()`. */
  private column(bp: Blueprint, def: ColumnDefinition, modifiers: ChainLink[], at: Node, env: Env): void {
    const { table } = bp;
    if (!def.columns) {
      this.unknown(at, "a column whose name the reader cannot resolve");
      return;
    }
    const mods = new Map<string, ChainLink>();
    for (const m of modifiers) mods.set(m.name, m);
    const nullableMod = mods.get("nullable");
    const nullable = nullableMod ? (booleanValue(arg(nullableMod.args, 0, "value")) ?? true) : def.nullable;
    const defaultField = this.defaultOf(mods, def);

    if (mods.has("change")) {
      for (const column of def.columns)
        this.change(table, column, def.type, nullableMod ? nullable : undefined, mods, defaultField, at);
      return;
    }
    for (const column of def.columns) {
      this.known.set(`${table}.${column}`, {
        type: def.type,
        ...(nullable !== undefined ? { nullable } : {}),
      });
      if (bp.creating) bp.creating.push(column);
      else
        this.push(at, {
          kind: "add-column",
          table,
          column,
          type: describeType(def.type),
          notNull: nullable !== true,
          ...defaultField,
        });
    }
    // Inline index modifiers: `->unique()`, `->index()`, `->primary()`, `->constrained()`.
    for (const m of modifiers) {
      if (m.name === "unique" || m.name === "index" || m.name === "primary" || m.name === "fullText")
        this.index(bp, m.name, def.columns, this.string(arg(m.args, 0, "indexName"), env), m.call);
      if (m.name === "constrained" || m.name === "references")
        this.push(m.call, {
          kind: "add-constraint",
          table,
          constraint: "foreign-key",
          validated: true,
          name: indexName(table, def.columns, "foreign"),
        });
    }
  }

  private change(
    table: string,
    column: string,
    type: ColumnType,
    nullable: boolean | undefined,
    mods: Map<string, ChainLink>,
    defaultField: { default?: ColumnDefault },
    at: Node,
  ): void {
    const key = `${table}.${column}`;
    const old = this.known.get(key);
    this.known.set(key, { type, ...(nullable !== undefined ? { nullable } : {}) });
    if (this.learning) return;
    // `->nullable()->change()` restates the type to relax the column; with no old type to compare,
    // a change that sets nullability or a default is read as keeping the type.
    const typeChanged = old ? !sameType(old.type, type) : !mods.has("nullable") && !mods.has("default");
    if (typeChanged)
      this.push(at, {
        kind: "change-column-type",
        table,
        column,
        type: describeType(type),
        ...classifyTypeChange(old?.type, type),
      });
    // `->change()` restates every modifier: without `nullable()` the column becomes NOT NULL.
    if (nullable === false || (nullable === undefined && old?.nullable === true))
      this.push(at, { kind: "set-not-null", table, column });
    else if (nullable === true && old?.nullable !== true)
      this.push(at, { kind: "drop-not-null", table, column });
    if (mods.has("default") || mods.has("useCurrent"))
      this.push(at, { kind: "change-default", table, column, ...defaultField });
  }

  private defaultOf(mods: Map<string, ChainLink>, def: ColumnDefinition): { default?: ColumnDefault } {
    const d = mods.get("default");
    if (d) {
      const value = arg(d.args, 0, "value");
      if (!value || isNull(value)) return {};
      const raw = this.rawExpression(value);
      if (raw !== undefined) return { default: { volatile: isVolatileSql(raw), text: truncate(raw) } };
      // Any other PHP value is computed once, when the migration runs: a constant for every row.
      return { default: { volatile: false, text: truncate(unwrap(value).text) } };
    }
    if (mods.has("useCurrent")) return { default: { volatile: false, text: "CURRENT_TIMESTAMP" } };
    for (const generated of ["storedAs", "virtualAs", "generatedAs"]) {
      const m = mods.get(generated);
      if (m) return { default: { volatile: generated === "storedAs", text: truncate(m.call.text) } };
    }
    if (def.autoIncrement) return { default: { volatile: true, text: "auto-increment" } };
    return {};
  }

  /** `DB::raw('...')` or `new Expression('...')`: SQL the database evaluates. */
  private rawExpression(node: Node): string | undefined {
    const n = unwrap(node);
    if (n.type === "scoped_call_expression" && scopeName(n) === "DB" && methodName(n) === "raw")
      return stringValue(callArgs(n).positional[0]) ?? "DB::raw(...)";
    if (n.type === "object_creation_expression") {
      const cls = n.namedChildren.find((c) => c?.type === "name" || c?.type === "qualified_name");
      const args = n.namedChildren.find((c) => c?.type === "arguments");
      if (cls && /Expression$/.test(cls.text)) {
        const first = args?.namedChildren.find((c) => c?.type === "argument")?.namedChildren[0];
        return stringValue(first) ?? "new Expression(...)";
      }
    }
    return undefined;
  }

  // ---------------------------------------------------------------- output

  private push(node: Node, op: Op): void {
    if (this.learning) return;
    this.out.operations.push({ ...op, ...spanOf(node) } as Operation);
  }

  private unknown(node: Node, reason: string): void {
    this.push(node, unknownOperation(reason, node.text));
  }
}

/** The columns an `update([...])`, `increment('col')` or `incrementEach([...])` assigns; empty when not literal. */
function assignedColumns(terminal: string, args: CallArgs): string[] {
  if (terminal === "increment" || terminal === "decrement") {
    const column = stringValue(arg(args, 0, "column"));
    return column === undefined ? [] : [column];
  }
  const elements = arrayElements(arg(args, 0, terminal === "update" ? "values" : "columns"));
  const keys = elements?.map((e) => (e.key ? stringValue(e.key) : undefined));
  return keys?.every((k) => k !== undefined) ? (keys as string[]) : [];
}

/** The name Laravel gives an index it names itself: `users_email_unique`. */
function indexName(table: string, columns: readonly string[], suffix: string): string {
  return `${table}_${columns.join("_")}_${suffix}`.replace(/[-.]/g, "_").toLowerCase();
}

function methodNameOf(method: Node): string | undefined {
  return method.childForFieldName("name")?.text;
}

/** A body with no statements (comments only). */
function isEmptyBody(body: Node | null): boolean {
  return !body || body.namedChildren.every((c) => !c || c.type === "comment");
}

export function readLaravelMigration(source: string, database: Database, parsers: Parsers): ParsedMigration {
  return new LaravelReader(source, database, parsers).read();
}
