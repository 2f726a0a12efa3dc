// Laravel migrations, read with tree-sitter-php: what `up()` of each migration class (named or anonymous) does,
// as forward Operations. Followed: Schema::create/table closures and their Blueprint calls, Schema::drop/rename,
// DB::statement/unprepared into SQL, query-builder and Eloquent deletes, truncates and updates, and `$this->helper()`
// methods of the same class. `down()` is read only to learn the column types `->change()` calls move away from.
//
// This file is the dispatcher: it walks the code and hands each call to a handler table keyed by method name:
// `Schema::<name>` → SCHEMA_CALLS (laravel/schema-calls.ts), `$table-><name>` → BLUEPRINT_CALLS
// (laravel/blueprint-calls.ts; column methods in laravel/columns.ts), `DB::<name>` → DB_CALLS (laravel/raw-sql.ts),
// `Model::<name>` and query-builder writes → laravel/data-calls.ts, `down()` → laravel/reversibility.ts.
import type { Parsers } from "../../parsers.js";
import { operationAt } from "../tree-sitter.js";
import { runTimeName, type RunTimePart } from "../../run-time.js";
import type { Database, ParsedMigration } from "../../types.js";
import type { KnownColumn } from "../shared/known-columns.js";
import {
  handlerFor,
  MAX_DEPTH,
  MAX_LOOP_VALUES,
  unknownOperation,
  type OperationBody,
} from "../shared/toolkit.js";
import { readBlueprintChain } from "./laravel/blueprint-calls.js";
import { builderOf, isModel, MODEL_CALLS, queryOf, readBuilderWrite } from "./laravel/data-calls.js";
import { DB_CALLS } from "./laravel/raw-sql.js";
import type { Env, FacadeHandler, Reader } from "./laravel/reader-context.js";
import { irreversibility, learnsFromDown } from "./laravel/reversibility.js";
import { SCHEMA_CALLS } from "./laravel/schema-calls.js";
import {
  arrayElements,
  callArgs,
  methodChain,
  methodName,
  readPhpTree,
  scopeName,
  stringValue,
  unwrap,
  variableName,
  type CallArgs,
  type Node,
} from "./nodes.js";

interface MigrationClass {
  methods: Map<string, Node>;
  /** Class properties and constants holding literal strings (`protected $table = 'users'`, `const T = 'x'`). */
  strings: Map<string, string>;
}

/** The handler tables of the facades, by the class a static call names. */
const FACADES: Readonly<Record<string, Readonly<Record<string, FacadeHandler>>>> = {
  Schema: SCHEMA_CALLS,
  DB: DB_CALLS,
};

export class LaravelReader implements Reader {
  readonly out: ParsedMigration = {
    framework: "laravel",
    operations: [],
    comments: [],
    problems: [],
  };
  private cls: MigrationClass = { methods: new Map(), strings: new Map() };
  known = new Map<string, KnownColumn>();
  learning = false;
  private readonly following: string[] = [];

  constructor(
    private readonly source: string,
    readonly database: Database,
    readonly parsers: Parsers,
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

    if (learnsFromDown(this.source, down)) {
      this.learning = true;
      this.block(down.childForFieldName("body"), new Map(), "down");
      this.learning = false;
    }
    this.block(up.childForFieldName("body"), new Map(), "up");

    const mark = irreversibility(up, down);
    if (mark) this.push(mark.at, mark.op);
  }

  // ---------------------------------------------------------------- the walk

  private block(body: Node | null, env: Env, method: string): void {
    if (!body) return;
    this.following.push(method);
    this.visit(body, env);
    this.following.pop();
  }

  visit(node: Node, env: Env): void {
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
      const builder = value === undefined && list === undefined ? builderOf(this, right, env) : undefined;
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

  runTime(node: Node | undefined, part: RunTimePart): string | undefined {
    return node ? runTimeName(part, node.text) : undefined;
  }

  string(node: Node | undefined, env: Env): string | undefined {
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

  strings(node: Node | undefined, env: Env): string[] | undefined {
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

  /** `Foo::bar(...)`: a facade's table, Artisan, a helper of the class, or an Eloquent model's write. */
  private staticCall(call: Node, env: Env): boolean {
    const scope = scopeName(call);
    const name = methodName(call);
    if (!scope || !name) return false;
    const args = callArgs(call);
    const facade = handlerFor(FACADES, scope);
    if (facade) return this.facadeCall(facade, name, args, call, env);
    if (scope === "Artisan" && name === "call") {
      this.unknown(call, "Artisan::call runs a console command whose database work cannot be read here");
      return true;
    }
    if (/^(?:self|static)$/.test(scope) && this.cls.methods.has(name)) return this.helper(name, args, env);
    const write = isModel(scope) ? handlerFor(MODEL_CALLS, name) : undefined;
    if (write) write(this, scope, call);
    return write !== undefined;
  }

  /** `Schema::name(...)` / `DB::name(...)` with a handler, read; any other call on the facade is walked as code. */
  private facadeCall(
    table: Readonly<Record<string, FacadeHandler>>,
    name: string,
    args: CallArgs,
    call: Node,
    env: Env,
  ): boolean {
    const handler = handlerFor(table, name);
    if (handler) handler(this, args, call, env);
    return handler !== undefined;
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
      if (bound?.kind === "blueprint") return readBlueprintChain(this, bound, links, env);
    } else if (root.type === "scoped_call_expression" && methodName(root) === "connection") {
      // Schema::connection('x')->create(...), DB::connection('x')->statement(...)
      const facade = handlerFor(FACADES, scopeName(root) ?? "");
      if (facade && links.length === 1)
        return this.facadeCall(facade, first.name, first.args, first.call, env);
    }
    const query = queryOf(this, root, links, env);
    return query ? readBuilderWrite(this, query.table, query.links, call) : false;
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

  // ---------------------------------------------------------------- output

  push(node: Node, op: OperationBody): void {
    if (this.learning) return;
    this.out.operations.push(operationAt(node, op));
  }

  unknown(node: Node, reason: string): void {
    this.push(node, unknownOperation(reason, node.text));
  }
}

function methodNameOf(method: Node): string | undefined {
  return method.childForFieldName("name")?.text;
}

export function readLaravelMigration(source: string, database: Database, parsers: Parsers): ParsedMigration {
  return new LaravelReader(source, database, parsers).read();
}
