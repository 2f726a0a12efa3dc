// Data changes in an Ecto migration: `repo().delete_all(query)`, `repo().update_all(query, set: [...])` (also
// at the end of a pipeline), and `repo().query!(sql)`, keyed by the Repo function's name; the queryable read for
// its table, its filters and the columns it requires to be NULL.
import { tableize } from "../shared/inflect.js";
import { onlyNulls } from "../shared/toolkit.js";
import {
  callShape,
  isKeywords,
  isNil,
  keywordPairs,
  operatorOf,
  unwrap,
  type CallShape,
  type Node,
} from "./nodes.js";
import { readSql } from "./raw-sql.js";
import type { Env, QueryInfo, Reader } from "./reader-context.js";
import { extend } from "../../extend.js";

const QUERY_FILTERS = /^(?:or_)?where$|^(?:limit|join|inner_join|left_join|having|or_having)$/;
/** Ecto's update operators: each takes a keyword list of `column: value`. */
const UPDATE_OPERATORS = ["set", "inc", "push", "pull"];

function isEmptyList(node: Node): boolean {
  const n = unwrap(node);
  return n.type === "list" && n.namedChildren.length === 0;
}

/**
 * An update keyword list (`[set: [a: 1], inc: [n: 1]]`, or a call's keyword arguments) read into the columns it
 * assigns; what is not a literal keyword list (`inc: ^counters`, `set: [{field, 1}]`, a computed key) goes to
 * `unread` by its source text, so the update is never taken for one that assigns only the columns that were read.
 */
function readUpdates(updates: Map<string, Node>, columns: string[], unread: string[]): void {
  for (const key of UPDATE_OPERATORS) {
    const list = updates.get(key);
    if (!list || isEmptyList(list)) continue;
    if (!isKeywords(list)) {
      unread.push(`${key}: ${list.text}`);
      continue;
    }
    const keys = [...keywordPairs(list).keys()];
    if (keys.some((k) => k.includes("#{"))) unread.push(`${key}: ${list.text}`);
    else columns.push(...keys);
  }
}

/** An update argument (`[set: [...]]`, `[]`) read into `updates`; false when it is not a literal list. */
function updateList(node: Node | undefined, updates: Map<string, Node>): boolean {
  if (node === undefined || isEmptyList(node)) return true;
  if (!isKeywords(node)) return false;
  keywordPairs(node, updates);
  return true;
}

/** `a |> b() |> c()` → [a, b(), c()]. */
export function pipelineStages(node: Node): Node[] {
  const stages: Node[] = [];
  let current = node;
  while (current.type === "binary_operator" && operatorOf(current) === "|>") {
    const right = current.childForFieldName("right");
    if (right) stages.push(right);
    const left = current.childForFieldName("left");
    if (!left) break;
    current = left;
  }
  stages.push(current);
  return stages.reverse();
}

/** `Repo`, `MyApp.Repo` or `repo()`. */
export function isRepo(receiver: Node | undefined): boolean {
  if (!receiver) return false;
  const r = unwrap(receiver);
  if (r.type === "alias") return /(?:^|\.)Repo$/.test(r.text);
  if (r.type === "call") return callShape(r)?.name === "repo" && !callShape(r)?.receiver;
  return false;
}

/**
 * A Repo call: its shape, its arguments (a piped call's first is the pipeline before it, left undefined), and
 * the stages piped into it.
 */
export interface RepoCall {
  shape: CallShape;
  args: (Node | undefined)[];
  piped: Node[] | undefined;
}

type RepoHandler = (r: Reader, call: RepoCall, node: Node, env: Env) => boolean;

/** The queryable a Repo call works on: piped in, or its first argument. */
function queryOfCall(r: Reader, { args, piped }: RepoCall, env: Env): QueryInfo | undefined {
  if (piped) return queryOf(r, piped, env);
  return args[0] ? queryOf(r, pipelineStages(unwrap(args[0])), env) : undefined;
}

const deleteAll: RepoHandler = (r, call, node, env) => {
  const query = queryOfCall(r, call, env);
  if (query?.table === undefined)
    return r.unknown(node, `${call.shape.name} on a query the reader cannot resolve`);
  r.push(node, { kind: "delete-rows", table: query.table, filtered: query.filtered, via: "delete_all" });
  return true;
};

/**
 * `update_all(query, updates)`: the columns are those of the query's own `update:` and of the updates (`[]` when
 * the query has them). Updates the reader cannot read (a variable, `^changes`, `inc: counters`) make the
 * assigned columns unknown: with none read the operation says so (empty columns); with some read, an unknown
 * operation names what was not, so the call is held for review rather than judged by the columns read.
 */
