// Small readers over tree-sitter-elixir nodes: literal values, call shapes and keyword arguments, spans,
// comments and syntax problems. Each answers `undefined` when the code is not a plain literal, so callers can
// say "unknown" instead of guessing.
import type { Node } from "web-tree-sitter";
import type { Comment, ParseProblem } from "../../types.js";
import { joinTemplates, type SqlPart, type SqlTemplate } from "../sql/embedded.js";
import { spanOf, syntaxProblems as treeSyntaxProblems } from "../tree-sitter.js";
import { extend } from "../../extend.js";

export type { Node };

/** 1-based lines of a node; a node whose last byte is a newline does not count the line after it. */
export { spanOf };

/** `(x)` and `(x; y)` blocks of one expression → `x`. */
export function unwrap(node: Node): Node {
  let current = node;
  while (current.type === "block") {
    const inner = current.namedChildren.filter((c) => c?.type !== "comment");
    if (inner.length !== 1 || !inner[0]) break;
    current = inner[0];
  }
  return current;
}

const ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  s: " ",
  e: "\x1b",
  f: "\f",
  v: "\v",
  a: "\x07",
  b: "\b",
  "0": "\0",
};

function decodeEscape(text: string): string {
  const body = text.slice(1);
  if (body.startsWith("\n") || body.startsWith("\r")) return "";
  const simple = ESCAPES[body];
  if (simple !== undefined) return simple;
  const hex = /^x\{?([0-9a-fA-F]+)\}?$|^u\{?([0-9a-fA-F]+)\}?$/.exec(body);
  if (hex) return String.fromCodePoint(parseInt(hex[1] ?? hex[2]!, 16));
  return body;
}

export interface StringLiteral {
  value: string;
  /** 1-based line where the string starts (a heredoc's text starts with the newline after `"""`). */
  line: number;
}

/** `"..."`, `"""..."""`, `~s(...)`, `~S(...)` without interpolation. */
export function stringLiteral(node: Node | null | undefined): StringLiteral | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "string" && n.type !== "sigil") return undefined;
  let raw = false;
  if (n.type === "sigil") {
    const name = n.namedChildren.find((c) => c?.type === "sigil_name")?.text;
    if (name !== "s" && name !== "S") return undefined;
    raw = name === "S";
  }
  let value = "";
  for (const part of n.namedChildren) {
    if (!part) continue;
    switch (part.type) {
      case "quoted_content":
        value += part.text;
        break;
      case "escape_sequence":
        value += raw ? part.text : decodeEscape(part.text);
        break;
      case "sigil_name":
      case "sigil_modifiers":
        break;
      default:
        // interpolation: the text is built at run time.
        return undefined;
    }
  }
  return { value, line: n.startPosition.row + 1 };
}

export type StringTemplate = SqlTemplate;

/**
 * SQL built with interpolation (`"DELETE FROM #{table}"`, `~s(...)`) or `<>` concatenation, as literal text and
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
  if (
    n.type === "string" ||
    (n.type === "sigil" && n.namedChildren.find((c) => c?.type === "sigil_name")?.text === "s")
  ) {
    const parts: SqlPart[] = [];
    for (const part of n.namedChildren) {
      if (!part || part.type === "sigil_name" || part.type === "sigil_modifiers") continue;
      if (part.type === "quoted_content") parts.push({ text: part.text });
      else if (part.type === "escape_sequence") parts.push({ text: decodeEscape(part.text) });
      else {
        // interpolation: `#{expr}`, one expression inside.
        const inner = part.namedChildren.length === 1 ? part.namedChildren[0] : undefined;
        const value = inner ? resolve(inner) : undefined;
        parts.push(value !== undefined ? { text: value } : { hole: (inner ?? part).text });
      }
    }
    return { parts, line: n.startPosition.row + 1 };
  }
  if (n.type === "binary_operator" && operatorOf(n) === "<>")
    return joinTemplates(n, (x) => stringTemplate(x, resolve), resolve);
  return undefined;
}

/** `:users`, `:"users"`, `"users"` → "users". */
export function nameValue(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === "atom") return n.text.slice(1);
  if (n.type === "quoted_atom") {
    const parts = n.namedChildren;
    if (parts.length !== 1 || parts[0]?.type !== "quoted_content") return undefined;
    return parts[0].text;
  }
  return stringLiteral(n)?.value;
}

export function booleanValue(node: Node | null | undefined): boolean | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "boolean") return undefined;
  return n.text === "true";
}

