// Walks forward JavaScript/TypeScript code (a migration's `up`) in source order: into every branch, loop and
// callback, and into the same-file helpers it calls. What a call means is the reader's business; the walker
// keeps the local names it was told about (`B`) and the local constants (`const sql = '...'`) per function.
import { argsOf, objectEntries, plainCallee, stringValue, unwrap, type Link, type Node } from "./nodes.js";
import { bodyOf, isFunction, paramsOf, type JsModule, type Param } from "./module.js";
import { MAX_DEPTH } from "../shared/toolkit.js";
import type { Span } from "../../types.js";
import type { Emitter, OperationBody } from "./emitter.js";

/** Deep enough for any real chain of helpers, shallow enough that a pathological file stays cheap. */

/** Local names of one function: what the reader bound (`knex`, a table builder) and plain local values. */
export class Scope<B> {
  constructor(
    readonly bindings: Map<string, B> = new Map(),
    readonly values: Map<string, Node> = new Map(),
  ) {}

  /** A scope for a nested callback: it sees the outer names, and its own do not leak out. */
  nested(): Scope<B> {
    return new Scope(new Map(this.bindings), new Map(this.values));
  }
}

/** One call of a framework's handle (`pgm.dropColumns(...)`, `queryInterface.removeColumn(...)`) as a handler sees it. */
export interface HandleCall<B> {
  link: Link;
  call: Node;
  args: Node[];
  /** From the method's name to the end of its call. */
  span: Span;
  scope: Scope<B>;
}

/** Node types that hold no call worth reading. */
const INERT = new Set([
  "comment",
  "string",
  "template_string",
  "number",
  "regex",
  "identifier",
  "property_identifier",
  "shorthand_property_identifier",
  "this",
  "true",
  "false",
  "null",
  "undefined",
  "import_statement",
  "function_declaration",
  "generator_function_declaration",
  "class_declaration",
  "abstract_class_declaration",
  "class",
  "type_alias_declaration",
  "interface_declaration",
  "type_annotation",
  "type_arguments",
  "empty_statement",
]);

export abstract class JsWalker<B extends { kind: string }> {
  /** Functions being followed, innermost last, so a recursive helper is read once. */
  private readonly following: number[] = [];

  constructor(protected readonly module: JsModule) {}

  /** Handles a call that means something; false to let the walker look inside it. */
  protected abstract call(call: Node, scope: Scope<B>): boolean;

  /**
   * A call hands a bound object (the `knex` instance, `queryRunner`, a table builder...) to a function this file
   * does not define: what that code does with it cannot be read here.
   */
  protected escaped(_call: Node, _argument: string, _scope: Scope<B>): void {}

  private escapes(call: Node, scope: Scope<B>): void {
    for (const a of argsOf(call).args) {
      const n = unwrap(a);
      if (n.type === "identifier" && scope.bindings.has(n.text)) {
        this.escaped(call, n.text, scope);
        return;
      }
    }
  }

  /** What a value assigned to a local name is, if the reader cares (`const trx = await knex.transaction()`). */
  protected binding(_value: Node, _scope: Scope<B>): B | undefined {
    return undefined;
  }

  /** Reads the body of `fn` with its parameters bound by `bind`. */
  enter(fn: Node, bind: (param: Param, index: number) => [string, B][]): void {
    if (this.following.includes(fn.id) || this.following.length > MAX_DEPTH) return;
    const scope = new Scope<B>();
    paramsOf(fn).forEach((param, i) => {
      for (const [name, binding] of bind(param, i)) scope.bindings.set(name, binding);
    });
    const body = bodyOf(fn);
    if (!body) return;
    this.following.push(fn.id);
    this.visit(body, scope);
    this.following.pop();
  }

  /** The value a name stands for: a local constant, then a top-level one, through a few aliases. */
  resolve(node: Node | undefined, scope: Scope<B>): Node | undefined {
    if (!node) return undefined;
    let current = unwrap(node);
    for (let depth = 0; depth < 5 && current.type === "identifier"; depth++) {
      const next = scope.values.get(current.text) ?? this.module.constants.get(current.text);
      if (!next) break;
      current = unwrap(next);
    }
    return current;
  }

  /** A string the argument holds, directly or through a constant. */
  name(node: Node | undefined, scope: Scope<B>): string | undefined {
    return stringValue(this.resolve(node, scope));
  }

  /** `'users'`, or an object naming the table under `key` with an optional `schema` (`app.users`). */
  namedTable(node: Node | undefined, scope: Scope<B>, key: string): string | undefined {
    const value = this.resolve(node, scope);
    const plain = stringValue(value);
    if (plain !== undefined) return plain;
    const entries = objectEntries(value)?.entries;
    const name = stringValue(entries?.get(key));
    if (name === undefined) return undefined;
    const schema = stringValue(entries?.get("schema"));
    return schema ? `${schema}.${name}` : name;
  }

  /**
   * Whether `root` is the framework's handle (`knex`, `pgm`, `queryInterface`, `queryRunner`): bound to that
   * kind in this scope, or, in a helper that reaches it some other way, a parameter of that conventional name.
   */
  isHandle(root: Node, scope: Scope<B>, kind: B["kind"]): boolean {
    if (root.type !== "identifier") return false;
    const bound = scope.bindings.get(root.text);
    if (bound) return bound.kind === kind;
    return root.text === kind && !scope.values.has(root.text);
  }

  /** What a name or expression is bound to, looking through `(x)` and `await`. */
  bound(node: Node | undefined, scope: Scope<B>): B | undefined {
    if (!node) return undefined;
    const n = unwrap(node);
    if (n.type === "identifier") return scope.bindings.get(n.text);
    return undefined;
  }

