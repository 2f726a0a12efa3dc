// DROP, RENAME TABLE and TRUNCATE in the MySQL/SQLite reader.
import type { StatementReader } from "../generic.js";
import { splitAtDepth0, findDepth0, isWord } from "./tokens.js";

const NO_EFFECT_DROPS = new Set([
  "VIEW",
  "TRIGGER",
  "PROCEDURE",
  "FUNCTION",
  "EVENT",
  "ROLE",
  "USER",
  "POLICY",
  "MATERIALIZED",
  "RULE",
  "AGGREGATE",
  "OPERATOR",
  "COLLATION",
  "SERVER",
  "PUBLICATION",
  "SUBSCRIPTION",
  "STATISTICS",
]);

export function drop(r: StatementReader): void {
  let i = r.skipAny(1, ["TEMPORARY", "TEMP"]);
  const what = r.toks[i];
  if (isWord(what, "TABLE", "TABLES")) {
    i++;
    const ifExists = r.skip(i, "IF", "EXISTS") !== i;
    i = r.skip(i, "IF", "EXISTS");
    const cascade = r.hasWord("CASCADE");
    const end = findDepth0(r.toks, i, r.last, new Set(["CASCADE", "RESTRICT"]));
    for (const [a] of splitAtDepth0(r.toks, i, end < 0 ? r.last : end - 1)) {
      const [table] = r.name(a);
      if (table)
        r.push({
          kind: "drop-table",
          table,
          ...(ifExists ? { ifExists: true } : {}),
          ...(cascade ? { cascade: true } : {}),
        });
    }
    return;
  }
  if (isWord(what, "INDEX")) {
    i++;
    const concurrently = isWord(r.toks[i], "CONCURRENTLY");
    if (concurrently) i++;
    i = r.skip(i, "IF", "EXISTS");
    const on = findDepth0(r.toks, i, r.last, new Set(["ON"]));
    const [table] = on >= 0 ? r.name(on + 1) : [undefined];
    const end = on >= 0 ? on - 1 : r.last;
    for (const [a] of splitAtDepth0(r.toks, i, end)) {
      const [name] = r.name(a);
      if (name === undefined || isWord(r.toks[a], "CASCADE", "RESTRICT")) continue;
      r.push({
        kind: "drop-index",
        name,
        ...(table ? { table } : {}),
        ...(concurrently ? { concurrently: true } : {}),
      });
    }
    return;
  }
  if (isWord(what, "DATABASE", "SCHEMA", "SEQUENCE")) {
    // MySQL's DROP SCHEMA is DROP DATABASE; MariaDB has sequences.
    const kind = isWord(what, "SEQUENCE") ? "drop-sequence" : "drop-database";
    const ifExists = r.skip(i + 1, "IF", "EXISTS") !== i + 1;
    const from = r.skip(i + 1, "IF", "EXISTS");
    const end = findDepth0(r.toks, from, r.last, new Set(["CASCADE", "RESTRICT"]));
    let named = false;
    for (const [a] of splitAtDepth0(r.toks, from, end < 0 ? r.last : end - 1)) {
      const [name] = r.name(a);
      if (name === undefined) continue;
      named = true;
      r.push({ kind, name, ...(ifExists ? { ifExists: true } : {}) });
    }
    if (!named) r.unknown("a DROP whose object name the SQL reader cannot read");
    return;
  }
  if (isWord(what, "TYPE", "DOMAIN", "EXTENSION")) {
    if (r.hasWord("CASCADE"))
      r.unknown("DROP ... CASCADE also drops the columns that depend on what it drops");
    return;
  }
  if (what?.kind === "word" && NO_EFFECT_DROPS.has(what.value)) return;
  r.unknown("a DROP the SQL reader does not understand");
}

export function renameTables(r: StatementReader): void {
  if (!isWord(r.toks[1], "TABLE", "TABLES")) return r.unknown("a RENAME the SQL reader does not understand");
  for (const [a, b] of splitAtDepth0(r.toks, 2, r.last)) {
    const [from, after] = r.name(a);
    const [to] = isWord(r.toks[after], "TO") ? r.name(after + 1) : [undefined];
    if (!from || !to || after + 1 > b) r.unknown("a RENAME TABLE the SQL reader cannot read", a, b);
    else r.push({ kind: "rename-table", table: from, newName: to });
  }
}

export function truncate(r: StatementReader): void {
  let i = r.skip(1, "TABLE");
  i = r.skip(i, "ONLY");
  const stop = findDepth0(r.toks, i, r.last, new Set(["CASCADE", "RESTRICT", "RESTART", "CONTINUE"]));
  const tables: string[] = [];
  for (const [a] of splitAtDepth0(r.toks, i, stop < 0 ? r.last : stop - 1)) {
    const [table] = r.name(a);
    if (table) tables.push(table);
  }
  if (!tables.length) return r.unknown("a TRUNCATE whose tables the SQL reader cannot read");
  r.push({ kind: "truncate", tables, ...(r.hasWord("CASCADE") ? { cascade: true } : {}) });
}
