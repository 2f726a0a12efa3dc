import { describeFixtures, hitLines } from "../../__fixtures__/rules/harness.js";
import { renameEnumValue } from "../../src/core/rules/rename-enum-value.js";

describe("rename-enum-value", () => {
  it("reports an enum value rename on its line", () => {
    expect(
      hitLines(renameEnumValue, [
        {
          kind: "rename-enum-value",
          type: "order_status",
          value: "canceled",
          newValue: "cancelled",
          line: 2,
        },
      ]),
    ).toEqual([2]);
  });

  it("reports nothing for a column rename", () => {
    expect(
      hitLines(renameEnumValue, [
        { kind: "rename-column", table: "orders", column: "a", newName: "b", line: 1 },
      ]),
    ).toEqual([]);
  });
});

describeFixtures("rename-enum-value");
