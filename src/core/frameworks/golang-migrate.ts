// golang-migrate: `<version>_<title>.up.sql` runs forward, `<version>_<title>.down.sql` reverts it.
import type { Framework } from "./framework.js";
import { basename, irreversible, readSql } from "./sql/files.js";

const UP = /\.up\.sql$/i;
const DOWN = /\.down\.sql$/i;

export const golangMigrate: Framework = {
  id: "golang-migrate",
  name: "golang-migrate",
  matches: (path) => UP.test(path) || DOWN.test(path),
  readsSiblings: (path) => UP.test(path),
  parse: (input, parsers) => {
    const name = basename(input.path);
    // A down file is the way back, not a step forward: nothing in it runs when migrating up.
    if (!UP.test(name)) return { framework: "golang-migrate", operations: [], comments: [], problems: [] };
    const result = readSql("golang-migrate", [{ text: input.source, line: 1 }], input.database, parsers);
    if (input.siblings) {
      if (!input.siblings.has(name.replace(UP, ".down.sql"))) {
        result.operations.push(irreversible(`${name} has no ${name.replace(UP, ".down.sql")} beside it`, 1));
      }
    }
    return result;
  },
};
