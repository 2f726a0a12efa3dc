// Reads one Rails migration file (prism AST) into forward Operations.
// Only code that runs on `db:migrate` counts: `change`, else `up`, `reversible`'s `dir.up`, `up_only`, and the
// helper methods they call. `down` and `dir.down` are read only to learn old column types and irreversibility.
import {
  ArrayNode,
  BlockArgumentNode,
  BlockNode,
  CallNode,
  ClassNode,
  ConstantWriteNode,
  DefNode,
  HashNode,
  LambdaNode,
  LocalVariableReadNode,
  LocalVariableWriteNode,
  ModuleNode,
  OptionalParameterNode,
  RequiredParameterNode,
  SelfNode,
  SingletonClassNode,
  StatementsNode,
  SymbolNode,
} from "@ruby/prism/src/nodes.js";
import type { Parsers } from "../../parsers.js";
import type { ColumnDefault, Database, Operation, ParsedMigration, Span } from "../../types.js";
import { appendSql } from "../sql/embedded.js";
import { classifyTypeChange, describeType, type ColumnType } from "./column-types.js";
import { isVolatileSql } from "./defaults.js";
import { pluralize, singularize, tableize } from "./inflect.js";
import {
  arrayElements,
  blockParameterNames,
  booleanValue,
  callArgs,
  constantName,
  hashEntries,
  isNil,
  numberValue,
  stringLiteral,
  symbolOrString,
  type CallArgs,
  type Node,
} from "./nodes.js";
import { RubySource } from "./source.js";

interface Relation {
  table: string;
  filtered: boolean;
  /** Columns the relation's filter requires to be NULL (`where(col: nil)`). */
  nullColumns: ReadonlySet<string>;
}

type Binding =
  | { kind: "literal"; value: string; contentOffset?: number }
  | { kind: "list"; values: string[] }
  | { kind: "direction" }
  | { kind: "connection" }
  | { kind: "table"; table: string; creating: boolean; columns: string[] }
  | { kind: "relation"; rel: Relation }
  | { kind: "record"; rel: Relation };

interface Ctx {
  /** Inside `change` and outside `reversible`/`up_only`: every call must be one Rails knows how to invert. */
  invertible: boolean;
  /** Local variables this scope knows the value of; a block or helper gets its own copy. */
  env: Map<string, Binding>;
  /** Helper methods being followed, innermost last, so a recursive helper is read once. */
  following: readonly string[];
}

interface IrreversibleMark extends Span {
  reason: string;
}

const SQL_METHODS = new Set(["execute", "exec_query", "exec_update", "exec_delete", "exec_insert"]);
const READ_ONLY_SQL = new Set(["select_all", "select_one", "select_value", "select_values", "select_rows"]);
const RELATION_PASSTHROUGH = new Set([
  "all",
  "unscoped",
  "in_batches",
  "order",
  "reorder",
  "readonly",
  "select",
  "includes",
  "preload",
  "eager_load",
  "references",
  "lock",
  "distinct",
  "unscope",
  "find_each",
  "each",
]);
/** Relation methods that narrow the rows; with the pass-through ones, the only ones a strict read accepts. */
const RELATION_FILTERS = new Set([
  "where",
  "rewhere",
  "not",
  "or",
  "limit",
  "offset",
  "joins",
  "left_joins",
  "left_outer_joins",
  "merge",
  "group",
  "having",
]);
/** Constants that are not models, for calls whose names are not ActiveRecord's alone (`each`, `delete`, `update`). */
const NOT_MODELS = new Set([
  "Rails",
  "ActiveRecord",
  "ActiveSupport",
  "File",
  "Dir",
  "IO",
  "Time",
  "Date",
  "DateTime",
  "Hash",
  "Array",
  "Set",
  "Struct",
  "Kernel",
  "Process",
  "Thread",
  "JSON",
  "YAML",
  "CSV",
  "URI",
  "Logger",
  "SecureRandom",
  "Class",
  "Module",
  "Object",
  "Integer",
  "String",
  "Float",
  "Redis",
  "Sidekiq",
]);
const SINGLE_RECORD = new Set([
  "find",
  "find_by",
  "find_by!",
  "first",
  "first!",
  "last",
  "last!",
  "take",
  "take!",
]);
const RECORD_DELETES = new Set(["destroy", "destroy!", "delete"]);
const RECORD_UPDATES = new Set([
  "update",
  "update!",
  "update_attributes",
  "update_attributes!",
  "update_column",
  "update_columns",
  "update_attribute",
  "save",
  "save!",
  "touch",
  "increment!",
  "decrement!",
  "toggle!",
]);
const ITERATORS = new Set(["find_each", "each", "find_in_batches", "in_batches"]);
/** Methods on `t` in a create_table/change_table block that are not column types. */
const TABLE_BLOCK_NON_COLUMNS = new Set([
  "index",
  "foreign_key",
  "check_constraint",
  "remove_check_constraint",
  "remove_foreign_key",
  "timestamps",
  "references",
  "belongs_to",
  "column",
  "remove",
  "remove_references",
  "remove_belongs_to",
  "remove_timestamps",
  "remove_index",
  "rename",
  "rename_index",
  "change",
  "change_default",
  "change_null",
  "comment",
  "index_exists?",
  "column_exists?",
  "check_constraint_exists?",
  "exclusion_constraint",
  "unique_constraint",
]);
/** change_table's `t.x` → the schema statement it stands for. */
const CHANGE_TABLE_ALIASES: Record<string, string> = {
  column: "add_column",
  remove: "remove_columns",
  rename: "rename_column",
  change: "change_column",
  change_default: "change_column_default",
  change_null: "change_column_null",
  index: "add_index",
  remove_index: "remove_index",
  references: "add_reference",
  belongs_to: "add_reference",
  remove_references: "remove_reference",
  remove_belongs_to: "remove_reference",
  timestamps: "add_timestamps",
  remove_timestamps: "remove_timestamps",
  foreign_key: "add_foreign_key",
  remove_foreign_key: "remove_foreign_key",
  check_constraint: "add_check_constraint",
  remove_check_constraint: "remove_check_constraint",
};
/** Schema statements with nothing for a rule to see (metadata, extensions, read-only checks). */
const HARMLESS_CALLS = new Set([
  "rename_index",
  "change_column_comment",
  "change_table_comment",
  "enable_extension",
  "say",
  "say_with_time",
  "reset_column_information",
  "disable_ddl_transaction!",
  "table_exists?",
  "column_exists?",
  "index_exists?",
  "foreign_key_exists?",
  "index_name_exists?",
]);

function isMigrationSuperclass(node: Node | null): boolean {
  const target = node instanceof CallNode && node.name === "[]" ? node.receiver : node;
  const name = constantName(target);
  return name !== undefined && /Migration$/.test(name);
}

function statementsOf(node: Node | null): Node[] {
  if (node instanceof StatementsNode) return node.body;
  return node ? [node] : [];
}

