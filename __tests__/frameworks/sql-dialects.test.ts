// The shared SQL reader on text libpg_query rejects: MySQL and SQLite spellings, the statement splitter,
// unreadable text, and SQLite table rebuilds.
import { readFileSync } from "node:fs";
import { sqlToOperations } from "../../src/core/frameworks/sql/index.js";
import type { Parsers } from "../../src/core/parsers.js";
import type { Database, Operation } from "../../src/core/types.js";
import { loadParsers } from "../../src/parsers/index.js";

let parsers: Parsers;
beforeAll(async () => {
  parsers = await loadParsers(["postgres"]);
});

function read(sql: string, database: Database = "mysql", line = 1) {
  return sqlToOperations({ sql, database, line }, parsers);
}

function ops(sql: string, database: Database = "mysql"): Operation[] {
  return read(sql, database).operations;
}

function brief(list: readonly Operation[]): Array<[string, number, string]> {
  return list.map((o) => {
    const what =
      "column" in o && o.column !== undefined
        ? `${o.table}.${o.column}`
        : o.kind === "truncate"
          ? o.tables.join(",")
          : (o.table ?? ("name" in o ? (o.name ?? "") : ""));
    return [o.kind, o.line, what];
  });
}

describe("MySQL", () => {
  it("reads EXPLAIN ANALYZE as the statement it runs (it used to read it as nothing); EXPLAIN and DESCRIBE plan only", () => {
    expect(
      brief(ops("EXPLAIN ANALYZE DELETE `users` FROM `users` JOIN `bans` ON `bans`.uid = `users`.id;")),
    ).toEqual([["delete-rows", 1, "users"]]);
    expect(brief(ops("EXPLAIN ANALYZE FORMAT=TREE UPDATE `users` SET `name` = NULL;"))).toEqual([
      ["update-rows", 1, "users"],
    ]);
    expect(brief(ops("DESCRIBE ANALYZE SELECT purge_all() FROM `users`;"))).toEqual([["unknown", 1, ""]]);
    for (const sql of [
      "EXPLAIN DELETE FROM `users`;",
      "EXPLAIN FORMAT=JSON DELETE FROM `users`;",
      "DESCRIBE `users`;",
      "-- EXPLAIN ANALYZE DELETE FROM `users`;\nSELECT 'EXPLAIN ANALYZE DELETE FROM users' FROM `users`;",
    ]) {
      expect([sql, brief(ops(sql))]).toEqual([sql, []]);
    }
    expect(brief(ops("EXPLAIN QUERY PLAN DELETE FROM users;", "sqlite"))).toEqual([]);
  });

  it("holds a SELECT that calls a function off the pure list for review (it used to read it as nothing)", () => {
    for (const sql of [
      "SELECT `my_cleanup`();",
      "SELECT GET_LOCK('x', 1), RELEASE_ALL_LOCKS() FROM `users`;",
      "SELECT shop.purge_orders() FROM `orders`;",
      "(SELECT archive_all() FROM `orders`);",
      "INSERT INTO `audit` (`note`) VALUES (reset_counters());",
    ]) {
      expect([sql, ops(sql).map((o) => o.kind)]).toEqual([sql, ["unknown"]]);
    }
    expect(ops("UPDATE `users` SET `name` = wipe_name(`id`);").map((o) => o.kind)).toEqual([
      "unknown",
      "update-rows",
    ]);
    for (const sql of [
      "SELECT COUNT(*), MAX(`id`), NOW(), IFNULL(`a`, 0), CAST(`a` AS CHAR(10)) FROM `users` WHERE `id` IN (1, 2);",
      "INSERT INTO `notes` (`id`, `at`) VALUES (UUID(), NOW()) ON DUPLICATE KEY UPDATE `at` = VALUES(`at`);",
      "SELECT 'setval(1)' FROM `users`; -- my_cleanup()",
      "SELECT SLEEP(2);",
      "SELECT `id` FROM `users` USE INDEX (`by_email`) WHERE EXISTS (SELECT 1 FROM `bans`);",
    ]) {
      expect([sql, ops(sql).map((o) => o.kind)]).toEqual([sql, []]);
    }
  });

  it("reads the ALTER TABLE clauses of a MySQL migration at their lines", () => {
    const sql = readFileSync("__fixtures__/sql/mysql/alter_users.sql", "utf8");
    const result = read(sql);
    expect(result.problems).toEqual([]);
    expect(brief(result.operations)).toEqual([
      ["add-column", 3, "users.age"],
      ["change-column-type", 3, "users.bio"],
      ["rename-column", 3, "users.old_name"],
      ["change-column-type", 3, "users.display_name"],
      ["drop-index", 3, "users"],
      ["add-index", 3, "users"],
      ["drop-column", 3, "users.legacy"],
      ["drop-constraint", 13, "orders"],
      ["add-constraint", 13, "orders"],
      ["drop-constraint", 13, "orders"],
      ["rename-table", 17, "sessions"],
      ["rename-table", 17, "tokens"],
      ["truncate", 19, "cache"],
      ["delete-rows", 20, "audit"],
      ["update-rows", 21, "users"],
      ["drop-table", 23, "old_users"],
      ["drop-index", 24, "orders"],
      ["add-index", 25, "orders"],
      ["create-table", 27, "payments"],
    ]);
  });

  it("reads each clause's details: types, NOT NULL, defaults, index columns", () => {
    const sql = readFileSync("__fixtures__/sql/mysql/alter_users.sql", "utf8");
    const [age, bio, rename, change, dropIdx, addIdx] = ops(sql);
    expect(age).toMatchObject({
      type: "INT UNSIGNED",
      notNull: true,
      default: { volatile: false, text: "0" },
    });
    expect(bio).toMatchObject({ type: "VARCHAR(100)", lossy: true });
    expect(rename).toMatchObject({ column: "old_name", newName: "display_name" });
    // CHANGE restates the type to rename: without the old type no lossy verdict is guessed.
    expect(change).not.toHaveProperty("lossy");
    expect(dropIdx).toMatchObject({ name: "idx_email" });
    expect(addIdx).toMatchObject({ name: "idx_name", columns: ["last_name", "first_name"] });
    const payments = ops(sql).find((o) => o.kind === "create-table");
    expect(payments).toMatchObject({ columns: ["id", "amount", "uuid"] });
  });

  it("ends each clause of a multi-line ALTER TABLE on its own line", () => {
    const result = ops("ALTER TABLE `t`\n  DROP COLUMN `a`,\n  MODIFY `b` BIGINT,\n  ENGINE=InnoDB;");
    expect(result.map((o) => [o.kind, o.line, o.endLine])).toEqual([
      ["drop-column", 1, 2],
      ["change-column-type", 1, 3],
    ]);
  });

  it("reads UPDATE ... SET with a backfill filter, a qualified column and LIMIT", () => {
    expect(ops("UPDATE `users` u SET u.`plan` = 'free' WHERE (u.plan IS NULL) LIMIT 1000;")).toMatchObject([
      { kind: "update-rows", table: "users", columns: ["plan"], filtered: true, onlyNulls: true },
    ]);
    expect(ops("UPDATE `users` SET `plan` = 'free' WHERE plan IS NULL OR plan = '';")).toMatchObject([
      { kind: "update-rows", onlyNulls: false },
    ]);
    expect(
      ops("UPDATE `users` SET `plan` = 'free' WHERE created BETWEEN 1 AND 2 AND plan IS NULL;"),
    ).toMatchObject([{ kind: "update-rows", onlyNulls: true }]);
  });

  it("reads ADD COLUMN with AUTO_INCREMENT and UUID() defaults as volatile", () => {
    expect(
      ops(
        "ALTER TABLE `t` ADD COLUMN `n` BIGINT NOT NULL AUTO_INCREMENT, ADD `u` CHAR(36) DEFAULT (UUID());",
      ),
    ).toMatchObject([
      { kind: "add-column", column: "n", default: { volatile: true } },
      { kind: "add-column", column: "u", default: { volatile: true } },
    ]);
  });

  it("reads # comments and ignores SQL inside them and inside backslash-escaped strings", () => {
    const result = read(
      "# DROP TABLE users;\nINSERT INTO notes VALUES ('it\\'s; DROP TABLE users');\nDELETE FROM `t`; # done",
    );
    expect(brief(result.operations)).toEqual([["delete-rows", 3, "t"]]);
    expect(result.comments).toEqual([
      { text: " DROP TABLE users;", line: 1, endLine: 1 },
      { text: " done", line: 3, endLine: 3 },
    ]);
  });

  it("reads the PostgreSQL statements of a mixed text with libpg_query, one statement at a time", () => {
    const result = read(
      "ALTER TABLE t ADD COLUMN c int DEFAULT random();\nALTER TABLE `u` DROP `d`;\nDO $$ BEGIN END $$;",
      "mysql",
    );
    // "integer" and "DO block" are what the libpg_query reading says; the token reader would say "int".
    expect(result.operations).toMatchObject([
      { kind: "add-column", table: "t", column: "c", type: "integer", default: { volatile: true }, line: 1 },
      { kind: "drop-column", table: "u", column: "d", line: 2 },
      { kind: "unknown", reason: "DO block", line: 3 },
    ]);
  });

  it("for a PostgreSQL database, a statement libpg_query rejects is a problem at its line, never a token guess", () => {
    const result = read(
      "ALTER TABLE t ADD COLUMN c int DEFAULT random();\nALTER TABLE `u` DROP `d`;\nDO $$ BEGIN END $$;",
      "postgresql",
    );
    expect(result.operations).toMatchObject([
      { kind: "add-column", table: "t", column: "c", line: 1 },
      { kind: "unknown", reason: "DO block", line: 3 },
    ]);
    expect(result.problems.map((p) => [p.line, p.endLine])).toEqual([[2, 2]]);
    expect(result.problems[0].message).toContain('syntax error at or near "`"');
  });

  it("splits on DELIMITER and keeps procedure bodies whole", () => {
    const sql = [
      "DELIMITER //",
      "CREATE PROCEDURE purge() BEGIN",
      "  DELETE FROM sessions;",
      "  IF 1 THEN DELETE FROM x; END IF;",
      "END //",
      "DELIMITER ;",
      "DELETE FROM `logs` WHERE id < 5;",
    ].join("\n");
    expect(brief(ops(sql))).toEqual([["delete-rows", 7, "logs"]]);
  });

  it("does not mistake DROP INDEX ... ON, DROP FOREIGN KEY or DROP PRIMARY KEY for a dropped column", () => {
    const result = ops(
      "DROP INDEX `idx_a` ON `t`;\nALTER TABLE `t` DROP FOREIGN KEY `fk_b`, DROP PRIMARY KEY, DROP KEY `k`, ALTER COLUMN `c` DROP DEFAULT;",
    );
    expect(result.map((o) => o.kind)).toEqual([
      "drop-index",
      "drop-constraint",
      "drop-constraint",
      "drop-index",
      "change-default",
    ]);
  });

  it("reads MariaDB's CREATE OR REPLACE TABLE as a drop of the old table", () => {
    expect(ops("CREATE OR REPLACE TABLE `t` (`id` INT) ENGINE=InnoDB;").map((o) => o.kind)).toEqual([
      "drop-table",
      "create-table",
    ]);
  });
});

