// Ecto migrations, read with tree-sitter-elixir: what `change/0` (or `up/0`) of each migration module does, as
// forward Operations. Followed: create/alter/drop/rename of tables, indexes and constraints, the add/remove/modify
// of `alter` blocks, `execute` into SQL, `repo()` deletes, updates and queries, and private helpers of the module.
// `down/0` is read only to learn the column types a `modify` in `up/0` moves away from.
//
// This file is the dispatcher: it walks the code and hands each call to a handler table keyed by its name:
// `create`/`alter`/`drop`/`rename` → SCHEMA_CALLS (schema-calls.ts), `add`/`remove`/`modify` inside a table
// block → COLUMN_CALLS (columns.ts), `execute` → SQL_CALLS (raw-sql.ts), `repo().<name>` → REPO_CALLS
// (data-calls.ts), `down/0` → reversibility.ts.
import type { Parsers } from "../../parsers.js";
import { operationAt } from "../tree-sitter.js";
import { runTimeName } from "../../run-time.js";
import type { Database, ParsedMigration, Span } from "../../types.js";
import type { KnownColumn } from "../shared/known-columns.js";
import {
  handlerFor,
  MAX_DEPTH,
  MAX_LOOP_VALUES,
  unknownOperation,
  type OperationBody,
} from "../shared/toolkit.js";
import { COLUMN_CALLS } from "./columns.js";
import { isRepo, pipelineStages, queryOf, REPO_CALLS } from "./data-calls.js";
import {
  blockStatements,
  booleanValue,
  callShape,
  commentsOf,
  nameValue,
  operatorOf,
  spanOf,
  syntaxProblems,
  unwrap,
  type CallShape,
  type Node,
} from "./nodes.js";
import { executePiped, readSql, SQL_CALLS } from "./raw-sql.js";
import type { Env, Reader, TableCtx } from "./reader-context.js";
import { irreversibleReason, modifiesColumns } from "./reversibility.js";
import { SCHEMA_CALLS } from "./schema-calls.js";
import { extend } from "../../extend.js";

interface Fn {
  params: Node[];
  body: Node[];
  /** The `def` call, for spans. */
  node: Node;
}

/** Calls that define or import rather than run: their arguments are not migration code. */
const SKIPPED_CALLS = new Set([
  "def",
  "defp",
  "defmacro",
  "defmacrop",
  "defmodule",
  "use",
  "import",
  "alias",
  "require",
]);

export class EctoReader implements Reader {
  readonly out: ParsedMigration = { framework: "ecto", operations: [], comments: [], problems: [] };
  private functions = new Map<string, Fn[]>();
  private attributes = new Map<string, Node>();
  disableDdlTransaction = false;
  known = new Map<string, KnownColumn>();
  learning = false;
  invertible = false;
  private irreversible: (Span & { reason: string }) | undefined;
  private readonly following: string[] = [];

  constructor(
    private readonly source: string,
    readonly database: Database,
    readonly parsers: Parsers,
  ) {}

  read(): ParsedMigration {
    const tree = this.parsers.treeSitter("elixir", this.source);
    try {
      const root = tree.rootNode;
      this.out.comments = commentsOf(root, this.source);
      this.out.problems = syntaxProblems(root);
      this.modules(root.namedChildren);
      return this.out;
    } finally {
      tree.delete();
    }
  }

  // ---------------------------------------------------------------- file structure

  private modules(statements: readonly (Node | null)[]): void {
    for (const s of statements) {
      // The target's text first: most statements of a module are not a nested defmodule.
      if (s?.type !== "call" || s.childForFieldName("target")?.text !== "defmodule") continue;
      const shape = callShape(s);
      if (shape?.name !== "defmodule" || shape.receiver) continue;
      const body = blockStatements(shape.doBlock);
      this.readModule(body);
      this.modules(body);
    }
  }

