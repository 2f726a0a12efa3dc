// Small readers over tree-sitter-php nodes: literal values, call shapes and arguments, spans, comments and
// syntax problems. Each answers `undefined` when the code is not a plain literal, so callers can say
// "unknown" instead of guessing.
import type { Node } from "web-tree-sitter";
import type { Parsers } from "../../parsers.js";
import type { Comment, ParsedMigration, ParseProblem } from "../../types.js";
import { joinTemplates, type SqlPart, type SqlTemplate } from "../sql/embedded.js";
import { spanOf, syntaxProblems as treeSyntaxProblems, unwrapParentheses } from "../tree-sitter.js";
import { extend } from "../../extend.js";

export type { Node };

/** 1-based lines of a node; a node whose last byte is a newline does not count the line after it. */
export { spanOf };

/** `(x)` → `x`, any depth. */
export const unwrap = unwrapParentheses;

const DOUBLE_QUOTED_ESCAPE = /\\(?:([nrtvef\\$"])|([0-7]{1,3})|x([0-9a-fA-F]{1,2})|u\{([0-9a-fA-F]+)\})/g;
const SIMPLE: Record<string, string> = {
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  e: "\x1b",
  f: "\f",
  "\\": "\\",
  $: "$",
  '"': '"',
};

function decodeDoubleQuoted(text: string): string {
  return text.replace(
    DOUBLE_QUOTED_ESCAPE,
    (_whole, simple?: string, octal?: string, hex?: string, code?: string) => {
      if (simple !== undefined) return SIMPLE[simple]!;
      if (octal !== undefined) return String.fromCodePoint(parseInt(octal, 8) & 0xff);
      if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
      return String.fromCodePoint(parseInt(code!, 16));
    },
  );
}

const TEXT_PARTS = new Set(["string_content", "escape_sequence", "heredoc_start", "heredoc_end", "comment"]);

/** True when every part of a double-quoted string or heredoc is text; any other part is interpolation. */
function literalParts(node: Node): boolean {
  for (const part of node.namedChildren) {
    if (!part || TEXT_PARTS.has(part.type)) continue;
    if (part.type !== "heredoc_body" || !literalParts(part)) return false;
  }
  return true;
}

export interface StringLiteral {
  value: string;
  /** 1-based line where the string's contents start. */
  line: number;
}

/** The body lines of a heredoc/nowdoc: everything between the `<<<TAG` line and the closing tag's line. */
function docBody(node: Node): string {
  const text = node.text;
  const first = text.indexOf("\n");
  const last = text.lastIndexOf("\n");
  return first < 0 || last <= first ? "" : text.slice(first + 1, last);
}

/**
 * The value of a PHP string literal: '...', "..." without interpolation, heredoc without interpolation,
 * nowdoc, and `.` concatenations of those.
 */
export function stringLiteral(node: Node | null | undefined): StringLiteral | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  const line = n.startPosition.row + 1;
  switch (n.type) {
    case "string": {
      const raw = n.text;
      // A b'..' prefix is a PHP 6 leftover that PHP still accepts.
      const body = raw.replace(/^[bB]?'/, "").replace(/'$/, "");
      return { value: body.replace(/\\([\\'])/g, "$1"), line };
    }
    case "encapsed_string": {
      if (!literalParts(n)) return undefined;
      const body = n.text.replace(/^[bB]?"/, "").replace(/"$/, "");
      return { value: decodeDoubleQuoted(body), line };
    }
    case "heredoc": {
      if (!literalParts(n)) return undefined;
      return { value: decodeDoubleQuoted(docBody(n)), line: line + 1 };
    }
    case "nowdoc":
      return { value: docBody(n), line: line + 1 };
    case "binary_expression": {
      if (n.childForFieldName("operator")?.text !== ".") return undefined;
      const left = stringLiteral(n.childForFieldName("left"));
      const right = left && stringLiteral(n.childForFieldName("right"));
      return left && right ? { value: left.value + right.value, line: left.line } : undefined;
    }
    default:
      return undefined;
  }
}

export type StringTemplate = SqlTemplate;

/** Text and interpolation of a double-quoted string or heredoc body, in order; braces of `{$x}` are dropped. */
function interpolatedParts(node: Node, resolve: (n: Node) => string | undefined, parts: SqlPart[]): void {
  for (const part of node.children) {
    if (!part || part.type === "comment") continue;
    if (part.type === "string_content" || part.type === "escape_sequence")
      parts.push({ text: decodeDoubleQuoted(part.text) });
    else if (part.type === "heredoc_body") interpolatedParts(part, resolve, parts);
    else if (part.isNamed && part.type !== "heredoc_start" && part.type !== "heredoc_end") {
      const value = resolve(part);
      parts.push(value !== undefined ? { text: value } : { hole: part.text });
    }
  }
}

/**
 * SQL built with interpolation (`"DELETE FROM {$table}"`, a heredoc) or `.` concatenation, as literal text and
 * holes; `resolve` turns a variable bound to a string into its text. Undefined when no part is a string.
 */
export function stringTemplate(
  node: Node | null | undefined,
  resolve: (n: Node) => string | undefined,
): StringTemplate | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  const literal = stringLiteral(n);
  if (literal) return { parts: [{ text: literal.value }], line: literal.line };
  const line = n.startPosition.row + 1;
  if (n.type === "encapsed_string" || n.type === "heredoc") {
    const parts: SqlPart[] = [];
    interpolatedParts(n, resolve, parts);
    return { parts, line: n.type === "heredoc" ? line + 1 : line };
  }
  if (n.type === "binary_expression" && n.childForFieldName("operator")?.text === ".")
    return joinTemplates(n, (x) => stringTemplate(x, resolve), resolve);
  return undefined;
}

export function stringValue(node: Node | null | undefined): string | undefined {
  return stringLiteral(node)?.value;
}

export function numberValue(node: Node | null | undefined): number | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "integer" && n.type !== "float") return undefined;
  const value = Number(n.text.replace(/_/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

export function booleanValue(node: Node | null | undefined): boolean | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "boolean") return undefined;
  return n.text.toLowerCase() === "true";
}

export function isNull(node: Node | null | undefined): boolean {
  return node !== null && node !== undefined && unwrap(node).type === "null";
}

/** True for a constant PHP computes without running code: numbers, strings, booleans, null. */
export function isPlainLiteral(node: Node | null | undefined): boolean {
  if (!node) return false;
  const n = unwrap(node);
  switch (n.type) {
    case "integer":
    case "float":
    case "boolean":
    case "null":
      return true;
    case "unary_op_expression":
      return isPlainLiteral(n.namedChildren[0]);
    default:
      return stringLiteral(n) !== undefined;
  }
}

export interface ArrayElement {
  key?: Node;
  value: Node;
}

/** `['a', 'b' => 1]` → its elements; undefined when the node is not an array literal or spreads one. */
export function arrayElements(node: Node | null | undefined): ArrayElement[] | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "array_creation_expression") return undefined;
  const out: ArrayElement[] = [];
  for (const element of n.namedChildren) {
    if (!element || element.type === "comment") continue;
    if (element.type !== "array_element_initializer") return undefined;
    const parts = element.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");
    if (parts.length === 1 && parts[0]!.type !== "variadic_unpacking") out.push({ value: parts[0]! });
    else if (parts.length === 2) out.push({ key: parts[0]!, value: parts[1]! });
    else return undefined;
  }
  return out;
}

/** `'a'` → ["a"], `['a', 'b']` → ["a", "b"]; undefined when any part is not a literal string. */
export function stringList(node: Node | null | undefined): string[] | undefined {
  const single = stringValue(node);
  if (single !== undefined) return [single];
  const elements = arrayElements(node);
  if (!elements) return undefined;
  const out: string[] = [];
  for (const e of elements) {
    const value = e.key ? undefined : stringValue(e.value);
    if (value === undefined) return undefined;
    out.push(value);
  }
  return out;
}

export interface CallArgs {
  positional: Node[];
  named: Map<string, Node>;
  /** `...$args` present: the arguments are not all visible. */
  spread: boolean;
}

export function callArgs(call: Node): CallArgs {
  const out: CallArgs = { positional: [], named: new Map(), spread: false };
  const list = call.childForFieldName("arguments");
  if (!list) return out;
  for (const arg of list.namedChildren) {
    if (!arg || arg.type !== "argument") {
      if (arg?.type === "variadic_placeholder") out.spread = true;
      continue;
    }
    // One child list per argument: `x: 1` is [name, value], `...$a` is [variadic_unpacking], else [value].
    const parts = arg.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");
    const named = parts.length === 2 && parts[0]!.type === "name";
    const value = named ? parts[1] : parts[0];
    if (!value) continue;
    if (value.type === "variadic_unpacking") out.spread = true;
    else if (named) out.named.set(parts[0]!.text, value);
    else out.positional.push(value);
  }
  return out;
}

/** The argument at `index`, or the named argument `name` (PHP 8 named arguments). */
export function arg(args: CallArgs, index: number, name: string): Node | undefined {
  return args.positional[index] ?? args.named.get(name);
}

/** The name a `Foo::bar()` call is made on (`Foo`, `\Illuminate\Support\Facades\DB` → `DB`). */
export function scopeName(call: Node): string | undefined {
  const scope = call.childForFieldName("scope");
  if (!scope) return undefined;
  if (scope.type === "name") return scope.text;
  if (scope.type === "qualified_name") return scope.text.split("\\").pop();
  if (scope.type === "relative_scope") return scope.text;
  return undefined;
}

/** The method name of a `->m()`, `?->m()` or `::m()` call. */
export function methodName(call: Node): string | undefined {
  const name = call.childForFieldName("name");
  return name?.type === "name" ? name.text : undefined;
}

/** `$name` → "name". */
export function variableName(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  return n.type === "variable_name" ? n.text.slice(1) : undefined;
}

export const MEMBER_CALLS = new Set(["member_call_expression", "nullsafe_member_call_expression"]);

/** One link of a method chain: `->where('a', 1)`. */
export interface ChainLink {
  name: string;
  call: Node;
  args: CallArgs;
}

/**
 * `root->a()->b()->c()` → the root node and the links in call order. A link that is not a plain named
 * method call ends the chain there (the root is that node).
 */
export function methodChain(call: Node): { root: Node; links: ChainLink[] } {
  const links: ChainLink[] = [];
  let current = call;
  while (MEMBER_CALLS.has(current.type)) {
    const name = methodName(current);
    const object = current.childForFieldName("object");
    if (!name || !object) break;
    links.push({ name, call: current, args: callArgs(current) });
    current = unwrap(object);
  }
  links.reverse();
  return { root: current, links };
}

export function syntaxProblems(root: Node): ParseProblem[] {
  return treeSyntaxProblems(root, "PHP");
}

const COMMENT_START = /\/\/|\/\*|#/g;

/**
 * Comments found from their opening characters: one lookup per candidate is much cheaper than walking the
 * whole tree, and an opener inside a string is recognised by the node it falls in.
 */
export function commentsOf(root: Node, source: string): Comment[] {
  const out: Comment[] = [];
  COMMENT_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMENT_START.exec(source)) !== null) {
    const node = root.descendantForIndex(m.index);
    if (node?.type === "comment") {
      const text = node.text
        .replace(/^(?:\/\/|#)/, "")
        .replace(/^\/\*+/, "")
        .replace(/\*\/$/, "");
      out.push(extend(spanOf(node), { text }));
      COMMENT_START.lastIndex = Math.max(m.index + 1, node.endIndex);
    } else if (node && /string|heredoc|nowdoc/.test(node.type)) {
      COMMENT_START.lastIndex = Math.max(m.index + 1, node.endIndex);
    }
  }
  return out;
}

/**
 * Parses a PHP file, gives `out` its comments and syntax problems (a problem still lets the rest be read), runs
 * `read` on the root, and frees the tree however `read` ends.
 */
export function readPhpTree(
  parsers: Parsers,
  source: string,
  out: ParsedMigration,
  read: (root: Node) => void,
): ParsedMigration {
  const tree = parsers.treeSitter("php", source);
  try {
    const root = tree.rootNode;
    out.comments = commentsOf(root, source);
    out.problems = syntaxProblems(root);
    read(root);
    return out;
  } finally {
    tree.delete();
  }
}
