// A file's operations read again against the schema before it: a type change judged against the column's
// real old type, a restated nullability (Django's AlterField) that differs from the old one made explicit, and
// a DROP TYPE of an enum that columns still use.
import {
  classifySqlTypeChange,
  isJudged,
  typeFromText,
  withEnum,
  type TypeVocabulary,
} from "../column-types/index.js";
import type { Operation } from "../types.js";
import { FileEnums } from "./file-enums.js";
import { schemaKey, type ColumnState, type SchemaView } from "./state.js";
import { extend } from "../extend.js";

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
  // Enum types as the file left them so far.
  const enums = new FileEnums(schema);
  const typed = (text: string | undefined) =>
    text === undefined ? undefined : withEnum(typeFromText(text, vocabulary), (name) => enums.byName(name));
  const out: Operation[] = [];
  for (const op of operations) {
    if (enums.track(op)) {
      out.push(op);
      continue;
    }
    if (op.kind === "drop-type") {
      out.push(op);
      const dropped = enums.drop(op.type);
      if (!dropped) continue;
      // The columns typed by it now: the schema's, unless the file changed them, and the file's own.
      const still: { table: string; column: string }[] = [];
      for (const c of schema.enumColumns())
        if (!local.has(key(c.table, c.column)) && enums.leadsTo(c.type, dropped)) still.push(c);
      for (const [k, state] of local) {
        const [table = "", column = ""] = k.split(/\.(?=[^.]*$)/);
        if (state?.type?.enum && enums.leadsTo(state.type.enum, dropped)) still.push({ table, column });
      }
      // CASCADE drops each column typed by it, with its values.
      if (op.cascade)
        for (const { table, column } of still) {
          out.push({ kind: "drop-column", table, column, line: op.line, endLine: op.endLine });
          local.set(key(table, column), null);
        }
      else if (still.length) out.push(dropTypeInUse(op, still));
      continue;
    }
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
        const type = typed(op.type);
        local.set(key(op.table, op.column), {
          origin: "history",
          ...(type ? { type } : {}),
          ...(op.notNull !== undefined ? { notNull: op.notNull } : {}),
        });
      } else if (op.kind === "drop-column" || op.kind === "rename-column") {
        local.set(key(op.table, op.column), null);
      } else if (op.kind === "set-not-null" || op.kind === "drop-not-null") {
        const old = lookup(op.table, op.column);
        if (old) local.set(key(op.table, op.column), extend(old, { notNull: op.kind === "set-not-null" }));
      }
      continue;
    }
    const old = lookup(op.table, op.column);
    const type = typed(op.type);
    let refined: Operation = op;
    // An old type the model cannot judge (an enum never seen) tells no more than none: the reader's own
    // reading stands (for Rails, an unlimited `:string` is then not narrow whatever the source).
    if (old?.type && isJudged(old.type) && type) {
      // The history knows what the column was: that, not a guess from the new type alone, decides. An enum
      // column's labels are its type's as the file left them so far (a value added above counts).
      const oldEnum = old.type.enum && enums.current(old.type.enum);
      const oldType = oldEnum ? extend(old.type, { enum: oldEnum }) : old.type;
      const { widening: _w, lossy: _l, ...rest } = op;
      refined = extend(rest, classifySqlTypeChange(oldType, type));
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

/** DROP TYPE of an enum columns still use: PostgreSQL refuses it, and the migration fails. */
function dropTypeInUse(
  op: Extract<Operation, { kind: "drop-type" }>,
  still: readonly { table: string; column: string }[],
): Operation {
  const many = still.length > 1;
  const names = still.map(({ table, column }) => `${table}.${column}`).join(", ");
  return {
    kind: "unknown",
    reason: `DROP TYPE ${op.type} while ${names} still ${many ? "use" : "uses"} it: PostgreSQL refuses the drop (RESTRICT is the default), so the migration fails; with CASCADE it would drop ${many ? "those columns and their" : "the column and its"} values`,
    table: still[0]!.table,
    line: op.line,
    endLine: op.endLine,
  };
}
