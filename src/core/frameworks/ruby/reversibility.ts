// Reversibility in a Rails migration: `reversible`'s directions, `up_only`, `revert { }` (its operations
// inverted as Rails runs them), old column types learnt from the down direction, and the marks that make a
// migration irreversible (`raise ActiveRecord::IrreversibleMigration`, a call `change` cannot invert).
import { BlockNode, CallNode, ClassNode, DefNode, LocalVariableReadNode } from "@ruby/prism/src/nodes.js";
import type { Operation } from "../../types.js";
import { blockParameterNames, callArgs, constantName, symbolOrString, type Node } from "./nodes.js";
import type { Ctx, Reader } from "./reader-context.js";
import { columnType } from "./schema-calls.js";
import { extend } from "../../extend.js";

/** Calls on self that decide which direction code runs in. */
export const REVERSIBILITY_CALLS: Readonly<Record<string, (r: Reader, call: CallNode, ctx: Ctx) => void>> = {
  reversible(r, call, ctx) {
    if (!(call.block instanceof BlockNode)) return r.walkChildren(call, ctx);
    const [dir] = blockParameterNames(call.block);
    const env = new Map(ctx.env);
    if (dir) env.set(dir, { kind: "direction" });
    r.walkBlock(call.block, extend(ctx, { env }));
  },
  up_only(r, call, ctx) {
    r.walkBlock(call.block, extend(ctx, { invertible: false }));
  },
  revert: visitRevert,
};

/** `raise ActiveRecord::IrreversibleMigration` in the forward direction; any other raise is only walked. */
export function visitRaise(r: Reader, call: CallNode, ctx: Ctx): void {
  if (raisesIrreversible(call)) {
    r.markIrreversible(r.src.span(call.location), "the migration raises ActiveRecord::IrreversibleMigration");
  }
  r.walkChildren(call, ctx);
}

/** `dir.up { }` runs forward (and need not be invertible); `dir.down { }` is read for an irreversible raise. */
export function visitDirection(r: Reader, call: CallNode, ctx: Ctx): void {
  if (call.name === "up") return r.walkBlock(call.block, extend(ctx, { invertible: false }));
  if (call.name === "down" && call.block instanceof BlockNode) {
    findIrreversibleRaise(r, call.block.body, ctx.following);
  }
}

export function visitRevert(r: Reader, call: CallNode, ctx: Ctx): void {
  if (!(call.block instanceof BlockNode)) {
    r.unknown(call, "revert of another migration class cannot be read from this file");
    return;
  }
  const outer = r.operations;
  r.operations = [];
  r.walkBlock(call.block, extend(ctx, { invertible: false }));
  const inner = r.operations;
  r.operations = outer;
  for (const op of inner.reverse()) r.operations.push(...invert(op));
}

/** What Rails runs for `revert { op }`. */
export function invert(op: Operation): Operation[] {
  const span = { line: op.line, endLine: op.endLine };
  switch (op.kind) {
    case "create-table":
      return [{ kind: "drop-table", table: op.table, ...span }];
    case "drop-table":
      return [{ kind: "create-table", table: op.table, columns: [], ...span }];
    case "add-column":
      return [{ kind: "drop-column", table: op.table, column: op.column, ...span }];
    case "drop-column":
      return [{ kind: "add-column", table: op.table, column: op.column, ...span }];
    case "rename-table":
      return [{ kind: "rename-table", table: op.newName, newName: op.table, ...span }];
    case "rename-column":
      return [{ kind: "rename-column", table: op.table, column: op.newName, newName: op.column, ...span }];
    case "add-index":
      return [
        {
          kind: "drop-index",
          table: op.table,
          columns: op.columns,
          ...(op.name !== undefined ? { name: op.name } : {}),
          ...(op.concurrently ? { concurrently: true } : {}),
          ...span,
        },
      ];
    case "drop-index":
      if (op.table !== undefined && op.columns && op.columns.length > 0) {
        return [
          {
            kind: "add-index",
            table: op.table,
            columns: op.columns,
            ...(op.name !== undefined ? { name: op.name } : {}),
            ...(op.concurrently ? { concurrently: true } : {}),
            ...span,
          },
        ];
      }
      break;
    case "add-constraint":
      return [{ kind: "drop-constraint", table: op.table, ...(op.name ? { name: op.name } : {}), ...span }];
    case "set-not-null":
      return [{ kind: "drop-not-null", table: op.table, column: op.column, ...span }];
    case "drop-not-null":
      return [{ kind: "set-not-null", table: op.table, column: op.column, ...span }];
    case "create-enum":
      return [{ kind: "drop-type", type: op.type, ...span }];
    case "rename-type":
      return [{ kind: "rename-type", type: op.newName, newName: op.type, ...span }];
    case "rename-enum-value":
      return [{ kind: "rename-enum-value", type: op.type, value: op.newValue, newValue: op.value, ...span }];
    case "unknown":
    case "irreversible":
      return [op];
    default:
      break;
  }
  return [{ kind: "unknown", reason: `revert of a ${op.kind} operation cannot be read statically`, ...span }];
}