const updateAll: RepoHandler = (r, call, node, env) => {
  const { shape, args } = call;
  const query = queryOfCall(r, call, env);
  if (query?.table === undefined)
    return r.unknown(node, `${shape.name} on a query the reader cannot resolve`);
  const updates = new Map<string, Node>();
  const unread = [...query.unreadUpdates];
  if (!updateList(args[1], updates)) unread.push(args[1]!.text);
  for (const [k, v] of shape.keywords) updates.set(k, v);
  const columns = [...query.updates];
  readUpdates(updates, columns, unread);
  const known = unread.length === 0 ? columns : [];
  r.push(node, {
    kind: "update-rows",
    table: query.table,
    columns: known,
    filtered: query.filtered,
    onlyNulls: !query.anyOr && onlyNulls(known, query.nullColumns),
    via: "update_all",
  });
  if (unread.length > 0 && columns.length > 0) {
    r.unknown(
      node,
      `${shape.name} assigns ${unread.map((t) => `\`${t}\``).join(", ")} besides ${columns.join(", ")}: not a literal keyword list, so the columns it overwrites are not all known`,
    );
  }
  return true;
};

const query: RepoHandler = (r, { shape, args }, node, env) => {
  readSql(r, args[0], node, `repo().${shape.name}`, env);
  return true;
};

/** Functions of `repo()` / `Repo` the reader acts on, by name; any other only reads. */
export const REPO_CALLS: Readonly<Record<string, RepoHandler>> = {
  delete_all: deleteAll,
  update_all: updateAll,
  query,
  "query!": query,
};

/** What a queryable selects: its table, its filters, and which columns it requires to be NULL. */
export function queryOf(r: Reader, stages: Node[], env: Env): QueryInfo | undefined {
  const [first, ...rest] = stages;
  if (!first) return undefined;
  const n = unwrap(first);
  let query: QueryInfo | undefined;
  const fresh = (table: string | undefined): QueryInfo =>
    extend(table !== undefined ? { table } : {}, {
      filtered: false,
      nullColumns: new Set<string>(),
      anyOr: false,
      updates: [],
      unreadUpdates: [],
    });
  if (n.type === "identifier") {
    const bound = env.get(n.text);
    if (bound?.kind === "query")
      query = extend(bound.query, {
        nullColumns: new Set(bound.query.nullColumns),
        updates: [...bound.query.updates],
        unreadUpdates: [...bound.query.unreadUpdates],
      });
    else if (bound?.kind === "string") query = fresh(bound.value);
  } else if (n.type === "alias") {
    query = fresh(tableize(n.text.split(".").pop()!));
  } else if (n.type === "call") {
    const shape = callShape(n);
    if (shape?.name === "from" && !shape.receiver) {
      const source = shape.positional[0];
      const from =
        source?.type === "binary_operator" && operatorOf(source) === "in"
          ? source.childForFieldName("right")
          : source;
      query = from ? queryOf(r, pipelineStages(unwrap(from)), env) : undefined;
      if (query) applyQueryKeywords(query, shape.keywords);
    }
  } else {
    const table = r.name(n, env);
    if (table !== undefined) query = fresh(table);
  }
  if (!query) return undefined;
  for (const stage of rest) {
    const shape = stage.type === "call" ? callShape(stage) : undefined;
    if (!shape || (shape.receiver && !isEctoQuery(shape.receiver))) continue;
    if (QUERY_FILTERS.test(shape.name)) {
      query.filtered = true;
      if (shape.name.startsWith("or_")) query.anyOr = true;
      for (const a of shape.positional) nullChecks(a, query);
      for (const v of shape.keywords.values()) nullChecks(v, query);
    } else if (shape.name === "update") {
      // `update([p], set: [...])`, `update([p], [set: [...]])`, `update([p], ^changes)`.
      const updates = new Map(shape.keywords);
      const list = shape.positional[1] ?? (shape.keywords.size === 0 ? shape.positional[0] : undefined);
      if (!updateList(list, updates)) query.unreadUpdates.push(list!.text);
      readUpdates(updates, query.updates, query.unreadUpdates);
    }
  }
  return query;
}

function applyQueryKeywords(query: QueryInfo, keywords: Map<string, Node>): void {
  for (const [key, value] of keywords) {
    if (QUERY_FILTERS.test(key)) {
      query.filtered = true;
      if (key.startsWith("or_")) query.anyOr = true;
      if (isKeywords(value)) {
        // where: [plan: nil]
        for (const [column, v] of keywordPairs(value)) if (isNil(v)) query.nullColumns.add(column);
      } else nullChecks(value, query);
    } else if (key === "update") {
      const updates = new Map<string, Node>();
      if (!updateList(value, updates)) query.unreadUpdates.push(value.text);
      readUpdates(updates, query.updates, query.unreadUpdates);
    }
  }
}

/** `Ecto.Query.where(...)` is the imported `where(...)`. */
function isEctoQuery(receiver: Node): boolean {
  const r = unwrap(receiver);
  return r.type === "alias" && r.text === "Ecto.Query";
}

/** `is_nil(u.col)` conjuncts of a where expression; `or` and `not` make it more than a NULL filter. */
function nullChecks(node: Node, query: QueryInfo): void {
  const n = unwrap(node);
  if (n.type === "binary_operator") {
    const op = operatorOf(n);
    if (op === "or" || op === "||") {
      query.anyOr = true;
      return;
    }
    if (op === "and" || op === "&&") {
      for (const side of [n.childForFieldName("left"), n.childForFieldName("right")])
        if (side) nullChecks(side, query);
    }
    return;
  }
  if (n.type !== "call") return;
  const shape = callShape(n);
  if (shape?.name === "is_nil" && !shape.receiver && shape.positional[0]) {
    const column = fieldName(shape.positional[0]);
    if (column) query.nullColumns.add(column);
  }
}

/** `u.email` → "email". */
function fieldName(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type !== "call") return undefined;
  const target = n.childForFieldName("target");
  if (target?.type !== "dot") return undefined;
  const right = target.childForFieldName("right");
  return right?.type === "identifier" ? right.text : undefined;
}
