// What the analysis benchmarks share: run the bundled CLI (or any command) as a whole process, several times,
// paired with a yardstick when there is one, and judge figures against targets. The machine is shared and
// noisy, so every figure is the median and the min of several runs, printed with the load average.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

export const root = new URL("..", import.meta.url).pathname;
// MG_DIST_DIR measures another build (a "before" figure) with the same method.
export const cli = join(process.env.MG_DIST_DIR ?? join(root, "dist"), "cli.js");
export const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));

/**
 * The node the action runs on (action.yml's `runs.using`, installed by `scripts/install-tool.sh action-node`, which
 * `npm run bench` runs first; MG_ACTION_NODE names another): the benches of the action (check, deploy) run it
 * there, as GitHub's runner does. The CLI's benches run on this node, the oldest the CLI supports.
 */
export function actionNode() {
  const node = process.env.MG_ACTION_NODE ?? join(root, ".cache", "action-node", "bin", "node");
  if (!existsSync(node)) {
    console.error(`No node for the action at ${node}: run \`bash scripts/install-tool.sh action-node\`.`);
    process.exit(2);
  }
  const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
  return { node, version };
}

// Peak memory: the child reports its own maxRSS (threads included) when it exits.
const hookDir = mkdtempSync(join(tmpdir(), "mg-bench-hook-"));
process.on("exit", () => rmSync(hookDir, { recursive: true, force: true }));
const hook = join(hookDir, "rss.mjs");
writeFileSync(
  hook,
  `process.on("exit", () => process.stderr.write("MAXRSS_KB=" + process.resourceUsage().maxRSS + "\\n"));\n`,
);

/**
 * The environment the product runs in. NODE_EXTRA_CA_CERTS is dropped: node reads and parses that whole
 * certificate bundle at every start, before our code runs (this sandbox sets it to the system bundle: `node -e 0`
 * takes ~120 ms with it, ~40 ms without). A GitHub runner and a developer's shell don't set it, and neither
 * analyze nor the deploy makes a TLS connection that would need it. `nodeFloor()` prints both starts, so the
 * figure it removes is in every bench's output.
 */
export const productEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => k !== "NODE_EXTRA_CA_CERTS"),
);

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/** One whole-process run of `command args` in `cwd`: wall ms, and peak RSS when it is our CLI. */
export function runCommand(command, args, cwd, { ok = [0, 1] } = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd, env: productEnv, encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!ok.includes(r.status))
    throw new Error(`${command} ${args.join(" ")} failed (${r.status}): ${(r.stderr ?? "").slice(0, 2000)}`);
  const rss = Number(/MAXRSS_KB=(\d+)/.exec(r.stderr ?? "")?.[1] ?? 0);
  return { ms, rss, stdout: r.stdout, status: r.status };
}

/** The bundled CLI: `migration-guard ARGS`. */
export function runCli(args, cwd) {
  return runCommand(process.execPath, ["--import", hook, cli, ...args], cwd);
}

/** node's own start (`node -e 0`), the floor under every cold start, as measured and with the sandbox's CA bundle. */
export function nodeFloor(runs = 10) {
  const bare = timed(() => runCommand(process.execPath, ["-e", "0"], root), runs);
  let line = `node's own start (node -e 0): ${describe(bare)}`;
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const withCa = timed(() => {
      const start = process.hrtime.bigint();
      spawnSync(process.execPath, ["-e", "0"], { cwd: root });
      return { ms: Number(process.hrtime.bigint() - start) / 1e6 };
    }, runs);
    line += `; with this shell's NODE_EXTRA_CA_CERTS (not passed to the product): ${describe(withCa)}`;
  }
  console.log(line);
  return bare;
}

const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;
export const fmt = (ms) => (ms < 1000 ? `${Math.round(ms)} ms` : secs(ms));

/** Runs `fn` once to warm the page cache, then RUNS times; returns the runs and their summary line. */
export function timed(fn, runs = RUNS) {
  fn();
  const all = [];
  for (let i = 0; i < runs; i++) all.push(fn());
  const ms = all.map((r) => r.ms);
  return { runs: all, median: median(ms), min: Math.min(...ms), rss: median(all.map((r) => r.rss ?? 0)) };
}

/** A and B in turn (A B A B ...), after one warm-up each; the ratio is taken pair by pair. */
export function paired(a, b, runs = RUNS) {
  a();
  b();
  const as = [];
  const bs = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const x = a();
    const y = b();
    as.push(x);
    bs.push(y);
    ratios.push(x.ms / y.ms);
  }
  const summary = (rs) => ({
    runs: rs,
    median: median(rs.map((r) => r.ms)),
    min: Math.min(...rs.map((r) => r.ms)),
    rss: median(rs.map((r) => r.rss ?? 0)),
  });
  return { a: summary(as), b: summary(bs), ratio: median(ratios), ratioMin: Math.min(...ratios) };
}

export const describe = (t) =>
  `median ${fmt(t.median)}, min ${fmt(t.min)} over ${t.runs.length} runs` +
  (t.rss ? `, peak RSS ${Math.round(t.rss / 1024)} MiB` : "");

/** Targets met and missed, printed as they are judged; `exitCode()` is non-zero when one was missed. */
export function targets() {
  const missed = [];
  return {
    check(name, value, limit, unit = "") {
      const ok = value <= limit;
      if (!ok) missed.push(name);
      console.log(`  ${ok ? "ok    " : "MISSED"} ${name}: ${value}${unit} (target ≤ ${limit}${unit})`);
    },
    /** A target that could not be measured counts as missed: the bench never passes what it did not look at. */
    unmeasured(name, why) {
      missed.push(name);
      console.log(`  MISSED ${name}: not measured (${why})`);
    },
    exitCode() {
      if (missed.length) console.log(`targets missed: ${missed.join("; ")}`);
      return missed.length ? 1 : 0;
    },
  };
}