export function numberValue(node: Node | null | undefined): number | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "integer" && n.type !== "float") return undefined;
  const value = Number(n.text.replace(/_/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

export function isNil(node: Node | null | undefined): boolean {
  return node !== null && node !== undefined && unwrap(node).type === "nil";
}

/** The operator of a `binary_operator` node (`|>`, `in`, `=`, `or`...). */
export function operatorOf(node: Node): string | undefined {
  return node.childForFieldName("operator")?.text;
}

/** `[a: 1, b: 2]` or trailing `a: 1, b: 2` → its pairs by key. */
export function keywordPairs(
  node: Node | null | undefined,
  into = new Map<string, Node>(),
): Map<string, Node> {
  if (!node) return into;
  const n = unwrap(node);
  const keywords =
    n.type === "keywords"
      ? n
      : n.type === "list" && n.namedChildren.length === 1 && n.namedChildren[0]?.type === "keywords"
        ? n.namedChildren[0]
        : undefined;
  if (!keywords) return into;
  for (const pair of keywords.namedChildren) {
    if (pair?.type !== "pair") continue;
    const key = pair.childForFieldName("key");
    const value = pair.childForFieldName("value");
    if (key && value) into.set(key.text.replace(/:\s*$/, "").replace(/^"|"$/g, ""), value);
  }
  return into;
}

export function isKeywords(node: Node | null | undefined): boolean {
  if (!node) return false;
  const n = unwrap(node);
  return (
    n.type === "keywords" ||
    (n.type === "list" && n.namedChildren.length === 1 && n.namedChildren[0]?.type === "keywords")
  );
}

export interface CallShape {
  /** `create` for `create(...)`, `update_all` for `repo().update_all(...)`. */
  name: string;
  /** For `x.name(...)`: the node `x`. */
  receiver?: Node;
  /** Positional arguments, keyword arguments split off. */
  positional: Node[];
  keywords: Map<string, Node>;
  /** The `do ... end` block, if any. */
  doBlock?: Node;
}

/** The parts of a call node; undefined when the target is not a plain or dotted name. */
export function callShape(call: Node): CallShape | undefined {
  if (call.type !== "call") return undefined;
  // One child list for the whole call: the target is its first named child. Every node fetched from the tree
  // is a call into WASM and an allocation, so keyword pairs are only read when asked for.
  const children = call.namedChildren;
  const target = children[0];
  if (!target || target.type === "arguments" || target.type === "do_block") return undefined;
  let name: string | undefined;
  let receiver: Node | undefined;
  if (target.type === "identifier") name = target.text;
  else if (target.type === "dot") {
    const right = target.childForFieldName("right");
    if (right?.type === "identifier") name = right.text;
    receiver = target.childForFieldName("left") ?? undefined;
  }
  if (name === undefined) return undefined;
  const positional: Node[] = [];
  const keywordNodes: Node[] = [];
  let doBlock: Node | undefined;
  for (let i = 1; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    if (child.type === "arguments") {
      for (const a of child.namedChildren) {
        if (!a || a.type === "comment") continue;
        if (a.type === "keywords") keywordNodes.push(a);
        else positional.push(a);
      }
    } else if (child.type === "do_block") doBlock = child;
  }
  let keywords: Map<string, Node> | undefined;
  return {
    name,
    ...(receiver ? { receiver } : {}),
    positional,
    get keywords(): Map<string, Node> {
      if (!keywords) {
        keywords = new Map();
        for (const k of keywordNodes) keywordPairs(k, keywords);
      }
      return keywords;
    },
    ...(doBlock ? { doBlock } : {}),
  };
}

/** The expressions of a `do ... end` block (not its `else`/`rescue` parts). */
export function blockStatements(doBlock: Node | undefined): Node[] {
  if (!doBlock) return [];
  return doBlock.namedChildren.filter(
    (c): c is Node => c !== null && c.type !== "comment" && !c.type.endsWith("_block"),
  );
}

export function syntaxProblems(root: Node): ParseProblem[] {
  return treeSyntaxProblems(root, "Elixir");
}

/**
 * Comments found from the `#` characters of the source: one lookup per `#` is much cheaper than walking the
 * whole tree, and a `#` inside a string is recognised by the node it falls in.
 */
export function commentsOf(root: Node, source: string): Comment[] {
  const out: Comment[] = [];
  let at = source.indexOf("#");
  while (at >= 0) {
    const node = root.descendantForIndex(at);
    let next = at + 1;
    if (node?.type === "comment") {
      out.push(extend(spanOf(node), { text: node.text.replace(/^#/, "") }));
      next = Math.max(next, node.endIndex);
    } else if (node?.type === "quoted_content") {
      next = Math.max(next, node.endIndex);
    }
    at = source.indexOf("#", next);
  }
  return out;
}
