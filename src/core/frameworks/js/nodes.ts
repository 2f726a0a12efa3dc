// Small readers over tree-sitter-javascript / tree-sitter-typescript nodes: literal values, call chains,
// arguments, spans. Each answers `undefined` when the code is not a plain literal, so callers can say
// "unknown" instead of guessing.
import type { Node } from "web-tree-sitter";
import type { Span } from "../../types.js";
import { spanOf } from "../tree-sitter.js";
import { truncate } from "../shared/toolkit.js";

export type { Node };

/** 1-based lines of a node; a node whose last byte is a newline does not count the line after it. */
export { spanOf };

/** From the line of `from` to the end of `to`: a link of a call chain, `.dropTable('x')`. */
export function spanBetween(from: Node, to: Node): Span {
  const line = from.startPosition.row + 1;
  return { line, endLine: Math.max(line, spanOf(to).endLine) };
}

/** Wrappers that change nothing at run time: parentheses, `await`, TypeScript casts and `!`. */
const TRANSPARENT = new Set([
  "parenthesized_expression",
  "await_expression",
  "as_expression",
  "satisfies_expression",
  "non_null_expression",
  "type_assertion",
]);

/** `(await x as T)!` → `x`, any depth. */
export function unwrap(node: Node): Node {
  let current = node;
  while (TRANSPARENT.has(current.type)) {
    // The expression is the first named child in every one of these (a type follows it, or precedes it in `<T>x`).
    const children = current.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");
    const inner = current.type === "type_assertion" ? children[children.length - 1] : children[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}

const ESCAPE = /\\(\r\n|\n|\r|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|0(?![0-9])|[\s\S])/g;
const SIMPLE_ESCAPES: Record<string, string> = {
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "0": "\0",
};

function decodeEscapes(text: string): string {
  if (!text.includes("\\")) return text;
  return text.replace(ESCAPE, (_whole, esc: string) => {
    if (esc === "\n" || esc === "\r" || esc === "\r\n") return "";
    const simple = SIMPLE_ESCAPES[esc];
    if (simple !== undefined) return simple;
    if (esc.startsWith("u{")) return String.fromCodePoint(parseInt(esc.slice(2, -1), 16));
    if (esc.length > 1 && (esc[0] === "u" || esc[0] === "x"))
      return String.fromCodePoint(parseInt(esc.slice(1), 16));
    return esc;
  });
}

export interface StringLiteral {
  value: string;
  /** 1-based line where the string's contents start (the line of the opening quote). */
  line: number;
}

/**
 * The value of a string literal: quotes, a template without `${}`, or `+` of those. A template with a
 * substitution is built at run time, so it has no value here.
 */
export function stringLiteral(node: Node | null | undefined): StringLiteral | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  const line = n.startPosition.row + 1;
  switch (n.type) {
    case "string":
      // Read from the text rather than the children: every child visit is a call into WASM.
      return { value: decodeEscapes(n.text.slice(1, -1)), line };
    case "template_string": {
      const text = n.text.slice(1, -1);
      // `${` only starts a substitution when not escaped; any real one makes the text dynamic.
      if (/(^|[^\\])(\\\\)*\$\{/.test(text)) return undefined;
      return { value: decodeEscapes(text.replace(/\r\n?/g, "\n")), line };
    }
    case "binary_expression": {
      if (n.childForFieldName("operator")?.text !== "+") return undefined;
      const left = stringLiteral(n.childForFieldName("left"));
      const right = left ? stringLiteral(n.childForFieldName("right")) : undefined;
      return left && right ? { value: left.value + right.value, line: left.line } : undefined;
    }
    default:
      return undefined;
  }
}

/** SQL text as literal parts and run-time holes (their source), with the line its contents start on. */
export interface StringTemplate {
  parts: Array<{ text: string } | { hole: string }>;
  line: number;
}

/**
 * A template literal with `${...}` substitutions, or `+` of literals and expressions, as literal parts and
 * holes: what the SQL reader needs to read a statement by its static parts. Undefined for anything else.
 */
export function stringTemplate(node: Node | null | undefined): StringTemplate | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  const line = n.startPosition.row + 1;
  const literal = stringLiteral(n);
  if (literal) return { parts: [{ text: literal.value }], line };
  if (n.type === "template_string") {
    // Split the raw text at substitutions; an escaped `\${` stays text. Nested braces inside `${}` balance.
    const text = n.text.slice(1, -1);
    const parts: StringTemplate["parts"] = [];
    let from = 0;
    let i = 0;
    while (i < text.length) {
      if (text[i] === "\\") {
        i += 2;
        continue;
      }
      if (text[i] === "$" && text[i + 1] === "{") {
        parts.push({ text: decodeEscapes(text.slice(from, i).replace(/\r\n?/g, "\n")) });
        let depth = 1;
        let j = i + 2;
        while (j < text.length && depth > 0) {
          if (text[j] === "{") depth++;
          else if (text[j] === "}") depth--;
          j++;
        }
        parts.push({ hole: text.slice(i + 2, j - 1).trim() });
        from = i = j;
        continue;
      }
      i++;
    }
    parts.push({ text: decodeEscapes(text.slice(from).replace(/\r\n?/g, "\n")) });
    return { parts, line };
  }
  if (n.type === "binary_expression" && n.childForFieldName("operator")?.text === "+") {
    const leftNode = n.childForFieldName("left");
    const rightNode = n.childForFieldName("right");
    const left = stringTemplate(leftNode);
    if (!left || !rightNode) return undefined;
    const right = stringTemplate(rightNode) ?? { parts: [{ hole: rightNode.text }], line };
    return { parts: [...left.parts, ...right.parts], line: left.line };
  }
  return undefined;
}

export function stringValue(node: Node | null | undefined): string | undefined {
  return stringLiteral(node)?.value;
}

export function booleanValue(node: Node | null | undefined): boolean | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === "true") return true;
  if (n.type === "false") return false;
  return undefined;
}

