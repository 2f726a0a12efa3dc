// Reads one Sequelize migration (sequelize-cli or umzug) into forward Operations: the `queryInterface` calls of
// `up` and the same-file helpers it calls, and `queryInterface.sequelize.query(...)` SQL. `down` is read only to
// learn the type a column had before `changeColumn`, and to tell whether the migration can be rolled back.
//
// This file is the dispatcher: `queryInterface.<name>(...)` is one entry of QUERY_INTERFACE_CALLS below, made of
// SCHEMA_CALLS (tables, indexes, constraints: sequelize/schema-calls.ts), COLUMN_CALLS (addColumn,
// removeColumn, renameColumn, changeColumn: sequelize/columns.ts) and DATA_CALLS (bulkDelete, bulkUpdate:
// sequelize/data-calls.ts); `sequelize.query(...)` → sequelize/raw-sql.ts.
import type { Parsers } from "../../parsers.js";
import type { ParsedMigration } from "../../types.js";
import type { ParseInput } from "../framework.js";
import { handlerFor } from "../shared/toolkit.js";
import { KnownTypes } from "./column-toolkit.js";
import { readJsMigration } from "./migration.js";
import { exportedFunction, type Param } from "./module.js";
import { chainOf, spanBetween, type Node } from "./nodes.js";
import { COLUMN_CALLS } from "./sequelize/columns.js";
import { DATA_CALLS } from "./sequelize/data-calls.js";
import { readSequelizeCall } from "./sequelize/raw-sql.js";
import type { Binding, QueryInterfaceHandler, Reader } from "./sequelize/reader-context.js";
import { SCHEMA_CALLS } from "./sequelize/schema-calls.js";
import { MigrationWalker, type Scope } from "./walker.js";

/** Every `queryInterface` method the reader knows, by name; any other is an `unknown`. */
// eslint-disable-next-line no-restricted-syntax -- one table, built once when the module loads
const QUERY_INTERFACE_CALLS: Readonly<Record<string, QueryInterfaceHandler>> = {
  ...SCHEMA_CALLS,
  ...COLUMN_CALLS,
  ...DATA_CALLS,
};

class SequelizeReader extends MigrationWalker<Binding> implements Reader {
  readonly known = new KnownTypes();

  run(up: Node, down: Node | undefined): void {
    const bind = (param: Param, i: number): [string, Binding][] => {
      if (i === 0 && param.name !== undefined) return [[param.name, { kind: "queryInterface" }]];
      if (i === 1 && param.name !== undefined) return [[param.name, { kind: "types" }]];
      // umzug: `async up({ context: queryInterface })`
      const out: [string, Binding][] = [];
      for (const [property, name] of param.properties ?? []) {
        if (property === "context" || property === "queryInterface")
          out.push([name, { kind: "queryInterface" }]);
        if (property === "Sequelize" || property === "DataTypes") out.push([name, { kind: "types" }]);
      }
      return out;
    };
    this.readDownThenUp(up, down, "changeColumn", bind);
  }

  protected override binding(value: Node, scope: Scope<Binding>): Binding | undefined {
    // `const { sequelize } = queryInterface` is rare; `const qi = queryInterface` is an alias the walker keeps.
    const { root, links } = chainOf(value);
    if (
      root.type === "identifier" &&
      links.length === 1 &&
      links[0]!.name === "sequelize" &&
      !links[0]!.call
    ) {
      if (this.isHandle(root, scope, "queryInterface")) return { kind: "sequelize" };
    }
    return undefined;
  }

  table(node: Node | undefined, scope: Scope<Binding>): string | undefined {
    return this.namedTable(node, scope, "tableName");
  }

  protected override escaped(call: Node, argument: string, scope: Scope<Binding>): void {
    // Handing the Sequelize class to a helper builds attribute objects; it runs nothing.
    if (scope.bindings.get(argument)?.kind === "types") return;
    super.escaped(call, argument, scope);
  }

  protected call(call: Node, scope: Scope<Binding>): boolean {
    const { root, links } = chainOf(call);
    if (root.type !== "identifier" || links.length === 0) return false;
    const bound = scope.bindings.get(root.text);
    if (
      bound?.kind === "sequelize" ||
      (!bound && root.text === "sequelize" && !scope.values.has(root.text))
    ) {
      readSequelizeCall(this, links, scope);
      return true;
    }
    if (!this.isHandle(root, scope, "queryInterface")) return false;
    const [first, ...rest] = links;
    if (first!.name === "sequelize") {
      readSequelizeCall(this, rest, scope);
      return true;
    }
    const link = first!;
    if (!link.call) return false;
    const span = spanBetween(link.nameNode, link.call);
    const handler = handlerFor(QUERY_INTERFACE_CALLS, link.name);
    if (handler) handler(this, { link, call: link.call, args: link.args, span, scope });
    else this.unknown(link.call, `queryInterface.${link.name} is not a method the reader knows`, span);
    for (const l of rest) for (const a of l.args) this.visit(a, scope);
    return true;
  }
}

export function readSequelizeMigration(input: ParseInput, parsers: Parsers): ParsedMigration {
  return readJsMigration(
    "sequelize",
    input,
    parsers,
    "No exported `up` function was found in this Sequelize migration",
    ({ module, up, emit }) => {
      new SequelizeReader(module, emit).run(up, exportedFunction(module, "down"));
    },
  );
}
