// Walks the statements of forward Python code (a RunPython function, Alembic's upgrade()) in source order,
// into every branch of if/for/while/try/with and into the same-file helpers it calls. What a call means is the
// subclass's business; the walker keeps the local names it was told about (`B`) per function.
import { callArgs, expressionOf, methodName, receiver, statementsOf, unwrap, type Node } from "./nodes.js";
import type { PythonModule } from "./source.js";
import { MAX_DEPTH } from "../shared/toolkit.js";

export type Env<B> = Map<string, B>;

/** Deep enough for any real chain of helpers, shallow enough that a pathological file stays cheap. */

export abstract class PythonWalker<B> {
  /** Functions being followed, innermost last, so a recursive helper is read once. */
  protected readonly following: string[] = [];

  constructor(protected readonly module: PythonModule) {}

  /** Handles a call that means something; false to let the walker look inside its arguments. */
  protected abstract call(call: Node, env: Env<B>): boolean;

  /** What an assigned value is, if it is worth remembering (`conn = op.get_bind()`). */
  protected abstract binding(value: Node, env: Env<B>): B | undefined;

  /** The loop variable's binding for `for x in <right>:`. */
  protected loopBinding(_right: Node, _env: Env<B>): B | undefined {
    return undefined;
  }

  /** `x.attr = value` where `x` is bound. */
  protected assignedAttribute(_bound: B, _attribute: string): void {}

  /** Reads a top-level function of the module with its parameters bound to the caller's arguments. */
  follow(name: string, args: readonly (B | undefined)[]): boolean {
    const fn = this.module.functions.get(name);
    if (!fn) return false;
    if (this.following.includes(name) || this.following.length > MAX_DEPTH) return true;
    const env: Env<B> = new Map();
    const params = fn.childForFieldName("parameters")?.namedChildren ?? [];
    params.forEach((param, i) => {
      const paramName = param.type === "identifier" ? param.text : param.childForFieldName("name")?.text;
      const binding = args[i];
      if (paramName && binding !== undefined) env.set(paramName, binding);
    });
    this.following.push(name);
    this.block(fn.childForFieldName("body"), env);
    this.following.pop();
    return true;
  }

  block(block: Node | null | undefined, env: Env<B>): void {
    for (const statement of statementsOf(block)) this.statement(statement, env);
  }

  protected statement(s: Node, env: Env<B>): void {
    switch (s.type) {
      case "expression_statement": {
        const expr = expressionOf(s);
        if (!expr) return;
        if (expr.type === "assignment") return this.assignment(expr, env);
        if (expr.type === "augmented_assignment") {
          const right = expr.childForFieldName("right");
          if (right) this.expression(right, env);
          return;
        }
        return this.expression(expr, env);
      }
      case "for_statement": {
        const left = s.childForFieldName("left");
        const right = s.childForFieldName("right");
        const inner: Env<B> = new Map(env);
        const bound = right ? this.loopBinding(right, env) : undefined;
        if (bound !== undefined && left?.type === "identifier") inner.set(left.text, bound);
        else if (right) this.expression(right, env);
        this.block(s.childForFieldName("body"), inner);
        this.block(s.childForFieldName("alternative")?.childForFieldName("body"), env);
        return;
      }
      case "with_statement": {
        for (const clause of s.namedChildren) {
          if (clause.type !== "with_clause") continue;
          for (const item of clause.namedChildren) {
            let value = item.childForFieldName("value");
            let alias: Node | undefined;
            if (value?.type === "as_pattern") {
              alias = value.childForFieldName("alias")?.namedChildren[0] ?? undefined;
              value = value.namedChildren[0] ?? null;
            }
            if (!value) continue;
            const bound = alias?.type === "identifier" ? this.binding(value, env) : undefined;
            if (alias && bound !== undefined) env.set(alias.text, bound);
            else this.expression(value, env);
          }
        }
        return this.block(s.childForFieldName("body"), env);
      }
      case "function_definition":
      case "class_definition":
      case "decorated_definition":
        // A nested definition runs only when called; nested helpers are not followed.
        return;
      case "return_statement":
      case "delete_statement":
        for (const child of s.namedChildren) this.expression(child, env);
        return;
      default:
        // if / while / try / match: any branch may run, so every block is read.
        for (const child of s.namedChildren) {
          if (child.type === "block") this.block(child, env);
          else if (child.type.endsWith("_clause")) {
            for (const part of child.namedChildren) {
              if (part.type === "block") this.block(part, env);
              else this.expression(part, env);
            }
          } else if (s.type === "if_statement" || s.type === "while_statement") {
            this.expression(child, env);
          }
        }
    }
  }

  protected assignment(a: Node, env: Env<B>): void {
    const left = a.childForFieldName("left");
    const right = a.childForFieldName("right");
    if (!right) return;
    if (left?.type === "identifier") {
      const binding = this.binding(right, env);
      if (binding !== undefined) {
        env.set(left.text, binding);
        return;
      }
      env.delete(left.text);
    } else if (left?.type === "attribute") {
      const object = left.childForFieldName("object");
      const attribute = left.childForFieldName("attribute")?.text;
      const bound = object?.type === "identifier" ? env.get(object.text) : undefined;
      if (bound !== undefined && attribute) this.assignedAttribute(bound, attribute);
    }
    this.expression(right, env);
  }

  expression(node: Node, env: Env<B>): void {
    const n = unwrap(node);
    if (n.type === "lambda" || n.type === "function_definition") return;
    if (n.type === "call") {
      if (this.call(n, env)) return;
      if (this.helper(n, env)) return;
    }
    for (const child of n.namedChildren) this.expression(child, env);
  }

  /** `helper(...)` where `helper` is a function of this file: its arguments run first, then its body. */
  private helper(call: Node, env: Env<B>): boolean {
    const name = methodName(call);
    if (receiver(call) || !name || !this.module.functions.has(name)) return false;
    const args = callArgs(call);
    for (const a of [...args.positional, ...args.keywords.values()]) this.expression(a, env);
    this.follow(
      name,
      args.positional.map((a) => this.binding(a, env)),
    );
    return true;
  }
}
