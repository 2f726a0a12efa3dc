// Ecto migrations, read with tree-sitter-elixir: what `change/0` (or `up/0`) of each migration module does, as
// forward Operations. Followed: create/alter/drop/rename of tables, indexes and constraints, the add/remove/modify
// of `alter` blocks, `execute` into SQL, `repo()` deletes, updates and queries, and private helpers of the module.
// `down/0` is read only to learn the column types a `modify` in `up/0` moves away from.
import type { Parsers } from "../../parsers.js";
import type { ColumnDefault, Database, Operation, ParsedMigration, Span } from "../../types.js";
import { classifyTypeChange, describeType, type ColumnType } from "../../column-types/index.js";
import { isVolatileSql } from "../shared/volatile-defaults.js";
import { tableize } from "../shared/inflect.js";
import { appendSql, appendBuiltSql } from "../sql/embedded.js";
import { runTimeName } from "../../run-time.js";
import { ectoColumnType, fromNullable, fromType } from "./column-types.js";
import {
  blockStatements,
  booleanValue,
  callShape,
  commentsOf,
  isKeywords,
  isNil,
  keywordPairs,
  nameValue,
  operatorOf,
  spanOf,
  stringLiteral,
  stringTemplate,
  syntaxProblems,
  unwrap,
  type CallShape,
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

interface QueryInfo {
  table?: string;
  filtered: boolean;
  nullColumns: Set<string>;
  anyOr: boolean;
  /** Columns assigned by an `update:` inside the query. */
  updates: string[];
}

type Binding =
  | { kind: "string"; value: string }
  | { kind: "strings"; values: string[] }
  | { kind: "query"; query: QueryInfo };
type Env = Map<string, Binding>;

/** The table an `alter`/`create table` block works on. */
interface TableCtx {
  table: string;
  /** The columns of the table being created, when it is a `create`. */
  creating?: string[];
}

interface Fn {
  params: Node[];
  body: Node[];
  /** The `def` call, for spans. */
  node: Node;
}

interface KnownColumn {
  type: ColumnType;
  nullable?: boolean;
}

const MODIFY_CALL = /\bmodify\b/;

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
const QUERY_FILTERS = /^(?:or_)?where$|^(?:limit|join|inner_join|left_join|having|or_having)$/;

/** `u.email` → "email". */
function fieldName(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type !== "call") return undefined;
  const target = n.childForFieldName("target");
  if (target?.type !== "dot") return undefined;
  const right = target.childForFieldName("right");
  return right?.type === "identifier" ? right.text : undefined;
}

/** `a |> b() |> c()` → [a, b(), c()]. */
function pipelineStages(node: Node): Node[] {
  const stages: Node[] = [];
  let current = node;
  while (current.type === "binary_operator" && operatorOf(current) === "|>") {
    const right = current.childForFieldName("right");
    if (right) stages.push(right);
    const left = current.childForFieldName("left");
    if (!left) break;
    current = left;
  }
  stages.push(current);
  return stages.reverse();
}

function isRepo(receiver: Node | undefined): boolean {
  if (!receiver) return false;
  const r = unwrap(receiver);
  if (r.type === "alias") return /(?:^|\.)Repo$/.test(r.text);
  if (r.type === "call") return callShape(r)?.name === "repo" && !callShape(r)?.receiver;
  return false;
}

export class EctoReader {
  private readonly out: ParsedMigration = { framework: "ecto", operations: [], comments: [], problems: [] };
  private functions = new Map<string, Fn[]>();
  private attributes = new Map<string, Node>();
  private disableDdlTransaction = false;
  /** `table.column` → type before this migration: from `modify ..., from:`, `down/0`, or an earlier `add`. */
  private known = new Map<string, KnownColumn>();
  private learning = false;
  /** Walking `change/0`: commands Ecto cannot reverse make the migration irreversible. */
  private invertible = false;
  private irreversible: (Span & { reason: string }) | undefined;
  private readonly following: string[] = [];

