import { parseConfig } from "../../src/core/config.js";
import { frameworks } from "../../src/core/frameworks/index.js";
import { FRAMEWORK_IDS } from "../../src/core/types.js";

describe("the framework list", () => {
  it("registers exactly one reader for every framework id, and nothing else", () => {
    expect(frameworks.map((f) => f.id).sort()).toEqual([...FRAMEWORK_IDS].sort());
  });

  it("is the list config's paths: accepts", () => {
    const yaml = `paths:\n${FRAMEWORK_IDS.map((id) => `  ${id}: ["x/${id}/**"]`).join("\n")}\n`;
    expect(Object.keys(parseConfig(yaml).paths).sort()).toEqual([...FRAMEWORK_IDS].sort());
    expect(() => parseConfig("paths:\n  hibernate: ['x/**']\n")).toThrow(/unknown framework/);
  });
});
