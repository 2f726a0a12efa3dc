// One JavaScript or TypeScript migration as the readers see it: its tree, comments, syntax problems, the
// top-level names forward code may refer to, and the `up` / `down` it exports, however it spells them
// (CommonJS `exports.up`, `module.exports = { up }`, ES `export async function up`, `export default { up }`,
// or a class with `up` / `down` methods).
import type { Parsers, Tree, TreeSitterLanguage } from "../../parsers.js";
import type { Comment, ParseProblem } from "../../types.js";
import { keyName, objectEntries, spanOf, unwrap, type Node } from "./nodes.js";
import { syntaxProblems as treeSyntaxProblems } from "../tree-sitter.js";
import { extend } from "../../extend.js";

const FUNCTION_TYPES = new Set([
  "function_declaration",
  "function_expression",
  "function",
  "arrow_function",
  "method_definition",
  "generator_function_declaration",
  "generator_function",
]);

export function isFunction(node: Node | null | undefined): boolean {
  return !!node && FUNCTION_TYPES.has(node.type);
}

export interface JsModule {
  root: Node;
  language: TreeSitterLanguage;
  comments: Comment[];
  problems: ParseProblem[];
  /** Top-level `function f` and `const f = () => ...` by name. */
  functions: Map<string, Node>;
  /** Top-level `const X = value` (any value): the value node of the last declaration. */
  constants: Map<string, Node>;
  /** What the file exports by name (`up`, `down`, ...): a function node or any other value (`down = false`). */
  exports: Map<string, Node>;
  /** The class that holds `up` (TypeORM), when the migration is a class. */
  migrationClass?: Node;
}

/** `.ts`, `.mts`, `.cts` need the TypeScript grammar (type annotations are syntax errors to the JS one). */
export function languageOf(path: string): TreeSitterLanguage {
  return /\.[cm]?ts$/i.test(path) ? "typescript" : "javascript";
}

function syntaxProblems(root: Node): ParseProblem[] {
  return treeSyntaxProblems(root, "None");
}

/**
 * Comments found from the `/` characters of the source: one lookup per `/` is much cheaper than walking the
 * whole tree, and a `/` inside a string, template or regex is recognised by the node it falls in.
 */
function commentsOf(root: Node, source: string): Comment[] {
  const out: Comment[] = [];
  let at = source.indexOf("/");
  while (at >= 0) {
    const node = root.descendantForIndex(at);
    let next = at + 1;
    if (node?.type === "comment") {
      const text = node.text;
      out.push(
        extend(spanOf(node), {
          text: text.startsWith("//") ? text.slice(2) : text.replace(/^\/\*+/, "").replace(/\*+\/$/, ""),
        }),
      );
      next = Math.max(next, node.endIndex);
    } else if (
      node &&
      (node.type === "string_fragment" ||
        node.type === "regex_pattern" ||
        node.type === "string" ||
        node.type === "template_string")
    ) {
      next = Math.max(next, node.endIndex);
    }
    at = source.indexOf("/", next);
  }
  return out;
}

/** The class's `up`/`down`/... methods by name; undefined when it has no `up`. */
function classMethods(cls: Node): Map<string, Node> | undefined {
  const body = cls.childForFieldName("body");
  const methods = new Map<string, Node>();
  for (const member of body?.namedChildren ?? []) {
    if (!member) continue;
    const name = keyName(member.childForFieldName("name"));
    if (name === undefined) continue;
    if (member.type === "method_definition") methods.set(name, member);
    // `up = async (queryRunner) => { ... }` as a class field.
    if (member.type === "public_field_definition" || member.type === "field_definition") {
      const value = member.childForFieldName("value");
      if (value && isFunction(unwrap(value))) methods.set(name, unwrap(value));
    }
  }
  return methods.has("up") ? methods : undefined;
}

class Indexer {
  constructor(private readonly module: JsModule) {}

  run(root: Node): void {
    // Declarations first, so `exports.up = up` finds the function whatever the order.
    const statements = root.namedChildren.filter((c): c is Node => c !== null);
    for (const statement of statements) this.declaration(statement, false);
    for (const statement of statements) this.exportsOf(statement);
  }