describe("statements neither reader understands", () => {
  it("become unknown operations on their lines", () => {
    const result = ops("ALTER TABLE `t` DROP `a`;\nFROBNICATE `t` NOW;\nALTER TABLE `t` WIBBLE `x`;");
    expect(result.map((o) => [o.kind, o.line])).toEqual([
      ["drop-column", 1],
      ["unknown", 2],
      ["unknown", 3],
    ]);
  });

  it("flag DROP PARTITION and CONVERT TO CHARACTER SET for review", () => {
    expect(
      ops("ALTER TABLE `t` DROP PARTITION p2019;\nALTER TABLE `t` CONVERT TO CHARACTER SET utf8mb4;").map(
        (o) => [o.kind, o.line],
      ),
    ).toEqual([
      ["unknown", 1],
      ["unknown", 2],
    ]);
  });

  it("read DROP DATABASE and its MySQL synonym DROP SCHEMA as drop-database, and MariaDB's DROP SEQUENCE", () => {
    expect(ops("DROP DATABASE `legacy`;\nDROP SCHEMA IF EXISTS reporting;\nDROP SEQUENCE s1;")).toMatchObject(
      [
        { kind: "drop-database", name: "legacy", line: 1 },
        { kind: "drop-database", name: "reporting", ifExists: true, line: 2 },
        { kind: "drop-sequence", name: "s1", line: 3 },
      ],
    );
  });

  it("fail closed on an ALTER of an object they do not know to hold no rows (it used to read as nothing)", () => {
    expect(ops("ALTER TABLESPACE ts1 DROP DATAFILE 'a.ibd';").map((o) => o.kind)).toEqual(["unknown"]);
    expect(
      ops(
        "ALTER VIEW v AS SELECT 1;\nALTER DATABASE shop CHARACTER SET utf8mb4;\nALTER USER app IDENTIFIED BY 'x';",
      ),
    ).toEqual([]);
  });
});