export function numberValue(node: Node | null | undefined): number | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "number") return undefined;
  const value = Number(n.text.replace(/_/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

export function isNullish(node: Node | null | undefined): boolean {
  if (!node) return false;
  const n = unwrap(node);
  return n.type === "null" || n.type === "undefined" || (n.type === "identifier" && n.text === "undefined");
}

/** True for a value JavaScript computes without running code: numbers, strings, booleans, null. */
export function isPlainLiteral(node: Node | null | undefined): boolean {
  if (!node) return false;
  const n = unwrap(node);
  switch (n.type) {
    case "number":
    case "true":
    case "false":
    case "null":
    case "undefined":
      return true;
    case "unary_expression":
      return isPlainLiteral(n.childForFieldName("argument"));
    case "string":
    case "template_string":
    case "binary_expression":
      return stringLiteral(n) !== undefined;
    default:
      return false;
  }
}

/** The name of a property key: `a`, `'a'`, `"a"`, `[`a`]`; undefined for a computed key. */
export function keyName(key: Node | null | undefined): string | undefined {
  if (!key) return undefined;
  if (key.type === "property_identifier" || key.type === "identifier") return key.text;
  if (key.type === "number") return key.text;
  if (key.type === "computed_property_name") return stringValue(key.namedChildren[0]);
  return stringValue(key);
}

export interface ObjectEntries {
  entries: Map<string, Node>;
  /** `...spread` or a computed key: the object may hold more than the entries show. */
  partial: boolean;
}

/**
 * The entries of an object literal. Shorthand `{ up }` maps to the identifier, a method `up() {}` to the
 * method node. Undefined when the node is not an object literal.
 */
export function objectEntries(node: Node | null | undefined): ObjectEntries | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "object") return undefined;
  const out: ObjectEntries = { entries: new Map(), partial: false };
  for (const child of n.namedChildren) {
    if (!child || child.type === "comment") continue;
    if (child.type === "pair") {
      const key = keyName(child.childForFieldName("key"));
      const value = child.childForFieldName("value");
      if (key !== undefined && value) out.entries.set(key, value);
      else out.partial = true;
    } else if (child.type === "shorthand_property_identifier") {
      out.entries.set(child.text, child);
    } else if (child.type === "method_definition") {
      const key = keyName(child.childForFieldName("name"));
      if (key !== undefined) out.entries.set(key, child);
    } else {
      out.partial = true;
    }
  }
  return out;
}

