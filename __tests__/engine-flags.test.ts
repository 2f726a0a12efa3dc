// The V8 flags an analysis run sets on itself, per V8 version: each must exist on the V8 it is set on (V8 prints
// "Error: unrecognized flag" to stderr otherwise), and WebAssembly tier-up must be off by the flags V8 reads at
// run time on every version (see engine-flags.ts). action-runtime.int.test.ts runs the bundle on the action's node.
import { describe, expect, it } from "@jest/globals";
import { execFileSync, spawnSync } from "node:child_process";
import { engineFlags, INTERRUPT_BUDGET } from "../src/parsers/engine-flags.js";

const NODE_20 = "11.3.244.8-node.38";
const NODE_21 = "11.8.172.17-node.20";
const NODE_22 = "12.4.254.21-node.57";
const NODE_24 = "13.6.233.17-node.42";

/** A flag's name as `--v8-options` lists it: no `no-` and no value. */
const nameOf = (flag: string) => flag.replace(/^--(no-)?/, "").replace(/=.*$/, "");

describe("engineFlags", () => {
  it("turns WebAssembly tier-up off by the flags themselves, not only through --liftoff-only, on every version", () => {
    for (const v8 of [NODE_20, NODE_21, NODE_22, NODE_24]) {
      const flags = engineFlags(v8);
      expect(flags).toEqual(
        expect.arrayContaining(["--liftoff-only", "--no-wasm-tier-up", "--no-wasm-dynamic-tiering"]),
      );
      expect(flags).toEqual(expect.arrayContaining(["--wasm-lazy-validation", "--no-parallel-scavenge"]));
    }
  });

  it("sets the interrupt budget only on the V8 that has the flag (node 20's 11.3 and older)", () => {
    const budget = `--interrupt-budget=${INTERRUPT_BUDGET}`;
    expect(engineFlags(NODE_20)).toContain(budget);
    expect(engineFlags("10.2.154.26-node.36")).toContain(budget);
    for (const v8 of [NODE_21, NODE_22, NODE_24, "14.1.1"]) expect(engineFlags(v8)).not.toContain(budget);
    expect(engineFlags(NODE_21).some((f) => f.startsWith("--interrupt-budget"))).toBe(false);
  });

  it("sets only flags the V8 running these tests knows, and setting them prints nothing", () => {
    const known = new Set(
      [
        ...execFileSync(process.execPath, ["--v8-options"], { encoding: "utf8" }).matchAll(
          /^ {2}--([a-z0-9-]+)/gm,
        ),
      ].map((m) => m[1]),
    );
    const flags = engineFlags(process.versions.v8);
    for (const flag of flags) expect([flag, known.has(nameOf(flag))]).toEqual([flag, true]);
    // V8 reports a flag it does not know on stderr and carries on.
    const set = (list: string[]) =>
      spawnSync(
        process.execPath,
        ["-e", `for (const f of ${JSON.stringify(list)}) require("node:v8").setFlagsFromString(f);`],
        { encoding: "utf8" },
      );
    expect(set(["--no-such-engine-flag"]).stderr).toMatch(/unrecognized flag/);
    const run = set(flags);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, "", ""]);
  });

  it("reads a version it cannot parse as a new V8: no version-bound flag", () => {
    expect(engineFlags("")).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^--interrupt-budget/)]),
    );
  });
});