  private readModule(body: Node[]): void {
    this.functions = new Map();
    this.attributes = new Map();
    this.known = new Map();
    this.irreversible = undefined;
    for (const s of body) {
      if (s.type === "unary_operator" && s.text.startsWith("@")) {
        const operand = s.childForFieldName("operand");
        const shape = operand ? callShape(operand) : undefined;
        if (shape && !shape.receiver && shape.positional[0])
          this.attributes.set(shape.name, shape.positional[0]);
      } else if (s.type === "call") {
        this.definition(s);
      }
    }
    this.disableDdlTransaction = booleanValue(this.attributes.get("disable_ddl_transaction")) === true;
    const change = this.functions.get("change")?.[0];
    const up = this.functions.get("up")?.[0];
    const down = this.functions.get("down")?.[0];
    const forward = change ?? up;
    if (!forward) return;

    if (!change && down && modifiesColumns(this.source)) {
      this.learning = true;
      this.walk(down.body, new Map(), undefined);
      this.learning = false;
    }
    this.invertible = forward === change;
    this.walk(forward.body, new Map(), undefined);
    this.invertible = false;

    const reason = !change && up ? irreversibleReason(down) : undefined;
    if (up && reason !== undefined) this.markIrreversible(up.node, reason);
    // The walk above may have set it; TypeScript still narrows the field from the reset.
    const mark = this.irreversible as (Span & { reason: string }) | undefined;
    if (mark) {
      const { reason, ...span } = mark;
      this.out.operations.push({ kind: "irreversible", reason, ...span });
    }
  }

  /** `def name do ... end`, `def name(a, b), do: ...`, `defp ... when guard do ... end`. */
  private definition(node: Node): void {
    const shape = callShape(node);
    if (!shape || shape.receiver || (shape.name !== "def" && shape.name !== "defp")) return;
    let head: Node | undefined = shape.positional[0];
    if (head?.type === "binary_operator" && operatorOf(head) === "when")
      head = head.childForFieldName("left") ?? undefined;
    if (!head) return;
    let name: string | undefined;
    let params: Node[] = [];
    if (head.type === "identifier") name = head.text;
    else if (head.type === "call") {
      const inner = callShape(head);
      if (inner && !inner.receiver) {
        name = inner.name;
        params = inner.positional;
      }
    }
    if (name === undefined) return;
    const inline = shape.keywords.get("do");
    const body = shape.doBlock ? blockStatements(shape.doBlock) : inline ? [inline] : [];
    const list = this.functions.get(name) ?? [];
    list.push({ params, body, node });
    this.functions.set(name, list);
  }

  // ---------------------------------------------------------------- the walk

  walk(statements: readonly Node[], env: Env, ctx: TableCtx | undefined): void {
    for (const s of statements) this.visit(s, env, ctx);
  }

  visit(node: Node, env: Env, ctx: TableCtx | undefined): void {
    switch (node.type) {
      case "comment":
        return;
      case "call":
        if (this.call(node, env, ctx)) return;
        break;
      case "binary_operator": {
        const op = operatorOf(node);
        if (op === "|>" && this.pipeline(node, env)) return;
        if (op === "=") return this.assignment(node, env, ctx);
        break;
      }
      case "unary_operator":
        // `@attribute` reads a module attribute; `&fun/1` captures without calling.
        if (node.text.startsWith("@") || node.text.startsWith("&")) return;
        break;
      default:
        break;
    }
    for (const child of node.namedChildren) if (child) this.visit(child, env, ctx);
  }

  private assignment(node: Node, env: Env, ctx: TableCtx | undefined): void {
    const left = node.childForFieldName("left");
    const right = node.childForFieldName("right");
    if (!right) return;
    if (left?.type === "identifier") {
      const value = this.name(right, env);
      const values = value === undefined ? this.names(right, env) : undefined;
      const query =
        value === undefined && !values ? queryOf(this, pipelineStages(unwrap(right)), env) : undefined;
      if (value !== undefined) env.set(left.text, { kind: "string", value });
      else if (values) env.set(left.text, { kind: "strings", values });
      else if (query) env.set(left.text, { kind: "query", query });
      else env.delete(left.text);
    }
    this.visit(right, env, ctx);
  }

  // ---------------------------------------------------------------- values

  /** An atom or string, a variable holding one, or a module attribute (`@table`). */
  name(node: Node | undefined, env: Env): string | undefined {
    if (!node) return undefined;
    const n = unwrap(node);
    const literal = nameValue(n);
    if (literal !== undefined) return literal;
    if (n.type === "identifier") {
      const bound = env.get(n.text);
      return bound?.kind === "string" ? bound.value : undefined;
    }
    const attribute = this.attribute(n);
    return attribute ? nameValue(attribute) : undefined;
  }

