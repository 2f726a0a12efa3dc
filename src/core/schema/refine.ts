// A file's operations read again against the schema before it: a type change judged against the column's
// real old type, and a restated nullability (Django's AlterField) that differs from the old one made explicit.
import { classifySqlTypeChange, typeFromText, type TypeVocabulary } from "../column-types/index.js";
import type { Operation } from "../types.js";
import { schemaKey, type ColumnState, type SchemaView } from "./state.js";

export function refineWithSchema(
  operations: readonly Operation[],
  schema: SchemaView,
  vocabulary: TypeVocabulary,
): Operation[] {
  // What the file itself did to a column so far; `null` when the file made it unknowable (renamed, dropped).
  const local = new Map<string, ColumnState | null>();
  const key = (table: string, column: string) => `${schemaKey(table)}.${column.toLowerCase()}`;
  const lookup = (table: string, column: string): ColumnState | undefined => {
    const k = key(table, column);
    if (local.has(k)) return local.get(k) ?? undefined;
    return schema.column(table, column);
  };
  const out: Operation[] = [];
  for (const op of operations) {
    if (op.kind === "create-table" && op.rebuildOf) {
      out.push(op);
      const { table, carried, line, endLine } = op.rebuildOf;
      const old = schema.table(table);
      if (!old || carried === "*") continue;
      const kept = new Set(carried.map((c) => c.toLowerCase()));
      const left = [...old.columns.keys()].filter((c) => !kept.has(c));
      if (left.length && kept.has("?")) {
        // Some columns are copied through expressions: which old column each carries cannot be told.
        out.push({
          kind: "unknown",
          reason: `the rebuild of ${table} copies some columns through expressions; ${left.join(", ")} may not be carried over, and what is not is lost with the DROP TABLE`,
          table,
          line,
          endLine,
        });
        continue;
      }
      // Every column the old table had and the copy does not select is gone with the DROP.
      for (const column of left) out.push({ kind: "drop-column", table, column, line, endLine });
      continue;
    }
    if (op.kind !== "change-column-type") {
      out.push(op);
      if (op.kind === "add-column") {
        const type = op.type !== undefined ? typeFromText(op.type, vocabulary) : undefined;
        local.set(key(op.table, op.column), {
          origin: "history",
          ...(type ? { type } : {}),
          ...(op.notNull !== undefined ? { notNull: op.notNull } : {}),
        });
      } else if (op.kind === "drop-column" || op.kind === "rename-column") {
        local.set(key(op.table, op.column), null);
      } else if (op.kind === "set-not-null" || op.kind === "drop-not-null") {
        const old = lookup(op.table, op.column);
        if (old) local.set(key(op.table, op.column), { ...old, notNull: op.kind === "set-not-null" });
      }
      continue;
    }
    const old = lookup(op.table, op.column);
    const type = op.type !== undefined ? typeFromText(op.type, vocabulary) : undefined;
    let refined: Operation = op;
    if (old?.type && type) {
      // The history knows what the column was: that, not a guess from the new type alone, decides.
      const { widening: _w, lossy: _l, ...rest } = op;
      refined = { ...rest, ...classifySqlTypeChange(old.type, type) };
    }
    out.push(refined);
    if (op.notNull !== undefined && old?.notNull !== undefined && op.notNull !== old.notNull) {
      out.push({
        kind: op.notNull ? "set-not-null" : "drop-not-null",
        table: op.table,
        column: op.column,
        line: op.line,
        endLine: op.endLine,
      });
    }
    local.set(key(op.table, op.column), {
      origin: old?.origin ?? "history",
      ...(type ? { type } : {}),
      ...(op.notNull !== undefined
        ? { notNull: op.notNull }
        : old?.notNull !== undefined
          ? { notNull: old.notNull }
          : {}),
    });
  }
  return out;
}