  constructor(
    private readonly source: string,
    private readonly database: Database,
    private readonly parsers: Parsers,
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

    // down/0 only tells the types a `modify` moves away from; a file without one skips that walk.
    if (!change && down && MODIFY_CALL.test(this.source)) {
      this.learning = true;
      this.walk(down.body, new Map(), undefined);
      this.learning = false;
    }
    this.invertible = forward === change;
    this.walk(forward.body, new Map(), undefined);
    this.invertible = false;

    if (!change && up) {
      if (!down) this.markIrreversible(up.node, "the migration defines up/0 without down/0");
      else if (doesNothing(down.body))
        this.markIrreversible(up.node, "down/0 does nothing, so a rollback undoes nothing");
      else if (raises(down.body)) this.markIrreversible(up.node, "down/0 raises instead of reverting");
    }
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

  private walk(statements: readonly Node[], env: Env, ctx: TableCtx | undefined): void {
    for (const s of statements) this.visit(s, env, ctx);
  }

  private visit(node: Node, env: Env, ctx: TableCtx | undefined): void {
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
        value === undefined && !values ? this.queryOf(pipelineStages(unwrap(right)), env) : undefined;
      if (value !== undefined) env.set(left.text, { kind: "string", value });
      else if (values) env.set(left.text, { kind: "strings", values });
      else if (query) env.set(left.text, { kind: "query", query });
      else env.delete(left.text);
    }
    this.visit(right, env, ctx);
  }

  // ---------------------------------------------------------------- values

