// `migration-guard analyze` over 10,000 mixed migrations (every framework we read, files/s, peak memory) and
// the cold start of the bundle on one Rails file. Targets on this 2-core machine: < 3 s and < 150 ms.
// Exits non-zero when a target is missed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCorpus } from "./corpus.mjs";
import { describe, load, nodeFloor, runCli, targets, timed } from "./measure.mjs";

const COUNT = Number(process.env.BENCH_FILES ?? 10000);

const goal = targets();
console.log(`load average at start: ${load()}`);
const dir = mkdtempSync(join(tmpdir(), "mg-bench-"));
try {
  const paths = writeCorpus(join(dir, "corpus"), COUNT);
  const full = timed(() => runCli(["analyze", "--format", "json", "corpus"], dir));
  const files = JSON.parse(full.runs.at(-1).stdout).files;
  const findings = files.reduce((n, f) => n + f.findings.length, 0);
  console.log(
    `corpus: ${COUNT} files written, ${files.length} recognised as migrations, ${findings} findings`,
  );
  console.log(
    `analyze ${COUNT} mixed files: ${describe(full)}, ${Math.round((COUNT / full.median) * 1000)} files/s`,
  );
  goal.check(`${COUNT} mixed files (median)`, Number((full.median / 1000).toFixed(2)), 3, " s");

  nodeFloor();
  const one = `corpus/${paths.find((p) => p.endsWith(".rb"))}`;
  const cold = timed(() => runCli(["analyze", "--format", "json", one], dir), 10);
  console.log(`cold start, dist/ on one Rails file: ${describe(cold)}`);
  goal.check("cold start, one Rails file (median)", Math.round(cold.median), 150, " ms");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`load average at end: ${load()}`);
process.exit(goal.exitCode());