describe("unreadable text", () => {
  it("reports an unterminated string as a problem and keeps the statements before it", () => {
    const result = read(
      "ALTER TABLE `a` DROP `b`;\n\nUPDATE `a` SET c = 'oops WHERE id = 1;\nDROP TABLE `a`;\n",
      "mysql",
      10,
    );
    expect(brief(result.operations)).toEqual([["drop-column", 10, "a.b"]]);
    expect(result.problems).toMatchObject([{ line: 12, endLine: 13 }]);
  });

  it("reports an unterminated block comment or quoted name as a problem, never as nothing", () => {
    expect(read("DROP TABLE `a;\n").problems).toHaveLength(1);
    expect(read("/* DROP TABLE a;\n", "postgresql").problems).toMatchObject([{ line: 1 }]);
    expect(read("SELECT $x$ never closed", "postgresql").problems).toHaveLength(1);
  });
});

describe("SQLite", () => {
  it("keeps trigger bodies with their own semicolons in one statement", () => {
    const sql =
      "CREATE TRIGGER trg AFTER DELETE ON a FOR EACH ROW BEGIN\n  DELETE FROM b WHERE b.a_id = OLD.id;\n  UPDATE c SET n = CASE WHEN 1 THEN 2 ELSE 3 END;\nEND;\nDROP TABLE [z];\n";
    expect(brief(ops(sql, "sqlite"))).toEqual([["drop-table", 5, "z"]]);
  });

  it("collapses a table rebuild that copies every column into no drop and no rename", () => {
    const sql = readFileSync("__fixtures__/sql/sqlite/rebuild_complete.sql", "utf8");
    const result = ops(sql, "sqlite");
    expect(
      result.some((o) => o.kind === "drop-table" || o.kind === "rename-table" || o.kind === "unknown"),
    ).toBe(false);
    expect(brief(result)).toEqual([
      ["create-table", 4, "new_User"],
      ["add-index", 12, "User"],
      ["create-table", 14, "new_Tag"],
    ]);
  });

  it("puts an unknown operation on the DROP line of a rebuild whose copy leaves columns behind", () => {
    const sql = readFileSync("__fixtures__/sql/sqlite/rebuild_partial.sql", "utf8");
    const result = ops(sql, "sqlite");
    expect(result.filter((o) => o.kind !== "create-table").map((o) => [o.kind, o.line, o.table])).toEqual([
      ["unknown", 3, "Post"],
      ["unknown", 8, "Comment"],
      ["drop-table", 11, "Draft"],
      ["rename-table", 12, "new_Draft"],
    ]);
  });

  it("recognises the rename-away rebuild (rename, create, copy, drop)", () => {
    const sql = `ALTER TABLE users RENAME TO _users_old;
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
INSERT INTO users (id, email) SELECT id, email FROM _users_old;
DROP TABLE _users_old;`;
    expect(ops(sql, "sqlite")).toEqual([]);
  });
});
