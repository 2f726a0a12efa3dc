// A database that exists but was never migrated: the framework's exact "no migrations table" wording (measured
// against an empty PostgreSQL 15 database) means every migration is pending; any other failure does not.
import { describe, expect, it } from "@jest/globals";
import { noMigrationsTable, railsAllPending } from "../src/core/deploy/status.js";

// Rails 6.1 `bin/rails db:migrate:status` on an empty database: exit 1, stdout empty, this on stderr.
const RAILS_NO_TABLE = "Schema migrations table does not exist yet.\n";
// ... and with the server down.
const RAILS_REFUSED = `rails aborted!
ActiveRecord::ConnectionNotEstablished: connection to server at "127.0.0.1", port 54998 failed: Connection refused
\tIs the server running on that host and accepting TCP/IP connections?
`;

describe("noMigrationsTable", () => {
  it("recognises Rails' own wording on a failed status", () => {
    expect(noMigrationsTable("rails", [{ rc: 1, stdout: "", stderr: RAILS_NO_TABLE }])).toBe(true);
  });

  it("does not recognise a connection error, another exit code, extra output or a status that passed", () => {
    expect(noMigrationsTable("rails", [{ rc: 1, stdout: "", stderr: RAILS_REFUSED }])).toBe(false);
    expect(noMigrationsTable("rails", [{ rc: 2, stdout: "", stderr: RAILS_NO_TABLE }])).toBe(false);
    expect(noMigrationsTable("rails", [{ rc: 1, stdout: "", stderr: RAILS_NO_TABLE + RAILS_REFUSED }])).toBe(
      false,
    );
    expect(noMigrationsTable("rails", [{ rc: 1, stdout: "up 1 x\n", stderr: RAILS_NO_TABLE }])).toBe(false);
    expect(noMigrationsTable("rails", [{ rc: 0, stdout: "", stderr: RAILS_NO_TABLE }])).toBe(false);
    expect(noMigrationsTable("rails", [])).toBe(false);
  });

  it("Rails multi-database: the complete blocks of the databases before the new one may precede it", () => {
    const primary =
      "\ndatabase: app_p\n\n Status   Migration ID    Migration Name\n--------------------------------------------------\n   up     20240101000000  Create users\n\n";
    expect(noMigrationsTable("rails", [{ rc: 1, stdout: primary, stderr: RAILS_NO_TABLE }])).toBe(true);
    expect(
      noMigrationsTable("rails", [{ rc: 1, stdout: primary + "rails aborted!\n", stderr: RAILS_NO_TABLE }]),
    ).toBe(false);
    expect(noMigrationsTable("rails", [{ rc: 1, stdout: primary, stderr: RAILS_REFUSED }])).toBe(false);
    expect(noMigrationsTable("django", [{ rc: 1, stdout: primary, stderr: RAILS_NO_TABLE }])).toBe(false);
    // What the earlier databases recorded stays applied; the rest of the app's files are pending.
    const r = railsAllPending(
      ["db/migrate/20240101000000_create_users.rb", "db/animals_migrate/20240101000001_create_dogs.rb"],
      ["20240101000000"],
    );
    expect(r.pending.map((p) => p.id)).toEqual(["20240101000001"]);
    expect(r.applied).toEqual(["20240101000000"]);
  });

  it("needs no wording for Django and Alembic (they list an empty database's migrations as pending)", () => {
    expect(noMigrationsTable("django", [{ rc: 1, stdout: "", stderr: RAILS_NO_TABLE }])).toBe(false);
    expect(noMigrationsTable("alembic", [{ rc: 1, stdout: "", stderr: RAILS_NO_TABLE }])).toBe(false);
  });
});

describe("railsAllPending", () => {
  it("lists every migration file as pending, oldest first, mapped back to its file", () => {
    const r = railsAllPending([
      "db/migrate/20240102000000_add_email.rb",
      "db/migrate/20240101000000_create_users.rb",
      "db/migrate/notes.rb",
    ]);
    expect(r.pending.map((p) => p.id)).toEqual(["20240101000000", "20240102000000"]);
    expect(r.pending[0].patterns).toEqual(["db/migrate/20240101000000_*.rb"]);
    expect(railsAllPending(["db/other/20240103000000_x.rb"]).pending[0].patterns).toEqual([
      "db/other/20240103000000_*.rb",
    ]);
    expect(r.applied).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});
