// Reads one Rails migration file (prism AST) into forward Operations.
// Only code that runs on `db:migrate` counts: `change`, else `up`, `reversible`'s `dir.up`, `up_only`, and the
// helper methods they call. `down` and `dir.down` are read only to learn old column types and irreversibility.
import {
  ArrayNode,
  BlockNode,
  CallNode,
  ClassNode,
  ConstantWriteNode,
  DefNode,
  HashNode,
  InterpolatedXStringNode,
  LocalVariableReadNode,
  LocalVariableWriteNode,
  ModuleNode,
  OptionalParameterNode,
  RequiredParameterNode,
  SelfNode,
  SingletonClassNode,
  SplatNode,
  StatementsNode,
  SymbolNode,
  XStringNode,
} from "@ruby/prism/src/nodes.js";
import type { ColumnType } from "../../column-types/index.js";
import type { Parsers } from "../../parsers.js";
import { runTimeName, type RunTimePart } from "../../run-time.js";
import type { Database, Operation, ParsedMigration, Span } from "../../types.js";
import { tableize } from "../shared/inflect.js";
import { handlerFor, truncate, type OperationBody } from "../shared/toolkit.js";
import { relationBinding, visitDataCall, visitRecordCall } from "./data-calls.js";
import {
  blockParameterNames,
  callArgs,
  constantName,
  hashEntries,
  statementsOf,
  stringLiteral,
  symbolOrString,
  type Node,
} from "./nodes.js";
import { SQL_CALLS } from "./raw-sql.js";
import type { Binding, Ctx, IrreversibleMark, Reader } from "./reader-context.js";
import {
  REVERSIBILITY_CALLS,
  findIrreversibleRaise,
  learnOldTypes,
  learnOldTypesFromDownBlocks,
  visitDirection,
  visitRaise,
} from "./reversibility.js";
import { HARMLESS_CALLS, visitSchemaCall, visitTableBlockCall } from "./schema-calls.js";
import { RubySource } from "./source.js";
import { applicationCall, PLAIN_RUBY_CALLS, rakeTask, recordCall } from "./statement-calls.js";
import { markTransactions } from "./transactions.js";
import { extend } from "../../extend.js";

function isMigrationSuperclass(node: Node | null): boolean {
  const target = node instanceof CallNode && node.name === "[]" ? node.receiver : node;
  const name = constantName(target);
  return name !== undefined && /Migration$/.test(name);
}

export class MigrationReader implements Reader {
  readonly src: RubySource;
  operations: Operation[] = [];
  readonly result: ParsedMigration;
  /** Model constant (last segment) → table, from classes defined in this file. */
  readonly models = new Map<string, string>();
  /** File- and class-level constants holding literals (`TABLES = %i[a b]`). */
  readonly constants = new Map<string, Binding>();
  methods = new Map<string, DefNode>();
  /** `table.column` → type, from columns this file adds or the `down` that restores them. */
  knownTypes = new Map<string, ColumnType>();
  irreversible: IrreversibleMark | undefined;
  /** false after `disable_ddl_transaction!` in the class body: only then can CONCURRENTLY run at all. */
  inTransaction = true;

