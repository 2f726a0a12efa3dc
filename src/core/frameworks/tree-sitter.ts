// What every tree-sitter reader (Python, PHP, JavaScript/TypeScript, Elixir) needs of a tree: exact spans,
// and syntax errors turned into needs-review problems.
import type { Node } from "web-tree-sitter";
import type { Operation, ParseProblem, Span } from "../types.js";
import type { OperationBody } from "./shared/toolkit.js";
import { extend } from "../extend.js";

/** 1-based lines; a node that ends at column 0 of a line ends on the line before. */
export function spanOf(node: Node): Span {
  const line = node.startPosition.row + 1;
  const end = node.endPosition;
  const endLine = end.column === 0 && end.row > node.startPosition.row ? end.row : end.row + 1;
  return { line, endLine: Math.max(line, endLine) };
}

/** `(x)` → `x`, any depth, for grammars whose parentheses are `parenthesized_expression` (Python, PHP). */
export function unwrapParentheses(node: Node): Node {
  let current = node;
  while (current.type === "parenthesized_expression") {
    const inner = current.namedChildren.find((c) => c?.type !== "comment");
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** ERROR and MISSING nodes, each as a problem naming the language. */
export function syntaxProblems(root: Node, language: string): ParseProblem[] {
  const problems: ParseProblem[] = [];
  if (!root.hasError) return problems;
  // Only subtrees that contain an error are entered, so a clean file costs one check.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.isMissing) {
      problems.push(
        extend(spanOf(node), {
          message: `${language} syntax error: \`${node.type}\` is missing here, so the file cannot be read reliably`,
        }),
      );
      continue;
    }
    if (node.isError) {
      const snippet = node.text.split("\n")[0]!.trim().slice(0, 60);
      problems.push(
        extend(spanOf(node), {
          message: `${language} syntax error near \`${snippet}\`, so the file cannot be read reliably`,
        }),
      );
      continue;
    }
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child && (child.hasError || child.isMissing)) stack.push(child);
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** An operation a handler decided, at the lines of the node it read. */
export function operationAt(node: Node, body: OperationBody): Operation {
  return extend(body, spanOf(node)) as Operation;
}

/** A class body's `method_declaration`s by name (PHP and C# spell them alike). */
export function methodsByName(body: Node): Map<string, Node> {
  const methods = new Map<string, Node>();
  for (const member of body.namedChildren) {
    if (member?.type !== "method_declaration") continue;
    const name = member.childForFieldName("name")?.text;
    if (name !== undefined) methods.set(name, member);
  }
  return methods;
}
