// Data changes in a Laravel migration: query-builder chains (`DB::table('t')->where(...)->delete()`) and Eloquent
// models (`User::where(...)->update([...])`, `Session::truncate()`), read by the write that ends the chain;
// keyed by method name. A chain that only reads (`->get()`, `->insert()`) changes nothing.
import { tableize } from "../../shared/inflect.js";
import { handlerFor } from "../../shared/toolkit.js";
import {
  arg,
  arrayElements,
  callArgs,
  isNull,
  MEMBER_CALLS,
  methodChain,
  methodName,
  scopeName,
  stringList,
  stringValue,
  unwrap,
  type CallArgs,
  type ChainLink,
  type Node,
} from "../nodes.js";
import type { Builder, Env, Reader } from "./reader-context.js";
import { extend } from "../../../extend.js";

/** Facades and framework classes whose static calls are not Eloquent models. */
const NOT_MODELS = new Set([
  "Schema",
  "DB",
  "Artisan",
  "Log",
  "Cache",
  "Config",
  "Storage",
  "Str",
  "Arr",
  "Carbon",
  "Hash",
  "Event",
  "Queue",
  "Bus",
  "Mail",
  "Notification",
  "App",
  "File",
  "Http",
  "Blueprint",
  "Expression",
  "self",
  "static",
  "parent",
]);

/** Query-builder methods that filter rows. */
const FILTERS = /^(?:or)?where|^(?:find|findMany|whereKey|limit|take|having|join|latest|oldest)$/i;

export function isModel(scope: string): boolean {
  return /^[A-Z]/.test(scope) && !NOT_MODELS.has(scope);
}

/** `Model::<name>()` calls that write on their own, by method name. */
export const MODEL_CALLS: Readonly<Record<string, (r: Reader, model: string, call: Node) => void>> = {
  truncate: (r, model, call) => r.push(call, { kind: "truncate", tables: [tableize(model)] }),
  destroy: (r, model, call) =>
    r.push(call, { kind: "delete-rows", table: tableize(model), filtered: true, via: "::destroy()" }),
};

/** The end of a chain that changes rows: its table, the calls before it, and itself. */
interface Write {
  table: string;
  filters: ChainLink[];
  last: ChainLink;
}

const deleteRows =
  (terminal: string) =>
  (r: Reader, { table, filters }: Write, call: Node): void =>
    r.push(call, { kind: "delete-rows", table, filtered: filters.length > 0, via: `->${terminal}()` });

/** `update([...])`, `increment('col')`...: the columns it assigns, and whether only NULLs of them are touched. */
const updateRows =
  (terminal: string) =>
  (r: Reader, { table, filters, last }: Write, call: Node): void => {
    const columns = assignedColumns(terminal, last.args);
    const nullColumns = new Set<string>();
    let anyOr = false;
    for (const f of filters) {
      if (/^or/i.test(f.name)) anyOr = true;
      if (f.name === "whereNull")
        for (const c of stringList(arg(f.args, 0, "columns")) ?? []) nullColumns.add(c);
      if (f.name === "where") {
        const column = stringValue(f.args.positional[0]);
        const [, second, third] = f.args.positional;
        const isNullCheck =
          (f.args.positional.length === 2 && isNull(second)) ||
          (f.args.positional.length === 3 && stringValue(second) === "=" && isNull(third));
        if (column !== undefined && isNullCheck) nullColumns.add(column);
      }
    }
    r.push(call, {
      kind: "update-rows",
      table,
      columns,
      filtered: filters.length > 0,
      onlyNulls: !anyOr && columns.length > 0 && columns.every((c) => nullColumns.has(c)),
      via: `->${terminal}()`,
    });
  };

/** Query-builder methods that write, by method name: the end of a chain that changes rows. */
const BUILDER_WRITES: Readonly<Record<string, (r: Reader, write: Write, call: Node) => void>> = {
  delete: deleteRows("delete"),
  forceDelete: deleteRows("forceDelete"),
  truncate: (r, { table }, call) => r.push(call, { kind: "truncate", tables: [table] }),
  update: updateRows("update"),
  increment: updateRows("increment"),
  decrement: updateRows("decrement"),
  incrementEach: updateRows("incrementEach"),
  decrementEach: updateRows("decrementEach"),
};

/**
 * A query-builder chain that ends in `delete()`, `truncate()`, `update([...])` or `increment()`. Other chains
 * (`->get()`, `->insert()`) change nothing, and their arguments are walked as usual.
 */
export function readBuilderWrite(
  r: Reader,
  table: string | undefined,
  links: ChainLink[],
  call: Node,
): boolean {
  const last = links[links.length - 1];
  const write = last && handlerFor(BUILDER_WRITES, last.name);
  if (!last || !write) return false;
  if (table === undefined) {
    r.unknown(call, `->${last.name}() on a table the reader cannot resolve`);
    return true;
  }
  write(r, { table, filters: links.slice(0, -1).filter((l) => FILTERS.test(l.name)), last }, call);
  return true;
}

/**
 * The table and the calls so far of a query-builder chain: `DB::table('t')->...`, `DB::connection()->table('t')`,
 * `Model::where(...)->...`, or a variable holding one.
 */
export function queryOf(r: Reader, root: Node, links: ChainLink[], env: Env): Builder | undefined {
  if (root.type === "variable_name") {
    const bound = env.get(root.text.slice(1));
    return bound?.kind === "builder" ? extend(bound, { links: [...bound.links, ...links] }) : undefined;
  }
  if (root.type !== "scoped_call_expression") return undefined;
  const scope = scopeName(root);
  const rootName = methodName(root);
  if (!scope || !rootName) return undefined;
  if (scope === "DB" && rootName === "table")
    return { kind: "builder", table: r.string(arg(callArgs(root), 0, "table"), env), links };
  if (scope === "DB" && rootName === "connection" && links[0]?.name === "table")
    return { kind: "builder", table: r.string(arg(links[0].args, 0, "table"), env), links: links.slice(1) };
  if (isModel(scope)) {
    const rootLink: ChainLink = { name: rootName, call: root, args: callArgs(root) };
    return { kind: "builder", table: tableize(scope), links: [rootLink, ...links] };
  }
  return undefined;
}

/** A query builder an assignment keeps, unless the chain already ran (ends in delete(), update()...). */
export function builderOf(r: Reader, value: Node, env: Env): Builder | undefined {
  const n = unwrap(value);
  const chain = MEMBER_CALLS.has(n.type) ? methodChain(n) : { root: n, links: [] };
  const last = chain.links[chain.links.length - 1];
  if (last && handlerFor(BUILDER_WRITES, last.name)) return undefined;
  return queryOf(r, chain.root, chain.links, env);
}

/** The columns an `update([...])`, `increment('col')` or `incrementEach([...])` assigns; empty when not literal. */
function assignedColumns(terminal: string, args: CallArgs): string[] {
  if (terminal === "increment" || terminal === "decrement") {
    const column = stringValue(arg(args, 0, "column"));
    return column === undefined ? [] : [column];
  }
  const elements = arrayElements(arg(args, 0, terminal === "update" ? "values" : "columns"));
  const keys = elements?.map((e) => (e.key ? stringValue(e.key) : undefined));
  return keys?.every((k) => k !== undefined) ? (keys as string[]) : [];
}