  constructor(
    private readonly source: string,
    readonly database: Database,
    readonly parsers: Parsers,
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
      this.result.comments.push(extend(this.src.span(comment.location), { text }));
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
      this.result.problems.push(
        extend(span, {
          message: `Ruby syntax error: ${messages.join("; ")}. The migration could not be read reliably.`,
        }),
      );
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

    if (change) learnOldTypesFromDownBlocks(this, change.body);
    else if (down) learnOldTypes(this, down.body, undefined);

    const from = this.operations.length;
    this.walk(forward.body, { invertible: forward === change, env: new Map(), following: [forward.name] });
    markTransactions(this.operations, from, this.inTransaction);

    if (!change && up) {
      if (!down) {
        this.markIrreversible(this.src.span(up.nameLoc), "the migration defines up without down");
      } else {
        findIrreversibleRaise(this, down.body, [down.name]);
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
    if (node instanceof StatementsNode) {
      for (const statement of node.body) {
        if (statement instanceof CallNode) this.visitCall(statement, ctx, true);
        else this.walk(statement, ctx);
      }
      return;
    }
    // Fails closed: a shell command (`psql -c ...` in backticks or %x) may do anything to the database.
    if (node instanceof XStringNode || node instanceof InterpolatedXStringNode) {
      return this.unknown(node, "a shell command runs what the analysis cannot see");
    }
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

  walkBlock(block: Node | null, ctx: Ctx): void {
    if (block instanceof BlockNode) this.walk(block.body, ctx);
  }

  /**
   * One call, tried against the handler tables in the order Ruby would bind it: a block parameter's method,
   * a helper of the class, reversibility, raw SQL, a schema statement, a loop over literals, a data call.
   */
  private visitCall(call: CallNode, ctx: Ctx, statement = false): void {
    const name = call.name;
    const receiver = call.receiver;
    const onSelf = receiver === null || receiver instanceof SelfNode;
    const onConnection =
      (receiver instanceof CallNode && receiver.name === "connection") ||
      (receiver instanceof LocalVariableReadNode && ctx.env.get(receiver.name)?.kind === "connection");

    if (name === "raise" && receiver === null) return visitRaise(this, call, ctx);

    // Calls on a block parameter: `dir.up`, `t.remove`, `record.destroy`, `batch.update_all`.
    if (receiver instanceof LocalVariableReadNode) {
      const binding = ctx.env.get(receiver.name);
      if (binding?.kind === "direction") return visitDirection(this, call, ctx);
      if (binding?.kind === "table") return visitTableBlockCall(this, call, binding, ctx);
      if (binding?.kind === "record" && visitRecordCall(this, call, binding.rel, ctx)) return;
    }

    if (onSelf && !call.isAttributeWrite()) {
      const helper = this.methods.get(name);
      if (helper && !ctx.following.includes(name) && !["change", "up", "down"].includes(name)) {
        return this.followHelper(call, helper, ctx);
      }
      const reversibility = handlerFor(REVERSIBILITY_CALLS, name);
      if (reversibility) return reversibility(this, call, ctx);
    }

    if (onSelf || onConnection) {
      const sql = handlerFor(SQL_CALLS, name);
      if (sql) return sql(this, call, ctx);
      if (HARMLESS_CALLS.has(name)) return this.walkBlock(call.block, ctx);
      if (visitSchemaCall(this, call, ctx)) return;
    }

    if (this.visitLiteralIteration(call, ctx)) return;
    if (receiver && visitDataCall(this, call, ctx)) return;
    const task = rakeTask(call);
    // A record or relation of a model loop (`User.find_each { |u| u.recalculate! }`): a method the data-call
    // tables did not read is the model's own code.
    const bound = receiver instanceof LocalVariableReadNode ? ctx.env.get(receiver.name)?.kind : undefined;
    const application =
      !statement || onConnection
        ? undefined
        : bound === "record" || bound === "relation"
          ? recordCall(call)
          : applicationCall(call);
    if (task !== undefined) {
      this.unknown(call, `the Rake task ${task} runs database work the reader cannot see`);
    } else if (application !== undefined) {
      // Fails closed: a service, a job or a model method may write or delete rows, or change the schema.
      this.unknown(call, `${application} runs application code the analysis cannot see`);
    } else if (
      statement &&
      onSelf &&
      !call.isAttributeWrite() &&
      !PLAIN_RUBY_CALLS.has(name) &&
      // A helper of the file called again while it is being followed was read already.
      !this.methods.has(name)
    ) {
      // Fails closed: a method the file does not define and the reader does not know may change anything.
      this.unknown(call, `${name} is a method the reader does not know, so what it does cannot be read`);
    }
    this.walkChildren(call, ctx);
  }

  walkChildren(call: CallNode, ctx: Ctx): void {
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
    this.walk(helper.body, extend(ctx, { env, following: [...ctx.following, helper.name] }));
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
        this.walkBlock(call.block, extend(ctx, { env }));
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
        this.walkBlock(call.block, extend(ctx, { env }));
      }
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- values

  name(node: Node | undefined | null, ctx: Ctx): string | undefined {
    const literal = symbolOrString(node);
    if (literal !== undefined) return literal;
    const binding = node ? this.literalBinding(node, ctx.env) : undefined;
    return binding?.kind === "literal" ? binding.value : undefined;
  }

  names(nodes: readonly Node[], ctx: Ctx, part: RunTimePart): string[] {
    return nodes.flatMap((node) => {
      if (node instanceof SplatNode && node.expression) {
        const list = this.literalBinding(node.expression, ctx.env);
        if (list?.kind === "list") return list.values;
        if (list?.kind === "literal") return [list.value];
      }
      return [this.name(node, ctx) ?? runTimeName(part, this.src.text(node.location))];
    });
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
    return relationBinding(this, node, ctx);
  }

  // ---------------------------------------------------------------- output

  push(node: CallNode, op: OperationBody): void {
    this.operations.push(extend(op, this.src.span(node.location)) as Operation);
  }

  unknown(node: CallNode | XStringNode | InterpolatedXStringNode, reason: string): void {
    this.operations.push({
      kind: "unknown",
      reason,
      text: truncate(this.src.text(node.location)),
      ...this.src.span(node.location),
    });
  }

  notInvertible(ctx: Ctx, node: CallNode, reason: string): void {
    if (ctx.invertible) this.markIrreversible(this.src.span(node.location), reason);
  }

  markIrreversible(span: Span, reason: string): void {
    this.irreversible ??= extend(span, { reason });
  }
}

export function readRailsMigration(source: string, database: Database, parsers: Parsers): ParsedMigration {
  return new MigrationReader(source, database, parsers).read();
}

// Rails' schema dump is read by this reader too (its body is the same schema calls); loaded with it.
export { readSchemaRb } from "./schema-dump.js";