/** Entries of an object literal, or an empty map for anything else. */
export function entriesOf(node: Node | null | undefined): Map<string, Node> {
  return objectEntries(node)?.entries ?? new Map();
}

/** The elements of an array literal; undefined for anything else. */
export function elements(node: Node | null | undefined): Node[] | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "array") return undefined;
  return n.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");
}

/**
 * `["a", "b"]` → strings; a lone string is a list of one. An element may also be an object naming its string
 * under one of `keys` (`[{ name: "a", sort: "DESC" }]`). Undefined when any element is neither.
 */
export function stringList(
  node: Node | null | undefined,
  keys: readonly string[] = [],
): string[] | undefined {
  if (!node) return undefined;
  const single = stringValue(node);
  if (single !== undefined) return [single];
  const items = elements(node);
  if (!items) return undefined;
  const out: string[] = [];
  for (const item of items) {
    let value = stringValue(item);
    for (const key of keys) value ??= stringValue(entriesOf(item).get(key));
    if (value === undefined) return undefined;
    out.push(value);
  }
  return out;
}

/** The arguments of a call, without comments. A spread makes the list partial (`spread: true`). */
export function argsOf(call: Node): { args: Node[]; spread: boolean } {
  const list = call.childForFieldName("arguments");
  const args: Node[] = [];
  let spread = false;
  if (!list || list.type !== "arguments") return { args, spread };
  for (const child of list.namedChildren) {
    if (!child || child.type === "comment") continue;
    if (child.type === "spread_element") spread = true;
    args.push(child);
  }
  return { args, spread };
}

/** One link of a call chain: `.name(args)` or a plain property access `.name`. */
export interface Link {
  name: string;
  /** The property node, where the link starts. */
  nameNode: Node;
  /** The call node; undefined for a property access. */
  call?: Node;
  args: Node[];
}

export interface Chain {
  /** What the chain hangs on: an identifier, `this`, or a call of a plain function (`knex('users')`). */
  root: Node;
  /** Left to right. */
  links: Link[];
}

/**
 * `knex.schema.alterTable('a', cb).then(f)` → root `knex`, links schema, alterTable(...), then(...).
 * Wrappers (`await`, parentheses, casts) between links are looked through.
 */
export function chainOf(node: Node): Chain {
  const links: Link[] = [];
  let current = unwrap(node);
  for (;;) {
    if (current.type === "call_expression") {
      const fn = current.childForFieldName("function");
      const target = fn ? unwrap(fn) : undefined;
      if (target?.type === "member_expression") {
        const property = target.childForFieldName("property");
        const object = target.childForFieldName("object");
        if (!property || !object) break;
        links.push({ name: property.text, nameNode: property, call: current, args: argsOf(current).args });
        current = unwrap(object);
        continue;
      }
      break;
    }
    if (current.type === "member_expression") {
      const property = current.childForFieldName("property");
      const object = current.childForFieldName("object");
      if (!property || !object) break;
      links.push({ name: property.text, nameNode: property, args: [] });
      current = unwrap(object);
      continue;
    }
    if (current.type === "subscript_expression") {
      // `knex.schema["dropTable"](...)` is rare enough to leave as the root; the reader says unknown.
      break;
    }
    break;
  }
  return { root: current, links: links.reverse() };
}

/** For a call of a plain function `f(...)`, the name `f`. */
export function plainCallee(call: Node): string | undefined {
  if (call.type !== "call_expression") return undefined;
  const fn = call.childForFieldName("function");
  const target = fn ? unwrap(fn) : undefined;
  return target?.type === "identifier" ? target.text : undefined;
}

/** The text of a node for an `unknown` operation: first 200 characters. */
export function snippet(node: Node): string {
  return truncate(node.text);
}
