import { notNullCheckColumn } from "../../src/core/frameworks/shared/check-expressions.js";

describe("notNullCheckColumn", () => {
  it("finds the column of exactly `col IS NOT NULL`", () => {
    expect(notNullCheckColumn("email IS NOT NULL")).toBe("email");
    expect(notNullCheckColumn(" (Email is not null) ")).toBe("email");
    expect(notNullCheckColumn('"Email" IS NOT NULL')).toBe("Email");
  });

  it("refuses any other shape", () => {
    for (const text of [
      "email IS NOT NULL OR phone IS NOT NULL",
      "email IS NULL",
      "(email IS NOT NULL",
      "users.email IS NOT NULL",
      "email IS NOT NULL -- and more",
      "length(email) > 0",
    ]) {
      expect(notNullCheckColumn(text)).toBeUndefined();
    }
  });
});