  private declaration(statement: Node, exported: boolean): void {
    switch (statement.type) {
      case "export_statement": {
        const declaration = statement.childForFieldName("declaration");
        if (declaration) this.declaration(declaration, true);
        return;
      }
      case "function_declaration":
      case "generator_function_declaration": {
        const name = statement.childForFieldName("name")?.text;
        if (!name) return;
        this.module.functions.set(name, statement);
        if (exported) this.module.exports.set(name, statement);
        return;
      }
      case "lexical_declaration":
      case "variable_declaration":
        for (const declarator of statement.namedChildren) {
          if (declarator?.type !== "variable_declarator") continue;
          const name = declarator.childForFieldName("name");
          const value = declarator.childForFieldName("value");
          if (name?.type !== "identifier" || !value) continue;
          const v = unwrap(value);
          this.module.constants.set(name.text, v);
          if (isFunction(v)) this.module.functions.set(name.text, v);
          if (exported) this.module.exports.set(name.text, v);
        }
        return;
      case "class_declaration":
      case "abstract_class_declaration":
        this.migrationClassFrom(statement);
        return;
      default:
        return;
    }
  }

  private migrationClassFrom(cls: Node): boolean {
    if (this.module.migrationClass) return false;
    const methods = classMethods(cls);
    if (!methods) return false;
    this.module.migrationClass = cls;
    for (const [name, method] of methods) this.module.exports.set(name, method);
    return true;
  }

  /** A value assigned to `module.exports` or `export default`: an object of functions or a class. */
  private exportedValue(value: Node): void {
    let v = unwrap(value);
    if (v.type === "identifier") v = this.module.constants.get(v.text) ?? v;
    if (v.type === "class" || v.type === "class_declaration") {
      this.migrationClassFrom(v);
      return;
    }
    const object = objectEntries(v);
    if (!object) return;
    for (const [name, entry] of object.entries) this.module.exports.set(name, entry);
  }

  private exportsOf(statement: Node): void {
    if (statement.type === "export_statement") {
      // `export default {...}` has it as `value`; TypeScript's `export = {...}` as an unnamed child.
      const value =
        statement.childForFieldName("value") ??
        (statement.text.startsWith("export =")
          ? statement.namedChildren.find((c) => c?.type !== "comment")
          : null);
      if (value) this.exportedValue(value);
      const declaration = statement.childForFieldName("declaration");
      if (declaration?.type === "class_declaration" || declaration?.type === "abstract_class_declaration")
        this.migrationClassFrom(declaration);
      return;
    }
    if (statement.type !== "expression_statement") return;
    const expr = statement.namedChildren[0];
    if (expr?.type !== "assignment_expression") return;
    const left = expr.childForFieldName("left");
    const right = expr.childForFieldName("right");
    if (!left || !right) return;
    const target = left.text.replace(/\s+/g, "");
    if (target === "module.exports") return this.exportedValue(right);
    const m = /^(?:module\.)?exports\.(\w+)$/.exec(target);
    if (m) this.module.exports.set(m[1]!, unwrap(right));
  }
}

/**
 * Parses `source` and hands the module to `read`. The tree lives in WASM memory and is freed when `read`
 * returns, so nothing read from it may keep a node.
 */
export function withJsModule<T>(
  path: string,
  source: string,
  parsers: Parsers,
  read: (module: JsModule) => T,
): T {
  const language = languageOf(path);
  const tree: Tree = parsers.treeSitter(language, source);
  try {
    const root = tree.rootNode;
    const module: JsModule = {
      root,
      language,
      comments: commentsOf(root, source),
      problems: syntaxProblems(root),
      functions: new Map(),
      constants: new Map(),
      exports: new Map(),
    };
    new Indexer(module).run(root);
    return read(module);
  } finally {
    tree.delete();
  }
}

/** An exported name resolved to a function node: `exports.up = up` follows `up` to its declaration. */
export function exportedFunction(module: JsModule, name: string): Node | undefined {
  let value = module.exports.get(name);
  for (let depth = 0; depth < 5 && value; depth++) {
    if (isFunction(value)) return value;
    if (value.type !== "identifier" && value.type !== "shorthand_property_identifier") return undefined;
    value = module.functions.get(value.text) ?? module.constants.get(value.text);
  }
  return undefined;
}

