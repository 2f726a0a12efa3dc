import { setFlagsFromString } from "node:v8";
import { extend } from "../src/core/extend.js";

// V8's own check of two objects' hidden classes (`%HaveSameMap`), reachable once natives syntax is allowed: a
// function compiled after the flag may call it.
setFlagsFromString("--allow-natives-syntax");
const haveSameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

describe("extend", () => {
  it("is the spread: base's keys in order, then the new ones, a later value winning, base untouched", () => {
    const base = { line: 3, endLine: 4, table: "users" };
    const got = extend(base, { table: "orders", message: "m" });
    expect(got).toStrictEqual({ ...base, table: "orders", message: "m" });
    expect(Object.keys(got)).toEqual(["line", "endLine", "table", "message"]);
    expect(base).toStrictEqual({ line: 3, endLine: 4, table: "users" });
  });

  it("gives objects built from the same shapes one hidden class", () => {
    const make = (i: number) => extend({ kind: "drop-column", table: `t${i}` }, { line: i, endLine: i + 1 });
    const objects = Array.from({ length: 50 }, (_, i) => make(i));
    expect(objects.filter((o) => haveSameMap(o, objects[0]!))).toHaveLength(50);
  });
});
