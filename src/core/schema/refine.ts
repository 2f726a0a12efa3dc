// A file's operations read again against the schema before it: a type change judged against the column's
// real old type, a restated nullability (Django's AlterField) that differs from the old one made explicit, and
// a DROP TYPE of an enum that columns still use.
import {
  classifySqlTypeChange,
  enumKey,
  typeFromText,
  withEnum,
  type EnumType,
  type TypeVocabulary,
} from "../column-types/index.js";
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
  // Enum types the file itself made, changed or dropped so far, by name (`null`: dropped or renamed away), and
  // what became of each type a column may hold (its copy after a value added or a rename; `null`: dropped).
  // Copies: the schema's own are the replay's, which goes on from them.
  const localEnums = new Map<string, EnumType | null>();
  const successor = new Map<EnumType, EnumType | null>();
  const enumNamed = (name: string): EnumType | undefined => {
    const k = enumKey(name);
    return localEnums.has(k) ? (localEnums.get(k) ?? undefined) : schema.enumType(name);
  };
  /** True when a column typed by `t` holds `target` now (or held it until it was dropped). */
  const leadsTo = (t: EnumType, target: EnumType): boolean => {
    for (let at: EnumType | null | undefined = t; at; at = successor.get(at)) if (at === target) return true;
    return false;
  };
  /** The type a column typed by `t` holds now: columns follow their type through a rename. */
  const current = (t: EnumType): EnumType | undefined => {
    let at: EnumType | null | undefined = t;
    while (at && successor.has(at)) at = successor.get(at);
    return at ?? undefined;
  };
  const typed = (text: string | undefined) =>
    text === undefined ? undefined : withEnum(typeFromText(text, vocabulary), enumNamed);
  const out: Operation[] = [];
  for (const op of operations) {
    if (trackEnum(op, enumNamed, localEnums, successor)) {
      out.push(op);
      continue;
    }
    if (op.kind === "drop-type") {
      out.push(op);
      const dropped = enumNamed(op.type);
      localEnums.set(enumKey(op.type), null);
      if (!dropped) continue;
      successor.set(dropped, null);
      // The columns typed by it now: the schema's, unless the file changed them, and the file's own.
      const still: { table: string; column: string }[] = [];
      for (const c of schema.enumColumns())
        if (!local.has(key(c.table, c.column)) && leadsTo(c.type, dropped)) still.push(c);
      for (const [k, state] of local) {
        const [table = "", column = ""] = k.split(/\.(?=[^.]*$)/);
        if (state?.type?.enum && leadsTo(state.type.enum, dropped)) still.push({ table, column });
      }
      if (!still.length) continue;
      if (op.cascade) {
        // CASCADE drops each column typed by it, with its values.
        for (const { table, column } of still) {
          out.push({ kind: "drop-column", table, column, line: op.line, endLine: op.endLine });
          local.set(key(table, column), null);
        }
        continue;
      }
      const names = still.map(({ table, column }) => `${table}.${column}`).join(", ");
      out.push({
        kind: "unknown",
        reason: `DROP TYPE ${op.type} while ${names} still ${still.length > 1 ? "use" : "uses"} it: PostgreSQL refuses the drop (RESTRICT is the default), so the migration fails; with CASCADE it would drop ${still.length > 1 ? "those columns" : "the column"} and ${still.length > 1 ? "their" : "its"} values`,
        table: still[0]!.table,
        line: op.line,
        endLine: op.endLine,
      });
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
        if (old) local.set(key(op.table, op.column), { ...old, notNull: op.kind === "set-not-null" });
      }
      continue;
    }
    const old = lookup(op.table, op.column);
    const type = typed(op.type);
    let refined: Operation = op;
    if (old?.type && type) {
      // The history knows what the column was: that, not a guess from the new type alone, decides. An enum
      // column's labels are its type's as the file left them so far (a value added above counts).
      const oldEnum = old.type.enum && current(old.type.enum);
      const oldType = oldEnum ? { ...old.type, enum: oldEnum } : old.type;
      const { widening: _w, lossy: _l, ...rest } = op;
      refined = { ...rest, ...classifySqlTypeChange(oldType, type) };
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

/**
 * Follows what `op` does to an enum type into `local` (a copy of the type, never the schema's own); false when
 * it is no such operation.
 */
function trackEnum(
  op: Operation,
  enumNamed: (name: string) => EnumType | undefined,
  local: Map<string, EnumType | null>,
  successor: Map<EnumType, EnumType | null>,
): boolean {
  const follow = (known: EnumType, copy: EnumType) => {
    successor.set(known, copy);
    return copy;
  };
  switch (op.kind) {
    case "create-enum":
      if (!enumNamed(op.type)) local.set(enumKey(op.type), { name: op.type, labels: [...op.values] });
      return true;
    case "add-enum-value":
    case "rename-enum-value": {
      const known = enumNamed(op.type);
      if (!known) return true;
      const labels =
        op.kind === "add-enum-value"
          ? known.labels.includes(op.value)
            ? known.labels
            : [...known.labels, op.value]
          : known.labels.map((l) => (l === op.value ? op.newValue : l));
      local.set(enumKey(op.type), follow(known, { name: known.name, labels }));
      return true;
    }
    case "rename-type": {
      const known = enumNamed(op.type);
      if (!known) return true;
      local.set(enumKey(op.type), null);
      local.set(enumKey(op.newName), follow(known, { name: op.newName, labels: known.labels }));
      return true;
    }
    default:
      return false;
  }
}