  /** An atom or string, a variable holding one, or a module attribute (`@table`). */
  private name(node: Node | undefined, env: Env): string | undefined {
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
  private names(node: Node | undefined, env: Env): string[] | undefined {
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

  /** `table(:users)`, `table("users", prefix: "billing")` → "users" / "billing.users". */
  /** `table(expr)` whose name is computed at run time, named by its source. */
  private runTimeTable(node: Node | undefined): string | undefined {
    const shape = node ? callShape(unwrap(node)) : undefined;
    const arg = shape && !shape.receiver && shape.name === "table" ? shape.positional[0] : undefined;
    return arg ? runTimeName("table", arg.text) : undefined;
  }

  private tableOf(node: Node | undefined, env: Env): string | undefined {
    const shape = node ? callShape(unwrap(node)) : undefined;
    if (!shape || shape.receiver) return undefined;
    const name = this.name(shape.positional[0], env);
    if (name === undefined) return undefined;
    const prefix = this.name(shape.keywords.get("prefix"), env);
    return prefix === undefined ? name : `${prefix}.${name}`;
  }

  // ---------------------------------------------------------------- calls

  private call(node: Node, env: Env, ctx: TableCtx | undefined): boolean {
    const shape = callShape(node);
    if (!shape) return false;
    if (shape.receiver) return this.remoteCall(shape, node, env, undefined);
    if (SKIPPED_CALLS.has(shape.name)) return true;
    if (ctx) {
      const handled = this.columnCall(shape, node, env, ctx);
      if (handled) return true;
    }
    switch (shape.name) {
      case "create":
      case "create_if_not_exists":
        return this.create(shape, node, env);
      case "alter": {
        const table = this.tableOf(shape.positional[0], env) ?? this.runTimeTable(shape.positional[0]);
        if (table === undefined) return this.unknown(node, "alter on a table the reader cannot resolve");
        this.walk(blockStatements(shape.doBlock), env, { table });
        return true;
      }
      case "drop":
      case "drop_if_exists":
        return this.drop(shape, node, env);
      case "rename":
        return this.rename(shape, node, env);
      case "execute":
        return this.execute(shape, node, env);
      case "flush":
        return true;
      case "for":
        return this.forLoop(shape, env, ctx);
      default:
        if (this.functions.has(shape.name)) return this.helper(shape, env, ctx);
        return false;
    }
  }

  /** `repo().delete_all(...)`, `Repo.update_all(...)`, `repo().query!(sql)`, `Enum.each(list, fn t -> ... end)`. */
  private remoteCall(shape: CallShape, node: Node, env: Env, piped: Node[] | undefined): boolean {
    const args = piped ? [undefined, ...shape.positional] : shape.positional;
    if (isRepo(shape.receiver)) {
      switch (shape.name) {
        case "delete_all":
        case "update_all": {
          const query = piped
            ? this.queryOf(piped, env)
            : args[0]
              ? this.queryOf(pipelineStages(unwrap(args[0])), env)
              : undefined;
          if (query?.table === undefined)
            return this.unknown(node, `${shape.name} on a query the reader cannot resolve`);
          if (shape.name === "delete_all") {
            this.push(node, {
              kind: "delete-rows",
              table: query.table,
              filtered: query.filtered,
              via: "delete_all",
            });
            return true;
          }
          const updates = new Map<string, Node>();
          keywordPairs(args[1], updates);
          for (const [k, v] of shape.keywords) updates.set(k, v);
          // Updates held in a variable cannot be read: the assigned columns are unknown.
          const readable = args[1] === undefined || isKeywords(args[1]);
          const columns: string[] = readable ? [...query.updates] : [];
          for (const key of ["set", "inc", "push", "pull"]) {
            const list = updates.get(key);
            if (list && readable) columns.push(...keywordPairs(list).keys());
          }
          this.push(node, {
            kind: "update-rows",
            table: query.table,
            columns,
            filtered: query.filtered,
            onlyNulls: !query.anyOr && columns.length > 0 && columns.every((c) => query.nullColumns.has(c)),
            via: "update_all",
          });
          return true;
        }
        case "query":
        case "query!":
          this.sql(args[0], node, `repo().${shape.name}`, env);
          return true;
        default:
          return false;
      }
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
      this.sql(args[1], node, `${receiver.text}.${shape.name}`, env);
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
    if (shape.name === "execute" && stages.length === 2) {
      this.sql(stages[0], node, "execute", env);
      if (this.invertible) this.notInvertible(node, "execute/1 in change/0 cannot be reverted");
      return true;
    }
    return false;
  }

  /** What a queryable selects: its table, its filters, and which columns it requires to be NULL. */
  private queryOf(stages: Node[], env: Env): QueryInfo | undefined {
    const [first, ...rest] = stages;
    if (!first) return undefined;
    const n = unwrap(first);
    let query: QueryInfo | undefined;
    const fresh = (table: string | undefined): QueryInfo => ({
      ...(table !== undefined ? { table } : {}),
      filtered: false,
      nullColumns: new Set(),
      anyOr: false,
      updates: [],
    });
    if (n.type === "identifier") {
      const bound = env.get(n.text);
      if (bound?.kind === "query")
        query = {
          ...bound.query,
          nullColumns: new Set(bound.query.nullColumns),
          updates: [...bound.query.updates],
        };
      else if (bound?.kind === "string") query = fresh(bound.value);
    } else if (n.type === "alias") {
      query = fresh(tableize(n.text.split(".").pop()!));
    } else if (n.type === "call") {
      const shape = callShape(n);
      if (shape?.name === "from" && !shape.receiver) {
        const source = shape.positional[0];
        const from =
          source?.type === "binary_operator" && operatorOf(source) === "in"
            ? source.childForFieldName("right")
            : source;
        query = from ? this.queryOf(pipelineStages(unwrap(from)), env) : undefined;
        if (query) this.applyQueryKeywords(query, shape.keywords);
      }
    } else {
      const table = this.name(n, env);
      if (table !== undefined) query = fresh(table);
    }
    if (!query) return undefined;
    for (const stage of rest) {
      const shape = stage.type === "call" ? callShape(stage) : undefined;
      if (!shape || shape.receiver) continue;
      if (QUERY_FILTERS.test(shape.name)) {
        query.filtered = true;
        if (shape.name.startsWith("or_")) query.anyOr = true;
        for (const a of shape.positional) this.nullChecks(a, query);
        for (const v of shape.keywords.values()) this.nullChecks(v, query);
      } else if (shape.name === "update") {
        for (const key of ["set", "inc"]) {
          const list = shape.keywords.get(key);
          if (list) query.updates.push(...keywordPairs(list).keys());
        }
      }
    }
    return query;
  }

  private applyQueryKeywords(query: QueryInfo, keywords: Map<string, Node>): void {
    for (const [key, value] of keywords) {
      if (QUERY_FILTERS.test(key)) {
        query.filtered = true;
        if (key.startsWith("or_")) query.anyOr = true;
        if (isKeywords(value)) {
          // where: [plan: nil]
          for (const [column, v] of keywordPairs(value)) if (isNil(v)) query.nullColumns.add(column);
        } else this.nullChecks(value, query);
      } else if (key === "update") {
        const updates = keywordPairs(value);
        for (const k of ["set", "inc"]) {
          const list = updates.get(k);
          if (list) query.updates.push(...keywordPairs(list).keys());
        }
      }
    }
  }

  /** `is_nil(u.col)` conjuncts of a where expression; `or` and `not` make it more than a NULL filter. */
  private nullChecks(node: Node, query: QueryInfo): void {
    const n = unwrap(node);
    if (n.type === "binary_operator") {
      const op = operatorOf(n);
      if (op === "or" || op === "||") {
        query.anyOr = true;
        return;
      }
      if (op === "and" || op === "&&") {
        for (const side of [n.childForFieldName("left"), n.childForFieldName("right")])
          if (side) this.nullChecks(side, query);
      }
      return;
    }
    if (n.type !== "call") return;
    const shape = callShape(n);
    if (shape?.name === "is_nil" && !shape.receiver && shape.positional[0]) {
      const column = fieldName(shape.positional[0]);
      if (column) query.nullColumns.add(column);
    }
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

  // ---------------------------------------------------------------- migration commands

  private create(shape: CallShape, node: Node, env: Env): boolean {
    const target = shape.positional[0] ? unwrap(shape.positional[0]) : undefined;
    const what = target?.type === "call" ? callShape(target) : undefined;
    const ifNotExists = shape.name === "create_if_not_exists";
    if (!what || what.receiver)
      return this.unknown(node, `${shape.name} of something the reader cannot resolve`);
    switch (what.name) {
      case "table": {
        const table = this.tableOf(target, env);
        if (table === undefined)
          return this.unknown(node, `${shape.name} table on a name the reader cannot resolve`);
        const columns: string[] = [];
        const primaryKey = what.keywords.get("primary_key");
        if (primaryKey?.text !== "false") columns.push(nameValue(primaryKey) ?? "id");
        this.push(node, { kind: "create-table", table, columns, ...(ifNotExists ? { ifNotExists } : {}) });
        this.walk(blockStatements(shape.doBlock), env, { table, creating: columns });
        return true;
      }
      case "index":
      case "unique_index": {
        const table = this.name(what.positional[0], env);
        const single = this.name(what.positional[1], env);
        const columns = this.names(what.positional[1], env) ?? (single !== undefined ? [single] : undefined);
        if (table === undefined || !columns)
          return this.unknown(node, `${shape.name} ${what.name} with names the reader cannot resolve`);
        const name = this.name(what.keywords.get("name"), env) ?? `${table}_${columns.join("_")}_index`;
        const unique = what.name === "unique_index" || booleanValue(what.keywords.get("unique")) === true;
        this.push(node, {
          kind: "add-index",
          table,
          columns,
          name,
          ...(unique ? { unique } : {}),
          ...(this.concurrently(what) ? { concurrently: true } : {}),
        });
        return true;
      }
      case "constraint": {
        const table = this.name(what.positional[0], env);
        const name = this.name(what.positional[1], env);
        if (table === undefined)
          return this.unknown(node, "create constraint on a table the reader cannot resolve");
        const constraint = what.keywords.has("exclude") ? "exclusion" : "check";
        this.push(node, {
          kind: "add-constraint",
          table,
          constraint,
          ...(name !== undefined ? { name } : {}),
          validated: what.keywords.get("validate")?.text !== "false",
        });
        return true;
      }
      default:
        return this.unknown(node, `${shape.name} ${what.name}(...) is not a command the reader knows`);
    }
  }

  /** CONCURRENTLY needs both the option and a migration outside a transaction; without the latter it fails. */
  private concurrently(index: CallShape): boolean {
    return booleanValue(index.keywords.get("concurrently")) === true && this.disableDdlTransaction;
  }

  private drop(shape: CallShape, node: Node, env: Env): boolean {
    const target = shape.positional[0] ? unwrap(shape.positional[0]) : undefined;
    const what = target?.type === "call" ? callShape(target) : undefined;
    const ifExists = shape.name === "drop_if_exists";
    if (!what || what.receiver)
      return this.unknown(node, `${shape.name} of something the reader cannot resolve`);
    const cascade =
      nameValue(shape.keywords.get("mode")) === "cascade" || nameValue(shape.positional[1]) === "cascade";
    switch (what.name) {
      case "table": {
        // A table from a variable is still dropped: the drop names where its table comes from.
        const table = this.tableOf(target, env) ?? this.runTimeTable(target);
        if (table === undefined)
          return this.unknown(node, `${shape.name} table on a name the reader cannot resolve`);
        this.push(node, {
          kind: "drop-table",
          table,
          ...(ifExists ? { ifExists } : {}),
          ...(cascade ? { cascade } : {}),
        });
        if (this.invertible)
          this.notInvertible(
            node,
            "drop of a table in change/0 cannot be reverted (its columns are unknown)",
          );
        return true;
      }
      case "index":
      case "unique_index": {
        const table = this.name(what.positional[0], env);
        const columns = this.names(what.positional[1], env);
        const name =
          this.name(what.keywords.get("name"), env) ??
          (table !== undefined && columns ? `${table}_${columns.join("_")}_index` : undefined);
        this.push(node, {
          kind: "drop-index",
          ...(table !== undefined ? { table } : {}),
          ...(name !== undefined ? { name } : {}),
          ...(columns ? { columns } : {}),
          ...(this.concurrently(what) ? { concurrently: true } : {}),
        });
        return true;
      }
      case "constraint": {
        const table = this.name(what.positional[0], env);
        const name = this.name(what.positional[1], env);
        if (table === undefined)
          return this.unknown(node, "drop constraint on a table the reader cannot resolve");
        this.push(node, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
        // Ecto reverses creating a constraint, never dropping one (it cannot vouch for the data meanwhile).
        if (this.invertible) this.notInvertible(node, "drop of a constraint in change/0 cannot be reverted");
        return true;
      }
      default:
        return this.unknown(node, `${shape.name} ${what.name}(...) is not a command the reader knows`);
    }
  }

  private rename(shape: CallShape, node: Node, env: Env): boolean {
    const target = shape.positional[0] ? unwrap(shape.positional[0]) : undefined;
    const what = target?.type === "call" ? callShape(target) : undefined;
    if (!what || what.receiver) return this.unknown(node, "rename of something the reader cannot resolve");
    if (what.name !== "table") return true; // renaming an index or constraint keeps its data and is instant
    const table = this.tableOf(target, env);
    const to = shape.keywords.get("to");
    if (shape.positional.length === 1) {
      const newName = this.tableOf(to, env);
      if (table === undefined || newName === undefined)
        return this.unknown(node, "rename table with names the reader cannot resolve");
      this.push(node, { kind: "rename-table", table, newName });
      return true;
    }
    const column = this.name(shape.positional[1], env);
    const newName = this.name(to, env);
    if (table === undefined || column === undefined || newName === undefined)
      return this.unknown(node, "rename column with names the reader cannot resolve");
    this.push(node, { kind: "rename-column", table, column, newName });
    return true;
  }

  /** `execute "SQL"`, `execute "up", "down"`, `execute fn -> ... end`, `execute(&up/0, &down/0)`. */
  private execute(shape: CallShape, node: Node, env: Env): boolean {
    const [up, down] = shape.positional;
    if (!up) return this.unknown(node, "execute without arguments");
    const fn = unwrap(up);
    if (fn.type === "anonymous_function") {
      for (const clause of fn.namedChildren) {
        const body = clause?.type === "stab_clause" ? clause.childForFieldName("right") : undefined;
        if (body) this.visit(body, env, undefined);
      }
    } else if (fn.type === "unary_operator" && fn.text.startsWith("&")) {
      // &helper/0: the function runs forward.
      const name = /^&\s*([a-z_][a-zA-Z0-9_?!]*)\s*\/\s*0$/.exec(fn.text)?.[1];
      const helper = name ? this.functions.get(name)?.[0] : undefined;
      if (helper && name && !this.following.includes(name)) {
        this.following.push(name);
        this.walk(helper.body, new Map(), undefined);
        this.following.pop();
      } else this.unknown(node, "execute with a function the reader cannot follow");
    } else {
      this.sql(up, node, "execute", env);
    }
    if (this.invertible && !down) this.notInvertible(node, "execute/1 in change/0 cannot be reverted");
    return true;
  }

  // ---------------------------------------------------------------- columns inside create/alter

  private columnCall(shape: CallShape, node: Node, env: Env, ctx: TableCtx): boolean {
    const { table } = ctx;
    switch (shape.name) {
      case "add":
      case "add_if_not_exists": {
        const column = this.name(shape.positional[0], env);
        const opts = this.options(shape, 2);
        const type = ectoColumnType(shape.positional[1], opts);
        if (column === undefined || !type)
          return this.unknown(node, `${shape.name} of a column the reader cannot resolve`);
        const nullable = booleanValue(opts.get("null")) !== false;
        this.known.set(`${table}.${column}`, { type: type.type, nullable });
        if (ctx.creating) ctx.creating.push(column);
        else {
          const def = this.defaultOf(opts, type.autoIncrement === true);
          this.push(node, {
            kind: "add-column",
            table,
            column,
            type: describeType(type.type),
            notNull: !nullable,
            ...def,
          });
        }
        if (type.references) {
          this.push(node, {
            kind: "add-constraint",
            table,
            constraint: "foreign-key",
            name: type.references.name ?? `${table}_${column}_fkey`,
            validated: type.references.validated,
          });
        }
        return true;
      }
      case "timestamps": {
        const opts = this.options(shape, 0);
        const nullable = booleanValue(opts.get("null")) === true;
        const typeName = nameValue(opts.get("type")) ?? "naive_datetime";
        const type = ectoColumnType(opts.get("type"), new Map())?.type ?? { type: "datetime" };
        for (const key of ["inserted_at", "updated_at"]) {
          const option = opts.get(key);
          if (option?.text === "false") continue;
          const column = (option ? this.name(option, env) : undefined) ?? key;
          this.known.set(`${table}.${column}`, { type, nullable });
          if (ctx.creating) ctx.creating.push(column);
          else
            this.push(node, {
              kind: "add-column",
              table,
              column,
              type: typeName,
              notNull: !nullable,
              ...this.defaultOf(opts, false),
            });
        }
        return true;
      }
      case "remove":
      case "remove_if_exists": {
        const column = this.name(shape.positional[0], env);
        if (column === undefined)
          return this.unknown(node, `${shape.name} of a column the reader cannot resolve`);
        this.push(node, { kind: "drop-column", table, column });
        if (this.invertible && shape.name === "remove" && !shape.positional[1])
          this.notInvertible(node, "remove without the column type cannot be reverted in change/0");
        return true;
      }
      case "modify":
        return this.modify(shape, node, env, ctx);
      default:
        return false;
    }
  }

  /** Trailing keywords, or a keyword list passed at position `index`. */
  private options(shape: CallShape, index: number): Map<string, Node> {
    const opts = new Map<string, Node>();
    keywordPairs(shape.positional[index], opts);
    for (const [k, v] of shape.keywords) opts.set(k, v);
    return opts;
  }

  private modify(shape: CallShape, node: Node, env: Env, ctx: TableCtx): boolean {
    const { table } = ctx;
    const column = this.name(shape.positional[0], env);
    const opts = this.options(shape, 2);
    const type = ectoColumnType(shape.positional[1], opts);
    if (column === undefined || !type)
      return this.unknown(node, "modify of a column the reader cannot resolve");
    const key = `${table}.${column}`;
    const from = opts.get("from");
    const fromColumn = fromType(from);
    const known = this.known.get(key);
    const old: KnownColumn | undefined = fromColumn
      ? {
          type: fromColumn.type,
          ...(fromNullable(from) !== undefined ? { nullable: fromNullable(from)! } : {}),
        }
      : known;
    const nullOpt = booleanValue(opts.get("null"));
    this.known.set(key, { type: type.type, ...(nullOpt !== undefined ? { nullable: nullOpt } : {}) });
    if (this.invertible && !from)
      this.notInvertible(node, "modify without from: cannot be reverted in change/0");
    if (this.learning) return true;
    // `modify :col, :type, null: true` restates the type to change nullability; with no old type to compare,
    // a modify that sets null: or default: is read as keeping the type.
    const typeChanged = old
      ? describeType(old.type) !== describeType(type.type)
      : !opts.has("null") && !opts.has("default");
    if (typeChanged)
      this.push(node, {
        kind: "change-column-type",
        table,
        column,
        type: describeType(type.type),
        ...classifyTypeChange(old?.type, type.type),
      });
    if (nullOpt === false && old?.nullable !== false)
      this.push(node, { kind: "set-not-null", table, column });
    if (nullOpt === true && old?.nullable !== true) this.push(node, { kind: "drop-not-null", table, column });
    if (opts.has("default"))
      this.push(node, { kind: "change-default", table, column, ...this.defaultOf(opts, false) });
    if (type.references) {
      this.push(node, {
        kind: "add-constraint",
        table,
        constraint: "foreign-key",
        name: type.references.name ?? `${table}_${column}_fkey`,
        validated: type.references.validated,
      });
    }
    return true;
  }

  private defaultOf(opts: Map<string, Node>, autoIncrement: boolean): { default?: ColumnDefault } {
    // `generated: "ALWAYS AS (...) STORED"` is computed for every existing row, like the SQL reader's reading.
    const generated = opts.get("generated");
    const expression = generated ? stringLiteral(unwrap(generated))?.value : undefined;
    if (expression !== undefined && /\bSTORED\b/i.test(expression)) {
      return { default: { volatile: true, text: truncate(`GENERATED ${expression}`) } };
    }
    const value = opts.get("default");
    if (value && !isNil(value)) {
      const n = unwrap(value);
      const shape = n.type === "call" ? callShape(n) : undefined;
      if (shape?.name === "fragment" && !shape.receiver) {
        const sql = stringLiteral(shape.positional[0])?.value;
        return {
          default: { volatile: sql === undefined ? true : isVolatileSql(sql), text: truncate(sql ?? n.text) },
        };
      }
      // Any other Elixir value is computed once, when the migration runs: a constant for every row.
      return { default: { volatile: false, text: truncate(n.text) } };
    }
    if (autoIncrement) return { default: { volatile: true, text: "auto-increment" } };
    return {};
  }

  // ---------------------------------------------------------------- SQL and output

  private sql(node: Node | undefined, where: Node, via: string, env: Env): void {
    if (this.learning) return;
    const n = node ? unwrap(node) : undefined;
    let literal = n ? stringLiteral(n) : undefined;
    if (!literal && n) {
      const value = n.type === "identifier" || n.type === "unary_operator" ? this.name(n, env) : undefined;
      if (value !== undefined) literal = { value, line: where.startPosition.row + 1 };
    }
    // Interpolation or `<>` keeps the verb: `"DELETE FROM #{table}"` is still a delete.
    const template = !literal && n ? stringTemplate(n, (x) => this.name(x, env)) : undefined;
    if (appendBuiltSql(this.out, template, this.database, this.parsers)) return;
    if (!literal) {
      this.unknown(
        where,
        `${via} runs SQL built at run time (a variable, interpolation or expression), which cannot be read`,
      );
      return;
    }
    appendSql(this.out, { sql: literal.value, database: this.database, line: literal.line }, this.parsers);
  }

  private push(node: Node, op: Op): void {
    if (this.learning) return;
    this.out.operations.push({ ...op, ...spanOf(node) } as Operation);
  }

  private unknown(node: Node, reason: string): true {
    this.push(node, unknownOperation(reason, node.text));
    return true;
  }

  private notInvertible(node: Node, reason: string): void {
    if (this.learning || this.irreversible) return;
    this.irreversible = { ...spanOf(node), reason };
  }

  private markIrreversible(node: Node, reason: string): void {
    const line = node.startPosition.row + 1;
    this.irreversible ??= { line, endLine: line, reason };
  }
}

/** `def down, do: :ok` / `nil` / nothing at all. */
function doesNothing(body: readonly Node[]): boolean {
  return body.every((s) => ["atom", "nil", "boolean", "comment"].includes(unwrap(s).type));
}

/** `raise Ecto.MigrationError, ...` or `raise "irreversible"` as a statement of `down/0`. */
function raises(body: readonly Node[]): boolean {
  return body.some((s) => s.type === "call" && callShape(s)?.name === "raise" && !callShape(s)?.receiver);
}

export function readEctoMigration(source: string, database: Database, parsers: Parsers): ParsedMigration {
  return new EctoReader(source, database, parsers).read();
}
