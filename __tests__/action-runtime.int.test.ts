// The bundle on the node the action ships on (action.yml's `runs.using`) and on the oldest node the CLI supports
// (the one running these tests): the same report, nothing on stderr, and no WebAssembly function recompiled by
// TurboFan (see src/parsers/engine-flags.ts: on node 24 a flag set at run time was not enough, and one SQL file's
// `interval` literal cost 1.8 s and 610 MB of TurboFan compile that node waited for before it exited).
import { describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { actionNode, bundle } from "./helpers/run-action.js";

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function run(node: string, args: string[], cwd: string): Promise<Result> {
  return new Promise((done) => {
    execFile(node, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === "number" ? error.code : 99) : 0, stdout, stderr });
    });
  });
}

const ACTIONS = ["action.yml", "check/action.yml", "deploy/action.yml", "status/action.yml"];

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "mg-runtime-"));
  mkdirSync(join(dir, "db/migrate"), { recursive: true });
  mkdirSync(join(dir, "migrations"), { recursive: true });
  // The statement that had node 24 tier libpg_query's parser function up to TurboFan.
  writeFileSync(
    join(dir, "migrations/000001_purge.up.sql"),
    "DELETE FROM events WHERE created_at < now() - interval '1 year';\nSELECT interval '1 year';\n",
  );
  writeFileSync(join(dir, "migrations/000001_purge.down.sql"), "SELECT 1;\n");
  writeFileSync(
    join(dir, "db/migrate/20240101000000_backfill.rb"),
    `class Backfill < ActiveRecord::Migration[6.1]
  def up
    execute <<~SQL
      UPDATE events SET kind = 'x' WHERE kind IS NULL;
      DELETE FROM events WHERE created_at < now() - interval '1 year';
    SQL
  end
end
`,
  );
  return dir;
}

describe("the runtime the action ships on", () => {
  it("is the node every action.yml names", async () => {
    const version = await run(actionNode(), ["--version"], tmpdir());
    for (const file of ACTIONS) {
      const using = /^\s+using:\s*node(\d+)\s*$/m.exec(readFileSync(join(process.cwd(), file), "utf8"))?.[1];
      expect([file, version.stdout.trim().split(".")[0]]).toEqual([file, `v${using}`]);
    }
  });

  it.each([
    ["the action's node", () => actionNode()],
    ["the oldest supported node", () => process.execPath],
  ])(
    "on %s: the same report as on this node, nothing on stderr, no WebAssembly recompiled by TurboFan",
    async (_, node) => {
      const dir = workspace();
      const cli = join(bundle(), "cli.js");
      const args = [cli, "analyze", "--format", "json", "migrations", "db"];
      const here = await run(process.execPath, args, dir);
      const there = await run(node(), args, dir);
      expect(there.stderr).toBe("");
      expect(there.code).toBe(here.code);
      expect(there.stdout).toBe(here.stdout);
      const files = (JSON.parse(there.stdout) as { files: { findings: { rule: string }[] }[] }).files;
      expect(files.flatMap((f) => f.findings.map((x) => x.rule))).toEqual(
        expect.arrayContaining(["delete-rows"]),
      );

      // V8 prints each WebAssembly function it compiles, and with which compiler, to stdout.
      const traced = await run(node(), ["--trace-wasm-compilation-times", ...args], dir);
      const compiled = traced.stdout.split("\n").filter((l) => l.startsWith("Compiled function"));
      expect(compiled.filter((l) => l.includes("using Liftoff")).length).toBeGreaterThan(50);
      expect(compiled.filter((l) => !l.includes("using Liftoff"))).toEqual([]);
    },
  );
});