/** A parameter as written: a name, or the names a destructuring pattern takes from its properties. */
export interface Param {
  name?: string;
  /** `{ context: queryInterface }` → context → queryInterface; `{ schema }` → schema → schema. */
  properties?: Map<string, string>;
}

function paramOf(node: Node): Param {
  let n = node;
  if (n.type === "required_parameter" || n.type === "optional_parameter")
    n = n.childForFieldName("pattern") ?? n;
  if (n.type === "assignment_pattern") n = n.childForFieldName("left") ?? n;
  if (n.type === "identifier") return { name: n.text };
  if (n.type === "object_pattern") {
    const properties = new Map<string, string>();
    for (const p of n.namedChildren) {
      if (!p) continue;
      if (p.type === "shorthand_property_identifier_pattern") properties.set(p.text, p.text);
      else if (p.type === "pair_pattern") {
        const key = keyName(p.childForFieldName("key"));
        const value = p.childForFieldName("value");
        if (key !== undefined && value?.type === "identifier") properties.set(key, value.text);
      }
    }
    return { properties };
  }
  return {};
}

/** The parameters of a function node. */
export function paramsOf(fn: Node): Param[] {
  const single = fn.childForFieldName("parameter");
  if (single) return [paramOf(single)];
  const list = fn.childForFieldName("parameters");
  return (list?.namedChildren ?? [])
    .filter((p): p is Node => p !== null && p.type !== "comment")
    .map(paramOf);
}

/** The body of a function node: a statement block, or an arrow function's expression. */
export function bodyOf(fn: Node): Node | undefined {
  return fn.childForFieldName("body") ?? undefined;
}

/** A top-level constant, followed through at most a few `const A = B` aliases. */
export function resolveConstant(module: JsModule, node: Node): Node {
  let current = unwrap(node);
  for (let depth = 0; depth < 5 && current.type === "identifier"; depth++) {
    const value = module.constants.get(current.text);
    if (!value) break;
    current = value;
  }
  return current;
}

/**
 * Why a `down` cannot undo the migration, or undefined when it does something. `value` is what the file
 * exports as `down` (undefined when it exports none).
 */
export function downIrreversibility(module: JsModule, value: Node | undefined): string | undefined {
  if (!value) return "the migration has no down, so it cannot be rolled back";
  const n = unwrap(value);
  if (n.type === "false" || n.type === "null" || n.type === "undefined")
    return `down is ${n.text}, so the migration cannot be rolled back`;
  const fn = exportedFunction(module, "down");
  if (!fn) return undefined;
  const body = bodyOf(fn);
  if (!body) return "down() is empty";
  if (body.type !== "statement_block") return isNoop(body) ? "down() does nothing" : undefined;
  const statements = body.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");
  for (const statement of statements) {
    if (statement.type === "empty_statement") continue;
    if (statement.type === "throw_statement") return "down() throws instead of undoing the migration";
    if (statement.type === "return_statement") {
      const value = statement.namedChildren.find((c): c is Node => c !== null && c.type !== "comment");
      if (!value || isNoop(value)) continue;
      if (/^Promise\.reject\s*\(/.test(unwrap(value).text))
        return "down() rejects instead of undoing the migration";
      return undefined;
    }
    if (statement.type === "expression_statement") {
      const expr = statement.namedChildren[0];
      if (expr && isNoop(expr)) continue;
    }
    return undefined;
  }
  return "down() is empty";
}

/** `Promise.resolve()`, `undefined`, `null`, `{}` or a string: a value that does nothing. */
function isNoop(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === "undefined" || n.type === "null" || n.type === "string" || n.type === "number") return true;
  if (n.type === "identifier" && n.text === "undefined") return true;
  if (n.type === "object" && n.namedChildren.length === 0) return true;
  if (n.type === "call_expression" && /^Promise\.resolve$/.test(n.childForFieldName("function")?.text ?? ""))
    return true;
  return false;
}
