// Liquibase changelogs: XML (saxes), YAML and JSON (the `yaml` package), and formatted SQL. Liquibase projects
// keep them under `src/main/resources/db/changelog/` by convention, but any path can hold one, so the content
// decides: a `databaseChangeLog` root, or a `--liquibase formatted sql` first line. Every changeSet runs
// forward; `<rollback>` (and formatted SQL's `--rollback` lines) are the down direction. See liquibase/.
import type { Framework } from "./framework.js";
import { reader } from "./readers.js";
import { readSql } from "./sql/files.js";

const FORMATTED_SQL = /^\s*--\s*liquibase\s+formatted\s+sql\b/i;

function format(path: string, source: string): "xml" | "yaml" | "json" | "sql" | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === "xml") return /<(?:\w+:)?databaseChangeLog\b/.test(source) ? "xml" : undefined;
  if (ext === "yaml" || ext === "yml") return /^databaseChangeLog\s*:/m.test(source) ? "yaml" : undefined;
  if (ext === "json") return /"databaseChangeLog"\s*:/.test(source) ? "json" : undefined;
  if (ext === "sql") return FORMATTED_SQL.test(source) ? "sql" : undefined;
  return undefined;
}

export const liquibase: Framework = {
  id: "liquibase",
  name: "Liquibase",
  matches: (path, source) => format(path, source) !== undefined,
  parse: (input, parsers) => {
    const kind = format(input.path, input.source);
    if (kind === "sql")
      return readSql("liquibase", [{ text: input.source, line: 1 }], input.database, parsers);
    const changelog =
      kind === "xml"
        ? reader("liquibaseChangelog").readXmlChangelog(input.source)
        : reader("liquibaseChangelog").readYamlChangelog(input.source, kind === "json");
    if (!changelog.root && changelog.problems.length === 0) {
      changelog.problems.push({
        line: 1,
        endLine: 1,
        message: "No databaseChangeLog was found in this Liquibase changelog, so it was not analysed",
      });
    }
    return reader("liquibaseChanges").readChangelog(changelog, input.database, parsers);
  },
};
