// SQLite cannot change most of a table in place, so tools rebuild it: create a copy, move the rows, drop the
// original, put the copy in its place. Read statement by statement that is a DROP TABLE of live data; read as
// a whole it is a change of the table's shape. Recognised rebuilds therefore emit no drop-table and no
// rename-table. When the copy cannot be shown to carry every column and row into the new table (an explicit
// column list shorter than the new table's, a filter, a new table we never saw), the DROP line gets an
// `unknown` operation instead, so a human checks what the rebuild leaves behind.
import type { Operation } from "../../types.js";
import type { MappedStatement, TableCopy } from "./source.js";
import { extend } from "../../extend.js";

function key(name: string): string {
  return name.replace(/^(public|main)\./i, "");
}

type Located = { op: Operation; statement: number };

function complete(copy: TableCopy, newColumns: readonly string[] | undefined): boolean {
  if (copy.partial) return false;
  if (copy.intoColumns) {
    if (!newColumns || !newColumns.every((c) => copy.intoColumns!.includes(c))) return false;
    return copy.selectColumns === "*" || copy.selectColumns.length === copy.intoColumns.length;
  }
  if (copy.selectColumns === "*") return true;
  return !!newColumns && copy.selectColumns.length >= newColumns.length;
}

/** Groups items by a key, keeping source order inside each group. */
function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The last item of a source-ordered list that sits before statement `before` (and after `after`). */
function lastBetween<T>(
  list: readonly T[] | undefined,
  at: (item: T) => number,
  after: number,
  before: number,
) {
  if (!list) return undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    const s = at(list[i]!);
    if (s < before) return s > after ? list[i] : undefined;
  }
  return undefined;
}

export function collapseRebuilds(statements: readonly MappedStatement[]): Operation[] {
  const hasDrop = statements.some((s) => s.ops.some((o) => o.kind === "drop-table"));
  const hasCopy = statements.some((s) => s.copy);
  if (!hasDrop || !hasCopy) return statements.flatMap((s) => s.ops);

  const ops: Located[] = statements.flatMap((s, statement) => s.ops.map((op) => ({ op, statement })));
  const removed = new Set<Operation>();
  const replaced = new Map<Operation, Operation>();
  // Indexes by table name, so each DROP finds its partners without scanning the file again.
  const renamesTo = groupBy(ops, (l) => (l.op.kind === "rename-table" ? key(l.op.newName) : undefined));
  const creates = groupBy(ops, (l) => (l.op.kind === "create-table" ? key(l.op.table) : undefined));
  const copies = groupBy(
    statements.map((s, i) => i),
    (i) => {
      const copy = statements[i]!.copy;
      return copy ? `${key(copy.into)}\u0000${key(copy.from)}` : undefined;
    },
  );
  const copyBetween = (into: string, from: string, after: number, before: number): number =>
    lastBetween(copies.get(`${key(into)}\u0000${key(from)}`), (i) => i, after, before) ?? -1;
  const createdBetween = (table: string, after: number, before: number): Located | undefined =>
    lastBetween(creates.get(key(table)), (l) => l.statement, after, before);

  for (const dropped of ops) {
    const drop = dropped.op;
    if (drop.kind !== "drop-table" || removed.has(drop)) continue;
    const renames = renamesTo.get(key(drop.table)) ?? [];

    // A: CREATE new; INSERT INTO new SELECT FROM t; DROP t; ALTER TABLE new RENAME TO t.
    const rename = renames.find((l) => l.statement > dropped.statement);
    if (rename && rename.op.kind === "rename-table") {
      const copyAt = copyBetween(rename.op.table, drop.table, -1, dropped.statement);
      if (copyAt >= 0) {
        const created = createdBetween(rename.op.table, -1, copyAt);
        const columns = created?.op.kind === "create-table" ? created.op.columns : undefined;
        const copy = statements[copyAt]!.copy!;
        settle(drop, copy, columns, rename.op.table);
        removed.add(rename.op);
        if (created?.op.kind === "create-table" && removed.has(drop)) {
          // The new table takes the old one's name: say so, so the schema history can tell which old columns
          // the copy left behind (a rebuild that drops a column is a drop-column).
          replaced.set(
            created.op,
            extend(created.op, {
              rebuildOf: {
                table: drop.table,
                carried: copy.selectColumns,
                line: drop.line,
                endLine: drop.endLine,
              },
            }),
          );
        }
        continue;
      }
    }

    // B: ALTER TABLE t RENAME TO old; CREATE t; INSERT INTO t SELECT FROM old; DROP old.
    const away = lastBetween(renames, (l) => l.statement, -1, dropped.statement);
    if (away && away.op.kind === "rename-table") {
      const original = away.op.table;
      const created = createdBetween(original, away.statement, dropped.statement);
      const copyAt = created ? copyBetween(original, drop.table, created.statement, dropped.statement) : -1;
      if (created && created.op.kind === "create-table" && copyAt >= 0) {
        settle(drop, statements[copyAt]!.copy!, created.op.columns, original);
        removed.add(away.op);
        removed.add(created.op);
      }
    }
  }

  function settle(
    drop: Operation,
    copy: TableCopy,
    columns: readonly string[] | undefined,
    other: string,
  ): void {
    if (drop.kind !== "drop-table") return;
    if (complete(copy, columns)) {
      removed.add(drop);
      return;
    }
    replaced.set(drop, {
      kind: "unknown",
      reason: `the table rebuild of ${drop.table} through ${other} may not copy every column and row, and whatever it leaves behind is lost with the DROP TABLE`,
      table: drop.table,
      line: drop.line,
      endLine: drop.endLine,
    });
  }

  const out: Operation[] = [];
  for (const { op } of ops) {
    if (removed.has(op)) continue;
    out.push(replaced.get(op) ?? op);
  }
  return out;
}
