// Small readers over tree-sitter-python nodes: literal values, call names and arguments, spans.
// Each answers `undefined` when the code is not a plain literal, so callers can say "unknown" instead of guessing.
import type { Node } from "web-tree-sitter";
import { joinTemplates, type SqlPart, type SqlTemplate } from "../sql/embedded.js";
import { spanOf, unwrapParentheses } from "../tree-sitter.js";

export type { Node };

/** 1-based lines of a node; a node whose last byte is a newline does not count the line after it. */
export { spanOf };

/** `(x)` → `x`, any depth. */
export const unwrap = unwrapParentheses;

const ESCAPE =
  /\\(\r?\n|[\\'"abfnrtv]|[0-7]{1,3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\})/g;
const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

function decodeEscapes(text: string): string {
  return text.replace(ESCAPE, (whole, esc: string) => {
    if (esc.startsWith("\n") || esc.startsWith("\r")) return "";
    const simple = SIMPLE_ESCAPES[esc];
    if (simple !== undefined) return simple;
    if (/^[0-7]/.test(esc)) return String.fromCodePoint(parseInt(esc, 8));
    if (/^[xuU]/.test(esc)) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    // \N{NAME} needs Python's Unicode name table; keep it as written rather than invent a character.
    return whole;
  });
}

export interface StringLiteral {
  value: string;
  /** 1-based line where the string's contents start (the line of the opening quote). */
  line: number;
}

const STRING_LITERAL = /^([a-zA-Z]*)("""|'''|"|')([\s\S]*)\2$/;

// Read from the node's text rather than its children: every child visit is a call into WASM.
function singleString(node: Node): string | undefined {
  const m = STRING_LITERAL.exec(node.text);
  if (!m) return undefined;
  const prefix = m[1]!.toLowerCase();
  let value = m[3]!;
  if (prefix.includes("f")) {
    // A placeholder means the text is built at run time; `{{` and `}}` are literal braces.
    const braces = value.replace(/\{\{|\}\}/g, "");
    if (braces.includes("{")) return undefined;
    value = value.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
  }
  return prefix.includes("r") ? value : decodeEscapes(value);
}

/** The value of a string literal, including implicit concatenation (`"a" "b"`) and triple quotes. */
export function stringLiteral(node: Node | null | undefined): StringLiteral | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === "string") {
    const value = singleString(n);
    return value === undefined ? undefined : { value, line: n.startPosition.row + 1 };
  }
  if (n.type === "concatenated_string") {
    let value = "";
    for (const part of n.namedChildren) {
      if (!part || part.type === "comment") continue;
      if (part.type !== "string") return undefined;
      const text = singleString(part);
      if (text === undefined) return undefined;
      value += text;
    }
    return { value, line: n.startPosition.row + 1 };
  }
  return undefined;
}

export type StringTemplate = SqlTemplate;

/** Literal text and `{expression}` holes of one string literal, f-string or not; undefined when not a string. */
function templateParts(node: Node): SqlPart[] | undefined {
  const m = STRING_LITERAL.exec(node.text);
  if (!m) return undefined;
  const prefix = m[1]!.toLowerCase();
  const decode = (text: string): string => (prefix.includes("r") ? text : decodeEscapes(text));
  if (!prefix.includes("f")) return [{ text: decode(m[3]!) }];
  return braceParts(m[3]!, decode);
}

/** `{{`/`}}` are braces, `{...}` (to its matching brace) is a hole: f-strings and `str.format`. */
function braceParts(value: string, decode: (text: string) => string): SqlPart[] {
  const parts: SqlPart[] = [];
  let text = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if ((c === "{" || c === "}") && value[i + 1] === c) {
      text += c;
      i++;
    } else if (c === "{") {
      let depth = 1;
      let j = i + 1;
      for (; j < value.length && depth > 0; j++) {
        if (value[j] === "{") depth++;
        else if (value[j] === "}") depth--;
      }
      if (text) parts.push({ text: decode(text) });
      text = "";
      parts.push({ hole: value.slice(i + 1, j - 1) || "?" });
      i = j - 1;
    } else text += c;
  }
  if (text) parts.push({ text: decode(text) });
  return parts;
}

const PERCENT = /%%|%(?:\(([^)]*)\))?[-#0 +]*(?:\d+|\*)?(?:\.\d+)?[a-zA-Z]/g;

/**
 * SQL built with an f-string, `+` concatenation, `"..." % args` or `"...".format(...)`, as literal text and
 * holes; undefined when no part of it is a string literal. The caller reads it by its static parts.
 */
export function stringTemplate(node: Node | null | undefined): StringTemplate | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  const line = n.startPosition.row + 1;
  if (n.type === "string") {
    const parts = templateParts(n);
    return parts ? { parts, line } : undefined;
  }
  if (n.type === "concatenated_string") {
    const parts: SqlPart[] = [];
    for (const part of n.namedChildren) {
      if (!part || part.type === "comment") continue;
      const more = part.type === "string" ? templateParts(part) : undefined;
      if (!more) return undefined;
      parts.push(...more);
    }
    return { parts, line };
  }
  if (n.type === "binary_operator") {
    const op = n.childForFieldName("operator")?.text;
    const left = n.childForFieldName("left");
    const right = n.childForFieldName("right");
    if (!left || !right) return undefined;
    if (op === "+") return joinTemplates(n, stringTemplate);
    const format = op === "%" ? stringLiteral(left) : undefined;
    if (!format) return undefined;
    const parts: SqlPart[] = [];
    let last = 0;
    for (const m of format.value.matchAll(PERCENT)) {
      if (m.index > last) parts.push({ text: format.value.slice(last, m.index) });
      parts.push(m[0] === "%%" ? { text: "%" } : { hole: m[1] ?? right.text });
      last = m.index + m[0].length;
    }
    if (last < format.value.length) parts.push({ text: format.value.slice(last) });
    return { parts, line: format.line };
  }
  if (n.type === "call") {
    const fn = n.childForFieldName("function");
    const format =
      fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "format"
        ? stringLiteral(fn.childForFieldName("object"))
        : undefined;
    return format ? { parts: braceParts(format.value, (t) => t), line: format.line } : undefined;
  }
  return undefined;
}

export function stringValue(node: Node | null | undefined): string | undefined {
  return stringLiteral(node)?.value;
}

export function isNone(node: Node | null | undefined): boolean {
  return node !== null && node !== undefined && unwrap(node).type === "none";
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
  if (n.type === "integer" || n.type === "float") {
    const value = Number(n.text.replace(/_/g, ""));
    return Number.isFinite(value) ? value : undefined;
  }
  return undefined;
}

/** True for a constant the interpreter computes without running user code: numbers, strings, booleans, None. */
export function isPlainLiteral(node: Node | null | undefined): boolean {
  if (!node) return false;
  const n = unwrap(node);
  switch (n.type) {
    case "integer":
    case "float":
    case "true":
    case "false":
    case "none":
      return true;
    case "unary_operator":
      return isPlainLiteral(n.childForFieldName("argument"));
    case "string":
    case "concatenated_string":
      return stringLiteral(n) !== undefined;
    default:
      return false;
  }
}

/** `a.b.c` for identifiers and attribute chains; undefined when a link is a call, subscript... */
export function dottedName(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === "identifier") return n.text;
  if (n.type === "attribute") {
    const object = dottedName(n.childForFieldName("object"));
    const attribute = n.childForFieldName("attribute");
    return object === undefined || !attribute ? undefined : `${object}.${attribute.text}`;
  }
  return undefined;
}

/** The name a call invokes, as written: `op.add_column`, `migrations.AddField`, `AddField`. */
export function callName(call: Node): string | undefined {
  return dottedName(call.childForFieldName("function"));
}

/** The last segment of what a call invokes (`models.CharField(...)` → `CharField`), also for `a().b()`. */
export function methodName(call: Node): string | undefined {
  const fn = call.childForFieldName("function");
  if (!fn) return undefined;
  if (fn.type === "identifier") return fn.text;
  if (fn.type === "attribute") return fn.childForFieldName("attribute")?.text;
  return undefined;
}

/** For `x.m(...)`, the node `x`; undefined for a plain function call. */
export function receiver(call: Node): Node | undefined {
  const fn = call.childForFieldName("function");
  return fn?.type === "attribute" ? (fn.childForFieldName("object") ?? undefined) : undefined;
}

export interface CallArgs {
  positional: Node[];
  keywords: Map<string, Node>;
  /** `*args` or `**kwargs` present: the arguments are not all visible. */
  splat: boolean;
}

export function callArgs(call: Node): CallArgs {
  const out: CallArgs = { positional: [], keywords: new Map(), splat: false };
  const list = call.childForFieldName("arguments");
  if (!list) return out;
  if (list.type === "generator_expression") {
    out.positional.push(list);
    return out;
  }
  for (const child of list.namedChildren) {
    if (!child || child.type === "comment") continue;
    const type = child.type;
    if (type === "keyword_argument") {
      // name and value are its only named children (one list fetch instead of two field lookups).
      const [name, value] = child.namedChildren;
      if (name && value) out.keywords.set(name.text, value);
    } else if (type === "list_splat" || type === "dictionary_splat") {
      out.splat = true;
    } else {
      out.positional.push(child);
    }
  }
  return out;
}

/** An argument given by keyword or at a position. */
export function arg(args: CallArgs, index: number, keyword: string): Node | undefined {
  return args.keywords.get(keyword) ?? args.positional[index];
}

/** The elements of a list, tuple or set literal; undefined for anything else. */
export function elements(node: Node | null | undefined): Node[] | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "list" && n.type !== "tuple" && n.type !== "set") return undefined;
  return n.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");
}

/** `["a", "b"]` or `("a",)` → strings; a lone string is a list of one. Undefined when any element is not a string. */
export function stringList(node: Node | null | undefined): string[] | undefined {
  if (!node) return undefined;
  const single = stringValue(node);
  if (single !== undefined) return [single];
  const items = elements(node);
  if (!items) return undefined;
  const out: string[] = [];
  for (const item of items) {
    const value = stringValue(item);
    if (value === undefined) return undefined;
    out.push(value);
  }
  return out;
}

/** Entries of a dict literal whose keys are strings. */
export function dictEntries(node: Node | null | undefined): Map<string, Node> | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== "dictionary") return undefined;
  const out = new Map<string, Node>();
  for (const pair of n.namedChildren) {
    if (pair?.type !== "pair") continue;
    const key = stringValue(pair.childForFieldName("key"));
    const value = pair.childForFieldName("value");
    if (key !== undefined && value) out.set(key, value);
  }
  return out;
}

/** The statements of a block, without comments. */
export function statementsOf(block: Node | null | undefined): Node[] {
  if (!block) return [];
  return block.namedChildren.filter((c): c is Node => c !== null && c.type !== "comment");
}

/** The single expression of an `expression_statement`, or undefined. */
export function expressionOf(statement: Node): Node | undefined {
  if (statement.type !== "expression_statement") return undefined;
  return statement.namedChildren.find((c): c is Node => c !== null && c.type !== "comment");
}
