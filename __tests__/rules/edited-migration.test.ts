import { context, describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { editedMigration } from "../../src/core/rules/edited-migration.js";

describe("edited-migration", () => {
  it("reports modified, renamed and deleted files once, at line 1", () => {
    for (const status of ["modified", "renamed", "deleted"] as const) {
      expect(
        hitLines(editedMigration, [{ kind: "add-column", table: "a", column: "b", line: 5 }], { status }),
      ).toEqual([1]);
    }
  });

  it("names the previous path of a renamed file", () => {
    const [hit] = editedMigration.check(
      context([], { status: "renamed", previousPath: "db/migrate/20240101000000_old_name.rb" }),
    );
    expect(hit?.message).toContain("db/migrate/20240101000000_old_name.rb");
  });

  it("ignores added and unchanged files", () => {
    expect(hitLines(editedMigration, [], { status: "added" })).toEqual([]);
    expect(hitLines(editedMigration, [], { status: "unchanged" })).toEqual([]);
  });
});

describeFixtures("edited-migration");