  private attribute(n: Node): Node | undefined {
    if (n.type !== "unary_operator" || !n.text.startsWith("@")) return undefined;
    const operand = n.childForFieldName("operand");
    return operand?.type === "identifier" ? this.attributes.get(operand.text) : undefined;
  }

  /** `[:a, :b]`, `~w(a b)`, or a variable/attribute holding one. */
  names(node: Node | undefined, env: Env): string[] | undefined {
    if (!node) return undefined;
    const n = unwrap(node);
    if (n.type === "identifier") {
      const bound = env.get(n.text);
      return bound?.kind === "strings" ? bound.values : undefined;
    }
    const attribute = this.attribute(n);
    if (attribute) return this.names(attribute, env);
    if (n.type === "sigil") {
      const sigil = n.namedChildren.find((c) => c?.type === "sigil_name")?.text;
      const content = n.namedChildren.filter((c) => c?.type === "quoted_content");
      if ((sigil !== "w" && sigil !== "W") || content.length !== 1) return undefined;
      return content[0]!.text.split(/\s+/).filter((s) => s.length > 0);
    }
    if (n.type !== "list") return undefined;
    const out: string[] = [];
    for (const element of n.namedChildren) {
      if (!element || element.type === "comment") continue;
      const value = this.name(element, env);
      if (value === undefined) return undefined;
      out.push(value);
    }
    return out;
  }

  runTimeTable(node: Node | undefined): string | undefined {
    const shape = node ? callShape(unwrap(node)) : undefined;
    const arg = shape && !shape.receiver && shape.name === "table" ? shape.positional[0] : undefined;
    return arg ? runTimeName("table", arg.text) : undefined;
  }

  tableOf(node: Node | undefined, env: Env): string | undefined {
    const shape = node ? callShape(unwrap(node)) : undefined;
    if (!shape || shape.receiver) return undefined;
    const name = this.name(shape.positional[0], env);
    if (name === undefined) return undefined;
    const prefix = this.name(shape.keywords.get("prefix"), env);
    return prefix === undefined ? name : `${prefix}.${name}`;
  }

  // ---------------------------------------------------------------- calls

  /**
   * One call, tried in the order Elixir would bind it: a remote call (`repo().x`, `Enum.each`), a column call of
   * the enclosing create/alter block, a migration command, a `for` over literals, a function of the module.
   */
  private call(node: Node, env: Env, ctx: TableCtx | undefined): boolean {
    const shape = callShape(node);
    if (!shape) return false;
    if (shape.receiver) return this.remoteCall(shape, node, env, undefined);
    if (SKIPPED_CALLS.has(shape.name)) return true;
    const column = ctx ? handlerFor(COLUMN_CALLS, shape.name) : undefined;
    if (column && ctx) return column(this, shape, node, env, ctx);
    const command = handlerFor(SCHEMA_CALLS, shape.name) ?? handlerFor(SQL_CALLS, shape.name);
    if (command) return command(this, shape, node, env);
    if (shape.name === "for") return this.forLoop(shape, env, ctx);
    if (this.functions.has(shape.name)) return this.helper(shape, env, ctx);
    return false;
  }

