import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { renameSchema } from "../../src/core/rules/rename-schema.js";

describe("rename-schema", () => {
  it("reports a schema rename on its line", () => {
    expect(
      hitLines(renameSchema, [{ kind: "rename-schema", name: "billing", newName: "invoicing", line: 4 }]),
    ).toEqual([4]);
  });

  it("reports nothing for a table rename", () => {
    expect(
      hitLines(renameSchema, [{ kind: "rename-table", table: "billing", newName: "invoicing", line: 1 }]),
    ).toEqual([]);
  });
});

describeFixtures("rename-schema");
