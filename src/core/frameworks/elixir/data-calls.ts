// Data changes in an Ecto migration: `repo().delete_all(query)`, `repo().update_all(query, set: [...])` (also
// at the end of a pipeline), and `repo().query!(sql)`, keyed by the Repo function's name; the queryable read for
// its table, its filters and the columns it requires to be NULL.
import { tableize } from "../shared/inflect.js";
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

const QUERY_FILTERS = /^(?:or_)?where$|^(?:limit|join|inner_join|left_join|having|or_having)$/;

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

const updateAll: RepoHandler = (r, call, node, env) => {
  const { shape, args } = call;
  const query = queryOfCall(r, call, env);
  if (query?.table === undefined)
    return r.unknown(node, `${shape.name} on a query the reader cannot resolve`);
  const updates = new Map<string, Node>();
  keywordPairs(args[1], updates);
  for (const [k, v] of shape.keywords) updates.set(k, v);
  // Updates held in a variable cannot be read: the assigned columns are unknown.
  const readable = args[1] === undefined || isKeywords(args[1]);
  const columns: string[] = readable ? [...query.updates] : [];
  for (const key of ["set", "inc", "push", "pull"]) {
    const list = updates.get(key);
    if (list && readable) columns.push(...keywordPairs(list).keys());
  }
  r.push(node, {
    kind: "update-rows",
    table: query.table,
    columns,
    filtered: query.filtered,
    onlyNulls: !query.anyOr && columns.length > 0 && columns.every((c) => query.nullColumns.has(c)),
    via: "update_all",
  });
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
  const fresh = (table: string | undefined): QueryInfo => ({
    ...(table !== undefined ? { table } : {}),
    filtered: false,
    nullColumns: new Set(),
    anyOr: false,
    updates: [],
  });
  if (n.type === "identifier") {
    const bound = env.get(n.text);
    if (bound?.kind === "query")
      query = {
        ...bound.query,
        nullColumns: new Set(bound.query.nullColumns),
        updates: [...bound.query.updates],
      };
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
    if (!shape || shape.receiver) continue;
    if (QUERY_FILTERS.test(shape.name)) {
      query.filtered = true;
      if (shape.name.startsWith("or_")) query.anyOr = true;
      for (const a of shape.positional) nullChecks(a, query);
      for (const v of shape.keywords.values()) nullChecks(v, query);
    } else if (shape.name === "update") {
      for (const key of ["set", "inc"]) {
        const list = shape.keywords.get(key);
        if (list) query.updates.push(...keywordPairs(list).keys());
      }
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
      const updates = keywordPairs(value);
      for (const k of ["set", "inc"]) {
        const list = updates.get(k);
        if (list) query.updates.push(...keywordPairs(list).keys());
      }
    }
  }
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