function truncate(text: string): string {
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

export class MigrationReader {
  private readonly src: RubySource;
  private operations: Operation[] = [];
  private readonly result: ParsedMigration;
  /** Model constant (last segment) → table, from classes defined in this file. */
  private readonly models = new Map<string, string>();
  /** File- and class-level constants holding literals (`TABLES = %i[a b]`). */
  private readonly constants = new Map<string, Binding>();
  private methods = new Map<string, DefNode>();
  /** `table.column` → type, from columns this file adds or the `down` that restores them. */
  private knownTypes = new Map<string, ColumnType>();
  private irreversible: IrreversibleMark | undefined;
  /** false after `disable_ddl_transaction!` in the class body: only then can CONCURRENTLY run at all. */
  private inTransaction = true;

  constructor(
    private readonly source: string,
    private readonly database: Database,
    private readonly parsers: Parsers,
  ) {
    this.src = new RubySource(source);
    this.result = { framework: "rails", operations: this.operations, comments: [], problems: [] };
  }

  read(): ParsedMigration {
    const parsed = this.parsers.ruby(this.source);
    for (const comment of parsed.comments) {
      const raw = this.src.text(comment.location);
      const text = raw.startsWith("=begin")
        ? raw
            .replace(/^=begin[^\n]*\n?/, "")
            .replace(/^=end[^\n]*\n?$/m, "")
            .replace(/\n$/, "")
        : raw.replace(/^#/, "");
      this.result.comments.push({ ...this.src.span(comment.location), text });
    }
    // prism reports one mistake from several angles: one problem per line, its messages joined.
    const byLine = new Map<number, { span: Span; messages: string[] }>();
    for (const error of parsed.errors) {
      const span = this.src.span(error.location);
      const entry = byLine.get(span.line) ?? { span, messages: [] };
      if (!entry.messages.includes(error.message)) entry.messages.push(error.message);
      byLine.set(span.line, entry);
    }
    for (const { span, messages } of byLine.values()) {
      this.result.problems.push({
        ...span,
        message: `Ruby syntax error: ${messages.join("; ")}. The migration could not be read reliably.`,
      });
    }
    this.result.problems.sort((a, b) => a.line - b.line);
    const classes: ClassNode[] = [];
    this.collect(parsed.value, classes);
    for (const cls of classes) this.readClass(cls);
    this.result.operations = this.operations;
    return this.result;
  }

  // ---------------------------------------------------------------- file structure

  /** One pass over the file for migration classes, model classes and literal constants. */
  private collect(node: Node, classes: ClassNode[]): void {
    if (node instanceof ClassNode) {
      const name = constantName(node.constantPath)?.split("::").pop();
      const ownMethods = this.classMethods(node);
      const isMigration =
        isMigrationSuperclass(node.superclass) ||
        ["change", "up", "down"].some((m) => ownMethods.has(m) && !this.isModelSuperclass(node.superclass));
      if (isMigration) classes.push(node);
      else if (name !== undefined) this.models.set(name, this.tableNameIn(node.body) ?? tableize(name));
    } else if (node instanceof ConstantWriteNode) {
      const model = this.anonymousModelTable(node.value);
      if (model !== undefined) this.models.set(node.name, model);
      const literal = this.literalBinding(node.value, new Map());
      if (literal) this.constants.set(node.name, literal);
    }
    for (const child of node.compactChildNodes()) this.collect(child, classes);
  }

  private isModelSuperclass(node: Node | null): boolean {
    const name = constantName(node);
    return name !== undefined && /(?:ActiveRecord::Base|Record)$/.test(name);
  }

  /** `self.table_name = "users"` in a class body. */
  private tableNameIn(body: Node | null): string | undefined {
    for (const statement of statementsOf(body)) {
      if (
        statement instanceof CallNode &&
        statement.name === "table_name=" &&
        statement.receiver instanceof SelfNode
      ) {
        return symbolOrString(callArgs(statement).positional[0]);
      }
    }
    return undefined;
  }

  /** `Class.new(ActiveRecord::Base) { self.table_name = "users" }` → "users". */
  private anonymousModelTable(node: Node | null): string | undefined {
    if (!(node instanceof CallNode) || node.name !== "new" || constantName(node.receiver) !== "Class")
      return undefined;
    if (!this.isModelSuperclass(callArgs(node).positional[0] ?? null)) return undefined;
    return node.block instanceof BlockNode ? this.tableNameIn(node.block.body) : undefined;
  }

  private classMethods(cls: ClassNode): Map<string, DefNode> {
    const methods = new Map<string, DefNode>();
    for (const statement of statementsOf(cls.body)) {
      if (statement instanceof DefNode) methods.set(statement.name, statement);
      // `private def helper ... end`
      if (statement instanceof CallNode && !statement.receiver) {
        for (const arg of callArgs(statement).positional)
          if (arg instanceof DefNode) methods.set(arg.name, arg);
      }
      if (statement instanceof SingletonClassNode) {
        for (const inner of statementsOf(statement.body))
          if (inner instanceof DefNode) methods.set(inner.name, inner);
      }
    }
    return methods;
  }

  private readClass(cls: ClassNode): void {
    this.methods = this.classMethods(cls);
    this.knownTypes = new Map();
    this.irreversible = undefined;
    this.inTransaction = !statementsOf(cls.body).some(
      (n) => n instanceof CallNode && n.name === "disable_ddl_transaction!" && !n.receiver,
    );
    const change = this.methods.get("change");
    const up = this.methods.get("up");
    const down = this.methods.get("down");
    const forward = change ?? up;
    if (!forward) return;

    if (change) this.learnOldTypesFromDownBlocks(change.body);
    else if (down) this.learnOldTypes(down.body, undefined);

    this.walk(forward.body, { invertible: forward === change, env: new Map(), following: [forward.name] });

    if (!change && up) {
      if (!down) {
        this.markIrreversible(this.src.span(up.nameLoc), "the migration defines up without down");
      } else {
        this.findIrreversibleRaise(down.body, [down.name]);
      }
    }
    // The walk above may have set it; TypeScript still narrows the field from the reset.
    const mark = this.irreversible as IrreversibleMark | undefined;
    if (mark) {
      const { reason, ...span } = mark;
      this.operations.push({ kind: "irreversible", reason, ...span });
    }
  }

  // ---------------------------------------------------------------- the walk

  private walk(node: Node | null | undefined, ctx: Ctx): void {
    if (!node) return;
    if (node instanceof CallNode) return this.visitCall(node, ctx);
    // Defining a method or a class runs nothing; model classes were collected up front.
    if (node instanceof DefNode || node instanceof ClassNode || node instanceof ModuleNode) return;
    if (node instanceof LocalVariableWriteNode) {
      const binding = this.valueBinding(node.value, ctx);
      if (binding) ctx.env.set(node.name, binding);
      else ctx.env.delete(node.name);
      if (binding?.kind !== "relation") this.walk(node.value, ctx);
      return;
    }
    for (const child of node.compactChildNodes()) this.walk(child, ctx);
  }

  private walkBlock(block: Node | null, ctx: Ctx): void {
    if (block instanceof BlockNode) this.walk(block.body, ctx);
  }

  private visitCall(call: CallNode, ctx: Ctx): void {
    const name = call.name;
    const receiver = call.receiver;
    const onSelf = receiver === null || receiver instanceof SelfNode;
    const onConnection =
      (receiver instanceof CallNode && receiver.name === "connection") ||
      (receiver instanceof LocalVariableReadNode && ctx.env.get(receiver.name)?.kind === "connection");

    if (name === "raise" && receiver === null) {
      if (this.raisesIrreversible(call)) {
        this.markIrreversible(
          this.src.span(call.location),
          "the migration raises ActiveRecord::IrreversibleMigration",
        );
      }
      return this.walkChildren(call, ctx);
    }

    // Calls on a block parameter: `dir.up`, `t.remove`, `record.destroy`, `batch.update_all`.
    if (receiver instanceof LocalVariableReadNode) {
      const binding = ctx.env.get(receiver.name);
      if (binding?.kind === "direction") return this.visitDirection(call, ctx);
      if (binding?.kind === "table") return this.visitTableBlockCall(call, binding, ctx);
      if (binding?.kind === "record" && this.visitRecordCall(call, binding.rel, ctx)) return;
    }

    if (onSelf && !call.isAttributeWrite()) {
      const helper = this.methods.get(name);
      if (helper && !ctx.following.includes(name) && !["change", "up", "down"].includes(name)) {
        return this.followHelper(call, helper, ctx);
      }
      if (name === "reversible" && call.block instanceof BlockNode) {
        const [dir] = blockParameterNames(call.block);
        const env = new Map(ctx.env);
        if (dir) env.set(dir, { kind: "direction" });
        return this.walkBlock(call.block, { ...ctx, env });
      }
      if (name === "up_only") return this.walkBlock(call.block, { ...ctx, invertible: false });
      if (name === "revert") return this.visitRevert(call, ctx);
    }

    if ((onSelf || onConnection) && SQL_METHODS.has(name)) return this.visitSql(call, ctx);
    if ((onSelf || onConnection) && READ_ONLY_SQL.has(name)) return;
    if (onSelf || onConnection) {
      if (HARMLESS_CALLS.has(name)) return this.walkBlock(call.block, ctx);
      if (this.visitSchemaCall(call, ctx)) return;
    }

    if (this.visitLiteralIteration(call, ctx)) return;
    if (receiver && this.visitDataCall(call, ctx)) return;
    this.walkChildren(call, ctx);
  }

  private walkChildren(call: CallNode, ctx: Ctx): void {
    for (const child of call.compactChildNodes()) this.walk(child, ctx);
  }

  private followHelper(call: CallNode, helper: DefNode, ctx: Ctx): void {
    const env = new Map<string, Binding>();
    const params = helper.parameters;
    if (params) {
      const args = callArgs(call);
      const names = [...params.requireds, ...params.optionals];
      names.forEach((param, i) => {
        const name =
          param instanceof RequiredParameterNode || param instanceof OptionalParameterNode
            ? param.name
            : undefined;
        if (name === undefined) return;
        const value =
          args.positional[i] ?? (param instanceof OptionalParameterNode ? param.value : undefined);
        const binding = value ? this.valueBinding(value, ctx) : undefined;
        if (binding) env.set(name, binding);
      });
    }
    // Arguments are evaluated in the caller before the helper runs.
    for (const arg of call.arguments_?.arguments_ ?? []) this.walk(arg, ctx);
    this.walk(helper.body, { ...ctx, env, following: [...ctx.following, helper.name] });
  }

  /** `%i[users posts].each do |table| ... end`: the body runs once per literal element. */
  private visitLiteralIteration(call: CallNode, ctx: Ctx): boolean {
    if (call.name !== "each" || !(call.block instanceof BlockNode)) return false;
    const params = blockParameterNames(call.block);
    const receiverBinding = call.receiver ? this.literalBinding(call.receiver, ctx.env) : undefined;
    if (receiverBinding?.kind === "list" && params.length >= 1) {
      for (const value of receiverBinding.values) {
        const env = new Map(ctx.env);
        env.set(params[0]!, { kind: "literal", value });
        this.walkBlock(call.block, { ...ctx, env });
      }
      return true;
    }
    const pairs = hashEntries(call.receiver);
    if (call.receiver instanceof HashNode && pairs && params.length === 2) {
      for (const [key, valueNode] of pairs) {
        const env = new Map(ctx.env);
        env.set(params[0]!, { kind: "literal", value: key });
        const value = this.literalBinding(valueNode, ctx.env);
        if (value) env.set(params[1]!, value);
        this.walkBlock(call.block, { ...ctx, env });
      }
      return true;
    }
    return false;
  }

  private visitDirection(call: CallNode, ctx: Ctx): void {
    if (call.name === "up") return this.walkBlock(call.block, { ...ctx, invertible: false });
    if (call.name === "down" && call.block instanceof BlockNode) {
      this.findIrreversibleRaise(call.block.body, ctx.following);
    }
  }

  private visitRevert(call: CallNode, ctx: Ctx): void {
    if (!(call.block instanceof BlockNode)) {
      this.unknown(call, "revert of another migration class cannot be read from this file");
      return;
    }
    const outer = this.operations;
    this.operations = [];
    this.walkBlock(call.block, { ...ctx, invertible: false });
    const inner = this.operations;
    this.operations = outer;
    for (const op of inner.reverse()) this.operations.push(...this.invert(op));
  }

  /** What Rails runs for `revert { op }`. */
  private invert(op: Operation): Operation[] {
    const span = { line: op.line, endLine: op.endLine };
    switch (op.kind) {
      case "create-table":
        return [{ kind: "drop-table", table: op.table, ...span }];
      case "drop-table":
        return [{ kind: "create-table", table: op.table, columns: [], ...span }];
      case "add-column":
        return [{ kind: "drop-column", table: op.table, column: op.column, ...span }];
      case "drop-column":
        return [{ kind: "add-column", table: op.table, column: op.column, ...span }];
      case "rename-table":
        return [{ kind: "rename-table", table: op.newName, newName: op.table, ...span }];
      case "rename-column":
        return [{ kind: "rename-column", table: op.table, column: op.newName, newName: op.column, ...span }];
      case "add-index":
        return [
          {
            kind: "drop-index",
            table: op.table,
            columns: op.columns,
            ...(op.name !== undefined ? { name: op.name } : {}),
            ...(op.concurrently ? { concurrently: true } : {}),
            ...span,
          },
        ];
      case "drop-index":
        if (op.table !== undefined && op.columns && op.columns.length > 0) {
          return [
            {
              kind: "add-index",
              table: op.table,
              columns: op.columns,
              ...(op.name !== undefined ? { name: op.name } : {}),
              ...(op.concurrently ? { concurrently: true } : {}),
              ...span,
            },
          ];
        }
        break;
      case "add-constraint":
        return [{ kind: "drop-constraint", table: op.table, ...(op.name ? { name: op.name } : {}), ...span }];
      case "set-not-null":
        return [{ kind: "drop-not-null", table: op.table, column: op.column, ...span }];
      case "drop-not-null":
        return [{ kind: "set-not-null", table: op.table, column: op.column, ...span }];
      case "unknown":
      case "irreversible":
        return [op];
      default:
        break;
    }
    return [
      { kind: "unknown", reason: `revert of a ${op.kind} operation cannot be read statically`, ...span },
    ];
  }

  // ---------------------------------------------------------------- schema statements

  /** Top-level schema statements (`add_column :users, ...`). Returns false when the name is not one. */
  private visitSchemaCall(call: CallNode, ctx: Ctx): boolean {
    const name = call.name;
    const args = callArgs(call);
    switch (name) {
      case "create_table":
        this.createTable(call, args, ctx);
        return true;
      case "create_join_table":
        this.createJoinTable(call, args, false);
        return true;
      case "drop_join_table":
        this.createJoinTable(call, args, true);
        return true;
      case "drop_table": {
        const tables = args.positional.map((n) => this.name(n, ctx));
        if (tables.length === 0 || tables.some((t) => t === undefined)) {
          this.unknown(call, "drop_table on a table name the reader cannot resolve");
          return true;
        }
        const force = args.options.get("force");
        for (const table of tables as string[]) {
          this.push(call, {
            kind: "drop-table",
            table,
            ...(booleanValue(args.options.get("if_exists")) ? { ifExists: true } : {}),
            ...(symbolOrString(force) === "cascade" ? { cascade: true } : {}),
          });
        }
        if (!(call.block instanceof BlockNode)) {
          this.notInvertible(ctx, call, "drop_table without a block cannot be reverted in change");
        }
        return true;
      }
      case "rename_table": {
        const [from, to] = args.positional.map((n) => this.name(n, ctx));
        if (from === undefined || to === undefined)
          this.unknown(call, "rename_table with names the reader cannot resolve");
        else this.push(call, { kind: "rename-table", table: from, newName: to });
        return true;
      }
      case "truncate":
      case "truncate_tables": {
        const tables = args.positional.map((n) => this.name(n, ctx));
        if (tables.length === 0 || tables.some((t) => t === undefined)) {
          this.unknown(call, `${name} on a table name the reader cannot resolve`);
        } else {
          this.push(call, { kind: "truncate", tables: tables as string[] });
        }
        this.notInvertible(ctx, call, `${name} cannot be reverted`);
        return true;
      }
      case "change_table": {
        const table = this.name(args.positional[0], ctx);
        if (table === undefined) {
          this.unknown(call, "change_table on a table name the reader cannot resolve");
          return true;
        }
        if (call.block instanceof BlockNode) {
          const [t] = blockParameterNames(call.block);
          const env = new Map(ctx.env);
          if (t) env.set(t, { kind: "table", table, creating: false, columns: [] });
          this.walkBlock(call.block, { ...ctx, env });
        }
        return true;
      }
      default:
        break;
    }
    if (!TABLE_STATEMENTS.has(name)) return false;
    const table = this.name(args.positional[0], ctx);
    if (table === undefined) {
      this.unknown(call, `${name} on a table name the reader cannot resolve`);
      return true;
    }
    this.tableStatement(name, table, { ...args, positional: args.positional.slice(1) }, call, ctx);
    return true;
  }

  /** Schema statements on one table; `args.positional` starts after the table name. */
  private tableStatement(name: string, table: string, args: CallArgs, call: CallNode, ctx: Ctx): void {
    const opts = args.options;
    const pos = args.positional;
    switch (name) {
      case "add_column": {
        const column = this.name(pos[0], ctx);
        const type = this.columnType(pos[1], opts, ctx);
        if (column === undefined)
          return this.unknown(call, "add_column with a column name the reader cannot resolve");
        this.addColumn(call, table, column, type, opts);
        return;
      }
      case "add_timestamps":
        // Rails adds timestamps NOT NULL unless told `null: true`.
        for (const column of ["created_at", "updated_at"]) {
          this.addColumn(
            call,
            table,
            column,
            { type: "datetime" },
            opts,
            booleanValue(opts.get("null")) !== true,
          );
        }
        return;
      case "remove_column": {
        const column = this.name(pos[0], ctx);
        if (column === undefined)
          return this.unknown(call, "remove_column with a column name the reader cannot resolve");
        this.push(call, { kind: "drop-column", table, column });
        if (pos[1] === undefined && !opts.has("type")) {
          this.notInvertible(ctx, call, "remove_column without a type cannot be reverted in change");
        }
        return;
      }
      case "remove_columns": {
        const columns = pos.map((n) => this.name(n, ctx));
        if (columns.length === 0 || columns.some((c) => c === undefined)) {
          return this.unknown(call, `${name} with column names the reader cannot resolve`);
        }
        for (const column of columns as string[]) this.push(call, { kind: "drop-column", table, column });
        if (!opts.has("type"))
          this.notInvertible(ctx, call, "removing columns without a type cannot be reverted in change");
        return;
      }
      case "remove_timestamps":
        for (const column of ["created_at", "updated_at"])
          this.push(call, { kind: "drop-column", table, column });
        return;
      case "rename_column": {
        const [from, to] = [this.name(pos[0], ctx), this.name(pos[1], ctx)];
        if (from === undefined || to === undefined)
          return this.unknown(call, "rename_column with names the reader cannot resolve");
        this.push(call, { kind: "rename-column", table, column: from, newName: to });
        return;
      }
      case "change_column": {
        const column = this.name(pos[0], ctx);
        const type = this.columnType(pos[1], opts, ctx);
        if (column === undefined || type === undefined) {
          return this.unknown(call, "change_column with a column or type the reader cannot resolve");
        }
        const key = `${table}.${column}`;
        this.push(call, {
          kind: "change-column-type",
          table,
          column,
          type: describeType(type),
          ...classifyTypeChange(this.knownTypes.get(key), type),
        });
        this.knownTypes.set(key, type);
        const notNull = booleanValue(opts.get("null"));
        if (notNull === false) this.push(call, { kind: "set-not-null", table, column });
        if (notNull === true) this.push(call, { kind: "drop-not-null", table, column });
        if (opts.has("default")) {
          this.push(call, {
            kind: "change-default",
            table,
            column,
            ...this.defaultField(opts.get("default")),
          });
        }
        this.notInvertible(ctx, call, "change_column cannot be reverted in change");
        return;
      }
      case "change_column_default": {
        const column = this.name(pos[0], ctx);
        if (column === undefined)
          return this.unknown(call, "change_column_default with a column the reader cannot resolve");
        const fromTo = pos[1] === undefined ? opts : hashEntries(pos[1]);
        const hasTo = fromTo?.has("to") === true && fromTo.has("from");
        const value = hasTo ? fromTo!.get("to") : (pos[1] ?? undefined);
        this.push(call, { kind: "change-default", table, column, ...this.defaultField(value) });
        if (!hasTo)
          this.notInvertible(
            ctx,
            call,
            "change_column_default without from:/to: cannot be reverted in change",
          );
        return;
      }
      case "change_column_null": {
        const column = this.name(pos[0], ctx);
        const allowNull = booleanValue(pos[1]);
        if (column === undefined || allowNull === undefined) {
          return this.unknown(call, "change_column_null with arguments the reader cannot resolve");
        }
        if (allowNull) return this.push(call, { kind: "drop-not-null", table, column });
        if (pos[2] !== undefined) {
          // Rails fills the NULLs with the fourth argument before it adds the constraint.
          this.push(call, {
            kind: "update-rows",
            table,
            columns: [column],
            filtered: true,
            onlyNulls: true,
            via: "change_column_null",
          });
        }
        this.push(call, { kind: "set-not-null", table, column });
        return;
      }
      case "add_index": {
        const columns = this.indexColumns(pos[0], ctx);
        if (!columns) return this.unknown(call, "add_index with columns the reader cannot resolve");
        this.push(call, { kind: "add-index", table, columns, ...this.indexOptions(opts) });
        return;
      }
      case "remove_index": {
        const columns = this.indexColumns(pos[0] ?? opts.get("column"), ctx);
        const indexName = symbolOrString(opts.get("name"));
        this.push(call, {
          kind: "drop-index",
          table,
          ...(columns ? { columns } : {}),
          ...(indexName !== undefined ? { name: indexName } : {}),
          ...(this.concurrently(opts) ? { concurrently: true } : {}),
        });
        if (!columns)
          this.notInvertible(ctx, call, "remove_index without its column cannot be reverted in change");
        return;
      }
      case "add_reference":
      case "add_belongs_to": {
        const refs = pos.map((n) => this.name(n, ctx));
        if (refs.length === 0 || refs.some((r) => r === undefined)) {
          return this.unknown(call, `${name} with a reference name the reader cannot resolve`);
        }
        for (const ref of refs as string[]) this.addReference(call, table, ref, opts);
        return;
      }
      case "remove_reference":
      case "remove_belongs_to": {
        const refs = pos.map((n) => this.name(n, ctx));
        if (refs.length === 0 || refs.some((r) => r === undefined)) {
          return this.unknown(call, `${name} with a reference name the reader cannot resolve`);
        }
        for (const ref of refs as string[]) {
          if (opts.has("foreign_key") && booleanValue(opts.get("foreign_key")) !== false) {
            this.push(call, { kind: "drop-constraint", table });
          }
          this.push(call, { kind: "drop-column", table, column: `${ref}_id` });
          if (booleanValue(opts.get("polymorphic")) === true) {
            this.push(call, { kind: "drop-column", table, column: `${ref}_type` });
          }
        }
        return;
      }
      case "add_foreign_key": {
        const fkName = symbolOrString(opts.get("name"));
        this.push(call, {
          kind: "add-constraint",
          table,
          constraint: "foreign-key",
          ...(fkName !== undefined ? { name: fkName } : {}),
          validated: booleanValue(opts.get("validate")) !== false,
        });
        return;
      }
      case "add_check_constraint": {
        const checkName = symbolOrString(opts.get("name"));
        this.push(call, {
          kind: "add-constraint",
          table,
          constraint: "check",
          ...(checkName !== undefined ? { name: checkName } : {}),
          validated: booleanValue(opts.get("validate")) !== false,
        });
        return;
      }
      case "add_unique_constraint":
      case "add_unique_key": {
        const uniqueName = symbolOrString(opts.get("name"));
        this.push(call, {
          kind: "add-constraint",
          table,
          constraint: "unique",
          ...(uniqueName !== undefined ? { name: uniqueName } : {}),
          validated: true,
          ...(opts.has("using_index") ? { usingIndex: true } : {}),
        });
        return;
      }
      case "add_exclusion_constraint": {
        const exclusionName = symbolOrString(opts.get("name"));
        this.push(call, {
          kind: "add-constraint",
          table,
          constraint: "exclusion",
          ...(exclusionName !== undefined ? { name: exclusionName } : {}),
          validated: true,
        });
        return;
      }
      case "remove_foreign_key":
      case "remove_check_constraint":
      case "remove_unique_constraint":
      case "remove_unique_key":
      case "remove_exclusion_constraint": {
        const constraintName = symbolOrString(opts.get("name"));
        this.push(call, {
          kind: "drop-constraint",
          table,
          ...(constraintName !== undefined ? { name: constraintName } : {}),
        });
        const restorable =
          name === "remove_foreign_key"
            ? pos[0] !== undefined || opts.has("to_table")
            : name === "remove_check_constraint"
              ? pos[0] !== undefined
              : true;
        if (!restorable)
          this.notInvertible(ctx, call, `${name} without its definition cannot be reverted in change`);
        return;
      }
      case "validate_foreign_key":
      case "validate_check_constraint":
      case "validate_constraint": {
        const constraintName =
          symbolOrString(opts.get("name")) ??
          (name === "validate_constraint" ? this.name(pos[0], ctx) : undefined);
        this.push(call, {
          kind: "validate-constraint",
          table,
          ...(constraintName !== undefined ? { name: constraintName } : {}),
        });
        return;
      }
      default:
        return;
    }
  }

  private addColumn(
    call: CallNode,
    table: string,
    column: string,
    type: ColumnType | undefined,
    opts: ReadonlyMap<string, Node>,
    notNullByDefault = false,
  ): void {
    const notNull = notNullByDefault || booleanValue(opts.get("null")) === false;
    const defaultNode = opts.get("default");
    this.push(call, {
      kind: "add-column",
      table,
      column,
      ...(type ? { type: describeType(type) } : {}),
      ...(notNull ? { notNull: true } : {}),
      ...(defaultNode !== undefined ? this.defaultField(defaultNode) : {}),
    });
    if (type) this.knownTypes.set(`${table}.${column}`, type);
  }

  private addReference(call: CallNode, table: string, ref: string, opts: ReadonlyMap<string, Node>): void {
    const polymorphic =
      booleanValue(opts.get("polymorphic")) === true || hashEntries(opts.get("polymorphic")) !== undefined;
    const idType = symbolOrString(opts.get("type")) ?? "bigint";
    this.addColumn(call, table, `${ref}_id`, { type: idType }, opts);
    if (polymorphic) this.addColumn(call, table, `${ref}_type`, { type: "string" }, opts);
    const index = opts.get("index");
    if (booleanValue(index) !== false) {
      const indexOpts = hashEntries(index) ?? new Map<string, Node>();
      // A top-level algorithm: reaches the index too in the spellings people use.
      const algorithm = indexOpts.get("algorithm") ?? opts.get("algorithm");
      const merged = new Map(indexOpts);
      if (algorithm) merged.set("algorithm", algorithm);
      this.push(call, {
        kind: "add-index",
        table,
        columns: polymorphic ? [`${ref}_type`, `${ref}_id`] : [`${ref}_id`],
        ...this.indexOptions(merged),
      });
    }
    const fk = opts.get("foreign_key");
    if (fk !== undefined && booleanValue(fk) !== false && !isNil(fk)) {
      this.push(call, {
        kind: "add-constraint",
        table,
        constraint: "foreign-key",
        validated: booleanValue(hashEntries(fk)?.get("validate")) !== false,
      });
    }
  }

  private indexOptions(opts: ReadonlyMap<string, Node>): {
    name?: string;
    unique?: boolean;
    concurrently?: boolean;
  } {
    const name = symbolOrString(opts.get("name"));
    return {
      ...(name !== undefined ? { name } : {}),
      ...(booleanValue(opts.get("unique")) === true ? { unique: true } : {}),
      ...(this.concurrently(opts) ? { concurrently: true } : {}),
    };
  }

  /**
   * `algorithm: :concurrently` inside the migration's transaction fails on PostgreSQL, so the migration aborts
   * at deploy instead of building the index without a lock: read as the plain (locking) form, whose advice
   * names the missing `disable_ddl_transaction!`.
   */
  private concurrently(opts: ReadonlyMap<string, Node>): boolean {
    return symbolOrString(opts.get("algorithm")) === "concurrently" && !this.inTransaction;
  }

  private indexColumns(node: Node | undefined, ctx: Ctx): string[] | undefined {
    if (node === undefined) return undefined;
    const elements = arrayElements(node);
    if (elements) {
      const names = elements.map((n) => this.name(n, ctx));
      return names.some((n) => n === undefined) ? undefined : (names as string[]);
    }
    const single = this.name(node, ctx);
    return single === undefined ? undefined : [single];
  }

  private createTable(call: CallNode, args: CallArgs, ctx: Ctx): void {
    const table = this.name(args.positional[0], ctx);
    if (table === undefined)
      return this.unknown(call, "create_table on a table name the reader cannot resolve");
    const opts = args.options;
    const force = opts.get("force");
    if (force !== undefined && (booleanValue(force) === true || symbolOrString(force) === "cascade")) {
      // `force:` drops whatever table has the name first, data and all.
      this.push(call, {
        kind: "drop-table",
        table,
        ifExists: true,
        ...(symbolOrString(force) === "cascade" ? { cascade: true } : {}),
      });
    }
    const columns: string[] = [];
    const id = opts.get("id");
    if (booleanValue(id) !== false) {
      const primaryKey = opts.get("primary_key");
      const keys = arrayElements(primaryKey)?.map((n) => symbolOrString(n)) ?? [
        symbolOrString(primaryKey) ?? "id",
      ];
      for (const key of keys) if (key !== undefined) columns.push(key);
    }
    if (call.block instanceof BlockNode) {
      const [t] = blockParameterNames(call.block);
      const env = new Map(ctx.env);
      const binding: Binding = { kind: "table", table, creating: true, columns };
      if (t) env.set(t, binding);
      this.walkBlock(call.block, { ...ctx, env });
    }
    this.push(call, {
      kind: "create-table",
      table,
      columns,
      ...(booleanValue(opts.get("if_not_exists")) ? { ifNotExists: true } : {}),
    });
  }

  private createJoinTable(call: CallNode, args: CallArgs, drop: boolean): void {
    const [a, b] = args.positional.map((n) => symbolOrString(n));
    if (a === undefined || b === undefined)
      return this.unknown(call, `${call.name} with table names the reader cannot resolve`);
    const table = symbolOrString(args.options.get("table_name")) ?? joinTableName(a, b);
    if (drop) return this.push(call, { kind: "drop-table", table });
    this.push(call, {
      kind: "create-table",
      table,
      columns: [`${singularize(a)}_id`, `${singularize(b)}_id`],
    });
  }

  /** `t.x` inside create_table / change_table. */
  private visitTableBlockCall(call: CallNode, binding: Extract<Binding, { kind: "table" }>, ctx: Ctx): void {
    const args = callArgs(call);
    const name = call.name;
    const table = binding.table;
    if (binding.creating) {
      // A table being created holds no rows: only its columns matter.
      if (name === "timestamps") binding.columns.push("created_at", "updated_at");
      else if (name === "references" || name === "belongs_to") {
        const polymorphic = booleanValue(args.options.get("polymorphic")) === true;
        for (const n of args.positional) {
          const ref = this.name(n, ctx);
          if (ref === undefined) continue;
          binding.columns.push(`${ref}_id`);
          if (polymorphic) binding.columns.push(`${ref}_type`);
        }
      } else if (name === "column") {
        const column = this.name(args.positional[0], ctx);
        const type = this.columnType(args.positional[1], args.options, ctx);
        if (column !== undefined) {
          binding.columns.push(column);
          if (type) this.knownTypes.set(`${table}.${column}`, type);
        }
      } else if (!TABLE_BLOCK_NON_COLUMNS.has(name)) {
        for (const n of args.positional) {
          const column = this.name(n, ctx);
          if (column === undefined) continue;
          binding.columns.push(column);
          this.knownTypes.set(`${table}.${column}`, { type: name, ...this.typeSize(args.options) });
        }
      }
      return;
    }
    const statement = CHANGE_TABLE_ALIASES[name];
    if (statement === "add_reference" || statement === "remove_reference" || statement === "remove_columns") {
      return this.tableStatement(statement, table, args, call, ctx);
    }
    if (statement) return this.tableStatement(statement, table, args, call, ctx);
    if (TABLE_BLOCK_NON_COLUMNS.has(name) || name.endsWith("?")) return;
    // `t.string :a, :b` adds each column with the method's type.
    for (const n of args.positional) {
      const column = this.name(n, ctx);
      if (column === undefined) {
        this.unknown(call, `t.${name} with a column name the reader cannot resolve`);
        continue;
      }
      this.addColumn(call, table, column, { type: name, ...this.typeSize(args.options) }, args.options);
    }
  }

  private columnType(
    node: Node | undefined,
    opts: ReadonlyMap<string, Node>,
    ctx: Ctx,
  ): ColumnType | undefined {
    const type = this.name(node, ctx);
    return type === undefined ? undefined : { type, ...this.typeSize(opts) };
  }

  private typeSize(opts: ReadonlyMap<string, Node>): Omit<ColumnType, "type"> {
    const limit = numberValue(opts.get("limit"));
    const precision = numberValue(opts.get("precision"));
    const scale = numberValue(opts.get("scale"));
    return {
      ...(limit !== undefined ? { limit } : {}),
      ...(precision !== undefined ? { precision } : {}),
      ...(scale !== undefined ? { scale } : {}),
    };
  }

  /** `default:` value: a literal is stored once; a lambda is SQL evaluated by the database. */
  private defaultField(node: Node | undefined): { default?: ColumnDefault } {
    if (node === undefined || isNil(node)) return {};
    if (node instanceof LambdaNode) {
      const body = statementsOf(node.body);
      const sql = body.length === 1 ? stringLiteral(body[0]) : undefined;
      if (sql) return { default: { volatile: isVolatileSql(sql.value), text: sql.value } };
      return { default: { volatile: true, text: truncate(this.src.text(node.location)) } };
    }
    // Any other Ruby expression (Time.current, SecureRandom.uuid) is evaluated once, when the migration runs.
    return { default: { volatile: false, text: truncate(this.src.text(node.location)) } };
  }

  // ---------------------------------------------------------------- SQL

  private visitSql(call: CallNode, ctx: Ctx): void {
    const arg = callArgs(call).positional[0];
    let literal = stringLiteral(arg);
    if (!literal && arg instanceof LocalVariableReadNode) {
      const bound = ctx.env.get(arg.name);
      if (bound?.kind === "literal" && bound.contentOffset !== undefined) {
        literal = { value: bound.value, contentOffset: bound.contentOffset };
      }
    }
    if (!literal) {
      this.unknown(
        call,
        `${call.name} with SQL built at run time (interpolation or a variable) cannot be read`,
      );
    } else {
      appendSql(
        { ...this.result, operations: this.operations },
        { sql: literal.value, database: this.database, line: this.src.line(literal.contentOffset) },
        this.parsers,
      );
    }
    this.notInvertible(ctx, call, `${call.name} outside reversible cannot be reverted in change`);
  }

  // ---------------------------------------------------------------- data changes

  /** Model and relation calls that change rows. Returns false when the call is not one. */
  private visitDataCall(call: CallNode, ctx: Ctx): boolean {
    const name = call.name;
    const args = callArgs(call);
    if (name === "delete_all" || name === "destroy_all" || name === "delete_by" || name === "destroy_by") {
      const rel = this.relationOf(call.receiver, ctx);
      if (!rel) {
        this.unknown(call, `${name} on a relation the reader cannot resolve to a table`);
      } else {
        this.push(call, {
          kind: "delete-rows",
          table: rel.table,
          filtered: rel.filtered || name.endsWith("_by"),
          via: name,
        });
      }
      this.notInvertible(ctx, call, `${name} in change runs again on rollback`);
      return true;
    }
    if (name === "update_all") {
      const rel = this.relationOf(call.receiver, ctx);
      if (!rel) this.unknown(call, "update_all on a relation the reader cannot resolve to a table");
      else this.pushUpdate(call, rel, assignedColumns(args), "update_all");
      this.notInvertible(ctx, call, "update_all in change runs again on rollback");
      return true;
    }
    if (ITERATORS.has(name) && (call.block instanceof BlockNode || call.block instanceof BlockArgumentNode)) {
      // `each` is everyone's; only a receiver that is clearly a model relation counts.
      const rel = this.relationOf(call.receiver, ctx, name === "each");
      if (!rel) return false;
      if (call.block instanceof BlockArgumentNode) {
        // `find_each(&:destroy)`
        const method = symbolOrString(call.block.expression);
        if (method !== undefined) this.recordMethod(call, rel, method, [], ctx);
        return true;
      }
      const [param] = blockParameterNames(call.block);
      const env = new Map(ctx.env);
      if (param) {
        const batch = name === "in_batches" || name === "find_in_batches";
        env.set(param, batch ? { kind: "relation", rel } : { kind: "record", rel });
      }
      this.walkBlock(call.block, { ...ctx, env });
      return true;
    }
    // `User.find(1).destroy`, `User.find_by(email: x).update!(...)`
    if (call.receiver instanceof CallNode && SINGLE_RECORD.has(call.receiver.name)) {
      const rel = this.relationOf(call.receiver.receiver, ctx, true);
      if (rel && this.visitRecordCall(call, { ...rel, filtered: true }, ctx)) return true;
    }
    // `User.delete(ids)`, `User.destroy(id)`, `User.update(id, attrs)`, `User.where(...).update(attrs)`
    const ambiguous = name === "delete" || name === "destroy" || name === "update" || name === "update!";
    const rel = ambiguous ? this.relationOf(call.receiver, ctx, true) : undefined;
    if (rel && (name === "delete" || name === "destroy")) {
      const filtered = rel.filtered || args.positional.length > 0;
      this.push(call, { kind: "delete-rows", table: rel.table, filtered, via: name });
      this.notInvertible(ctx, call, `${name} in change runs again on rollback`);
      return true;
    }
    if (rel && (name === "update" || name === "update!") && args.positional.length + args.options.size > 0) {
      const byId = args.positional.length >= 2;
      const attrs = byId
        ? hashEntries(args.positional[1])
        : (hashEntries(args.positional[0]) ?? args.options);
      this.pushUpdate(call, { ...rel, filtered: byId || rel.filtered }, [...(attrs?.keys() ?? [])], name);
      this.notInvertible(ctx, call, `${name} in change runs again on rollback`);
      return true;
    }
    return false;
  }

  /** Calls on one record (`user.destroy`, `user.update!(...)`). Returns false when the call changes nothing. */
  private visitRecordCall(call: CallNode, rel: Relation, ctx: Ctx): boolean {
    return this.recordMethod(call, rel, call.name, this.recordColumns(call), ctx);
  }

  private recordMethod(call: CallNode, rel: Relation, method: string, columns: string[], ctx: Ctx): boolean {
    if (RECORD_DELETES.has(method)) {
      this.push(call, { kind: "delete-rows", table: rel.table, filtered: rel.filtered, via: method });
    } else if (RECORD_UPDATES.has(method)) {
      this.pushUpdate(call, rel, columns, method);
    } else {
      return false;
    }
    this.notInvertible(ctx, call, `${method} in change runs again on rollback`);
    return true;
  }

  private recordColumns(call: CallNode): string[] {
    const args = callArgs(call);
    if (call.name === "update_column" || call.name === "update_attribute" || call.name === "touch") {
      const column = symbolOrString(args.positional[0]);
      return column === undefined ? [] : [column];
    }
    return assignedColumns(args);
  }

  private pushUpdate(call: CallNode, rel: Relation, columns: string[], via: string): void {
    this.push(call, {
      kind: "update-rows",
      table: rel.table,
      columns,
      filtered: rel.filtered,
      onlyNulls: columns.length > 0 && columns.every((c) => rel.nullColumns.has(c)),
      via,
    });
  }

  /**
   * The table and filter a relation expression selects, or undefined when it cannot be told. `strict` is for
   * method names other libraries share: then only model-looking constants and known relation methods count.
   */
  private relationOf(node: Node | null, ctx: Ctx, strict = false): Relation | undefined {
    if (!node) return undefined;
    const constant = constantName(node);
    if (constant !== undefined) {
      const last = constant.split("::").pop()!;
      const model = this.models.get(last);
      if (model !== undefined) return { table: model, filtered: false, nullColumns: new Set() };
      if (this.constants.has(last)) return undefined;
      if (strict && (NOT_MODELS.has(constant.split("::")[0]!) || !/^[A-Z][a-z]/.test(last))) return undefined;
      return { table: tableize(last), filtered: false, nullColumns: new Set() };
    }
    if (node instanceof LocalVariableReadNode) {
      const binding = ctx.env.get(node.name);
      return binding?.kind === "relation" ? binding.rel : undefined;
    }
    if (!(node instanceof CallNode) || !node.receiver) return undefined;
    // `user.posts` on a record being iterated: an association, whose table Rails names after it by default.
    if (
      node.receiver instanceof LocalVariableReadNode &&
      ctx.env.get(node.receiver.name)?.kind === "record"
    ) {
      if (strict || !/^[a-z_]\w*$/.test(node.name)) return undefined;
      return { table: pluralize(node.name), filtered: true, nullColumns: new Set() };
    }
    if (node.name === "not" && node.receiver instanceof CallNode && node.receiver.name === "where") {
      const base = this.relationOf(node.receiver.receiver, ctx, strict);
      return base && { ...base, filtered: true };
    }
    const base = this.relationOf(node.receiver, ctx, strict);
    if (!base) return undefined;
    if (RELATION_PASSTHROUGH.has(node.name)) return base;
    // `where(a: nil).or(...)` no longer guarantees the NULLs.
    if (node.name === "or") return { ...base, filtered: true, nullColumns: new Set() };
    if (strict && !RELATION_FILTERS.has(node.name) && !SINGLE_RECORD.has(node.name)) return undefined;
    if (node.name === "where" || node.name === "rewhere") {
      const args = callArgs(node);
      if (args.positional.length === 0 && args.options.size === 0) return base;
      const nullColumns = new Set(base.nullColumns);
      for (const column of nullFilterColumns(args)) nullColumns.add(column);
      return { table: base.table, filtered: true, nullColumns };
    }
    // A scope, limit, joins, find_by...: it narrows the rows, though not in a way the reader can name.
    return { ...base, filtered: true };
  }

  // ---------------------------------------------------------------- values

  private name(node: Node | undefined | null, ctx: Ctx): string | undefined {
    const literal = symbolOrString(node);
    if (literal !== undefined) return literal;
    const binding = node ? this.literalBinding(node, ctx.env) : undefined;
    return binding?.kind === "literal" ? binding.value : undefined;
  }

  private literalBinding(node: Node, env: ReadonlyMap<string, Binding>): Binding | undefined {
    if (node instanceof SymbolNode) return { kind: "literal", value: node.unescaped.value };
    const text = stringLiteral(node);
    if (text) return { kind: "literal", value: text.value, contentOffset: text.contentOffset };
    if (node instanceof ArrayNode) {
      const values = node.elements.map((e) => symbolOrString(e));
      return values.every((v) => v !== undefined) ? { kind: "list", values: values as string[] } : undefined;
    }
    if (node instanceof LocalVariableReadNode) {
      const bound = env.get(node.name);
      return bound?.kind === "literal" || bound?.kind === "list" ? bound : undefined;
    }
    const constant = constantName(node);
    if (constant !== undefined) return this.constants.get(constant.split("::").pop()!);
    // `TABLES.freeze`, `%w[a b].freeze`
    if (node instanceof CallNode && node.name === "freeze" && node.receiver)
      return this.literalBinding(node.receiver, env);
    return undefined;
  }

  /** What a local variable holds after `x = value`, when that matters to a later call. */
  private valueBinding(node: Node, ctx: Ctx): Binding | undefined {
    const literal = this.literalBinding(node, ctx.env);
    if (literal) return literal;
    if (node instanceof CallNode && node.name === "connection") return { kind: "connection" };
    const model = this.anonymousModelTable(node);
    if (model !== undefined)
      return { kind: "relation", rel: { table: model, filtered: false, nullColumns: new Set() } };
    if (node instanceof CallNode && node.receiver && !(node.block instanceof BlockNode)) {
      if (SINGLE_RECORD.has(node.name)) {
        const rel = this.relationOf(node.receiver, ctx);
        return rel && { kind: "record", rel: { ...rel, filtered: true } };
      }
      const rel =
        RELATION_PASSTHROUGH.has(node.name) || node.name === "where" || node.name === "not"
          ? this.relationOf(node, ctx)
          : undefined;
      if (rel) return { kind: "relation", rel };
    }
    return undefined;
  }

  // ---------------------------------------------------------------- down direction

  /** Old types from the `dir.down` blocks of a `change`, before the walk reaches the `dir.up` that needs them. */
  private learnOldTypesFromDownBlocks(node: Node | null): void {
    if (!node) return;
    if (node instanceof CallNode && node.name === "down" && node.receiver instanceof LocalVariableReadNode) {
      if (node.block instanceof BlockNode) this.learnOldTypes(node.block.body, undefined);
      return;
    }
    for (const child of node.compactChildNodes()) this.learnOldTypesFromDownBlocks(child);
  }

  /** `change_column :t, :c, :integer` in the down direction says what the column was before `up`. */
  private learnOldTypes(node: Node | null, changeTable: { param: string; table: string } | undefined): void {
    if (!node) return;
    if (node instanceof CallNode) {
      const args = callArgs(node);
      const none: Ctx = { invertible: false, env: new Map(), following: [] };
      if (node.name === "change_column" && !node.receiver) {
        const [table, column] = [symbolOrString(args.positional[0]), symbolOrString(args.positional[1])];
        const type = this.columnType(args.positional[2], args.options, none);
        if (table !== undefined && column !== undefined && type)
          this.knownTypes.set(`${table}.${column}`, type);
      } else if (
        node.name === "change" &&
        changeTable &&
        node.receiver instanceof LocalVariableReadNode &&
        node.receiver.name === changeTable.param
      ) {
        const column = symbolOrString(args.positional[0]);
        const type = this.columnType(args.positional[1], args.options, none);
        if (column !== undefined && type) this.knownTypes.set(`${changeTable.table}.${column}`, type);
      } else if (node.name === "change_table" && node.block instanceof BlockNode) {
        const table = symbolOrString(args.positional[0]);
        const [param] = blockParameterNames(node.block);
        if (table !== undefined && param) this.learnOldTypes(node.block.body, { param, table });
        return;
      }
    }
    for (const child of node.compactChildNodes()) this.learnOldTypes(child, changeTable);
  }

  private raisesIrreversible(call: CallNode): boolean {
    const first = call.arguments_?.arguments_[0];
    const target = first instanceof CallNode && first.name === "new" ? first.receiver : first;
    return /(?:^|::)IrreversibleMigration$/.test(constantName(target) ?? "");
  }

  /** A `raise ActiveRecord::IrreversibleMigration` in the down direction (following its helpers). */
  private findIrreversibleRaise(node: Node | null, following: readonly string[]): void {
    if (!node || this.irreversible) return;
    if (node instanceof CallNode && !node.receiver) {
      if (node.name === "raise" && this.raisesIrreversible(node)) {
        this.markIrreversible(
          this.src.span(node.location),
          "the down direction raises ActiveRecord::IrreversibleMigration",
        );
        return;
      }
      const helper = this.methods.get(node.name);
      if (helper && !following.includes(node.name))
        this.findIrreversibleRaise(helper.body, [...following, node.name]);
    }
    if (node instanceof DefNode || node instanceof ClassNode) return;
    for (const child of node.compactChildNodes()) this.findIrreversibleRaise(child, following);
  }

  // ---------------------------------------------------------------- output

  private push(node: CallNode, op: DistributiveOmit<Operation, "line" | "endLine">): void {
    this.operations.push({ ...op, ...this.src.span(node.location) } as Operation);
  }

  private unknown(node: CallNode, reason: string): void {
    this.operations.push({
      kind: "unknown",
      reason,
      text: truncate(this.src.text(node.location)),
      ...this.src.span(node.location),
    });
  }

  private notInvertible(ctx: Ctx, node: CallNode, reason: string): void {
    if (ctx.invertible) this.markIrreversible(this.src.span(node.location), reason);
  }

  private markIrreversible(span: Span, reason: string): void {
    this.irreversible ??= { ...span, reason };
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const TABLE_STATEMENTS = new Set([
  "add_column",
  "add_timestamps",
  "remove_column",
  "remove_columns",
  "remove_timestamps",
  "rename_column",
  "change_column",
  "change_column_default",
  "change_column_null",
  "add_index",
  "remove_index",
  "add_reference",
  "add_belongs_to",
  "remove_reference",
  "remove_belongs_to",
  "add_foreign_key",
  "remove_foreign_key",
  "validate_foreign_key",
  "add_check_constraint",
  "remove_check_constraint",
  "validate_check_constraint",
  "validate_constraint",
  "add_unique_constraint",
  "add_unique_key",
  "remove_unique_constraint",
  "remove_unique_key",
  "add_exclusion_constraint",
  "remove_exclusion_constraint",
]);

/** Rails' join table name: both tables sorted, a shared prefix written once (`admin_users` + `admin_roles`). */
function joinTableName(a: string, b: string): string {
  const [first, second] = [a, b].sort();
  const m = /^(.*_)(.+)\0\1(.+)$/.exec(`${first}\0${second}`);
  return m ? `${m[1]}${m[2]}_${m[3]}` : `${first}_${second}`;
}

/** Columns an `update_all` / `update(...)` assigns: hash keys, or the names before `=` in an SQL fragment. */
function assignedColumns(args: CallArgs): string[] {
  const first = args.positional[0];
  const hash = hashEntries(first) ?? (args.options.size > 0 ? args.options : undefined);
  if (hash) return [...hash.keys()];
  const sql = stringLiteral(first) ?? stringLiteral(arrayElements(first)?.[0]);
  if (!sql) return [];
  const columns: string[] = [];
  for (const piece of splitTopLevel(sql.value)) {
    const m = /^\s*["`]?([A-Za-z_]\w*)["`]?\s*=(?!=)/.exec(piece);
    if (m) columns.push(m[1]!);
  }
  return columns;
}

function splitTopLevel(sql: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = "";
  for (const c of sql) {
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      pieces.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  pieces.push(current);
  return pieces;
}

/** Columns a `where` requires to be NULL: `where(col: nil)` or `where("col IS NULL")` without OR. */
function nullFilterColumns(args: CallArgs): string[] {
  const hash = hashEntries(args.positional[0]) ?? args.options;
  const columns: string[] = [];
  for (const [key, value] of hash) if (isNil(value)) columns.push(key);
  const sql = stringLiteral(args.positional[0]) ?? stringLiteral(arrayElements(args.positional[0])?.[0]);
  if (sql && !/\bOR\b/i.test(sql.value)) {
    for (const m of sql.value.matchAll(/["`]?([A-Za-z_]\w*)["`]?\s+IS\s+NULL\b/gi)) columns.push(m[1]!);
  }
  return columns;
}

export function readRailsMigration(source: string, database: Database, parsers: Parsers): ParsedMigration {
  return new MigrationReader(source, database, parsers).read();
}
