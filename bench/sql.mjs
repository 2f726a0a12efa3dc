// Issue 10's figures: PostgreSQL migrations in one folder (`migrations/NNNNNN_name.up.sql`, ~28 lines each) at
// 10,000 and 50,000 files, side by side with squawk (Rust) on the same files, and the cold start on one file.
// Targets on this 2-core machine: 10,000 files ≤ 1.0× squawk's wall time (paired runs), 50,000 ≤ 5.5× the
// 10,000 time (linear), one SQL file < 200 ms. Exits non-zero when a target is missed.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, load, nodeFloor, paired, root, runCli, runCommand, targets, timed } from "./measure.mjs";
import { writeSqlCorpus } from "./sql-corpus.mjs";

const SMALL = Number(process.env.BENCH_SQL_FILES ?? 10000);
const LARGE = Number(process.env.BENCH_SQL_LARGE ?? 50000);

/**
 * squawk's own binary, installed by `scripts/install-tool.sh squawk` (`npm run bench` runs it first; MG_SQUAWK names
 * another), with no node wrapper in the figure.
 */
function squawkBinary() {
  const binary = process.env.MG_SQUAWK ?? join(root, ".cache", "squawk", "bin", "squawk");
  // Not installed (another platform): the ratio target is then reported as missed.
  return existsSync(binary) ? binary : undefined;
}

const goal = targets();
const squawk = squawkBinary();
console.log(`load average at start: ${load()}`);
const base = mkdtempSync(join(tmpdir(), "mg-bench-sql-"));
try {
  const small = join(base, "small");
  const large = join(base, "large");
  writeSqlCorpus(small, SMALL);
  if (LARGE) writeSqlCorpus(large, LARGE);
  const analyze = (dir) => () => runCli(["analyze", "--format", "json", "migrations"], dir);
  const lint = (dir) => () => runCommand(squawk, ["--reporter", "json", "migrations/*.sql"], dir);

  let smallTime;
  if (squawk) {
    const p = paired(analyze(small), lint(small));
    smallTime = p.a;
    console.log(`${SMALL} SQL files in one folder, paired with squawk:`);
    console.log(`  migration-guard: ${describe(p.a)}`);
    console.log(`  squawk:          ${describe(p.b)}`);
    console.log(`  ratio (pair by pair): median ${p.ratio.toFixed(2)}×, min ${p.ratioMin.toFixed(2)}×`);
    goal.check(
      `${SMALL} SQL files vs squawk (median of paired ratios)`,
      Number(p.ratio.toFixed(2)),
      1.0,
      "×",
    );
  } else {
    smallTime = timed(analyze(small));
    console.log(`${SMALL} SQL files in one folder: ${describe(smallTime)} (squawk not installed: no ratio)`);
    goal.unmeasured(
      `${SMALL} SQL files vs squawk`,
      "squawk's binary is not installed: npm ci on linux-x64 installs it",
    );
  }

  if (!LARGE) {
    console.log("BENCH_SQL_LARGE=0: the large corpus is skipped");
  } else if (squawk) {
    const p = paired(analyze(large), lint(large));
    console.log(`${LARGE} SQL files in one folder, paired with squawk:`);
    console.log(`  migration-guard: ${describe(p.a)}`);
    console.log(`  squawk:          ${describe(p.b)}`);
    console.log(`  ratio (pair by pair): median ${p.ratio.toFixed(2)}×, min ${p.ratioMin.toFixed(2)}×`);
    const growth = p.a.median / smallTime.median;
    goal.check(
      `${LARGE} vs ${SMALL} files (median over median; linear is ${LARGE / SMALL})`,
      Number(growth.toFixed(2)),
      5.5,
      "×",
    );
  } else {
    const t = timed(analyze(large));
    console.log(`${LARGE} SQL files in one folder: ${describe(t)}`);
    goal.check(`${LARGE} vs ${SMALL} files`, Number((t.median / smallTime.median).toFixed(2)), 5.5, "×");
  }

  nodeFloor();
  const one = timed(
    () => runCli(["analyze", "--format", "json", "migrations/000001_change_events_legacy_id.up.sql"], small),
    10,
  );
  console.log(`cold start, one SQL file: ${describe(one)}`);
  goal.check("cold start, one SQL file (median)", Math.round(one.median), 200, " ms");
} finally {
  rmSync(base, { recursive: true, force: true });
}
console.log(`load average at end: ${load()}`);
process.exit(goal.exitCode());
