import { classifyTypeChange, describeType } from "../../src/core/column-types/index.js";
import { isVolatileSql } from "../../src/core/frameworks/shared/volatile-defaults.js";
import { pluralize, singularize, tableize, underscore } from "../../src/core/frameworks/shared/inflect.js";
import { RubySource } from "../../src/core/frameworks/ruby/source.js";

describe("rails inflection", () => {
  it.each([
    ["User", "users"],
    ["Category", "categories"],
    ["Person", "people"],
    ["Address", "addresses"],
    ["Status", "statuses"],
    ["UserProfile", "user_profiles"],
    ["Billing::Invoice", "invoices"],
    ["Box", "boxes"],
    ["Wife", "wives"],
    ["Equipment", "equipment"],
    ["Child", "children"],
    ["Quiz", "quizzes"],
    ["HTMLPage", "html_pages"],
    ["Analysis", "analyses"],
  ])("%s → %s", (model, table) => {
    expect(tableize(model)).toBe(table);
  });

  it("singularizes table names for join-table columns", () => {
    expect(
      ["users", "categories", "people", "addresses", "statuses", "boxes", "tags"].map(singularize),
    ).toEqual(["user", "category", "person", "address", "status", "box", "tag"]);
    expect(pluralize("admin_user")).toBe("admin_users");
    expect(underscore("APIKey2Thing")).toBe("api_key2_thing");
  });
});

describe("rails column type changes", () => {
  it.each([
    [{ type: "string", limit: 50 }, { type: "string", limit: 100 }, { widening: true }],
    [{ type: "string", limit: 50 }, { type: "string" }, { widening: true }],
    [{ type: "string" }, { type: "text" }, { widening: true }],
    [
      { type: "decimal", precision: 10, scale: 2 },
      { type: "decimal", precision: 12, scale: 2 },
      { widening: true },
    ],
    [{ type: "integer" }, { type: "bigint" }, {}],
    [{ type: "integer", limit: 2 }, { type: "integer" }, {}],
    [{ type: "string", limit: 100 }, { type: "string", limit: 50 }, { lossy: true }],
    [{ type: "text" }, { type: "string" }, { lossy: true }],
    [{ type: "string" }, { type: "integer" }, { lossy: true }],
    [{ type: "bigint" }, { type: "integer" }, { lossy: true }],
    [{ type: "integer", limit: 8 }, { type: "integer" }, { lossy: true }],
    [{ type: "float" }, { type: "integer" }, { lossy: true }],
    [{ type: "decimal", precision: 10, scale: 2 }, { type: "integer" }, { lossy: true }],
    [
      { type: "decimal", precision: 10, scale: 2 },
      { type: "decimal", precision: 10, scale: 0 },
      { lossy: true },
    ],
    [{ type: "datetime" }, { type: "date" }, { lossy: true }],
    [{ type: "timestamp" }, { type: "time" }, { lossy: true }],
    [{ type: "integer" }, { type: "string" }, {}],
    [{ type: "date" }, { type: "datetime" }, {}],
    [{ type: "jsonb" }, { type: "json" }, {}],
  ])("%j → %j is %j", (from, to, expected) => {
    expect(classifyTypeChange(from, to)).toEqual(expected);
  });

  it("an unknown old type flags only a target that is narrow whatever the source, as SQL does", () => {
    expect(classifyTypeChange(undefined, { type: "integer" })).toEqual({ lossy: true });
    expect(classifyTypeChange(undefined, { type: "string", limit: 50 })).toEqual({ lossy: true });
    expect(classifyTypeChange(undefined, { type: "string" })).toEqual({});
    expect(classifyTypeChange(undefined, { type: "bigint" })).toEqual({});
    expect(classifyTypeChange(undefined, { type: "text" })).toEqual({});
  });

  it.each([
    [{ type: "text" }, { type: "citext" }, { widening: true }],
    [{ type: "datetime", precision: 6 }, { type: "datetime", precision: 3 }, { lossy: true }],
    [{ type: "datetime" }, { type: "datetime", precision: 0 }, { lossy: true }],
    [{ type: "datetime", precision: 3 }, { type: "datetime", precision: 6 }, { widening: true }],
    [{ type: "text" }, { type: "datetime" }, { lossy: true }],
  ])("one model with SQL: %j → %j is %j", (from, to, expected) => {
    expect(classifyTypeChange(from, to)).toEqual(expected);
  });

  it("describes types with their size", () => {
    expect(describeType({ type: "string", limit: 20 })).toBe("string(20)");
    expect(describeType({ type: "decimal", precision: 10, scale: 2 })).toBe("decimal(10,2)");
    expect(describeType({ type: "text" })).toBe("text");
  });
});

describe("rails SQL defaults", () => {
  it("knows volatile functions from stable ones", () => {
    expect(isVolatileSql("gen_random_uuid()")).toBe(true);
    expect(isVolatileSql("uuid_generate_v4()")).toBe(true);
    expect(isVolatileSql("clock_timestamp()")).toBe(true);
    expect(isVolatileSql("nextval('seq')")).toBe(true);
    expect(isVolatileSql("(random() * 10)::int")).toBe(true);
    expect(isVolatileSql("now()")).toBe(false);
    expect(isVolatileSql("CURRENT_TIMESTAMP")).toBe(false);
  });
});

describe("rails source positions", () => {
  it("maps UTF-8 byte offsets to lines and text", () => {
    const text = "é\n日本語\nabc";
    const src = new RubySource(text);
    const bytes = new TextEncoder().encode(text);
    const abc = bytes.length - 3;
    expect(src.line(0)).toBe(1);
    expect(src.line(3)).toBe(2);
    expect(src.line(abc)).toBe(3);
    expect(src.text({ startOffset: 3, length: 9 })).toBe("日本語");
    expect(src.span({ startOffset: 0, length: 3 })).toEqual({ line: 1, endLine: 1 });
    expect(src.span({ startOffset: 0, length: bytes.length })).toEqual({ line: 1, endLine: 3 });
  });
});
