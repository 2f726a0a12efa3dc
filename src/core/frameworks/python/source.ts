// One Python file as the adapters see it: its tree, comments, syntax problems, and the module-level names
// (functions, constants, imports) that forward code may refer to.
import type { Parsers, Tree } from "../../parsers.js";
import type { Comment, ParseProblem } from "../../types.js";
import { spanOf, type Node } from "./nodes.js";
import { syntaxProblems as treeSyntaxProblems } from "../tree-sitter.js";
import { extend } from "../../extend.js";

export interface PythonModule {
  root: Node;
  comments: Comment[];
  problems: ParseProblem[];
  /** Top-level `def`s by name (decorators unwrapped). */
  functions: Map<string, Node>;
  /** Top-level classes by name. */
  classes: Map<string, Node>;
  /** Top-level `NAME = value`: the value node of the last assignment. */
  constants: Map<string, Node>;
  /** Imported names: local name → dotted origin (`from accounts.models import User` → `accounts.models.User`). */
  imports: Map<string, string>;
}

function syntaxProblems(root: Node): ParseProblem[] {
  return treeSyntaxProblems(root, "Python");
}

/**
 * Comments found from the `#` characters of the source: one lookup per `#` is much cheaper than walking the
 * whole tree, and a `#` inside a string is recognised by the node it falls in.
 */
function commentsOf(root: Node, source: string): Comment[] {
  const out: Comment[] = [];
  let at = source.indexOf("#");
  while (at >= 0) {
    const node = root.descendantForIndex(at);
    let next = at + 1;
    if (node?.type === "comment") {
      out.push(extend(spanOf(node), { text: node.text.replace(/^#/, "") }));
      next = Math.max(next, node.endIndex);
    } else if (node?.type === "string_content") {
      next = Math.max(next, node.endIndex);
    }
    at = source.indexOf("#", next);
  }
  return out;
}

function importsOf(statement: Node, into: Map<string, string>): void {
  if (statement.type === "import_from_statement") {
    const from = statement.childForFieldName("module_name")?.text ?? "";
    for (const name of statement.childrenForFieldName("name")) {
      if (!name) continue;
      if (name.type === "aliased_import") {
        const original = name.childForFieldName("name")?.text;
        const alias = name.childForFieldName("alias")?.text;
        if (original && alias) into.set(alias, `${from}.${original}`);
      } else {
        into.set(name.text.split(".").pop()!, `${from}.${name.text}`);
      }
    }
  } else if (statement.type === "import_statement") {
    for (const name of statement.childrenForFieldName("name")) {
      if (!name) continue;
      if (name.type === "aliased_import") {
        const original = name.childForFieldName("name")?.text;
        const alias = name.childForFieldName("alias")?.text;
        if (original && alias) into.set(alias, original);
      } else {
        into.set(name.text.split(".")[0]!, name.text.split(".")[0]!);
      }
    }
  }
}

function indexModule(root: Node, module: PythonModule): void {
  for (const child of root.namedChildren) {
    if (!child) continue;
    let statement = child;
    if (statement.type === "decorated_definition") {
      statement = statement.childForFieldName("definition") ?? statement;
    }
    switch (statement.type) {
      case "function_definition": {
        const name = statement.childForFieldName("name")?.text;
        if (name) module.functions.set(name, statement);
        break;
      }
      case "class_definition": {
        const name = statement.childForFieldName("name")?.text;
        if (name) module.classes.set(name, statement);
        break;
      }
      case "expression_statement": {
        const assignment = statement.namedChildren[0];
        if (assignment?.type !== "assignment") break;
        const left = assignment.childForFieldName("left");
        const right = assignment.childForFieldName("right");
        if (left?.type === "identifier" && right) module.constants.set(left.text, right);
        break;
      }
      case "import_statement":
      case "import_from_statement":
        importsOf(statement, module.imports);
        break;
      default:
        break;
    }
  }
}

/**
 * Parses `source` and hands the module to `read`. The tree lives in WASM memory and is freed when `read` returns,
 * so nothing read from it may keep a node.
 */
export function withPythonModule<T>(source: string, parsers: Parsers, read: (module: PythonModule) => T): T {
  const tree: Tree = parsers.treeSitter("python", source);
  try {
    const root = tree.rootNode;
    const module: PythonModule = {
      root,
      comments: commentsOf(root, source),
      problems: syntaxProblems(root),
      functions: new Map(),
      classes: new Map(),
      constants: new Map(),
      imports: new Map(),
    };
    indexModule(root, module);
    return read(module);
  } finally {
    tree.delete();
  }
}

/** A module-level string constant, followed through at most a few `A = B` aliases. */
export function resolveConstant(module: PythonModule, node: Node): Node {
  let current = node;
  for (let depth = 0; depth < 5 && current.type === "identifier"; depth++) {
    const value = module.constants.get(current.text);
    if (!value) break;
    current = value;
  }
  return current;
}
