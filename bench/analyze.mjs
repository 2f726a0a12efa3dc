// Issue 2's figures: `migration-guard analyze` over 10,000 mixed migrations (files/s, total, peak memory)
// and the cold start of the bundle on one file. Targets on a 2-core machine: < 3 s and < 300 ms.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCorpus } from "./corpus.mjs";

const root = new URL("..", import.meta.url).pathname;
const cli = join(root, "dist/cli.js");
const COUNT = Number(process.env.BENCH_FILES ?? 10000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const dir = mkdtempSync(join(tmpdir(), "mg-bench-"));
const paths = writeCorpus(join(dir, "corpus"), COUNT);
// Peak memory: the child reports its own maxRSS when it exits.
const hook = join(dir, "rss.mjs");
writeFileSync(
  hook,
  `process.on("exit", () => process.stderr.write("MAXRSS_KB=" + process.resourceUsage().maxRSS + "\\n"));\n`,
);

function run(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", hook, cli, ...args], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = Number(/MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0);
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`analyze failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return { ms, rss, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

run(["analyze", "--format", "json", "corpus"]); // warm the page cache
const full = [];
let report;
for (let i = 0; i < RUNS; i++) {
  const r = run(["analyze", "--format", "json", "corpus"]);
  full.push(r);
  report = r.stdout;
}
const files = JSON.parse(report).files;
const findings = files.reduce((n, f) => n + f.findings.length, 0);
const ms = median(full.map((r) => r.ms));
console.log(`corpus: ${COUNT} files written, ${files.length} recognised as migrations, ${findings} findings`);
console.log(
  `analyze ${COUNT} files: median ${(ms / 1000).toFixed(2)} s over ${RUNS} runs (min ${(Math.min(...full.map((r) => r.ms)) / 1000).toFixed(2)} s), ${Math.round((COUNT / ms) * 1000)} files/s, peak RSS ${Math.round(median(full.map((r) => r.rss)) / 1024)} MiB  [target < 3 s]`,
);

const one = `corpus/${paths.find((p) => p.endsWith(".rb"))}`;
const cold = [];
for (let i = 0; i < 10; i++) cold.push(run(["analyze", "--format", "json", one]).ms);
console.log(
  `cold start, dist/ on one file: median ${Math.round(median(cold))} ms over 10 runs (min ${Math.round(Math.min(...cold))} ms)  [target < 300 ms]`,
);
rmSync(dir, { recursive: true, force: true });
