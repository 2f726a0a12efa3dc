// A Liquibase changelog, whatever it was written in (XML, YAML, JSON), as one tree of elements with lines:
// `<dropColumn tableName="t"><column name="c"/></dropColumn>` and `- dropColumn: {tableName: t, columns:
// [{column: {name: c}}]}` become the same Element. The reader (changes.ts) sees only this tree.
// XML is read with saxes (a strict, well-kept SAX parser that reports positions and well-formedness errors);
// YAML and JSON with the `yaml` package (JSON is YAML), whose line counter gives every node's line.
import { SaxesParser } from "saxes";
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from "yaml";
import type { Comment, ParseProblem } from "../../types.js";

export interface Element {
  /** The change or child name without a namespace prefix: `dropColumn`, `column`, `where`, `rollback`. */
  name: string;
  attrs: Map<string, string>;
  children: Element[];
  /** Text content (`<sql>...</sql>`, `<where>`, a YAML `sql:` value); "" when none. */
  text: string;
  /** Where the text starts, for SQL handed to the SQL reader. */
  textLine: number;
  line: number;
  endLine: number;
}

export interface Changelog {
  /** The `databaseChangeLog` root's children: changeSets, includes, preconditions. */
  root: Element | undefined;
  comments: Comment[];
  problems: ParseProblem[];
}

function element(name: string, line: number): Element {
  return { name, attrs: new Map(), children: [], text: "", textLine: line, line, endLine: line };
}

const localName = (name: string): string => name.slice(name.indexOf(":") + 1);
const linesIn = (text: string): number => text.split("\n").length - 1;

/**
 * XML forbids `--` inside a comment (Liquibase's own parser rejects the file), so an allow comment there writes
 * its reason after a single dash: `<!-- migration-guard:allow drop-table - archived first -->`. Read as the
 * usual `-- reason`.
 */
function xmlAllowComment(text: string): string {
  return text.replace(
    /(migration-guard:allow\s+[A-Za-z0-9_,\s-]*?[A-Za-z0-9_])\s+[-\u2013\u2014]\s+/,
    "$1 -- ",
  );
}

export function readXmlChangelog(source: string): Changelog {
  const comments: Comment[] = [];
  const problems: ParseProblem[] = [];
  const parser = new SaxesParser({ position: true });
  const stack: Element[] = [element("#document", 1)];
  parser.on("opentagstart", (tag) => stack.push(element(localName(tag.name), parser.line)));
  parser.on("opentag", (tag) => {
    const current = stack[stack.length - 1]!;
    for (const [key, value] of Object.entries(tag.attributes))
      current.attrs.set(localName(key), String(value));
  });
  parser.on("closetag", () => {
    const done = stack.pop()!;
    done.endLine = parser.line;
    stack[stack.length - 1]!.children.push(done);
  });
  const addText = (text: string): void => {
    const current = stack[stack.length - 1]!;
    // The event comes once the text is read, so the parser stands on its last line.
    if (current.text.trim() === "") current.textLine = parser.line - linesIn(text);
    current.text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("comment", (text) => {
    const endLine = parser.line;
    comments.push({ line: endLine - linesIn(text), endLine, text: xmlAllowComment(text.trim()) });
  });
  try {
    parser.write(source).close();
  } catch (error) {
    // Fails closed: a changelog that is not well-formed XML is needs-review, and nothing of it is trusted.
    problems.push({
      line: parser.line,
      endLine: parser.line,
      message: `XML syntax error: ${(error as Error).message.replace(/^[^:]*:\d+:\d+: /, "")}, so the changelog cannot be read reliably`,
    });
    return { root: undefined, comments, problems };
  }
  const root = stack[0]!.children.find((e) => e.name === "databaseChangeLog");
  return { root, comments, problems };
}

/** YAML keys whose list is the parent's children (XML writes them as the parent's own child elements). */
const LIST_ONLY = new Set(["changes", "columns"]);

export function readYamlChangelog(source: string, json: boolean): Changelog {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  const lineOf = (offset: number | undefined): number => lineCounter.linePos(offset ?? 0).line;
  const problems: ParseProblem[] = doc.errors.map((e) => ({
    line: lineOf(e.pos[0]),
    endLine: lineOf(e.pos[1]),
    message: `${json ? "JSON" : "YAML"} syntax error: ${e.message.split("\n")[0]}, so the changelog cannot be read reliably`,
  }));
  const comments = json ? [] : yamlComments(source);
  if (problems.length > 0) return { root: undefined, comments, problems };

  /** One `name: value` entry as an element: a map's scalars are attributes, its maps and lists children. */
  const toElement = (name: string, keyOffset: number | undefined, value: unknown): Element => {
    const e = element(name, lineOf(keyOffset));
    const node = value as YamlNode | null;
    e.endLine = Math.max(e.line, lineOf(node?.range?.[1]));
    if (isScalar(node)) {
      setText(e, node);
      return e;
    }
    if (isSeq(node)) {
      for (const item of node.items) e.children.push(...itemElements(item));
      return e;
    }
    if (!isMap(node)) return e;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const v = pair.value as YamlNode | null;
      // `sql: ...` inside a sql change and `where: ...` are text, not attributes.
      if (isScalar(v) && (key !== name || name !== "sql") && key !== "where" && key !== "comment") {
        e.attrs.set(key, v.value === null ? "" : String(v.value));
      } else if (isScalar(v) && key === name) {
        setText(e, v);
      } else {
        const child = toElement(key, pair.key.range?.[0], v);
        // `changes:` and `columns:` only group; `rollback:` stays an element, so its changes stay inside it.
        if (isSeq(v) && LIST_ONLY.has(key)) e.children.push(...child.children);
        else e.children.push(child);
      }
    }
    return e;
  };
  const setText = (e: Element, scalar: YamlNode): void => {
    const value = isScalar(scalar) && scalar.value !== null ? String(scalar.value) : "";
    const start = scalar.range?.[0] ?? 0;
    // A block scalar (`|`, `>`) starts its text on the line after the indicator.
    e.textLine = lineOf(start) + (/^[|>]/.test(source.slice(start, start + 1)) ? 1 : 0);
    e.text = value;
  };
  /** `- dropTable: {...}` → the element dropTable; anything else in a list is not a change. */
  const itemElements = (item: unknown): Element[] => {
    if (!isMap(item)) return [];
    return item.items.flatMap((pair) =>
      isPair(pair) && isScalar(pair.key)
        ? [toElement(String(pair.key.value), pair.key.range?.[0], pair.value)]
        : [],
    );
  };

  const top = doc.contents;
  if (!isMap(top)) return { root: undefined, comments, problems };
  const pair = top.items.find((p) => isScalar(p.key) && p.key.value === "databaseChangeLog");
  if (!pair || !isScalar(pair.key)) return { root: undefined, comments, problems };
  return { root: toElement("databaseChangeLog", pair.key.range?.[0], pair.value), comments, problems };
}

/** `# ...` comments of a YAML file, outside quoted strings. */
function yamlComments(source: string): Comment[] {
  const comments: Comment[] = [];
  source.split("\n").forEach((text, i) => {
    let quote: string | undefined;
    for (let j = 0; j < text.length; j++) {
      const c = text[j]!;
      if (quote) {
        if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === "#" && (j === 0 || /\s/.test(text[j - 1]!))) {
        comments.push({ line: i + 1, endLine: i + 1, text: text.slice(j + 1).trim() });
        return;
      }
    }
  });
  return comments;
}
