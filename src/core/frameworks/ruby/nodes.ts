// Small readers over prism nodes: literal values, call arguments, block parameters.
import {
  ArrayNode,
  AssocNode,
  BlockNode,
  BlockParametersNode,
  CallNode,
  ConstantPathNode,
  ConstantReadNode,
  FalseNode,
  FloatNode,
  HashNode,
  IntegerNode,
  InterpolatedStringNode,
  KeywordHashNode,
  NilNode,
  ParenthesesNode,
  RequiredParameterNode,
  SplatNode,
  StatementsNode,
  StringNode,
  SymbolNode,
  TrueNode,
} from "@ruby/prism/src/nodes.js";
import type { Node } from "@ruby/prism/src/nodes.js";

export type { Node };

/** A call's arguments split the way Rails reads them: positional values, then the trailing options hash. */
export interface CallArgs {
  positional: Node[];
  options: Map<string, Node>;
  /** True when a splat or `**opts` hides arguments from a static read. */
  dynamic: boolean;
}

export function hashEntries(node: Node | null | undefined): Map<string, Node> | undefined {
  if (!(node instanceof KeywordHashNode || node instanceof HashNode)) return undefined;
  const out = new Map<string, Node>();
  for (const element of node.elements) {
    if (!(element instanceof AssocNode)) continue;
    const key = symbolOrString(element.key);
    if (key !== undefined) out.set(key, element.value);
  }
  return out;
}

export function callArgs(call: CallNode): CallArgs {
  const nodes = call.arguments_?.arguments_ ?? [];
  const positional: Node[] = [];
  let options = new Map<string, Node>();
  let dynamic = false;
  nodes.forEach((node, i) => {
    const isLast = i === nodes.length - 1;
    if (isLast && (node instanceof KeywordHashNode || (node instanceof HashNode && positional.length > 0))) {
      options = hashEntries(node) ?? options;
      if (node.elements.some((e) => !(e instanceof AssocNode))) dynamic = true;
      return;
    }
    if (node instanceof SplatNode) dynamic = true;
    positional.push(node);
  });
  return { positional, options, dynamic };
}

export function symbolOrString(node: Node | null | undefined): string | undefined {
  if (node instanceof SymbolNode || node instanceof StringNode) return node.unescaped.value;
  return undefined;
}

export function booleanValue(node: Node | null | undefined): boolean | undefined {
  if (node instanceof TrueNode) return true;
  if (node instanceof FalseNode) return false;
  return undefined;
}

export function numberValue(node: Node | null | undefined): number | undefined {
  if (node instanceof IntegerNode || node instanceof FloatNode) return Number(node.value);
  return undefined;
}

export function isNil(node: Node | null | undefined): boolean {
  return node instanceof NilNode;
}

/** `Foo`, `Foo::Bar`, `::Foo` → "Foo", "Foo::Bar"; anything else undefined. */
export function constantName(node: Node | null | undefined): string | undefined {
  if (node instanceof ConstantReadNode) return node.name;
  if (node instanceof ConstantPathNode) {
    if (node.name === null) return undefined;
    if (node.parent === null) return node.name;
    const parent = constantName(node.parent);
    return parent === undefined ? undefined : `${parent}::${node.name}`;
  }
  return undefined;
}

/** Literal string content with the byte offset its text starts at (for SQL line numbers). */
export interface StringLiteral {
  value: string;
  contentOffset: number;
}

const WHITESPACE_ONLY_CALLS = new Set([
  "squish",
  "strip",
  "strip_heredoc",
  "freeze",
  "dup",
  "chomp",
  "-@",
  "+@",
]);

export function stringLiteral(node: Node | null | undefined): StringLiteral | undefined {
  if (node instanceof StringNode)
    return { value: node.unescaped.value, contentOffset: node.contentLoc.startOffset };
  if (node instanceof InterpolatedStringNode) {
    // Adjacent literals and squiggly heredocs arrive as parts; any interpolation makes the text dynamic.
    let value = "";
    let contentOffset: number | undefined;
    for (const part of node.parts) {
      const literal = stringLiteral(part);
      if (!literal) return undefined;
      contentOffset ??= literal.contentOffset;
      value += literal.value;
    }
    return contentOffset === undefined ? undefined : { value, contentOffset };
  }
  if (node instanceof ParenthesesNode && node.body instanceof StatementsNode && node.body.body.length === 1) {
    return stringLiteral(node.body.body[0]);
  }
  // `<<~SQL.squish` only changes whitespace: the statements and their kinds are the same.
  if (node instanceof CallNode && WHITESPACE_ONLY_CALLS.has(node.name) && !node.arguments_) {
    return stringLiteral(node.receiver);
  }
  return undefined;
}

export function arrayElements(node: Node | null | undefined): Node[] | undefined {
  return node instanceof ArrayNode ? node.elements : undefined;
}

/** Names of a block's plain positional parameters (`|t|`, `|table, column|`). */
export function blockParameterNames(block: BlockNode): string[] {
  const params = block.parameters;
  if (!(params instanceof BlockParametersNode) || !params.parameters) return [];
  return params.parameters.requireds.map((p) => (p instanceof RequiredParameterNode ? p.name : ""));
}

/** The statements of a body: a `StatementsNode`'s list, or the single node prism gives for a one-liner. */
export function statementsOf(node: Node | null): Node[] {
  if (node instanceof StatementsNode) return node.body;
  return node ? [node] : [];
}
