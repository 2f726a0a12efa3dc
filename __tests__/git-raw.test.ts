import { describe, expect, it } from "@jest/globals";
import { parseRawBlobs } from "../src/adapters/git.js";

const O = "1".repeat(40);
const N = "2".repeat(40);
const Z = "0".repeat(40);

describe("parseRawBlobs", () => {
  it("head blob for added, modified and renamed paths; base blob for deleted ones", () => {
    const out = [
      `:000000 100644 ${Z} ${N} A`,
      "db/migrate/1_add.rb",
      `:100644 100644 ${O} ${N} M`,
      "db/migrate/2_edit,a:b\n.rb",
      `:100644 000000 ${O} ${Z} D`,
      "db/migrate/3_gone.rb",
      `:100644 100644 ${O} ${N} R087`,
      "db/migrate/4_old.rb",
      "db/migrate/4_new.rb",
      "",
    ].join("\0");
    expect([...parseRawBlobs(out)]).toEqual([
      ["db/migrate/1_add.rb", N],
      ["db/migrate/2_edit,a:b\n.rb", N],
      ["db/migrate/3_gone.rb", O],
      ["db/migrate/4_new.rb", N],
    ]);
  });

  it("empty diff", () => {
    expect(parseRawBlobs("").size).toBe(0);
  });
});