  /** Reads a function written in place (a callback) with its parameters bound by `bind`. */
  callback(
    fn: Node | undefined,
    scope: Scope<B>,
    bind: (param: Param, index: number) => [string, B][],
  ): void {
    const f = fn ? unwrap(fn) : undefined;
    if (!f || !isFunction(f)) {
      if (fn) this.visit(fn, scope);
      return;
    }
    const inner = scope.nested();
    paramsOf(f).forEach((param, i) => {
      for (const [name, binding] of bind(param, i)) inner.bindings.set(name, binding);
    });
    const body = bodyOf(f);
    if (body) this.visit(body, inner);
  }

  visit(node: Node, scope: Scope<B>): void {
    const type = node.type;
    if (INERT.has(type)) return;
    switch (type) {
      case "call_expression":
        if (this.call(node, scope)) return;
        if (this.helper(node, scope)) return;
        this.escapes(node, scope);
        break;
      case "arrow_function":
      case "function_expression":
      case "function": {
        // A callback (`Promise.all(list.map(async (t) => ...))`, `.then(() => ...)`): it runs.
        const body = bodyOf(node);
        if (body) this.visit(body, scope.nested());
        return;
      }
      case "lexical_declaration":
      case "variable_declaration":
        for (const declarator of node.namedChildren) {
          if (declarator?.type === "variable_declarator") this.declare(declarator, scope);
        }
        return;
      case "assignment_expression": {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        if (left?.type === "identifier" && right) {
          scope.bindings.delete(left.text);
          scope.values.delete(left.text);
          this.assign(left.text, right, scope);
        } else if (right) this.visit(right, scope);
        return;
      }
      default:
        break;
    }
    for (const child of node.namedChildren) if (child) this.visit(child, scope);
  }

  private declare(declarator: Node, scope: Scope<B>): void {
    const name = declarator.childForFieldName("name");
    const value = declarator.childForFieldName("value");
    if (!value) return;
    if (name?.type !== "identifier") return this.visit(value, scope);
    this.assign(name.text, value, scope);
  }

  private assign(name: string, value: Node, scope: Scope<B>): void {
    const v = unwrap(value);
    const alias = v.type === "identifier" ? scope.bindings.get(v.text) : undefined;
    const binding = alias ?? this.binding(v, scope);
    if (binding !== undefined) {
      scope.bindings.set(name, binding);
      return;
    }
    scope.values.set(name, v);
    this.visit(value, scope);
  }

  /**
   * `helper(knex)` or `this.helper(queryRunner)` where the helper is a function of this file: its
   * arguments run first, then its body with the arguments' bindings.
   */
  private helper(call: Node, scope: Scope<B>): boolean {
    const name = plainCallee(call);
    let fn = name !== undefined ? this.module.functions.get(name) : undefined;
    if (!fn) {
      const callee = call.childForFieldName("function");
      const m = callee ? /^this\.(\w+)$/.exec(callee.text) : undefined;
      const method = m ? this.module.exports.get(m[1]!) : undefined;
      if (method?.type === "method_definition") fn = method;
    }
    if (!fn) return false;
    const { args } = argsOf(call);
    for (const a of args) this.visit(a, scope);
    const values = args.map((a) => this.bound(a, scope));
    this.enter(fn, (param, i) => {
      const value = values[i];
      return param.name !== undefined && value !== undefined ? [[param.name, value]] : [];
    });
    return true;
  }
}

/**
 * A walker that emits a migration's operations: `up` is read for them, `down` first and only to learn what
 * `up` changes away from (the types it restores), with nothing emitted while it is read.
 */
export abstract class MigrationWalker<B extends { kind: string }> extends JsWalker<B> {
  /** While reading `down`: only types are learnt, nothing is emitted. */
  learning = false;

  constructor(
    module: JsModule,
    protected readonly emit: Emitter,
  ) {
    super(module);
  }

  /** Reads `down` when its text restates a column (`restates`), then `up`; both with `bind`'s parameters. */
  protected readDownThenUp(
    up: Node,
    down: Node | undefined,
    restates: string,
    bind: (param: Param, index: number) => [string, B][],
  ): void {
    // Most downs never restate a column, and then they are not walked.
    if (down?.text.includes(restates)) {
      this.learning = true;
      this.enter(down, bind);
      this.learning = false;
    }
    this.enter(up, bind);
  }

  push(where: Node | Span, body: OperationBody): void {
    if (!this.learning) this.emit.push(where, body);
  }

  unknown(node: Node, reason: string, span?: Span): void {
    if (!this.learning) this.emit.unknown(node, reason, span);
  }

  /** `<call> whose <what> is not a string literal cannot be followed`: a name the reader cannot resolve. */
  notLiteral(node: Node, call: string, what: string, span?: Span): void {
    this.unknown(node, `${call} whose ${what} is not a string literal cannot be followed`, span);
  }

  /** SQL text run by `via` (`knex.raw()`, `pgm.sql()`), resolved through constants; nothing while learning. */
  sql(
    value: Node | undefined,
    where: Node,
    scope: Scope<B>,
    via: string,
    prepare?: (sql: string) => string | undefined,
  ): void {
    if (!this.learning) this.emit.sql(this.resolve(value, scope), where, via, prepare);
  }

  /** A bound object handed to code this file does not define: what it does with it cannot be read. */
  protected override escaped(call: Node, argument: string, _scope: Scope<B>): void {
    this.unknown(
      call,
      `passes \`${argument}\` to a function that is not defined in this file, so what it does cannot be read`,
    );
  }
}