  /** `repo().delete_all(...)`, `Repo.update_all(...)`, `repo().query!(sql)`, `Enum.each(list, fn t -> ... end)`. */
  private remoteCall(shape: CallShape, node: Node, env: Env, piped: Node[] | undefined): boolean {
    const args = piped ? [undefined, ...shape.positional] : shape.positional;
    if (isRepo(shape.receiver)) {
      const repo = handlerFor(REPO_CALLS, shape.name);
      return repo ? repo(this, { shape, args, piped }, node, env) : false;
    }
    const receiver = shape.receiver ? unwrap(shape.receiver) : undefined;
    if (
      receiver?.type === "alias" &&
      receiver.text === "Enum" &&
      (shape.name === "each" || shape.name === "map")
    ) {
      const values = this.names(args[0], env);
      const fn = args[1] ? unwrap(args[1]) : undefined;
      const clause =
        fn?.type === "anonymous_function"
          ? fn.namedChildren.find((c) => c?.type === "stab_clause")
          : undefined;
      const param = clause?.childForFieldName("left")?.namedChildren[0];
      const body = clause?.childForFieldName("right");
      if (!values || param?.type !== "identifier" || !body || values.length > MAX_LOOP_VALUES) return false;
      for (const value of values)
        this.visit(body, new Map(env).set(param.text, { kind: "string", value }), undefined);
      return true;
    }
    if (receiver?.type === "alias" && /(?:^|\.)SQL$/.test(receiver.text) && /^query!?$/.test(shape.name)) {
      readSql(this, args[1], node, `${receiver.text}.${shape.name}`, env);
      return true;
    }
    return false;
  }

  /** `source |> where(...) |> repo().update_all(set: ...)`. */
  private pipeline(node: Node, env: Env): boolean {
    const stages = pipelineStages(node);
    const last = stages[stages.length - 1]!;
    const shape = last.type === "call" ? callShape(last) : undefined;
    if (!shape) return false;
    if (shape.receiver) return this.remoteCall(shape, node, env, stages.slice(0, -1));
    if (shape.name === "execute" && stages.length === 2) return executePiped(this, stages[0]!, node, env);
    return false;
  }

  private helper(shape: CallShape, env: Env, ctx: TableCtx | undefined): boolean {
    for (const a of shape.positional) this.visit(a, env, ctx);
    for (const a of shape.keywords.values()) this.visit(a, env, ctx);
    const clauses = this.functions.get(shape.name) ?? [];
    const fn = clauses.find((c) => c.params.length === shape.positional.length) ?? clauses[0];
    if (!fn || this.following.includes(shape.name) || this.following.length > MAX_DEPTH) return true;
    const inner: Env = new Map();
    fn.params.forEach((param, i) => {
      const given = shape.positional[i];
      if (param.type !== "identifier" || !given) return;
      const value = this.name(given, env);
      const values = value === undefined ? this.names(given, env) : undefined;
      if (value !== undefined) inner.set(param.text, { kind: "string", value });
      else if (values) inner.set(param.text, { kind: "strings", values });
    });
    this.following.push(shape.name);
    this.walk(fn.body, inner, ctx);
    this.following.pop();
    return true;
  }

  /** `for t <- [:a, :b] do ... end`: the body once per value. */
  private forLoop(shape: CallShape, env: Env, ctx: TableCtx | undefined): boolean {
    const generator = shape.positional[0];
    if (
      shape.positional.length !== 1 ||
      generator?.type !== "binary_operator" ||
      operatorOf(generator) !== "<-"
    )
      return false;
    const variable = generator.childForFieldName("left");
    const values = this.names(generator.childForFieldName("right") ?? undefined, env);
    const body = blockStatements(shape.doBlock);
    if (variable?.type !== "identifier" || !values || values.length > MAX_LOOP_VALUES) return false;
    for (const value of values)
      this.walk(body, new Map(env).set(variable.text, { kind: "string", value }), ctx);
    return true;
  }

  followCapture(name: string): boolean {
    const helper = this.functions.get(name)?.[0];
    if (!helper || this.following.includes(name)) return false;
    this.following.push(name);
    this.walk(helper.body, new Map(), undefined);
    this.following.pop();
    return true;
  }

  // ---------------------------------------------------------------- output

  push(node: Node, op: OperationBody): void {
    if (this.learning) return;
    this.out.operations.push(operationAt(node, op));
  }

  unknown(node: Node, reason: string): true {
    this.push(node, unknownOperation(reason, node.text));
    return true;
  }

  notInvertible(node: Node, reason: string): void {
    if (this.learning || this.irreversible) return;
    this.irreversible = extend(spanOf(node), { reason });
  }

  private markIrreversible(node: Node, reason: string): void {
    const line = node.startPosition.row + 1;
    this.irreversible ??= { line, endLine: line, reason };
  }
}

export function readEctoMigration(source: string, database: Database, parsers: Parsers): ParsedMigration {
  return new EctoReader(source, database, parsers).read();
}
