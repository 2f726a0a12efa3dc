// Small readers over tree-sitter-c-sharp nodes: literal values (regular, verbatim, raw and interpolated
// strings), call arguments by name or position, comments, and the parse itself.
import type { Node } from "web-tree-sitter";
import type { Parsers } from "../../parsers.js";
import type { Comment, ParsedMigration } from "../../types.js";
import type { SqlPart } from "../sql/embedded.js";
import { spanOf, syntaxProblems, unwrapParentheses } from "../tree-sitter.js";
import { extend } from "../../extend.js";

export type { Node };
export { spanOf };

/** A string's value and the line its text starts on (for SQL inside it). */
export interface StringLiteral {
  value: string;
  line: number;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "'": "'",
  '"': '"',
  "\\": "\\",
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** `\n`, `\"`, `\u0041`, `\x41`, `\U0001F600` as the character it stands for. */
function unescape(sequence: string): string {
  const simple = SIMPLE_ESCAPES[sequence.slice(1)];
  if (simple !== undefined) return simple;
  const hex = /^\\[uxU]([0-9a-fA-F]+)$/.exec(sequence);
  return hex ? String.fromCodePoint(Number.parseInt(hex[1]!, 16)) : sequence;
}

/** A literal string's text: `"..."` with its escapes, `@"..."` (`""` is a quote), `"""..."""` as written. */
export function stringLiteral(node: Node | undefined): StringLiteral | undefined {
  if (!node) return undefined;
  const n = unwrapParentheses(node);
  const line = n.startPosition.row + 1;
  switch (n.type) {
    case "string_literal": {
      let value = "";
      for (const part of n.namedChildren) {
        if (part?.type === "string_literal_content") value += part.text;
        else if (part?.type === "escape_sequence") value += unescape(part.text);
      }
      return { value, line };
    }
    case "verbatim_string_literal":
      return { value: n.text.slice(2, -1).replace(/""/g, '"'), line };
    case "raw_string_literal": {
      // Raw strings strip the closing line's indentation; SQL does not care, and lines keep their numbers.
      const content = n.namedChildren.find((c) => c?.type === "raw_string_content");
      return { value: content?.text ?? "", line };
    }
    case "binary_expression": {
      // "a" + "b": literal pieces joined, as the compiler does.
      if (n.childForFieldName("operator")?.text !== "+") return undefined;
      const left = stringLiteral(n.childForFieldName("left") ?? undefined);
      const right = stringLiteral(n.childForFieldName("right") ?? undefined);
      return left && right ? { value: left.value + right.value, line: left.line } : undefined;
    }
    default:
      return undefined;
  }
}

/** `$"DELETE FROM {table}"` as literal text and run-time holes; undefined for anything else. */
export function interpolatedParts(node: Node | undefined): { parts: SqlPart[]; line: number } | undefined {
  const n = node ? unwrapParentheses(node) : undefined;
  if (n?.type !== "interpolated_string_expression") return undefined;
  const verbatim = /^(?:\$@|@\$)/.test(n.text);
  const parts: SqlPart[] = [];
  for (const part of n.namedChildren) {
    if (!part) continue;
    if (part.type === "string_content")
      parts.push({ text: verbatim ? part.text.replace(/""/g, '"') : part.text });
    else if (part.type === "escape_sequence") parts.push({ text: unescape(part.text) });
    else if (part.type === "interpolation") parts.push({ hole: part.text });
  }
  return { parts, line: n.startPosition.row + 1 };
}

export const stringValue = (node: Node | undefined): string | undefined => stringLiteral(node)?.value;

export function booleanValue(node: Node | undefined): boolean | undefined {
  const n = node ? unwrapParentheses(node) : undefined;
  if (n?.type !== "boolean_literal") return undefined;
  return n.text === "true";
}

/** `new[] { "a", "b" }`, `new string[] { ... }`: the strings, or undefined when one is not a literal. */
export function stringArray(node: Node | undefined): string[] | undefined {
  const n = node ? unwrapParentheses(node) : undefined;
  if (n?.type !== "implicit_array_creation_expression" && n?.type !== "array_creation_expression")
    return undefined;
  const init = n.namedChildren.find((c) => c?.type === "initializer_expression");
  if (!init) return undefined;
  const values = init.namedChildren
    .filter((c) => c?.type !== "comment")
    .map((c) => stringValue(c ?? undefined));
  return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
}

/** A call's arguments: positional ones in order, named ones (`table: "Users"`) by name. */
export interface Arguments {
  positional: Node[];
  named: Map<string, Node>;
}

export function argumentsOf(list: Node | null | undefined): Arguments {
  const out: Arguments = { positional: [], named: new Map() };
  for (const a of list?.namedChildren ?? []) {
    if (a?.type !== "argument") continue;
    const name = a.childForFieldName("name")?.text;
    const value = a.namedChildren.filter((c) => c?.type !== "comment").at(-1);
    if (!value) continue;
    if (name !== undefined && a.namedChildren.length > 1) out.named.set(name, value);
    else out.positional.push(value);
  }
  return out;
}

/**
 * An argument by its parameter's name, else by its position. C# lets a positional argument follow named
 * ones only in its own position, so counting the positional ones is enough for what migrations write.
 */
export function arg(args: Arguments, index: number, name: string): Node | undefined {
  return args.named.get(name) ?? args.positional[index];
}

/** A call `receiver.Method<T>(...)`: the receiver node, the method's name without type arguments. */
export function memberCall(node: Node): { receiver: Node; name: string; args: Arguments } | undefined {
  if (node.type !== "invocation_expression") return undefined;
  const fn = node.childForFieldName("function");
  if (fn?.type !== "member_access_expression") return undefined;
  const receiver = fn.childForFieldName("expression");
  const nameNode = fn.childForFieldName("name");
  if (!receiver || !nameNode) return undefined;
  const name = nameNode.type === "generic_name" ? nameNode.namedChildren[0]?.text : nameNode.text;
  if (name === undefined) return undefined;
  return { receiver, name, args: argumentsOf(node.childForFieldName("arguments")) };
}

/** Line, doc and block comments, without their markers. */
export function commentsOf(root: Node): Comment[] {
  return root.descendantsOfType("comment").flatMap((node) =>
    node
      ? [
          extend(spanOf(node), {
            text: node.text
              .replace(/^\/\/\/?/, "")
              .replace(/^\/\*+/, "")
              .replace(/\*\/$/, ""),
          }),
        ]
      : [],
  );
}

/**
 * Parses a C# file, gives `out` its comments and syntax problems (a problem still lets the rest be read), runs
 * `read` on the root, and frees the tree however `read` ends.
 */
export function readCSharpTree(
  parsers: Parsers,
  source: string,
  out: ParsedMigration,
  read: (root: Node) => void,
): ParsedMigration {
  const tree = parsers.treeSitter("csharp", source);
  try {
    const root = tree.rootNode;
    out.comments = commentsOf(root);
    out.problems = syntaxProblems(root, "C#");
    read(root);
    return out;
  } finally {
    tree.delete();
  }
}
