// The Schema facade: `Schema::create/table` hand their closure a Blueprint (see blueprint-calls.ts); the other
// methods drop, rename or wipe tables themselves. Keyed by method name, as the facade is called directly or
// through `Schema::connection('x')->...`.
import { arg } from "../nodes.js";
import { readClosure } from "./blueprint-calls.js";
import type { Blueprint, FacadeHandler } from "./reader-context.js";

/** `Schema::create('t', fn)` / `Schema::table('t', fn)`: the closure reads the table's Blueprint. */
const createOrTable =
  (name: "create" | "table"): FacadeHandler =>
  (r, args, call, env) => {
    const table = r.string(arg(args, 0, "table"), env);
    const closure = arg(args, 1, "callback");
    if (table === undefined) {
      r.unknown(call, `Schema::${name} on a table name the reader cannot resolve`);
      return;
    }
    const columns: string[] = [];
    if (name === "create") r.push(call, { kind: "create-table", table, columns });
    const blueprint: Blueprint = {
      kind: "blueprint",
      table,
      ...(name === "create" ? { creating: columns } : {}),
    };
    if (closure) readClosure(r, closure, blueprint, env);
  };

const drop =
  (name: "drop" | "dropIfExists"): FacadeHandler =>
  (r, args, call, env) => {
    // A table from a variable is still dropped: the drop names where its table comes from.
    const tableArg = arg(args, 0, "table");
    const table = r.string(tableArg, env) ?? r.runTime(tableArg, "table");
    if (table === undefined) r.unknown(call, `Schema::${name} on a table name the reader cannot resolve`);
    else r.push(call, { kind: "drop-table", table, ...(name === "dropIfExists" ? { ifExists: true } : {}) });
  };

const rename: FacadeHandler = (r, args, call, env) => {
  const from = r.string(arg(args, 0, "from"), env);
  const to = r.string(arg(args, 1, "to"), env);
  if (from === undefined || to === undefined)
    r.unknown(call, "Schema::rename with names the reader cannot resolve");
  else r.push(call, { kind: "rename-table", table: from, newName: to });
};

const dropColumns: FacadeHandler = (r, args, call, env) => {
  const tableArg = arg(args, 0, "table");
  const table = r.string(tableArg, env) ?? r.runTime(tableArg, "table");
  const columns = r.strings(arg(args, 1, "columns"), env);
  if (table === undefined || columns === undefined)
    r.unknown(call, "Schema::dropColumns with names the reader cannot resolve");
  else for (const column of columns) r.push(call, { kind: "drop-column", table, column });
};

/** Schema::whenTableHasColumn('users', 'fax', function (Blueprint $table) { ... }): may run, so it counts. */
const whenTable =
  (name: string): FacadeHandler =>
  (r, args, call, env) => {
    const table = r.string(arg(args, 0, "table"), env);
    const closure = arg(args, 2, "callback");
    if (table === undefined) {
      r.unknown(call, `Schema::${name} on a table name the reader cannot resolve`);
      return;
    }
    if (closure) readClosure(r, closure, { kind: "blueprint", table }, env);
  };

const dropAll =
  (name: string): FacadeHandler =>
  (r, _args, call) =>
    r.unknown(call, `Schema::${name} drops every object of its kind in the database`);

/** `Schema::<name>(...)` calls the reader acts on, by method name; any other changes no table. */
export const SCHEMA_CALLS: Readonly<Record<string, FacadeHandler>> = {
  create: createOrTable("create"),
  table: createOrTable("table"),
  drop: drop("drop"),
  dropIfExists: drop("dropIfExists"),
  rename,
  dropColumns,
  whenTableHasColumn: whenTable("whenTableHasColumn"),
  whenTableDoesntHaveColumn: whenTable("whenTableDoesntHaveColumn"),
  dropAllTables: dropAll("dropAllTables"),
  dropAllViews: dropAll("dropAllViews"),
  dropAllTypes: dropAll("dropAllTypes"),
};