/** Old types from the `dir.down` blocks of a `change`, before the walk reaches the `dir.up` that needs them. */
export function learnOldTypesFromDownBlocks(r: Reader, node: Node | null): void {
  if (!node) return;
  if (node instanceof CallNode && node.name === "down" && node.receiver instanceof LocalVariableReadNode) {
    if (node.block instanceof BlockNode) learnOldTypes(r, node.block.body, undefined);
    return;
  }
  for (const child of node.compactChildNodes()) learnOldTypesFromDownBlocks(r, child);
}

/** `change_column :t, :c, :integer` in the down direction says what the column was before `up`. */
export function learnOldTypes(
  r: Reader,
  node: Node | null,
  changeTable: { param: string; table: string } | undefined,
): void {
  if (!node) return;
  if (node instanceof CallNode) {
    const args = callArgs(node);
    const none: Ctx = { invertible: false, env: new Map(), following: [] };
    if (node.name === "change_column" && !node.receiver) {
      const [table, column] = [symbolOrString(args.positional[0]), symbolOrString(args.positional[1])];
      const type = columnType(r, args.positional[2], args.options, none);
      if (table !== undefined && column !== undefined && type) r.knownTypes.set(`${table}.${column}`, type);
    } else if (
      node.name === "change" &&
      changeTable &&
      node.receiver instanceof LocalVariableReadNode &&
      node.receiver.name === changeTable.param
    ) {
      const column = symbolOrString(args.positional[0]);
      const type = columnType(r, args.positional[1], args.options, none);
      if (column !== undefined && type) r.knownTypes.set(`${changeTable.table}.${column}`, type);
    } else if (node.name === "change_table" && node.block instanceof BlockNode) {
      const table = symbolOrString(args.positional[0]);
      const [param] = blockParameterNames(node.block);
      if (table !== undefined && param) learnOldTypes(r, node.block.body, { param, table });
      return;
    }
  }
  for (const child of node.compactChildNodes()) learnOldTypes(r, child, changeTable);
}

export function raisesIrreversible(call: CallNode): boolean {
  const first = call.arguments_?.arguments_[0];
  const target = first instanceof CallNode && first.name === "new" ? first.receiver : first;
  return /(?:^|::)IrreversibleMigration$/.test(constantName(target) ?? "");
}

/** A `raise ActiveRecord::IrreversibleMigration` in the down direction (following its helpers). */
export function findIrreversibleRaise(r: Reader, node: Node | null, following: readonly string[]): void {
  if (!node || r.irreversible) return;
  if (node instanceof CallNode && !node.receiver) {
    if (node.name === "raise" && raisesIrreversible(node)) {
      r.markIrreversible(
        r.src.span(node.location),
        "the down direction raises ActiveRecord::IrreversibleMigration",
      );
      return;
    }
    const helper = r.methods.get(node.name);
    if (helper && !following.includes(node.name))
      findIrreversibleRaise(r, helper.body, [...following, node.name]);
  }
  if (node instanceof DefNode || node instanceof ClassNode) return;
  for (const child of node.compactChildNodes()) findIrreversibleRaise(r, child, following);
}
